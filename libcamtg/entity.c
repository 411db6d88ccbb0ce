/* SPDX-License-Identifier: MIT */
/* Entity accessors, lookup by id, name or alias, and group membership. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "entity_key.h"
#include "error.h"
#include "internal.h"

size_t camtg_entity_count(const camtg_db *db)
{
    return db != NULL ? db->entity_count : 0;
}

const camtg_entity *camtg_entity_at(const camtg_db *db, size_t index)
{
    return db != NULL && index < db->entity_count ? &db->entities[index] : NULL;
}

/* The lookup itself, shared by _find and _lookup. Folds on the stack: a key
 * whose folded form does not fit is longer than any stored key (loading
 * enforces the limit), and a key that is not UTF-8 names nothing, so both
 * are misses, not reasons to allocate. */
static const camtg_entity *entity_match(const camtg_db *db, const char *key)
{
    const camtg_record *exact = camtg_db_find_record(db, key, CAMTG_RECORD_ENTITY);
    if (exact != NULL)
        return (const camtg_entity *)exact;
    camtg_entity_key buf;
    size_t len;
    const char *folded = camtg_entity_key_fold(key, &buf, &len);
    return folded != NULL ? camtg_hash_find(&db->entity_keys, folded) : NULL;
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
    return e != NULL ? e->rec.id : NULL;
}

const char *camtg_entity_name(const camtg_entity *e)
{
    return e != NULL ? e->name : NULL;
}

camtg_entity_type camtg_entity_type_of(const camtg_entity *e)
{
    return e != NULL ? e->type : CAMTG_ENTITY_TYPE_INVALID;
}

const char *camtg_entity_wikidata(const camtg_entity *e)
{
    return e != NULL ? e->wikidata : NULL;
}

const char *camtg_entity_description(const camtg_entity *e)
{
    return e != NULL ? e->description : NULL;
}

size_t camtg_entity_index(const camtg_entity *e)
{
    return e != NULL ? e->rec.index : SIZE_MAX;
}

size_t camtg_entity_alias_count(const camtg_entity *e)
{
    return e != NULL ? e->alias_count : 0;
}

const char *camtg_entity_alias(const camtg_entity *e, size_t index)
{
    return e != NULL && index < e->alias_count ? e->aliases[index] : NULL;
}

const camtg_entity *camtg_entity_country(const camtg_entity *e)
{
    return e != NULL ? e->country : NULL;
}

size_t camtg_entity_position_count(const camtg_entity *e)
{
    return e != NULL ? e->position_count : 0;
}

const char *camtg_entity_position(const camtg_entity *e, size_t index)
{
    return e != NULL && index < e->position_count ? e->positions[index] : NULL;
}

const camtg_entity *camtg_entity_within(const camtg_entity *e)
{
    return e != NULL ? e->within : NULL;
}

size_t camtg_entity_member_count(const camtg_entity *e)
{
    return e != NULL ? e->member_count : 0;
}

const camtg_entity *camtg_entity_member(const camtg_entity *e, size_t index)
{
    return e != NULL && index < e->member_count ? e->members[index] : NULL;
}

size_t camtg_entity_group_count(const camtg_entity *e)
{
    return e != NULL ? e->group_count : 0;
}

const camtg_entity *camtg_entity_group(const camtg_entity *e, size_t index)
{
    return e != NULL && index < e->group_count ? e->groups[index] : NULL;
}

const char *camtg_entity_date(const camtg_entity *e)
{
    return e != NULL ? e->date : NULL;
}

const camtg_entity *camtg_entity_place(const camtg_entity *e)
{
    return e != NULL ? e->place : NULL;
}

/* Databases up to this many entities walk their groups in memory on the
 * caller's stack (4.5 KB); larger ones need the heap. */
#define IN_GROUP_STACK_ENTITIES 1024

/* Walks upward through the groups containing e, with an explicit stack
 * (membership can nest deeply in hostile input) and a mark per visited
 * entity (several paths may lead to one group). stack and seen hold one
 * entry, resp. one bit, per entity of the database. */
static int group_reaches(const camtg_entity *e, const camtg_entity *group, uint32_t *stack,
                         unsigned char *seen)
{
    size_t depth = 0;
    stack[depth++] = (uint32_t)e->rec.index;
    while (depth > 0) {
        const camtg_entity *x = &e->rec.db->entities[stack[--depth]];
        for (size_t i = 0; i < x->group_count; i++) {
            const camtg_entity *g = x->groups[i];
            if (g == group)
                return 1;
            if ((seen[g->rec.index / 8] & (1u << (g->rec.index % 8))) == 0) {
                seen[g->rec.index / 8] |= (unsigned char)(1u << (g->rec.index % 8));
                stack[depth++] = (uint32_t)g->rec.index;
            }
        }
    }
    return 0;
}

int camtg_entity_in_group(const camtg_entity *e, const camtg_entity *group)
{
    if (e == NULL || group == NULL || e->rec.db != group->rec.db)
        return CAMTG_EINVAL;
    if (e == group)
        return 1;
    if (e->group_count == 0 || group->member_count == 0)
        return 0;
    size_t n = e->rec.db->entity_count;
    if (n <= IN_GROUP_STACK_ENTITIES) {
        uint32_t stack[IN_GROUP_STACK_ENTITIES];
        unsigned char seen[IN_GROUP_STACK_ENTITIES / 8] = {0};
        return group_reaches(e, group, stack, seen);
    }
    uint32_t *stack = malloc(n * sizeof *stack);
    unsigned char *seen = calloc(n / 8 + 1, 1);
    int rc = stack != NULL && seen != NULL ? group_reaches(e, group, stack, seen) : CAMTG_ENOMEM;
    free(stack);
    free(seen);
    return rc;
}
