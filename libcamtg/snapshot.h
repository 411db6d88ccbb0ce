/* SPDX-License-Identifier: MIT */
/* The compiled snapshot: a binary image of a validated database that opens
 * without parsing JSON. docs/snapshot.md describes the format; this header
 * holds its constants, the table of what each record stores (shared by the
 * writer and the reader, so the two cannot disagree) and the entry points. */
#ifndef CAMTG_SNAPSHOT_H
#define CAMTG_SNAPSHOT_H

#include <stddef.h>
#include <stdint.h>

#include "internal.h"

/* The first eight bytes. The high first byte and the line ending make a
 * file mangled by a text transfer fail here, and no JSON text starts so. */
#define CAMTG_SNAPSHOT_MAGIC "\x89" "CAMTGS\n"
#define CAMTG_SNAPSHOT_MAGIC_BYTES 8
#define CAMTG_SNAPSHOT_VERSION 1u
/* Written in the writer's byte order: a reader of the other order sees
 * 0x04030201 and refuses the file instead of misreading it. */
#define CAMTG_SNAPSHOT_BYTE_ORDER 0x01020304u
/* "No string" or "no record" in a 32-bit field. */
#define CAMTG_SNAPSHOT_NONE UINT32_MAX

enum {
    CAMTG_SNAPSHOT_HEADER_BYTES = 40,
    CAMTG_SNAPSHOT_ENTRY_BYTES = 32,
    CAMTG_SNAPSHOT_ALIGN = 8, /* every section starts at a multiple of this */
};

/* The sections, in the order of the section table. The record tables come
 * in camtg_record_kind order, then the two tables of sub-records. */
typedef enum camtg_snapshot_section {
    CAMTG_SNAPSHOT_STRINGS,     /* NUL-terminated UTF-8 strings */
    CAMTG_SNAPSHOT_WORDS,       /* uint32 lists that records point into */
    CAMTG_SNAPSHOT_TABLES,      /* + camtg_record_kind: one table per kind */
    CAMTG_SNAPSHOT_MENTIONS = CAMTG_SNAPSHOT_TABLES + CAMTG_RECORD_KIND_COUNT,
    CAMTG_SNAPSHOT_CITATIONS,
    CAMTG_SNAPSHOT_SECTION_COUNT
} camtg_snapshot_section;

/* What one field of a record is and how it is stored: one uint32 word, or
 * two (first, count) for lists. */
typedef enum camtg_snapshot_field_type {
    CAMTG_SF_STRING,    /* const char *: offset in STRINGS, or NONE */
    CAMTG_SF_DATE,      /* the same, YYYY-MM-DD */
    CAMTG_SF_REF,       /* const record *: index in the table of `target`, or NONE */
    CAMTG_SF_SIZE,      /* size_t below 2^32 */
    CAMTG_SF_ENUM,      /* an enum (int), 0 <= value < `target` */
    CAMTG_SF_REFS,      /* const record *const * + count: (first, count) in WORDS */
    CAMTG_SF_STRINGS,   /* const char *const * + count: (first, count) in WORDS */
    CAMTG_SF_SECTORS,   /* const unsigned char * + count: (first, count) in WORDS */
    CAMTG_SF_MENTIONS,  /* camtg_mention array + count: (first, count) in MENTIONS */
    CAMTG_SF_CITATIONS, /* camtg_citation array + count: (first, count) in CITATIONS */
} camtg_snapshot_field_type;

typedef struct camtg_snapshot_field {
    const char *name; /* as in the JSON, for messages */
    camtg_snapshot_field_type type;
    int required;     /* a string or reference that may not be NONE */
    int target;       /* a camtg_record_kind (REF, REFS) or an enum's count */
    size_t at;        /* offsetof the member in the C struct */
    size_t count_at;  /* offsetof the list's count (lists only) */
} camtg_snapshot_field;

typedef struct camtg_snapshot_table {
    const char *name;  /* one record, in messages */
    size_t struct_size;
    const camtg_snapshot_field *fields;
    size_t field_count;
} camtg_snapshot_table;

/* Whether the field is a list, stored as two words (first, count). */
int camtg_snapshot_field_is_list(const camtg_snapshot_field *f);
/* The uint32 words one record of the table takes in the file. */
size_t camtg_snapshot_record_words(const camtg_snapshot_table *t);

/* The tables, indexed by section - CAMTG_SNAPSHOT_TABLES. */
extern const camtg_snapshot_table
    camtg_snapshot_tables[CAMTG_SNAPSHOT_SECTION_COUNT - CAMTG_SNAPSHOT_TABLES];

/* Whether the len bytes at data start with the snapshot magic. */
int camtg_snapshot_is(const void *data, size_t len);

/* Writes db as a snapshot into a malloc'd buffer (*out, *len; caller
 * frees). CAMTG_ENOMEM, or CAMTG_ELIMIT when a count or offset does not
 * fit in 32 bits. */
int camtg_snapshot_encode(const camtg_db *db, unsigned char **out, size_t *len,
                          camtg_error *err);

/* Opens the snapshot in the len bytes at data (which the database does not
 * keep). Every offset, count and value is checked before use; a fault is
 * CAMTG_ESNAPSHOT naming the section, record and byte offset. */
int camtg_snapshot_open(camtg_db **out, const unsigned char *data, size_t len,
                        camtg_error *err);

#endif
