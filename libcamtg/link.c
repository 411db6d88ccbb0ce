/* SPDX-License-Identifier: MIT */
/* What the loader derives once every record is read: it rejects cycles,
 * inverts group membership, and builds the indexes that make a query cost
 * what it returns. All derived data goes into the database's arena. */
#include <stdlib.h>
#include <string.h>

#include "entity_key.h"
#include "loader.h"
#include "roles.h"

enum { WHITE = 0, ON_PATH = 1, DONE = 2 };

static void point_at_entity(camtg_loader *ld, const camtg_draft_entity *e, const char *key)
{
    camtg_loader_pop(ld, 0);
    camtg_loader_push_key(ld, "entities");
    camtg_loader_push_index(ld, e->rec.index);
    camtg_loader_push_key(ld, key);
    camtg_loader_enter_record(ld, "entity", e->rec.id);
}

/* Follows each place's `within` chain; meeting a place already on the
 * current chain means the chain loops. */
static int check_within_cycles(camtg_loader *ld, unsigned char *color)
{
    const camtg_draft *db = ld->db;
    memset(color, WHITE, db->entity_count);
    for (size_t i = 0; i < db->entity_count; i++) {
        const camtg_draft_entity *e = &db->entities[i];
        while (e != NULL && color[e->rec.index] == WHITE) {
            color[e->rec.index] = ON_PATH;
            if (e->within != NULL && color[e->within->rec.index] == ON_PATH) {
                point_at_entity(ld, e, "within");
                return camtg_loader_fail(ld, CAMTG_ECYCLE,
                                         "\"within\" names \"%.60s\", which already lies within "
                                         "\"%.60s\": places cannot contain each other",
                                         e->within->rec.id, e->rec.id);
            }
            e = e->within;
        }
        for (e = &db->entities[i]; e != NULL && color[e->rec.index] == ON_PATH; e = e->within)
            color[e->rec.index] = DONE;
    }
    return 0;
}

/* Depth-first search over group members with an explicit stack, so a deep
 * nesting in hostile input cannot overflow the C stack. */
static int check_group_cycles(camtg_loader *ld, unsigned char *color, size_t *stack,
                              size_t *next_member)
{
    const camtg_draft *db = ld->db;
    memset(color, WHITE, db->entity_count);
    for (size_t root = 0; root < db->entity_count; root++) {
        if (color[root] != WHITE || db->entities[root].member_count == 0)
            continue;
        size_t depth = 0;
        stack[depth++] = root;
        next_member[root] = 0;
        color[root] = ON_PATH;
        while (depth > 0) {
            const camtg_draft_entity *g = &db->entities[stack[depth - 1]];
            if (next_member[g->rec.index] == g->member_count) {
                color[g->rec.index] = DONE;
                depth--;
                continue;
            }
            size_t k = next_member[g->rec.index]++;
            const camtg_draft_entity *m = g->members[k];
            if (color[m->rec.index] == ON_PATH) {
                point_at_entity(ld, g, "members");
                camtg_loader_push_index(ld, k);
                return camtg_loader_fail(ld, CAMTG_ECYCLE,
                                         "member \"%.60s\" contains \"%.60s\" itself: groups "
                                         "cannot contain each other",
                                         m->rec.id, g->rec.id);
            }
            if (color[m->rec.index] == WHITE) {
                color[m->rec.index] = ON_PATH;
                next_member[m->rec.index] = 0;
                stack[depth++] = m->rec.index;
            }
        }
    }
    return 0;
}

static int build_groups(camtg_loader *ld, size_t *counts)
{
    camtg_draft *db = ld->db;
    memset(counts, 0, db->entity_count * sizeof *counts);
    for (size_t i = 0; i < db->entity_count; i++)
        for (size_t k = 0; k < db->entities[i].member_count; k++)
            counts[db->entities[i].members[k]->rec.index]++;
    for (size_t i = 0; i < db->entity_count; i++) {
        camtg_draft_entity *e = &db->entities[i];
        if (counts[i] == 0)
            continue;
        e->groups = camtg_arena_array(&db->arena, counts[i], sizeof *e->groups);
        if (e->groups == NULL)
            return camtg_loader_oom(ld);
    }
    for (size_t i = 0; i < db->entity_count; i++) {
        const camtg_draft_entity *g = &db->entities[i];
        for (size_t k = 0; k < g->member_count; k++) {
            camtg_draft_entity *m = &db->entities[g->members[k]->rec.index];
            m->groups[m->group_count++] = g;
        }
    }
    return 0;
}

static int build_meeting_lists(camtg_loader *ld)
{
    camtg_draft *db = ld->db;
    for (size_t i = 0; i < db->commitment_count; i++)
        db->meetings[db->commitments[i].meeting->rec.index].commitments.count++;
    for (size_t i = 0; i < db->meeting_count; i++) {
        camtg_index_list *list = &db->meetings[i].commitments;
        list->items = camtg_arena_array(&db->arena, list->count, sizeof *list->items);
        if (list->items == NULL)
            return camtg_loader_oom(ld);
        list->count = 0;
    }
    for (size_t i = 0; i < db->commitment_count; i++) {
        camtg_index_list *list = &db->meetings[db->commitments[i].meeting->rec.index].commitments;
        list->items[list->count++] = (uint32_t)i;
    }
    return 0;
}

/* Keys that do not fold were rejected while loading the entities. */
static int add_lookup_key(camtg_loader *ld, const char *key, const camtg_draft_entity *e)
{
    camtg_entity_key buf;
    size_t len = 0;
    const char *key_form = camtg_entity_key_fold(key, &buf, &len);
    const char *folded = key_form != NULL ? camtg_draft_strndup(ld->db, key_form, len) : NULL;
    if (folded == NULL || camtg_hash_insert(&ld->db->entity_keys, folded, e, NULL) < 0)
        return camtg_loader_oom(ld);
    return 0;
}

/* Ids first, then names, then aliases: the first key stored wins, which
 * gives camtg_entity_lookup its documented priority. */
static int build_lookup_keys(camtg_loader *ld)
{
    camtg_draft *db = ld->db;
    if (camtg_hash_init(&db->entity_keys, db->entity_count * 3, (uint64_t)(uintptr_t)ld) != 0)
        return camtg_loader_oom(ld);
    for (size_t i = 0; i < db->entity_count; i++)
        TRY(add_lookup_key(ld, db->entities[i].rec.id, &db->entities[i]));
    for (size_t i = 0; i < db->entity_count; i++)
        TRY(add_lookup_key(ld, db->entities[i].name, &db->entities[i]));
    for (size_t i = 0; i < db->entity_count; i++)
        for (size_t k = 0; k < db->entities[i].alias_count; k++)
            TRY(add_lookup_key(ld, db->entities[i].aliases[k], &db->entities[i]));
    return 0;
}

int camtg_link(camtg_loader *ld)
{
    size_t n = ld->db->entity_count ? ld->db->entity_count : 1;
    unsigned char *color = malloc(n);
    size_t *stack = malloc(n * sizeof *stack);
    size_t *scratch = malloc(n * sizeof *scratch);
    int rc;
    if (color == NULL || stack == NULL || scratch == NULL)
        rc = camtg_loader_oom(ld);
    else if ((rc = check_within_cycles(ld, color)) == 0 &&
             (rc = check_group_cycles(ld, color, stack, scratch)) == 0 &&
             (rc = build_groups(ld, scratch)) == 0 && (rc = build_meeting_lists(ld)) == 0 &&
             (rc = camtg_build_role_lists(ld)) == 0)
        rc = build_lookup_keys(ld);
    free(color);
    free(stack);
    free(scratch);
    return rc;
}
