/* Filtering commitments. A query walks the shortest of the precomputed
 * lists its criteria name (an entity's or a meeting's commitments) and
 * checks the remaining criteria on each candidate. */
#include <stdint.h>

#include "internal.h"

#define MASK_OF(count) ((count) >= 32 ? ~0u : (CAMTG_BIT(count) - 1u))

int camtg_filter_init(camtg_filter *filter)
{
    if (filter == NULL)
        return CAMTG_EINVAL;
    const camtg_filter all = CAMTG_FILTER_INIT;
    *filter = all;
    return CAMTG_OK;
}

static int list_contains(const camtg_index_list *list, uint32_t index)
{
    size_t lo = 0, hi = list->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (list->items[mid] < index)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < list->count && list->items[lo] == index;
}

/* Whether the filter is well formed and its records belong to db. */
static int filter_is_valid(const camtg_filter *f, const camtg_db *db)
{
    if (f->version != CAMTG_FILTER_VERSION)
        return 0;
    if ((f->involving != NULL && f->involving->db != db) ||
        (f->actor != NULL && f->actor->db != db) || (f->target != NULL && f->target->db != db) ||
        (f->meeting != NULL && f->meeting->db != db))
        return 0;
    return (f->sectors & ~MASK_OF(CAMTG_SECTOR_COUNT)) == 0 &&
           (f->types & ~MASK_OF(CAMTG_PLOVER_COUNT)) == 0 &&
           (f->kinds & ~MASK_OF(CAMTG_KIND_COUNT)) == 0;
}

static int filter_accepts(const camtg_filter *f, const camtg_commitment *c)
{
    uint32_t i = (uint32_t)c->index;
    return (f->meeting == NULL || c->meeting == f->meeting) &&
           (f->sectors == 0 || (c->sector_mask & f->sectors) != 0) &&
           (f->types == 0 || (CAMTG_BIT(c->type) & f->types) != 0) &&
           (f->kinds == 0 || (CAMTG_BIT(c->kind) & f->kinds) != 0) &&
           (f->involving == NULL || list_contains(&f->involving->involving, i)) &&
           (f->actor == NULL || list_contains(&f->actor->as_actor, i)) &&
           (f->target == NULL || list_contains(&f->target->as_target, i));
}

int camtg_filter_matches(const camtg_filter *filter, const camtg_commitment *c)
{
    if (filter == NULL || c == NULL || !filter_is_valid(filter, c->db))
        return CAMTG_EINVAL;
    return filter_accepts(filter, c);
}

/* The shortest candidate list the filter names, or NULL for "every
 * commitment". */
static const camtg_index_list *candidates(const camtg_filter *f)
{
    const camtg_index_list *options[4] = {
        f->involving ? &f->involving->involving : NULL,
        f->actor ? &f->actor->as_actor : NULL,
        f->target ? &f->target->as_target : NULL,
        f->meeting ? &f->meeting->commitments : NULL,
    };
    const camtg_index_list *best = NULL;
    for (size_t i = 0; i < 4; i++)
        if (options[i] != NULL && (best == NULL || options[i]->count < best->count))
            best = options[i];
    return best;
}

int camtg_query_next(const camtg_db *db, const camtg_filter *filter, size_t *cursor,
                     const camtg_commitment **out)
{
    if (out != NULL)
        *out = NULL;
    if (db == NULL || cursor == NULL || out == NULL)
        return CAMTG_EINVAL;
    const camtg_filter all = CAMTG_FILTER_INIT;
    const camtg_filter *f = filter != NULL ? filter : &all;
    if (!filter_is_valid(f, db))
        return CAMTG_EINVAL;
    const camtg_index_list *list = candidates(f);
    size_t end = list != NULL ? list->count : db->commitment_count;
    while (*cursor < end) {
        size_t at = (*cursor)++;
        const camtg_commitment *c = &db->commitments[list != NULL ? list->items[at] : at];
        if (filter_accepts(f, c)) {
            *out = c;
            return CAMTG_OK;
        }
    }
    return CAMTG_ITEROVER;
}
