/* SPDX-License-Identifier: MIT */
/* The sections of a document, one table row per record kind, and the one
 * loop that allocates, registers and reads the records of every section. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "loader.h"

typedef struct section {
    const char *key;         /* the top-level key of the array */
    const char *record_name; /* one record, in messages: "follow-up" */
    int since_version;       /* the first schema version that has the section */
    int optional;            /* whether a file of that version may leave it out */
    size_t record_size;
    size_t records_at, count_at; /* offsetof the record array and its count in camtg_draft */
    /* Runs once before the records are read, at the document's top level
     * (array is the section, NULL when an optional one is absent). */
    int (*prepare)(camtg_loader *ld, const json_t *root, const json_t *array);
    /* Reads one element into the record allocated and registered for it. */
    int (*read)(camtg_loader *ld, const json_t *obj, camtg_draft_record *rec);
    /* Runs once after the last record, for checks across records. */
    int (*finish)(camtg_loader *ld);
} section;

#define RECORDS(array, count) offsetof(camtg_draft, array), offsetof(camtg_draft, count)

/* Ids share one namespace and may be referred to before they are defined,
 * so every section's ids are registered before any section is read; the
 * sections are read in the order of camtg_record_kind. A section newer
 * than the file's version is not read (its key is unknown there, so
 * ignored); one of the file's version is required unless it is optional.
 *
 * Adding a record kind: a CAMTG_RECORD_* member and a struct whose first
 * member is `camtg_draft_record rec` (draft.h), its array and count in
 * camtg_draft, one row here, one file load_<kind>.c with its reader (declared
 * in loader.h) and one with its getters, and one public header. In the image
 * (image.h): its record struct and section, in the order of the kinds, with
 * a row in image_map.c's name and size tables, a put function and a PUT row
 * in image_build.c, and a field table in image_verify.c. */
static const section SECTIONS[CAMTG_RECORD_KIND_COUNT] = {
    [CAMTG_RECORD_SOURCE] = {"sources", "source", 1, 0, sizeof(camtg_draft_source),
                             RECORDS(sources, source_count), NULL, camtg_read_source, NULL},
    [CAMTG_RECORD_ENTITY] = {"entities", "entity", 1, 0, sizeof(camtg_draft_entity),
                             RECORDS(entities, entity_count), camtg_prepare_entities,
                             camtg_read_entity, camtg_check_mention_overlaps},
    [CAMTG_RECORD_MEETING] = {"meetings", "meeting", 1, 0, sizeof(camtg_draft_meeting),
                              RECORDS(meetings, meeting_count), NULL, camtg_read_meeting, NULL},
    [CAMTG_RECORD_COMMITMENT] = {"commitments", "commitment", 1, 0, sizeof(camtg_draft_commitment),
                                 RECORDS(commitments, commitment_count), NULL,
                                 camtg_read_commitment, NULL},
    [CAMTG_RECORD_FOLLOWUP] = {"followups", "follow-up", 2, 1, sizeof(camtg_draft_followup),
                               RECORDS(followups, followup_count), camtg_prepare_followups,
                               camtg_read_followup, camtg_build_timelines},
};

const char *camtg_record_kind_name(camtg_record_kind kind)
{
    return SECTIONS[kind].record_name;
}

void camtg_section_keys(int version, const char *keys[CAMTG_RECORD_KIND_COUNT + 1])
{
    size_t n = 0;
    for (size_t k = 0; k < CAMTG_RECORD_KIND_COUNT; k++)
        if (SECTIONS[k].since_version <= version)
            keys[n++] = SECTIONS[k].key;
    keys[n] = NULL;
}

/* The section's records and their count in db. The fields have the
 * record's own pointer type, so they are copied, not cast. */
static unsigned char *section_records(const camtg_draft *db, const section *sec)
{
    unsigned char *records;
    memcpy(&records, (const char *)db + sec->records_at, sizeof records);
    return records;
}

static size_t section_record_count(const camtg_draft *db, const section *sec)
{
    size_t count;
    memcpy(&count, (const char *)db + sec->count_at, sizeof count);
    return count;
}

static camtg_draft_record *record_at(const camtg_draft *db, const section *sec, size_t i)
{
    return (camtg_draft_record *)(void *)(section_records(db, sec) + i * sec->record_size);
}

size_t camtg_draft_record_count(const camtg_draft *d, camtg_record_kind kind)
{
    return section_record_count(d, &SECTIONS[kind]);
}

const camtg_draft_record *camtg_draft_record_at(const camtg_draft *d, camtg_record_kind kind,
                                                size_t i)
{
    return record_at(d, &SECTIONS[kind], i);
}

static int is_id_char(char ch)
{
    return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ||
           ch == '.' || ch == '_' || ch == '-';
}

/* Reads item's id into rec and enters it into the database's id table. */
static int register_id(camtg_loader *ld, const json_t *item, const section *sec,
                       camtg_draft_record *rec)
{
    if (!json_is_object(item))
        return camtg_loader_fail(ld, CAMTG_ESCHEMA, "each %s must be an object, not %s",
                                 sec->record_name, camtg_json_type_name(item));
    const char *id;
    TRY(camtg_field_string(ld, item, "id", 1, &id));
    camtg_loader_enter_record(ld, sec->record_name, id);
    size_t saved = camtg_loader_push_key(ld, "id");
    for (const char *p = id; *p != '\0'; p++)
        if (!is_id_char(*p))
            return camtg_loader_fail(ld, CAMTG_ESCHEMA,
                                     "id \"%.60s\" has a character outside [A-Za-z0-9._-]", id);
    rec->id = id;
    const void *existing = NULL;
    int rc = camtg_hash_insert(&ld->db->ids, id, rec, &existing);
    if (rc < 0)
        return camtg_loader_oom(ld);
    if (rc == 0) {
        const camtg_draft_record *first = existing;
        return camtg_loader_fail(ld, CAMTG_EDUPLICATE, "id \"%.60s\" is already defined at /%s/%zu",
                                 id, SECTIONS[first->kind].key, first->index);
    }
    camtg_loader_pop(ld, saved);
    ld->record[0] = '\0';
    return 0;
}

/* Allocates the records of one section and registers their ids. */
static int register_section(camtg_loader *ld, const section *sec, camtg_record_kind kind,
                            const json_t *array)
{
    camtg_draft *db = ld->db;
    size_t n = camtg_section_size(ld, array);
    size_t saved = camtg_loader_push_key(ld, sec->key);
    /* Query lists store record indexes as uint32_t (and stamps as index + 1). */
    if (n >= UINT32_MAX)
        return camtg_loader_fail(ld, CAMTG_ELIMIT, "the section lists more than %lu records",
                                 (unsigned long)UINT32_MAX);
    unsigned char *records = camtg_arena_array(&db->arena, n, sec->record_size);
    if (records == NULL)
        return camtg_loader_oom(ld);
    memcpy((char *)db + sec->records_at, &records, sizeof records);
    memcpy((char *)db + sec->count_at, &n, sizeof n);
    for (size_t i = 0; i < n; i++) {
        size_t at = camtg_loader_push_index(ld, i);
        camtg_draft_record *rec = record_at(db, sec, i);
        rec->index = i;
        rec->kind = kind;
        TRY(register_id(ld, camtg_section_member(ld, array, i, "id"), sec, rec));
        camtg_loader_pop(ld, at);
    }
    camtg_loader_pop(ld, saved);
    return 0;
}

static int read_section(camtg_loader *ld, const section *sec, const json_t *root,
                        const json_t *array)
{
    if (sec->prepare != NULL)
        TRY(sec->prepare(ld, root, array));
    size_t n = section_record_count(ld->db, sec);
    size_t saved = camtg_loader_push_key(ld, sec->key);
    for (size_t i = 0; i < n; i++) {
        size_t at = camtg_loader_push_index(ld, i);
        camtg_draft_record *rec = record_at(ld->db, sec, i);
        camtg_loader_enter_record(ld, sec->record_name, rec->id);
        TRY(sec->read(ld, camtg_section_item(ld, array, i), rec));
        camtg_loader_pop(ld, at);
    }
    camtg_loader_pop(ld, saved);
    ld->record[0] = '\0';
    return sec->finish != NULL ? sec->finish(ld) : 0;
}

int camtg_load_sections(camtg_loader *ld, const json_t *root)
{
    camtg_draft *db = ld->db;
    const json_t *arrays[CAMTG_RECORD_KIND_COUNT] = {NULL};
    size_t total = 0;
    for (size_t k = 0; k < CAMTG_RECORD_KIND_COUNT; k++) {
        const section *sec = &SECTIONS[k];
        if (sec->since_version > db->schema_version)
            continue;
        TRY(camtg_field_array(ld, root, sec->key, !sec->optional, &arrays[k]));
        total += camtg_section_size(ld, arrays[k]);
    }
    if (camtg_hash_init(&db->ids, total, (uint64_t)(uintptr_t)db) != 0)
        return camtg_loader_oom(ld);
    for (size_t k = 0; k < CAMTG_RECORD_KIND_COUNT; k++)
        if (SECTIONS[k].since_version <= db->schema_version)
            TRY(register_section(ld, &SECTIONS[k], (camtg_record_kind)k, arrays[k]));
    for (size_t k = 0; k < CAMTG_RECORD_KIND_COUNT; k++)
        if (SECTIONS[k].since_version <= db->schema_version)
            TRY(read_section(ld, &SECTIONS[k], root, arrays[k]));
    return 0;
}
