/* SPDX-License-Identifier: MIT */
/* camtg show KEY: one entity, then every commitment it takes part in,
 * with the role it plays there (directly, through a group, or as an
 * object acted on). */
#include "cli.h"
#include "describe.h"
#include "listing.h"
#include "records.h"
#include "text.h"

static const char *show_key;

static const cli_opt_spec show_options[] = {
    {CLI_OPT_ARG, "KEY", 0, &show_key, NULL, CLI_OPT_REQUIRED, NULL,
     "an entity id, name or alias, ignoring case"},
    {CLI_OPT_END, NULL, 0, NULL, NULL, 0, NULL, NULL},
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
            if (camtg_entity_in_group(e, g) == 1) {
                cli_buf_addf(out, "%s via %s", names[role], camtg_entity_id(g));
                return;
            }
        }
}

/* Sets @p s to the labels of @p n entities that @p at gives for @p e,
 * joined by ", ". */
static void show_labels(cli_buf *s, const camtg_entity *e, size_t n,
                        const camtg_entity *(*at)(const camtg_entity *, size_t))
{
    s->len = 0;
    cli_buf_add(s, "");
    for (size_t i = 0; i < n; i++) {
        if (i)
            cli_buf_add(s, ", ");
        cli_add_label(s, at(e, i));
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
    cli_table_field(&t, "type:", camtg_entity_type_to_string(camtg_entity_type_of(e)));
    for (size_t i = 0; i < camtg_entity_alias_count(e); i++)
        cli_buf_addf(&s, "%s%s", i ? ", " : "", camtg_entity_alias(e, i));
    cli_table_field(&t, "aliases:", cli_buf_str(&s));
    cli_table_field(&t, "wikidata:", camtg_entity_wikidata(e));
    cli_table_field(&t, "description:", camtg_entity_description(e));
    if (camtg_entity_country(e)) {
        s.len = 0;
        cli_add_label(&s, camtg_entity_country(e));
        cli_table_field(&t, "country:", cli_buf_str(&s));
    }
    s.len = 0;
    cli_buf_add(&s, "");
    cli_describe_positions(&s, e);
    cli_table_field(&t, "positions:", cli_buf_str(&s));
    if (camtg_entity_within(e)) {
        s.len = 0;
        cli_describe_place(&s, camtg_entity_within(e));
        cli_table_field(&t, "within:", cli_buf_str(&s));
    }
    cli_table_field(&t, "date:", camtg_entity_date(e));
    if (camtg_entity_place(e)) {
        s.len = 0;
        cli_describe_place(&s, camtg_entity_place(e));
        cli_table_field(&t, "place:", cli_buf_str(&s));
    }
    show_labels(&s, e, camtg_entity_member_count(e), camtg_entity_member);
    cli_table_field(&t, "members:", cli_buf_str(&s));
    show_labels(&s, e, camtg_entity_group_count(e), camtg_entity_group);
    cli_table_field(&t, "member of:", cli_buf_str(&s));
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
    cli_table_field(&t, "people:", cli_buf_str(&s));
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
    cli_table_field(&t, "meetings:", cli_buf_str(&s));
    cli_table_render(&t, out, 2, ctx->width);
    if (t.failed || s.failed)
        out->failed = 1;
    cli_table_free(&t);
    cli_buf_free(&s);
}

/* One row of the commitments table; @p role holds the role (empty when
 * @p e plays none), @p parties is scratch. */
static void show_row(const camtg_commitment *c, const camtg_entity *e, cli_buf *role,
                     cli_buf *parties, const char *row[5])
{
    role->len = 0;
    cli_buf_add(role, "");
    show_role(role, c, e);
    parties->len = 0;
    cli_add_role(parties, c, CLI_ACTORS, 1, "-");
    if (camtg_commitment_target_count(c)) {
        cli_buf_add(parties, " -> ");
        cli_add_role(parties, c, CLI_TARGETS, 1, "");
    }
    row[0] = camtg_commitment_id(c);
    row[1] = cli_buf_str(role);
    row[2] = camtg_kind_to_string(camtg_commitment_kind(c));
    row[3] = cli_buf_str(parties);
    row[4] = camtg_commitment_summary(c);
}

static int show_text(cli_ctx *ctx, const camtg_db *db, const camtg_entity *e)
{
    show_entity(ctx, db, e);
    static const char *const header[] = {"ID", "ROLE", "KIND", "PARTIES", "SUMMARY"};
    cli_columns cols;
    cli_columns_init(&cols, 5, header, 2, ctx->width);
    cli_buf role, parties;
    cli_buf_init(&role);
    cli_buf_init(&parties);
    size_t n = 0;
    /* Measure, then print: nothing is held but the column widths. */
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1) {
            cli_buf_addc(ctx->out, '\n');
            if (n == 0)
                cli_buf_addf(ctx->out, "No commitments involve %s.\n", camtg_entity_id(e));
            else
                cli_buf_addf(ctx->out, "Commitments (%zu):\n", n);
        }
        for (size_t i = 0; i < camtg_commitment_count(db) && (pass == 0 || n); i++) {
            const char *row[5];
            show_row(camtg_commitment_at(db, i), e, &role, &parties, row);
            if (role.len == 0)
                continue;
            if (pass == 0) {
                cli_columns_measure(&cols, row);
                n++;
            } else {
                cli_columns_print(&cols, ctx->out, row);
            }
        }
    }
    int failed = role.failed || parties.failed;
    cli_buf_free(&role);
    cli_buf_free(&parties);
    if (failed)
        return cli_out_of_memory();
    return CLI_EXIT_OK;
}

/* json: {"entity": {...}, "commitments": [{..., "role": "..."}]};
 * jsonl and csv: the commitments only, one per line or row. */
static int show_data(cli_ctx *ctx, const camtg_db *db, const camtg_entity *e)
{
    static const cli_csv_column role_column[] = {{"role", "/role"}, {NULL, NULL}};
    cli_listing l;
    if (ctx->format == CLI_FORMAT_JSON) {
        cli_buf_add(ctx->out, "{\n  \"entity\": ");
        if (cli_json_write(ctx->out, cli_json_entity(e), 1) < 0)
            return CLI_EXIT_DATA;
        cli_buf_add(ctx->out, ",\n  \"commitments\": ");
        cli_listing_begin_nested(&l, ctx, 1);
    } else {
        cli_listing_begin(&l, ctx, cli_commitment_columns, role_column);
    }
    cli_buf role;
    cli_buf_init(&role);
    for (size_t i = 0; i < camtg_commitment_count(db); i++) {
        const camtg_commitment *c = camtg_commitment_at(db, i);
        role.len = 0;
        cli_buf_add(&role, "");
        show_role(&role, c, e);
        if (role.len == 0)
            continue;
        json_t *record = cli_json_commitment(c, 1);
        if (record && json_object_set_new(record, "role", json_string(cli_buf_str(&role)))) {
            json_decref(record);
            record = NULL;
        }
        cli_listing_add(&l, record);
    }
    int status = cli_listing_end(&l);
    if (role.failed && status == CLI_EXIT_OK)
        status = cli_out_of_memory();
    cli_buf_free(&role);
    if (ctx->format == CLI_FORMAT_JSON)
        cli_buf_add(ctx->out, "\n}\n");
    return status;
}

static int show_run(cli_ctx *ctx, const camtg_db *db)
{
    const camtg_entity *e = cli_lookup_entity(db, show_key);
    if (!e)
        return CLI_EXIT_DATA;
    return ctx->format == CLI_FORMAT_TABLE ? show_text(ctx, db, e) : show_data(ctx, db, e);
}

const cli_command cli_cmd_show = {
    .name = "show",
    .summary = "one entity and the commitments involving it",
    .description = "Show one entity and the commitments it takes part in: as an actor or a\n"
        "target, directly or through a group it belongs to (\"target via C5\"), or as\n"
        "an object. KEY is an id, name or alias, ignoring case. json gives\n"
        "{\"entity\": {...}, \"commitments\": [...]}, each commitment with its \"role\";\n"
        "jsonl and csv give the commitments only, one per line or row, with a role\n"
        "field.\n",
    .options = show_options,
    .flags = CLI_CMD_DATA | CLI_CMD_LISTING | CLI_CMD_CSV,
    .examples = "camtg show KAZ\n"
        "camtg show \"qin gang\" --json | jq '.commitments[] | {id, role}'\n"
        "camtg show KAZ --format csv",
    .run = show_run,
};
