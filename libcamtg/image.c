/* SPDX-License-Identifier: MIT */
/* Reading an image's hash sections, its checksum, and the evidence check
 * shared by loading and camtg_db_verify. */
#include <string.h>

#include "hash.h"
#include "image.h"

uint64_t camtg_image_hash(const char *key, uint64_t seed)
{
    return camtg_hash_key(key, seed);
}

/* The record a record number names, and its kind; NULL when out of range. */
static const void *record_numbered(const camtg_db *db, uint32_t number, camtg_record_kind *kind)
{
    for (int k = 0; k < CAMTG_RECORD_KIND_COUNT; k++) {
        camtg_image_section_id s = CAMTG_SECTION_OF_KIND(k);
        uint32_t n = camtg_image_count(db, s);
        if (number < n) {
            *kind = (camtg_record_kind)k;
            return camtg_image_element(db, s, number, camtg_image_element_bytes[s]);
        }
        number -= n;
    }
    return NULL;
}

/* Every record struct starts with its id. */
static const char *record_id(const camtg_db *db, const void *record)
{
    uint32_t id;
    memcpy(&id, record, sizeof id);
    return camtg_image_string(db, id);
}

/* Both hash sections probe linearly from the key's hash; a table has a
 * power-of-two number of slots (checked when the image is opened) and at
 * least one empty slot in a sound image. A damaged one may have none, so a
 * probe gives up after visiting every slot. */
const void *camtg_image_find_id(const camtg_db *db, const char *id, camtg_record_kind kind)
{
    uint32_t capacity = camtg_image_count(db, CAMTG_SECTION_IDS);
    if (capacity == 0)
        return NULL;
    const uint32_t *slots = (const uint32_t *)camtg_image_section_base(db, CAMTG_SECTION_IDS);
    uint32_t mask = capacity - 1;
    uint32_t at = (uint32_t)camtg_image_hash(id, db->hash_seed) & mask;
    for (uint32_t probes = 0; probes < capacity; probes++, at = (at + 1) & mask) {
        if (slots[at] == CAMTG_IMAGE_NONE)
            return NULL;
        camtg_record_kind found;
        const void *record = record_numbered(db, slots[at], &found);
        const char *record_key = record != NULL ? record_id(db, record) : NULL;
        if (record_key != NULL && strcmp(record_key, id) == 0)
            return found == kind ? record : NULL;
    }
    return NULL;
}

const camtg_entity *camtg_image_find_key(const camtg_db *db, const char *folded)
{
    uint32_t capacity = camtg_image_count(db, CAMTG_SECTION_KEYS);
    if (capacity == 0)
        return NULL;
    const camtg_image_key *slots =
        (const camtg_image_key *)camtg_image_section_base(db, CAMTG_SECTION_KEYS);
    uint32_t mask = capacity - 1;
    uint32_t at = (uint32_t)camtg_image_hash(folded, db->hash_seed) & mask;
    for (uint32_t probes = 0; probes < capacity; probes++, at = (at + 1) & mask) {
        if (slots[at].entity == CAMTG_IMAGE_NONE)
            return NULL;
        const char *key = camtg_image_string(db, slots[at].key);
        if (key != NULL && strcmp(key, folded) == 0)
            return camtg_image_entity(db, slots[at].entity);
    }
    return NULL;
}

/* 64-bit words at a time, each folded in with a multiply and a rotation,
 * then the tail bytes: fast enough that camtg_db_verify's walk, not the
 * checksum, sets its pace, and any one flipped bit changes the result. */
uint64_t camtg_image_checksum(const void *data, size_t len)
{
    const unsigned char *p = data;
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ (uint64_t)len;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, sizeof w);
        h ^= w;
        h *= 0xFF51AFD7ED558CCDULL;
        h = (h << 29) | (h >> 35);
    }
    for (; i < len; i++) {
        h ^= p[i];
        h *= 0x100000001B3ULL;
    }
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ULL;
    h ^= h >> 33;
    return h;
}

uint64_t camtg_image_sum(const camtg_db *db)
{
    struct camtg_db header;
    memcpy(&header, db, sizeof header);
    header.checksum = 0;
    header.mapped = 0;
    uint64_t head = camtg_image_checksum(&header, sizeof header);
    uint64_t body = camtg_image_checksum((const unsigned char *)db + sizeof header,
                                         db->size - sizeof header);
    return body ^ ((head << 17) | (head >> 47)) ^ 0xA24BAED4963EE407ULL;
}

int camtg_image_span_matches(const camtg_db *db, uint32_t source, uint32_t start, uint32_t end,
                             uint32_t byte_start, uint32_t byte_end, uint32_t text)
{
    const camtg_source *s = camtg_image_source(db, source);
    const char *slice = camtg_image_string(db, text);
    if (s == NULL || slice == NULL || s->text >= camtg_image_count(db, CAMTG_SECTION_STRINGS))
        return 0;
    /* The source's byte count is checked against its text by
     * camtg_db_verify; here it only has to keep the comparison inside the
     * strings, whatever a damaged image holds. */
    uint32_t room = camtg_image_count(db, CAMTG_SECTION_STRINGS) - s->text;
    const char *full = camtg_image_string(db, s->text);
    size_t len = strlen(slice);
    return start < end && end <= s->text_chars && byte_start <= byte_end &&
           byte_end <= s->text_bytes && s->text_bytes < room && byte_end - byte_start == len &&
           memcmp(full + byte_start, slice, len) == 0;
}
