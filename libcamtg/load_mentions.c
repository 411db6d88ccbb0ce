/* SPDX-License-Identifier: MIT */
/* An entity's "mentions" (schema version 2): each is a span of a source's
 * text checked as a commitment's quote is, and no two mentions cross. */
#include <stdlib.h>

#include "loader.h"

/* ctx: the entity the mentions are of. */
static int read_mention(camtg_loader *ld, const json_t *item, void *element, size_t index,
                        void *ctx)
{
    camtg_draft_mention *m = element;
    if (!json_is_object(item))
        return camtg_loader_fail(ld, CAMTG_ESCHEMA, "a mention must be an object, not %s",
                                 camtg_json_type_name(item));
    m->entity = ctx;
    m->index = index;
    return camtg_load_span(ld, item, "text", "mention", &m->span);
}

int camtg_load_mentions(camtg_loader *ld, const json_t *obj, camtg_draft_entity *e)
{
    if (ld->db->schema_version < 2)
        return 0; /* the key is unknown in version 1, hence ignored */
    void *mentions;
    int rc = camtg_field_items(ld, obj, "mentions", 0, NULL, sizeof *e->mentions, read_mention, e,
                               &mentions, &e->mention_count);
    e->mentions = mentions;
    return rc;
}

/* Text order: by source, then start; at one start the longer span first,
 * so that a span comes before the spans nested in it. */
static int by_position(const void *a, const void *b)
{
    const camtg_draft_mention *x = *(const camtg_draft_mention *const *)a;
    const camtg_draft_mention *y = *(const camtg_draft_mention *const *)b;
    if (x->span.source != y->span.source)
        return x->span.source->rec.index < y->span.source->rec.index ? -1 : 1;
    if (x->span.start != y->span.start)
        return x->span.start < y->span.start ? -1 : 1;
    if (x->span.end != y->span.end)
        return x->span.end > y->span.end ? -1 : 1;
    if (x->entity != y->entity)
        return x->entity->rec.index < y->entity->rec.index ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

/* Fails at m's JSON Pointer: "mention [a, b) <relation> the mention [c, d)
 * of entity "X"<why>". */
static int fail_at(camtg_loader *ld, const camtg_draft_mention *m, const camtg_draft_mention *other,
                   const char *relation, const char *why)
{
    camtg_loader_push_key(ld, "entities");
    camtg_loader_push_index(ld, m->entity->rec.index);
    camtg_loader_push_key(ld, "mentions");
    camtg_loader_push_index(ld, m->index);
    camtg_loader_enter_record(ld, "entity", m->entity->rec.id);
    return camtg_loader_fail(ld, CAMTG_EEVIDENCE,
                             "mention [%zu, %zu) %s the mention [%zu, %zu) of entity \"%.60s\"%s",
                             m->span.start, m->span.end, relation, other->span.start,
                             other->span.end, other->entity->rec.id, why);
}

/* Why two mentions may not share words: a phrase names one thing, except
 * that a name may hold other names ("China" in the China-Kyrgyzstan-Uzbekistan
 * railway) and one phrase may name a group and another party ("the two
 * sides": China and the Central Asian countries). So mentions are nested or
 * apart; one entity's mentions never overlap; two entities share a whole
 * phrase only when one of them is a group. */
static int check_pair(camtg_loader *ld, const camtg_draft_mention *outer,
                      const camtg_draft_mention *m)
{
    if (m->span.end > outer->span.end)
        return fail_at(ld, m, outer, "crosses", ": mentions are nested or apart");
    if (m->entity == outer->entity)
        return fail_at(ld, m, outer, "overlaps", ", the same entity");
    if (m->span.start == outer->span.start && m->span.end == outer->span.end &&
        m->entity->type != CAMTG_ENTITY_GROUP && outer->entity->type != CAMTG_ENTITY_GROUP)
        return fail_at(ld, m, outer, "is the same phrase as",
                       ", and neither entity is a group");
    return 0;
}

int camtg_check_mention_overlaps(camtg_loader *ld)
{
    const camtg_draft *db = ld->db;
    size_t total = 0;
    for (size_t i = 0; i < db->entity_count; i++)
        total += db->entities[i].mention_count;
    if (total < 2)
        return 0;
    const camtg_draft_mention **order = malloc(total * sizeof *order);
    /* the mentions that contain the current position, outermost first */
    const camtg_draft_mention **open = malloc(total * sizeof *open);
    if (order == NULL || open == NULL) {
        free(order);
        free(open);
        return camtg_loader_oom(ld);
    }
    size_t n = 0;
    for (size_t i = 0; i < db->entity_count; i++)
        for (size_t k = 0; k < db->entities[i].mention_count; k++)
            order[n++] = &db->entities[i].mentions[k];
    qsort(order, n, sizeof *order, by_position);
    size_t depth = 0;
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        const camtg_draft_mention *m = order[i];
        while (depth > 0 && (open[depth - 1]->span.source != m->span.source ||
                             open[depth - 1]->span.end <= m->span.start))
            depth--;
        for (size_t d = 0; d < depth && rc == 0; d++)
            rc = check_pair(ld, open[d], m);
        open[depth++] = m;
    }
    free(order);
    free(open);
    return rc;
}
