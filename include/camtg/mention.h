/* SPDX-License-Identifier: MIT */
/**
 * @file camtg/mention.h
 * @brief Where the source text mentions an entity.
 *
 * A mention is a span of a source's text that names an entity, by its name,
 * an alias or a short form ("the five countries"). Datasets of schema
 * version 2 list them on each entity; loading checks each mention exactly
 * as it checks a commitment's quote (the offsets lie in the text, and the
 * text equals the slice they name), and that mentions of two entities
 * never cross. Version 1 datasets have no mentions.
 *
 * Every pointer returned here belongs to the database and stays valid until
 * camtg_close(). A NULL argument is answered with NULL (strings, records),
 * 0 (counts) or -1 (offsets).
 */
#ifndef CAMTG_MENTION_H
#define CAMTG_MENTION_H

#include <stddef.h>

#include <camtg/export.h>
#include <camtg/entity.h>
#include <camtg/source.h>

#ifdef __cplusplus
extern "C" {
#endif

/** One mention of an entity (opaque, owned by its database). */
typedef struct camtg_mention camtg_mention;

/** Number of mentions of @p e, in the order the dataset lists them (text
 *  order for datasets written by the project's tools); 0 when @p e is NULL
 *  or the dataset has none. */
CAMTG_EXPORT size_t camtg_entity_mention_count(const camtg_entity *e);
/** The mention of @p e at @p index, or NULL when @p e is NULL or @p index
 *  is out of range. */
CAMTG_EXPORT const camtg_mention *camtg_entity_mention(const camtg_entity *e, size_t index);

/** The entity mentioned. */
CAMTG_EXPORT const camtg_entity *camtg_mention_entity(const camtg_mention *m);
/** The source whose text holds the mention. */
CAMTG_EXPORT const camtg_source *camtg_mention_source(const camtg_mention *m);
/** The words of the mention, equal to the slice [start, end) of the source
 *  text (NUL-terminated UTF-8). */
CAMTG_EXPORT const char *camtg_mention_text(const camtg_mention *m);
/** Start in code points of the source text (inclusive), or -1 when @p m is NULL. */
CAMTG_EXPORT long camtg_mention_start(const camtg_mention *m);
/** End in code points (exclusive), or -1 when @p m is NULL. */
CAMTG_EXPORT long camtg_mention_end(const camtg_mention *m);
/** Start in bytes of the UTF-8 source text, or -1 when @p m is NULL. */
CAMTG_EXPORT long camtg_mention_byte_start(const camtg_mention *m);
/** End in bytes (exclusive), or -1 when @p m is NULL. */
CAMTG_EXPORT long camtg_mention_byte_end(const camtg_mention *m);

#ifdef __cplusplus
}
#endif

#endif
