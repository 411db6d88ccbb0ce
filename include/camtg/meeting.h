/* SPDX-License-Identifier: MIT */
/**
 * @file camtg/meeting.h
 * @brief Meetings: who met, where, when, reported by which source.
 *
 * Every pointer returned here belongs to the database and stays valid until
 * camtg_close(). A NULL record argument is answered with NULL or 0.
 */
#ifndef CAMTG_MEETING_H
#define CAMTG_MEETING_H

#include <stddef.h>

#include <camtg/export.h>
#include <camtg/db.h>
#include <camtg/entity.h>
#include <camtg/source.h>

#ifdef __cplusplus
extern "C" {
#endif

/** One meeting (opaque, owned by its database). */
typedef struct camtg_meeting camtg_meeting;

/** Number of meetings in @p db; 0 when @p db is NULL. */
CAMTG_EXPORT size_t camtg_meeting_count(const camtg_db *db);
/** The meeting at @p index in file order, or NULL when out of range. */
CAMTG_EXPORT const camtg_meeting *camtg_meeting_at(const camtg_db *db, size_t index);
/**
 * Finds the meeting whose id is exactly @p id.
 * @param[out] out receives the meeting on ::CAMTG_OK, NULL otherwise.
 * @param[out] err optional; filled on failure (the message names @p id).
 * @return ::CAMTG_OK; ::CAMTG_ENOTFOUND when no meeting has that id;
 *         ::CAMTG_EINVAL when @p db, @p id or @p out is NULL.
 */
CAMTG_EXPORT int camtg_meeting_find(const camtg_db *db, const char *id,
                                    const camtg_meeting **out, camtg_error *err);
/** camtg_meeting_find() without the reason: the meeting, or NULL when there
 *  is none or an argument is NULL. */
CAMTG_EXPORT const camtg_meeting *camtg_meeting_lookup(const camtg_db *db, const char *id);

/** The meeting's id, unique among the meetings of its database; NULL when @p m is NULL. */
CAMTG_EXPORT const char *camtg_meeting_id(const camtg_meeting *m);
/** The meeting's title as the dataset gives it; NULL when @p m is NULL. */
CAMTG_EXPORT const char *camtg_meeting_title(const camtg_meeting *m);
/** The date as `YYYY-MM-DD`. */
CAMTG_EXPORT const char *camtg_meeting_date(const camtg_meeting *m);
/** Where the meeting took place (an entity, usually a place). */
CAMTG_EXPORT const camtg_entity *camtg_meeting_place(const camtg_meeting *m);
/** Who hosted it. */
CAMTG_EXPORT const camtg_entity *camtg_meeting_host(const camtg_meeting *m);
/** The format in the source's words, e.g. `separate talks`. */
CAMTG_EXPORT const char *camtg_meeting_format(const camtg_meeting *m);
/** The source that reports the meeting. */
CAMTG_EXPORT const camtg_source *camtg_meeting_source(const camtg_meeting *m);
/** The event the meeting was held for, or NULL when not given. */
CAMTG_EXPORT const camtg_entity *camtg_meeting_context(const camtg_meeting *m);
/** Number of participants (the host not counted unless listed). */
CAMTG_EXPORT size_t camtg_meeting_participant_count(const camtg_meeting *m);
/** Participant @p index in file order, or NULL when out of range. */
CAMTG_EXPORT const camtg_entity *camtg_meeting_participant(const camtg_meeting *m, size_t index);
/** Number of commitments made at the meeting. */
CAMTG_EXPORT size_t camtg_meeting_commitment_count(const camtg_meeting *m);
/** Position of @p m in file order (the index for camtg_meeting_at()), or
 *  `(size_t)-1` when @p m is NULL. */
CAMTG_EXPORT size_t camtg_meeting_index(const camtg_meeting *m);

#ifdef __cplusplus
}
#endif

#endif /* CAMTG_MEETING_H */
