/* Commitment accessors. */
#include <stdint.h>
#include <string.h>

#include "internal.h"

size_t camtg_commitment_count(const camtg_db *db)
{
    return db != NULL ? db->commitment_count : 0;
}

const camtg_commitment *camtg_commitment_at(const camtg_db *db, size_t index)
{
    return db != NULL && index < db->commitment_count ? &db->commitments[index] : NULL;
}

const camtg_commitment *camtg_commitment_lookup(const camtg_db *db, const char *id)
{
    return camtg_db_find_record(db, id, CAMTG_RECORD_COMMITMENT);
}

#define COMMITMENT_FIELD(type, name)                                                           \
    type camtg_commitment_##name(const camtg_commitment *c)                                    \
    {                                                                                          \
        return c != NULL ? c->name : NULL;                                                     \
    }

COMMITMENT_FIELD(const char *, id)
COMMITMENT_FIELD(const camtg_meeting *, meeting)
COMMITMENT_FIELD(const char *, cameo)
COMMITMENT_FIELD(const char *, verb)
COMMITMENT_FIELD(const char *, summary)
COMMITMENT_FIELD(const camtg_source *, source)
COMMITMENT_FIELD(const char *, quote)

int camtg_commitment_kind(const camtg_commitment *c)
{
    return c != NULL ? (int)c->kind : CAMTG_EINVAL;
}

int camtg_commitment_type(const camtg_commitment *c)
{
    return c != NULL ? (int)c->type : CAMTG_EINVAL;
}

int camtg_commitment_status(const camtg_commitment *c)
{
    return c != NULL ? (int)c->status : CAMTG_EINVAL;
}

/* Count and indexed access to one of a commitment's entity lists. */
#define COMMITMENT_LIST(singular, items, count)                                                \
    size_t camtg_commitment_##singular##_count(const camtg_commitment *c)                      \
    {                                                                                          \
        return c != NULL ? c->count : 0;                                                       \
    }                                                                                          \
    const camtg_entity *camtg_commitment_##singular(const camtg_commitment *c, size_t index)   \
    {                                                                                          \
        return c != NULL && index < c->count ? c->items[index] : NULL;                         \
    }

COMMITMENT_LIST(actor, actors, actor_count)
COMMITMENT_LIST(target, targets, target_count)
COMMITMENT_LIST(object, objects, object_count)

size_t camtg_commitment_sector_count(const camtg_commitment *c)
{
    return c != NULL ? c->sector_count : 0;
}

int camtg_commitment_sector(const camtg_commitment *c, size_t index)
{
    return c != NULL && index < c->sector_count ? (int)c->sectors[index] : CAMTG_EINVAL;
}

unsigned camtg_commitment_sector_mask(const camtg_commitment *c)
{
    return c != NULL ? c->sector_mask : 0u;
}

/* Offsets are stored as size_t but bounded by the input size limit, so they
 * always fit in a long. */
#define COMMITMENT_OFFSET(name)                                                                \
    long camtg_commitment_##name(const camtg_commitment *c)                                    \
    {                                                                                          \
        return c != NULL ? (long)c->name : -1;                                                 \
    }

COMMITMENT_OFFSET(start)
COMMITMENT_OFFSET(end)
COMMITMENT_OFFSET(byte_start)
COMMITMENT_OFFSET(byte_end)

size_t camtg_commitment_index(const camtg_commitment *c)
{
    return c != NULL ? c->index : SIZE_MAX;
}

int camtg_commitment_quote_matches(const camtg_commitment *c)
{
    const camtg_source *s = c->source;
    size_t len = strlen(c->quote);
    return c->start < c->end && c->end <= s->text_chars && c->byte_end <= s->text_bytes &&
           c->byte_end - c->byte_start == len &&
           memcmp(s->text + c->byte_start, c->quote, len) == 0;
}
