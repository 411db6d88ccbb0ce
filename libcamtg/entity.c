/* Entity accessors and lookup by id, name or alias. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

size_t camtg_entity_count(const camtg_db *db)
{
    return db != NULL ? db->entity_count : 0;
}

const camtg_entity *camtg_entity_at(const camtg_db *db, size_t index)
{
    return db != NULL && index < db->entity_count ? &db->entities[index] : NULL;
}

const camtg_entity *camtg_entity_lookup(const camtg_db *db, const char *key)
{
    if (db == NULL || key == NULL)
        return NULL;
    const camtg_entity *exact = camtg_db_find_record(db, key, CAMTG_RECORD_ENTITY);
    if (exact != NULL)
        return exact;
    /* Most keys are short names; only unusually long ones need the heap. */
    char small[128];
    size_t len = strlen(key);
    char *folded = len < sizeof small ? small : malloc(len + 1);
    if (folded == NULL)
        return NULL;
    const camtg_entity *found = NULL;
    if (camtg_hash_fold(key, folded, len + 1) == 0)
        found = camtg_hash_find(&db->entity_keys, folded);
    if (folded != small)
        free(folded);
    return found;
}

#define ENTITY_FIELD(type, name)                                                               \
    type camtg_entity_##name(const camtg_entity *e)                                            \
    {                                                                                          \
        return e != NULL ? e->name : NULL;                                                     \
    }

ENTITY_FIELD(const char *, id)
ENTITY_FIELD(const char *, name)
ENTITY_FIELD(const char *, wikidata)
ENTITY_FIELD(const char *, description)
ENTITY_FIELD(const camtg_entity *, country)
ENTITY_FIELD(const camtg_entity *, within)
ENTITY_FIELD(const char *, date)
ENTITY_FIELD(const camtg_entity *, place)

int camtg_entity_type_of(const camtg_entity *e)
{
    return e != NULL ? (int)e->type : CAMTG_EINVAL;
}

size_t camtg_entity_index(const camtg_entity *e)
{
    return e != NULL ? e->index : SIZE_MAX;
}

/* Count and indexed access to one of an entity's lists. */
#define ENTITY_LIST(type, singular, items, count)                                              \
    size_t camtg_entity_##singular##_count(const camtg_entity *e)                              \
    {                                                                                          \
        return e != NULL ? e->count : 0;                                                       \
    }                                                                                          \
    type camtg_entity_##singular(const camtg_entity *e, size_t index)                          \
    {                                                                                          \
        return e != NULL && index < e->count ? e->items[index] : NULL;                         \
    }

ENTITY_LIST(const char *, alias, aliases, alias_count)
ENTITY_LIST(const char *, position, positions, position_count)
ENTITY_LIST(const camtg_entity *, member, members, member_count)
ENTITY_LIST(const camtg_entity *, group, groups, group_count)

int camtg_entity_in_group(const camtg_entity *e, const camtg_entity *group)
{
    if (e == NULL || group == NULL || e->db != group->db)
        return 0;
    if (e == group)
        return 1;
    if (e->group_count == 0 || group->member_count == 0)
        return 0;
    /* Walk upward through the groups containing e. Membership can nest
     * deeply in hostile input, so the walk keeps its own stack and marks
     * visited groups (several paths may lead to one group). */
    size_t n = e->db->entity_count;
    const camtg_entity **stack = malloc(n * sizeof *stack);
    unsigned char *seen = calloc(n, 1);
    int found = 0;
    size_t depth = 0;
    if (stack != NULL && seen != NULL) {
        stack[depth++] = e;
        while (depth > 0 && !found) {
            const camtg_entity *x = stack[--depth];
            for (size_t i = 0; i < x->group_count && !found; i++) {
                const camtg_entity *g = x->groups[i];
                if (g == group)
                    found = 1;
                else if (!seen[g->index]) {
                    seen[g->index] = 1;
                    stack[depth++] = g;
                }
            }
        }
    }
    free(stack);
    free(seen);
    return found;
}
