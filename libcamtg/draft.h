/* SPDX-License-Identifier: MIT */
/* The draft: a database while it is loaded from JSON. The loader reads
 * records into these pointer-based structs (all in d->arena), checks them
 * and derives the indexes; camtg_image_build then lays the draft out as an
 * image (image.h), the one form a loaded database has, and the draft is
 * released. Nothing outside the loader and the image builder sees a draft.
 * Public getters take image records: the loader never calls them. */
#ifndef CAMTG_DRAFT_H
#define CAMTG_DRAFT_H

#include <stddef.h>
#include <stdint.h>

#include <camtg/camtg.h>
#include <camtg/followup.h>

#include "arena.h"
#include "error.h"
#include "hash.h"
#include "image.h"

typedef struct camtg_draft camtg_draft;
typedef struct camtg_draft_source camtg_draft_source;
typedef struct camtg_draft_entity camtg_draft_entity;
typedef struct camtg_draft_meeting camtg_draft_meeting;
typedef struct camtg_draft_commitment camtg_draft_commitment;
typedef struct camtg_draft_followup camtg_draft_followup;
typedef struct camtg_draft_mention camtg_draft_mention;

/* A list of commitment indexes in increasing (file) order. */
typedef struct camtg_index_list {
    uint32_t *items; /* written only while linking */
    size_t count;
} camtg_index_list;

/* The first member, `rec`, of every record kind: what generic code (id
 * registration, references between records, messages) needs without
 * knowing the kind. A pointer to a record and to its `rec` convert to each
 * other, as a struct and its first member do. */
typedef struct camtg_draft_record {
    size_t index; /* position in its section */
    const char *id;
    camtg_record_kind kind;
} camtg_draft_record;

struct camtg_draft_source {
    camtg_draft_record rec;
    const char *title, *publisher, *published, *dateline, *language, *url, *text;
    size_t text_bytes, text_chars;
    /* byte offset of every CAMTG_UTF8_STRIDE-th code point: entries
     * text_chars / CAMTG_UTF8_STRIDE + 1 */
    const size_t *checkpoints;
};

struct camtg_draft_entity {
    camtg_draft_record rec;
    camtg_entity_type type;
    const char *name, *wikidata, *description;
    const char *const *aliases;
    size_t alias_count;
    /* person */
    const camtg_draft_entity *country;
    const char *const *positions;
    size_t position_count;
    /* place */
    const camtg_draft_entity *within;
    /* group */
    const camtg_draft_entity *const *members;
    size_t member_count;
    const camtg_draft_entity **groups; /* groups listing this entity directly */
    size_t group_count;
    /* event */
    const char *date;
    const camtg_draft_entity *place;
    /* commitments where this entity, or a group it belongs to whose
     * commitments are copied to its members, is an actor, a target, or
     * either (roles.c decides which groups are copied) */
    camtg_index_list as_actor, as_target, involving;
    /* the other groups it belongs to, directly or through nested groups:
     * a query merges their lists with this entity's */
    const camtg_draft_entity *const *merged_groups;
    size_t merged_group_count;
    /* where the source texts name it (schema version 2), in file order */
    const camtg_draft_mention *mentions;
    size_t mention_count;
};

/* A span of a source's text: code point and byte offsets (end exclusive)
 * and the text the offsets must name. */
typedef struct camtg_text_span {
    const camtg_draft_source *source;
    size_t start, end, byte_start, byte_end;
    const char *text;
} camtg_text_span;

struct camtg_draft_mention {
    const camtg_draft_entity *entity;
    size_t index; /* position in the entity's list, for error paths */
    camtg_text_span span;
};

struct camtg_draft_meeting {
    camtg_draft_record rec;
    const char *title, *date, *format;
    const camtg_draft_entity *place, *host, *context;
    const camtg_draft_source *source;
    const camtg_draft_entity *const *participants;
    size_t participant_count;
    camtg_index_list commitments;
};

struct camtg_draft_commitment {
    camtg_draft_record rec;
    const char *cameo, *verb, *summary, *quote;
    const camtg_draft_meeting *meeting;
    camtg_kind kind;
    camtg_plover type;
    /* as stored in schema version 1; version 2 derives it from the
     * follow-ups once the image holds them (image_build.c) */
    camtg_status status;
    const camtg_draft_entity *const *actors;
    size_t actor_count;
    const camtg_draft_entity *const *targets;
    size_t target_count;
    const camtg_draft_entity *const *objects;
    size_t object_count;
    const unsigned char *sectors;
    size_t sector_count;
    unsigned sector_mask;
    const camtg_draft_source *source;
    size_t start, end, byte_start, byte_end;
    /* follow-ups in date order (ties in file order), filled after loading */
    const camtg_draft_followup **followups;
    size_t followup_count;
};

typedef struct camtg_draft_citation {
    const char *url, *publisher, *published, *title;
} camtg_draft_citation;

struct camtg_draft_followup {
    camtg_draft_record rec;
    const char *date, *date_end, *summary;
    const camtg_draft_commitment *commitment;
    camtg_date_precision precision;
    camtg_status status; /* CAMTG_STATUS_STATED on positions and assessments */
    const camtg_draft_citation *citations;
    size_t citation_count;
};

struct camtg_draft {
    camtg_arena arena;
    camtg_draft_source *sources;
    size_t source_count;
    camtg_draft_entity *entities;
    size_t entity_count;
    camtg_draft_meeting *meetings;
    size_t meeting_count;
    camtg_draft_commitment *commitments;
    size_t commitment_count;
    camtg_draft_followup *followups;
    size_t followup_count;
    int schema_version;
    const char *followups_researched; /* NULL when not stated */
    camtg_hash ids;         /* exact id -> its record's camtg_draft_record */
    camtg_hash entity_keys; /* folded id, name or alias -> camtg_draft_entity; first wins */
    /* The image being built: its strings are written into its STRINGS
     * section as the loader reads them (camtg_draft_strndup), so that the
     * text of the database exists once; the records follow at the end. */
    unsigned char *image;
    size_t committed;    /* bytes of it made accessible (camtg_image_commit) */
    size_t strings_used; /* bytes of STRINGS in use */
    int strings_full;    /* a string did not fit in an image */
};

/* Where STRINGS starts in an image this library builds: right after the
 * header, so that it can grow while the loader reads. */
#define CAMTG_DRAFT_STRINGS_AT                                                                 \
    ((sizeof(camtg_db) + CAMTG_IMAGE_SECTION_ALIGN - 1) / CAMTG_IMAGE_SECTION_ALIGN *           \
     CAMTG_IMAGE_SECTION_ALIGN)

/* Prepares an empty draft (d zeroed): its arena and the reservation of
 * its image. -1 when out of address space. */
int camtg_draft_init(camtg_draft *d);

/* Frees everything the draft holds (not d itself), the image too unless
 * camtg_image_build took it. */
void camtg_draft_release(camtg_draft *d);

/* A NUL-terminated copy of len bytes at s in the image's STRINGS; NULL
 * when it does not fit in an image (d->strings_full is set then). Every
 * string a draft record holds comes from here. */
const char *camtg_draft_strndup(camtg_draft *d, const char *s, size_t len);

/* Whether the span's offsets lie within its source and its text equals
 * the slice they name (load_span.c). */
int camtg_text_span_matches(const camtg_text_span *span);

/* The records of one kind in d: how many, and record i (each kind's
 * struct starts with its camtg_draft_record). The table that says where
 * each kind's array lies is sections.c's. */
size_t camtg_draft_record_count(const camtg_draft *d, camtg_record_kind kind);
const camtg_draft_record *camtg_draft_record_at(const camtg_draft *d, camtg_record_kind kind,
                                                size_t i);

/* Lays the draft out as an image (image_build.c): on CAMTG_OK *out is the
 * draft's image, now read-only, which camtg_close unmaps (d->image is
 * NULL then). CAMTG_ELIMIT when the image would reach
 * CAMTG_IMAGE_MAX_BYTES or a count does not fit in 32 bits; *out is NULL
 * then and the draft keeps its image. */
int camtg_image_build(camtg_draft *d, camtg_db **out, camtg_error *err);

#endif
