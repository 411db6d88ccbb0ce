/* SPDX-License-Identifier: MIT */
/*
 * The snapshot reader's fuzz body. Opening a snapshot may check no more
 * than its header and layout (docs/snapshot.md), and every accessor then
 * reads records where they lie in the file. So an open snapshot is first
 * read through the whole public API believing nothing it answers: the only
 * check is the sanitizers' (no read outside the buffer, no undefined
 * behaviour, no endless walk). Then camtg_db_verify() judges it, and only a
 * snapshot it accepts must answer consistently (camtg_fuzz_walk()).
 */
#include "camtg_fuzz.h"

#include <string.h>

/* Folds what the accessors return into something the compiler cannot drop;
 * strlen() reads each string to its end, where a sanitizer watches. */
static volatile size_t sink;

static void touch_text(const char *s)
{
    if (s != NULL)
        sink += strlen(s);
}

/* Touches each of the @p n strings a record holds. */
static void touch_texts(const char *const *texts, size_t n)
{
    for (size_t i = 0; i < n; i++)
        touch_text(texts[i]);
}

static void touch_key(const camtg_db *db, const char *key)
{
    if (key == NULL)
        return;
    const camtg_entity *e = NULL;
    sink += camtg_entity_lookup(db, key) != NULL;
    sink += (size_t)camtg_entity_find(db, key, &e, NULL);
    sink += camtg_source_lookup(db, key) != NULL;
    sink += camtg_meeting_lookup(db, key) != NULL;
    sink += camtg_commitment_lookup(db, key) != NULL;
    sink += camtg_followup_lookup(db, key) != NULL;
}

/* Every list is walked until its accessor first says "nothing here", so a
 * damaged count cannot make the walk longer than the pool it points into. */
static void touch_entity(const camtg_db *db, const camtg_entity *e, size_t entities)
{
    touch_key(db, camtg_entity_id(e));
    touch_key(db, camtg_entity_name(e));
    touch_text(camtg_entity_wikidata(e));
    touch_text(camtg_entity_description(e));
    touch_text(camtg_entity_date(e));
    sink += (size_t)camtg_entity_type_of(e) + camtg_entity_index(e);
    sink += camtg_entity_country(e) != NULL;
    sink += camtg_entity_place(e) != NULL;
    const char *s;
    for (size_t k = 0; k < camtg_entity_alias_count(e) && (s = camtg_entity_alias(e, k)); k++)
        touch_key(db, s);
    for (size_t k = 0; k < camtg_entity_position_count(e) && (s = camtg_entity_position(e, k)); k++)
        touch_text(s);
    const camtg_entity *other;
    for (size_t k = 0; k < camtg_entity_member_count(e) && (other = camtg_entity_member(e, k)); k++)
        sink += (size_t)camtg_entity_in_group(other, e);
    for (size_t k = 0; k < camtg_entity_group_count(e) && (other = camtg_entity_group(e, k)); k++)
        sink += (size_t)camtg_entity_in_group(e, other);
    /* A chain of places longer than there are entities has a cycle. */
    size_t steps = 0;
    for (other = camtg_entity_within(e); other != NULL && steps++ <= entities;
         other = camtg_entity_within(other))
        sink += camtg_entity_index(other);
    const camtg_mention *m;
    for (size_t k = 0; k < camtg_entity_mention_count(e) && (m = camtg_entity_mention(e, k)); k++) {
        touch_text(camtg_mention_text(m));
        sink += camtg_mention_entity(m) != NULL;
        touch_text(camtg_source_text(camtg_mention_source(m)));
        sink += (size_t)(camtg_mention_start(m) + camtg_mention_end(m) +
                         camtg_mention_byte_start(m) + camtg_mention_byte_end(m));
    }
}

static void touch_commitment(const camtg_commitment *c)
{
    const char *texts[] = { camtg_commitment_id(c), camtg_commitment_cameo(c),
                            camtg_commitment_verb(c), camtg_commitment_summary(c),
                            camtg_commitment_quote(c),
                            camtg_meeting_id(camtg_commitment_meeting(c)),
                            camtg_source_id(camtg_commitment_source(c)) };
    touch_texts(texts, sizeof texts / sizeof *texts);
    sink += (size_t)camtg_commitment_kind(c) + (size_t)camtg_commitment_type(c) +
            (size_t)camtg_commitment_status(c) + camtg_commitment_sector_mask(c);
    sink += (size_t)(camtg_commitment_start(c) + camtg_commitment_end(c) +
                     camtg_commitment_byte_start(c) + camtg_commitment_byte_end(c));
    const camtg_entity *e;
    for (size_t k = 0; k < camtg_commitment_actor_count(c) && (e = camtg_commitment_actor(c, k)); k++)
        sink += camtg_entity_index(e);
    for (size_t k = 0; k < camtg_commitment_target_count(c) && (e = camtg_commitment_target(c, k)); k++)
        sink += camtg_entity_index(e);
    for (size_t k = 0; k < camtg_commitment_object_count(c) && (e = camtg_commitment_object(c, k)); k++)
        sink += camtg_entity_index(e);
    for (size_t k = 0; k < camtg_commitment_sector_count(c) &&
                       camtg_commitment_sector(c, k) != CAMTG_SECTOR_INVALID; k++)
        sink += (size_t)camtg_commitment_sector(c, k);
    const camtg_followup *f;
    for (size_t k = 0; k < camtg_commitment_followup_count(c) && (f = camtg_commitment_followup(c, k)); k++)
        sink += camtg_followup_index(f);
    camtg_status on;
    if (camtg_commitment_status_on(c, "2100-01-01", &on) == CAMTG_OK)
        sink += (size_t)on;
}

static void touch_followup(const camtg_followup *f)
{
    touch_text(camtg_followup_id(f));
    touch_text(camtg_followup_date(f));
    touch_text(camtg_followup_date_end(f));
    touch_text(camtg_followup_summary(f));
    sink += (size_t)camtg_followup_date_precision(f) + (size_t)camtg_followup_status(f);
    sink += camtg_followup_commitment(f) != NULL;
    const char *url;
    for (size_t k = 0; k < camtg_followup_citation_count(f) &&
                       (url = camtg_followup_citation_url(f, k)); k++) {
        touch_text(url);
        touch_text(camtg_followup_citation_publisher(f, k));
        touch_text(camtg_followup_citation_published(f, k));
        touch_text(camtg_followup_citation_title(f, k));
    }
}

/* Runs @p f to its end; a query that yields more rows than there are
 * commitments is cut off (verification will say what is wrong). */
static void touch_query(const camtg_db *db, const camtg_filter *f)
{
    size_t cursor = 0, rows = 0, n = camtg_commitment_count(db);
    const camtg_commitment *c;
    while (rows++ <= n && camtg_query_next(db, f, &cursor, &c) == CAMTG_OK)
        sink += camtg_commitment_index(c);
}

/* Every accessor over every record, believing nothing. */
static void touch_all(const camtg_db *db)
{
    sink += (size_t)camtg_db_schema_version(db);
    touch_text(camtg_followups_researched(db));
    const camtg_source *s;
    for (size_t i = 0; (s = camtg_source_at(db, i)) != NULL; i++) {
        touch_key(db, camtg_source_id(s));
        const char *texts[] = { camtg_source_title(s), camtg_source_published(s),
                                camtg_source_publisher(s), camtg_source_dateline(s),
                                camtg_source_language(s), camtg_source_url(s),
                                camtg_source_text(s) };
        touch_texts(texts, sizeof texts / sizeof *texts);
        sink += camtg_source_text_bytes(s) + camtg_source_text_chars(s) + camtg_source_index(s);
    }
    size_t entities = camtg_entity_count(db);
    const camtg_entity *e;
    for (size_t i = 0; (e = camtg_entity_at(db, i)) != NULL; i++)
        touch_entity(db, e, entities);
    const camtg_meeting *m;
    for (size_t i = 0; (m = camtg_meeting_at(db, i)) != NULL; i++) {
        touch_key(db, camtg_meeting_id(m));
        const char *texts[] = { camtg_meeting_title(m), camtg_meeting_date(m),
                                camtg_meeting_format(m), camtg_entity_id(camtg_meeting_place(m)),
                                camtg_entity_id(camtg_meeting_host(m)),
                                camtg_entity_id(camtg_meeting_context(m)),
                                camtg_source_id(camtg_meeting_source(m)) };
        touch_texts(texts, sizeof texts / sizeof *texts);
        sink += camtg_meeting_commitment_count(m) + camtg_meeting_index(m);
        for (size_t k = 0; k < camtg_meeting_participant_count(m) &&
                           (e = camtg_meeting_participant(m, k)); k++)
            sink += camtg_entity_index(e);
        camtg_filter f = CAMTG_FILTER_INIT;
        f.meeting = m;
        touch_query(db, &f);
    }
    const camtg_commitment *c;
    for (size_t i = 0; (c = camtg_commitment_at(db, i)) != NULL; i++)
        touch_commitment(c);
    const camtg_followup *f;
    for (size_t i = 0; (f = camtg_followup_at(db, i)) != NULL; i++)
        touch_followup(f);

    touch_query(db, NULL);
    for (size_t i = 0; i < 64 && (e = camtg_entity_at(db, i)) != NULL; i++) {
        camtg_filter filter = CAMTG_FILTER_INIT;
        filter.involving = e;
        touch_query(db, &filter);
    }
    camtg_compliance_row *rows = NULL;
    size_t count = 0;
    if (camtg_compliance_compute(db, NULL, &rows, &count, NULL) == CAMTG_OK)
        sink += count;
    camtg_compliance_free(rows);
}

int camtg_fuzz_snapshot_one(const uint8_t *data, size_t size)
{
    /* The snapshot always gets its magic, here or in the input. */
    const size_t magic = CAMTG_FUZZ_SNAPSHOT_MAGIC_SIZE;
    uint8_t *bytes = NULL;
    if (size < magic || memcmp(data, CAMTG_FUZZ_SNAPSHOT_MAGIC, magic) != 0) {
        bytes = malloc(magic + size);
        FUZZ_CHECK(bytes != NULL);
        memcpy(bytes, CAMTG_FUZZ_SNAPSHOT_MAGIC, magic);
        if (size > 0)
            memcpy(bytes + magic, data, size);
        data = bytes;
        size += magic;
    }

    camtg_db *db = (camtg_db *)&db; /* a sentinel a failing open must clear */
    camtg_error err;
    memset(&err, 0x5a, sizeof err);
    int rc = camtg_open_buffer(&db, (const char *)data, size, &err);
    if (rc == CAMTG_OK) {
        FUZZ_CHECK(db != NULL);
        touch_all(db);
        memset(&err, 0x5a, sizeof err);
        rc = camtg_db_verify(db, &err);
        if (rc == CAMTG_OK)
            camtg_fuzz_walk(db, data + magic, size - magic);
        camtg_close(db);
    } else {
        FUZZ_CHECK(db == NULL);
    }
    /* Refused by the open or by verification: a snapshot error that says
     * what is wrong. */
    if (rc != CAMTG_OK) {
        camtg_fuzz_check_error(rc, &err);
        FUZZ_CHECK(rc == CAMTG_ESNAPSHOT || rc == CAMTG_ENOMEM);
    }
    free(bytes);
    return rc == CAMTG_OK;
}
