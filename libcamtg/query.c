/* SPDX-License-Identifier: MIT */
/* Filtering commitments. A query walks the shortest of the precomputed
 * lists its criteria name (an entity's or a meeting's commitments) and
 * checks the remaining criteria on each candidate. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "image.h"

#define MASK_OF(count) ((count) >= 32 ? ~0u : (CAMTG_BIT(count) - 1u))

/* How many bytes of camtg_filter each layout version has, indexed by
 * version. A caller built against an older header owns only that many
 * bytes: the library writes and reads no further. A new version appends
 * its fields to the struct, bumps CAMTG_FILTER_VERSION and adds a row here
 * (the offset just past its last field). */
static const size_t FILTER_SIZES[] = {
    0, /* no version 0 */
    offsetof(camtg_filter, kinds) + sizeof(unsigned int),
};
_Static_assert(sizeof FILTER_SIZES / sizeof FILTER_SIZES[0] == CAMTG_FILTER_VERSION + 1,
               "one FILTER_SIZES row per filter version");

static int filter_version_known(unsigned int version)
{
    return version >= 1 && version <= CAMTG_FILTER_VERSION;
}

int camtg_filter_init(camtg_filter *filter, unsigned int version)
{
    if (filter == NULL || !filter_version_known(version))
        return CAMTG_EINVAL;
    const camtg_filter all = CAMTG_FILTER_INIT;
    memcpy(filter, &all, FILTER_SIZES[version]);
    filter->version = version;
    return CAMTG_OK;
}

/* Copies the caller's filter, as far as its version goes, into a full
 * current-layout filter whose later fields stay unset. Returns 0 when the
 * version is unknown. */
static int filter_read(const camtg_filter *in, camtg_filter *f)
{
    if (!filter_version_known(in->version))
        return 0;
    const camtg_filter all = CAMTG_FILTER_INIT;
    *f = all;
    memcpy(f, in, FILTER_SIZES[in->version]);
    return 1;
}

/* A list of commitment indexes as the image holds it, checked once: its
 * items lie inside WORDS. The items themselves are checked as they are
 * used (a damaged snapshot may hold any value). */
typedef struct index_list {
    const uint32_t *items;
    size_t count;
} index_list;

static index_list list_of(const camtg_db *db, camtg_image_list list)
{
    index_list l;
    l.items = camtg_image_words(db, list, &l.count);
    return l;
}

/* The first position in list holding an index >= index. */
static size_t list_lower_bound(index_list list, size_t index)
{
    size_t lo = 0, hi = list.count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (list.items[mid] < index)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static int list_contains(index_list list, size_t index)
{
    size_t at = list_lower_bound(list, index);
    return at < list.count && list.items[at] == index;
}

/* The criteria that name a candidate list, in the filter's field order. */
enum criterion { BY_INVOLVING, BY_ACTOR, BY_TARGET, BY_MEETING, BY_NOTHING };

static index_list entity_list(const camtg_entity *e, enum criterion by)
{
    const camtg_db *db = camtg_image_of(e);
    switch (by) {
    case BY_INVOLVING: return list_of(db, e->involving);
    case BY_ACTOR: return list_of(db, e->as_actor);
    case BY_TARGET: return list_of(db, e->as_target);
    case BY_MEETING:
    case BY_NOTHING: break;
    }
    index_list none = {NULL, 0};
    return none;
}

/* The k-th group whose lists are merged with e's at query time; NULL when
 * out of range. */
static const camtg_entity *merged_group(const camtg_entity *e, size_t k)
{
    const camtg_db *db = camtg_image_of(e);
    return camtg_image_entity(db, camtg_image_word(db, e->merged_groups, k));
}

static size_t merged_group_count(const camtg_entity *e)
{
    return camtg_image_word_count(camtg_image_of(e), e->merged_groups);
}

/* Whether commitment `index` is in e's list for the criterion, directly or
 * through one of the groups whose lists are merged at query time. */
static int entity_has(const camtg_entity *e, enum criterion by, size_t index)
{
    if (list_contains(entity_list(e, by), index))
        return 1;
    size_t groups = merged_group_count(e);
    for (size_t k = 0; k < groups; k++) {
        const camtg_entity *g = merged_group(e, k);
        if (g != NULL && list_contains(entity_list(g, by), index))
            return 1;
    }
    return 0;
}

/* How many commitments an entity criterion yields at most. */
static size_t entity_estimate(const camtg_entity *e, enum criterion by)
{
    size_t n = entity_list(e, by).count;
    size_t groups = merged_group_count(e);
    for (size_t k = 0; k < groups; k++) {
        const camtg_entity *g = merged_group(e, k);
        if (g != NULL)
            n += entity_list(g, by).count;
    }
    return n;
}

/* Whether the filter is well formed and its records belong to db. */
static int filter_is_valid(const camtg_filter *f, const camtg_db *db)
{
    if ((f->involving != NULL && camtg_image_of(f->involving) != db) ||
        (f->actor != NULL && camtg_image_of(f->actor) != db) ||
        (f->target != NULL && camtg_image_of(f->target) != db) ||
        (f->meeting != NULL && camtg_image_of(f->meeting) != db))
        return 0;
    return (f->sectors & ~MASK_OF(CAMTG_SECTOR_COUNT)) == 0 &&
           (f->types & ~MASK_OF(CAMTG_PLOVER_COUNT)) == 0 &&
           (f->kinds & ~MASK_OF(CAMTG_KIND_COUNT)) == 0;
}

/* The filter's entity for an entity criterion, or NULL. */
static const camtg_entity *criterion_entity(const camtg_filter *f, enum criterion by)
{
    switch (by) {
    case BY_INVOLVING: return f->involving;
    case BY_ACTOR: return f->actor;
    case BY_TARGET: return f->target;
    case BY_MEETING:
    case BY_NOTHING: break;
    }
    return NULL;
}

/* Whether a vocabulary value read from a record is one of the mask's. */
static int value_in(uint32_t value, unsigned int mask)
{
    return value < 32 && (mask & CAMTG_BIT(value)) != 0;
}

/* Whether commitment `index`, c, satisfies every criterion but `known`,
 * the one whose candidate list produced it. */
static int filter_accepts(const camtg_filter *f, const camtg_commitment *c, size_t index,
                          enum criterion known)
{
    if ((f->meeting != NULL && known != BY_MEETING &&
         c->meeting != camtg_meeting_index(f->meeting)) ||
        (f->sectors != 0 && (c->sector_mask & f->sectors) == 0) ||
        (f->types != 0 && !value_in(c->type, f->types)) ||
        (f->kinds != 0 && !value_in(c->kind, f->kinds)))
        return 0;
    for (int by = BY_INVOLVING; by <= BY_TARGET; by++) {
        const camtg_entity *e = criterion_entity(f, (enum criterion)by);
        if (e != NULL && by != (int)known && !entity_has(e, (enum criterion)by, index))
            return 0;
    }
    return 1;
}

int camtg_filter_matches(const camtg_filter *filter, const camtg_commitment *c)
{
    camtg_filter f;
    if (filter == NULL || c == NULL || !filter_read(filter, &f) ||
        !filter_is_valid(&f, camtg_image_of(c)))
        return CAMTG_EINVAL;
    return filter_accepts(&f, c, camtg_commitment_index(c), BY_NOTHING);
}

/* The criterion with the fewest candidates, or BY_NOTHING for "every
 * commitment". */
static enum criterion choose_criterion(const camtg_filter *f)
{
    enum criterion best = BY_NOTHING;
    size_t best_count = 0;
    for (int by = BY_INVOLVING; by <= BY_MEETING; by++) {
        size_t count;
        if (by == BY_MEETING) {
            if (f->meeting == NULL)
                continue;
            count = camtg_meeting_commitment_count(f->meeting);
        } else {
            const camtg_entity *e = criterion_entity(f, (enum criterion)by);
            if (e == NULL)
                continue;
            count = entity_estimate(e, (enum criterion)by);
        }
        if (best == BY_NOTHING || count < best_count) {
            best = (enum criterion)by;
            best_count = count;
        }
    }
    return best;
}

/* The smallest commitment index >= from in e's list or its merged groups'
 * lists, or SIZE_MAX. */
static size_t merged_next(const camtg_entity *e, enum criterion by, size_t from)
{
    size_t next = SIZE_MAX;
    size_t groups = merged_group_count(e);
    for (size_t k = 0; k <= groups; k++) {
        const camtg_entity *owner = k == 0 ? e : merged_group(e, k - 1);
        if (owner == NULL)
            continue;
        index_list list = entity_list(owner, by);
        size_t at = list_lower_bound(list, from);
        if (at < list.count && list.items[at] < next)
            next = list.items[at];
    }
    return next;
}

/* How far ahead of the cursor a list walk asks the cache for records, and
 * for their ids half as far (by then the record itself has arrived). */
#define PREFETCH_RECORDS 16
#define PREFETCH_IDS 8

/* A list's records lie apart in the commitment section, at no regular
 * stride, so each one misses the cache, and then its id (which callers
 * read) misses again. Asking for both a few rows ahead overlaps those
 * misses with the work on the current row; the hint changes no result, and
 * an index out of range asks for nothing. A macro, not a function: GCC
 * judges a function that only prefetches to have no effect and drops the
 * call. */
#if defined(__GNUC__) || defined(__clang__)
#define PREFETCH_AHEAD(db, list, at)                                                           \
    do {                                                                                       \
        if ((at) + PREFETCH_RECORDS < (list).count)                                            \
            __builtin_prefetch(                                                                \
                camtg_image_commitment((db), (list).items[(at) + PREFETCH_RECORDS]));          \
        if ((at) + PREFETCH_IDS < (list).count) {                                              \
            const camtg_commitment *ahead_ =                                                   \
                camtg_image_commitment((db), (list).items[(at) + PREFETCH_IDS]);               \
            if (ahead_ != NULL)                                                                \
                __builtin_prefetch(camtg_image_string((db), ahead_->id));                      \
        }                                                                                      \
    } while (0)
#else
#define PREFETCH_AHEAD(db, list, at) ((void)0)
#endif

int camtg_query_next(const camtg_db *db, const camtg_filter *filter, size_t *cursor,
                     const camtg_commitment **out)
{
    if (out != NULL)
        *out = NULL;
    if (db == NULL || cursor == NULL || out == NULL)
        return CAMTG_EINVAL;
    camtg_filter copy = CAMTG_FILTER_INIT;
    const camtg_filter *f = &copy;
    if ((filter != NULL && !filter_read(filter, &copy)) || !filter_is_valid(f, db))
        return CAMTG_EINVAL;
    size_t total = camtg_commitment_count(db);
    enum criterion by = choose_criterion(f);
    const camtg_entity *e = criterion_entity(f, by);
    if (e != NULL && merged_group_count(e) > 0) {
        /* Several sorted lists: the cursor is the next commitment index to
         * consider, and each call takes the smallest one at or past it. */
        while (*cursor < total) {
            size_t next = merged_next(e, by, *cursor);
            if (next >= total)
                break;
            *cursor = next + 1;
            const camtg_commitment *c = camtg_image_commitment(db, (uint32_t)next);
            if (filter_accepts(f, c, next, by)) {
                *out = c;
                return CAMTG_OK;
            }
        }
        *cursor = total;
        return CAMTG_ITEROVER;
    }
    /* One list (or every commitment): the cursor is a position in it. */
    index_list list = {NULL, 0};
    int walk_list = by == BY_MEETING || e != NULL;
    if (by == BY_MEETING)
        list = list_of(db, f->meeting->commitments);
    else if (e != NULL)
        list = entity_list(e, by);
    size_t end = walk_list ? list.count : total;
    while (*cursor < end) {
        size_t at = (*cursor)++;
        if (walk_list)
            PREFETCH_AHEAD(db, list, at);
        size_t index = walk_list ? list.items[at] : at;
        const camtg_commitment *c = index < total ? camtg_image_commitment(db, (uint32_t)index)
                                                  : NULL;
        if (c != NULL && filter_accepts(f, c, index, by)) {
            *out = c;
            return CAMTG_OK;
        }
    }
    return CAMTG_ITEROVER;
}
