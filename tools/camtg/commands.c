/* SPDX-License-Identifier: MIT */
/* The command list, kept in this one place: main.c dispatches on it, and
 * `camtg --help` lists it in this order. */
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
