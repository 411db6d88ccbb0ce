/* SPDX-License-Identifier: MIT */
/* The loader's private interface: the state of one load (the database
 * being built, where in the document the loader is as a JSON Pointer, which
 * record it reads, the string intern table; load_state.c, freed by
 * camtg_loader_release whether the load succeeds or not), the field
 * readers (fields.c), the section table (sections.c) and each record
 * kind's reader (load_<kind>.c). */
#ifndef CAMTG_LOADER_H
#define CAMTG_LOADER_H

#include <stddef.h>

#include <jansson.h>

#include "error.h"
#include "draft.h"
#include "spellings.h"
#include "stream.h"

/* The schema versions this library reads. */
#define CAMTG_SCHEMA_MIN 1
#define CAMTG_SCHEMA_MAX 2

typedef struct camtg_loader {
    camtg_draft *db;
    camtg_error *err;
    char path[CAMTG_ERROR_PATH_LENGTH];
    size_t path_len;
    char record[96]; /* e.g. `commitment "c7"`, or "" outside records */
    camtg_hash strings;
    camtg_stream *stream; /* the document's sections, when read one record at a time */
} camtg_loader;

/* Returns from the calling function when expr yields a negative status. */
#define TRY(expr)                                                                              \
    do {                                                                                       \
        int rc_ = (expr);                                                                      \
        if (rc_ < 0)                                                                           \
            return rc_;                                                                        \
    } while (0)

/* A bitmask of the entity types a reference accepts; 0 accepts any. */
#define CAMTG_ANY_ENTITY 0u

int camtg_loader_init(camtg_loader *ld, camtg_draft *db, camtg_error *err);
void camtg_loader_release(camtg_loader *ld);

/* Appends "/key" or "/index" to the path; returns the length to restore. */
size_t camtg_loader_push_key(camtg_loader *ld, const char *key);
size_t camtg_loader_push_index(camtg_loader *ld, size_t index);
void camtg_loader_pop(camtg_loader *ld, size_t saved_len);

/* Names the record being read, for the messages that follow. */
void camtg_loader_enter_record(camtg_loader *ld, const char *kind, const char *id);

/* Fails the load with code at the current path; the message is prefixed with
 * the current record. Returns code. */
int camtg_loader_fail(camtg_loader *ld, int code, const char *fmt, ...) CAMTG_PRINTF(3, 4);
/* Fails with CAMTG_ENOMEM. */
int camtg_loader_oom(camtg_loader *ld);

/* Returns the interned copy of s (len bytes), or NULL when out of memory. */
const char *camtg_loader_intern(camtg_loader *ld, const char *s, size_t len);

/* A short description of a JSON value's type for messages ("an array"). */
const char *camtg_json_type_name(const json_t *value);

/* Field readers. Each reads obj[key] with the path pointing at it. A missing
 * required key, a wrong JSON type or a malformed value fails the load and
 * returns a negative code; an absent optional key leaves *out NULL (or
 * count 0) and returns 0. Strings are interned and must not be empty. */
int camtg_field_string(camtg_loader *ld, const json_t *obj, const char *key, int required,
                       const char **out);
int camtg_field_date(camtg_loader *ld, const json_t *obj, const char *key, int required,
                     const char **out);
/* A string that must also pass is_valid (a code, an id, a URL); one that
 * does not fails with `KEY "VALUE" is not EXPECTED`. */
int camtg_field_checked(camtg_loader *ld, const json_t *obj, const char *key, int required,
                        int (*is_valid)(const char *), const char *expected, const char **out);
int camtg_field_array(camtg_loader *ld, const json_t *obj, const char *key, int required,
                      const json_t **out);
int camtg_field_string_list(camtg_loader *ld, const json_t *obj, const char *key,
                            int required, const char *const **out, size_t *count);
/* Reads one item of a list into `element`; `index` is its position, `ctx`
 * what the caller passed along. Returns 0 or a negative code. */
typedef int (*camtg_item_reader)(camtg_loader *ld, const json_t *item, void *element,
                                 size_t index, void *ctx);
/* Reads obj[key], an array, into a new array of elements of `size` bytes,
 * one read() per item with the path pointing at the item. An empty array
 * fails with the message if_empty, unless that is NULL. */
int camtg_field_items(camtg_loader *ld, const json_t *obj, const char *key, int required,
                      const char *if_empty, size_t size, camtg_item_reader read, void *ctx,
                      void **out, size_t *count);
/* Entity references: each must name an entity whose type is in type_mask
 * (CAMTG_BIT(camtg_entity_type)s, or CAMTG_ANY_ENTITY). */
int camtg_field_entity(camtg_loader *ld, const json_t *obj, const char *key, int required,
                       unsigned type_mask, const camtg_draft_entity **out);
int camtg_field_entity_list(camtg_loader *ld, const json_t *obj, const char *key,
                            int allow_empty, const camtg_draft_entity *const **out, size_t *count);
int camtg_field_source(camtg_loader *ld, const json_t *obj, const char *key,
                       const camtg_draft_source **out);
int camtg_field_meeting(camtg_loader *ld, const json_t *obj, const char *key,
                        const camtg_draft_meeting **out);
int camtg_field_commitment(camtg_loader *ld, const json_t *obj, const char *key,
                           const camtg_draft_commitment **out);
/* A non-negative integer that fits in size_t. */
int camtg_field_offset(camtg_loader *ld, const json_t *obj, const char *key, size_t *out);
/* A string in a closed vocabulary, stored in *out as its enum value; an
 * unknown spelling fails with CAMTG_EVOCAB and a message that lists the
 * choices. what names the value in messages ("PLOVER type"). */
int camtg_value_vocab(camtg_loader *ld, const json_t *value, const char *what,
                      const camtg_spellings *vocab, int *out);
int camtg_field_vocab(camtg_loader *ld, const json_t *obj, const char *key, const char *what,
                      const camtg_spellings *vocab, int *out);


/* Reads obj's "source", "start", "end" and text_key into span, and checks
 * that the offsets lie in the source's text and that the text equals the
 * slice they name; what ("quote", "mention") names the text in messages. */
int camtg_load_span(camtg_loader *ld, const json_t *obj, const char *text_key, const char *what,
                    camtg_text_span *span);

/* An entity's "mentions" (schema version 2; absent is none), and, once
 * every entity is read, the rule that mentions never cross. */
int camtg_load_mentions(camtg_loader *ld, const json_t *obj, camtg_draft_entity *e);
int camtg_check_mention_overlaps(camtg_loader *ld);

/* Reads every section of root (sections.c): allocates each record kind's
 * array, registers every id, then reads the sections in order. */
int camtg_load_sections(camtg_loader *ld, const json_t *root);
/* The keys of the sections a file of the schema version has, in reading
 * order, NULL-terminated. */
void camtg_section_keys(int version, const char *keys[CAMTG_RECORD_KIND_COUNT + 1]);

/* The parts of each section that sections.c calls, one file a kind
 * (load_<kind>.c). A reader fills the record from its JSON object; a
 * prepare step runs before a section's first record, a finish step after
 * its last. */
int camtg_read_source(camtg_loader *ld, const json_t *obj, camtg_draft_record *rec);
/* Every entity's type first: references between entities check the type
 * of their target and may point forward. */
int camtg_prepare_entities(camtg_loader *ld, const json_t *root, const json_t *array);
int camtg_read_entity(camtg_loader *ld, const json_t *obj, camtg_draft_record *rec);
int camtg_read_meeting(camtg_loader *ld, const json_t *obj, camtg_draft_record *rec);
int camtg_read_commitment(camtg_loader *ld, const json_t *obj, camtg_draft_record *rec);
/* Version 2: the research date, the follow-ups, then each commitment's
 * timeline. */
int camtg_prepare_followups(camtg_loader *ld, const json_t *root, const json_t *array);
int camtg_read_followup(camtg_loader *ld, const json_t *obj, camtg_draft_record *rec);
int camtg_build_timelines(camtg_loader *ld);
/* Checks cycles and builds the indexes that queries use. */
int camtg_link(camtg_loader *ld);

#endif
