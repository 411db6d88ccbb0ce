/* SPDX-License-Identifier: MIT */
/* Entity accessors, lookup by id, name or alias, and group membership. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "entity_key.h"
#include "error.h"
#include "image.h"

size_t camtg_entity_count(const camtg_db *db)
{
    return db != NULL ? camtg_image_count(db, CAMTG_SECTION_ENTITIES) : 0;
}

const camtg_entity *camtg_entity_at(const camtg_db *db, size_t index)
{
    return index < camtg_entity_count(db) ? camtg_image_entity(db, (uint32_t)index) : NULL;
}

/* The lookup itself, shared by _find and _lookup. Folds on the stack: a key
 * whose folded form does not fit is longer than any stored key (loading
 * enforces the limit), and a key that is not UTF-8 names nothing, so both
 * are misses, not reasons to allocate. */
static const camtg_entity *entity_match(const camtg_db *db, const char *key)
{
    const camtg_entity *exact = camtg_image_find_id(db, key, CAMTG_RECORD_ENTITY);
    if (exact != NULL)
        return exact;
    camtg_entity_key buf;
    size_t len;
    const char *folded = camtg_entity_key_fold(key, &buf, &len);
    return folded != NULL ? camtg_image_find_key(db, folded) : NULL;
}

int camtg_entity_find(const camtg_db *db, const char *key, const camtg_entity **out,
                      camtg_error *err)
{
    camtg_error_clear(err);
    if (out != NULL)
        *out = NULL;
    if (db == NULL || key == NULL || out == NULL)
        return camtg_error_set(err, CAMTG_EINVAL, "",
                               "camtg_entity_find: db, key and out must not be NULL");
    *out = entity_match(db, key);
    if (*out == NULL)
        return camtg_error_set(err, CAMTG_ENOTFOUND, "",
                               "no entity has the id, name or alias \"%.60s\"", key);
    return CAMTG_OK;
}

const camtg_entity *camtg_entity_lookup(const camtg_db *db, const char *key)
{
    return db != NULL && key != NULL ? entity_match(db, key) : NULL;
}

const char *camtg_entity_id(const camtg_entity *e)
{
    return e != NULL ? camtg_image_string(camtg_image_of(e), e->id) : NULL;
}

const char *camtg_entity_name(const camtg_entity *e)
{
    return e != NULL ? camtg_image_string(camtg_image_of(e), e->name) : NULL;
}

camtg_entity_type camtg_entity_type_of(const camtg_entity *e)
{
    return e != NULL ? (camtg_entity_type)camtg_image_enum(e->type, CAMTG_ENTITY_TYPE_COUNT,
                                                           CAMTG_ENTITY_TYPE_INVALID)
                     : CAMTG_ENTITY_TYPE_INVALID;
}

const char *camtg_entity_wikidata(const camtg_entity *e)
{
    return e != NULL ? camtg_image_string(camtg_image_of(e), e->wikidata) : NULL;
}

const char *camtg_entity_description(const camtg_entity *e)
{
    return e != NULL ? camtg_image_string(camtg_image_of(e), e->description) : NULL;
}

size_t camtg_entity_index(const camtg_entity *e)
{
    return e != NULL ? camtg_image_index_of(camtg_image_of(e), CAMTG_SECTION_ENTITIES, e)
                     : SIZE_MAX;
}

size_t camtg_entity_alias_count(const camtg_entity *e)
{
    return e != NULL ? camtg_image_word_count(camtg_image_of(e), e->aliases) : 0;
}

const char *camtg_entity_alias(const camtg_entity *e, size_t index)
{
    if (e == NULL)
        return NULL;
    const camtg_db *db = camtg_image_of(e);
    return camtg_image_string(db, camtg_image_word(db, e->aliases, index));
}

const camtg_entity *camtg_entity_country(const camtg_entity *e)
{
    return e != NULL ? camtg_image_entity(camtg_image_of(e), e->country) : NULL;
}

size_t camtg_entity_position_count(const camtg_entity *e)
{
    return e != NULL ? camtg_image_word_count(camtg_image_of(e), e->positions) : 0;
}

const char *camtg_entity_position(const camtg_entity *e, size_t index)
{
    if (e == NULL)
        return NULL;
    const camtg_db *db = camtg_image_of(e);
    return camtg_image_string(db, camtg_image_word(db, e->positions, index));
}

const camtg_entity *camtg_entity_within(const camtg_entity *e)
{
    return e != NULL ? camtg_image_entity(camtg_image_of(e), e->within) : NULL;
}

size_t camtg_entity_member_count(const camtg_entity *e)
{
    return e != NULL ? camtg_image_word_count(camtg_image_of(e), e->members) : 0;
}

const camtg_entity *camtg_entity_member(const camtg_entity *e, size_t index)
{
    if (e == NULL)
        return NULL;
    const camtg_db *db = camtg_image_of(e);
    return camtg_image_entity(db, camtg_image_word(db, e->members, index));
}

size_t camtg_entity_group_count(const camtg_entity *e)
{
    return e != NULL ? camtg_image_word_count(camtg_image_of(e), e->groups) : 0;
}

const camtg_entity *camtg_entity_group(const camtg_entity *e, size_t index)
{
    if (e == NULL)
        return NULL;
    const camtg_db *db = camtg_image_of(e);
    return camtg_image_entity(db, camtg_image_word(db, e->groups, index));
}

const char *camtg_entity_date(const camtg_entity *e)
{
    return e != NULL ? camtg_image_string(camtg_image_of(e), e->date) : NULL;
}

const camtg_entity *camtg_entity_place(const camtg_entity *e)
{
    return e != NULL ? camtg_image_entity(camtg_image_of(e), e->place) : NULL;
}

/* Databases up to this many entities walk their groups in memory on the
 * caller's stack (4.5 KB); larger ones need the heap. */
#define IN_GROUP_STACK_ENTITIES 1024

/* Walks upward through the groups containing e, with an explicit stack
 * (membership can nest deeply in hostile input) and a mark per visited
 * entity (several paths may lead to one group, and a damaged snapshot may
 * hold a cycle). stack and seen hold one entry, resp. one bit, per entity
 * of the database: each entity is pushed at most once. */
static int group_reaches(const camtg_db *db, const camtg_entity *e, const camtg_entity *group,
                         uint32_t *stack, unsigned char *seen)
{
    size_t depth = 0;
    uint32_t start = (uint32_t)camtg_entity_index(e);
    seen[start / 8] |= (unsigned char)(1u << (start % 8));
    stack[depth++] = start;
    while (depth > 0) {
        const camtg_entity *x = camtg_image_entity(db, stack[--depth]);
        size_t count;
        const uint32_t *groups = camtg_image_words(db, x->groups, &count);
        for (size_t i = 0; i < count; i++) {
            uint32_t g = groups[i];
            const camtg_entity *ge = camtg_image_entity(db, g);
            if (ge == group)
                return 1;
            if (ge != NULL && (seen[g / 8] & (1u << (g % 8))) == 0) {
                seen[g / 8] |= (unsigned char)(1u << (g % 8));
                stack[depth++] = g;
            }
        }
    }
    return 0;
}

int camtg_entity_in_group(const camtg_entity *e, const camtg_entity *group)
{
    if (e == NULL || group == NULL || camtg_image_of(e) != camtg_image_of(group))
        return CAMTG_EINVAL;
    if (e == group)
        return 1;
    const camtg_db *db = camtg_image_of(e);
    if (camtg_entity_group_count(e) == 0 || camtg_entity_member_count(group) == 0)
        return 0;
    size_t n = camtg_entity_count(db);
    if (n <= IN_GROUP_STACK_ENTITIES) {
        uint32_t stack[IN_GROUP_STACK_ENTITIES];
        unsigned char seen[IN_GROUP_STACK_ENTITIES / 8] = {0};
        return group_reaches(db, e, group, stack, seen);
    }
    uint32_t *stack = malloc(n * sizeof *stack);
    unsigned char *seen = calloc(n / 8 + 1, 1);
    int rc = stack != NULL && seen != NULL ? group_reaches(db, e, group, stack, seen)
                                           : CAMTG_ENOMEM;
    free(stack);
    free(seen);
    return rc;
}
