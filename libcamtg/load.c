/* SPDX-License-Identifier: MIT */
/* camtg_open_*: reading the input, parsing it with Jansson, and checking the
 * top level of the document before the sections are read. */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "input.h"
#include "loader.h"
#include "utf8.h"

/* The schema versions this library reads. */
#define CAMTG_SCHEMA_MIN 1
#define CAMTG_SCHEMA_MAX 2

/* Ids share one namespace: the sections in the order they are read. A
 * section newer than the file's version is not read (its key is unknown
 * there, so ignored); a section of the file's version is required unless
 * it is optional. */
static const struct section {
    const char *key;
    const char *record_name;
    camtg_record_kind kind;
    int since_version;
    int optional;
} SECTIONS[] = {
    {"sources", "source", CAMTG_RECORD_SOURCE, 1, 0},
    {"entities", "entity", CAMTG_RECORD_ENTITY, 1, 0},
    {"meetings", "meeting", CAMTG_RECORD_MEETING, 1, 0},
    {"commitments", "commitment", CAMTG_RECORD_COMMITMENT, 1, 0},
    {"followups", "follow-up", CAMTG_RECORD_FOLLOWUP, 2, 1},
};
enum { SECTION_COUNT = sizeof SECTIONS / sizeof SECTIONS[0] };

static int syntax_error(camtg_error *err, const json_error_t *jerr)
{
    int code;
    switch (json_error_code(jerr)) {
    case json_error_out_of_memory: code = CAMTG_ENOMEM; break;
    case json_error_stack_overflow: code = CAMTG_ELIMIT; break;
    default: code = CAMTG_ESYNTAX; break;
    }
    /* The position is in the line, column and offset fields; repeating it
     * here would print it twice in FILE:LINE:COLUMN: messages. */
    if (json_error_code(jerr) == json_error_null_character)
        camtg_error_set(err, code, "", "invalid JSON: \\u0000 is not allowed in strings");
    else
        camtg_error_set(err, code, "", "invalid JSON: %s", jerr->text);
    if (err != NULL) {
        err->line = jerr->line;
        err->column = jerr->column;
        err->offset = (long)jerr->position;
    }
    return code;
}

/* Jansson treats a NUL byte as the end of its input buffer and may skip one
 * between tokens, so NULs are refused before parsing, at their position
 * (columns count characters, as Jansson's do). */
static int nul_byte_error(camtg_error *err, const char *json, size_t at)
{
    int line = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < at; i++)
        if (json[i] == '\n')
            line++, line_start = i + 1;
    int column = (int)camtg_utf8_count(json + line_start, at - line_start) + 1;
    camtg_error_set(err, CAMTG_ESYNTAX, "",
                    "invalid JSON: the input holds a NUL byte, which JSON text cannot contain");
    if (err != NULL) {
        err->line = line;
        err->column = column;
        err->offset = (long)at + 1; /* just past the NUL, as Jansson counts */
    }
    return CAMTG_ESYNTAX;
}

static int is_id_char(char ch)
{
    return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ||
           ch == '.' || ch == '_' || ch == '-';
}

static size_t record_size(camtg_record_kind kind)
{
    switch (kind) {
    case CAMTG_RECORD_SOURCE: return sizeof(camtg_source);
    case CAMTG_RECORD_ENTITY: return sizeof(camtg_entity);
    case CAMTG_RECORD_MEETING: return sizeof(camtg_meeting);
    case CAMTG_RECORD_COMMITMENT: return sizeof(camtg_commitment);
    case CAMTG_RECORD_FOLLOWUP: return sizeof(camtg_followup);
    }
    return 0;
}

/* Where the records of one kind live, so that one loop can allocate and
 * register all four sections. */
static void **section_records(camtg_db *db, camtg_record_kind kind, size_t **count)
{
    switch (kind) {
    case CAMTG_RECORD_SOURCE: *count = &db->source_count; return (void **)&db->sources;
    case CAMTG_RECORD_ENTITY: *count = &db->entity_count; return (void **)&db->entities;
    case CAMTG_RECORD_MEETING: *count = &db->meeting_count; return (void **)&db->meetings;
    case CAMTG_RECORD_COMMITMENT: *count = &db->commitment_count; return (void **)&db->commitments;
    case CAMTG_RECORD_FOLLOWUP: *count = &db->followup_count; return (void **)&db->followups;
    }
    return NULL;
}

/* The header fields every record starts with, whatever its kind. */
static void record_set_identity(camtg_record_kind kind, void *record, const camtg_db *db,
                                size_t index, const char *id)
{
    switch (kind) {
    case CAMTG_RECORD_SOURCE: {
        camtg_source *r = record;
        r->db = db, r->index = index, r->id = id;
        break;
    }
    case CAMTG_RECORD_ENTITY: {
        camtg_entity *r = record;
        r->db = db, r->index = index, r->id = id;
        break;
    }
    case CAMTG_RECORD_MEETING: {
        camtg_meeting *r = record;
        r->db = db, r->index = index, r->id = id;
        break;
    }
    case CAMTG_RECORD_COMMITMENT: {
        camtg_commitment *r = record;
        r->db = db, r->index = index, r->id = id;
        break;
    }
    case CAMTG_RECORD_FOLLOWUP: {
        camtg_followup *r = record;
        r->db = db, r->index = index, r->id = id;
        break;
    }
    }
}

static int register_id(camtg_loader *ld, const json_t *item, const struct section *sec,
                       size_t index, void *record, camtg_record_ref *ref)
{
    if (!json_is_object(item))
        return camtg_loader_fail(ld, CAMTG_ESCHEMA, "each %s must be an object, not %s",
                                 sec->record_name, camtg_json_type_name(item));
    const char *id;
    int rc = camtg_field_string(ld, item, "id", 1, &id);
    if (rc < 0)
        return rc;
    camtg_loader_enter_record(ld, sec->record_name, id);
    size_t saved = camtg_loader_push_key(ld, "id");
    for (const char *p = id; *p != '\0'; p++)
        if (!is_id_char(*p))
            return camtg_loader_fail(ld, CAMTG_ESCHEMA,
                                     "id \"%.60s\" has a character outside [A-Za-z0-9._-]", id);
    ref->kind = sec->kind;
    ref->record = record;
    ref->index = index;
    const void *existing = NULL;
    rc = camtg_hash_insert(&ld->db->ids, id, ref, &existing);
    if (rc < 0)
        return camtg_loader_oom(ld);
    if (rc == 0) {
        const camtg_record_ref *first = existing;
        return camtg_loader_fail(ld, CAMTG_EDUPLICATE, "id \"%.60s\" is already defined at /%s/%zu",
                                 id, SECTIONS[first->kind].key, first->index);
    }
    camtg_loader_pop(ld, saved);
    record_set_identity(sec->kind, record, ld->db, index, id);
    ld->record[0] = '\0';
    return 0;
}

int camtg_load_ids(camtg_loader *ld, const json_t *root)
{
    camtg_db *db = ld->db;
    const json_t *arrays[SECTION_COUNT];
    size_t total = 0;
    for (size_t s = 0; s < SECTION_COUNT; s++) {
        arrays[s] = NULL;
        if (SECTIONS[s].since_version > db->schema_version)
            continue;
        int rc = camtg_field_array(ld, root, SECTIONS[s].key, !SECTIONS[s].optional, &arrays[s]);
        if (rc < 0)
            return rc;
        total += camtg_section_size(ld, arrays[s]);
    }
    /* Query lists store commitment indexes as uint32_t (and stamps as index + 1). */
    if (camtg_section_size(ld, arrays[3]) >= UINT32_MAX) {
        camtg_loader_push_key(ld, "commitments");
        return camtg_loader_fail(ld, CAMTG_ELIMIT, "more than %lu commitments",
                                 (unsigned long)UINT32_MAX);
    }
    db->refs = camtg_arena_array(&db->arena, total, sizeof *db->refs);
    if (db->refs == NULL || camtg_hash_init(&db->ids, total, (uint64_t)(uintptr_t)db) != 0)
        return camtg_loader_oom(ld);

    camtg_record_ref *ref = db->refs;
    for (size_t s = 0; s < SECTION_COUNT; s++) {
        const struct section *sec = &SECTIONS[s];
        size_t n = camtg_section_size(ld, arrays[s]), *count = NULL;
        void **records = section_records(db, sec->kind, &count);
        unsigned char *base = camtg_arena_array(&db->arena, n, record_size(sec->kind));
        if (base == NULL)
            return camtg_loader_oom(ld);
        *records = base;
        *count = n;
        size_t saved = camtg_loader_push_key(ld, sec->key);
        for (size_t i = 0; i < n; i++, ref++) {
            size_t at = camtg_loader_push_index(ld, i);
            int rc = register_id(ld, camtg_section_member(ld, arrays[s], i, "id"), sec, i,
                                 base + i * record_size(sec->kind), ref);
            if (rc < 0)
                return rc;
            camtg_loader_pop(ld, at);
        }
        camtg_loader_pop(ld, saved);
    }
    return 0;
}

static int load_document(camtg_loader *ld, const json_t *root)
{
    if (!json_is_object(root))
        return camtg_loader_fail(ld, CAMTG_ESCHEMA,
                                 "the top level must be an object with \"camtg\": 1, not %s",
                                 camtg_json_type_name(root));
    size_t saved = camtg_loader_push_key(ld, "camtg");
    const json_t *version = json_object_get(root, "camtg");
    if (version == NULL)
        return camtg_loader_fail(ld, CAMTG_ESCHEMA,
                                 "missing required key \"camtg\" (the schema version, 1)");
    if (!json_is_integer(version))
        return camtg_loader_fail(ld, CAMTG_ESCHEMA, "\"camtg\" must be the integer 1, not %s",
                                 camtg_json_type_name(version));
    if (json_integer_value(version) < CAMTG_SCHEMA_MIN ||
        json_integer_value(version) > CAMTG_SCHEMA_MAX)
        return camtg_loader_fail(ld, CAMTG_ESCHEMA,
                                 "unsupported schema version %" JSON_INTEGER_FORMAT
                                 " (this library reads versions %d to %d)",
                                 json_integer_value(version), CAMTG_SCHEMA_MIN,
                                 CAMTG_SCHEMA_MAX);
    ld->db->schema_version = (int)json_integer_value(version);
    camtg_loader_pop(ld, saved);

    int rc = camtg_load_ids(ld, root);
    if (rc == 0)
        rc = camtg_load_sources(ld, json_object_get(root, "sources"));
    if (rc == 0)
        rc = camtg_load_entities(ld, json_object_get(root, "entities"));
    if (rc == 0)
        rc = camtg_load_meetings(ld, json_object_get(root, "meetings"));
    if (rc == 0)
        rc = camtg_load_commitments(ld, json_object_get(root, "commitments"));
    if (rc == 0 && ld->db->schema_version >= 2)
        rc = camtg_load_followups(ld, root, json_object_get(root, "followups"));
    if (rc == 0)
        rc = camtg_link(ld);
    return rc;
}

int camtg_open_buffer(camtg_db **out, const char *json, size_t len, camtg_error *err)
{
    camtg_error_clear(err);
    if (out == NULL)
        return camtg_error_set(err, CAMTG_EINVAL, "", "camtg_open_buffer: out must not be NULL");
    *out = NULL;
    if (json == NULL && len != 0)
        return camtg_error_set(err, CAMTG_EINVAL, "",
                               "camtg_open_buffer: json is NULL but len is %zu", len);
    if (len > CAMTG_MAX_INPUT_BYTES)
        return camtg_error_set(err, CAMTG_ELIMIT, "",
                               "the input is %zu bytes; the limit is %zu bytes", len,
                               CAMTG_MAX_INPUT_BYTES);
    if (len == 0) {
        camtg_error_set(err, CAMTG_ESYNTAX, "", "the input is empty; expected a JSON object");
        if (err != NULL)
            err->line = 1, err->column = 1, err->offset = 0;
        return CAMTG_ESYNTAX;
    }

    const char *nul = memchr(json, '\0', len);
    if (nul != NULL)
        return nul_byte_error(err, json, (size_t)(nul - json));

    /* Read record by record when the scanner can delimit the document, so
     * that no tree of it all exists; otherwise parse it whole, which also
     * words any syntax error exactly as Jansson does. */
    const char *section_keys[SECTION_COUNT + 1];
    for (size_t s = 0; s < SECTION_COUNT; s++)
        section_keys[s] = SECTIONS[s].key;
    section_keys[SECTION_COUNT] = NULL;
    camtg_scan scan;
    camtg_stream stream;
    memset(&stream, 0, sizeof stream);
    json_t *root = NULL;
    json_error_t jerr;
    /* Input that is not UTF-8 is parsed whole, so that Jansson reports
     * where, even inside a section this version skips and never parses. */
    memset(&scan, 0, sizeof scan);
    int streamed = camtg_utf8_is_valid(json, len) ? camtg_scan_document(json, len, &scan) : 1;
    if (streamed == 0)
        streamed = camtg_stream_init(&stream, json, &scan, section_keys, &root);
    if (streamed > 0) {
        json_decref(root);
        root = json_loadb(json, len, JSON_REJECT_DUPLICATES, &jerr);
        if (root == NULL) {
            camtg_scan_release(&scan);
            return syntax_error(err, &jerr);
        }
    }

    camtg_db *db = calloc(1, sizeof *db);
    camtg_loader ld;
    int rc;
    if (db == NULL || streamed < 0) {
        rc = camtg_error_set(err, CAMTG_ENOMEM, "", "out of memory while loading");
    } else {
        camtg_arena_init(&db->arena);
        if (camtg_loader_init(&ld, db, err) != 0) {
            rc = camtg_error_set(err, CAMTG_ENOMEM, "", "out of memory while loading");
        } else {
            ld.stream = streamed == 0 ? &stream : NULL;
            rc = load_document(&ld, root);
            camtg_loader_release(&ld);
        }
    }
    camtg_stream_release(&stream);
    json_decref(root);
    camtg_scan_release(&scan);
    /* A record read one at a time failed: a syntax error anywhere in the
     * document still comes first, as when it is parsed whole. */
    if (rc < 0 && rc != CAMTG_ENOMEM && streamed == 0) {
        json_t *whole = json_loadb(json, len, JSON_REJECT_DUPLICATES, &jerr);
        if (whole == NULL)
            rc = syntax_error(err, &jerr);
        json_decref(whole);
    }
    if (rc < 0) {
        camtg_close(db);
        return rc;
    }
    *out = db;
    return CAMTG_OK;
}

int camtg_open_file(camtg_db **out, const char *path, camtg_error *err)
{
    camtg_error_clear(err);
    if (out == NULL)
        return camtg_error_set(err, CAMTG_EINVAL, "", "camtg_open_file: out must not be NULL");
    *out = NULL;
    if (path == NULL)
        return camtg_error_set(err, CAMTG_EINVAL, "", "camtg_open_file: path must not be NULL");
    char *data = NULL;
    size_t len = 0;
    int rc = camtg_input_read(path, &data, &len, err);
    if (rc < 0)
        return rc;
    rc = camtg_open_buffer(out, data, len, err);
    free(data);
    return rc;
}

extern const unsigned char camtg_default_dataset_[];
extern const size_t camtg_default_dataset_size;

int camtg_open_default(camtg_db **out, camtg_error *err)
{
    if (out == NULL) {
        camtg_error_clear(err);
        return camtg_error_set(err, CAMTG_EINVAL, "", "camtg_open_default: out must not be NULL");
    }
    return camtg_open_buffer(out, (const char *)camtg_default_dataset_,
                             camtg_default_dataset_size, err);
}
