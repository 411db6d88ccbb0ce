/* SPDX-License-Identifier: MIT */
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

int camtg_commitment_find(const camtg_db *db, const char *id, const camtg_commitment **out,
                          camtg_error *err)
{
    const camtg_record *rec = NULL;
    int rc = camtg_db_find_by_id(db, id, CAMTG_RECORD_COMMITMENT, __func__,
                                 out != NULL ? &rec : NULL, err);
    if (out != NULL)
        *out = (const camtg_commitment *)rec;
    return rc;
}

const camtg_commitment *camtg_commitment_lookup(const camtg_db *db, const char *id)
{
    return (const camtg_commitment *)camtg_db_find_record(db, id, CAMTG_RECORD_COMMITMENT);
}

const char *camtg_commitment_id(const camtg_commitment *c)
{
    return c != NULL ? c->rec.id : NULL;
}

const camtg_meeting *camtg_commitment_meeting(const camtg_commitment *c)
{
    return c != NULL ? c->meeting : NULL;
}

camtg_kind camtg_commitment_kind(const camtg_commitment *c)
{
    return c != NULL ? c->kind : CAMTG_KIND_INVALID;
}

camtg_plover camtg_commitment_type(const camtg_commitment *c)
{
    return c != NULL ? c->type : CAMTG_PLOVER_INVALID;
}

const char *camtg_commitment_cameo(const camtg_commitment *c)
{
    return c != NULL ? c->cameo : NULL;
}

const char *camtg_commitment_verb(const camtg_commitment *c)
{
    return c != NULL ? c->verb : NULL;
}

const char *camtg_commitment_summary(const camtg_commitment *c)
{
    return c != NULL ? c->summary : NULL;
}

camtg_status camtg_commitment_status(const camtg_commitment *c)
{
    return c != NULL ? c->status : CAMTG_STATUS_INVALID;
}

size_t camtg_commitment_actor_count(const camtg_commitment *c)
{
    return c != NULL ? c->actor_count : 0;
}

const camtg_entity *camtg_commitment_actor(const camtg_commitment *c, size_t index)
{
    return c != NULL && index < c->actor_count ? c->actors[index] : NULL;
}

size_t camtg_commitment_target_count(const camtg_commitment *c)
{
    return c != NULL ? c->target_count : 0;
}

const camtg_entity *camtg_commitment_target(const camtg_commitment *c, size_t index)
{
    return c != NULL && index < c->target_count ? c->targets[index] : NULL;
}

size_t camtg_commitment_object_count(const camtg_commitment *c)
{
    return c != NULL ? c->object_count : 0;
}

const camtg_entity *camtg_commitment_object(const camtg_commitment *c, size_t index)
{
    return c != NULL && index < c->object_count ? c->objects[index] : NULL;
}

size_t camtg_commitment_sector_count(const camtg_commitment *c)
{
    return c != NULL ? c->sector_count : 0;
}

camtg_sector camtg_commitment_sector(const camtg_commitment *c, size_t index)
{
    return c != NULL && index < c->sector_count ? (camtg_sector)c->sectors[index]
                                                : CAMTG_SECTOR_INVALID;
}

unsigned camtg_commitment_sector_mask(const camtg_commitment *c)
{
    return c != NULL ? c->sector_mask : 0u;
}

const camtg_source *camtg_commitment_source(const camtg_commitment *c)
{
    return c != NULL ? c->source : NULL;
}

const char *camtg_commitment_quote(const camtg_commitment *c)
{
    return c != NULL ? c->quote : NULL;
}

/* Offsets are stored as size_t but bounded by the input size limit, so they
 * always fit in a long. */
long camtg_commitment_start(const camtg_commitment *c)
{
    return c != NULL ? (long)c->start : -1;
}

long camtg_commitment_end(const camtg_commitment *c)
{
    return c != NULL ? (long)c->end : -1;
}

long camtg_commitment_byte_start(const camtg_commitment *c)
{
    return c != NULL ? (long)c->byte_start : -1;
}

long camtg_commitment_byte_end(const camtg_commitment *c)
{
    return c != NULL ? (long)c->byte_end : -1;
}

size_t camtg_commitment_index(const camtg_commitment *c)
{
    return c != NULL ? c->rec.index : SIZE_MAX;
}

int camtg_commitment_quote_matches(const camtg_commitment *c)
{
    camtg_text_span span = {c->source, c->start, c->end, c->byte_start, c->byte_end, c->quote};
    return camtg_text_span_matches(&span);
}
