/* SPDX-License-Identifier: MIT */
#include "describe.h"

void cli_describe_positions(cli_buf *out, const camtg_entity *e)
{
    size_t n = camtg_entity_position_count(e);
    for (size_t i = 0; i < n; i++) {
        if (i)
            cli_buf_add(out, "; ");
        cli_buf_add(out, camtg_entity_position(e, i));
    }
}

void cli_describe_place(cli_buf *out, const camtg_entity *e)
{
    cli_add_label(out, e);
    /* Loading rejects cycles, so the chain ends; the bound is a guard. */
    const camtg_entity *p = camtg_entity_within(e);
    for (int depth = 0; p && depth < 64; depth++, p = camtg_entity_within(p)) {
        cli_buf_add(out, ", ");
        cli_add_label(out, p);
    }
}

void cli_describe_entity(cli_buf *out, const camtg_entity *e)
{
    size_t before = out->len;
    switch (camtg_entity_type_of(e)) {
    case CAMTG_ENTITY_PERSON:
        if (camtg_entity_country(e)) {
            cli_add_label(out, camtg_entity_country(e));
            if (camtg_entity_position_count(e))
                cli_buf_add(out, ": ");
        }
        cli_describe_positions(out, e);
        break;
    case CAMTG_ENTITY_GROUP:
        cli_buf_add(out, "members: ");
        for (size_t i = 0; i < camtg_entity_member_count(e); i++) {
            if (i)
                cli_buf_add(out, ", ");
            cli_buf_add(out, camtg_entity_id(camtg_entity_member(e, i)));
        }
        break;
    case CAMTG_ENTITY_PLACE:
        if (camtg_entity_within(e)) {
            cli_buf_add(out, "in ");
            cli_describe_place(out, camtg_entity_within(e));
        }
        break;
    case CAMTG_ENTITY_EVENT:
        if (camtg_entity_date(e))
            cli_buf_add(out, camtg_entity_date(e));
        if (camtg_entity_place(e)) {
            if (camtg_entity_date(e))
                cli_buf_add(out, ", ");
            cli_add_label(out, camtg_entity_place(e));
        }
        break;
    default:
        break;
    }
    if (out->len == before && camtg_entity_description(e))
        cli_buf_add(out, camtg_entity_description(e));
}
