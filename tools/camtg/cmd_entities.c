/* SPDX-License-Identifier: MIT */
/* camtg entities: the entities of the dataset, as a table or in the
 * formats for programs. */
#include "cli.h"
#include "describe.h"
#include "listing.h"
#include "records.h"
#include "text.h"
#include "values.h"

static const char *entities_type;

static const cli_opt_spec entities_options[] = {
    {CLI_OPT_VALUE, "type", 0, &entities_type, NULL, 0, "TYPE",
     "only entities of this type: country, person,\norganization, place, initiative, "
     "project, event,\ngroup, topic"},
    {CLI_OPT_END, NULL, 0, NULL, NULL, 0, NULL, NULL},
};

/* One table row; @p details is scratch for the last column. */
static void entities_row(const camtg_entity *e, cli_buf *details, const char *row[4])
{
    details->len = 0;
    cli_buf_add(details, "");
    cli_describe_entity(details, e);
    row[0] = camtg_entity_id(e);
    row[1] = camtg_entity_type_to_string(camtg_entity_type_of(e));
    row[2] = camtg_entity_name(e);
    row[3] = cli_buf_str(details);
}

/* Two passes over the entities, measuring then printing: memory does not
 * grow with the table. */
/* The --type asked for, if any. */
typedef struct entities_filter {
    int on;
    int type;  /* a camtg_entity_type */
} entities_filter;

static entities_filter entities_wanted;  /* set by entities_check() */

static int entities_pass(const entities_filter *f, const camtg_entity *e)
{
    return !f->on || camtg_entity_type_of(e) == f->type;
}

static int entities_table(cli_ctx *ctx, const camtg_db *db, const entities_filter *f)
{
    static const char *const header[] = {"ID", "TYPE", "NAME", "DETAILS"};
    cli_columns cols;
    cli_columns_init(&cols, 4, header, 0, ctx->width);
    cli_buf details;
    cli_buf_init(&details);
    size_t shown = 0;
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < camtg_entity_count(db); i++) {
            const camtg_entity *e = camtg_entity_at(db, i);
            if (!entities_pass(f, e))
                continue;
            const char *row[4];
            entities_row(e, &details, row);
            if (pass == 0) {
                cli_columns_measure(&cols, row);
                shown++;
            } else {
                cli_columns_print(&cols, ctx->out, row);
            }
        }
    int failed = details.failed;
    cli_buf_free(&details);
    if (failed)
        return cli_out_of_memory();
    if (shown == 0)
        cli_buf_add(ctx->out, "No entities.\n");
    return CLI_EXIT_OK;
}

/* The type needs no database: checking it first reports a typo without
 * the cost of loading. */
static int entities_check(cli_ctx *ctx)
{
    (void)ctx;
    if (entities_type) {
        int v = cli_vocab_parse(CLI_VOCAB_ENTITY_TYPE, entities_type);
        if (v < 0)
            return CLI_EXIT_DATA;
        entities_wanted.on = 1;
        entities_wanted.type = v;
    }
    return CLI_EXIT_OK;
}

static int entities_run(cli_ctx *ctx, const camtg_db *db)
{
    const entities_filter *f = &entities_wanted;
    if (ctx->format == CLI_FORMAT_TABLE)
        return entities_table(ctx, db, f);
    cli_listing l;
    cli_listing_begin(&l, ctx, cli_entity_columns, NULL);
    for (size_t i = 0; i < camtg_entity_count(db); i++) {
        const camtg_entity *e = camtg_entity_at(db, i);
        if (entities_pass(f, e))
            cli_listing_add(&l, cli_json_entity(e));
    }
    return cli_listing_end(&l);
}

const cli_command cli_cmd_entities = {
    .name = "entities",
    .summary = "list countries, people, places, groups and other entities",
    .description = "List the entities of the dataset in file order: id, type, name and what sets\n"
        "each apart (a person's country and offices, a group's members, where a place\n"
        "lies). json, jsonl and csv give every field, shaped as in the data format.\n",
    .options = entities_options,
    .flags = CLI_CMD_DATA | CLI_CMD_LISTING | CLI_CMD_CSV,
    .examples = "camtg entities --type person\n"
        "camtg entities --format csv > entities.csv\n"
        "camtg entities --json | jq -r '.[] | select(.type == \"group\") | .members[]'",
    .check = entities_check,
    .run = entities_run,
};
