/* SPDX-License-Identifier: MIT */
/* camtg compile INPUT OUTPUT: check a dataset as validate does and write it
 * as a compiled snapshot, which every command (--data) and the library open
 * without parsing JSON. */
#include "cli.h"

static const char *compile_input, *compile_output;

static const cli_opt_spec compile_options[] = {
    {CLI_OPT_ARG, "INPUT", 0, &compile_input, NULL, CLI_OPT_REQUIRED, NULL,
     "the dataset to compile, JSON or a snapshot; - reads standard input"},
    {CLI_OPT_ARG, "OUTPUT", 0, &compile_output, NULL, CLI_OPT_REQUIRED, NULL,
     "the snapshot file to write; replaced if it exists"},
    {CLI_OPT_END, NULL, 0, NULL, NULL, 0, NULL, NULL},
};

/* Runs once INPUT loaded and passed every check (cli_command_run). */
static int compile_run(cli_ctx *ctx, const camtg_db *db)
{
    (void)ctx;
    camtg_error err;
    if (camtg_snapshot_write(db, compile_output, &err) < 0) {
        cli_error("%s", err.message);
        return CLI_EXIT_DATA;
    }
    return CLI_EXIT_OK;
}

const cli_command cli_cmd_compile = {
    .name = "compile",
    .summary = "write a dataset as a compiled snapshot that opens without parsing",
    .description = "Load INPUT and check it as validate does, then write it to OUTPUT as a\n"
        "compiled snapshot (docs/snapshot.md). Every command reads a snapshot given to\n"
        "--data, as the library does, recognising it by its first bytes. Errors are\n"
        "reported as validate reports them; exits 1 when INPUT is invalid or OUTPUT\n"
        "cannot be written.\n",
    .options = compile_options,
    .flags = 0,
    .input = &compile_input,
    .examples = "camtg compile my-meeting.json my-meeting.camtg\n"
        "camtg --data my-meeting.camtg summary",
    .run = compile_run,
};
