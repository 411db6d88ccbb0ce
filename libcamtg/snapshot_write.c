/* SPDX-License-Identifier: MIT */
/* Writing a database as a snapshot (docs/snapshot.md): the strings once
 * each, the lists in one pool of 32-bit words, one table per record kind,
 * then the header and section table in front. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "snapshot.h"

_Static_assert(sizeof(camtg_kind) == sizeof(int) && sizeof(camtg_plover) == sizeof(int) &&
                   sizeof(camtg_status) == sizeof(int) &&
                   sizeof(camtg_entity_type) == sizeof(int) &&
                   sizeof(camtg_date_precision) == sizeof(int),
               "enum fields are stored through an int");

typedef struct buffer {
    unsigned char *data;
    size_t len, cap;
} buffer;

typedef struct writer {
    buffer strings, words;
    buffer tables[CAMTG_SNAPSHOT_SECTION_COUNT - CAMTG_SNAPSHOT_TABLES];
    camtg_hash offsets; /* string -> its offset in strings, plus one */
    int rc;             /* the first failure, sticky */
} writer;

static void append(writer *w, buffer *b, const void *bytes, size_t n)
{
    if (w->rc < 0)
        return;
    if (n > b->cap - b->len) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap - b->len < n) {
            if (cap > SIZE_MAX / 2) {
                w->rc = CAMTG_ENOMEM;
                return;
            }
            cap *= 2;
        }
        unsigned char *data = realloc(b->data, cap);
        if (data == NULL) {
            w->rc = CAMTG_ENOMEM;
            return;
        }
        b->data = data;
        b->cap = cap;
    }
    memcpy(b->data + b->len, bytes, n);
    b->len += n;
}

/* Every stored number must fit in a word (NONE itself means "absent"). */
static void put_word(writer *w, buffer *b, size_t value)
{
    if (value > CAMTG_SNAPSHOT_NONE && w->rc == 0)
        w->rc = CAMTG_ELIMIT;
    uint32_t word = (uint32_t)value;
    append(w, b, &word, sizeof word);
}

static size_t string_ref(writer *w, const char *s)
{
    if (s == NULL)
        return CAMTG_SNAPSHOT_NONE;
    const void *known = camtg_hash_find(&w->offsets, s);
    if (known != NULL)
        return (size_t)((uintptr_t)known - 1);
    size_t at = w->strings.len;
    if (at >= CAMTG_SNAPSHOT_NONE && w->rc == 0)
        w->rc = CAMTG_ELIMIT;
    append(w, &w->strings, s, strlen(s) + 1);
    if (w->rc == 0 && camtg_hash_insert(&w->offsets, s, (const void *)(uintptr_t)(at + 1), NULL) < 0)
        w->rc = CAMTG_ENOMEM;
    return at;
}

static size_t record_ref(const void *record)
{
    return record != NULL ? ((const camtg_record *)record)->index : CAMTG_SNAPSHOT_NONE;
}

static void write_record(writer *w, camtg_snapshot_section section, const void *record);

/* Appends a list's items to the word pool or to a sub-record table and
 * returns where the list starts there. */
static size_t write_items(writer *w, const camtg_snapshot_field *f, const void *items, size_t n)
{
    const camtg_snapshot_section sub = f->type == CAMTG_SF_MENTIONS ? CAMTG_SNAPSHOT_MENTIONS
                                                                    : CAMTG_SNAPSHOT_CITATIONS;
    if (f->type == CAMTG_SF_MENTIONS || f->type == CAMTG_SF_CITATIONS) {
        const camtg_snapshot_table *t = &camtg_snapshot_tables[sub - CAMTG_SNAPSHOT_TABLES];
        size_t first = w->tables[sub - CAMTG_SNAPSHOT_TABLES].len /
                       (camtg_snapshot_record_words(t) * sizeof(uint32_t));
        for (size_t i = 0; i < n; i++)
            write_record(w, sub, (const char *)items + i * t->struct_size);
        return first;
    }
    size_t first = w->words.len / sizeof(uint32_t);
    for (size_t i = 0; i < n; i++) {
        if (f->type == CAMTG_SF_REFS)
            put_word(w, &w->words, record_ref(((const void *const *)items)[i]));
        else if (f->type == CAMTG_SF_STRINGS)
            put_word(w, &w->words, string_ref(w, ((const char *const *)items)[i]));
        else
            put_word(w, &w->words, ((const unsigned char *)items)[i]);
    }
    return first;
}

static void write_record(writer *w, camtg_snapshot_section section, const void *record)
{
    const camtg_snapshot_table *t = &camtg_snapshot_tables[section - CAMTG_SNAPSHOT_TABLES];
    buffer *out = &w->tables[section - CAMTG_SNAPSHOT_TABLES];
    const char *base = record;
    for (size_t k = 0; k < t->field_count; k++) {
        const camtg_snapshot_field *f = &t->fields[k];
        const void *ptr;
        size_t size;
        int value;
        switch (f->type) {
        case CAMTG_SF_STRING:
        case CAMTG_SF_DATE:
        case CAMTG_SF_REF:
            memcpy(&ptr, base + f->at, sizeof ptr);
            put_word(w, out, f->type == CAMTG_SF_REF ? record_ref(ptr) : string_ref(w, ptr));
            break;
        case CAMTG_SF_SIZE:
            memcpy(&size, base + f->at, sizeof size);
            put_word(w, out, size);
            break;
        case CAMTG_SF_ENUM:
            memcpy(&value, base + f->at, sizeof value);
            put_word(w, out, value >= 0 ? (size_t)value : CAMTG_SNAPSHOT_NONE);
            break;
        default:
            memcpy(&ptr, base + f->at, sizeof ptr);
            memcpy(&size, base + f->count_at, sizeof size);
            put_word(w, out, write_items(w, f, ptr, size));
            put_word(w, out, size);
            break;
        }
    }
}

static void put32(unsigned char *at, uint32_t v)
{
    memcpy(at, &v, sizeof v);
}

static void put64(unsigned char *at, uint64_t v)
{
    memcpy(at, &v, sizeof v);
}

static size_t aligned(size_t n)
{
    return (n + CAMTG_SNAPSHOT_ALIGN - 1) / CAMTG_SNAPSHOT_ALIGN * CAMTG_SNAPSHOT_ALIGN;
}

/* The header, the section table and the sections, each at an aligned
 * offset, in one buffer. */
static int assemble(writer *w, const camtg_db *db, size_t researched, unsigned char **out,
                    size_t *len)
{
    const buffer *parts[CAMTG_SNAPSHOT_SECTION_COUNT];
    parts[CAMTG_SNAPSHOT_STRINGS] = &w->strings;
    parts[CAMTG_SNAPSHOT_WORDS] = &w->words;
    for (size_t s = CAMTG_SNAPSHOT_TABLES; s < CAMTG_SNAPSHOT_SECTION_COUNT; s++)
        parts[s] = &w->tables[s - CAMTG_SNAPSHOT_TABLES];
    size_t total = aligned(CAMTG_SNAPSHOT_HEADER_BYTES +
                           CAMTG_SNAPSHOT_SECTION_COUNT * CAMTG_SNAPSHOT_ENTRY_BYTES);
    for (size_t s = 0; s < CAMTG_SNAPSHOT_SECTION_COUNT; s++)
        total += aligned(parts[s]->len);
    unsigned char *file = calloc(1, total);
    if (file == NULL)
        return CAMTG_ENOMEM;
    memcpy(file, CAMTG_SNAPSHOT_MAGIC, CAMTG_SNAPSHOT_MAGIC_BYTES);
    put32(file + 8, CAMTG_SNAPSHOT_VERSION);
    put32(file + 12, CAMTG_SNAPSHOT_BYTE_ORDER);
    put32(file + 16, CAMTG_SNAPSHOT_HEADER_BYTES);
    put32(file + 20, CAMTG_SNAPSHOT_SECTION_COUNT);
    put32(file + 24, (uint32_t)db->schema_version);
    put32(file + 28, (uint32_t)researched);
    put64(file + 32, total);
    size_t at = aligned(CAMTG_SNAPSHOT_HEADER_BYTES +
                        CAMTG_SNAPSHOT_SECTION_COUNT * CAMTG_SNAPSHOT_ENTRY_BYTES);
    for (size_t s = 0; s < CAMTG_SNAPSHOT_SECTION_COUNT; s++) {
        unsigned char *entry = file + CAMTG_SNAPSHOT_HEADER_BYTES + s * CAMTG_SNAPSHOT_ENTRY_BYTES;
        size_t words = 1, count = parts[s]->len;
        if (s >= CAMTG_SNAPSHOT_TABLES)
            words = camtg_snapshot_record_words(&camtg_snapshot_tables[s - CAMTG_SNAPSHOT_TABLES]);
        if (s != CAMTG_SNAPSHOT_STRINGS)
            count = parts[s]->len / (words * sizeof(uint32_t));
        put32(entry, (uint32_t)s);
        put32(entry + 4, (uint32_t)count);
        put32(entry + 8, (uint32_t)words);
        put64(entry + 16, at);
        put64(entry + 24, parts[s]->len);
        if (parts[s]->len > 0)
            memcpy(file + at, parts[s]->data, parts[s]->len);
        at += aligned(parts[s]->len);
    }
    *out = file;
    *len = total;
    return CAMTG_OK;
}

int camtg_snapshot_encode(const camtg_db *db, unsigned char **out, size_t *len,
                          camtg_error *err)
{
    camtg_error_clear(err);
    writer w;
    memset(&w, 0, sizeof w);
    if (camtg_hash_init(&w.offsets, 1024, (uint64_t)(uintptr_t)&w) != 0)
        return camtg_error_set(err, CAMTG_ENOMEM, "", "out of memory while writing a snapshot");
    const void *records[CAMTG_RECORD_KIND_COUNT] = {db->sources, db->entities, db->meetings,
                                                    db->commitments, db->followups};
    const size_t counts[CAMTG_RECORD_KIND_COUNT] = {db->source_count, db->entity_count,
                                                    db->meeting_count, db->commitment_count,
                                                    db->followup_count};
    for (size_t k = 0; k < CAMTG_RECORD_KIND_COUNT; k++) {
        size_t size = camtg_snapshot_tables[k].struct_size;
        for (size_t i = 0; i < counts[k]; i++)
            write_record(&w, CAMTG_SNAPSHOT_TABLES + (camtg_snapshot_section)k,
                         (const char *)records[k] + i * size);
    }
    size_t researched = string_ref(&w, db->followups_researched);
    if (w.strings.len == 0) /* the string pool always ends with a NUL */
        append(&w, &w.strings, "", 1);
    int rc = w.rc < 0 ? w.rc : assemble(&w, db, researched, out, len);
    camtg_hash_release(&w.offsets);
    free(w.strings.data);
    free(w.words.data);
    for (size_t s = 0; s < CAMTG_SNAPSHOT_SECTION_COUNT - CAMTG_SNAPSHOT_TABLES; s++)
        free(w.tables[s].data);
    if (rc == CAMTG_ELIMIT)
        return camtg_error_set(err, rc, "",
                               "the database is too large for a snapshot: a count or offset "
                               "does not fit in 32 bits");
    if (rc < 0)
        return camtg_error_set(err, rc, "", "out of memory while writing a snapshot");
    return CAMTG_OK;
}

int camtg_snapshot_write(const camtg_db *db, const char *path, camtg_error *err)
{
    camtg_error_clear(err);
    if (db == NULL || path == NULL)
        return camtg_error_set(err, CAMTG_EINVAL, "",
                               "camtg_snapshot_write: db and path must not be NULL");
    unsigned char *data;
    size_t len;
    int rc = camtg_snapshot_encode(db, &data, &len, err);
    if (rc < 0)
        return rc;
    FILE *f = fopen(path, "wb");
    int saved = errno;
    if (f != NULL) {
        size_t written = fwrite(data, 1, len, f);
        saved = errno;
        if (fclose(f) != 0 && written == len)
            saved = errno, written = 0;
        rc = written == len ? CAMTG_OK : CAMTG_EIO;
    } else {
        rc = CAMTG_EIO;
    }
    free(data);
    if (rc < 0) {
        camtg_error_set(err, CAMTG_EIO, "", "cannot write %.200s: %s", path, strerror(saved));
        if (err != NULL)
            err->sys_errno = saved;
    }
    return rc;
}
