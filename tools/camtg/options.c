/* SPDX-License-Identifier: MIT */
/* The options every command shares, declared once: --data, --format (and
 * its synonym --json), --csv-formulas, --help, and --version before a
 * command. A command takes the ones its flags name (cli.h). */
#include <string.h>

#include "cli.h"
#include "suggest.h"

cli_common_values cli_common;

const cli_opt_spec cli_data_options[] = {
    {CLI_OPT_VALUE, "data", 0, &cli_common.data, NULL, 0, "FILE",
     "read the dataset FILE instead of the built-in one;\n- reads standard input"},
    {CLI_OPT_END, NULL, 0, NULL, NULL, 0, NULL, NULL},
};

const cli_opt_spec cli_listing_options[] = {
    {CLI_OPT_VALUE, "format", 0, &cli_common.format, NULL, 0, "FMT",
     "table (the default), json, jsonl or csv"},
    {CLI_OPT_CONST, "json", 0, &cli_common.format, "json", 0, NULL, "same as --format json"},
    {CLI_OPT_END, NULL, 0, NULL, NULL, 0, NULL, NULL},
};

const cli_opt_spec cli_csv_options[] = {
    {CLI_OPT_VALUE, "csv-formulas", 0, &cli_common.csv, NULL, 0, "POLICY",
     "CSV cells starting with = + - @ tab or CR: escape\n"
     "(prefix ', the default), keep, or refuse"},
    {CLI_OPT_END, NULL, 0, NULL, NULL, 0, NULL, NULL},
};

const cli_opt_spec cli_help_options[] = {
    {CLI_OPT_FLAG, "help", 'h', &cli_common.help, NULL, 0, NULL, "print this help and exit"},
    {CLI_OPT_END, NULL, 0, NULL, NULL, 0, NULL, NULL},
};

const cli_opt_spec cli_version_options[] = {
    {CLI_OPT_FLAG, "version", 'V', &cli_common.version, NULL, 0, NULL,
     "print the version and exit"},
    {CLI_OPT_END, NULL, 0, NULL, NULL, 0, NULL, NULL},
};

size_t cli_program_tables(const cli_opt_spec **tables)
{
    tables[0] = cli_data_options;
    tables[1] = cli_version_options;
    tables[2] = cli_help_options;
    return 3;
}

size_t cli_command_tables(const cli_command *cmd, const cli_opt_spec **tables)
{
    size_t n = 0;
    if (cmd->options)
        tables[n++] = cmd->options;
    if (cmd->flags & CLI_CMD_DATA)
        tables[n++] = cli_data_options;
    if (cmd->flags & CLI_CMD_LISTING)
        tables[n++] = cli_listing_options;
    if (cmd->flags & CLI_CMD_CSV)
        tables[n++] = cli_csv_options;
    tables[n++] = cli_help_options;
    return n;
}

/* A closed list of words an option takes, with a did-you-mean. */
typedef struct choice {
    const char *name;
    int value;
} choice;

static const choice format_choices[] = {
    {"table", CLI_FORMAT_TABLE}, {"json", CLI_FORMAT_JSON},
    {"jsonl", CLI_FORMAT_JSONL}, {"csv", CLI_FORMAT_CSV},
};

static const choice csv_choices[] = {
    {"escape", CLI_CSV_ESCAPE}, {"keep", CLI_CSV_KEEP}, {"refuse", CLI_CSV_REFUSE},
};

static int choose(const char *command, const char *option, const choice *choices, size_t n,
                  const char *word, int *out)
{
    const char *names[8];
    for (size_t i = 0; i < n; i++) {
        if (strcmp(choices[i].name, word) == 0) {
            *out = choices[i].value;
            return 0;
        }
        names[i] = choices[i].name;
    }
    const char *near = cli_suggest(word, names, n);
    char list[128] = "";
    for (size_t i = 0; i < n; i++) {
        strcat(list, i == 0 ? "" : i + 1 == n ? " or " : ", ");
        strcat(list, names[i]);
    }
    if (near)
        return cli_usage_error(command, "unknown %s '%s' (%s); did you mean '%s'?", option,
                               word, list, near);
    return cli_usage_error(command, "unknown %s '%s' (%s)", option, word, list);
}

int cli_common_apply(const cli_command *cmd, cli_ctx *ctx)
{
    ctx->data_path = cli_common.data;
    int value;
    if (cli_common.data && !(cmd->flags & CLI_CMD_DATA))
        return cli_usage_error(cmd->name, "--data does not apply; give the file as argument");
    if (cli_common.format) {
        if (choose(cmd->name, "format", format_choices,
                   sizeof format_choices / sizeof format_choices[0], cli_common.format,
                   &value))
            return CLI_EXIT_USAGE;
        ctx->format = (cli_format)value;
    }
    if (cli_common.csv) {
        if (choose(cmd->name, "--csv-formulas policy", csv_choices,
                   sizeof csv_choices / sizeof csv_choices[0], cli_common.csv, &value))
            return CLI_EXIT_USAGE;
        ctx->csv_policy = (cli_csv_policy)value;
    }
    return 0;
}
