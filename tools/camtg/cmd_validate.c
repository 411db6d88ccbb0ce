/* SPDX-License-Identifier: MIT */
/* camtg validate FILE: load a dataset the way every command does and say
 * where the first problem is, in forms editors and CI logs understand. */
#include "cli.h"

static const char *validate_path;

static const cli_opt_spec validate_options[] = {
    {CLI_OPT_ARG, "FILE", 0, &validate_path, NULL, CLI_OPT_REQUIRED, NULL,
     "the dataset to check; - reads standard input"},
    {CLI_OPT_END, NULL, 0, NULL, NULL, 0, NULL, NULL},
};

/* The record kinds the OK line counts, each with its two spellings:
 * "3 sources, 1 entity, ...". */
static const struct {
    const char *one, *many;
    size_t (*count)(const camtg_db *db);
} validate_kinds[] = {
    {"source", "sources", camtg_source_count},
    {"entity", "entities", camtg_entity_count},
    {"meeting", "meetings", camtg_meeting_count},
    {"commitment", "commitments", camtg_commitment_count},
};

/* Runs once the dataset loaded and passed every check (cli_command_run). */
static int validate_run(cli_ctx *ctx, const camtg_db *db)
{
    cli_buf *out = ctx->out;
    cli_buf_addf(out, "%s: OK (", cli_input_name(validate_path));
    for (size_t k = 0; k < sizeof validate_kinds / sizeof validate_kinds[0]; k++) {
        size_t n = validate_kinds[k].count(db);
        cli_buf_addf(out, "%s%zu %s", k ? ", " : "", n,
                     n == 1 ? validate_kinds[k].one : validate_kinds[k].many);
    }
    cli_buf_add(out, ")\n");
    return CLI_EXIT_OK;
}

const cli_command cli_cmd_validate = {
    .name = "validate",
    .summary = "check a dataset file and report the first error",
    .description = "Load FILE as a dataset and check it completely. Prints one line and exits 0\n"
        "when it is valid; otherwise prints the first error on stderr and exits 1:\n"
        "  FILE:LINE:COLUMN: message        for a JSON syntax error\n"
        "  FILE: /json/pointer: message     for a value that breaks the format\n",
    .options = validate_options,
    .flags = 0,
    .input = &validate_path,
    .examples = "camtg validate my-meeting.json\n"
        "generate-dataset | camtg validate -",
    .run = validate_run,
};
