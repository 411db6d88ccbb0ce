/* SPDX-License-Identifier: MIT */
/* Compiled snapshots: one written from the embedded dataset answers every
 * accessor and query as the JSON-loaded database does; damaged ones
 * (truncated, bit-flipped, of another version or byte order) are refused
 * at open or found by camtg_db_verify, never a crash. */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "testsupport.h"

/* The embedded dataset's snapshot, written once for the suite. */
static char snapshot_path[] = "/tmp/camtg-snapshot-XXXXXX";

/* Under memcheck (CAMTG_TEST_MEMCHECK, tests/c/CMakeLists.txt), the loops
 * below take every `sample`-th case instead of each: memcheck runs twenty
 * times slower, and the plain and sanitizer runs take them all. */
static size_t sample = 1;

/* The embedded dataset written as a snapshot, read back into memory. */
static unsigned char *snapshot_bytes(size_t *len)
{
    char *data = camtg_test_read_file(snapshot_path, len);
    CU_ASSERT_PTR_NOT_NULL_FATAL(data);
    return (unsigned char *)data;
}

static void put(FILE *out, const char *label, const char *s)
{
    fprintf(out, "%s=%s\n", label, s ? s : "(null)");
}

/* A string for printing: a damaged snapshot may answer NULL anywhere. */
static const char *nz(const char *s)
{
    return s ? s : "(null)";
}

static const char *eid(const camtg_entity *e)
{
    return e ? nz(camtg_entity_id(e)) : "(none)";
}

/* Everything the public API says about db, one line per fact. A sound
 * database also finds every entity by its name; a damaged one need not. */
static char *describe(const camtg_db *db, int sound)
{
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    CU_ASSERT_PTR_NOT_NULL_FATAL(out);
    fprintf(out, "schema=%d\n", camtg_db_schema_version(db));
    put(out, "researched", camtg_followups_researched(db));
    for (size_t i = 0; i < camtg_source_count(db); i++) {
        const camtg_source *s = camtg_source_at(db, i);
        put(out, "source", camtg_source_id(s));
        put(out, "title", camtg_source_title(s));
        put(out, "publisher", camtg_source_publisher(s));
        put(out, "published", camtg_source_published(s));
        put(out, "dateline", camtg_source_dateline(s));
        put(out, "language", camtg_source_language(s));
        put(out, "url", camtg_source_url(s));
        put(out, "text", camtg_source_text(s));
        fprintf(out, "size=%zu,%zu\n", camtg_source_text_bytes(s), camtg_source_text_chars(s));
    }
    for (size_t i = 0; i < camtg_entity_count(db); i++) {
        const camtg_entity *e = camtg_entity_at(db, i);
        fprintf(out, "entity=%s type=%d country=%s within=%s place=%s\n", eid(e),
                (int)camtg_entity_type_of(e), eid(camtg_entity_country(e)),
                eid(camtg_entity_within(e)), eid(camtg_entity_place(e)));
        put(out, "name", camtg_entity_name(e));
        put(out, "wikidata", camtg_entity_wikidata(e));
        put(out, "description", camtg_entity_description(e));
        put(out, "date", camtg_entity_date(e));
        for (size_t k = 0; k < camtg_entity_alias_count(e); k++)
            put(out, "alias", camtg_entity_alias(e, k));
        for (size_t k = 0; k < camtg_entity_position_count(e); k++)
            put(out, "position", camtg_entity_position(e, k));
        for (size_t k = 0; k < camtg_entity_member_count(e); k++)
            put(out, "member", eid(camtg_entity_member(e, k)));
        for (size_t k = 0; k < camtg_entity_group_count(e); k++)
            put(out, "group", eid(camtg_entity_group(e, k)));
        for (size_t k = 0; k < camtg_entity_mention_count(e); k++) {
            const camtg_mention *m = camtg_entity_mention(e, k);
            fprintf(out, "mention %ld %ld ", camtg_mention_start(m), camtg_mention_end(m));
            put(out, nz(camtg_source_id(camtg_mention_source(m))), camtg_mention_text(m));
        }
        /* lookups by id and name, and the three entity queries */
        if (sound)
            CU_ASSERT_PTR_NOT_NULL(camtg_entity_lookup(db, camtg_entity_name(e)));
        for (size_t k = 0; k < camtg_entity_group_count(e); k++)
            fprintf(out, "in-group=%d\n", camtg_entity_in_group(e, camtg_entity_group(e, k)));
        put(out, "by-name", eid(camtg_entity_lookup(db, camtg_entity_name(e))));
        camtg_filter roles[3] = {CAMTG_FILTER_INIT, CAMTG_FILTER_INIT, CAMTG_FILTER_INIT};
        roles[0].involving = e;
        roles[1].actor = e;
        roles[2].target = e;
        for (int role = 0; role < 3; role++) {
            size_t cursor = 0;
            const camtg_commitment *c;
            fprintf(out, "query %d:", role);
            while (camtg_query_next(db, &roles[role], &cursor, &c) == CAMTG_OK)
                fprintf(out, " %s", nz(camtg_commitment_id(c)));
            fputc('\n', out);
        }
    }
    for (size_t i = 0; i < camtg_meeting_count(db); i++) {
        const camtg_meeting *m = camtg_meeting_at(db, i);
        fprintf(out, "meeting=%s place=%s host=%s context=%s source=%s commitments=%zu\n",
                nz(camtg_meeting_id(m)), eid(camtg_meeting_place(m)), eid(camtg_meeting_host(m)),
                eid(camtg_meeting_context(m)), nz(camtg_source_id(camtg_meeting_source(m))),
                camtg_meeting_commitment_count(m));
        put(out, "title", camtg_meeting_title(m));
        put(out, "date", camtg_meeting_date(m));
        put(out, "format", camtg_meeting_format(m));
        for (size_t k = 0; k < camtg_meeting_participant_count(m); k++)
            put(out, "participant", eid(camtg_meeting_participant(m, k)));
    }
    for (size_t i = 0; i < camtg_commitment_count(db); i++) {
        const camtg_commitment *c = camtg_commitment_at(db, i);
        fprintf(out, "commitment=%s meeting=%s kind=%d type=%d status=%d mask=%u "
                     "span=%ld,%ld,%ld,%ld followups=%zu\n",
                nz(camtg_commitment_id(c)), nz(camtg_meeting_id(camtg_commitment_meeting(c))),
                (int)camtg_commitment_kind(c), (int)camtg_commitment_type(c),
                (int)camtg_commitment_status(c), camtg_commitment_sector_mask(c),
                camtg_commitment_start(c), camtg_commitment_end(c),
                camtg_commitment_byte_start(c), camtg_commitment_byte_end(c),
                camtg_commitment_followup_count(c));
        put(out, "cameo", camtg_commitment_cameo(c));
        put(out, "verb", camtg_commitment_verb(c));
        put(out, "summary", camtg_commitment_summary(c));
        put(out, "quote", camtg_commitment_quote(c));
        for (size_t k = 0; k < camtg_commitment_actor_count(c); k++)
            put(out, "actor", eid(camtg_commitment_actor(c, k)));
        for (size_t k = 0; k < camtg_commitment_target_count(c); k++)
            put(out, "target", eid(camtg_commitment_target(c, k)));
        for (size_t k = 0; k < camtg_commitment_object_count(c); k++)
            put(out, "object", eid(camtg_commitment_object(c, k)));
        for (size_t k = 0; k < camtg_commitment_sector_count(c); k++)
            fprintf(out, "sector=%d\n", (int)camtg_commitment_sector(c, k));
        for (size_t k = 0; k < camtg_commitment_followup_count(c); k++)
            put(out, "timeline", camtg_followup_id(camtg_commitment_followup(c, k)));
        camtg_status on;
        if (camtg_commitment_status_on(c, "2024-01-01", &on) == CAMTG_OK)
            fprintf(out, "status-2024=%d\n", (int)on);
    }
    for (size_t i = 0; i < camtg_followup_count(db); i++) {
        const camtg_followup *f = camtg_followup_at(db, i);
        fprintf(out, "followup=%s commitment=%s precision=%d status=%d\n",
                nz(camtg_followup_id(f)), nz(camtg_commitment_id(camtg_followup_commitment(f))),
                (int)camtg_followup_date_precision(f), (int)camtg_followup_status(f));
        put(out, "date", camtg_followup_date(f));
        put(out, "date_end", camtg_followup_date_end(f));
        put(out, "summary", camtg_followup_summary(f));
        for (size_t k = 0; k < camtg_followup_citation_count(f); k++) {
            put(out, "url", camtg_followup_citation_url(f, k));
            put(out, "publisher", camtg_followup_citation_publisher(f, k));
            put(out, "published", camtg_followup_citation_published(f, k));
            put(out, "title", camtg_followup_citation_title(f, k));
        }
    }
    camtg_compliance_row *rows = NULL;
    size_t rows_count = 0;
    if (camtg_compliance_compute(db, NULL, &rows, &rows_count, NULL) == CAMTG_OK)
        for (size_t k = 0; k < rows_count; k++)
            fprintf(out, "compliance=%s %zu %zu\n", eid(rows[k].party), rows[k].pledges,
                    rows[k].fulfilled);
    camtg_compliance_free(rows);
    CU_ASSERT_EQUAL(fclose(out), 0);
    return text;
}

static void test_same_answers(void)
{
    camtg_db *json = camtg_test_open_default();
    camtg_db *snap = camtg_test_open_file(snapshot_path);
    camtg_error err;
    char *want = describe(json, 1), *got = describe(snap, 1);
    CU_ASSERT_TRUE(strlen(want) > 10000); /* the dataset, not an empty one */
    CU_ASSERT_STRING_EQUAL(got, want);
    CU_ASSERT_EQUAL(camtg_db_verify(snap, &err), CAMTG_OK);
    free(want);
    free(got);
    camtg_close(json);
    camtg_close(snap);
}

/* db written as a snapshot gives the bytes of the suite's snapshot. */
static void expect_snapshot_bytes(const camtg_db *db)
{
    char path[] = "/tmp/camtg-snapshot-again-XXXXXX";
    CU_ASSERT_FATAL(camtg_test_temp_file(path) == 0);
    CU_ASSERT_EQUAL(camtg_snapshot_write(db, path, NULL), CAMTG_OK);
    size_t want_len, got_len;
    unsigned char *want = snapshot_bytes(&want_len);
    char *got = camtg_test_read_file(path, &got_len);
    CU_ASSERT_EQUAL(got_len, want_len);
    CU_ASSERT_TRUE(got != NULL && got_len == want_len && memcmp(got, want, want_len) == 0);
    free(want);
    free(got);
    unlink(path);
}

/* A snapshot of a snapshot is the same file. */
static void test_rewrite_is_identical(void)
{
    camtg_db *snap = camtg_test_open_file(snapshot_path);
    expect_snapshot_bytes(snap);
    camtg_close(snap);
}

/* The embedded dataset compiled again gives the snapshot's bytes: the
 * hash seed comes from the data and the lookup keys have one layout,
 * whatever the order the loader's own tables hand them over in. Both
 * databases stay open, so their drafts were built at different addresses. */
static void test_compiling_again_is_identical(void)
{
    camtg_db *first = camtg_test_open_default();
    camtg_db *second = camtg_test_open_default();
    expect_snapshot_bytes(first);
    expect_snapshot_bytes(second);
    camtg_close(first);
    camtg_close(second);
}

static void expect_refused(const unsigned char *data, size_t len)
{
    camtg_db *db = (camtg_db *)&db;
    camtg_error err;
    int rc = camtg_open_buffer(&db, (const char *)data, len, &err);
    CU_ASSERT_TRUE(rc < 0);
    CU_ASSERT_PTR_NULL(db);
    CU_ASSERT_EQUAL(err.code, rc);
    CU_ASSERT_TRUE(err.message[0] != '\0');
}

static void test_every_truncation_is_refused(void)
{
    size_t len;
    unsigned char *data = snapshot_bytes(&len);
    /* Every length from the magic on is a snapshot cut short (under
     * memcheck every one through the header, then a sample). */
    for (size_t cut = 8; cut < len; cut += cut < 512 ? 1 : sample) {
        camtg_error err;
        camtg_db *db = NULL;
        int rc = camtg_open_buffer(&db, (const char *)data, cut, &err);
        CU_ASSERT_EQUAL(rc, CAMTG_ESNAPSHOT);
        CU_ASSERT_PTR_NULL(db);
        if (rc != CAMTG_ESNAPSHOT)
            break;
    }
    free(data);
}

/* Opening a snapshot checks its header only, so that it costs nothing;
 * camtg_db_verify checks the rest, the checksum first. So every flipped
 * bit is refused at open or found by verify, and before verify the whole
 * API is walked on the damaged database: a getter may answer "absent" but
 * never reads outside the image (ASan and valgrind watch this run). */
static void test_bit_flips_are_caught(void)
{
    size_t len;
    unsigned char *data = snapshot_bytes(&len);
    uint64_t state = 0x9e3779b97f4a7c15u; /* a fixed sequence: the run repeats */
    for (size_t i = 0; i < 1500; i += sample) {
        state = state * 6364136223846793005u + 1442695040888963407u;
        size_t at = 8 + (size_t)(state >> 33) % (len - 8);
        unsigned char bit = (unsigned char)(1u << ((state >> 29) & 7));
        data[at] ^= bit;
        camtg_db *db = NULL;
        camtg_error err;
        int rc = camtg_open_buffer(&db, (const char *)data, len, &err);
        if (rc == CAMTG_OK) {
            free(describe(db, 0));
            CU_ASSERT_EQUAL(camtg_db_verify(db, &err), CAMTG_ESNAPSHOT);
            CU_ASSERT_EQUAL(err.code, CAMTG_ESNAPSHOT);
            camtg_close(db);
        } else {
            CU_ASSERT_EQUAL(rc, CAMTG_ESNAPSHOT);
            CU_ASSERT_PTR_NULL(db);
            CU_ASSERT_EQUAL(err.code, rc);
        }
        data[at] ^= bit;
    }
    free(data);
}

static void test_header_faults_are_named(void)
{
    size_t len;
    unsigned char *data = snapshot_bytes(&len);
    camtg_error err;
    camtg_db *db = NULL;
    unsigned char version = data[8];
    data[8] = 99; /* format version */
    CU_ASSERT_EQUAL(camtg_open_buffer(&db, (const char *)data, len, &err), CAMTG_ESNAPSHOT);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "format version 99"));
    CU_ASSERT_EQUAL(err.offset, 8);
    data[8] = version;
    unsigned char order[4];
    memcpy(order, data + 12, 4);
    for (int k = 0; k < 4; k++)
        data[12 + k] = order[3 - k];
    CU_ASSERT_EQUAL(camtg_open_buffer(&db, (const char *)data, len, &err), CAMTG_ESNAPSHOT);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "other byte order"));
    memcpy(data + 12, order, 4);
    expect_refused(data, len - 1);
    CU_ASSERT_EQUAL(camtg_open_buffer(&db, (const char *)data, len, &err), CAMTG_OK);
    camtg_close(db);
    free(data);
}

static void test_write_misuse(void)
{
    camtg_db *db = camtg_test_open_default();
    camtg_error err;
    CU_ASSERT_EQUAL(camtg_snapshot_write(NULL, snapshot_path, &err), CAMTG_EINVAL);
    CU_ASSERT_EQUAL(camtg_snapshot_write(db, NULL, &err), CAMTG_EINVAL);
    CU_ASSERT_EQUAL(camtg_snapshot_write(db, "/nonexistent-dir/x.camtg", &err), CAMTG_EIO);
    CU_ASSERT_TRUE(err.sys_errno != 0);
    CU_ASSERT_STRING_EQUAL(camtg_strerror(CAMTG_ESNAPSHOT), "invalid snapshot");
    camtg_close(db);
}

static int write_snapshot(void)
{
    return camtg_test_write_default_snapshot(snapshot_path);
}

static int remove_snapshot(void)
{
    return unlink(snapshot_path);
}

int main(void)
{
    if (getenv("CAMTG_TEST_MEMCHECK") != NULL)
        sample = 10;
    static const camtg_test_case cases[] = {
        {"a snapshot answers as the JSON does", test_same_answers},
        {"rewriting a snapshot gives the same bytes", test_rewrite_is_identical},
        {"compiling the same data again gives the same bytes", test_compiling_again_is_identical},
        {"every truncation is refused", test_every_truncation_is_refused},
        {"every bit flip is refused or found by verify", test_bit_flips_are_caught},
        {"header faults are named", test_header_faults_are_named},
        {"writing checks its arguments", test_write_misuse},
        {NULL, NULL},
    };
    return camtg_test_main_with("snapshot", cases, write_snapshot, remove_snapshot);
}
