/* SPDX-License-Identifier: MIT */
/* A listing in the formats for programs (--format json, jsonl, csv),
 * written record by record as the command walks the database, so that
 * memory holds one record at a time:
 *
 *   cli_listing l;
 *   cli_listing_begin(&l, ctx, cli_entity_columns, NULL);
 *   for (...) cli_listing_add(&l, cli_json_entity(e));
 *   return cli_listing_end(&l);
 *
 * Each record is a JSON object (records.h). json writes an array of them,
 * jsonl one per line, csv one row each: a column is named by a JSON
 * Pointer into the record; a list becomes its items joined by ';', a
 * number stays a number, an absent value an empty field. */
#ifndef CAMTG_CLI_LISTING_H
#define CAMTG_CLI_LISTING_H

#include <jansson.h>

#include "cli.h"

/** Appends serialised JSON @p json with U+2028 and U+2029 written as
 *  \u2028 and \u2029 (the same string to a JSON reader), so that a reader
 *  that cuts lines the way Python's splitlines() or a JavaScript parser
 *  does keeps each record whole. Every JSON line the program writes goes
 *  through it. */
void cli_json_add_line(cli_buf *out, const char *json);

/** One CSV column; a table of them ends with a NULL name. */
typedef struct cli_csv_column {
    const char *name;     /**< Header cell. */
    const char *pointer;  /**< Where in the record: "/id", "/evidence/quote". */
} cli_csv_column;

/** A listing being written. */
typedef struct cli_listing {
    cli_ctx *ctx;
    cli_format format;                 /**< json, jsonl or csv. */
    const cli_csv_column *columns[2];  /**< CSV columns: a table, then more. */
    size_t count;                      /**< Records written. */
    size_t level;                      /**< JSON nesting of the array. */
    int failed;                        /**< A record could not be written. */
} cli_listing;

/** Starts a listing in ctx->format (not CLI_FORMAT_TABLE). @p more adds
 *  columns after @p columns (NULL for none). */
void cli_listing_begin(cli_listing *l, cli_ctx *ctx, const cli_csv_column *columns,
                       const cli_csv_column *more);
/** The same in @p format, whatever ctx->format says (export's formats). */
void cli_listing_begin_as(cli_listing *l, cli_ctx *ctx, cli_format format,
                          const cli_csv_column *columns, const cli_csv_column *more);
/** Starts a JSON array (whatever ctx->format says) nested @p level objects deep, for a listing inside
 *  a document the caller writes around it (`show`'s "commitments"). */
void cli_listing_begin_nested(cli_listing *l, cli_ctx *ctx, size_t level);
/** Writes @p record (stolen; NULL means memory ran out).
 *  @return 0, or -1 after reporting (later records are then skipped). */
int cli_listing_add(cli_listing *l, json_t *record);
/** Ends the listing. @return an exit status. */
int cli_listing_end(cli_listing *l);

/**
 * Appends @p value (stolen) as indented JSON whose continuation lines are
 * indented @p level steps further, without a final newline.
 * @return 0, or -1 after reporting (NULL @p value: out of memory).
 */
int cli_json_write(cli_buf *out, json_t *value, size_t level);

#endif
