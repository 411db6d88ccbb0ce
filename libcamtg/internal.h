/* SPDX-License-Identifier: MIT */
/* The layout of a loaded database. Private to the library: the public
 * headers see only opaque types. Everything here lives in db->arena and is
 * never modified after camtg_open_* returns, which is what makes concurrent
 * readers safe without locks. */
#ifndef CAMTG_INTERNAL_H
#define CAMTG_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include <camtg/camtg.h>
#include <camtg/followup.h>

#include "arena.h"
#include "hash.h"

/* A list of commitment indexes in increasing (file) order. */
typedef struct camtg_index_list {
    uint32_t *items; /* written only while linking */
    size_t count;
} camtg_index_list;

/* What an id names; ids are unique across all kinds of record. The order
 * is the order sections are read in (see the table in sections.c). */
typedef enum camtg_record_kind {
    CAMTG_RECORD_SOURCE,
    CAMTG_RECORD_ENTITY,
    CAMTG_RECORD_MEETING,
    CAMTG_RECORD_COMMITMENT,
    CAMTG_RECORD_FOLLOWUP,
    CAMTG_RECORD_KIND_COUNT
} camtg_record_kind;

/* The first member, `rec`, of every record kind: what generic code (id
 * registration, lookup by id, references between records, messages) needs
 * without knowing the kind. A pointer to a record and to its `rec` convert
 * to each other, as a struct and its first member do. */
typedef struct camtg_record {
    const camtg_db *db;
    size_t index; /* position in its section */
    const char *id;
    camtg_record_kind kind;
} camtg_record;

struct camtg_source {
    camtg_record rec;
    const char *title, *publisher, *published, *dateline, *language, *url, *text;
    size_t text_bytes, text_chars;
    /* byte offset of every CAMTG_UTF8_STRIDE-th code point, so that a code
     * point offset maps to bytes in bounded time */
    const size_t *checkpoints;
};

struct camtg_entity {
    camtg_record rec;
    camtg_entity_type type;
    const char *name, *wikidata, *description;
    const char *const *aliases;
    size_t alias_count;
    /* person */
    const camtg_entity *country;
    const char *const *positions;
    size_t position_count;
    /* place */
    const camtg_entity *within;
    /* group */
    const camtg_entity *const *members;
    size_t member_count;
    const camtg_entity **groups; /* groups listing this entity directly */
    size_t group_count;
    /* event */
    const char *date;
    const camtg_entity *place;
    /* commitments where this entity, or a group it belongs to whose
     * commitments are copied to its members, is an actor, a target, or
     * either (roles.c decides which groups are copied) */
    camtg_index_list as_actor, as_target, involving;
    /* the other groups it belongs to, directly or through nested groups:
     * a query merges their lists with this entity's */
    const camtg_entity *const *merged_groups;
    size_t merged_group_count;
    /* where the source texts name it (schema version 2) */
    const camtg_mention *mentions;
    size_t mention_count;
};

/* A span of a source's text: code point and byte offsets (end exclusive)
 * and the text the offsets must name. */
typedef struct camtg_text_span {
    const camtg_source *source;
    size_t start, end, byte_start, byte_end;
    const char *text;
} camtg_text_span;

struct camtg_mention {
    const camtg_entity *entity;
    size_t index; /* position in the entity's list, for error paths */
    camtg_text_span span;
};

struct camtg_meeting {
    camtg_record rec;
    const char *title, *date, *format;
    const camtg_entity *place, *host, *context;
    const camtg_source *source;
    const camtg_entity *const *participants;
    size_t participant_count;
    camtg_index_list commitments;
};

struct camtg_commitment {
    camtg_record rec;
    const char *cameo, *verb, *summary, *quote;
    const camtg_meeting *meeting;
    camtg_kind kind;
    camtg_plover type;
    camtg_status status;
    const camtg_entity *const *actors;
    size_t actor_count;
    const camtg_entity *const *targets;
    size_t target_count;
    const camtg_entity *const *objects;
    size_t object_count;
    const unsigned char *sectors;
    size_t sector_count;
    unsigned sector_mask;
    const camtg_source *source;
    size_t start, end, byte_start, byte_end;
    /* follow-ups in date order (ties in file order), filled after loading */
    const camtg_followup **followups;
    size_t followup_count;
};

typedef struct camtg_citation {
    const char *url, *publisher, *published, *title;
} camtg_citation;

struct camtg_followup {
    camtg_record rec;
    const char *date, *date_end, *summary;
    const camtg_commitment *commitment;
    camtg_date_precision precision;
    camtg_status status; /* CAMTG_STATUS_STATED on positions and assessments */
    const camtg_citation *citations;
    size_t citation_count;
};

struct camtg_db {
    camtg_arena arena;
    camtg_source *sources;
    size_t source_count;
    camtg_entity *entities;
    size_t entity_count;
    camtg_meeting *meetings;
    size_t meeting_count;
    camtg_commitment *commitments;
    size_t commitment_count;
    camtg_followup *followups;
    size_t followup_count;
    int schema_version;
    const char *followups_researched; /* NULL when not stated */
    camtg_hash ids;         /* exact id -> its record's camtg_record */
    camtg_hash entity_keys; /* folded id, name or alias -> camtg_entity */
};

/* Whether the span's offsets lie within its source and its text equals
 * the slice they name: what loading checks and camtg_db_verify re-checks. */
int camtg_text_span_matches(const camtg_text_span *span);

/* Whether c's offsets lie within its source and its quote equals the
 * slice they name: what loading checks and camtg_db_verify re-checks. */
int camtg_commitment_quote_matches(const camtg_commitment *c);

/* The status of c on date (YYYY-MM-DD, valid), or with every follow-up
 * counted when date is NULL; see camtg_commitment_status_on(). */
camtg_status camtg_commitment_status_at(const camtg_commitment *c, const char *date);

/* The record of the given kind whose id is exactly id, or NULL. */
const camtg_record *camtg_db_find_record(const camtg_db *db, const char *id,
                                         camtg_record_kind kind);

/* The same, reported as the public _find functions do: CAMTG_OK with *out
 * set, CAMTG_ENOTFOUND, or CAMTG_EINVAL (naming caller, the public
 * function) when an argument is NULL. */
int camtg_db_find_by_id(const camtg_db *db, const char *id, camtg_record_kind kind,
                        const char *caller, const camtg_record **out, camtg_error *err);

#endif
