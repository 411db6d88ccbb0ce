/* SPDX-License-Identifier: MIT */
/*
 * API misuse: every exported function is called with NULL arguments and
 * out-of-range indexes and must answer as its header documents (an error
 * code, NULL, 0 or -1), never crash. tests/hostile/check_misuse_coverage.cmake
 * compares the functions named in this file with the symbols libcamtg.so
 * exports, so a new public function without a misuse check fails the build's
 * tests.
 */
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testsupport.h"

/* Fills an error record with garbage so that a test can see which fields a
 * call really wrote. */
static void scribble(camtg_error *err)
{
    memset(err, 0x5a, sizeof *err);
}

static void expect_einval(int rc, const camtg_error *err)
{
    CU_ASSERT_EQUAL(rc, CAMTG_EINVAL);
    CU_ASSERT_EQUAL(err->code, CAMTG_EINVAL);
    /* The message must be a terminated string a caller can print. */
    CU_ASSERT_PTR_NOT_NULL(memchr(err->message, '\0', sizeof err->message));
    CU_ASSERT_PTR_NOT_NULL(memchr(err->path, '\0', sizeof err->path));
    CU_ASSERT(err->message[0] != '\0');
}

static void test_open_null_arguments(void)
{
    camtg_error err;
    camtg_db *db = (camtg_db *)&db; /* a sentinel a failing call must overwrite */

    scribble(&err);
    expect_einval(camtg_open_default(NULL, &err), &err);
    CU_ASSERT_EQUAL(camtg_open_default(NULL, NULL), CAMTG_EINVAL);

    scribble(&err);
    expect_einval(camtg_open_file(NULL, "whatever.json", &err), &err);
    scribble(&err);
    expect_einval(camtg_open_file(&db, NULL, &err), &err);
    CU_ASSERT_PTR_NULL(db);
    CU_ASSERT_EQUAL(camtg_open_file(NULL, NULL, NULL), CAMTG_EINVAL);

    scribble(&err);
    expect_einval(camtg_open_buffer(NULL, "{}", 2, &err), &err);
    db = (camtg_db *)&db;
    scribble(&err);
    expect_einval(camtg_open_buffer(&db, NULL, 10, &err), &err);
    CU_ASSERT_PTR_NULL(db);
    CU_ASSERT_EQUAL(camtg_open_buffer(NULL, NULL, 0, NULL), CAMTG_EINVAL);
    CU_ASSERT_EQUAL(camtg_open_buffer(&db, NULL, SIZE_MAX, NULL), CAMTG_EINVAL);

    /* NULL with a zero length is an empty document, not misuse: it is
     * rejected as input, the way an empty file is. */
    db = (camtg_db *)&db;
    scribble(&err);
    CU_ASSERT_EQUAL(camtg_open_buffer(&db, NULL, 0, &err), CAMTG_ESYNTAX);
    CU_ASSERT_EQUAL(err.code, CAMTG_ESYNTAX);
    CU_ASSERT_PTR_NULL(db);

    /* An empty path names no file. */
    db = (camtg_db *)&db;
    scribble(&err);
    CU_ASSERT_EQUAL(camtg_open_file(&db, "", &err), CAMTG_EIO);
    CU_ASSERT_EQUAL(err.code, CAMTG_EIO);
    CU_ASSERT_EQUAL(err.sys_errno, ENOENT);
    CU_ASSERT_PTR_NULL(db);

    /* Closing nothing is harmless. */
    camtg_close(NULL);
}

/* The error record is optional on every failure path, not only on misuse. */
static void test_failures_without_error_record(void)
{
    camtg_db *db = (camtg_db *)&db;
    CU_ASSERT_EQUAL(camtg_open_buffer(&db, "{", 1, NULL), CAMTG_ESYNTAX);
    CU_ASSERT_PTR_NULL(db);
    db = (camtg_db *)&db;
    CU_ASSERT_EQUAL(camtg_open_buffer(&db, "[]", 2, NULL), CAMTG_ESCHEMA);
    CU_ASSERT_PTR_NULL(db);
    static const char dangling[] =
        "{\"camtg\": 1, \"sources\": [], \"meetings\": [], \"commitments\": [],"
        " \"entities\": [{\"id\": \"p\", \"type\": \"person\", \"name\": \"P\","
        " \"country\": \"nowhere\", \"positions\": []}]}";
    db = (camtg_db *)&db;
    CU_ASSERT_EQUAL(camtg_open_buffer(&db, dangling, strlen(dangling), NULL), CAMTG_EREFERENCE);
    CU_ASSERT_PTR_NULL(db);
    db = (camtg_db *)&db;
    CU_ASSERT_EQUAL(camtg_open_file(&db, "/nonexistent/camtg/dataset.json", NULL), CAMTG_EIO);
    CU_ASSERT_PTR_NULL(db);
    db = (camtg_db *)&db;
    CU_ASSERT_EQUAL(camtg_open_file(&db, "/", NULL), CAMTG_EIO);
    CU_ASSERT_PTR_NULL(db);
}

static void test_success_clears_error(void)
{
    camtg_error err;
    camtg_db *db = NULL;
    scribble(&err);
    CU_ASSERT_EQUAL_FATAL(camtg_open_default(&db, &err), CAMTG_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(db);
    CU_ASSERT_EQUAL(err.code, CAMTG_OK);
    CU_ASSERT_EQUAL(err.line, -1);
    CU_ASSERT_EQUAL(err.column, -1);
    CU_ASSERT_EQUAL(err.offset, -1);
    CU_ASSERT_EQUAL(err.sys_errno, 0);
    CU_ASSERT_STRING_EQUAL(err.path, "");
    CU_ASSERT_STRING_EQUAL(err.message, "");

    scribble(&err);
    CU_ASSERT_EQUAL(camtg_db_verify(db, &err), CAMTG_OK);
    CU_ASSERT_EQUAL(err.code, CAMTG_OK);
    CU_ASSERT_EQUAL(err.line, -1);
    CU_ASSERT_EQUAL(err.column, -1);
    CU_ASSERT_STRING_EQUAL(err.path, "");
    CU_ASSERT_STRING_EQUAL(err.message, "");
    CU_ASSERT_EQUAL(camtg_db_verify(db, NULL), CAMTG_OK);
    camtg_close(db);
}

static void test_db_functions_null_db(void)
{
    camtg_error err;
    scribble(&err);
    expect_einval(camtg_db_verify(NULL, &err), &err);
    CU_ASSERT_EQUAL(camtg_db_verify(NULL, NULL), CAMTG_EINVAL);
    expect_einval(camtg_snapshot_write(NULL, "unused.camtg", &err), &err);

    CU_ASSERT_EQUAL(camtg_source_count(NULL), 0);
    CU_ASSERT_PTR_NULL(camtg_source_at(NULL, 0));
    CU_ASSERT_PTR_NULL(camtg_source_lookup(NULL, "x"));
    CU_ASSERT_PTR_NULL(camtg_source_lookup(NULL, NULL));

    CU_ASSERT_EQUAL(camtg_entity_count(NULL), 0);
    CU_ASSERT_PTR_NULL(camtg_entity_at(NULL, 0));
    CU_ASSERT_PTR_NULL(camtg_entity_lookup(NULL, "KAZ"));
    CU_ASSERT_PTR_NULL(camtg_entity_lookup(NULL, NULL));

    CU_ASSERT_EQUAL(camtg_meeting_count(NULL), 0);
    CU_ASSERT_PTR_NULL(camtg_meeting_at(NULL, 0));
    CU_ASSERT_PTR_NULL(camtg_meeting_lookup(NULL, "x"));
    CU_ASSERT_PTR_NULL(camtg_meeting_lookup(NULL, NULL));

    CU_ASSERT_EQUAL(camtg_commitment_count(NULL), 0);
    CU_ASSERT_PTR_NULL(camtg_commitment_at(NULL, 0));
    CU_ASSERT_PTR_NULL(camtg_commitment_lookup(NULL, "x"));
    CU_ASSERT_PTR_NULL(camtg_commitment_lookup(NULL, NULL));
}

/* The _find functions: NULL arguments are misuse (EINVAL, *out cleared),
 * a miss is ENOTFOUND with a message naming the key. */
static void test_find_misuse(void)
{
    camtg_error err;
    camtg_db *db = camtg_test_open_default();
    const camtg_entity *e = (const camtg_entity *)&e;
    const camtg_source *s = (const camtg_source *)&s;
    const camtg_meeting *m = (const camtg_meeting *)&m;
    const camtg_commitment *c = (const camtg_commitment *)&c;

    scribble(&err);
    expect_einval(camtg_entity_find(NULL, "KAZ", &e, &err), &err);
    CU_ASSERT_PTR_NULL(e);
    scribble(&err);
    expect_einval(camtg_entity_find(db, NULL, &e, &err), &err);
    scribble(&err);
    expect_einval(camtg_entity_find(db, "KAZ", NULL, &err), &err);
    CU_ASSERT_EQUAL(camtg_entity_find(NULL, NULL, NULL, NULL), CAMTG_EINVAL);
    scribble(&err);
    expect_einval(camtg_source_find(NULL, "x", &s, &err), &err);
    CU_ASSERT_PTR_NULL(s);
    CU_ASSERT_EQUAL(camtg_source_find(db, NULL, &s, NULL), CAMTG_EINVAL);
    CU_ASSERT_EQUAL(camtg_source_find(db, "x", NULL, NULL), CAMTG_EINVAL);
    scribble(&err);
    expect_einval(camtg_meeting_find(NULL, "x", &m, &err), &err);
    CU_ASSERT_PTR_NULL(m);
    CU_ASSERT_EQUAL(camtg_meeting_find(db, NULL, &m, NULL), CAMTG_EINVAL);
    CU_ASSERT_EQUAL(camtg_meeting_find(db, "x", NULL, NULL), CAMTG_EINVAL);
    scribble(&err);
    expect_einval(camtg_commitment_find(NULL, "x", &c, &err), &err);
    CU_ASSERT_PTR_NULL(c);
    CU_ASSERT_EQUAL(camtg_commitment_find(db, NULL, &c, NULL), CAMTG_EINVAL);
    CU_ASSERT_EQUAL(camtg_commitment_find(db, "x", NULL, NULL), CAMTG_EINVAL);

    /* Keys that name nothing: a miss, reported as such, never misuse. */
    static const char *const misses[] = {"", "no such thing", "\xff\xfe not utf-8"};
    for (size_t i = 0; i < sizeof misses / sizeof *misses; i++) {
        e = (const camtg_entity *)&e;
        scribble(&err);
        CU_ASSERT_EQUAL(camtg_entity_find(db, misses[i], &e, &err), CAMTG_ENOTFOUND);
        CU_ASSERT_PTR_NULL(e);
        CU_ASSERT_EQUAL(err.code, CAMTG_ENOTFOUND);
        CU_ASSERT_PTR_NOT_NULL(memchr(err.message, '\0', sizeof err.message));
        CU_ASSERT_EQUAL(camtg_source_find(db, misses[i], &s, NULL), CAMTG_ENOTFOUND);
        CU_ASSERT_EQUAL(camtg_meeting_find(db, misses[i], &m, NULL), CAMTG_ENOTFOUND);
        CU_ASSERT_EQUAL(camtg_commitment_find(db, misses[i], &c, NULL), CAMTG_ENOTFOUND);
    }
    scribble(&err);
    CU_ASSERT_EQUAL(camtg_entity_find(db, "no such thing", &e, &err), CAMTG_ENOTFOUND);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "\"no such thing\""));
    camtg_close(db);
}

static void test_lookup_null_key(void)
{
    camtg_db *db = camtg_test_open_default();
    CU_ASSERT_PTR_NULL(camtg_source_lookup(db, NULL));
    CU_ASSERT_PTR_NULL(camtg_entity_lookup(db, NULL));
    CU_ASSERT_PTR_NULL(camtg_meeting_lookup(db, NULL));
    CU_ASSERT_PTR_NULL(camtg_commitment_lookup(db, NULL));
    /* Keys that cannot be ids answer NULL too. */
    CU_ASSERT_PTR_NULL(camtg_source_lookup(db, ""));
    CU_ASSERT_PTR_NULL(camtg_entity_lookup(db, ""));
    CU_ASSERT_PTR_NULL(camtg_meeting_lookup(db, ""));
    CU_ASSERT_PTR_NULL(camtg_commitment_lookup(db, ""));
    CU_ASSERT_PTR_NULL(camtg_entity_lookup(db, "\xff\xfe not utf-8"));
    camtg_close(db);
}

static void test_source_null_record(void)
{
    CU_ASSERT_PTR_NULL(camtg_source_id(NULL));
    CU_ASSERT_PTR_NULL(camtg_source_title(NULL));
    CU_ASSERT_PTR_NULL(camtg_source_publisher(NULL));
    CU_ASSERT_PTR_NULL(camtg_source_published(NULL));
    CU_ASSERT_PTR_NULL(camtg_source_dateline(NULL));
    CU_ASSERT_PTR_NULL(camtg_source_language(NULL));
    CU_ASSERT_PTR_NULL(camtg_source_url(NULL));
    CU_ASSERT_PTR_NULL(camtg_source_text(NULL));
    CU_ASSERT_EQUAL(camtg_source_text_bytes(NULL), 0);
    CU_ASSERT_EQUAL(camtg_source_text_chars(NULL), 0);
    CU_ASSERT_EQUAL(camtg_source_index(NULL), (size_t)-1);
}

static void test_entity_null_record(void)
{
    CU_ASSERT_PTR_NULL(camtg_entity_id(NULL));
    CU_ASSERT_PTR_NULL(camtg_entity_name(NULL));
    CU_ASSERT_EQUAL(camtg_entity_type_of(NULL), CAMTG_ENTITY_TYPE_INVALID);
    CU_ASSERT_PTR_NULL(camtg_entity_wikidata(NULL));
    CU_ASSERT_PTR_NULL(camtg_entity_description(NULL));
    CU_ASSERT_EQUAL(camtg_entity_index(NULL), (size_t)-1);
    CU_ASSERT_EQUAL(camtg_entity_alias_count(NULL), 0);
    CU_ASSERT_PTR_NULL(camtg_entity_alias(NULL, 0));
    CU_ASSERT_PTR_NULL(camtg_entity_country(NULL));
    CU_ASSERT_EQUAL(camtg_entity_position_count(NULL), 0);
    CU_ASSERT_PTR_NULL(camtg_entity_position(NULL, 0));
    CU_ASSERT_PTR_NULL(camtg_entity_within(NULL));
    CU_ASSERT_EQUAL(camtg_entity_member_count(NULL), 0);
    CU_ASSERT_PTR_NULL(camtg_entity_member(NULL, 0));
    CU_ASSERT_EQUAL(camtg_entity_group_count(NULL), 0);
    CU_ASSERT_PTR_NULL(camtg_entity_group(NULL, 0));
    CU_ASSERT_EQUAL(camtg_entity_in_group(NULL, NULL), CAMTG_EINVAL);
    CU_ASSERT_PTR_NULL(camtg_entity_date(NULL));
    CU_ASSERT_PTR_NULL(camtg_entity_place(NULL));
    CU_ASSERT_EQUAL(camtg_entity_mention_count(NULL), 0);
    CU_ASSERT_PTR_NULL(camtg_entity_mention(NULL, 0));
    CU_ASSERT_PTR_NULL(camtg_mention_entity(NULL));
    CU_ASSERT_PTR_NULL(camtg_mention_source(NULL));
    CU_ASSERT_PTR_NULL(camtg_mention_text(NULL));
    CU_ASSERT_EQUAL(camtg_mention_start(NULL), -1);
    CU_ASSERT_EQUAL(camtg_mention_end(NULL), -1);
    CU_ASSERT_EQUAL(camtg_mention_byte_start(NULL), -1);
    CU_ASSERT_EQUAL(camtg_mention_byte_end(NULL), -1);

    camtg_db *db = camtg_test_open_default();
    const camtg_entity *e = camtg_entity_at(db, 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(e);
    CU_ASSERT_EQUAL(camtg_entity_in_group(e, NULL), CAMTG_EINVAL);
    CU_ASSERT_EQUAL(camtg_entity_in_group(NULL, e), CAMTG_EINVAL);
    /* An entity "is" itself, as documented. */
    CU_ASSERT_EQUAL(camtg_entity_in_group(e, e), 1);
    camtg_close(db);
}

static void test_meeting_null_record(void)
{
    CU_ASSERT_PTR_NULL(camtg_meeting_id(NULL));
    CU_ASSERT_PTR_NULL(camtg_meeting_title(NULL));
    CU_ASSERT_PTR_NULL(camtg_meeting_date(NULL));
    CU_ASSERT_PTR_NULL(camtg_meeting_place(NULL));
    CU_ASSERT_PTR_NULL(camtg_meeting_host(NULL));
    CU_ASSERT_PTR_NULL(camtg_meeting_format(NULL));
    CU_ASSERT_PTR_NULL(camtg_meeting_source(NULL));
    CU_ASSERT_PTR_NULL(camtg_meeting_context(NULL));
    CU_ASSERT_EQUAL(camtg_meeting_participant_count(NULL), 0);
    CU_ASSERT_PTR_NULL(camtg_meeting_participant(NULL, 0));
    CU_ASSERT_EQUAL(camtg_meeting_commitment_count(NULL), 0);
    CU_ASSERT_EQUAL(camtg_meeting_index(NULL), (size_t)-1);
}

static void test_commitment_null_record(void)
{
    CU_ASSERT_PTR_NULL(camtg_commitment_id(NULL));
    CU_ASSERT_PTR_NULL(camtg_commitment_meeting(NULL));
    CU_ASSERT_EQUAL(camtg_commitment_kind(NULL), CAMTG_KIND_INVALID);
    CU_ASSERT_EQUAL(camtg_commitment_type(NULL), CAMTG_PLOVER_INVALID);
    CU_ASSERT_PTR_NULL(camtg_commitment_cameo(NULL));
    CU_ASSERT_PTR_NULL(camtg_commitment_verb(NULL));
    CU_ASSERT_PTR_NULL(camtg_commitment_summary(NULL));
    CU_ASSERT_EQUAL(camtg_commitment_status(NULL), CAMTG_STATUS_INVALID);
    CU_ASSERT_EQUAL(camtg_commitment_actor_count(NULL), 0);
    CU_ASSERT_PTR_NULL(camtg_commitment_actor(NULL, 0));
    CU_ASSERT_EQUAL(camtg_commitment_target_count(NULL), 0);
    CU_ASSERT_PTR_NULL(camtg_commitment_target(NULL, 0));
    CU_ASSERT_EQUAL(camtg_commitment_object_count(NULL), 0);
    CU_ASSERT_PTR_NULL(camtg_commitment_object(NULL, 0));
    CU_ASSERT_EQUAL(camtg_commitment_sector_count(NULL), 0);
    CU_ASSERT_EQUAL(camtg_commitment_sector(NULL, 0), CAMTG_SECTOR_INVALID);
    CU_ASSERT_EQUAL(camtg_commitment_sector_mask(NULL), 0u);
    CU_ASSERT_PTR_NULL(camtg_commitment_source(NULL));
    CU_ASSERT_PTR_NULL(camtg_commitment_quote(NULL));
    CU_ASSERT_EQUAL(camtg_commitment_start(NULL), -1);
    CU_ASSERT_EQUAL(camtg_commitment_end(NULL), -1);
    CU_ASSERT_EQUAL(camtg_commitment_byte_start(NULL), -1);
    CU_ASSERT_EQUAL(camtg_commitment_byte_end(NULL), -1);
    CU_ASSERT_EQUAL(camtg_commitment_index(NULL), (size_t)-1);
}

/* Indexes just past the end, far past it and at the top of size_t. */
static size_t past_end(size_t count, int which)
{
    switch (which) {
    case 0: return count;
    case 1: return count + 1;
    case 2: return SIZE_MAX / 2;
    default: return SIZE_MAX;
    }
}
#define PAST_END_KINDS 4

static void test_out_of_range_indexes(void)
{
    camtg_db *db = camtg_test_open_default();
    for (int w = 0; w < PAST_END_KINDS; w++) {
        CU_ASSERT_PTR_NULL(camtg_source_at(db, past_end(camtg_source_count(db), w)));
        CU_ASSERT_PTR_NULL(camtg_entity_at(db, past_end(camtg_entity_count(db), w)));
        CU_ASSERT_PTR_NULL(camtg_meeting_at(db, past_end(camtg_meeting_count(db), w)));
        CU_ASSERT_PTR_NULL(camtg_commitment_at(db, past_end(camtg_commitment_count(db), w)));
    }
    for (size_t i = 0; i < camtg_entity_count(db); i++) {
        const camtg_entity *e = camtg_entity_at(db, i);
        CU_ASSERT_PTR_NOT_NULL_FATAL(e);
        CU_ASSERT_EQUAL(camtg_entity_index(e), i);
        for (int w = 0; w < PAST_END_KINDS; w++) {
            CU_ASSERT_PTR_NULL(camtg_entity_alias(e, past_end(camtg_entity_alias_count(e), w)));
            CU_ASSERT_PTR_NULL(
                camtg_entity_position(e, past_end(camtg_entity_position_count(e), w)));
            CU_ASSERT_PTR_NULL(camtg_entity_member(e, past_end(camtg_entity_member_count(e), w)));
            CU_ASSERT_PTR_NULL(camtg_entity_group(e, past_end(camtg_entity_group_count(e), w)));
            CU_ASSERT_PTR_NULL(
                camtg_entity_mention(e, past_end(camtg_entity_mention_count(e), w)));
        }
    }
    for (size_t i = 0; i < camtg_meeting_count(db); i++) {
        const camtg_meeting *m = camtg_meeting_at(db, i);
        CU_ASSERT_PTR_NOT_NULL_FATAL(m);
        CU_ASSERT_EQUAL(camtg_meeting_index(m), i);
        for (int w = 0; w < PAST_END_KINDS; w++)
            CU_ASSERT_PTR_NULL(
                camtg_meeting_participant(m, past_end(camtg_meeting_participant_count(m), w)));
    }
    for (size_t i = 0; i < camtg_commitment_count(db); i++) {
        const camtg_commitment *c = camtg_commitment_at(db, i);
        CU_ASSERT_PTR_NOT_NULL_FATAL(c);
        CU_ASSERT_EQUAL(camtg_commitment_index(c), i);
        for (int w = 0; w < PAST_END_KINDS; w++) {
            CU_ASSERT_PTR_NULL(
                camtg_commitment_actor(c, past_end(camtg_commitment_actor_count(c), w)));
            CU_ASSERT_PTR_NULL(
                camtg_commitment_target(c, past_end(camtg_commitment_target_count(c), w)));
            CU_ASSERT_PTR_NULL(
                camtg_commitment_object(c, past_end(camtg_commitment_object_count(c), w)));
            CU_ASSERT_EQUAL(
                camtg_commitment_sector(c, past_end(camtg_commitment_sector_count(c), w)),
                CAMTG_SECTOR_INVALID);
        }
    }
    for (size_t i = 0; i < camtg_source_count(db); i++)
        CU_ASSERT_EQUAL(camtg_source_index(camtg_source_at(db, i)), i);
    camtg_close(db);
}

/* Values outside every enum, including negative ones passed through the
 * enum type the way a careless caller (or a binding) would. */
static const int bad_enum_values[] = { -1, -100, INT_MIN, 1000, INT_MAX };

static void test_vocab_to_string_out_of_range(void)
{
    CU_ASSERT_PTR_NULL(camtg_entity_type_to_string(CAMTG_ENTITY_TYPE_COUNT));
    CU_ASSERT_PTR_NULL(camtg_kind_to_string(CAMTG_KIND_COUNT));
    CU_ASSERT_PTR_NULL(camtg_plover_to_string(CAMTG_PLOVER_COUNT));
    CU_ASSERT_PTR_NULL(camtg_sector_to_string(CAMTG_SECTOR_COUNT));
    CU_ASSERT_PTR_NULL(camtg_status_to_string(CAMTG_STATUS_COUNT));
    CU_ASSERT_PTR_NULL(camtg_entity_type_to_string(CAMTG_ENTITY_TYPE_INVALID));
    CU_ASSERT_PTR_NULL(camtg_kind_to_string(CAMTG_KIND_INVALID));
    CU_ASSERT_PTR_NULL(camtg_plover_to_string(CAMTG_PLOVER_INVALID));
    CU_ASSERT_PTR_NULL(camtg_sector_to_string(CAMTG_SECTOR_INVALID));
    CU_ASSERT_PTR_NULL(camtg_status_to_string(CAMTG_STATUS_INVALID));
    CU_ASSERT_PTR_NULL(camtg_date_precision_to_string(CAMTG_DATE_PRECISION_COUNT));
    CU_ASSERT_PTR_NULL(camtg_date_precision_to_string(CAMTG_DATE_PRECISION_INVALID));
    for (size_t i = 0; i < sizeof bad_enum_values / sizeof *bad_enum_values; i++) {
        int v = bad_enum_values[i];
        CU_ASSERT_PTR_NULL(camtg_entity_type_to_string((camtg_entity_type)v));
        CU_ASSERT_PTR_NULL(camtg_kind_to_string((camtg_kind)v));
        CU_ASSERT_PTR_NULL(camtg_plover_to_string((camtg_plover)v));
        CU_ASSERT_PTR_NULL(camtg_sector_to_string((camtg_sector)v));
        CU_ASSERT_PTR_NULL(camtg_status_to_string((camtg_status)v));
    }
}

/* Each vocabulary round-trips, rejects NULL with EINVAL and an unknown or
 * wrongly cased spelling with EVOCAB, leaving *out untouched. The macro keeps
 * the five vocabularies' checks identical. */
#define CHECK_VOCAB(to_string, from_string, type, count)                                        \
    do {                                                                        \
        type out_ = (type)0;                                                    \
        CU_ASSERT_EQUAL(from_string(NULL, &out_), CAMTG_EINVAL);       \
        CU_ASSERT_EQUAL(from_string("x", NULL), CAMTG_EINVAL);         \
        CU_ASSERT_EQUAL(from_string(NULL, NULL), CAMTG_EINVAL);        \
        for (int v_ = 0; v_ < (int)(count); v_++) {                             \
            const char *s_ = to_string((type)v_);                      \
            CU_ASSERT_PTR_NOT_NULL_FATAL(s_);                                   \
            type back_ = (type)-1;                                              \
            CU_ASSERT_EQUAL(from_string(s_, &back_), CAMTG_OK);        \
            CU_ASSERT_EQUAL((int)back_, v_);                                    \
            char upper_[64], padded_[70];                                       \
            size_t n_ = strlen(s_);                                             \
            CU_ASSERT_FATAL(n_ < sizeof upper_);                                \
            int changed_ = 0;                                                   \
            for (size_t k_ = 0; k_ <= n_; k_++) {                               \
                char ch_ = s_[k_];                                              \
                if (ch_ >= 'a' && ch_ <= 'z') { ch_ = (char)(ch_ - 32); changed_ = 1; } \
                else if (ch_ >= 'A' && ch_ <= 'Z') { ch_ = (char)(ch_ + 32); changed_ = 1; } \
                upper_[k_] = ch_;                                               \
            }                                                                   \
            back_ = (type)77;                                                   \
            if (changed_) {                                                     \
                CU_ASSERT_EQUAL(from_string(upper_, &back_), CAMTG_EVOCAB); \
                CU_ASSERT_EQUAL((int)back_, 77);                                \
            }                                                                   \
            snprintf(padded_, sizeof padded_, " %s", s_);                       \
            CU_ASSERT_EQUAL(from_string(padded_, &back_), CAMTG_EVOCAB); \
            CU_ASSERT_EQUAL((int)back_, 77);                                    \
        }                                                                       \
        out_ = (type)77;                                                        \
        CU_ASSERT_EQUAL(from_string("", &out_), CAMTG_EVOCAB);         \
        CU_ASSERT_EQUAL(from_string("no such value", &out_), CAMTG_EVOCAB); \
        CU_ASSERT_EQUAL((int)out_, 77);                                         \
    } while (0)

static void test_vocab_from_string_misuse(void)
{
    CHECK_VOCAB(camtg_entity_type_to_string, camtg_entity_type_from_string, camtg_entity_type,
                CAMTG_ENTITY_TYPE_COUNT);
    CHECK_VOCAB(camtg_kind_to_string, camtg_kind_from_string, camtg_kind, CAMTG_KIND_COUNT);
    CHECK_VOCAB(camtg_plover_to_string, camtg_plover_from_string, camtg_plover,
                CAMTG_PLOVER_COUNT);
    CHECK_VOCAB(camtg_sector_to_string, camtg_sector_from_string, camtg_sector,
                CAMTG_SECTOR_COUNT);
    CHECK_VOCAB(camtg_status_to_string, camtg_status_from_string,
                camtg_status, CAMTG_STATUS_COUNT);
    CHECK_VOCAB(camtg_date_precision_to_string, camtg_date_precision_from_string,
                camtg_date_precision, CAMTG_DATE_PRECISION_COUNT);
}

static void test_error_code_strings(void)
{
    static const struct { int code; const char *name; } codes[] = {
        { CAMTG_OK, "CAMTG_OK" },
        { CAMTG_ERROR, "CAMTG_ERROR" },
        { CAMTG_EINVAL, "CAMTG_EINVAL" },
        { CAMTG_ENOMEM, "CAMTG_ENOMEM" },
        { CAMTG_EIO, "CAMTG_EIO" },
        { CAMTG_ESYNTAX, "CAMTG_ESYNTAX" },
        { CAMTG_ESCHEMA, "CAMTG_ESCHEMA" },
        { CAMTG_EDUPLICATE, "CAMTG_EDUPLICATE" },
        { CAMTG_EREFERENCE, "CAMTG_EREFERENCE" },
        { CAMTG_EVOCAB, "CAMTG_EVOCAB" },
        { CAMTG_EEVIDENCE, "CAMTG_EEVIDENCE" },
        { CAMTG_ECYCLE, "CAMTG_ECYCLE" },
        { CAMTG_ELIMIT, "CAMTG_ELIMIT" },
        { CAMTG_ENOTFOUND, "CAMTG_ENOTFOUND" },
        { CAMTG_ITEROVER, "CAMTG_ITEROVER" },
        { CAMTG_ESNAPSHOT, "CAMTG_ESNAPSHOT" },
    };
    const char *unknown = camtg_strerror(12345);
    CU_ASSERT_PTR_NOT_NULL_FATAL(unknown);
    CU_ASSERT_STRING_EQUAL(unknown, "unknown error");
    for (size_t i = 0; i < sizeof codes / sizeof *codes; i++) {
        CAMTG_ASSERT_STR(camtg_error_code_name(codes[i].code), codes[i].name);
        const char *text = camtg_strerror(codes[i].code);
        CU_ASSERT_PTR_NOT_NULL_FATAL(text);
        CU_ASSERT(text[0] != '\0');
        /* Each code has its own description. */
        CU_ASSERT(strcmp(text, unknown) != 0);
        for (size_t j = 0; j < i; j++)
            CU_ASSERT(strcmp(text, camtg_strerror(codes[j].code)) != 0);
    }
    static const int not_codes[] = { 1, 2, -16, -100, INT_MIN, INT_MAX };
    for (size_t i = 0; i < sizeof not_codes / sizeof *not_codes; i++) {
        CU_ASSERT_PTR_NULL(camtg_error_code_name(not_codes[i]));
        CAMTG_ASSERT_STR(camtg_strerror(not_codes[i]), "unknown error");
    }
}

static void test_version(void)
{
    CAMTG_ASSERT_STR(camtg_version(), CAMTG_VERSION_STRING);
    CU_ASSERT_EQUAL(camtg_version_number(), CAMTG_VERSION_NUMBER);
}

static void test_filter_misuse(void)
{
    CU_ASSERT_EQUAL(camtg_filter_init(NULL, CAMTG_FILTER_VERSION), CAMTG_EINVAL);

    camtg_filter f;
    memset(&f, 0xa5, sizeof f);
    /* Unknown versions are refused and write nothing. */
    CU_ASSERT_EQUAL(camtg_filter_init(&f, 0), CAMTG_EINVAL);
    CU_ASSERT_EQUAL(camtg_filter_init(&f, CAMTG_FILTER_VERSION + 1), CAMTG_EINVAL);
    CU_ASSERT_EQUAL(camtg_filter_init(&f, UINT_MAX), CAMTG_EINVAL);
    CU_ASSERT_EQUAL(f.version, 0xa5a5a5a5u);
    CU_ASSERT_EQUAL(camtg_filter_init(&f, CAMTG_FILTER_VERSION), CAMTG_OK);
    CU_ASSERT_EQUAL(f.version, CAMTG_FILTER_VERSION);
    CU_ASSERT_PTR_NULL(f.involving);
    CU_ASSERT_PTR_NULL(f.actor);
    CU_ASSERT_PTR_NULL(f.target);
    CU_ASSERT_PTR_NULL(f.meeting);
    CU_ASSERT_EQUAL(f.sectors, 0u);
    CU_ASSERT_EQUAL(f.types, 0u);
    CU_ASSERT_EQUAL(f.kinds, 0u);

    camtg_db *db = camtg_test_open_default();
    const camtg_commitment *c = camtg_commitment_at(db, 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(c);
    CU_ASSERT_EQUAL(camtg_filter_matches(NULL, c), CAMTG_EINVAL);
    CU_ASSERT_EQUAL(camtg_filter_matches(&f, NULL), CAMTG_EINVAL);
    CU_ASSERT_EQUAL(camtg_filter_matches(NULL, NULL), CAMTG_EINVAL);
    CU_ASSERT_EQUAL(camtg_filter_matches(&f, c), 1);

    camtg_filter future = CAMTG_FILTER_INIT;
    future.version = CAMTG_FILTER_VERSION + 1;
    CU_ASSERT_EQUAL(camtg_filter_matches(&future, c), CAMTG_EINVAL);
    future.version = 0;
    CU_ASSERT_EQUAL(camtg_filter_matches(&future, c), CAMTG_EINVAL);
    camtg_close(db);
}

/* The first layout of camtg_filter, as a program built against the first
 * header holds it. Later layouts only append fields, so whatever lies past
 * `kinds` in the caller's memory is not the caller's filter. */
struct filter_v1 {
    unsigned int version;
    const camtg_entity *involving, *actor, *target;
    const camtg_meeting *meeting;
    unsigned int sectors, types, kinds;
};

static void test_filter_old_layout(void)
{
    union {
        camtg_filter current;
        struct filter_v1 v1;
        unsigned char bytes[sizeof(camtg_filter) + sizeof(struct filter_v1) + 64];
    } old;
    const size_t end = offsetof(struct filter_v1, kinds) + sizeof old.v1.kinds;
    memset(&old, 0xa5, sizeof old);
    CU_ASSERT_EQUAL(camtg_filter_init(&old.current, 1), CAMTG_OK);
    CU_ASSERT_EQUAL(old.v1.version, 1u);
    CU_ASSERT_PTR_NULL(old.v1.involving);
    CU_ASSERT_PTR_NULL(old.v1.actor);
    CU_ASSERT_PTR_NULL(old.v1.target);
    CU_ASSERT_PTR_NULL(old.v1.meeting);
    CU_ASSERT_EQUAL(old.v1.sectors, 0u);
    CU_ASSERT_EQUAL(old.v1.types, 0u);
    CU_ASSERT_EQUAL(old.v1.kinds, 0u);
    size_t untouched = 0;
    for (size_t i = end; i < sizeof old.bytes; i++)
        untouched += old.bytes[i] == 0xa5;
    CU_ASSERT_EQUAL(untouched, sizeof old.bytes - end);

    /* Read back, the bytes past the first layout (garbage here) are not
     * taken for criteria: the filter matches every commitment. */
    camtg_db *db = camtg_test_open_default();
    size_t cursor = 0, n = 0;
    const camtg_commitment *c;
    while (camtg_query_next(db, &old.current, &cursor, &c) == CAMTG_OK)
        n++;
    CU_ASSERT_EQUAL(n, camtg_commitment_count(db));
    CU_ASSERT_EQUAL(camtg_filter_matches(&old.current, camtg_commitment_at(db, 0)), 1);
    camtg_close(db);
}

static void test_query_misuse(void)
{
    camtg_db *db = camtg_test_open_default();
    camtg_filter f = CAMTG_FILTER_INIT;
    size_t cursor = 0;
    const camtg_commitment *c = (const camtg_commitment *)&c;

    CU_ASSERT_EQUAL(camtg_query_next(NULL, &f, &cursor, &c), CAMTG_EINVAL);
    CU_ASSERT_PTR_NULL(c);
    CU_ASSERT_EQUAL(camtg_query_next(db, &f, NULL, &c), CAMTG_EINVAL);
    CU_ASSERT_EQUAL(camtg_query_next(db, &f, &cursor, NULL), CAMTG_EINVAL);
    CU_ASSERT_EQUAL(camtg_query_next(NULL, NULL, NULL, NULL), CAMTG_EINVAL);

    /* A filter from a later version of the library is refused, not guessed. */
    camtg_filter future = CAMTG_FILTER_INIT;
    future.version = 99;
    cursor = 0;
    c = (const camtg_commitment *)&c;
    CU_ASSERT_EQUAL(camtg_query_next(db, &future, &cursor, &c), CAMTG_EINVAL);
    CU_ASSERT_PTR_NULL(c);

    /* A NULL filter walks everything, then reports the end for good. */
    size_t n = 0;
    cursor = 0;
    while (camtg_query_next(db, NULL, &cursor, &c) == CAMTG_OK)
        n++;
    CU_ASSERT_EQUAL(n, camtg_commitment_count(db));
    c = (const camtg_commitment *)&c;
    CU_ASSERT_EQUAL(camtg_query_next(db, NULL, &cursor, &c), CAMTG_ITEROVER);
    CU_ASSERT_PTR_NULL(c);
    CU_ASSERT_EQUAL(camtg_query_next(db, NULL, &cursor, &c), CAMTG_ITEROVER);

    /* A cursor the library never handed out must not read out of bounds:
     * the call fails (no match) and leaves *out NULL. */
    static const size_t wild[] = { SIZE_MAX, SIZE_MAX / 2, (size_t)1 << 40 };
    for (size_t i = 0; i < sizeof wild / sizeof *wild; i++) {
        cursor = wild[i];
        c = (const camtg_commitment *)&c;
        CU_ASSERT(camtg_query_next(db, NULL, &cursor, &c) < 0);
        CU_ASSERT_PTR_NULL(c);
        cursor = wild[i];
        c = (const camtg_commitment *)&c;
        CU_ASSERT(camtg_query_next(db, &f, &cursor, &c) < 0);
        CU_ASSERT_PTR_NULL(c);
    }

    /* Records of another database are refused in a filter. */
    camtg_db *other = camtg_test_open_default();
    const camtg_entity *foreign = camtg_entity_at(other, 0);
    const camtg_meeting *foreign_meeting = camtg_meeting_at(other, 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(foreign);
    CU_ASSERT_PTR_NOT_NULL_FATAL(foreign_meeting);
    const camtg_entity **slots[] = { &f.involving, &f.actor, &f.target };
    for (size_t i = 0; i < sizeof slots / sizeof *slots; i++) {
        camtg_filter_init(&f, CAMTG_FILTER_VERSION);
        *slots[i] = foreign;
        cursor = 0;
        c = (const camtg_commitment *)&c;
        CU_ASSERT_EQUAL(camtg_query_next(db, &f, &cursor, &c), CAMTG_EINVAL);
        CU_ASSERT_PTR_NULL(c);
    }
    camtg_filter_init(&f, CAMTG_FILTER_VERSION);
    f.meeting = foreign_meeting;
    cursor = 0;
    c = (const camtg_commitment *)&c;
    CU_ASSERT_EQUAL(camtg_query_next(db, &f, &cursor, &c), CAMTG_EINVAL);
    CU_ASSERT_PTR_NULL(c);
    camtg_close(other);

    /* A mask with bits beyond its vocabulary is a malformed filter (it
     * could only come from a caller's bug or a newer header) and is refused,
     * by both the query and camtg_filter_matches. */
    const camtg_commitment *first = camtg_commitment_at(db, 0);
    unsigned *masks[] = { &f.sectors, &f.types, &f.kinds };
    const unsigned beyond[] = { 1u << CAMTG_SECTOR_COUNT, 1u << CAMTG_PLOVER_COUNT,
                                1u << CAMTG_KIND_COUNT };
    for (size_t i = 0; i < sizeof masks / sizeof *masks; i++) {
        camtg_filter_init(&f, CAMTG_FILTER_VERSION);
        *masks[i] = beyond[i] | 1u;
        cursor = 0;
        c = (const camtg_commitment *)&c;
        CU_ASSERT_EQUAL(camtg_query_next(db, &f, &cursor, &c), CAMTG_EINVAL);
        CU_ASSERT_PTR_NULL(c);
        CU_ASSERT_EQUAL(camtg_filter_matches(&f, first), CAMTG_EINVAL);
        *masks[i] = ~0u;
        CU_ASSERT_EQUAL(camtg_query_next(db, &f, &cursor, &c), CAMTG_EINVAL);
    }
    camtg_close(db);
}

static void test_verify_misuse(void)
{
    camtg_error err;
    scribble(&err);
    expect_einval(camtg_db_verify(NULL, &err), &err);
    CU_ASSERT_EQUAL(err.line, -1);
    CU_ASSERT_EQUAL(err.column, -1);
}

/* Follow-up accessors, status on a date and compliance: NULL records,
 * bad dates, indexes past the end. */
static void test_followup_misuse(void)
{
    camtg_error err;
    const camtg_followup *f = (const camtg_followup *)&err;
    CU_ASSERT_EQUAL(camtg_followup_count(NULL), 0);
    CU_ASSERT_PTR_NULL(camtg_followup_at(NULL, 0));
    CU_ASSERT_PTR_NULL(camtg_followup_lookup(NULL, "x"));
    scribble(&err);
    expect_einval(camtg_followup_find(NULL, "x", &f, &err), &err);
    CU_ASSERT_PTR_NULL(f);
    CU_ASSERT_PTR_NULL(camtg_followup_id(NULL));
    CU_ASSERT_EQUAL(camtg_followup_index(NULL), (size_t)-1);
    CU_ASSERT_PTR_NULL(camtg_followup_commitment(NULL));
    CU_ASSERT_PTR_NULL(camtg_followup_date(NULL));
    CU_ASSERT_EQUAL(camtg_followup_date_precision(NULL), CAMTG_DATE_PRECISION_INVALID);
    CU_ASSERT_PTR_NULL(camtg_followup_date_end(NULL));
    CU_ASSERT_EQUAL(camtg_followup_status(NULL), CAMTG_STATUS_INVALID);
    CU_ASSERT_PTR_NULL(camtg_followup_summary(NULL));
    CU_ASSERT_EQUAL(camtg_followup_citation_count(NULL), 0);
    CU_ASSERT_PTR_NULL(camtg_followup_citation_url(NULL, 0));
    CU_ASSERT_PTR_NULL(camtg_followup_citation_publisher(NULL, 0));
    CU_ASSERT_PTR_NULL(camtg_followup_citation_published(NULL, 0));
    CU_ASSERT_PTR_NULL(camtg_followup_citation_title(NULL, 0));
    CU_ASSERT_EQUAL(camtg_commitment_followup_count(NULL), 0);
    CU_ASSERT_PTR_NULL(camtg_commitment_followup(NULL, 0));
    CU_ASSERT_PTR_NULL(camtg_followups_researched(NULL));
    CU_ASSERT_EQUAL(camtg_db_schema_version(NULL), 0);

    camtg_db *db = camtg_test_open_default();
    CU_ASSERT_PTR_NULL(camtg_followup_lookup(db, NULL));
    scribble(&err);
    expect_einval(camtg_followup_find(db, NULL, &f, &err), &err);
    scribble(&err);
    expect_einval(camtg_followup_find(db, "fu-visa-signed", NULL, &err), &err);
    CU_ASSERT_EQUAL(camtg_followup_find(db, "no-such-follow-up", &f, &err), CAMTG_ENOTFOUND);
    CU_ASSERT_EQUAL(err.code, CAMTG_ENOTFOUND);
    CU_ASSERT_PTR_NULL(f);
    /* a commitment id is not a follow-up id */
    CU_ASSERT_PTR_NULL(camtg_followup_lookup(db, "p8-visa-exemption"));
    for (int w = 0; w < PAST_END_KINDS; w++)
        CU_ASSERT_PTR_NULL(camtg_followup_at(db, past_end(camtg_followup_count(db), w)));
    for (size_t i = 0; i < camtg_followup_count(db); i++) {
        const camtg_followup *g = camtg_followup_at(db, i);
        CU_ASSERT_EQUAL(camtg_followup_index(g), i);
        for (int w = 0; w < PAST_END_KINDS; w++) {
            size_t past = past_end(camtg_followup_citation_count(g), w);
            CU_ASSERT_PTR_NULL(camtg_followup_citation_url(g, past));
            CU_ASSERT_PTR_NULL(camtg_followup_citation_publisher(g, past));
            CU_ASSERT_PTR_NULL(camtg_followup_citation_published(g, past));
            CU_ASSERT_PTR_NULL(camtg_followup_citation_title(g, past));
        }
    }
    const camtg_commitment *c = camtg_commitment_lookup(db, "p8-visa-exemption");
    CU_ASSERT_PTR_NOT_NULL_FATAL(c);
    for (int w = 0; w < PAST_END_KINDS; w++)
        CU_ASSERT_PTR_NULL(camtg_commitment_followup(c, past_end(camtg_commitment_followup_count(c), w)));

    static const char *const bad_dates[] = {
        "", "2023-02-30", "2023-13-01", "2023-00-10", "2023-1-01", "2023-01-01 ",
        "20230101", "2023/01/01", "2100-02-29", "２０２３-01-01", "2023-12-32",
    };
    for (size_t i = 0; i < sizeof bad_dates / sizeof *bad_dates; i++) {
        camtg_status st = (camtg_status)77;
        CU_ASSERT_EQUAL(camtg_commitment_status_on(c, bad_dates[i], &st), CAMTG_EINVAL);
        CU_ASSERT_EQUAL((int)st, 77);
        camtg_compliance_row *rows = (camtg_compliance_row *)&err;
        size_t count = 99;
        scribble(&err);
        camtg_error err2;
        expect_einval(camtg_compliance_compute(db, bad_dates[i], &rows, &count, &err2), &err2);
        CU_ASSERT_PTR_NULL(rows);
        CU_ASSERT_EQUAL(count, 0);
    }
    camtg_status st = (camtg_status)77;
    CU_ASSERT_EQUAL(camtg_commitment_status_on(NULL, "2024-01-01", &st), CAMTG_EINVAL);
    CU_ASSERT_EQUAL(camtg_commitment_status_on(c, NULL, &st), CAMTG_EINVAL);
    CU_ASSERT_EQUAL(camtg_commitment_status_on(c, "2024-01-01", NULL), CAMTG_EINVAL);
    CU_ASSERT_EQUAL((int)st, 77);
    CU_ASSERT_EQUAL(camtg_commitment_status_on(c, "2024-02-29", &st), CAMTG_OK);

    camtg_compliance_row *rows = NULL;
    size_t count = 0;
    scribble(&err);
    expect_einval(camtg_compliance_compute(NULL, NULL, &rows, &count, &err), &err);
    scribble(&err);
    expect_einval(camtg_compliance_compute(db, NULL, NULL, &count, &err), &err);
    scribble(&err);
    expect_einval(camtg_compliance_compute(db, NULL, &rows, NULL, &err), &err);
    CU_ASSERT_EQUAL(camtg_compliance_compute(NULL, NULL, NULL, NULL, NULL), CAMTG_EINVAL);
    /* before any pledge was made: no rows, no allocation */
    CU_ASSERT_EQUAL(camtg_compliance_compute(db, "2000-01-01", &rows, &count, NULL), CAMTG_OK);
    CU_ASSERT_PTR_NULL(rows);
    CU_ASSERT_EQUAL(count, 0);
    camtg_compliance_free(NULL);
    camtg_close(db);
}

int main(void)
{
    static const camtg_test_case cases[] = {
        { "open with NULL arguments", test_open_null_arguments },
        { "failures with no error record", test_failures_without_error_record },
        { "success leaves a clean error record", test_success_clears_error },
        { "db functions with a NULL db", test_db_functions_null_db },
        { "lookups with a NULL or impossible key", test_lookup_null_key },
        { "find functions: misuse and misses", test_find_misuse },
        { "source accessors with NULL", test_source_null_record },
        { "entity accessors with NULL", test_entity_null_record },
        { "meeting accessors with NULL", test_meeting_null_record },
        { "commitment accessors with NULL", test_commitment_null_record },
        { "indexes past the end", test_out_of_range_indexes },
        { "vocab to_string out of range", test_vocab_to_string_out_of_range },
        { "vocab from_string misuse", test_vocab_from_string_misuse },
        { "error code names and strerror", test_error_code_strings },
        { "version", test_version },
        { "filter misuse", test_filter_misuse },
        { "a filter of the first layout is not overrun", test_filter_old_layout },
        { "query misuse", test_query_misuse },
        { "verify misuse", test_verify_misuse },
        { "follow-up misuse", test_followup_misuse },
        { NULL, NULL },
    };
    return camtg_test_main("misuse", cases);
}
