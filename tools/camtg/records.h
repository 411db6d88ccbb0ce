/* The records of a database as Jansson values shaped exactly as the data
 * format (CONTRACT §1, schema version 1), keys in the format's order. Used
 * by --json output and by every export format that writes JSON. */
#ifndef CAMTG_CLI_RECORDS_H
#define CAMTG_CLI_RECORDS_H

#include <jansson.h>

#include "cli.h"

/* Each returns a new reference, or NULL when memory ran out (or a string
 * was not valid UTF-8, which the library's loader already excludes). */
json_t *cli_json_source(const camtg_source *s);
json_t *cli_json_entity(const camtg_entity *e);
json_t *cli_json_meeting(const camtg_meeting *m);
/** A commitment; with @p with_quote it also carries a top-level `quote`
 *  (the evidence quote again) for readers who pipe it into jq. */
json_t *cli_json_commitment(const camtg_commitment *c, int with_quote);

/** The whole database as one dataset document. */
json_t *cli_json_dataset(const camtg_db *db);

/**
 * Appends @p value (stolen: it is freed here) serialised with Jansson
 * @p flags, then a newline.
 * @return 0, or -1 when @p value is NULL or serialising failed (reported).
 */
int cli_json_emit(cli_buf *out, json_t *value, size_t flags);

/** Key order and plain UTF-8: the flags of all JSON output. */
#define CLI_JSON_PRETTY (JSON_INDENT(2) | JSON_PRESERVE_ORDER)
#define CLI_JSON_LINE (JSON_COMPACT | JSON_PRESERVE_ORDER)

#endif
