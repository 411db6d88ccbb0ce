/* camtg validate FILE: load a dataset the way every command does and say
 * where the first problem is, in forms editors and CI logs understand. */
#include "args.h"
#include "cli.h"
#include "help.h"

int cli_cmd_validate(cli_ctx *ctx, int argc, char **argv)
{
    const char *path = NULL;
    cli_args args;
    cli_args_init(&args, argc, argv);
    const char *value;
    int id;
    while ((id = cli_args_next(&args, ctx, NULL, &value)) != CLI_ARG_END) {
        switch (id) {
        case CLI_ARG_ERROR:
            return CLI_EXIT_USAGE;
        case CLI_ARG_POSITIONAL:
            if (path)
                return cli_usage_error(ctx, "unexpected argument '%s' (one FILE at a time)",
                                       value);
            path = value;
            break;
        case CLI_OPT_HELP:
            cli_buf_add(ctx->out, cli_help(ctx->command));
            return CLI_EXIT_OK;
        default:
            return cli_usage_error(ctx, "--data does not apply; give the file as argument");
        }
    }
    if (!path)
        return cli_usage_error(ctx, "missing FILE");
    camtg_db *db = NULL;
    camtg_error err;
    if (camtg_open_file(&db, path, &err) < 0 || camtg_db_verify(db, &err) < 0) {
        cli_report_load_error(path, &err);
        camtg_close(db);
        return CLI_EXIT_DATA;
    }
    size_t counts[4] = {camtg_source_count(db), camtg_entity_count(db),
                        camtg_meeting_count(db), camtg_commitment_count(db)};
    static const char *const names[4] = {"source", "entit", "meeting", "commitment"};
    static const char *const plural[4] = {"s", "ies", "s", "s"};
    static const char *const single[4] = {"", "y", "", ""};
    cli_buf_addf(ctx->out, "%s: OK (", path);
    for (int i = 0; i < 4; i++)
        cli_buf_addf(ctx->out, "%s%zu %s%s", i ? ", " : "", counts[i], names[i],
                     counts[i] == 1 ? single[i] : plural[i]);
    cli_buf_add(ctx->out, ")\n");
    camtg_close(db);
    return CLI_EXIT_OK;
}
