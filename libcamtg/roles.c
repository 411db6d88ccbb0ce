/* SPDX-License-Identifier: MIT */
/* The per-entity commitment lists that queries by actor, target or
 * involving walk, built in memory linear in the input whatever the shape of
 * its groups.
 *
 * A query about an entity also answers what the groups containing it did.
 * Copying each group's commitments into every member's lists makes those
 * queries a plain walk, but one group of M members named by N commitments
 * would cost M x N entries. So a group's commitments are copied down only
 * while the copies stay within a budget proportional to the input; the
 * remaining groups are recorded, per member, as groups whose lists a query
 * merges in (see query.c). Either way a query returns the same commitments. */
#include <stdlib.h>
#include <string.h>

#include "roles.h"

enum role { ROLE_ACTOR, ROLE_TARGET, ROLE_INVOLVING, ROLE_COUNT };

/* Copies allowed: this many per direct entry, which is enough to copy
 * every group with fewer entities below it (itself included), plus a fixed
 * allowance (256 KiB of entries) so that small inputs copy everything. */
#define COPY_BUDGET_PER_ENTRY 8u
#define COPY_BUDGET_FIXED ((size_t)1 << 16)

static camtg_index_list *role_list(camtg_draft_entity *e, enum role role)
{
    switch (role) {
    case ROLE_ACTOR: return &e->as_actor;
    case ROLE_TARGET: return &e->as_target;
    case ROLE_INVOLVING: return &e->involving;
    case ROLE_COUNT: break;
    }
    return NULL;
}

typedef struct roles {
    camtg_loader *ld;
    camtg_draft *db;
    /* stamp[role][e] is one more than the last commitment recorded for e in
     * that role, so an entity reached twice is recorded once */
    uint32_t *stamp[ROLE_COUNT];
    size_t *stack;
    size_t *visit; /* one stamp per entity for walks through membership */
    size_t walk;   /* the current walk's stamp */
    unsigned char *copied; /* whether a group's commitments go to its members */
    int fill;              /* 0: count list lengths; 1: write the lists */
} roles;

static void record_in(roles *r, enum role role, camtg_draft_entity *e, uint32_t c)
{
    if (r->stamp[role][e->rec.index] == c + 1)
        return;
    r->stamp[role][e->rec.index] = c + 1;
    camtg_index_list *list = role_list(e, role);
    if (r->fill)
        list->items[list->count] = c;
    list->count++;
}

/* Records commitment c for `listed` and, when listed is a group whose
 * commitments are copied, for every entity below it. The walk has its own
 * marks: an entity already recorded (listed itself, say) may still have
 * members to reach. */
static void record(roles *r, enum role role, const camtg_draft_entity *listed, uint32_t c)
{
    camtg_draft *db = r->db;
    record_in(r, role, &db->entities[listed->rec.index], c);
    if (!r->copied[listed->rec.index] || listed->member_count == 0)
        return;
    size_t depth = 0;
    r->walk++;
    r->visit[listed->rec.index] = r->walk;
    r->stack[depth++] = listed->rec.index;
    while (depth > 0) {
        const camtg_draft_entity *e = &db->entities[r->stack[--depth]];
        for (size_t k = 0; k < e->member_count; k++) {
            size_t m = e->members[k]->rec.index;
            if (r->visit[m] != r->walk) {
                r->visit[m] = r->walk;
                record_in(r, role, &db->entities[m], c);
                r->stack[depth++] = m;
            }
        }
    }
}

/* One pass over every commitment, counting (fill 0) or writing (fill 1). */
static void record_all(roles *r)
{
    camtg_draft *db = r->db;
    for (size_t role = 0; role < ROLE_COUNT; role++)
        memset(r->stamp[role], 0, db->entity_count * sizeof(uint32_t));
    for (size_t i = 0; i < db->commitment_count; i++) {
        const camtg_draft_commitment *c = &db->commitments[i];
        for (size_t k = 0; k < c->actor_count; k++) {
            record(r, ROLE_ACTOR, c->actors[k], (uint32_t)i);
            record(r, ROLE_INVOLVING, c->actors[k], (uint32_t)i);
        }
        for (size_t k = 0; k < c->target_count; k++) {
            record(r, ROLE_TARGET, c->targets[k], (uint32_t)i);
            record(r, ROLE_INVOLVING, c->targets[k], (uint32_t)i);
        }
    }
}

/* Counts the entities at or below group g, giving up past `most`; `work`
 * is charged one per entity visited. */
static size_t count_below(roles *r, const camtg_draft_entity *g, size_t most, size_t *work)
{
    size_t depth = 0, count = 0;
    r->walk++;
    r->visit[g->rec.index] = r->walk;
    r->stack[depth++] = g->rec.index;
    while (depth > 0 && count <= most) {
        const camtg_draft_entity *e = &r->db->entities[r->stack[--depth]];
        count++;
        for (size_t k = 0; k < e->member_count; k++) {
            size_t m = e->members[k]->rec.index;
            if (r->visit[m] != r->walk) {
                r->visit[m] = r->walk;
                r->stack[depth++] = m;
            }
        }
    }
    *work += count;
    return count;
}

/* Decides which groups have their commitments copied to their members, in
 * file order, while the copies and the walks that size them fit the budget.
 * The lists' direct lengths are known: the counting pass ran with nothing
 * copied. */
static void choose_copied_groups(roles *r, size_t direct_total)
{
    camtg_draft *db = r->db;
    size_t budget = COPY_BUDGET_FIXED;
    if (direct_total <= (SIZE_MAX - budget) / COPY_BUDGET_PER_ENTRY)
        budget += COPY_BUDGET_PER_ENTRY * direct_total;
    size_t work = 0, work_budget = 2 * budget;
    for (size_t i = 0; i < db->entity_count; i++) {
        const camtg_draft_entity *g = &db->entities[i];
        size_t own = g->as_actor.count + g->as_target.count + g->involving.count;
        /* Nothing to copy (or no members to copy to): the lists are complete. */
        if (own == 0 || g->member_count == 0) {
            r->copied[i] = 1;
            continue;
        }
        if (work >= work_budget)
            continue;
        size_t below = count_below(r, g, budget / own, &work);
        if (below <= budget / own) {
            r->copied[i] = 1;
            budget -= below * own;
        }
    }
}

/* Every group containing e, directly or through nested groups, is found;
 * those whose commitments were not copied are stored for queries to merge.
 * Fails with CAMTG_ELIMIT when e lies in more groups than the limit. */
static int collect_merged_groups(roles *r, camtg_draft_entity *e, const camtg_draft_entity **found)
{
    camtg_draft *db = r->db;
    size_t depth = 0, count = 0, merged = 0;
    r->walk++;
    r->stack[depth++] = e->rec.index;
    while (depth > 0) {
        const camtg_draft_entity *x = &db->entities[r->stack[--depth]];
        for (size_t k = 0; k < x->group_count; k++) {
            const camtg_draft_entity *g = x->groups[k];
            if (r->visit[g->rec.index] == r->walk)
                continue;
            r->visit[g->rec.index] = r->walk;
            if (++count > CAMTG_MAX_GROUPS_PER_ENTITY) {
                camtg_loader_pop(r->ld, 0);
                camtg_loader_push_key(r->ld, "entities");
                camtg_loader_push_index(r->ld, e->rec.index);
                camtg_loader_enter_record(r->ld, "entity", e->rec.id);
                return camtg_loader_fail(r->ld, CAMTG_ELIMIT,
                                         "belongs to more than %d groups, directly or through "
                                         "nested groups",
                                         CAMTG_MAX_GROUPS_PER_ENTITY);
            }
            if (!r->copied[g->rec.index])
                found[merged++] = g;
            r->stack[depth++] = g->rec.index;
        }
    }
    if (merged == 0)
        return 0;
    const camtg_draft_entity **kept = camtg_arena_array(&db->arena, merged, sizeof *kept);
    if (kept == NULL)
        return camtg_loader_oom(r->ld);
    memcpy(kept, found, merged * sizeof *kept);
    e->merged_groups = kept;
    e->merged_group_count = merged;
    return 0;
}

static int allocate_lists(roles *r)
{
    camtg_draft *db = r->db;
    for (size_t i = 0; i < db->entity_count; i++) {
        for (size_t role = 0; role < ROLE_COUNT; role++) {
            camtg_index_list *list = role_list(&db->entities[i], (enum role)role);
            list->items = camtg_arena_array(&db->arena, list->count, sizeof *list->items);
            if (list->items == NULL)
                return camtg_loader_oom(r->ld);
            list->count = 0;
        }
    }
    return 0;
}

static int build(roles *r)
{
    camtg_draft *db = r->db;
    /* Direct lengths first: nothing copied yet. */
    record_all(r);
    size_t direct_total = 0;
    for (size_t i = 0; i < db->entity_count; i++) {
        const camtg_draft_entity *e = &db->entities[i];
        direct_total += e->as_actor.count + e->as_target.count + e->involving.count;
    }
    choose_copied_groups(r, direct_total);
    const camtg_draft_entity **found = malloc(CAMTG_MAX_GROUPS_PER_ENTITY * sizeof *found);
    if (found == NULL)
        return camtg_loader_oom(r->ld);
    int rc = 0;
    for (size_t i = 0; i < db->entity_count && rc == 0; i++)
        if (db->entities[i].group_count > 0)
            rc = collect_merged_groups(r, &db->entities[i], found);
    free(found);
    if (rc < 0)
        return rc;
    /* Then the two passes with the copies: every list is allocated to its
     * exact length, and commitments come in file order, so lists are
     * sorted. */
    for (size_t i = 0; i < db->entity_count; i++)
        for (size_t role = 0; role < ROLE_COUNT; role++)
            role_list(&db->entities[i], (enum role)role)->count = 0;
    record_all(r);
    TRY(allocate_lists(r));
    r->fill = 1;
    record_all(r);
    return 0;
}

int camtg_build_role_lists(camtg_loader *ld)
{
    camtg_draft *db = ld->db;
    size_t n = db->entity_count ? db->entity_count : 1;
    roles r;
    memset(&r, 0, sizeof r);
    r.ld = ld;
    r.db = db;
    uint32_t *stamps = malloc(3 * n * sizeof *stamps);
    r.stack = malloc(n * sizeof *r.stack);
    r.visit = calloc(n, sizeof *r.visit);
    r.copied = calloc(n, 1);
    int rc;
    if (stamps == NULL || r.stack == NULL || r.visit == NULL || r.copied == NULL) {
        rc = camtg_loader_oom(ld);
    } else {
        for (size_t role = 0; role < ROLE_COUNT; role++)
            r.stamp[role] = stamps + role * n;
        rc = build(&r);
    }
    free(stamps);
    free(r.stack);
    free(r.visit);
    free(r.copied);
    return rc;
}
