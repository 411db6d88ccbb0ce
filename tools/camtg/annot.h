/* SPDX-License-Identifier: MIT */
/* What the annotation exports (brat, webanno, plover) share: the dataset
 * document of cli_export_document(), indexed by id; entity mentions in
 * either shape the format gives them (a top-level "mentions" list, or a
 * "mentions" list on each entity); and slices of a source text by code
 * point, the unit of every offset in the data. */
#ifndef CAMTG_CLI_ANNOT_H
#define CAMTG_CLI_ANNOT_H

#include <stddef.h>

#include <jansson.h>

#include "buf.h"

/** The records of one top-level list of @p doc by id: an object whose
 *  values are borrowed from @p doc. A new reference, or NULL (no memory). */
json_t *cli_annot_index(json_t *doc, const char *list);

/** Every mention of @p doc as objects {entity, source, start, end, text},
 *  entity-attached ones after the top-level ones. A new array, or NULL. */
json_t *cli_annot_mentions(json_t *doc);

/** Which mention of @p mentions (cli_annot_mentions()) names @p entity in
 *  @p source nearest to the span [start, end): one that overlaps it, else
 *  the closest, the first of equals. With @p usable, only mentions i with
 *  usable[i] != 0 count. @return its index, or (size_t)-1 when none. */
size_t cli_annot_nearest(json_t *mentions, const char *source, const char *entity, long start,
                         long end, const unsigned *usable);

/** A text with the byte offset of every code point. */
typedef struct cli_annot_text {
    const char *text;   /**< The UTF-8 text (borrowed). */
    size_t nchars;      /**< Code points. */
    size_t *byte;       /**< nchars + 1 byte offsets; byte[nchars] = length. */
} cli_annot_text;

/** Indexes the @p len bytes of @p text. @return 0, or -1 when memory ran
 *  out. */
int cli_annot_text_init(cli_annot_text *t, const char *text, size_t len);
void cli_annot_text_free(cli_annot_text *t);
/** Code point offsets @p start and @p end kept inside the text and in
 *  order: *s and *e lie in [0, nchars] with *s <= *e. */
void cli_annot_clamp(const cli_annot_text *t, long start, long end, size_t *s, size_t *e);
/** The code points [start, end) as a new JSON string (clamped to the
 *  text); NULL when memory ran out. */
json_t *cli_annot_slice(const cli_annot_text *t, long start, long end);
/** Code point @p i (0 <= i < nchars) as a scalar value. */
unsigned long cli_annot_char(const cli_annot_text *t, size_t i);

/** The integer member @p key of @p obj, or -1. */
long cli_annot_int(json_t *obj, const char *key);
/** The string member @p key of @p obj, or NULL. */
const char *cli_annot_str(json_t *obj, const char *key);

#endif
