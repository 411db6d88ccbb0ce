/* SPDX-License-Identifier: MIT */
/* camtg_db_verify: the whole check of an image, which opening a snapshot
 * leaves out so that it costs nothing. The checksum first (any change to a
 * written snapshot), then every record field by field against one table per
 * record kind (a snapshot made by hand can carry a right checksum), then
 * what holds across records: ids and lookup keys reachable through their
 * hash tables, sorted commitment lists, timelines, and every quote and
 * mention equal to the slice of its source that its offsets name. */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "date.h"
#include "image.h"
#include "utf8.h"
#include "value_rules.h"

/* How a field is checked. */
typedef enum check {
    CHECK_STRING,    /* a string: the start of a non-empty string in STRINGS */
    CHECK_DATE,      /* a string that is a YYYY-MM-DD date */
    CHECK_REF,       /* an index in the section of record kind `target` */
    CHECK_ENUM,      /* a value below `target` */
    CHECK_NUMBER,    /* any value; what it must be is checked with the evidence */
    CHECK_NUMBERS,   /* a list in WORDS of any values, checked with what they describe */
    CHECK_STRINGS,   /* a list of strings in WORDS */
    CHECK_REFS,      /* a list of indexes of kind `target` in WORDS */
    CHECK_ASCENDING, /* a list of commitment indexes in WORDS, strictly increasing */
    CHECK_SECTORS,   /* a list of sector values in WORDS */
    CHECK_MENTIONS,  /* the record's run of MENTIONS, right after the previous record's */
    CHECK_CITATIONS, /* the record's run of CITATIONS, likewise */
} check;

typedef struct field {
    const char *name; /* as in the JSON, for messages */
    check how;
    int required; /* a string or reference that may not be NONE */
    int target;   /* a camtg_record_kind, or a vocabulary's count */
    size_t at;    /* offsetof the field in its struct */
} field;

#define FIELD(type, member, how, required, target)                                            \
    {#member, how, required, target, offsetof(type, member)}
#define STRING(type, member, required) FIELD(type, member, CHECK_STRING, required, 0)
#define DATE(type, member, required) FIELD(type, member, CHECK_DATE, required, 0)
#define REF(type, member, required, kind) FIELD(type, member, CHECK_REF, required, kind)
#define NUMBER(type, member) FIELD(type, member, CHECK_NUMBER, 0, 0)

static const field SOURCE_FIELDS[] = {
    STRING(camtg_source, id, 1),
    STRING(camtg_source, title, 1),
    STRING(camtg_source, publisher, 1),
    DATE(camtg_source, published, 1),
    STRING(camtg_source, dateline, 1),
    STRING(camtg_source, language, 1),
    STRING(camtg_source, url, 0),
    STRING(camtg_source, text, 1),
    NUMBER(camtg_source, text_bytes),
    NUMBER(camtg_source, text_chars),
    FIELD(camtg_source, checkpoints, CHECK_NUMBERS, 0, 0),
};

static const field ENTITY_FIELDS[] = {
    STRING(camtg_entity, id, 1),
    FIELD(camtg_entity, type, CHECK_ENUM, 0, CAMTG_ENTITY_TYPE_COUNT),
    STRING(camtg_entity, name, 1),
    STRING(camtg_entity, wikidata, 0),
    STRING(camtg_entity, description, 0),
    FIELD(camtg_entity, aliases, CHECK_STRINGS, 0, 0),
    REF(camtg_entity, country, 0, CAMTG_RECORD_ENTITY),
    FIELD(camtg_entity, positions, CHECK_STRINGS, 0, 0),
    REF(camtg_entity, within, 0, CAMTG_RECORD_ENTITY),
    FIELD(camtg_entity, members, CHECK_REFS, 0, CAMTG_RECORD_ENTITY),
    FIELD(camtg_entity, groups, CHECK_REFS, 0, CAMTG_RECORD_ENTITY),
    DATE(camtg_entity, date, 0),
    REF(camtg_entity, place, 0, CAMTG_RECORD_ENTITY),
    FIELD(camtg_entity, as_actor, CHECK_ASCENDING, 0, 0),
    FIELD(camtg_entity, as_target, CHECK_ASCENDING, 0, 0),
    FIELD(camtg_entity, involving, CHECK_ASCENDING, 0, 0),
    FIELD(camtg_entity, merged_groups, CHECK_REFS, 0, CAMTG_RECORD_ENTITY),
    FIELD(camtg_entity, mentions, CHECK_MENTIONS, 0, 0),
};

static const field MEETING_FIELDS[] = {
    STRING(camtg_meeting, id, 1),
    STRING(camtg_meeting, title, 1),
    DATE(camtg_meeting, date, 1),
    STRING(camtg_meeting, format, 1),
    REF(camtg_meeting, place, 1, CAMTG_RECORD_ENTITY),
    REF(camtg_meeting, host, 1, CAMTG_RECORD_ENTITY),
    REF(camtg_meeting, context, 0, CAMTG_RECORD_ENTITY),
    REF(camtg_meeting, source, 1, CAMTG_RECORD_SOURCE),
    FIELD(camtg_meeting, participants, CHECK_REFS, 0, CAMTG_RECORD_ENTITY),
    FIELD(camtg_meeting, commitments, CHECK_ASCENDING, 0, 0),
};

static const field COMMITMENT_FIELDS[] = {
    STRING(camtg_commitment, id, 1),
    STRING(camtg_commitment, cameo, 0),
    STRING(camtg_commitment, verb, 1),
    STRING(camtg_commitment, summary, 1),
    STRING(camtg_commitment, quote, 1),
    REF(camtg_commitment, meeting, 1, CAMTG_RECORD_MEETING),
    FIELD(camtg_commitment, kind, CHECK_ENUM, 0, CAMTG_KIND_COUNT),
    FIELD(camtg_commitment, type, CHECK_ENUM, 0, CAMTG_PLOVER_COUNT),
    FIELD(camtg_commitment, status, CHECK_ENUM, 0, CAMTG_STATUS_COUNT),
    FIELD(camtg_commitment, actors, CHECK_REFS, 0, CAMTG_RECORD_ENTITY),
    FIELD(camtg_commitment, targets, CHECK_REFS, 0, CAMTG_RECORD_ENTITY),
    FIELD(camtg_commitment, objects, CHECK_REFS, 0, CAMTG_RECORD_ENTITY),
    FIELD(camtg_commitment, sectors, CHECK_SECTORS, 0, CAMTG_SECTOR_COUNT),
    NUMBER(camtg_commitment, sector_mask),
    REF(camtg_commitment, source, 1, CAMTG_RECORD_SOURCE),
    NUMBER(camtg_commitment, start),
    NUMBER(camtg_commitment, end),
    NUMBER(camtg_commitment, byte_start),
    NUMBER(camtg_commitment, byte_end),
    FIELD(camtg_commitment, followups, CHECK_REFS, 0, CAMTG_RECORD_FOLLOWUP),
};

static const field FOLLOWUP_FIELDS[] = {
    STRING(camtg_followup, id, 1),
    DATE(camtg_followup, date, 1),
    DATE(camtg_followup, date_end, 1),
    STRING(camtg_followup, summary, 1),
    REF(camtg_followup, commitment, 1, CAMTG_RECORD_COMMITMENT),
    FIELD(camtg_followup, precision, CHECK_ENUM, 0, CAMTG_DATE_PRECISION_COUNT),
    FIELD(camtg_followup, status, CHECK_ENUM, 0, CAMTG_STATUS_COUNT),
    FIELD(camtg_followup, citations, CHECK_CITATIONS, 0, 0),
};

static const field MENTION_FIELDS[] = {
    REF(camtg_mention, entity, 1, CAMTG_RECORD_ENTITY),
    REF(camtg_mention, source, 1, CAMTG_RECORD_SOURCE),
    NUMBER(camtg_mention, start),
    NUMBER(camtg_mention, end),
    NUMBER(camtg_mention, byte_start),
    NUMBER(camtg_mention, byte_end),
    STRING(camtg_mention, text, 1),
};

static const field CITATION_FIELDS[] = {
    STRING(camtg_citation, url, 1),
    STRING(camtg_citation, publisher, 1),
    DATE(camtg_citation, published, 0),
    STRING(camtg_citation, title, 0),
};

typedef struct table {
    const char *key;    /* the JSON array: "commitments" */
    const char *record; /* one record, in messages */
    size_t size;
    const field *fields;
    size_t field_count;
} table;

#define TABLE(key, record, type, fields)                                                       \
    {key, record, sizeof(type), fields, sizeof fields / sizeof fields[0]}

/* One row per record kind, in camtg_record_kind order, then the two kinds
 * of sub-record. */
enum { TABLE_MENTION = CAMTG_RECORD_KIND_COUNT, TABLE_CITATION, TABLE_COUNT };
static const table TABLES[TABLE_COUNT] = {
    TABLE("sources", "source", camtg_source, SOURCE_FIELDS),
    TABLE("entities", "entity", camtg_entity, ENTITY_FIELDS),
    TABLE("meetings", "meeting", camtg_meeting, MEETING_FIELDS),
    TABLE("commitments", "commitment", camtg_commitment, COMMITMENT_FIELDS),
    TABLE("followups", "follow-up", camtg_followup, FOLLOWUP_FIELDS),
    TABLE("mentions", "mention", camtg_mention, MENTION_FIELDS),
    TABLE("citations", "citation", camtg_citation, CITATION_FIELDS),
};

typedef struct checker {
    const camtg_db *db;
    camtg_error *err;
    int kind; /* of the records the current pass checks */
    char path[CAMTG_ERROR_PATH_LENGTH]; /* the record being checked */
    uint32_t next_run[TABLE_COUNT];     /* where the next mentions/citations run must start */
} checker;

/* Fails with CAMTG_ESNAPSHOT at the byte `at` points to. */
static int fault(checker *ck, const void *at, const char *name, const char *what)
{
    size_t offset = (size_t)((const unsigned char *)at - (const unsigned char *)ck->db);
    camtg_error_set(ck->err, CAMTG_ESNAPSHOT, ck->path, "snapshot: %s%s%s at byte %zu",
                    name != NULL ? name : "", name != NULL ? ": " : "", what, offset);
    if (ck->err != NULL)
        ck->err->offset = (long)offset;
    return CAMTG_ESNAPSHOT;
}

static uint32_t word_at(const void *record, size_t at)
{
    uint32_t w;
    memcpy(&w, (const unsigned char *)record + at, sizeof w);
    return w;
}

static camtg_image_list list_at(const void *record, size_t at)
{
    camtg_image_list l;
    memcpy(&l, (const unsigned char *)record + at, sizeof l);
    return l;
}

/* Whether `at` starts a non-empty string. */
static int string_ok(const camtg_db *db, uint32_t at)
{
    const char *s = camtg_image_string(db, at);
    return s != NULL && *s != '\0' && (at == 0 || s[-1] == '\0');
}

static uint32_t kind_count(const camtg_db *db, int kind)
{
    return camtg_image_count(db, CAMTG_SECTION_OF_KIND(kind));
}

/* Checks every item of a list in WORDS. */
static int check_words(checker *ck, const field *f, const void *where, camtg_image_list list)
{
    size_t count;
    const uint32_t *items = camtg_image_words(ck->db, list, &count);
    if (items == NULL)
        return fault(ck, where, f->name, "the list lies outside the words section");
    for (size_t k = 0; k < count; k++) {
        uint32_t w = items[k];
        int ok;
        switch (f->how) {
        case CHECK_STRINGS: ok = string_ok(ck->db, w); break;
        case CHECK_NUMBERS: ok = 1; break;
        case CHECK_REFS: ok = w < kind_count(ck->db, f->target); break;
        case CHECK_ASCENDING:
            ok = w < kind_count(ck->db, CAMTG_RECORD_COMMITMENT) && (k == 0 || items[k - 1] < w);
            break;
        case CHECK_SECTORS: ok = w < (uint32_t)f->target; break;
        default: ok = 0; break;
        }
        if (!ok)
            return fault(ck, &items[k], f->name, "a list item out of range or out of order");
    }
    return CAMTG_OK;
}

static int check_record(checker *ck, int t, const void *record);

/* A record's run of sub-records: right after the previous record's run
 * (so each sub-record belongs to exactly one record), each checked. */
static int check_run(checker *ck, const field *f, const void *where, camtg_image_list list,
                     int sub)
{
    camtg_image_section_id s = sub == TABLE_MENTION ? CAMTG_SECTION_MENTIONS
                                                    : CAMTG_SECTION_CITATIONS;
    size_t count;
    const unsigned char *run = camtg_image_run(ck->db, s, list, TABLES[sub].size, &count);
    if (run == NULL || list.first != ck->next_run[sub])
        return fault(ck, where, f->name, "the run is out of place");
    ck->next_run[sub] += list.count;
    size_t saved = strlen(ck->path);
    for (size_t k = 0; k < count; k++) {
        snprintf(ck->path + saved, sizeof ck->path - saved, "/%s/%zu", f->name, k);
        int rc = check_record(ck, sub, run + k * TABLES[sub].size);
        if (rc < 0)
            return rc;
    }
    ck->path[saved] = '\0';
    return CAMTG_OK;
}

static int check_field(checker *ck, const field *f, const void *record)
{
    const void *where = (const unsigned char *)record + f->at;
    uint32_t w = word_at(record, f->at);
    switch (f->how) {
    case CHECK_STRING:
    case CHECK_DATE:
        if (w == CAMTG_IMAGE_NONE)
            return f->required ? fault(ck, where, f->name, "a required string is absent") : 0;
        if (!string_ok(ck->db, w))
            return fault(ck, where, f->name, "not the start of a string");
        if (f->how == CHECK_DATE && !camtg_date_is_valid(camtg_image_string(ck->db, w)))
            return fault(ck, where, f->name, "not a YYYY-MM-DD date");
        return CAMTG_OK;
    case CHECK_REF:
        if (w == CAMTG_IMAGE_NONE)
            return f->required ? fault(ck, where, f->name, "a required reference is absent") : 0;
        return w < kind_count(ck->db, f->target)
                   ? CAMTG_OK
                   : fault(ck, where, f->name, "names no record of its kind");
    case CHECK_ENUM:
        return w < (uint32_t)f->target ? CAMTG_OK
                                       : fault(ck, where, f->name, "a value out of range");
    case CHECK_NUMBER: return CAMTG_OK;
    case CHECK_MENTIONS: return check_run(ck, f, where, list_at(record, f->at), TABLE_MENTION);
    case CHECK_CITATIONS: return check_run(ck, f, where, list_at(record, f->at), TABLE_CITATION);
    default: return check_words(ck, f, where, list_at(record, f->at));
    }
}

static int check_record(checker *ck, int t, const void *record)
{
    for (size_t i = 0; i < TABLES[t].field_count; i++) {
        int rc = check_field(ck, &TABLES[t].fields[i], record);
        if (rc < 0)
            return rc;
    }
    return CAMTG_OK;
}

/* ---- What holds across records -------------------------------------- */

/* The byte offset of code point cp of a source's text, through its
 * checkpoints (already checked). */
static size_t byte_offset(const camtg_db *db, const camtg_source *s, uint32_t cp)
{
    return camtg_utf8_advance(camtg_image_string(db, s->text),
                              camtg_image_word(db, s->checkpoints, cp / CAMTG_UTF8_STRIDE),
                              cp % CAMTG_UTF8_STRIDE);
}

/* A source's byte and character counts and checkpoints, against its text. */
static int check_source(checker *ck, const camtg_source *s)
{
    const camtg_db *db = ck->db;
    const char *text = camtg_image_string(db, s->text);
    size_t bytes = strlen(text);
    if (s->text_bytes != bytes || s->text_chars != camtg_utf8_count(text, bytes))
        return fault(ck, &s->text_bytes, "text", "the counts do not match the text");
    size_t count;
    const uint32_t *points = camtg_image_words(db, s->checkpoints, &count);
    if (count != camtg_utf8_checkpoint_count(s->text_chars))
        return fault(ck, &s->checkpoints, "checkpoints", "a count that does not fit the text");
    /* each checkpoint a stride after the one before it, checked already */
    for (size_t k = 0; k < count; k++) {
        size_t at = k == 0 ? 0 : camtg_utf8_advance(text, points[k - 1], CAMTG_UTF8_STRIDE);
        if (points[k] != at)
            return fault(ck, &points[k], "checkpoints", "a checkpoint off its code point");
    }
    return CAMTG_OK;
}

/* A quote or mention: the slice its offsets name, in code points and in
 * bytes, holds exactly its text. */
static int span_ok(const camtg_db *db, uint32_t source, uint32_t start, uint32_t end,
                   uint32_t byte_start, uint32_t byte_end, uint32_t text)
{
    const camtg_source *s = camtg_image_source(db, source);
    return camtg_image_span_matches(db, source, start, end, byte_start, byte_end, text) &&
           byte_offset(db, s, start) == byte_start && byte_offset(db, s, end) == byte_end;
}

static int evidence_fault(checker *ck, const char *what, const char *id, const camtg_db *db,
                          uint32_t source, uint32_t start, uint32_t end)
{
    const camtg_source *s = camtg_image_source(db, source);
    return camtg_error_set(ck->err, CAMTG_EEVIDENCE, ck->path,
                           "%s: the %s no longer matches source \"%.60s\" at [%u, %u)", id, what,
                           camtg_source_id(s), (unsigned)start, (unsigned)end);
}

static int check_commitment(checker *ck, const void *record, uint32_t index)
{
    const camtg_db *db = ck->db;
    const camtg_commitment *c = record;
    char id[80];
    snprintf(id, sizeof id, "commitment \"%.60s\"", camtg_image_string(db, c->id));
    if (!span_ok(db, c->source, c->start, c->end, c->byte_start, c->byte_end, c->quote)) {
        snprintf(ck->path, sizeof ck->path, "/commitments/%u/evidence/quote", (unsigned)index);
        return evidence_fault(ck, "quote", id, db, c->source, c->start, c->end);
    }
    unsigned mask = 0;
    size_t count;
    const uint32_t *sectors = camtg_image_words(db, c->sectors, &count);
    for (size_t k = 0; k < count; k++)
        mask |= CAMTG_BIT(sectors[k]);
    if (mask != c->sector_mask)
        return fault(ck, &c->sector_mask, "sector_mask", "does not match the sectors");
    /* The timeline: this commitment's follow-ups, in date order. */
    const uint32_t *timeline = camtg_image_words(db, c->followups, &count);
    const char *previous = NULL;
    for (size_t k = 0; k < count; k++) {
        const camtg_followup *f = camtg_image_followup(db, timeline[k]);
        const char *date = camtg_image_string(db, f->date);
        if (f->commitment != index || (previous != NULL && strcmp(previous, date) > 0))
            return fault(ck, &timeline[k], "followups", "not this commitment's timeline");
        previous = date;
    }
    return CAMTG_OK;
}

static int check_mentions(checker *ck, const void *record, uint32_t index)
{
    const camtg_db *db = ck->db;
    const camtg_entity *e = record;
    size_t count;
    const camtg_mention *run = camtg_image_run(db, CAMTG_SECTION_MENTIONS, e->mentions,
                                               sizeof(camtg_mention), &count);
    for (size_t k = 0; k < count; k++) {
        const camtg_mention *m = &run[k];
        if (m->entity != index)
            return fault(ck, &m->entity, "entity", "a mention filed under another entity");
        if (!span_ok(db, m->source, m->start, m->end, m->byte_start, m->byte_end, m->text)) {
            char id[80];
            snprintf(id, sizeof id, "entity \"%.60s\"", camtg_image_string(db, e->id));
            snprintf(ck->path, sizeof ck->path, "/entities/%u/mentions/%zu/text", (unsigned)index,
                     k);
            return evidence_fault(ck, "mention", id, db, m->source, m->start, m->end);
        }
    }
    return CAMTG_OK;
}

/* ---- What the JSON loader requires of the values ----------------------
 * A snapshot cannot break a rule the loader enforces: which fields each
 * entity type has and what they name, what the dates of a follow-up are,
 * what status it may report. */

static int type_of(const camtg_db *db, uint32_t entity)
{
    const camtg_entity *e = camtg_image_entity(db, entity);
    return e != NULL ? (int)e->type : -1;
}

/* Whether `ref` is absent, or an entity of one of the types in mask. */
static int names_type(const camtg_db *db, uint32_t ref, unsigned mask)
{
    int type = type_of(db, ref);
    return ref == CAMTG_IMAGE_NONE || (type >= 0 && type < 32 && (mask & CAMTG_BIT(type)) != 0);
}

static int list_has(const camtg_db *db, camtg_image_list list, uint32_t value)
{
    size_t count;
    const uint32_t *items = camtg_image_words(db, list, &count);
    for (size_t k = 0; k < count; k++)
        if (items[k] == value)
            return 1;
    return 0;
}

static int check_entity_meaning(checker *ck, const void *record, uint32_t index)
{
    const camtg_db *db = ck->db;
    const camtg_entity *e = record;
    int person = e->type == CAMTG_ENTITY_PERSON, place = e->type == CAMTG_ENTITY_PLACE;
    int group = e->type == CAMTG_ENTITY_GROUP, event = e->type == CAMTG_ENTITY_EVENT;
    if (person != (e->country != CAMTG_IMAGE_NONE) ||
        !names_type(db, e->country, CAMTG_BIT(CAMTG_ENTITY_COUNTRY)))
        return fault(ck, &e->country, "country", "only a person has one, and it is a country");
    if (!person && e->positions.count != 0)
        return fault(ck, &e->positions, "positions", "only a person has positions");
    if ((!place && e->within != CAMTG_IMAGE_NONE) ||
        !names_type(db, e->within, CAMTG_PLACE_OR_COUNTRY))
        return fault(ck, &e->within, "within", "only a place lies within a place or country");
    if (!group && e->members.count != 0)
        return fault(ck, &e->members, "members", "only a group has members");
    if ((!event && (e->date != CAMTG_IMAGE_NONE || e->place != CAMTG_IMAGE_NONE)) ||
        !names_type(db, e->place, CAMTG_PLACE_OR_COUNTRY))
        return fault(ck, &e->place, "place", "only an event has a date and a place");
    if (e->wikidata != CAMTG_IMAGE_NONE && !camtg_is_wikidata_id(camtg_image_string(db, e->wikidata)))
        return fault(ck, &e->wikidata, "wikidata", "not a Wikidata item id");
    /* groups and members name each other */
    size_t count;
    const uint32_t *groups = camtg_image_words(db, e->groups, &count);
    for (size_t k = 0; k < count; k++)
        if (!list_has(db, camtg_image_entity(db, groups[k])->members, index))
            return fault(ck, &groups[k], "groups", "a group that does not list it as a member");
    const uint32_t *members = camtg_image_words(db, e->members, &count);
    for (size_t k = 0; k < count; k++)
        if (!list_has(db, camtg_image_entity(db, members[k])->groups, index))
            return fault(ck, &members[k], "members", "a member that does not list the group");
    return CAMTG_OK;
}

static int check_followup_meaning(checker *ck, const void *record, uint32_t index)
{
    const camtg_db *db = ck->db;
    const camtg_followup *f = record;
    (void)index;
    const char *date = camtg_image_string(db, f->date);
    char end[CAMTG_DATE_SIZE];
    if (!camtg_date_starts_period(date, (camtg_date_precision)f->precision))
        return fault(ck, &f->date, "date", "not the first day of its period");
    camtg_date_period_end(date, (camtg_date_precision)f->precision, end);
    if (strcmp(camtg_image_string(db, f->date_end), end) != 0)
        return fault(ck, &f->date_end, "date_end", "not the last day of the date's period");
    const camtg_commitment *c = camtg_image_commitment(db, f->commitment);
    const camtg_meeting *m = camtg_image_meeting(db, c->meeting);
    if (strcmp(end, camtg_image_string(db, m->date)) < 0)
        return fault(ck, &f->date, "date", "before its commitment was made");
    const char *researched = camtg_image_string(db, db->followups_researched);
    if (researched != NULL && strcmp(date, researched) > 0)
        return fault(ck, &f->date, "date", "after \"followups_researched\"");
    int pledge = c->kind == CAMTG_KIND_PLEDGE;
    if (pledge ? f->status == CAMTG_STATUS_PLEDGED || f->status == CAMTG_STATUS_STATED
               : f->status != CAMTG_STATUS_STATED)
        return fault(ck, &f->status, "status", "not a status a follow-up of its commitment has");
    size_t count;
    const camtg_citation *run = camtg_image_run(db, CAMTG_SECTION_CITATIONS, f->citations,
                                                sizeof(camtg_citation), &count);
    if (count == 0)
        return fault(ck, &f->citations, "citations", "a follow-up cites at least one page");
    for (size_t k = 0; k < count; k++) {
        const char *url = camtg_image_string(db, run[k].url);
        if (!camtg_is_web_url(url))
            return fault(ck, &run[k].url, "url", "not a web address");
    }
    return CAMTG_OK;
}

static int check_meeting_meaning(checker *ck, const void *record, uint32_t index)
{
    const camtg_meeting *m = record;
    (void)index;
    return names_type(ck->db, m->place, CAMTG_PLACE_OR_COUNTRY)
               ? CAMTG_OK
               : fault(ck, &m->place, "place", "not a place or a country");
}

static int check_status(checker *ck, const void *record, uint32_t index)
{
    const camtg_commitment *c = record;
    (void)index;
    return ck->db->schema_version < 2 || c->status == (uint32_t)camtg_commitment_status_at(c, NULL)
               ? CAMTG_OK
               : fault(ck, &c->status, "status", "not the status its timeline gives");
}

/* A record's id leads back to it through the id table. */
static int check_id(checker *ck, const void *record, uint32_t index)
{
    const char *id = camtg_image_string(ck->db, word_at(record, 0));
    (void)index;
    return camtg_image_find_id(ck->db, id, (camtg_record_kind)ck->kind) == record
               ? CAMTG_OK
               : fault(ck, record, "id", "not found through the id table (or not unique)");
}

/* Every field as its table says, and a source's counts against its text. */
static int check_fields(checker *ck, const void *record, uint32_t index)
{
    (void)index;
    int rc = check_record(ck, ck->kind, record);
    return rc == CAMTG_OK && ck->kind == CAMTG_RECORD_SOURCE ? check_source(ck, record) : rc;
}

/* Every lookup key in the key table is found where it is stored. */
static int check_keys(checker *ck)
{
    const camtg_db *db = ck->db;
    const camtg_image_key *keys =
        (const camtg_image_key *)camtg_image_section_base(db, CAMTG_SECTION_KEYS);
    ck->path[0] = '\0';
    for (uint32_t i = 0; i < camtg_image_count(db, CAMTG_SECTION_KEYS); i++) {
        if (keys[i].entity == CAMTG_IMAGE_NONE)
            continue;
        if (!string_ok(db, keys[i].key) ||
            camtg_image_find_key(db, camtg_image_string(db, keys[i].key)) !=
                camtg_image_entity(db, keys[i].entity))
            return fault(ck, &keys[i], "lookup key", "not found where it is stored");
    }
    return CAMTG_OK;
}

/* Every mention and citation belongs to a record (each run was checked to
 * start where the previous one ended). */
static int check_runs_cover(checker *ck)
{
    ck->path[0] = '\0';
    return ck->next_run[TABLE_MENTION] == camtg_image_count(ck->db, CAMTG_SECTION_MENTIONS) &&
                   ck->next_run[TABLE_CITATION] ==
                       camtg_image_count(ck->db, CAMTG_SECTION_CITATIONS)
               ? CAMTG_OK
               : fault(ck, ck->db->sections, "sections", "mentions or citations no record owns");
}

/* The passes, in order: each one may rely on what the ones before it
 * checked (references in range before they are followed, the texts and
 * their checkpoints before any slice of them is compared). A row names a
 * record kind and what to check of each record of it, or a check of the
 * whole image. */
typedef struct pass {
    int kind; /* a camtg_record_kind, or -1 for `whole` */
    int (*each)(checker *ck, const void *record, uint32_t index);
    int (*whole)(checker *ck);
} pass;

#define EACH(kind, check) {kind, check, NULL}
#define WHOLE(check) {-1, NULL, check}

static const pass PASSES[] = {
    EACH(CAMTG_RECORD_SOURCE, check_fields),
    EACH(CAMTG_RECORD_ENTITY, check_fields),
    EACH(CAMTG_RECORD_MEETING, check_fields),
    EACH(CAMTG_RECORD_COMMITMENT, check_fields),
    EACH(CAMTG_RECORD_FOLLOWUP, check_fields),
    WHOLE(check_runs_cover),
    EACH(CAMTG_RECORD_SOURCE, check_id),
    EACH(CAMTG_RECORD_ENTITY, check_id),
    EACH(CAMTG_RECORD_MEETING, check_id),
    EACH(CAMTG_RECORD_COMMITMENT, check_id),
    EACH(CAMTG_RECORD_FOLLOWUP, check_id),
    WHOLE(check_keys),
    EACH(CAMTG_RECORD_ENTITY, check_entity_meaning),
    EACH(CAMTG_RECORD_MEETING, check_meeting_meaning),
    EACH(CAMTG_RECORD_FOLLOWUP, check_followup_meaning),
    EACH(CAMTG_RECORD_COMMITMENT, check_status),
    EACH(CAMTG_RECORD_COMMITMENT, check_commitment),
    EACH(CAMTG_RECORD_ENTITY, check_mentions),
};

/* Runs one pass over every record of its kind, the path naming each. */
static int run_pass(checker *ck, const pass *p)
{
    if (p->whole != NULL)
        return p->whole(ck);
    const table *t = &TABLES[p->kind];
    camtg_image_section_id s = CAMTG_SECTION_OF_KIND(p->kind);
    const unsigned char *base = camtg_image_section_base(ck->db, s);
    ck->kind = p->kind;
    for (uint32_t i = 0; i < camtg_image_count(ck->db, s); i++) {
        snprintf(ck->path, sizeof ck->path, "/%s/%u", t->key, (unsigned)i);
        int rc = p->each(ck, base + (size_t)i * t->size, i);
        if (rc < 0)
            return rc;
    }
    return CAMTG_OK;
}

int camtg_db_verify(const camtg_db *db, camtg_error *err)
{
    camtg_error_clear(err);
    if (db == NULL)
        return camtg_error_set(err, CAMTG_EINVAL, "", "camtg_db_verify: db must not be NULL");
    checker ck;
    memset(&ck, 0, sizeof ck);
    ck.db = db;
    ck.err = err;
    if (camtg_image_sum(db) != db->checksum)
        return fault(&ck, &db->checksum, "checksum",
                     "the contents do not match the checksum (the file was changed after it "
                     "was written)");
    if (!camtg_utf8_is_valid((const char *)camtg_image_section_base(db, CAMTG_SECTION_STRINGS),
                             camtg_image_count(db, CAMTG_SECTION_STRINGS)))
        return fault(&ck, &db->sections[CAMTG_SECTION_STRINGS], "strings", "not UTF-8");
    if (db->followups_researched != CAMTG_IMAGE_NONE &&
        (!string_ok(db, db->followups_researched) ||
         !camtg_date_is_valid(camtg_image_string(db, db->followups_researched))))
        return fault(&ck, &db->followups_researched, "followups_researched",
                     "not a YYYY-MM-DD date");
    for (size_t i = 0; i < sizeof PASSES / sizeof PASSES[0]; i++) {
        int rc = run_pass(&ck, &PASSES[i]);
        if (rc < 0)
            return rc;
    }
    return CAMTG_OK;
}
