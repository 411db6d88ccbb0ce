/* camtg: the command line of libcamtg. This file reads the global options,
 * picks the subcommand and prints its output only when it succeeded. */
#include <stdio.h>
#include <string.h>

#include "args.h"
#include "cli.h"
#include "help.h"

static const struct {
    const char *name;
    cli_command_fn run;
    int reads_data;   /* whether --data applies */
} main_commands[] = {
    {"summary", cli_cmd_summary, 1},
    {"entities", cli_cmd_entities, 1},
    {"show", cli_cmd_show, 1},
    {"commitments", cli_cmd_commitments, 1},
    {"export", cli_cmd_export, 1},
    {"validate", cli_cmd_validate, 0},
};

/* Text for people must not let a dataset drive the terminal: C0 and C1
 * control characters (escape sequences, bells, carriage returns) become
 * '?', one column like the character they replace. Line breaks and tabs
 * stay. JSON, CSV and DOT output is left exact. */
static void main_defang(cli_buf *out)
{
    size_t w = 0;
    for (size_t r = 0; r < out->len; r++) {
        unsigned char ch = (unsigned char)out->data[r];
        if ((ch < 0x20 && ch != '\n' && ch != '\t') || ch == 0x7F) {
            out->data[w++] = '?';
        } else if (ch == 0xC2 && r + 1 < out->len &&
                   (unsigned char)out->data[r + 1] >= 0x80 &&
                   (unsigned char)out->data[r + 1] <= 0x9F) {
            out->data[w++] = '?';   /* U+0080..U+009F, two bytes in UTF-8 */
            r++;
        } else {
            out->data[w++] = (char)ch;
        }
    }
    out->len = w;
    if (out->data)
        out->data[w] = '\0';
}

/* Writes the buffered output; a failed write (a full disk, a closed pipe
 * that did not kill us) must not pass for success. */
static int main_flush(const cli_buf *out)
{
    if (out->failed) {
        cli_error("out of memory");
        return CLI_EXIT_DATA;
    }
    if (out->len && fwrite(out->data, 1, out->len, stdout) != out->len) {
        cli_error("cannot write the output");
        return CLI_EXIT_DATA;
    }
    if (fflush(stdout) != 0 || ferror(stdout)) {
        cli_error("cannot write the output");
        return CLI_EXIT_DATA;
    }
    return CLI_EXIT_OK;
}

static int main_help(cli_ctx *ctx, int argc, char **argv)
{
    if (argc > 1)
        return cli_usage_error(ctx, "help takes at most one command");
    const char *text = cli_help(argc == 1 ? argv[0] : NULL);
    if (!text)
        return cli_usage_error(ctx, "unknown command '%s'", argv[0]);
    cli_buf_add(ctx->out, text);
    return CLI_EXIT_OK;
}

static int main_run(cli_ctx *ctx, int argc, char **argv)
{
    int i = 1;
    /* Global options come before the command. */
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *arg = argv[i];
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            cli_buf_add(ctx->out, cli_help(NULL));
            return CLI_EXIT_OK;
        }
        if (strcmp(arg, "--version") == 0) {
            cli_buf_addf(ctx->out, "camtg %s\n", camtg_version());
            return CLI_EXIT_OK;
        }
        if (strcmp(arg, "--data") == 0 || strncmp(arg, "--data=", 7) == 0) {
            const char *value = arg[6] == '=' ? arg + 7 : (i + 1 < argc ? argv[++i] : NULL);
            if (!value || !*value)
                return cli_usage_error(ctx, "option '--data' needs a value");
            if (cli_args_once(ctx, "data", &ctx->data_path, value))
                return CLI_EXIT_USAGE;
            continue;
        }
        return cli_usage_error(ctx, "unknown option '%s'", arg);
    }
    if (i >= argc)
        return cli_usage_error(ctx, "no command given");
    const char *name = argv[i];
    if (strcmp(name, "help") == 0)
        return main_help(ctx, argc - i - 1, argv + i + 1);
    for (size_t k = 0; k < sizeof main_commands / sizeof main_commands[0]; k++) {
        if (strcmp(main_commands[k].name, name) != 0)
            continue;
        ctx->command = name;
        if (ctx->data_path && !main_commands[k].reads_data)
            return cli_usage_error(ctx, "--data does not apply; give the file as argument");
        return main_commands[k].run(ctx, argc - i - 1, argv + i + 1);
    }
    return cli_usage_error(ctx, "unknown command '%s'", name);
}

int main(int argc, char **argv)
{
    cli_buf out;
    cli_buf_init(&out);
    cli_ctx ctx = {NULL, NULL, &out, cli_terminal_width(), 0};
    int status = main_run(&ctx, argc, argv);
    if (status == CLI_EXIT_OK && !ctx.exact)
        main_defang(&out);
    if (status == CLI_EXIT_OK)
        status = main_flush(&out);
    cli_buf_free(&out);
    return status;
}
