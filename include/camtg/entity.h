/* SPDX-License-Identifier: MIT */
/**
 * @file camtg/entity.h
 * @brief Entities: the countries, people, places, groups and things a
 *        meeting involves.
 *
 * Every pointer returned here belongs to the database and stays valid until
 * camtg_close(). A NULL record argument is answered with NULL (strings,
 * records), 0 (counts) or the vocabulary's `_INVALID` member (enum values). Fields that apply to
 * another entity type, or that the dataset leaves out, read as NULL or 0.
 */
#ifndef CAMTG_ENTITY_H
#define CAMTG_ENTITY_H

#include <stddef.h>

#include <camtg/export.h>
#include <camtg/db.h>
#include <camtg/vocab.h>

#ifdef __cplusplus
extern "C" {
#endif

/** One entity (opaque, owned by its database). */
typedef struct camtg_entity camtg_entity;

/** Number of entities in @p db; 0 when @p db is NULL. */
CAMTG_EXPORT size_t camtg_entity_count(const camtg_db *db);

/** The entity at @p index in file order, or NULL when out of range. */
CAMTG_EXPORT const camtg_entity *camtg_entity_at(const camtg_db *db, size_t index);

/**
 * Finds an entity by id, name or alias, ignoring case in every script and
 * the Unicode normal form: @p key and the stored keys are compared after
 * full case folding and NFC normalisation (utf8proc), so `казахстан` finds
 * `Казахстан`, `HÄMEENLINNA` finds `Hämeenlinna`, and a decomposed
 * `Tu\u0308rkmenistan` finds `Türkmenistan`. Surrounding white space in
 * @p key is not ignored; a key that is not UTF-8 matches nothing.
 *
 * When several entities answer to @p key, the first rule that matches wins:
 * an exact id (byte for byte), then an id ignoring case, then a name, then
 * an alias; within one rule the entity that comes first in the file wins.
 * The cost does not depend on the size of the database, and the call
 * allocates nothing.
 *
 * @param[out] out receives the entity on ::CAMTG_OK, NULL otherwise.
 * @param[out] err optional; filled on failure (the message names @p key).
 * @return ::CAMTG_OK; ::CAMTG_ENOTFOUND when no entity answers to @p key;
 *         ::CAMTG_EINVAL when @p db, @p key or @p out is NULL.
 */
CAMTG_EXPORT int camtg_entity_find(const camtg_db *db, const char *key,
                                   const camtg_entity **out, camtg_error *err);

/**
 * Finds an entity by id, name or alias as camtg_entity_find() does, for
 * callers that need not tell a miss from misuse.
 * Beware: a NULL entity in a ::camtg_filter means "any entity", so check the
 * result before putting it into a filter (or use camtg_entity_find()).
 * @return the entity, or NULL when nothing matches or an argument is NULL.
 *         Never allocates.
 */
CAMTG_EXPORT const camtg_entity *camtg_entity_lookup(const camtg_db *db, const char *key);

/** The entity's unique id, e.g. `KAZ`. */
CAMTG_EXPORT const char *camtg_entity_id(const camtg_entity *e);
/** The entity's display name, e.g. `Kazakhstan`. */
CAMTG_EXPORT const char *camtg_entity_name(const camtg_entity *e);
/** The entity's type, or ::CAMTG_ENTITY_TYPE_INVALID when @p e is NULL. */
CAMTG_EXPORT camtg_entity_type camtg_entity_type_of(const camtg_entity *e);
/** The Wikidata item id (`Q232`), or NULL when the dataset gives none. */
CAMTG_EXPORT const char *camtg_entity_wikidata(const camtg_entity *e);
/** A one-line description, or NULL when the dataset gives none. */
CAMTG_EXPORT const char *camtg_entity_description(const camtg_entity *e);
/** Position of @p e in file order (the index for camtg_entity_at()), or
 *  `(size_t)-1` when @p e is NULL. */
CAMTG_EXPORT size_t camtg_entity_index(const camtg_entity *e);

/** Number of aliases (other names a reader would type). */
CAMTG_EXPORT size_t camtg_entity_alias_count(const camtg_entity *e);
/** Alias @p index in file order, or NULL when out of range. */
CAMTG_EXPORT const char *camtg_entity_alias(const camtg_entity *e, size_t index);

/** @name Person fields
 *  @{ */
/** The country a person serves, or NULL for other entity types. */
CAMTG_EXPORT const camtg_entity *camtg_entity_country(const camtg_entity *e);
/** Number of positions (office titles, as the source gives them). */
CAMTG_EXPORT size_t camtg_entity_position_count(const camtg_entity *e);
/** Position @p index in file order, or NULL when out of range. */
CAMTG_EXPORT const char *camtg_entity_position(const camtg_entity *e, size_t index);
/** @} */

/** @name Place fields
 *  @{ */
/** The place or country this place lies in (city in province in country),
 *  or NULL. Chains never loop: loading rejects cycles. */
CAMTG_EXPORT const camtg_entity *camtg_entity_within(const camtg_entity *e);
/** @} */

/** @name Group fields
 *  @{ */
/** Number of direct members of a group; 0 for other entity types. */
CAMTG_EXPORT size_t camtg_entity_member_count(const camtg_entity *e);
/** Member @p index in file order, or NULL when out of range. */
CAMTG_EXPORT const camtg_entity *camtg_entity_member(const camtg_entity *e, size_t index);
/** Number of groups that list @p e directly among their members. */
CAMTG_EXPORT size_t camtg_entity_group_count(const camtg_entity *e);
/** Group @p index (in file order of the groups), or NULL when out of range. */
CAMTG_EXPORT const camtg_entity *camtg_entity_group(const camtg_entity *e, size_t index);
/**
 * Whether @p e is @p group or belongs to it, directly or through nested
 * groups.
 * @return 1 when it does, 0 when it does not; ::CAMTG_EINVAL when an
 *         argument is NULL or the two come from different databases;
 *         ::CAMTG_ENOMEM when the walk through a database of more than a
 *         thousand entities could not get its working memory. Test for
 *         `== 1`, never for non-zero.
 */
CAMTG_EXPORT int camtg_entity_in_group(const camtg_entity *e, const camtg_entity *group);
/** @} */

/** @name Event fields
 *  @{ */
/** The event's date as `YYYY-MM-DD`, or NULL when not given. */
CAMTG_EXPORT const char *camtg_entity_date(const camtg_entity *e);
/** The event's place, or NULL when not given. */
CAMTG_EXPORT const camtg_entity *camtg_entity_place(const camtg_entity *e);
/** @} */

#ifdef __cplusplus
}
#endif

#endif /* CAMTG_ENTITY_H */
