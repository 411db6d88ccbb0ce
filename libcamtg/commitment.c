/* SPDX-License-Identifier: MIT */
/* Commitment accessors. */
#include <stdint.h>
#include <string.h>

#include "image.h"

size_t camtg_commitment_count(const camtg_db *db)
{
    return db != NULL ? camtg_image_count(db, CAMTG_SECTION_COMMITMENTS) : 0;
}

const camtg_commitment *camtg_commitment_at(const camtg_db *db, size_t index)
{
    return index < camtg_commitment_count(db) ? camtg_image_commitment(db, (uint32_t)index)
                                              : NULL;
}

int camtg_commitment_find(const camtg_db *db, const char *id, const camtg_commitment **out,
                          camtg_error *err)
{
    const void *found = NULL;
    int rc = camtg_db_find_by_id(db, id, CAMTG_RECORD_COMMITMENT, __func__,
                                 out != NULL ? &found : NULL, err);
    if (out != NULL)
        *out = found;
    return rc;
}

const camtg_commitment *camtg_commitment_lookup(const camtg_db *db, const char *id)
{
    return db != NULL && id != NULL ? camtg_image_find_id(db, id, CAMTG_RECORD_COMMITMENT)
                                    : NULL;
}

const char *camtg_commitment_id(const camtg_commitment *c)
{
    return c != NULL ? camtg_image_string(camtg_image_of(c), c->id) : NULL;
}

size_t camtg_commitment_index(const camtg_commitment *c)
{
    return c != NULL ? camtg_image_index_of(camtg_image_of(c), CAMTG_SECTION_COMMITMENTS, c)
                     : SIZE_MAX;
}

const camtg_meeting *camtg_commitment_meeting(const camtg_commitment *c)
{
    return c != NULL ? camtg_image_meeting(camtg_image_of(c), c->meeting) : NULL;
}

camtg_kind camtg_commitment_kind(const camtg_commitment *c)
{
    return c != NULL ? (camtg_kind)camtg_image_enum(c->kind, CAMTG_KIND_COUNT, CAMTG_KIND_INVALID)
                     : CAMTG_KIND_INVALID;
}

camtg_plover camtg_commitment_type(const camtg_commitment *c)
{
    return c != NULL
               ? (camtg_plover)camtg_image_enum(c->type, CAMTG_PLOVER_COUNT, CAMTG_PLOVER_INVALID)
               : CAMTG_PLOVER_INVALID;
}

const char *camtg_commitment_cameo(const camtg_commitment *c)
{
    return c != NULL ? camtg_image_string(camtg_image_of(c), c->cameo) : NULL;
}

const char *camtg_commitment_verb(const camtg_commitment *c)
{
    return c != NULL ? camtg_image_string(camtg_image_of(c), c->verb) : NULL;
}

const char *camtg_commitment_summary(const camtg_commitment *c)
{
    return c != NULL ? camtg_image_string(camtg_image_of(c), c->summary) : NULL;
}

camtg_status camtg_commitment_status(const camtg_commitment *c)
{
    return c != NULL
               ? (camtg_status)camtg_image_enum(c->status, CAMTG_STATUS_COUNT, CAMTG_STATUS_INVALID)
               : CAMTG_STATUS_INVALID;
}

size_t camtg_commitment_actor_count(const camtg_commitment *c)
{
    return c != NULL ? camtg_image_word_count(camtg_image_of(c), c->actors) : 0;
}

const camtg_entity *camtg_commitment_actor(const camtg_commitment *c, size_t index)
{
    if (c == NULL)
        return NULL;
    const camtg_db *db = camtg_image_of(c);
    return camtg_image_entity(db, camtg_image_word(db, c->actors, index));
}

size_t camtg_commitment_target_count(const camtg_commitment *c)
{
    return c != NULL ? camtg_image_word_count(camtg_image_of(c), c->targets) : 0;
}

const camtg_entity *camtg_commitment_target(const camtg_commitment *c, size_t index)
{
    if (c == NULL)
        return NULL;
    const camtg_db *db = camtg_image_of(c);
    return camtg_image_entity(db, camtg_image_word(db, c->targets, index));
}

size_t camtg_commitment_object_count(const camtg_commitment *c)
{
    return c != NULL ? camtg_image_word_count(camtg_image_of(c), c->objects) : 0;
}

const camtg_entity *camtg_commitment_object(const camtg_commitment *c, size_t index)
{
    if (c == NULL)
        return NULL;
    const camtg_db *db = camtg_image_of(c);
    return camtg_image_entity(db, camtg_image_word(db, c->objects, index));
}

size_t camtg_commitment_sector_count(const camtg_commitment *c)
{
    return c != NULL ? camtg_image_word_count(camtg_image_of(c), c->sectors) : 0;
}

camtg_sector camtg_commitment_sector(const camtg_commitment *c, size_t index)
{
    if (c == NULL)
        return CAMTG_SECTOR_INVALID;
    uint32_t value = camtg_image_word(camtg_image_of(c), c->sectors, index);
    return (camtg_sector)camtg_image_enum(value, CAMTG_SECTOR_COUNT, CAMTG_SECTOR_INVALID);
}

unsigned camtg_commitment_sector_mask(const camtg_commitment *c)
{
    return c != NULL ? c->sector_mask : 0u;
}

const camtg_source *camtg_commitment_source(const camtg_commitment *c)
{
    return c != NULL ? camtg_image_source(camtg_image_of(c), c->source) : NULL;
}

const char *camtg_commitment_quote(const camtg_commitment *c)
{
    return c != NULL ? camtg_image_string(camtg_image_of(c), c->quote) : NULL;
}

/* Offsets are stored in 32 bits, so they always fit in a long. */
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
