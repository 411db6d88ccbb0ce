/* SPDX-License-Identifier: MIT */
/**
 * @file camtg/followup.h
 * @brief Follow-ups: dated, cited reports of what became of a commitment;
 *        a commitment's status on any date; compliance per party.
 *
 * Follow-ups exist in datasets of schema version 2 (see docs/data-format.md).
 * A version 1 dataset has none: its counts are 0 and its commitments keep
 * the status stored in the file.
 *
 * Every pointer returned here belongs to the database and stays valid until
 * camtg_close(), except the compliance rows, which the caller frees with
 * camtg_compliance_free(). A NULL record argument is answered with NULL
 * (strings, records), 0 (counts), `(size_t)-1` (indexes) or an INVALID enum
 * member.
 */
#ifndef CAMTG_FOLLOWUP_H
#define CAMTG_FOLLOWUP_H

#include <stddef.h>

#include <camtg/export.h>
#include <camtg/commitment.h>
#include <camtg/db.h>
#include <camtg/entity.h>
#include <camtg/error.h>
#include <camtg/vocab.h>

#ifdef __cplusplus
extern "C" {
#endif

/** One follow-up (opaque, owned by its database). */
typedef struct camtg_followup camtg_followup;

/** Number of follow-ups in @p db; 0 when @p db is NULL or has schema version 1. */
CAMTG_EXPORT size_t camtg_followup_count(const camtg_db *db);
/** The follow-up at @p index in file order, or NULL when out of range. */
CAMTG_EXPORT const camtg_followup *camtg_followup_at(const camtg_db *db, size_t index);
/** The follow-up whose id is exactly @p id, or NULL. Never allocates. */
CAMTG_EXPORT const camtg_followup *camtg_followup_lookup(const camtg_db *db, const char *id);
/**
 * Finds the follow-up whose id is exactly @p id.
 * @param[out] out the follow-up on ::CAMTG_OK, NULL otherwise.
 * @param err optional; filled on failure.
 * @return ::CAMTG_OK; ::CAMTG_ENOTFOUND when no follow-up has that id;
 *         ::CAMTG_EINVAL when @p db, @p id or @p out is NULL.
 */
CAMTG_EXPORT int camtg_followup_find(const camtg_db *db, const char *id,
                                     const camtg_followup **out, camtg_error *err);

/** The follow-up's id, unique in its dataset. */
CAMTG_EXPORT const char *camtg_followup_id(const camtg_followup *f);
/** Position of @p f in file order, or `(size_t)-1` when @p f is NULL. */
CAMTG_EXPORT size_t camtg_followup_index(const camtg_followup *f);
/** The commitment the follow-up reports on. */
CAMTG_EXPORT const camtg_commitment *camtg_followup_commitment(const camtg_followup *f);
/** The date as written (`YYYY-MM-DD`): the first day of the period that
 *  camtg_followup_date_precision() names. */
CAMTG_EXPORT const char *camtg_followup_date(const camtg_followup *f);
/** How much of the date is known; ::CAMTG_DATE_PRECISION_INVALID when @p f is NULL. */
CAMTG_EXPORT camtg_date_precision camtg_followup_date_precision(const camtg_followup *f);
/** The last day of the period the date stands for (`2024-07-31` for July
 *  2024): from this day on the follow-up counts for camtg_commitment_status_on(). */
CAMTG_EXPORT const char *camtg_followup_date_end(const camtg_followup *f);
/**
 * The status the follow-up shows for its commitment: ::CAMTG_STATUS_IN_PROGRESS,
 * ::CAMTG_STATUS_FULFILLED or ::CAMTG_STATUS_LAPSED for a pledge;
 * ::CAMTG_STATUS_STATED for a follow-up on a position or an assessment (a
 * restatement, which sets no status). ::CAMTG_STATUS_INVALID when @p f is NULL.
 */
CAMTG_EXPORT camtg_status camtg_followup_status(const camtg_followup *f);
/** A one-line summary in the dataset's own words. */
CAMTG_EXPORT const char *camtg_followup_summary(const camtg_followup *f);

/** @name Citations
 *  The pages that report the follow-up; at least one per follow-up.
 *  An out-of-range @p index gives NULL.
 *  @{ */
/** Number of citations of @p f (at least 1); 0 when @p f is NULL. */
CAMTG_EXPORT size_t camtg_followup_citation_count(const camtg_followup *f);
/** The web address (`http://` or `https://`) of citation @p index. */
CAMTG_EXPORT const char *camtg_followup_citation_url(const camtg_followup *f, size_t index);
/** Who published the page of citation @p index. */
CAMTG_EXPORT const char *camtg_followup_citation_publisher(const camtg_followup *f,
                                                           size_t index);
/** The page's publication date (`YYYY-MM-DD`), or NULL when the page shows none. */
CAMTG_EXPORT const char *camtg_followup_citation_published(const camtg_followup *f,
                                                           size_t index);
/** The page's title, or NULL when not given. */
CAMTG_EXPORT const char *camtg_followup_citation_title(const camtg_followup *f, size_t index);
/** @} */

/** Number of follow-ups on @p c; 0 when @p c is NULL. */
CAMTG_EXPORT size_t camtg_commitment_followup_count(const camtg_commitment *c);
/** Follow-up @p index of @p c in date order (ties in file order), or NULL
 *  when out of range. */
CAMTG_EXPORT const camtg_followup *camtg_commitment_followup(const camtg_commitment *c,
                                                              size_t index);

/**
 * The status of @p c on @p iso_date. A position or an assessment is
 * ::CAMTG_STATUS_STATED. A pledge takes the status of its latest follow-up
 * counted by then (one whose camtg_followup_date_end() is on or before
 * @p iso_date; the last such in date order) and is ::CAMTG_STATUS_PLEDGED
 * when there is none. In a version 1 dataset every commitment keeps its
 * stored status on every date (camtg_commitment_status()).
 *
 * @param iso_date a real calendar day written `YYYY-MM-DD`.
 * @param[out] out the status on ::CAMTG_OK; untouched otherwise.
 * @return ::CAMTG_OK, or ::CAMTG_EINVAL when an argument is NULL or
 *         @p iso_date is not a valid date.
 */
CAMTG_EXPORT int camtg_commitment_status_on(const camtg_commitment *c, const char *iso_date,
                                            camtg_status *out);

/** The date up to which follow-ups were researched (`YYYY-MM-DD`), or NULL
 *  when the dataset does not say (and always for version 1). */
CAMTG_EXPORT const char *camtg_followups_researched(const camtg_db *db);

/** The schema version of the file @p db was loaded from (1 or 2); 0 when
 *  @p db is NULL. */
CAMTG_EXPORT int camtg_db_schema_version(const camtg_db *db);

/**
 * One party's compliance with its pledges on a date, in the manner of the
 * G7 and G20 Research Groups (see docs/compliance.md). Every pledge the
 * party makes as an actor, directly or through a group it belongs to,
 * counts once.
 */
typedef struct camtg_compliance_row {
    const camtg_entity *party; /**< A non-group entity, owned by the database. */
    size_t pledges;            /**< Pledges made on or before the date. */
    size_t fulfilled;          /**< Of those, fulfilled on the date (+1 each). */
    size_t in_progress;        /**< In progress (0 each). */
    size_t pledged_only;       /**< Still only pledged (-1 each). */
    size_t lapsed;             /**< Lapsed (-1 each). */
    double score;              /**< The mean, from -1 to +1. */
} camtg_compliance_row;

/**
 * Scores every party that is an actor of at least one pledge made on or
 * before @p iso_date, one row each, in the file order of the entities.
 * Groups get no row of their own: their pledges count for each member.
 *
 * @param iso_date `YYYY-MM-DD`, or NULL for the research date
 *        (camtg_followups_researched()), or, when the dataset states none,
 *        with every follow-up counted.
 * @param[out] rows a new array the caller frees with camtg_compliance_free();
 *        NULL when there are no rows or on failure. The entity pointers in it
 *        stay owned by @p db.
 * @param[out] count the number of rows (0 on failure).
 * @param err optional; filled on failure.
 * @return ::CAMTG_OK; ::CAMTG_EINVAL when @p db, @p rows or @p count is NULL
 *         or @p iso_date is not a valid date; ::CAMTG_ENOMEM.
 */
CAMTG_EXPORT int camtg_compliance_compute(const camtg_db *db, const char *iso_date,
                                          camtg_compliance_row **rows, size_t *count,
                                          camtg_error *err);
/** Frees rows from camtg_compliance_compute(); NULL is allowed. */
CAMTG_EXPORT void camtg_compliance_free(camtg_compliance_row *rows);

#ifdef __cplusplus
}
#endif

#endif /* CAMTG_FOLLOWUP_H */
