/* SPDX-License-Identifier: MIT */
/* camtg: the command line of libcamtg. This file reads the words before
 * the command, picks the command from the list in commands.c, parses the
 * rest against that command's option tables and runs it.
 *
 * Output: small outputs are written only once the command has succeeded,
 * so that a failure leaves stdout empty; an output larger than the
 * buffer (CLI_BUF_FLUSH_AT) is written as it is produced, and a failure
 * after part of it went out (a full disk, out of memory) still ends with a
 * message and a non-zero status, as with other streaming tools. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "out.h"

/* The command whose positional words main_hint() judges. */
static const cli_command *main_cmd;

static int main_takes_format(const cli_command *cmd)
{
    const cli_opt_spec *tables[6];
    size_t n = cli_command_tables(cmd, tables);
    for (size_t t = 0; t < n; t++)
        for (const cli_opt_spec *s = tables[t]; s->kind != CLI_OPT_END; s++)
            if (strcmp(s->name, "format") == 0)
                return 1;
    return 0;
}

/* `camtg export csv`, `camtg entities json`: a format given as a word. */
static const char *main_hint(const char *word, char *buf, size_t size)
{
    static const char *const formats[] = {"table", "json", "jsonl", "csv", "dot"};
    if (!main_cmd || !main_takes_format(main_cmd))
        return NULL;
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++)
        if (strcmp(word, formats[i]) == 0) {
            snprintf(buf, size, "did you mean --format %s?", word);
            return buf;
        }
    return NULL;
}

static int main_run(cli_ctx *ctx, int argc, char **argv)
{
    cli_opt_parser p = {0};
    p.ntables = cli_program_tables(p.tables);
    p.stop_at_positional = 1;
    p.unknown_hint = "a command's options go after the command";
    if (cli_opt_parse(&p, argc - 1, argv + 1) != CLI_OPT_OK)
        return CLI_EXIT_USAGE;
    if (cli_common.version) {
        cli_buf_addf(ctx->out, "camtg %s\n", camtg_version());
        return CLI_EXIT_OK;
    }
    int first = 1 + p.next;
    if (first >= argc) {
        if (cli_common.help) {
            cli_help_write(ctx->out, NULL);
            return CLI_EXIT_OK;
        }
        return cli_usage_error(NULL, "no command given");
    }
    const cli_command *cmd = cli_command_find(argv[first]);
    if (!cmd)
        return cli_command_unknown(NULL, argv[first]);
    ctx->command = cmd->name;
    main_cmd = cmd;

    cli_opt_parser q = {0};
    q.ntables = cli_command_tables(cmd, q.tables);
    q.command = cmd->name;
    q.hint = main_hint;
    if (cli_opt_parse(&q, argc - first - 1, argv + first + 1) != CLI_OPT_OK)
        return CLI_EXIT_USAGE;
    if (cli_common.help) {
        cli_help_write(ctx->out, cmd);
        return CLI_EXIT_OK;
    }
    if (cli_opt_check_required(&q) != CLI_OPT_OK)
        return CLI_EXIT_USAGE;
    if (cli_common_apply(cmd, ctx))
        return CLI_EXIT_USAGE;
    ctx->exact = ctx->format != CLI_FORMAT_TABLE;
    return cli_command_run(cmd, ctx);
}

/* Writes what is left and turns output failures into a message and a
 * non-zero status. */
static int main_finish(cli_buf *out, int status)
{
    if (status == CLI_EXIT_OK)
        cli_buf_flush(out);
    if (out->write_errno) {
        cli_error("cannot write the output: %s", strerror(out->write_errno));
        return CLI_EXIT_DATA;
    }
    if (out->failed && status == CLI_EXIT_OK)
        return cli_out_of_memory();
    if (status != CLI_EXIT_OK && out->written > 0)
        cli_error("the output above is incomplete");
    return status;
}

int main(int argc, char **argv)
{
    cli_buf out;
    cli_buf_init(&out);
    cli_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.out = &out;
    ctx.width = cli_terminal_width();
    cli_out_attach(&out, &ctx);
    int status = main_finish(&out, main_run(&ctx, argc, argv));
    cli_buf_free(&out);
    return status;
}
