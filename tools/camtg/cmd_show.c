/* camtg show KEY: one entity, then every commitment it takes part in,
 * with the role it plays there (directly, through a group, or as an
 * object acted on). */
#include <string.h>

#include "args.h"
#include "cli.h"
#include "describe.h"
#include "help.h"
#include "records.h"
#include "text.h"

enum { OPT_JSON = 1 };

static const cli_option show_options[] = {
    {"json", 0, OPT_JSON},
    {NULL, 0, 0},
};

/* Appends the role @p e plays in @p c, or nothing when it plays none:
 * "actor", "target", "actor via C5" (a group @p e belongs to), "object". */
static void show_role(cli_buf *out, const camtg_commitment *c, const camtg_entity *e)
{
    static const char *const names[] = {"actor", "target", "object"};
    for (int role = CLI_ACTORS; role <= CLI_OBJECTS; role++)
        for (size_t i = 0; i < cli_role_count(c, (cli_role)role); i++)
            if (cli_role_at(c, (cli_role)role, i) == e) {
                cli_buf_add(out, names[role]);
                return;
            }
    for (int role = CLI_ACTORS; role <= CLI_TARGETS; role++)
        for (size_t i = 0; i < cli_role_count(c, (cli_role)role); i++) {
            const camtg_entity *g = cli_role_at(c, (cli_role)role, i);
            if (camtg_entity_in_group(e, g)) {
                cli_buf_addf(out, "%s via %s", names[role], camtg_entity_id(g));
                return;
            }
        }
}

static void show_field(cli_table *t, const char *label, const char *value)
{
    if (value && *value) {
        const char *row[2] = {label, value};
        cli_table_add(t, row);
    }
}

/* The entity's own fields as labelled lines. */
static void show_entity(cli_ctx *ctx, const camtg_db *db, const camtg_entity *e)
{
    cli_buf *out = ctx->out;
    cli_table t;
    cli_table_init(&t, 2, NULL);
    cli_buf s;
    cli_buf_init(&s);
    cli_add_label(&s, e);
    cli_text_wrap(out, cli_buf_str(&s), 0, ctx->width);
    cli_buf_addc(out, '\n');
    s.len = 0;
    int type = camtg_entity_type_of(e);
    show_field(&t, "type:", camtg_entity_type_to_string((camtg_entity_type)type));
    for (size_t i = 0; i < camtg_entity_alias_count(e); i++)
        cli_buf_addf(&s, "%s%s", i ? ", " : "", camtg_entity_alias(e, i));
    show_field(&t, "aliases:", cli_buf_str(&s));
    show_field(&t, "wikidata:", camtg_entity_wikidata(e));
    show_field(&t, "description:", camtg_entity_description(e));
    if (camtg_entity_country(e)) {
        s.len = 0;
        cli_add_label(&s, camtg_entity_country(e));
        show_field(&t, "country:", cli_buf_str(&s));
    }
    s.len = 0;
    cli_buf_add(&s, "");
    cli_describe_positions(&s, e);
    show_field(&t, "positions:", cli_buf_str(&s));
    if (camtg_entity_within(e)) {
        s.len = 0;
        cli_describe_place(&s, camtg_entity_within(e));
        show_field(&t, "within:", cli_buf_str(&s));
    }
    show_field(&t, "date:", camtg_entity_date(e));
    if (camtg_entity_place(e)) {
        s.len = 0;
        cli_describe_place(&s, camtg_entity_place(e));
        show_field(&t, "place:", cli_buf_str(&s));
    }
    s.len = 0;
    cli_buf_add(&s, "");
    for (size_t i = 0; i < camtg_entity_member_count(e); i++) {
        if (i)
            cli_buf_add(&s, ", ");
        cli_add_label(&s, camtg_entity_member(e, i));
    }
    show_field(&t, "members:", cli_buf_str(&s));
    s.len = 0;
    cli_buf_add(&s, "");
    for (size_t i = 0; i < camtg_entity_group_count(e); i++) {
        if (i)
            cli_buf_add(&s, ", ");
        cli_add_label(&s, camtg_entity_group(e, i));
    }
    show_field(&t, "member of:", cli_buf_str(&s));
    /* People serving a country, so that `show KAZ` leads on to them. */
    s.len = 0;
    cli_buf_add(&s, "");
    for (size_t i = 0; i < camtg_entity_count(db); i++) {
        const camtg_entity *p = camtg_entity_at(db, i);
        if (camtg_entity_country(p) == e) {
            if (s.len)
                cli_buf_add(&s, ", ");
            cli_add_label(&s, p);
        }
    }
    show_field(&t, "people:", cli_buf_str(&s));
    /* The meetings the entity had a part in, and which part. */
    s.len = 0;
    cli_buf_add(&s, "");
    for (size_t i = 0; i < camtg_meeting_count(db); i++) {
        const camtg_meeting *m = camtg_meeting_at(db, i);
        const char *parts[4];
        size_t n = 0;
        if (camtg_meeting_host(m) == e)
            parts[n++] = "host";
        for (size_t k = 0; k < camtg_meeting_participant_count(m); k++)
            if (camtg_meeting_participant(m, k) == e) {
                parts[n++] = "participant";
                break;
            }
        if (camtg_meeting_place(m) == e)
            parts[n++] = "place";
        if (camtg_meeting_context(m) == e)
            parts[n++] = "context";
        if (n == 0)
            continue;
        cli_buf_addf(&s, "%s%s (", s.len ? "; " : "", camtg_meeting_id(m));
        for (size_t k = 0; k < n; k++)
            cli_buf_addf(&s, "%s%s", k ? ", " : "", parts[k]);
        cli_buf_addc(&s, ')');
    }
    show_field(&t, "meetings:", cli_buf_str(&s));
    cli_table_render(&t, out, 2, ctx->width);
    if (t.failed || s.failed)
        out->failed = 1;
    cli_table_free(&t);
    cli_buf_free(&s);
}

static int show_text(cli_ctx *ctx, const camtg_db *db, const camtg_entity *e)
{
    show_entity(ctx, db, e);
    static const char *const header[] = {"ID", "ROLE", "KIND", "PARTIES", "SUMMARY"};
    cli_table t;
    cli_table_init(&t, 5, header);
    cli_buf role, parties;
    cli_buf_init(&role);
    cli_buf_init(&parties);
    for (size_t i = 0; i < camtg_commitment_count(db); i++) {
        const camtg_commitment *c = camtg_commitment_at(db, i);
        role.len = 0;
        cli_buf_add(&role, "");
        show_role(&role, c, e);
        if (role.len == 0)
            continue;
        parties.len = 0;
        cli_add_role(&parties, c, CLI_ACTORS, 1, "-");
        if (camtg_commitment_target_count(c)) {
            cli_buf_add(&parties, " -> ");
            cli_add_role(&parties, c, CLI_TARGETS, 1, "");
        }
        const char *row[5] = {camtg_commitment_id(c), cli_buf_str(&role),
                              camtg_kind_to_string((camtg_kind)camtg_commitment_kind(c)),
                              cli_buf_str(&parties), camtg_commitment_summary(c)};
        cli_table_add(&t, row);
    }
    cli_buf_addc(ctx->out, '\n');
    if (t.nrows == 0) {
        cli_buf_addf(ctx->out, "No commitments involve %s.\n", camtg_entity_id(e));
    } else {
        cli_buf_addf(ctx->out, "Commitments (%zu):\n", t.nrows);
        cli_table_render(&t, ctx->out, 2, ctx->width);
    }
    int failed = t.failed || role.failed || parties.failed;
    cli_table_free(&t);
    cli_buf_free(&role);
    cli_buf_free(&parties);
    if (failed) {
        cli_error("out of memory");
        return CLI_EXIT_DATA;
    }
    return CLI_EXIT_OK;
}

static int show_json(cli_ctx *ctx, const camtg_db *db, const camtg_entity *e)
{
    json_t *arr = json_array();
    if (arr && json_array_append_new(arr, cli_json_entity(e)) != 0) {
        json_decref(arr);
        arr = NULL;
    }
    cli_buf role;
    cli_buf_init(&role);
    for (size_t i = 0; arr && i < camtg_commitment_count(db); i++) {
        const camtg_commitment *c = camtg_commitment_at(db, i);
        role.len = 0;
        cli_buf_add(&role, "");
        show_role(&role, c, e);
        if (role.len && json_array_append_new(arr, cli_json_commitment(c, 1)) != 0) {
            json_decref(arr);
            arr = NULL;
        }
    }
    if (role.failed) {
        json_decref(arr);
        arr = NULL;
    }
    cli_buf_free(&role);
    return cli_json_emit(ctx->out, arr, CLI_JSON_PRETTY) ? CLI_EXIT_DATA : CLI_EXIT_OK;
}

int cli_cmd_show(cli_ctx *ctx, int argc, char **argv)
{
    const char *key = NULL;
    int json = 0;
    cli_args args;
    cli_args_init(&args, argc, argv);
    const char *value;
    int id;
    while ((id = cli_args_next(&args, ctx, show_options, &value)) != CLI_ARG_END) {
        switch (id) {
        case CLI_ARG_ERROR:
            return CLI_EXIT_USAGE;
        case CLI_ARG_POSITIONAL:
            if (key)
                return cli_usage_error(ctx, "unexpected argument '%s' (quote a KEY that "
                                            "has spaces)", value);
            key = value;
            break;
        case CLI_OPT_HELP:
            cli_buf_add(ctx->out, cli_help(ctx->command));
            return CLI_EXIT_OK;
        case OPT_JSON:
            json = 1;
            break;
        default:
            if (cli_args_common(ctx, id, value))
                return CLI_EXIT_USAGE;
        }
    }
    if (!key)
        return cli_usage_error(ctx, "missing KEY (an entity id, name or alias)");
    camtg_db *db = cli_open(ctx);
    if (!db)
        return CLI_EXIT_DATA;
    int status = CLI_EXIT_DATA;
    const camtg_entity *e = cli_lookup_entity(db, key);
    ctx->exact = json;
    if (e)
        status = json ? show_json(ctx, db, e) : show_text(ctx, db, e);
    camtg_close(db);
    return status;
}
