/* SPDX-License-Identifier: MIT */
/* The command list, kept in this one place: main.c dispatches on it, and
 * `camtg --help` lists it in this order; and the running of a command,
 * which opens and closes the dataset so that no command does. */
#include <string.h>

#include "cli.h"
#include "suggest.h"

const cli_command *const cli_commands[] = {
    &cli_cmd_summary,
    &cli_cmd_entities,
    &cli_cmd_show,
    &cli_cmd_commitments,
    &cli_cmd_timeline,
    &cli_cmd_compliance,
    &cli_cmd_export,
    &cli_cmd_validate,
    &cli_cmd_compile,
    &cli_cmd_html,
    &cli_cmd_help,
    NULL,
};

const cli_command *cli_command_find(const char *name)
{
    for (size_t i = 0; cli_commands[i]; i++)
        if (strcmp(cli_commands[i]->name, name) == 0)
            return cli_commands[i];
    return NULL;
}

/* The dataset @p cmd reads, opened, or NULL after reporting why not. An
 * input given as an argument is checked completely, as validate does. */
static camtg_db *command_open(const cli_command *cmd, const cli_ctx *ctx)
{
    const char *path = cmd->input ? *cmd->input : ctx->data_path;
    camtg_db *db = cli_open_path(path);
    camtg_error err;
    if (db && cmd->input && camtg_db_verify(db, &err) < 0) {
        cli_report_load_error(path, &err);
        camtg_close(db);
        return NULL;
    }
    return db;
}

int cli_command_run(const cli_command *cmd, cli_ctx *ctx)
{
    int status = cmd->check ? cmd->check(ctx) : CLI_EXIT_OK;
    if (status != CLI_EXIT_OK)
        return status;
    if (!(cmd->flags & CLI_CMD_DATA) && !cmd->input)
        return cmd->run(ctx, NULL);
    camtg_db *db = command_open(cmd, ctx);
    if (!db)
        return CLI_EXIT_DATA;
    status = cmd->run(ctx, db);
    camtg_close(db);
    return status;
}

int cli_command_unknown(const char *command, const char *name)
{
    static const char *const formats[] = {"json", "jsonl", "csv", "dot"};
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++)
        if (strcmp(name, formats[i]) == 0)
            return cli_usage_error(command, "unknown command '%s'; did you mean "
                                   "'camtg export --format %s'?", name, name);
    if (strcmp(name, "version") == 0)
        return cli_usage_error(command, "unknown command 'version'; did you mean "
                               "'camtg --version'?");
    const char *names[32];
    size_t n = 0;
    for (size_t i = 0; cli_commands[i] && n < sizeof names / sizeof names[0]; i++)
        names[n++] = cli_commands[i]->name;
    const char *near = cli_suggest(name, names, n);
    if (near)
        return cli_usage_error(command, "unknown command '%s'; did you mean '%s'?", name, near);
    return cli_usage_error(command, "unknown command '%s'", name);
}
