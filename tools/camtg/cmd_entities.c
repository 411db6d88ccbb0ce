/* camtg entities: the entities of the dataset, as a table or JSON. */
#include "args.h"
#include "cli.h"
#include "describe.h"
#include "help.h"
#include "records.h"
#include "text.h"
#include "vocab.h"

enum { OPT_TYPE = 1, OPT_JSON };

static const cli_option entities_options[] = {
    {"type", 1, OPT_TYPE},
    {"json", 0, OPT_JSON},
    {NULL, 0, 0},
};

static int entities_json(cli_ctx *ctx, const camtg_db *db, int type)
{
    json_t *arr = json_array();
    for (size_t i = 0; arr && i < camtg_entity_count(db); i++) {
        const camtg_entity *e = camtg_entity_at(db, i);
        if (type >= 0 && camtg_entity_type_of(e) != type)
            continue;
        if (json_array_append_new(arr, cli_json_entity(e)) != 0) {
            json_decref(arr);
            arr = NULL;
        }
    }
    return cli_json_emit(ctx->out, arr, CLI_JSON_PRETTY) ? CLI_EXIT_DATA : CLI_EXIT_OK;
}

static int entities_text(cli_ctx *ctx, const camtg_db *db, int type)
{
    static const char *const header[] = {"ID", "TYPE", "NAME", "DETAILS"};
    cli_table table;
    cli_table_init(&table, 4, header);
    cli_buf details;
    cli_buf_init(&details);
    size_t shown = 0;
    for (size_t i = 0; i < camtg_entity_count(db); i++) {
        const camtg_entity *e = camtg_entity_at(db, i);
        int t = camtg_entity_type_of(e);
        if (type >= 0 && t != type)
            continue;
        details.len = 0;
        cli_buf_add(&details, "");
        cli_describe_entity(&details, e);
        const char *row[4] = {camtg_entity_id(e), camtg_entity_type_to_string((camtg_entity_type)t),
                              camtg_entity_name(e), cli_buf_str(&details)};
        cli_table_add(&table, row);
        shown++;
    }
    int rc = details.failed ? -1 : 0;
    if (shown == 0)
        cli_buf_add(ctx->out, "No entities.\n");
    else if (cli_table_render(&table, ctx->out, 0, ctx->width) < 0)
        rc = -1;
    cli_table_free(&table);
    cli_buf_free(&details);
    if (rc < 0) {
        cli_error("out of memory");
        return CLI_EXIT_DATA;
    }
    return CLI_EXIT_OK;
}

int cli_cmd_entities(cli_ctx *ctx, int argc, char **argv)
{
    const char *type_name = NULL;
    int json = 0;
    cli_args args;
    cli_args_init(&args, argc, argv);
    const char *value;
    int id;
    while ((id = cli_args_next(&args, ctx, entities_options, &value)) != CLI_ARG_END) {
        switch (id) {
        case CLI_ARG_ERROR:
            return CLI_EXIT_USAGE;
        case CLI_ARG_POSITIONAL:
            return cli_usage_error(ctx, "unexpected argument '%s'", value);
        case CLI_OPT_HELP:
            cli_buf_add(ctx->out, cli_help(ctx->command));
            return CLI_EXIT_OK;
        case OPT_TYPE:
            if (cli_args_once(ctx, "type", &type_name, value))
                return CLI_EXIT_USAGE;
            break;
        case OPT_JSON:
            json = 1;
            break;
        default:
            if (cli_args_common(ctx, id, value))
                return CLI_EXIT_USAGE;
        }
    }
    int type = -1;
    if (type_name) {
        type = cli_vocab_parse(CLI_VOCAB_ENTITY_TYPE, type_name);
        if (type < 0)
            return CLI_EXIT_DATA;
    }
    camtg_db *db = cli_open(ctx);
    if (!db)
        return CLI_EXIT_DATA;
    ctx->exact = json;
    int status = json ? entities_json(ctx, db, type) : entities_text(ctx, db, type);
    camtg_close(db);
    return status;
}
