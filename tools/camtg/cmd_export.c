/* SPDX-License-Identifier: MIT */
/* camtg export --format F: the whole dataset on stdout, in one of the
 * formats of cli_export_formats[]. */
#include <string.h>

#include "exporters.h"
#include "file_out.h"
#include "suggest.h"

const cli_export_format cli_export_formats[] = {
    {"json", "one dataset document that 'camtg validate' accepts and\n"
             "--data reads", cli_export_json, 0},
    {"jsonl", "one record per line, each with a \"record\" field naming its\n"
              "kind (dataset, source, entity, meeting, commitment, followup)", cli_export_jsonl,
     0},
    {"csv", "one row per commitment with a header row (RFC 4180), as\n"
            "'camtg commitments --format csv' writes it; schema version 2\n"
            "adds a followups column (\"DATE STATUS ID\" items)", cli_export_csv, 0},
    {"dot", "a Graphviz graph: countries and groups as nodes, commitments\n"
            "as edges labelled by verb and coloured by sector", cli_export_dot, 0},
    {"brat", "brat standoff annotations: NAME.txt and NAME.ann for each\n"
             "source, in the folder given with -o DIR", cli_export_brat, 1},
    {"webanno", "W3C Web Annotation JSON-LD: one annotation per entity mention\n"
                "and per commitment, with text quote and position selectors",
     cli_export_webanno, 0},
    {"plover", "PLOVER event records, one JSON object per line per commitment", cli_export_plover,
     0},
    {NULL, NULL, NULL, 0},
};

static const char *export_format;
const char *cli_export_output;

static const cli_opt_spec export_options[] = {
    {CLI_OPT_VALUE, "format", 0, &export_format, NULL, 0, "FMT",
     "the format (required; see Formats below)"},
    {CLI_OPT_VALUE, "output", 'o', &cli_export_output, NULL, 0, "PATH",
     "write to the file PATH instead of stdout (for brat:\nthe folder to write the files in)"},
    {CLI_OPT_END, NULL, 0, NULL, NULL, 0, NULL, NULL},
};

static const cli_export_format *export_find(const char *name)
{
    for (const cli_export_format *f = cli_export_formats; f->name; f++)
        if (strcmp(f->name, name) == 0)
            return f;
    return NULL;
}

/* "json, jsonl, csv or dot" */
static void export_names(cli_buf *out)
{
    for (const cli_export_format *f = cli_export_formats; f->name; f++)
        cli_buf_addf(out, "%s%s", f == cli_export_formats ? "" : f[1].name ? ", " : " or ",
                     f->name);
}

static int export_usage(const char *what)
{
    cli_buf names;
    cli_buf_init(&names);
    export_names(&names);
    const char *list[32];
    size_t n = 0;
    for (const cli_export_format *f = cli_export_formats; f->name && n < 32; f++)
        list[n++] = f->name;
    const char *near = what ? cli_suggest(what, list, n) : NULL;
    if (!what)
        cli_usage_error("export", "missing --format (%s)", cli_buf_str(&names));
    else if (near)
        cli_usage_error("export", "unknown format '%s' (%s); did you mean '%s'?", what,
                        cli_buf_str(&names), near);
    else
        cli_usage_error("export", "unknown format '%s' (%s)", what, cli_buf_str(&names));
    cli_buf_free(&names);
    return CLI_EXIT_USAGE;
}

/* The format asked for (set by export_check()). */
static const cli_export_format *export_chosen;

static int export_check(cli_ctx *ctx)
{
    (void)ctx;
    const cli_export_format *format = export_format ? export_find(export_format) : NULL;
    if (!format)
        return export_usage(export_format);
    if (format->to_folder && !cli_export_output)
        return cli_usage_error("export", "--format %s writes a folder: give it with -o DIR",
                               format->name);
    export_chosen = format;
    return CLI_EXIT_OK;
}

static int export_run(cli_ctx *ctx, const camtg_db *db)
{
    const cli_export_format *format = export_chosen;
    ctx->exact = 1;
    /* brat takes -o as the folder it writes its files in */
    const char *file = format->to_folder ? NULL : cli_export_output;
    return cli_file_output(ctx, file, format->write, db) ? CLI_EXIT_DATA : CLI_EXIT_OK;
}

/* The Formats section of --help, from the table. */
static void export_help(cli_buf *out)
{
    cli_buf_add(out, "\nFormats:\n");
    for (const cli_export_format *f = cli_export_formats; f->name; f++) {
        cli_buf_addf(out, "  %-8s", f->name);
        for (const char *line = f->help; *line;) {
            size_t len = strcspn(line, "\n");
            if (line != f->help)
                cli_buf_pad(out, 10);
            cli_buf_addn(out, line, len);
            cli_buf_addc(out, '\n');
            line += len + (line[len] == '\n');
        }
    }
}

const cli_command cli_cmd_export = {
    .name = "export",
    .summary = "write the whole dataset as json, jsonl, csv or dot (Graphviz)",
    .description = "Write the whole dataset to stdout in the format given.\n",
    .options = export_options,
    .flags = CLI_CMD_DATA | CLI_CMD_CSV,
    .examples = "camtg export --format json > dataset.json\n"
        "camtg export --format dot | dot -Tsvg > graph.svg",
    .check = export_check,
    .run = export_run,
    .help_extra = export_help,
};
