/* SPDX-License-Identifier: MIT */
/* The image: the one representation of a loaded database.
 *
 * An image is one contiguous block of memory in which every record is a
 * fixed-size struct of 32-bit words and refers to strings and to other
 * records by offsets and indexes, never by pointers. Loading JSON builds
 * an image in anonymous memory (image_build.c); camtg_snapshot_write()
 * writes its bytes to a file; opening that file maps it (image_map.c) and
 * the database is ready: nothing is parsed, copied or built, and the same
 * getters read both. docs/snapshot.md describes the format for readers of
 * the file.
 *
 * A handle (const camtg_entity * and the others) points at its record
 * inside the image. Every image starts at an address that is a multiple of
 * CAMTG_IMAGE_ALIGN and is smaller than that, so the image a handle belongs
 * to, and with it the database, is the handle's address rounded down:
 * getters need no pointer stored in the record, which a file could not
 * hold.
 *
 * A mapped snapshot is untrusted input. Opening checks the header and the
 * section table (camtg_image_check_header); every offset, index and count
 * read from a record is checked against its section by the accessors below
 * before use, so that a damaged file can make a getter answer "absent" but
 * never read outside the image. camtg_db_verify() checks every record and
 * the checksum (image_verify.c). */
#ifndef CAMTG_IMAGE_H
#define CAMTG_IMAGE_H

#include <stddef.h>
#include <stdint.h>

#include <camtg/camtg.h>
#include <camtg/followup.h>

#include "error.h"

/* The first eight bytes. The high first byte and the line ending make a
 * file mangled by a text transfer fail here, and no JSON text starts so. */
#define CAMTG_IMAGE_MAGIC "\x89" "CAMTGS\n"
#define CAMTG_IMAGE_MAGIC_BYTES 8
/* Version 1 was a serialisation rebuilt on open; version 2 is the image. */
#define CAMTG_IMAGE_VERSION 2u
/* Written in the writer's byte order: a reader of the other order sees
 * 0x04030201 and refuses the file instead of misreading it. */
#define CAMTG_IMAGE_BYTE_ORDER 0x01020304u
/* "No string" or "no record" in a 32-bit field; also an empty hash slot. */
#define CAMTG_IMAGE_NONE UINT32_MAX

/* Every image starts at a multiple of this and is smaller than it, so each
 * open database takes one such slot of address space. 2 GiB on 64-bit
 * systems: room for an image of the largest JSON input (1 GiB) with its
 * indexes, and for dozens of databases open at once even where address
 * space is bounded (valgrind gives a program about 128 GiB); 64 MiB where
 * address space is scarce. */
#if UINTPTR_MAX > 0xFFFFFFFFu
#define CAMTG_IMAGE_ALIGN ((uintptr_t)1 << 31)
#else
#define CAMTG_IMAGE_ALIGN ((uintptr_t)1 << 26)
#endif
/* The largest image: one byte short of the alignment, and offsets fit in a
 * 32-bit word. */
#define CAMTG_IMAGE_MAX_BYTES                                                                  \
    ((uint64_t)(CAMTG_IMAGE_ALIGN - 1) < UINT32_MAX ? (uint64_t)(CAMTG_IMAGE_ALIGN - 1)       \
                                                    : (uint64_t)UINT32_MAX)

/* Every section starts at a multiple of this many bytes. */
#define CAMTG_IMAGE_SECTION_ALIGN 8u

/* The sections, in the order of the section table. */
typedef enum camtg_image_section_id {
    CAMTG_SECTION_STRINGS,     /* NUL-terminated UTF-8 strings; count = bytes; ends with NUL */
    CAMTG_SECTION_WORDS,       /* uint32_t words that records' lists point into */
    CAMTG_SECTION_SOURCES,     /* struct camtg_source */
    CAMTG_SECTION_ENTITIES,    /* struct camtg_entity */
    CAMTG_SECTION_MEETINGS,    /* struct camtg_meeting */
    CAMTG_SECTION_COMMITMENTS, /* struct camtg_commitment */
    CAMTG_SECTION_FOLLOWUPS,   /* struct camtg_followup */
    CAMTG_SECTION_MENTIONS,    /* struct camtg_mention: each entity's in one run */
    CAMTG_SECTION_CITATIONS,   /* struct camtg_citation: each follow-up's in one run */
    CAMTG_SECTION_IDS,         /* uint32_t slots: record number (see below) or NONE */
    CAMTG_SECTION_KEYS,        /* camtg_image_key slots: folded lookup key -> entity */
    CAMTG_SECTION_COUNT
} camtg_image_section_id;

/* What an id names; ids are unique across all kinds of record. The order
 * is the order sections are read in JSON and laid out in the image. A
 * record number (the IDS hash slots) counts records of every kind in this
 * order: sources first, then entities, and so on. */
typedef enum camtg_record_kind {
    CAMTG_RECORD_SOURCE,
    CAMTG_RECORD_ENTITY,
    CAMTG_RECORD_MEETING,
    CAMTG_RECORD_COMMITMENT,
    CAMTG_RECORD_FOLLOWUP,
    CAMTG_RECORD_KIND_COUNT
} camtg_record_kind;

/* The section holding the records of a kind. */
#define CAMTG_SECTION_OF_KIND(kind) ((camtg_image_section_id)(CAMTG_SECTION_SOURCES + (kind)))

typedef struct camtg_image_section {
    uint32_t offset; /* from the start of the image; a multiple of CAMTG_IMAGE_SECTION_ALIGN */
    uint32_t count;  /* elements (bytes for STRINGS, slots for the hashes) */
} camtg_image_section;

/* A run of `count` elements from `first` in a section: WORDS for lists of
 * strings, records and values; MENTIONS or CITATIONS for sub-records. */
typedef struct camtg_image_list {
    uint32_t first, count;
} camtg_image_list;

/* The header, at the start of every image. In a file every field is as
 * written; `mapped` is zero there and set in memory when the image is
 * opened (which also makes the header page a private copy, so that the
 * checked header cannot change under the reader). */
struct camtg_db {
    unsigned char magic[CAMTG_IMAGE_MAGIC_BYTES];
    uint32_t version;        /* CAMTG_IMAGE_VERSION */
    uint32_t byte_order;     /* CAMTG_IMAGE_BYTE_ORDER */
    uint32_t header_bytes;   /* sizeof(struct camtg_db) */
    uint32_t section_count;  /* CAMTG_SECTION_COUNT */
    uint32_t size;           /* the whole image, in bytes */
    uint32_t schema_version; /* of the JSON it was built from: 1 or 2 */
    uint32_t followups_researched; /* string, or NONE */
    uint32_t reserved;       /* zero */
    uint64_t hash_seed;      /* of both hash sections */
    uint64_t checksum;       /* camtg_image_sum of the image */
    camtg_image_section sections[CAMTG_SECTION_COUNT];
    uint64_t mapped;         /* in memory only: bytes to unmap at close; 0 in a file */
};

/* A lookup key: an entity's id, name or alias folded (entity_key.h). */
typedef struct camtg_image_key {
    uint32_t key;    /* string: the folded key */
    uint32_t entity; /* index in ENTITIES, or NONE for an empty slot */
} camtg_image_key;

/* The records. Every field is a uint32_t: a string (offset in STRINGS, or
 * NONE), a record (index in its kind's section, or NONE), a count or an
 * offset, or a vocabulary value; lists are camtg_image_list. The structs
 * have no padding and the same layout on every ABI with 4-byte uint32_t. */

struct camtg_source {
    uint32_t id;
    uint32_t title, publisher, published, dateline, language, url, text;
    uint32_t text_bytes, text_chars;
    /* WORDS: the byte offset of every CAMTG_UTF8_STRIDE-th code point, so
     * that a code point offset maps to bytes in bounded time */
    camtg_image_list checkpoints;
};

struct camtg_entity {
    uint32_t id;
    uint32_t type; /* camtg_entity_type */
    uint32_t name, wikidata, description;
    camtg_image_list aliases; /* WORDS: strings */
    /* person */
    uint32_t country;           /* entity */
    camtg_image_list positions; /* WORDS: strings */
    /* place */
    uint32_t within; /* entity */
    /* group */
    camtg_image_list members; /* WORDS: entities */
    camtg_image_list groups;  /* WORDS: the groups listing this entity directly */
    /* event */
    uint32_t date;
    uint32_t place; /* entity */
    /* WORDS: increasing commitment indexes where this entity, or a group
     * whose commitments are copied to its members, is an actor, a target,
     * or either (see the roles built at load) */
    camtg_image_list as_actor, as_target, involving;
    /* WORDS: the other groups it belongs to, directly or through nested
     * groups, whose lists a query merges with its own */
    camtg_image_list merged_groups;
    camtg_image_list mentions; /* MENTIONS, in text order */
};

struct camtg_mention {
    uint32_t entity; /* the entity whose run holds it */
    uint32_t source, start, end, byte_start, byte_end, text;
};

struct camtg_meeting {
    uint32_t id, title, date, format;
    uint32_t place, host, context; /* entities */
    uint32_t source;
    camtg_image_list participants; /* WORDS: entities */
    camtg_image_list commitments;  /* WORDS: increasing commitment indexes */
};

struct camtg_commitment {
    uint32_t id, cameo, verb, summary, quote;
    uint32_t meeting;
    uint32_t kind, type, status; /* camtg_kind, camtg_plover, camtg_status */
    camtg_image_list actors, targets, objects; /* WORDS: entities */
    camtg_image_list sectors;                  /* WORDS: camtg_sector values */
    uint32_t sector_mask;
    uint32_t source, start, end, byte_start, byte_end;
    camtg_image_list followups; /* WORDS: follow-ups in date order (ties in file order) */
};

typedef struct camtg_citation {
    uint32_t url, publisher, published, title;
} camtg_citation;

struct camtg_followup {
    uint32_t id, date, date_end, summary;
    uint32_t commitment;
    uint32_t precision, status; /* camtg_date_precision; camtg_status (STATED on positions) */
    camtg_image_list citations; /* CITATIONS */
};

/* ---- Finding the image ---------------------------------------------- */

/* The database a handle (any pointer into an image) belongs to. */
static inline const camtg_db *camtg_image_of(const void *handle)
{
    return (const camtg_db *)((uintptr_t)handle & ~(CAMTG_IMAGE_ALIGN - 1));
}

/* The first byte of section s. The header was checked when the image was
 * opened: every section lies inside the image. */
static inline const unsigned char *camtg_image_section_base(const camtg_db *db,
                                                            camtg_image_section_id s)
{
    return (const unsigned char *)db + db->sections[s].offset;
}

static inline uint32_t camtg_image_count(const camtg_db *db, camtg_image_section_id s)
{
    return db->sections[s].count;
}

/* ---- Checked reads ----------------------------------------------------
 * Each returns NULL (or 0, or NONE) for NONE and for a value out of range,
 * which only a damaged snapshot holds. */

/* The string at offset `at` in STRINGS. The section ends with a NUL, so
 * the string ends inside it. */
static inline const char *camtg_image_string(const camtg_db *db, uint32_t at)
{
    return at < db->sections[CAMTG_SECTION_STRINGS].count
               ? (const char *)camtg_image_section_base(db, CAMTG_SECTION_STRINGS) + at
               : NULL;
}

/* Element `index` of section s, whose elements are `size` bytes. */
static inline const void *camtg_image_element(const camtg_db *db, camtg_image_section_id s,
                                              uint32_t index, size_t size)
{
    return index < db->sections[s].count ? camtg_image_section_base(db, s) + (size_t)index * size
                                         : NULL;
}

/* Record i of a record section, typed: NULL when out of range. */
#define CAMTG_IMAGE_RECORD(db, section, i, type)                                               \
    ((const type *)camtg_image_element((db), (section), (i), sizeof(type)))
#define camtg_image_source(db, i) CAMTG_IMAGE_RECORD(db, CAMTG_SECTION_SOURCES, i, camtg_source)
#define camtg_image_entity(db, i) CAMTG_IMAGE_RECORD(db, CAMTG_SECTION_ENTITIES, i, camtg_entity)
#define camtg_image_meeting(db, i) CAMTG_IMAGE_RECORD(db, CAMTG_SECTION_MEETINGS, i, camtg_meeting)
#define camtg_image_commitment(db, i)                                                          \
    CAMTG_IMAGE_RECORD(db, CAMTG_SECTION_COMMITMENTS, i, camtg_commitment)
#define camtg_image_followup(db, i)                                                            \
    CAMTG_IMAGE_RECORD(db, CAMTG_SECTION_FOLLOWUPS, i, camtg_followup)

/* The `count` elements of a list in section s (WORDS, MENTIONS or
 * CITATIONS), or NULL with *count 0 when the run does not lie inside it. */
static inline const void *camtg_image_run(const camtg_db *db, camtg_image_section_id s,
                                          camtg_image_list list, size_t size, size_t *count)
{
    uint32_t n = db->sections[s].count;
    if (list.first > n || list.count > n - list.first) {
        *count = 0;
        return NULL;
    }
    *count = list.count;
    return camtg_image_section_base(db, s) + (size_t)list.first * size;
}

/* A list of words: its items and count (0 when out of range). */
static inline const uint32_t *camtg_image_words(const camtg_db *db, camtg_image_list list,
                                                size_t *count)
{
    return (const uint32_t *)camtg_image_run(db, CAMTG_SECTION_WORDS, list, sizeof(uint32_t),
                                             count);
}

/* Word `index` of a list, or NONE when out of range. */
static inline uint32_t camtg_image_word(const camtg_db *db, camtg_image_list list, size_t index)
{
    size_t count;
    const uint32_t *items = camtg_image_words(db, list, &count);
    return index < count ? items[index] : CAMTG_IMAGE_NONE;
}

/* How many words a list holds: its count, or 0 when out of range. */
static inline size_t camtg_image_word_count(const camtg_db *db, camtg_image_list list)
{
    size_t count;
    (void)camtg_image_words(db, list, &count);
    return count;
}

/* The position of a record in its section (handles are pointers into it). */
#define camtg_image_index_of(db, section, record)                                              \
    ((size_t)((const unsigned char *)(record) - camtg_image_section_base((db), (section))) /   \
     sizeof *(record))

/* A vocabulary value read from a record, or `invalid` when out of range. */
static inline int camtg_image_enum(uint32_t value, int count, int invalid)
{
    return value < (uint32_t)count ? (int)value : invalid;
}

/* ---- Lookups (image.c) ---------------------------------------------- */

/* The record of the given kind whose id is exactly id, or NULL. */
const void *camtg_image_find_id(const camtg_db *db, const char *id, camtg_record_kind kind);

/* The entity whose folded id, name or alias is `folded`, or NULL. */
const camtg_entity *camtg_image_find_key(const camtg_db *db, const char *folded);

/* The hash both hash sections use (and the builder, which must agree). */
uint64_t camtg_image_hash(const char *key, uint64_t seed);

/* A checksum of `len` bytes at data. */
uint64_t camtg_image_checksum(const void *data, size_t len);

/* The checksum an image's header stores: of the header (with `checksum`
 * and `mapped` taken as zero) and of every byte after it, so that any
 * change to a written snapshot shows. The builder stores it; verify
 * compares. */
uint64_t camtg_image_sum(const camtg_db *db);

/* ---- Opening and closing (image_map.c) -------------------------------- */

/* The bytes of one element of each section (1 for STRINGS), and the
 * section's name in messages ("commitments"). */
extern const size_t camtg_image_element_bytes[CAMTG_SECTION_COUNT];
extern const char *const camtg_image_section_names[CAMTG_SECTION_COUNT];

/* Whether the len bytes at data start with the magic. */
int camtg_image_is(const void *data, size_t len);

/* Checks the header and section table of an image of `len` bytes (the
 * fields, not the records): CAMTG_OK or CAMTG_ESNAPSHOT with a message
 * naming the field and err->offset the byte at fault. */
int camtg_image_check_header(const camtg_db *db, size_t len, camtg_error *err);

/* Reserves `capacity` bytes of address space at a multiple of
 * CAMTG_IMAGE_ALIGN (capacity < CAMTG_IMAGE_ALIGN), readable and writable
 * and zero, committing memory only as pages are touched. NULL when out of
 * address space. Release with camtg_image_unmap. */
unsigned char *camtg_image_reserve(size_t capacity);
void camtg_image_unmap(void *base, size_t len);

/* The same, but with no access yet: an image whose size is not known when
 * it starts (a JSON load) reserves the most an image can be, and makes
 * pages accessible with camtg_image_commit as it grows. A reservation
 * that is only address space costs nothing, even to tools that keep
 * bookkeeping per accessible page (valgrind's memcheck would otherwise
 * account for the whole reservation). */
unsigned char *camtg_image_reserve_space(size_t capacity);

/* Makes at least the first `need` bytes of a reservation of `capacity`
 * bytes readable and writable, of which *committed are already; grows by
 * doubling, so that a growing image commits a logarithmic number of times.
 * Returns 0, or -1 when need exceeds capacity or the system refuses. */
int camtg_image_commit(unsigned char *base, size_t capacity, size_t *committed, size_t need);

/* Finishes an image built in a reservation of `capacity` bytes: gives back
 * the pages past db->size, records what stays mapped in db->mapped (what
 * camtg_close unmaps) and makes the image read-only. */
void camtg_image_seal(camtg_db *db, size_t capacity);

/* Opens the snapshot in the file descriptor (of `len` bytes, a regular
 * file) by mapping it, or the snapshot in the caller's buffer by copying
 * it into a reserved image; then checks the header. */
int camtg_image_map_fd(camtg_db **out, int fd, size_t len, camtg_error *err);
int camtg_image_copy(camtg_db **out, const void *data, size_t len, camtg_error *err);

/* ---- Shared with the loader -------------------------------------------- */

/* One record of the kind, in messages: "entity", "follow-up". */
const char *camtg_record_kind_name(camtg_record_kind kind);

/* The public _find functions' shared body: CAMTG_OK with *out set,
 * CAMTG_ENOTFOUND, or CAMTG_EINVAL (naming caller) when an argument is
 * NULL. */
int camtg_db_find_by_id(const camtg_db *db, const char *id, camtg_record_kind kind,
                        const char *caller, const void **out, camtg_error *err);

/* The status of c on date (YYYY-MM-DD, valid), or with every follow-up
 * counted when date is NULL; see camtg_commitment_status_on(). */
camtg_status camtg_commitment_status_at(const camtg_commitment *c, const char *date);

/* Whether [start, end) code points of the source's text, at bytes
 * [byte_start, byte_end), hold exactly `text`: what loading checks and
 * camtg_db_verify re-checks. */
int camtg_image_span_matches(const camtg_db *db, uint32_t source, uint32_t start, uint32_t end,
                             uint32_t byte_start, uint32_t byte_end, uint32_t text);

#endif
