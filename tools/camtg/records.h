/* SPDX-License-Identifier: MIT */
/* The records of a database as Jansson values shaped exactly as the data
 * format (docs/data-format.md, schema versions 1 and 2), keys in the format's order,
 * and the CSV columns taken from them. Used by every listing in json,
 * jsonl and csv, and by the export formats. */
#ifndef CAMTG_CLI_RECORDS_H
#define CAMTG_CLI_RECORDS_H

#include <jansson.h>

#include "cli.h"
#include "listing.h"

/* Each returns a new reference, or NULL when memory ran out (or a string
 * was not valid UTF-8, which the library's loader already excludes). */
json_t *cli_json_source(const camtg_source *s);
json_t *cli_json_entity(const camtg_entity *e);
json_t *cli_json_meeting(const camtg_meeting *m);
/** A commitment; with @p with_quote it also carries a top-level `quote`
 *  (the evidence quote again) for readers who pipe it into jq. */
json_t *cli_json_commitment(const camtg_commitment *c, int with_quote);
/** A follow-up with its citations, as in schema version 2. */
json_t *cli_json_followup(const camtg_followup *f);

/** CSV columns of an entity: id, type, name, aliases, wikidata,
 *  description, country, positions, within, members, date, place. */
extern const cli_csv_column cli_entity_columns[];
/** CSV columns of a commitment: id, meeting, kind, type, cameo, verb,
 *  summary, actors, targets, objects, sectors, status, source, start, end,
 *  quote. */
extern const cli_csv_column cli_commitment_columns[];
/** The same and `followups`: the commitment's follow-ups as "DATE STATUS ID"
 *  items (schema version 2 exports). */
extern const cli_csv_column cli_commitment_timeline_columns[];

/** Key order and plain UTF-8: the flags of all JSON output. */
#define CLI_JSON_PRETTY (JSON_INDENT(2) | JSON_PRESERVE_ORDER)
#define CLI_JSON_LINE (JSON_COMPACT | JSON_PRESERVE_ORDER)

#endif
