/* SPDX-License-Identifier: MIT */
/**
 * @file camtg/commitment.h
 * @brief Commitments (pledges, positions, assessments) and the query that
 *        filters them.
 *
 * Every pointer returned here belongs to the database and stays valid until
 * camtg_close(). A NULL record argument is answered with NULL (strings,
 * records), 0 (counts), -1 (offsets) or the vocabulary's `_INVALID` member
 * (enum values).
 */
#ifndef CAMTG_COMMITMENT_H
#define CAMTG_COMMITMENT_H

#include <stddef.h>

#include <camtg/export.h>
#include <camtg/db.h>
#include <camtg/entity.h>
#include <camtg/meeting.h>
#include <camtg/source.h>
#include <camtg/vocab.h>

#ifdef __cplusplus
extern "C" {
#endif

/** One commitment (opaque, owned by its database). */
typedef struct camtg_commitment camtg_commitment;

/** Number of commitments in @p db; 0 when @p db is NULL. */
CAMTG_EXPORT size_t camtg_commitment_count(const camtg_db *db);
/** The commitment at @p index in file order, or NULL when out of range. */
CAMTG_EXPORT const camtg_commitment *camtg_commitment_at(const camtg_db *db, size_t index);
/**
 * Finds the commitment whose id is exactly @p id.
 * @param[out] out receives the commitment on ::CAMTG_OK, NULL otherwise.
 * @param[out] err optional; filled on failure (the message names @p id).
 * @return ::CAMTG_OK; ::CAMTG_ENOTFOUND when no commitment has that id;
 *         ::CAMTG_EINVAL when @p db, @p id or @p out is NULL.
 */
CAMTG_EXPORT int camtg_commitment_find(const camtg_db *db, const char *id,
                                       const camtg_commitment **out, camtg_error *err);
/** camtg_commitment_find() without the reason: the commitment, or NULL
 *  when there is none or an argument is NULL. */
CAMTG_EXPORT const camtg_commitment *camtg_commitment_lookup(const camtg_db *db, const char *id);

/** The commitment's id, unique among the commitments of its database; NULL when @p c is NULL. */
CAMTG_EXPORT const char *camtg_commitment_id(const camtg_commitment *c);
/** The meeting where the commitment was made. */
CAMTG_EXPORT const camtg_meeting *camtg_commitment_meeting(const camtg_commitment *c);
/** The kind, or ::CAMTG_KIND_INVALID when @p c is NULL. */
CAMTG_EXPORT camtg_kind camtg_commitment_kind(const camtg_commitment *c);
/** The PLOVER event type, or ::CAMTG_PLOVER_INVALID when @p c is NULL. */
CAMTG_EXPORT camtg_plover camtg_commitment_type(const camtg_commitment *c);
/** The CAMEO event code as given (`"057"`), or NULL when not given. */
CAMTG_EXPORT const char *camtg_commitment_cameo(const camtg_commitment *c);
/** The verb of the commitment in the source's words (`support`). */
CAMTG_EXPORT const char *camtg_commitment_verb(const camtg_commitment *c);
/** A one-line summary written by the coder. */
CAMTG_EXPORT const char *camtg_commitment_summary(const camtg_commitment *c);
/** The status, or ::CAMTG_STATUS_INVALID when @p c is NULL. */
CAMTG_EXPORT camtg_status camtg_commitment_status(const camtg_commitment *c);

/** Number of actors: who commits or states. */
CAMTG_EXPORT size_t camtg_commitment_actor_count(const camtg_commitment *c);
/** Actor @p index in file order, or NULL when out of range. */
CAMTG_EXPORT const camtg_entity *camtg_commitment_actor(const camtg_commitment *c, size_t index);
/** Number of targets: whom the commitment is towards or with. */
CAMTG_EXPORT size_t camtg_commitment_target_count(const camtg_commitment *c);
/** Target @p index in file order, or NULL when out of range. */
CAMTG_EXPORT const camtg_entity *camtg_commitment_target(const camtg_commitment *c, size_t index);
/** Number of objects: other entities acted on (a project, an initiative). */
CAMTG_EXPORT size_t camtg_commitment_object_count(const camtg_commitment *c);
/** Object @p index in file order, or NULL when out of range. */
CAMTG_EXPORT const camtg_entity *camtg_commitment_object(const camtg_commitment *c, size_t index);
/** Number of sectors. */
CAMTG_EXPORT size_t camtg_commitment_sector_count(const camtg_commitment *c);
/** Sector @p index in file order, or ::CAMTG_SECTOR_INVALID when @p c is
 *  NULL or @p index is out of range. */
CAMTG_EXPORT camtg_sector camtg_commitment_sector(const camtg_commitment *c, size_t index);
/** The sectors as a mask of CAMTG_BIT(sector); 0 when @p c is NULL. */
CAMTG_EXPORT unsigned camtg_commitment_sector_mask(const camtg_commitment *c);

/** @name Evidence
 *  The exact words of the source that carry the commitment.
 *  @{ */
/** The source quoted. */
CAMTG_EXPORT const camtg_source *camtg_commitment_source(const camtg_commitment *c);
/** The quote, equal to the slice [start, end) of the source text. */
CAMTG_EXPORT const char *camtg_commitment_quote(const camtg_commitment *c);
/** Start of the quote in code points (inclusive), or -1 when @p c is NULL. */
CAMTG_EXPORT long camtg_commitment_start(const camtg_commitment *c);
/** End of the quote in code points (exclusive), or -1 when @p c is NULL. */
CAMTG_EXPORT long camtg_commitment_end(const camtg_commitment *c);
/** Start of the quote in bytes of the UTF-8 text, or -1 when @p c is NULL. */
CAMTG_EXPORT long camtg_commitment_byte_start(const camtg_commitment *c);
/** End of the quote in bytes (exclusive), or -1 when @p c is NULL. */
CAMTG_EXPORT long camtg_commitment_byte_end(const camtg_commitment *c);
/** @} */

/** Position of @p c in file order (the index for camtg_commitment_at()), or
 *  `(size_t)-1` when @p c is NULL. */
CAMTG_EXPORT size_t camtg_commitment_index(const camtg_commitment *c);

/** Version of the ::camtg_filter layout this header describes; stored in
 *  camtg_filter::version. Later versions only append fields. */
#define CAMTG_FILTER_VERSION 1

/**
 * Which commitments a query returns. Every criterion that is set must hold
 * (AND); an unset criterion (NULL pointer, zero mask) matches everything.
 * Initialise with ::CAMTG_FILTER_INIT or camtg_filter_init() so that fields
 * added in later versions start unset.
 *
 * An entity criterion also matches through groups: `actor = KAZ` matches a
 * commitment whose actors include Kazakhstan or any group Kazakhstan belongs
 * to (directly or through nested groups).
 *
 * A NULL entity or meeting means "any": a failed camtg_entity_lookup()
 * stored here selects every commitment. Get criteria with the `_find`
 * functions, which report a miss as ::CAMTG_ENOTFOUND.
 */
typedef struct camtg_filter {
    unsigned int version;            /**< The layout version the caller was compiled with: ::CAMTG_FILTER_VERSION. */
    const camtg_entity *involving;   /**< Among the actors or the targets. */
    const camtg_entity *actor;       /**< Among the actors. */
    const camtg_entity *target;      /**< Among the targets. */
    const camtg_meeting *meeting;    /**< Made at this meeting. */
    unsigned int sectors;            /**< Mask of CAMTG_BIT(::camtg_sector): has any of these sectors. */
    unsigned int types;              /**< Mask of CAMTG_BIT(::camtg_plover): is one of these types. */
    unsigned int kinds;              /**< Mask of CAMTG_BIT(::camtg_kind): is one of these kinds. */
} camtg_filter;

/** A static initialiser for a filter that matches every commitment. */
#define CAMTG_FILTER_INIT { CAMTG_FILTER_VERSION, NULL, NULL, NULL, NULL, 0u, 0u, 0u }

/**
 * Resets @p filter to match every commitment, writing only the fields that
 * layout @p version has, so that a program built against an older header
 * can call a newer library safely. Pass ::CAMTG_FILTER_VERSION:
 *
 * @code
 * camtg_filter f;
 * camtg_filter_init(&f, CAMTG_FILTER_VERSION);
 * @endcode
 *
 * @return ::CAMTG_OK; ::CAMTG_EINVAL when @p filter is NULL or @p version
 *         is 0 or newer than this library knows (@p filter is then left
 *         untouched).
 */
CAMTG_EXPORT int camtg_filter_init(camtg_filter *filter, unsigned int version);

/**
 * Whether one commitment satisfies @p filter. A filter of an older layout
 * version is read only as far as that layout goes.
 * @return 1 when it does, 0 when it does not, ::CAMTG_EINVAL when an
 *         argument is NULL, the filter's version is unknown, a mask has a
 *         bit outside its vocabulary, or a filter pointer belongs to
 *         another database than @p c.
 */
CAMTG_EXPORT int camtg_filter_matches(const camtg_filter *filter, const camtg_commitment *c);

/**
 * Steps through the commitments of @p db that satisfy @p filter, in file
 * order. Start with `*cursor == 0` and call until the result is not
 * ::CAMTG_OK; keep @p filter unchanged between calls. Each call costs in
 * proportion to the commitments of the most selective entity or meeting
 * criterion, not to the size of the database.
 *
 * @code
 * size_t cursor = 0;
 * const camtg_commitment *c;
 * while (camtg_query_next(db, &filter, &cursor, &c) == CAMTG_OK)
 *     puts(camtg_commitment_summary(c));
 * @endcode
 *
 * @param filter the criteria, or NULL for every commitment. Entity and
 *        meeting pointers must come from @p db.
 * @param[in,out] cursor the position, opaque to the caller.
 * @param[out] out the next match on ::CAMTG_OK, NULL otherwise.
 * @return ::CAMTG_OK with a match; ::CAMTG_ITEROVER when there are no more;
 *         ::CAMTG_EINVAL when @p db, @p cursor or @p out is NULL, the filter
 *         version is unknown, a mask has a bit outside its vocabulary, or a
 *         filter pointer belongs to another database.
 */
CAMTG_EXPORT int camtg_query_next(const camtg_db *db, const camtg_filter *filter,
                                  size_t *cursor, const camtg_commitment **out);

#ifdef __cplusplus
}
#endif

#endif /* CAMTG_COMMITMENT_H */
