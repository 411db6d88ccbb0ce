/* SPDX-License-Identifier: MIT */
/* The --help texts, generated from the command list and the option
 * tables so that they cannot leave an option out; camtg(1) says the same
 * at more length (a test compares the two). */
#include <string.h>

#include "cli.h"

/* Usage lines are wrapped before this column. */
#define HELP_WIDTH 79

/* Appends the items of @p specs (only the positional ones when @p args,
 * only the options otherwise) to a usage line, wrapping it under
 * @p indent. @p col is the current column. */
static size_t help_items(cli_buf *out, const cli_opt_spec *specs, int args, size_t col,
                         size_t indent, cli_buf *item)
{
    for (const cli_opt_spec *s = specs; s && s->kind != CLI_OPT_END; s++) {
        if ((s->kind == CLI_OPT_ARG) != args)
            continue;
        item->len = 0;
        if (!cli_opt_usage_item(item, s))
            continue;
        if (col + 1 + item->len > HELP_WIDTH && col > indent) {
            cli_buf_addc(out, '\n');
            cli_buf_pad(out, indent);
            col = indent;
        } else {
            cli_buf_addc(out, ' ');
            col++;
        }
        cli_buf_add(out, cli_buf_str(item));
        col += item->len;
    }
    return col;
}

/* "Usage: camtg [--data FILE] NAME ARGS [OPTIONS]" */
static void help_usage(cli_buf *out, const cli_command *cmd)
{
    size_t start = out->len;
    cli_buf_add(out, "Usage: camtg");
    if (cmd->flags & CLI_CMD_DATA)
        cli_buf_add(out, " [--data FILE]");
    cli_buf_addf(out, " %s", cmd->name);
    size_t indent = out->len - start;
    cli_buf item;
    cli_buf_init(&item);
    size_t col = help_items(out, cmd->options, 1, indent, indent, &item);
    col = help_items(out, cmd->options, 0, col, indent, &item);
    if (cmd->flags & CLI_CMD_LISTING)
        help_items(out, cli_listing_options, 0, col, indent, &item);
    if (item.failed)
        out->failed = 1;
    cli_buf_free(&item);
    cli_buf_addc(out, '\n');
}

static void help_options(cli_buf *out, const char *title, const cli_opt_spec *const *tables,
                         size_t n)
{
    size_t column = 0;
    for (size_t i = 0; i < n; i++) {
        size_t c = cli_opt_usage_column(tables[i]);
        if (c > column)
            column = c;
    }
    cli_buf_addf(out, "\n%s:\n", title);
    for (size_t i = 0; i < n; i++)
        cli_opt_usage_list(out, tables[i], column);
}

static void help_program(cli_buf *out)
{
    cli_buf_add(out,
                "Usage: camtg [--data FILE] COMMAND [ARGUMENTS] [OPTIONS]\n"
                "       camtg --version | --help\n"
                "\n"
                "Query a knowledge base of diplomatic meetings and the commitments made there.\n"
                "Without --data, camtg reads the dataset built into libcamtg.\n"
                "\n"
                "Commands:\n");
    cli_buf line;
    cli_buf_init(&line);
    for (size_t i = 0; cli_commands[i]; i++) {
        const cli_command *cmd = cli_commands[i];
        line.len = 0;
        cli_buf_addf(&line, "  %s", cmd->name);
        for (const cli_opt_spec *s = cmd->options; s && s->kind != CLI_OPT_END; s++)
            if (s->kind == CLI_OPT_ARG) {
                cli_buf_addc(&line, ' ');
                cli_opt_usage_item(&line, s);
            }
        cli_buf_add(out, cli_buf_str(&line));
        cli_buf_pad(out, line.len < 20 ? 20 - line.len : 2);
        cli_buf_add(out, cmd->summary);
        cli_buf_addc(out, '\n');
    }
    if (line.failed)
        out->failed = 1;
    cli_buf_free(&line);
    const cli_opt_spec *tables[3];
    size_t n = cli_program_tables(tables);
    help_options(out, "Options", tables, n);
    cli_buf_add(out,
                "\n"
                "KEY is an entity id, name or alias, ignoring case: KAZ, kazakhstan, \"Qin Gang\";\n"
                "for timeline also a commitment id. DATE is written YYYY-MM-DD.\n"
                "Listings (entities, show, commitments, timeline, compliance) take --format\n"
                "table, json, jsonl or csv.\n"
                "Exit status: 0 on success; 1 for bad data, an unknown key or value, or output\n"
                "that could not be written; 2 for bad usage.\n"
                "Run 'camtg COMMAND --help' for a command's options, 'man camtg' for more.\n");
}

void cli_help_write(cli_buf *out, const cli_command *cmd)
{
    if (!cmd) {
        help_program(out);
        return;
    }
    help_usage(out, cmd);
    cli_buf_addf(out, "\n%s", cmd->description);
    const cli_opt_spec *tables[6];
    size_t n = cli_command_tables(cmd, tables);
    help_options(out, "Options", tables, n);
    if (cmd->help_extra)
        cmd->help_extra(out);
    if (cmd->examples && *cmd->examples) {
        cli_buf_add(out, "\nExamples:\n");
        for (const char *line = cmd->examples; *line;) {
            size_t len = strcspn(line, "\n");
            cli_buf_add(out, "  ");
            cli_buf_addn(out, line, len);
            cli_buf_addc(out, '\n');
            line += len + (line[len] == '\n');
        }
    }
}

/* camtg help [COMMAND] */
static const char *help_topic;

static const cli_opt_spec help_command_options[] = {
    {CLI_OPT_ARG, "COMMAND", 0, &help_topic, NULL, 0, NULL, "the command to describe"},
    {CLI_OPT_END, NULL, 0, NULL, NULL, 0, NULL, NULL},
};

static int help_run(cli_ctx *ctx, const camtg_db *db)
{
    (void)db;
    const cli_command *cmd = NULL;
    if (help_topic && !(cmd = cli_command_find(help_topic)))
        return cli_command_unknown("help", help_topic);
    cli_help_write(ctx->out, cmd);
    return CLI_EXIT_OK;
}

const cli_command cli_cmd_help = {
    .name = "help",
    .summary = "show this help or a command's help",
    .description = "Print the help of COMMAND, or of camtg itself.\n",
    .options = help_command_options,
    .flags = 0,
    .examples = "camtg help commitments",
    .run = help_run,
};
