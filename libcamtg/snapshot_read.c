/* SPDX-License-Identifier: MIT */
/* Opening a snapshot. The file is untrusted: the header and section table
 * are checked first (magic, version, byte order, every section inside the
 * file), then every word is checked against what it may name before it is
 * used, and what the loader derives is derived again by the loader's own
 * code, which re-checks cycles and mentions. A fault is CAMTG_ESNAPSHOT
 * with the section, the record and the byte offset of the word at fault. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "entity_key.h"
#include "error.h"
#include "loader.h"
#include "snapshot.h"
#include "utf8.h"

typedef struct section_view {
    size_t offset, bytes, count;
} section_view;

typedef struct reader {
    const unsigned char *data;
    size_t len;
    section_view sec[CAMTG_SNAPSHOT_SECTION_COUNT];
    camtg_db *db;
    camtg_error *err;
    const char *strings; /* the database's copy of the string section */
    char path[96]; /* the record being read, as a JSON Pointer */
    void *records[CAMTG_RECORD_KIND_COUNT];
    camtg_mention *mentions;
    camtg_citation *citations;
    size_t next_sub[2]; /* the next mention, citation a list must start at */
} reader;

static uint32_t get32(const unsigned char *at)
{
    uint32_t v;
    memcpy(&v, at, sizeof v);
    return v;
}

static uint64_t get64(const unsigned char *at)
{
    uint64_t v;
    memcpy(&v, at, sizeof v);
    return v;
}

static int fail_at(reader *r, size_t offset, const char *fmt, ...) CAMTG_PRINTF(3, 4);

static int fail_at(reader *r, size_t offset, const char *fmt, ...)
{
    char message[CAMTG_ERROR_MESSAGE_LENGTH];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    camtg_error_set(r->err, CAMTG_ESNAPSHOT, r->path, "invalid snapshot: %s (byte %zu)",
                    message, offset);
    if (r->err != NULL)
        r->err->offset = (long)offset;
    return CAMTG_ESNAPSHOT;
}

static const char *const SECTION_NAMES[CAMTG_SNAPSHOT_SECTION_COUNT] = {
    "strings", "words", "sources", "entities", "meetings", "commitments", "followups",
    "mentions", "citations"};

static int check_section(reader *r, size_t s, const unsigned char *entry)
{
    size_t at = (size_t)(entry - r->data);
    uint64_t offset = get64(entry + 16), bytes = get64(entry + 24);
    size_t count = get32(entry + 4), words = get32(entry + 8);
    if (get32(entry) != s || get32(entry + 12) != 0)
        return fail_at(r, at, "section table entry %zu is not the %s section", s,
                       SECTION_NAMES[s]);
    if (offset % CAMTG_SNAPSHOT_ALIGN != 0 || offset > r->len || bytes > r->len - offset ||
        offset < CAMTG_SNAPSHOT_HEADER_BYTES +
                     CAMTG_SNAPSHOT_SECTION_COUNT * CAMTG_SNAPSHOT_ENTRY_BYTES)
        return fail_at(r, at, "the %s section (%llu bytes at %llu) is not inside the file",
                       SECTION_NAMES[s], (unsigned long long)bytes, (unsigned long long)offset);
    size_t expect = 1;
    if (s >= CAMTG_SNAPSHOT_TABLES)
        expect = camtg_snapshot_record_words(&camtg_snapshot_tables[s - CAMTG_SNAPSHOT_TABLES]);
    size_t unit = s == CAMTG_SNAPSHOT_STRINGS ? 1 : expect * sizeof(uint32_t);
    if (words != expect || bytes % unit != 0 || bytes / unit != count ||
        count >= CAMTG_SNAPSHOT_NONE)
        return fail_at(r, at, "the %s section's size (%llu bytes) does not match %zu records "
                       "of %zu words", SECTION_NAMES[s], (unsigned long long)bytes, count, words);
    r->sec[s] = (section_view){(size_t)offset, (size_t)bytes, count};
    return 0;
}

static int check_header(reader *r)
{
    const unsigned char *d = r->data;
    size_t table_end =
        CAMTG_SNAPSHOT_HEADER_BYTES + CAMTG_SNAPSHOT_SECTION_COUNT * CAMTG_SNAPSHOT_ENTRY_BYTES;
    if (r->len < table_end)
        return fail_at(r, r->len, "the file is %zu bytes, shorter than its header (%zu bytes)",
                       r->len, table_end);
    if (get32(d + 12) == 0x04030201u)
        return fail_at(r, 12, "it was written on a machine of the other byte order");
    if (get32(d + 12) != CAMTG_SNAPSHOT_BYTE_ORDER)
        return fail_at(r, 12, "the byte-order mark is 0x%08x", (unsigned)get32(d + 12));
    if (get32(d + 8) != CAMTG_SNAPSHOT_VERSION)
        return fail_at(r, 8, "format version %u; this library reads version %u",
                       (unsigned)get32(d + 8), CAMTG_SNAPSHOT_VERSION);
    if (get32(d + 16) != CAMTG_SNAPSHOT_HEADER_BYTES ||
        get32(d + 20) != CAMTG_SNAPSHOT_SECTION_COUNT)
        return fail_at(r, 16, "the header is not the size or does not list the sections of "
                       "format version %u", CAMTG_SNAPSHOT_VERSION);
    if (get64(d + 32) != r->len)
        return fail_at(r, 32, "the header gives the size as %llu bytes, the file has %zu "
                       "(truncated or extended)", (unsigned long long)get64(d + 32), r->len);
    for (size_t s = 0; s < CAMTG_SNAPSHOT_SECTION_COUNT; s++)
        TRY(check_section(r, s, d + CAMTG_SNAPSHOT_HEADER_BYTES + s * CAMTG_SNAPSHOT_ENTRY_BYTES));
    const section_view *str = &r->sec[CAMTG_SNAPSHOT_STRINGS];
    if (str->bytes == 0 || d[str->offset + str->bytes - 1] != '\0')
        return fail_at(r, str->offset, "the string section does not end with a NUL byte");
    if (!camtg_utf8_is_valid((const char *)d + str->offset, str->bytes))
        return fail_at(r, str->offset, "the string section is not UTF-8");
    return 0;
}

/* A string reference: NONE, or the start of a non-empty string (not the
 * middle of a character), which ends inside the section. */
static int read_string(reader *r, size_t at, const camtg_snapshot_field *f, const char **out)
{
    uint32_t ref = get32(r->data + at);
    const section_view *str = &r->sec[CAMTG_SNAPSHOT_STRINGS];
    *out = NULL;
    if (ref == CAMTG_SNAPSHOT_NONE) {
        if (f->required)
            return fail_at(r, at, "\"%s\" is required but absent", f->name);
        return 0;
    }
    const char *s = ref < str->bytes ? r->strings + ref : NULL;
    if (s == NULL || *s == '\0' || camtg_utf8_is_continuation((unsigned char)*s))
        return fail_at(r, at, "\"%s\" names no string (offset %u)", f->name, (unsigned)ref);
    if (f->type == CAMTG_SF_DATE && !camtg_date_is_valid(s))
        return fail_at(r, at, "\"%s\" is not a date written YYYY-MM-DD", f->name);
    *out = s;
    return 0;
}

static int read_ref(reader *r, size_t at, const camtg_snapshot_field *f, int required,
                    const void **out)
{
    uint32_t index = get32(r->data + at);
    size_t kind = (size_t)f->target;
    *out = NULL;
    if (index == CAMTG_SNAPSHOT_NONE && !required)
        return 0;
    if (index >= r->sec[CAMTG_SNAPSHOT_TABLES + kind].count)
        return fail_at(r, at, "\"%s\" names %s %u, past the last", f->name,
                       camtg_snapshot_tables[kind].name, (unsigned)index);
    *out = (const char *)r->records[kind] + index * camtg_snapshot_tables[kind].struct_size;
    return 0;
}

static int read_record(reader *r, camtg_snapshot_section section, size_t index, void *record);

/* A list (first, count) inside its pool; items are checked one by one. */
static int read_list(reader *r, size_t at, const camtg_snapshot_field *f, char *base)
{
    size_t first = get32(r->data + at), n = get32(r->data + at + 4);
    int sub = f->type == CAMTG_SF_MENTIONS ? 0 : f->type == CAMTG_SF_CITATIONS ? 1 : -1;
    size_t pool = sub < 0 ? CAMTG_SNAPSHOT_WORDS : CAMTG_SNAPSHOT_MENTIONS + (size_t)sub;
    /* Sub-records belong to one record each: the lists tile their table. */
    if (n > r->sec[pool].count || first > r->sec[pool].count - n ||
        (sub >= 0 && n > 0 && first != r->next_sub[sub]))
        return fail_at(r, at, "the list \"%s\" (%zu items at %zu) is not inside the %s section",
                       f->name, n, first, SECTION_NAMES[pool]);
    void *items = NULL;
    if (sub >= 0) {
        r->next_sub[sub] += n;
        items = sub == 0 ? (void *)(r->mentions + first) : (void *)(r->citations + first);
        for (size_t i = 0; i < n; i++)
            TRY(read_record(r, (camtg_snapshot_section)pool, first + i,
                            (char *)items + i * camtg_snapshot_tables[pool - CAMTG_SNAPSHOT_TABLES]
                                                    .struct_size));
    } else if (n > 0) {
        size_t size = f->type == CAMTG_SF_SECTORS ? 1 : sizeof(void *);
        items = camtg_arena_array(&r->db->arena, n, size);
        if (items == NULL)
            return CAMTG_ENOMEM;
        for (size_t i = 0; i < n; i++) {
            size_t word = r->sec[CAMTG_SNAPSHOT_WORDS].offset + (first + i) * sizeof(uint32_t);
            const void *item;
            if (f->type == CAMTG_SF_REFS) {
                TRY(read_ref(r, word, f, 1, &item));
            } else if (f->type == CAMTG_SF_STRINGS) {
                const camtg_snapshot_field required = {f->name, CAMTG_SF_STRING, 1, 0, 0, 0};
                const char *s;
                TRY(read_string(r, word, &required, &s));
                item = s;
            } else {
                uint32_t v = get32(r->data + word);
                if (v >= (uint32_t)f->target)
                    return fail_at(r, word, "\"%s\" holds %u, outside its vocabulary", f->name,
                                   (unsigned)v);
                ((unsigned char *)items)[i] = (unsigned char)v;
                continue;
            }
            memcpy((char *)items + i * size, &item, sizeof item);
        }
    }
    memcpy(base + f->at, &items, sizeof items);
    memcpy(base + f->count_at, &n, sizeof n);
    return 0;
}

static int read_record(reader *r, camtg_snapshot_section section, size_t index, void *record)
{
    const camtg_snapshot_table *t = &camtg_snapshot_tables[section - CAMTG_SNAPSHOT_TABLES];
    size_t at = r->sec[section].offset + index * camtg_snapshot_record_words(t) * sizeof(uint32_t);
    char *base = record;
    if (section < CAMTG_SNAPSHOT_MENTIONS)
        snprintf(r->path, sizeof r->path, "/%s/%zu", SECTION_NAMES[section], index);
    for (size_t k = 0; k < t->field_count; k++) {
        const camtg_snapshot_field *f = &t->fields[k];
        const void *ptr = NULL;
        uint32_t v = get32(r->data + at);
        switch (f->type) {
        case CAMTG_SF_STRING:
        case CAMTG_SF_DATE:
            TRY(read_string(r, at, f, (const char **)&ptr));
            memcpy(base + f->at, &ptr, sizeof ptr);
            break;
        case CAMTG_SF_REF:
            TRY(read_ref(r, at, f, f->required, &ptr));
            memcpy(base + f->at, &ptr, sizeof ptr);
            break;
        case CAMTG_SF_SIZE: {
            size_t size = v;
            memcpy(base + f->at, &size, sizeof size);
            break;
        }
        case CAMTG_SF_ENUM: {
            if (v >= (uint32_t)f->target)
                return fail_at(r, at, "\"%s\" holds %u, outside its vocabulary", f->name,
                               (unsigned)v);
            int value = (int)v;
            memcpy(base + f->at, &value, sizeof value);
            break;
        }
        default:
            TRY(read_list(r, at, f, base));
            at += sizeof(uint32_t);
            break;
        }
        at += sizeof(uint32_t);
    }
    return 0;
}

/* Offsets in code points, checked against the source, then in bytes, and
 * the text compared with the slice, as loading does. */
static int check_span(reader *r, camtg_text_span *span, const char *what)
{
    const camtg_source *src = span->source;
    if (span->start >= span->end || span->end > src->text_chars)
        return fail_at(r, r->sec[CAMTG_SNAPSHOT_STRINGS].offset,
                       "the %s's offsets [%zu, %zu) are not inside source \"%.60s\"", what,
                       span->start, span->end, src->rec.id);
    span->byte_start = camtg_utf8_byte_offset(src->text, src->checkpoints, span->start);
    span->byte_end = camtg_utf8_byte_offset(src->text, src->checkpoints, span->end);
    if (!camtg_text_span_matches(span))
        return fail_at(r, r->sec[CAMTG_SNAPSHOT_STRINGS].offset,
                       "the %s differs from the text of source \"%.60s\" at [%zu, %zu)", what,
                       src->rec.id, span->start, span->end);
    return 0;
}

static int check_key(reader *r, const char *key)
{
    camtg_entity_key buf;
    size_t len;
    if (strlen(key) > CAMTG_ENTITY_KEY_MAX || camtg_entity_key_fold(key, &buf, &len) == NULL)
        return fail_at(r, r->sec[CAMTG_SNAPSHOT_STRINGS].offset,
                       "\"%.60s\" cannot be a lookup key (too long)", key);
    return 0;
}

/* What loading derives from the records, and the checks it makes on them
 * that the snapshot's words cannot express. */
static int derive(reader *r)
{
    camtg_db *db = r->db;
    for (size_t i = 0; i < db->source_count; i++) {
        camtg_source *s = &db->sources[i];
        s->text_bytes = strlen(s->text);
        s->text_chars = camtg_utf8_count(s->text, s->text_bytes);
        s->checkpoints = camtg_utf8_checkpoints(&db->arena, s->text, s->text_chars);
        if (s->checkpoints == NULL)
            return CAMTG_ENOMEM;
    }
    for (size_t i = 0; i < db->commitment_count; i++) {
        camtg_commitment *c = &db->commitments[i];
        snprintf(r->path, sizeof r->path, "/commitments/%zu/evidence", i);
        camtg_text_span span = {c->source, c->start, c->end, 0, 0, c->quote};
        TRY(check_span(r, &span, "quote"));
        c->byte_start = span.byte_start;
        c->byte_end = span.byte_end;
        for (size_t k = 0; k < c->sector_count; k++)
            c->sector_mask |= CAMTG_BIT(c->sectors[k]);
    }
    for (size_t i = 0; i < db->entity_count; i++) {
        camtg_entity *e = &db->entities[i];
        snprintf(r->path, sizeof r->path, "/entities/%zu", i);
        TRY(check_key(r, e->rec.id));
        TRY(check_key(r, e->name));
        for (size_t k = 0; k < e->alias_count; k++)
            TRY(check_key(r, e->aliases[k]));
        for (size_t k = 0; k < e->mention_count; k++) {
            camtg_mention *m = &r->mentions[(size_t)(e->mentions - r->mentions) + k];
            m->entity = e;
            m->index = k;
            TRY(check_span(r, &m->span, "mention"));
        }
    }
    r->path[0] = '\0';
    for (size_t k = 0; k < CAMTG_RECORD_KIND_COUNT; k++) {
        size_t size = camtg_snapshot_tables[k].struct_size;
        for (size_t i = 0; i < r->sec[CAMTG_SNAPSHOT_TABLES + k].count; i++) {
            camtg_record *rec = (camtg_record *)(void *)((char *)r->records[k] + i * size);
            const void *existing = NULL;
            int rc = camtg_hash_insert(&db->ids, rec->id, rec, &existing);
            if (rc < 0)
                return CAMTG_ENOMEM;
            if (rc == 0)
                return fail_at(r, r->sec[CAMTG_SNAPSHOT_TABLES + k].offset,
                               "%s %zu repeats the id \"%.60s\"", camtg_snapshot_tables[k].name,
                               i, rec->id);
        }
    }
    camtg_loader ld;
    if (camtg_loader_init(&ld, db, r->err) != 0)
        return CAMTG_ENOMEM;
    int rc = camtg_check_mention_overlaps(&ld);
    if (rc == 0 && db->schema_version >= 2)
        rc = camtg_build_timelines(&ld);
    if (rc == 0)
        rc = camtg_link(&ld);
    camtg_loader_release(&ld);
    return rc;
}

static int read_all(reader *r)
{
    camtg_db *db = r->db;
    TRY(check_header(r));
    /* The caller keeps the bytes; the database keeps its strings. */
    const section_view *str = &r->sec[CAMTG_SNAPSHOT_STRINGS];
    r->strings = camtg_arena_strndup(&db->arena, (const char *)r->data + str->offset, str->bytes);
    if (r->strings == NULL)
        return CAMTG_ENOMEM;
    db->schema_version = (int)get32(r->data + 24);
    if (db->schema_version < CAMTG_SCHEMA_MIN || db->schema_version > CAMTG_SCHEMA_MAX)
        return fail_at(r, 24, "schema version %d is not one this library reads",
                       db->schema_version);
    if (db->schema_version < 2 && (r->sec[CAMTG_SNAPSHOT_TABLES + CAMTG_RECORD_FOLLOWUP].count ||
                                   r->sec[CAMTG_SNAPSHOT_MENTIONS].count))
        return fail_at(r, 24, "schema version 1 has no follow-ups or mentions");
    const camtg_snapshot_field researched = {"followups_researched", CAMTG_SF_DATE, 0, 0, 0, 0};
    TRY(read_string(r, 28, &researched, &db->followups_researched));

    size_t total = 0;
    for (size_t k = 0; k < CAMTG_RECORD_KIND_COUNT; k++) {
        size_t n = r->sec[CAMTG_SNAPSHOT_TABLES + k].count, size = camtg_snapshot_tables[k].struct_size;
        r->records[k] = camtg_arena_array(&db->arena, n ? n : 1, size);
        if (r->records[k] == NULL)
            return CAMTG_ENOMEM;
        for (size_t i = 0; i < n; i++) {
            camtg_record *rec = (camtg_record *)(void *)((char *)r->records[k] + i * size);
            rec->db = db;
            rec->index = i;
            rec->kind = (camtg_record_kind)k;
        }
        total += n;
    }
    db->sources = r->records[CAMTG_RECORD_SOURCE];
    db->source_count = r->sec[CAMTG_SNAPSHOT_TABLES + CAMTG_RECORD_SOURCE].count;
    db->entities = r->records[CAMTG_RECORD_ENTITY];
    db->entity_count = r->sec[CAMTG_SNAPSHOT_TABLES + CAMTG_RECORD_ENTITY].count;
    db->meetings = r->records[CAMTG_RECORD_MEETING];
    db->meeting_count = r->sec[CAMTG_SNAPSHOT_TABLES + CAMTG_RECORD_MEETING].count;
    db->commitments = r->records[CAMTG_RECORD_COMMITMENT];
    db->commitment_count = r->sec[CAMTG_SNAPSHOT_TABLES + CAMTG_RECORD_COMMITMENT].count;
    db->followups = r->records[CAMTG_RECORD_FOLLOWUP];
    db->followup_count = r->sec[CAMTG_SNAPSHOT_TABLES + CAMTG_RECORD_FOLLOWUP].count;
    r->mentions = camtg_arena_array(&db->arena, r->sec[CAMTG_SNAPSHOT_MENTIONS].count + 1,
                                    sizeof *r->mentions);
    r->citations = camtg_arena_array(&db->arena, r->sec[CAMTG_SNAPSHOT_CITATIONS].count + 1,
                                     sizeof *r->citations);
    if (r->mentions == NULL || r->citations == NULL ||
        camtg_hash_init(&db->ids, total, (uint64_t)(uintptr_t)db) != 0)
        return CAMTG_ENOMEM;

    for (size_t k = 0; k < CAMTG_RECORD_KIND_COUNT; k++) {
        size_t size = camtg_snapshot_tables[k].struct_size;
        for (size_t i = 0; i < r->sec[CAMTG_SNAPSHOT_TABLES + k].count; i++)
            TRY(read_record(r, CAMTG_SNAPSHOT_TABLES + (camtg_snapshot_section)k, i,
                            (char *)r->records[k] + i * size));
    }
    if (r->next_sub[0] != r->sec[CAMTG_SNAPSHOT_MENTIONS].count ||
        r->next_sub[1] != r->sec[CAMTG_SNAPSHOT_CITATIONS].count)
        return fail_at(r, r->sec[CAMTG_SNAPSHOT_MENTIONS].offset,
                       "some mentions or citations belong to no record");
    return derive(r);
}

int camtg_snapshot_is(const void *data, size_t len)
{
    return data != NULL && len >= CAMTG_SNAPSHOT_MAGIC_BYTES &&
           memcmp(data, CAMTG_SNAPSHOT_MAGIC, CAMTG_SNAPSHOT_MAGIC_BYTES) == 0;
}

int camtg_snapshot_open(camtg_db **out, const unsigned char *data, size_t len, camtg_error *err)
{
    camtg_error_clear(err);
    *out = NULL;
    reader r;
    memset(&r, 0, sizeof r);
    r.data = data;
    r.len = len;
    r.err = err;
    r.db = calloc(1, sizeof *r.db);
    if (r.db == NULL)
        return camtg_error_set(err, CAMTG_ENOMEM, "", "out of memory while opening a snapshot");
    camtg_arena_init(&r.db->arena);
    int rc = read_all(&r);
    if (rc == CAMTG_ENOMEM)
        camtg_error_set(err, CAMTG_ENOMEM, "", "out of memory while opening a snapshot");
    if (rc < 0) {
        camtg_close(r.db);
        return rc;
    }
    *out = r.db;
    return CAMTG_OK;
}
