/* SPDX-License-Identifier: MIT */
/* Laying a draft out as an image (image.h). The loader has written the
 * strings into the image already, right after the header (draft.c); here
 * follow the records of each kind, their sub-records, the lists and the
 * two hash tables. Then the unused tail of the reservation is given back
 * and the image made read-only. */
#include <string.h>

#include "draft.h"
#include "utf8.h"

typedef struct builder {
    const camtg_draft *d;
    unsigned char *base;
    camtg_db *db;
    size_t capacity;
    uint32_t *words;
    size_t words_used, mentions_used, citations_used;
} builder;

/* The first element of section s, once lay_out() has placed it. */
static void *section_at(const builder *b, camtg_image_section_id s)
{
    return b->base + b->db->sections[s].offset;
}

static size_t align_up(size_t n)
{
    return (n + CAMTG_IMAGE_SECTION_ALIGN - 1) / CAMTG_IMAGE_SECTION_ALIGN *
           CAMTG_IMAGE_SECTION_ALIGN;
}

static int too_large(camtg_error *err, const char *what)
{
    return camtg_error_set(err, CAMTG_ELIMIT, "",
                           "the database is too large for an image: its %s do not fit in "
                           "%llu bytes",
                           what, (unsigned long long)CAMTG_IMAGE_MAX_BYTES);
}

/* ---- strings ---------------------------------------------------------- */

/* Every string of the draft is in STRINGS already (camtg_draft_strndup). */
static uint32_t string_at(const builder *b, const char *s)
{
    if (s == NULL)
        return CAMTG_IMAGE_NONE;
    return (uint32_t)((const unsigned char *)s - (b->base + CAMTG_DRAFT_STRINGS_AT));
}

/* ---- lists ------------------------------------------------------------ */

static camtg_image_list list_start(const builder *b, size_t n)
{
    return (camtg_image_list){(uint32_t)b->words_used, (uint32_t)n};
}

static camtg_image_list entity_list(builder *b, const camtg_draft_entity *const *items,
                                    size_t n)
{
    camtg_image_list l = list_start(b, n);
    for (size_t i = 0; i < n; i++)
        b->words[b->words_used++] = (uint32_t)items[i]->rec.index;
    return l;
}

static camtg_image_list string_list(builder *b, const char *const *items, size_t n)
{
    camtg_image_list l = list_start(b, n);
    for (size_t i = 0; i < n; i++)
        b->words[b->words_used++] = string_at(b, items[i]);
    return l;
}

static camtg_image_list index_list(builder *b, const camtg_index_list *list)
{
    camtg_image_list l = list_start(b, list->count);
    if (list->count > 0)
        memcpy(b->words + b->words_used, list->items, list->count * sizeof *list->items);
    b->words_used += list->count;
    return l;
}

static uint32_t record_of(const void *record)
{
    return record != NULL ? (uint32_t)((const camtg_draft_record *)record)->index
                          : CAMTG_IMAGE_NONE;
}

/* ---- records ---------------------------------------------------------- */

static void put_source(builder *b, const camtg_draft_record *rec, void *record)
{
    const camtg_draft_source *s = (const camtg_draft_source *)rec;
    camtg_source *out = record;
    out->id = string_at(b, s->rec.id);
    out->title = string_at(b, s->title);
    out->publisher = string_at(b, s->publisher);
    out->published = string_at(b, s->published);
    out->dateline = string_at(b, s->dateline);
    out->language = string_at(b, s->language);
    out->url = string_at(b, s->url);
    out->text = string_at(b, s->text);
    out->text_bytes = (uint32_t)s->text_bytes;
    out->text_chars = (uint32_t)s->text_chars;
    size_t n = camtg_utf8_checkpoint_count(s->text_chars);
    out->checkpoints = list_start(b, n);
    for (size_t i = 0; i < n; i++)
        b->words[b->words_used++] = (uint32_t)s->checkpoints[i];
}

static camtg_image_list put_mentions(builder *b, const camtg_draft_entity *e)
{
    camtg_mention *out = section_at(b, CAMTG_SECTION_MENTIONS);
    camtg_image_list l = {(uint32_t)b->mentions_used, (uint32_t)e->mention_count};
    for (size_t k = 0; k < e->mention_count; k++) {
        const camtg_text_span *span = &e->mentions[k].span;
        camtg_mention *m = &out[b->mentions_used++];
        m->entity = (uint32_t)e->rec.index;
        m->source = record_of(span->source);
        m->start = (uint32_t)span->start;
        m->end = (uint32_t)span->end;
        m->byte_start = (uint32_t)span->byte_start;
        m->byte_end = (uint32_t)span->byte_end;
        m->text = string_at(b, span->text);
    }
    return l;
}

static void put_entity(builder *b, const camtg_draft_record *rec, void *record)
{
    const camtg_draft_entity *e = (const camtg_draft_entity *)rec;
    camtg_entity *out = record;
    out->id = string_at(b, e->rec.id);
    out->type = (uint32_t)e->type;
    out->name = string_at(b, e->name);
    out->wikidata = string_at(b, e->wikidata);
    out->description = string_at(b, e->description);
    out->aliases = string_list(b, e->aliases, e->alias_count);
    out->country = record_of(e->country);
    out->positions = string_list(b, e->positions, e->position_count);
    out->within = record_of(e->within);
    out->members = entity_list(b, e->members, e->member_count);
    out->groups = entity_list(b, e->groups, e->group_count);
    out->date = string_at(b, e->date);
    out->place = record_of(e->place);
    out->as_actor = index_list(b, &e->as_actor);
    out->as_target = index_list(b, &e->as_target);
    out->involving = index_list(b, &e->involving);
    out->merged_groups = entity_list(b, e->merged_groups, e->merged_group_count);
    out->mentions = put_mentions(b, e);
}

static void put_meeting(builder *b, const camtg_draft_record *rec, void *record)
{
    const camtg_draft_meeting *m = (const camtg_draft_meeting *)rec;
    camtg_meeting *out = record;
    out->id = string_at(b, m->rec.id);
    out->title = string_at(b, m->title);
    out->date = string_at(b, m->date);
    out->format = string_at(b, m->format);
    out->place = record_of(m->place);
    out->host = record_of(m->host);
    out->context = record_of(m->context);
    out->source = record_of(m->source);
    out->participants = entity_list(b, m->participants, m->participant_count);
    out->commitments = index_list(b, &m->commitments);
}

static void put_commitment(builder *b, const camtg_draft_record *rec, void *record)
{
    const camtg_draft_commitment *c = (const camtg_draft_commitment *)rec;
    camtg_commitment *out = record;
    out->id = string_at(b, c->rec.id);
    out->cameo = string_at(b, c->cameo);
    out->verb = string_at(b, c->verb);
    out->summary = string_at(b, c->summary);
    out->quote = string_at(b, c->quote);
    out->meeting = record_of(c->meeting);
    out->kind = (uint32_t)c->kind;
    out->type = (uint32_t)c->type;
    out->status = (uint32_t)c->status;
    out->actors = entity_list(b, c->actors, c->actor_count);
    out->targets = entity_list(b, c->targets, c->target_count);
    out->objects = entity_list(b, c->objects, c->object_count);
    out->sectors = list_start(b, c->sector_count);
    for (size_t i = 0; i < c->sector_count; i++)
        b->words[b->words_used++] = c->sectors[i];
    out->sector_mask = c->sector_mask;
    out->source = record_of(c->source);
    out->start = (uint32_t)c->start;
    out->end = (uint32_t)c->end;
    out->byte_start = (uint32_t)c->byte_start;
    out->byte_end = (uint32_t)c->byte_end;
    out->followups = list_start(b, c->followup_count);
    for (size_t i = 0; i < c->followup_count; i++)
        b->words[b->words_used++] = record_of(c->followups[i]);
}

static void put_followup(builder *b, const camtg_draft_record *rec, void *record)
{
    const camtg_draft_followup *f = (const camtg_draft_followup *)rec;
    camtg_followup *out = record;
    out->id = string_at(b, f->rec.id);
    out->date = string_at(b, f->date);
    out->date_end = string_at(b, f->date_end);
    out->summary = string_at(b, f->summary);
    out->commitment = record_of(f->commitment);
    out->precision = (uint32_t)f->precision;
    out->status = (uint32_t)f->status;
    camtg_citation *citations = section_at(b, CAMTG_SECTION_CITATIONS);
    out->citations = (camtg_image_list){(uint32_t)b->citations_used, (uint32_t)f->citation_count};
    for (size_t k = 0; k < f->citation_count; k++) {
        camtg_citation *c = &citations[b->citations_used++];
        c->url = string_at(b, f->citations[k].url);
        c->publisher = string_at(b, f->citations[k].publisher);
        c->published = string_at(b, f->citations[k].published);
        c->title = string_at(b, f->citations[k].title);
    }
}

/* ---- layout ----------------------------------------------------------- */

/* Counts, in 64 bits so that no sum wraps before it is checked. */
typedef struct totals {
    uint64_t counts[CAMTG_SECTION_COUNT];
} totals;

static void count_sections(const camtg_draft *d, totals *t)
{
    memset(t, 0, sizeof *t);
    uint64_t *n = t->counts;
    uint64_t records = 0;
    for (int k = 0; k < CAMTG_RECORD_KIND_COUNT; k++) {
        n[CAMTG_SECTION_OF_KIND(k)] = camtg_draft_record_count(d, (camtg_record_kind)k);
        records += camtg_draft_record_count(d, (camtg_record_kind)k);
    }
    uint64_t words = 0;
    for (size_t i = 0; i < d->source_count; i++)
        words += camtg_utf8_checkpoint_count(d->sources[i].text_chars);
    for (size_t i = 0; i < d->entity_count; i++) {
        const camtg_draft_entity *e = &d->entities[i];
        words += (uint64_t)e->alias_count + e->position_count + e->member_count +
                 e->group_count + e->as_actor.count + e->as_target.count + e->involving.count +
                 e->merged_group_count;
        n[CAMTG_SECTION_MENTIONS] += e->mention_count;
    }
    for (size_t i = 0; i < d->meeting_count; i++)
        words += (uint64_t)d->meetings[i].participant_count + d->meetings[i].commitments.count;
    for (size_t i = 0; i < d->commitment_count; i++) {
        const camtg_draft_commitment *c = &d->commitments[i];
        words += (uint64_t)c->actor_count + c->target_count + c->object_count +
                 c->sector_count + c->followup_count;
    }
    for (size_t i = 0; i < d->followup_count; i++)
        n[CAMTG_SECTION_CITATIONS] += d->followups[i].citation_count;
    n[CAMTG_SECTION_WORDS] = words;
    n[CAMTG_SECTION_STRINGS] = d->strings_used;
    /* at most half full, so that a probe soon meets an empty slot */
    uint64_t slots = 16;
    while (slots < 2 * records)
        slots *= 2;
    n[CAMTG_SECTION_IDS] = slots;
    slots = 16;
    while (slots < 2 * (uint64_t)d->entity_keys.count)
        slots *= 2;
    n[CAMTG_SECTION_KEYS] = slots;
}

/* The order sections lie in: STRINGS first, as it grew while the loader
 * read; then the rest, whose sizes are known once it has read all. */
static const camtg_image_section_id LAYOUT[CAMTG_SECTION_COUNT] = {
    CAMTG_SECTION_STRINGS,  CAMTG_SECTION_SOURCES,  CAMTG_SECTION_ENTITIES,
    CAMTG_SECTION_MEETINGS, CAMTG_SECTION_COMMITMENTS, CAMTG_SECTION_FOLLOWUPS,
    CAMTG_SECTION_MENTIONS, CAMTG_SECTION_CITATIONS, CAMTG_SECTION_WORDS,
    CAMTG_SECTION_IDS,      CAMTG_SECTION_KEYS,
};

/* Places every section; fails when the image would not fit. Every count
 * is below NONE, which means "absent". */
static int lay_out(builder *b, const totals *t, camtg_error *err)
{
    uint64_t at = CAMTG_DRAFT_STRINGS_AT;
    for (int i = 0; i < CAMTG_SECTION_COUNT; i++) {
        camtg_image_section_id s = LAYOUT[i];
        uint64_t bytes = t->counts[s] * camtg_image_element_bytes[s];
        if (t->counts[s] >= CAMTG_IMAGE_NONE || bytes >= CAMTG_IMAGE_MAX_BYTES - at)
            return too_large(err, camtg_image_section_names[s]);
        b->db->sections[s].offset = (uint32_t)at;
        b->db->sections[s].count = (uint32_t)t->counts[s];
        at = align_up((size_t)(at + bytes));
    }
    b->words = section_at(b, CAMTG_SECTION_WORDS);
    return CAMTG_OK;
}

/* ---- hash tables ------------------------------------------------------ */

static void fill_ids(builder *b)
{
    const camtg_draft *d = b->d;
    uint32_t capacity = b->db->sections[CAMTG_SECTION_IDS].count, mask = capacity - 1;
    uint32_t *slots = section_at(b, CAMTG_SECTION_IDS);
    memset(slots, 0xFF, (size_t)capacity * sizeof *slots);
    uint32_t number = 0;
    for (int k = 0; k < CAMTG_RECORD_KIND_COUNT; k++) {
        size_t n = camtg_draft_record_count(d, (camtg_record_kind)k);
        for (size_t i = 0; i < n; i++, number++) {
            const camtg_draft_record *rec = camtg_draft_record_at(d, (camtg_record_kind)k, i);
            uint32_t at = (uint32_t)camtg_image_hash(rec->id, b->db->hash_seed) & mask;
            while (slots[at] != CAMTG_IMAGE_NONE)
                at = (at + 1) & mask;
            slots[at] = number;
        }
    }
}

/* Robin Hood insertion: walking from its home slot, the key further from
 * its own home keeps a slot, ties going to the smaller key. Every set of
 * keys then has one layout, whatever order it is inserted in, so the same
 * dataset compiles to the same bytes although the draft's table is walked
 * in an order that depends on where it lies in memory. A key still lies
 * after its home slot with no empty slot between, so readers probe plainly
 * (camtg_image_find_key). */
static void put_key(const builder *b, camtg_image_key *slots, uint32_t mask, camtg_image_key key)
{
    const char *text = (const char *)b->base + CAMTG_DRAFT_STRINGS_AT + key.key;
    uint32_t at = (uint32_t)camtg_image_hash(text, b->db->hash_seed) & mask, distance = 0;
    for (; slots[at].entity != CAMTG_IMAGE_NONE; at = (at + 1) & mask, distance++) {
        const char *held = (const char *)b->base + CAMTG_DRAFT_STRINGS_AT + slots[at].key;
        uint32_t held_distance = (at - (uint32_t)camtg_image_hash(held, b->db->hash_seed)) & mask;
        if (held_distance < distance || (held_distance == distance && strcmp(held, text) > 0)) {
            camtg_image_key displaced = slots[at];
            slots[at] = key;
            key = displaced;
            text = held;
            distance = held_distance;
        }
    }
    slots[at] = key;
}

/* The draft's table already holds each key once, with the entity that
 * wins it (ids before names before aliases). */
static void fill_keys(builder *b)
{
    const camtg_hash *keys = &b->d->entity_keys;
    uint32_t capacity = b->db->sections[CAMTG_SECTION_KEYS].count, mask = capacity - 1;
    camtg_image_key *slots = section_at(b, CAMTG_SECTION_KEYS);
    memset(slots, 0xFF, (size_t)capacity * sizeof *slots);
    for (size_t j = 0; j < keys->capacity; j++) {
        const camtg_hash_slot *s = &keys->slots[j];
        if (s->key != NULL)
            put_key(b, slots, mask,
                    (camtg_image_key){.key = string_at(b, s->key), .entity = record_of(s->value)});
    }
}

/* ---- the whole image -------------------------------------------------- */

/* Writes one record of the image from its draft; by record kind. */
static void (*const PUT[CAMTG_RECORD_KIND_COUNT])(builder *b, const camtg_draft_record *rec,
                                                  void *record) = {
    [CAMTG_RECORD_SOURCE] = put_source,         [CAMTG_RECORD_ENTITY] = put_entity,
    [CAMTG_RECORD_MEETING] = put_meeting,       [CAMTG_RECORD_COMMITMENT] = put_commitment,
    [CAMTG_RECORD_FOLLOWUP] = put_followup,
};

static void fill(builder *b)
{
    const camtg_draft *d = b->d;
    for (int k = 0; k < CAMTG_RECORD_KIND_COUNT; k++) {
        camtg_image_section_id s = CAMTG_SECTION_OF_KIND(k);
        unsigned char *records = section_at(b, s);
        size_t n = camtg_draft_record_count(d, (camtg_record_kind)k);
        for (size_t i = 0; i < n; i++)
            PUT[k](b, camtg_draft_record_at(d, (camtg_record_kind)k, i),
                   records + i * camtg_image_element_bytes[s]);
    }
    fill_ids(b);
    fill_keys(b);
    b->db->followups_researched = string_at(b, d->followups_researched);
    /* Version 2 derives each status from the timeline, which the image now
     * holds; version 1 stored it. */
    camtg_commitment *commitments = section_at(b, CAMTG_SECTION_COMMITMENTS);
    if (d->schema_version >= 2)
        for (size_t i = 0; i < d->commitment_count; i++)
            commitments[i].status = (uint32_t)camtg_commitment_status_at(
                &commitments[i], d->followups_researched);
}

static void fill_header(builder *b)
{
    camtg_db *db = b->db;
    memcpy(db->magic, CAMTG_IMAGE_MAGIC, CAMTG_IMAGE_MAGIC_BYTES);
    db->version = CAMTG_IMAGE_VERSION;
    db->byte_order = CAMTG_IMAGE_BYTE_ORDER;
    db->header_bytes = (uint32_t)sizeof *db;
    db->section_count = CAMTG_SECTION_COUNT;
    db->schema_version = (uint32_t)b->d->schema_version;
    db->reserved = 0;
    /* Seeded from the strings, which hold every id and lookup key: the same
     * dataset always gets the same seed (and image), while keys chosen to
     * collide under one seed change the seed by their being there. */
    db->hash_seed = camtg_image_checksum(b->base + CAMTG_DRAFT_STRINGS_AT, b->d->strings_used);
}

int camtg_image_build(camtg_draft *d, camtg_db **out, camtg_error *err)
{
    *out = NULL;
    builder b;
    memset(&b, 0, sizeof b);
    b.d = d;
    b.capacity = (size_t)CAMTG_IMAGE_MAX_BYTES;
    b.base = d->image;
    b.db = (camtg_db *)(void *)b.base;
    /* the header first, then, once the layout gives the size, the rest:
     * the reservation is made accessible only as far as it is used */
    if (camtg_image_commit(b.base, b.capacity, &d->committed, sizeof *b.db) != 0)
        return camtg_error_set(err, CAMTG_ENOMEM, "", "out of memory laying out the database");
    fill_header(&b);
    totals t;
    count_sections(d, &t);
    int rc = lay_out(&b, &t, err);
    if (rc < 0)
        return rc;
    camtg_db *db = b.db;
    camtg_image_section_id last = LAYOUT[CAMTG_SECTION_COUNT - 1];
    size_t size = db->sections[last].offset +
                  (size_t)db->sections[last].count * camtg_image_element_bytes[last];
    if (camtg_image_commit(b.base, b.capacity, &d->committed, size) != 0)
        return camtg_error_set(err, CAMTG_ENOMEM, "", "out of memory laying out the database");
    fill(&b);
    db->size = (uint32_t)size;
    db->checksum = camtg_image_sum(db);
    camtg_image_seal(db, b.capacity);
    d->image = NULL;
    *out = db;
    return CAMTG_OK;
}
