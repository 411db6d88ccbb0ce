/* SPDX-License-Identifier: MIT */
/**
 * @file camtg/source.h
 * @brief Sources: the documents whose text the evidence of commitments quotes.
 *
 * Every pointer returned here belongs to the database that the source came
 * from and stays valid until camtg_close(). A NULL record argument is
 * answered with NULL (strings, records) or 0 (counts, lengths).
 */
#ifndef CAMTG_SOURCE_H
#define CAMTG_SOURCE_H

#include <stddef.h>

#include <camtg/export.h>
#include <camtg/db.h>

#ifdef __cplusplus
extern "C" {
#endif

/** One source document (opaque, owned by its database). */
typedef struct camtg_source camtg_source;

/** Number of sources in @p db; 0 when @p db is NULL. */
CAMTG_EXPORT size_t camtg_source_count(const camtg_db *db);

/** The source at @p index in file order, or NULL when @p db is NULL or
 *  @p index >= camtg_source_count(). */
CAMTG_EXPORT const camtg_source *camtg_source_at(const camtg_db *db, size_t index);

/**
 * Finds the source whose id is exactly @p id.
 * @param[out] out receives the source on ::CAMTG_OK, NULL otherwise.
 * @param[out] err optional; filled on failure (the message names @p id).
 * @return ::CAMTG_OK; ::CAMTG_ENOTFOUND when no source has that id;
 *         ::CAMTG_EINVAL when @p db, @p id or @p out is NULL.
 */
CAMTG_EXPORT int camtg_source_find(const camtg_db *db, const char *id,
                                   const camtg_source **out, camtg_error *err);

/** camtg_source_find() without the reason: the source, or NULL when there
 *  is none or an argument is NULL. */
CAMTG_EXPORT const camtg_source *camtg_source_lookup(const camtg_db *db, const char *id);

/** @name Source fields
 *  UTF-8 strings as stored in the dataset. `url` is NULL when the dataset
 *  gives none; every other field is always present.
 *  @{ */
CAMTG_EXPORT const char *camtg_source_id(const camtg_source *s);
CAMTG_EXPORT const char *camtg_source_title(const camtg_source *s);
CAMTG_EXPORT const char *camtg_source_publisher(const camtg_source *s);
/** Publication date as `YYYY-MM-DD` (checked to be a real calendar date). */
CAMTG_EXPORT const char *camtg_source_published(const camtg_source *s);
CAMTG_EXPORT const char *camtg_source_dateline(const camtg_source *s);
/** Language tag such as `en`. */
CAMTG_EXPORT const char *camtg_source_language(const camtg_source *s);
CAMTG_EXPORT const char *camtg_source_url(const camtg_source *s);
/** The full text that evidence offsets point into, NUL-terminated. */
CAMTG_EXPORT const char *camtg_source_text(const camtg_source *s);
/** @} */

/** Length of the text in bytes (UTF-8), without the terminating NUL. */
CAMTG_EXPORT size_t camtg_source_text_bytes(const camtg_source *s);

/** Length of the text in Unicode code points: the unit of evidence offsets. */
CAMTG_EXPORT size_t camtg_source_text_chars(const camtg_source *s);

/** Position of @p s in file order (the index for camtg_source_at()), or
 *  `(size_t)-1` when @p s is NULL. */
CAMTG_EXPORT size_t camtg_source_index(const camtg_source *s);

#ifdef __cplusplus
}
#endif

#endif /* CAMTG_SOURCE_H */
