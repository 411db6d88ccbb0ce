/* SPDX-License-Identifier: MIT */
/* The formats of `camtg export`, as one table of {name, writer}: adding a
 * format is one row in cli_export_formats[] (cmd_export.c) and one file
 * with its writer (export_NAME.c, declared here), plus its paragraph in
 * the man page. */
#ifndef CAMTG_CLI_EXPORTERS_H
#define CAMTG_CLI_EXPORTERS_H

#include <jansson.h>

#include "cli.h"

/** One export format. */
typedef struct cli_export_format {
    const char *name;   /**< The word after --format. */
    const char *help;   /**< What it writes, for `camtg export --help`;
                             lines joined by '\n'. */
    /** Writes the whole of @p db to ctx->out.
     *  @return 0, or -1 after reporting a failure. */
    int (*write)(cli_ctx *ctx, const camtg_db *db);
    /** Writes a folder of files (given with -o DIR) rather than a stream
     *  (which -o FILE redirects into a file). */
    int to_folder;
} cli_export_format;

/** The value of export's -o/--output, or NULL. */
extern const char *cli_export_output;

/** Every format, in the order --help lists them; ends with a NULL name. */
extern const cli_export_format cli_export_formats[];

/** One dataset document, as `camtg validate` and --data read it. */
int cli_export_json(cli_ctx *ctx, const camtg_db *db);
/** The same document as one Jansson value, for the writers that work on
 *  the whole dataset (html, brat, webanno, plover): a section added to
 *  export_json.c reaches them too. A new reference, or NULL when memory
 *  ran out. */
json_t *cli_export_document(const camtg_db *db);
/** One record per line, each with a "record" field naming its kind. */
int cli_export_jsonl(cli_ctx *ctx, const camtg_db *db);
/** One row per commitment (the columns of `commitments --format csv`). */
int cli_export_csv(cli_ctx *ctx, const camtg_db *db);
/** A Graphviz digraph of the parties and their commitments. */
int cli_export_dot(cli_ctx *ctx, const camtg_db *db);

/** brat standoff: NAME.txt and NAME.ann per source in the folder -o DIR. */
int cli_export_brat(cli_ctx *ctx, const camtg_db *db);
/** W3C Web Annotation JSON-LD: one annotation per mention and commitment. */
int cli_export_webanno(cli_ctx *ctx, const camtg_db *db);
/** PLOVER event records, one JSON object per line per commitment. */
int cli_export_plover(cli_ctx *ctx, const camtg_db *db);

#endif
