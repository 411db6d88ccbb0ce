/* camtg export --format json|jsonl|csv|dot: the whole dataset on stdout. */
#include <string.h>

#include "args.h"
#include "cli.h"
#include "export.h"
#include "help.h"
#include "records.h"

enum { OPT_FORMAT = 1 };

static const cli_option export_options[] = {
    {"format", 1, OPT_FORMAT},
    {NULL, 0, 0},
};

/* Appends one JSON Lines record: {"record": kind, ...fields of @p obj}. */
static int export_line(cli_buf *out, const char *kind, json_t *obj)
{
    json_t *line = json_object();
    if (!line || !obj || json_object_set_new(line, "record", json_string(kind)) != 0 ||
        json_object_update(line, obj) != 0) {
        json_decref(line);
        line = NULL;
    }
    json_decref(obj);
    return cli_json_emit(out, line, CLI_JSON_LINE);
}

static int export_jsonl(cli_buf *out, const camtg_db *db)
{
    json_t *head = json_object();
    if (head && json_object_set_new(head, "camtg", json_integer(1)) != 0) {
        json_decref(head);
        head = NULL;
    }
    int rc = export_line(out, "dataset", head);
    for (size_t i = 0; rc == 0 && i < camtg_source_count(db); i++)
        rc = export_line(out, "source", cli_json_source(camtg_source_at(db, i)));
    for (size_t i = 0; rc == 0 && i < camtg_entity_count(db); i++)
        rc = export_line(out, "entity", cli_json_entity(camtg_entity_at(db, i)));
    for (size_t i = 0; rc == 0 && i < camtg_meeting_count(db); i++)
        rc = export_line(out, "meeting", cli_json_meeting(camtg_meeting_at(db, i)));
    for (size_t i = 0; rc == 0 && i < camtg_commitment_count(db); i++)
        rc = export_line(out, "commitment",
                         cli_json_commitment(camtg_commitment_at(db, i), 0));
    return rc;
}

int cli_cmd_export(cli_ctx *ctx, int argc, char **argv)
{
    const char *format = NULL;
    cli_args args;
    cli_args_init(&args, argc, argv);
    const char *value;
    int id;
    while ((id = cli_args_next(&args, ctx, export_options, &value)) != CLI_ARG_END) {
        switch (id) {
        case CLI_ARG_ERROR:
            return CLI_EXIT_USAGE;
        case CLI_ARG_POSITIONAL:
            return cli_usage_error(ctx, "unexpected argument '%s'", value);
        case CLI_OPT_HELP:
            cli_buf_add(ctx->out, cli_help(ctx->command));
            return CLI_EXIT_OK;
        case OPT_FORMAT:
            if (cli_args_once(ctx, "format", &format, value))
                return CLI_EXIT_USAGE;
            break;
        default:
            if (cli_args_common(ctx, id, value))
                return CLI_EXIT_USAGE;
        }
    }
    if (!format)
        return cli_usage_error(ctx, "missing --format (json, jsonl, csv or dot)");
    static const char *const formats[] = {"json", "jsonl", "csv", "dot"};
    int which = -1;
    for (int i = 0; i < 4; i++)
        if (strcmp(format, formats[i]) == 0)
            which = i;
    if (which < 0)
        return cli_usage_error(ctx, "unknown format '%s' (json, jsonl, csv or dot)", format);

    camtg_db *db = cli_open(ctx);
    if (!db)
        return CLI_EXIT_DATA;
    ctx->exact = 1;
    int rc;
    switch (which) {
    case 0: rc = cli_json_emit(ctx->out, cli_json_dataset(db), CLI_JSON_PRETTY); break;
    case 1: rc = export_jsonl(ctx->out, db); break;
    case 2: rc = cli_export_csv(ctx->out, db); break;
    default: rc = cli_export_dot(ctx->out, db); break;
    }
    camtg_close(db);
    return rc ? CLI_EXIT_DATA : CLI_EXIT_OK;
}
