/* SPDX-License-Identifier: MIT */
/* The query API over tests/c/data/minimal.json: every accessor, lookup
 * rules, the filter and the cursor query. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testsupport.h"

static camtg_db *db;

static camtg_db *open_minimal(void)
{
    camtg_db *out = NULL;
    camtg_error err;
    int rc = camtg_open_file(&out, CAMTG_TEST_DATA_DIR "/minimal.json", &err);
    if (rc != CAMTG_OK)
        fprintf(stderr, "minimal.json: %s: %s\n", err.path, err.message);
    CU_ASSERT_EQUAL_FATAL(rc, CAMTG_OK);
    CU_ASSERT_EQUAL(err.code, CAMTG_OK);
    CU_ASSERT_EQUAL(err.line, -1);
    CU_ASSERT_STRING_EQUAL(err.message, "");
    return out;
}

/* Runs a query and writes the ids of its matches, space separated. */
static const char *query_ids(const camtg_filter *f, char *buf, size_t size)
{
    size_t cursor = 0, used = 0;
    const camtg_commitment *c;
    int rc;
    buf[0] = '\0';
    while ((rc = camtg_query_next(db, f, &cursor, &c)) == CAMTG_OK) {
        int n = snprintf(buf + used, size - used, "%s%s", used ? " " : "", camtg_commitment_id(c));
        CU_ASSERT_FATAL(n > 0 && (size_t)n < size - used);
        used += (size_t)n;
    }
    CU_ASSERT_EQUAL(rc, CAMTG_ITEROVER);
    CU_ASSERT_PTR_NULL(c);
    return buf;
}

static void test_counts(void)
{
    CU_ASSERT_EQUAL(camtg_source_count(db), 1);
    CU_ASSERT_EQUAL(camtg_entity_count(db), 12);
    CU_ASSERT_EQUAL(camtg_meeting_count(db), 1);
    CU_ASSERT_EQUAL(camtg_commitment_count(db), 3);
    CU_ASSERT_PTR_NULL(camtg_source_at(db, 1));
    CU_ASSERT_PTR_NULL(camtg_entity_at(db, 12));
    CU_ASSERT_PTR_NULL(camtg_meeting_at(db, 1));
    CU_ASSERT_PTR_NULL(camtg_commitment_at(db, 3));
}

static void test_source(void)
{
    const camtg_source *s = camtg_source_at(db, 0);
    CU_ASSERT_PTR_EQUAL(camtg_source_lookup(db, "s1"), s);
    CU_ASSERT_PTR_NULL(camtg_source_lookup(db, "S1"));
    CU_ASSERT_PTR_NULL(camtg_source_lookup(db, "KAZ")); /* an entity, not a source */
    CAMTG_ASSERT_STR(camtg_source_id(s), "s1");
    CAMTG_ASSERT_STR(camtg_source_title(s), "Test talks");
    CAMTG_ASSERT_STR(camtg_source_publisher(s), "Agency");
    CAMTG_ASSERT_STR(camtg_source_published(s), "2024-02-29");
    CAMTG_ASSERT_STR(camtg_source_dateline(s), "ALMATY, 1 May");
    CAMTG_ASSERT_STR(camtg_source_language(s), "en");
    CAMTG_ASSERT_STR(camtg_source_url(s), "https://example.org/talks");
    CU_ASSERT_EQUAL(strncmp(camtg_source_text(s), "Алматы, 1 May", strlen("Алматы, 1 May")), 0);
    CU_ASSERT_EQUAL(camtg_source_text_bytes(s), strlen(camtg_source_text(s)));
    /* Cyrillic (2 bytes), ë and Ä (2 bytes) and 中亚 (3 bytes each) make the
     * byte length exceed the code point count by 6 + 2 + 4 = 12. */
    CU_ASSERT_EQUAL(camtg_source_text_chars(s), 190);
    CU_ASSERT_EQUAL(camtg_source_text_bytes(s), 190 + 12);
    CU_ASSERT_EQUAL(camtg_source_index(s), 0);
}

static void test_entity_fields(void)
{
    const camtg_entity *kaz = camtg_entity_at(db, 0);
    CAMTG_ASSERT_STR(camtg_entity_id(kaz), "KAZ");
    CAMTG_ASSERT_STR(camtg_entity_name(kaz), "Kazakhstan");
    CU_ASSERT_EQUAL(camtg_entity_type_of(kaz), CAMTG_ENTITY_COUNTRY);
    CAMTG_ASSERT_STR(camtg_entity_wikidata(kaz), "Q232");
    CU_ASSERT_PTR_NULL(camtg_entity_description(kaz));
    CU_ASSERT_EQUAL(camtg_entity_alias_count(kaz), 2);
    CAMTG_ASSERT_STR(camtg_entity_alias(kaz, 0), "Republic of Kazakhstan");
    CAMTG_ASSERT_STR(camtg_entity_alias(kaz, 1), "KZ");
    CU_ASSERT_PTR_NULL(camtg_entity_alias(kaz, 2));
    CU_ASSERT_EQUAL(camtg_entity_index(kaz), 0);
    /* fields of other types read as absent */
    CU_ASSERT_PTR_NULL(camtg_entity_country(kaz));
    CU_ASSERT_EQUAL(camtg_entity_position_count(kaz), 0);
    CU_ASSERT_PTR_NULL(camtg_entity_within(kaz));
    CU_ASSERT_EQUAL(camtg_entity_member_count(kaz), 0);
    CU_ASSERT_PTR_NULL(camtg_entity_date(kaz));
    CU_ASSERT_PTR_NULL(camtg_entity_place(kaz));

    const camtg_entity *uzb = camtg_entity_lookup(db, "UZB");
    CAMTG_ASSERT_STR(camtg_entity_description(uzb), "A country in Central Asia");
    CU_ASSERT_PTR_NULL(camtg_entity_wikidata(uzb));
    CU_ASSERT_EQUAL(camtg_entity_alias_count(uzb), 0);

    const camtg_entity *zoe = camtg_entity_lookup(db, "zoe");
    CU_ASSERT_EQUAL(camtg_entity_type_of(zoe), CAMTG_ENTITY_PERSON);
    CU_ASSERT_PTR_EQUAL(camtg_entity_country(zoe), kaz);
    CU_ASSERT_EQUAL(camtg_entity_position_count(zoe), 2);
    CAMTG_ASSERT_STR(camtg_entity_position(zoe, 0), "Doctor");
    CAMTG_ASSERT_STR(camtg_entity_position(zoe, 1), "Envoy");
    CU_ASSERT_PTR_NULL(camtg_entity_position(zoe, 2));

    const camtg_entity *almaty = camtg_entity_lookup(db, "almaty");
    const camtg_entity *region = camtg_entity_lookup(db, "ala-region");
    CU_ASSERT_EQUAL(camtg_entity_type_of(almaty), CAMTG_ENTITY_PLACE);
    CU_ASSERT_PTR_EQUAL(camtg_entity_within(almaty), region);
    CU_ASSERT_PTR_EQUAL(camtg_entity_within(region), kaz);

    const camtg_entity *ev = camtg_entity_lookup(db, "ev");
    CU_ASSERT_EQUAL(camtg_entity_type_of(ev), CAMTG_ENTITY_EVENT);
    CAMTG_ASSERT_STR(camtg_entity_date(ev), "2024-05-01");
    CU_ASSERT_PTR_EQUAL(camtg_entity_place(ev), almaty);
}

static void test_groups(void)
{
    const camtg_entity *kaz = camtg_entity_lookup(db, "KAZ");
    const camtg_entity *uzb = camtg_entity_lookup(db, "UZB");
    const camtg_entity *c2 = camtg_entity_lookup(db, "C2");
    const camtg_entity *outer = camtg_entity_lookup(db, "OUTER");
    CU_ASSERT_EQUAL(camtg_entity_member_count(c2), 2);
    CU_ASSERT_PTR_EQUAL(camtg_entity_member(c2, 0), kaz);
    CU_ASSERT_PTR_EQUAL(camtg_entity_member(c2, 1), uzb);
    CU_ASSERT_PTR_NULL(camtg_entity_member(c2, 2));
    CU_ASSERT_EQUAL(camtg_entity_group_count(kaz), 1);
    CU_ASSERT_PTR_EQUAL(camtg_entity_group(kaz, 0), c2);
    CU_ASSERT_PTR_NULL(camtg_entity_group(kaz, 1));
    CU_ASSERT_EQUAL(camtg_entity_group_count(c2), 1);
    CU_ASSERT_PTR_EQUAL(camtg_entity_group(c2, 0), outer);
    CU_ASSERT_EQUAL(camtg_entity_group_count(outer), 0);
    CU_ASSERT_EQUAL(camtg_entity_in_group(kaz, c2), 1);
    CU_ASSERT_EQUAL(camtg_entity_in_group(kaz, outer), 1);
    CU_ASSERT_EQUAL(camtg_entity_in_group(kaz, kaz), 1);
    CU_ASSERT_EQUAL(camtg_entity_in_group(outer, kaz), 0);
    CU_ASSERT_EQUAL(camtg_entity_in_group(camtg_entity_lookup(db, "rail"), c2), 0);
}

static void test_lookup(void)
{
    const camtg_entity *kaz = camtg_entity_at(db, 0);
    CU_ASSERT_PTR_EQUAL(camtg_entity_lookup(db, "KAZ"), kaz);
    CU_ASSERT_PTR_EQUAL(camtg_entity_lookup(db, "kazakhstan"), kaz);
    CU_ASSERT_PTR_EQUAL(camtg_entity_lookup(db, "KAZAKHSTAN"), kaz);
    CU_ASSERT_PTR_EQUAL(camtg_entity_lookup(db, "republic of kazakhstan"), kaz);
    CU_ASSERT_PTR_EQUAL(camtg_entity_lookup(db, "kz"), kaz);
    /* "kaz" is also the topic's alias; an id match wins over an alias. */
    CU_ASSERT_PTR_EQUAL(camtg_entity_lookup(db, "kaz"), kaz);
    /* a name wins over an alias: the topic is named "security" */
    CAMTG_ASSERT_STR(camtg_entity_id(camtg_entity_lookup(db, "SECURITY")), "sec");
    /* every script folds (test_lookup_unicode.c has the Unicode cases) */
    CAMTG_ASSERT_STR(camtg_entity_id(camtg_entity_lookup(db, "Zoë Ärztin")), "zoe");
    CAMTG_ASSERT_STR(camtg_entity_id(camtg_entity_lookup(db, "zoë ärztin")), "zoe");
    CAMTG_ASSERT_STR(camtg_entity_id(camtg_entity_lookup(db, "ZOË ÄRZTIN")), "zoe");
    CAMTG_ASSERT_STR(camtg_entity_id(camtg_entity_lookup(db, "zoe arztin")), "zoe");
    CAMTG_ASSERT_STR(camtg_entity_id(camtg_entity_lookup(db, "алматы")), "almaty");
    CAMTG_ASSERT_STR(camtg_entity_id(camtg_entity_lookup(db, "Алматы")), "almaty");
    CAMTG_ASSERT_STR(camtg_entity_id(camtg_entity_lookup(db, "中亚 railway")), "rail");
    CU_ASSERT_PTR_NULL(camtg_entity_lookup(db, "Kazakh"));
    CU_ASSERT_PTR_NULL(camtg_entity_lookup(db, " Kazakhstan"));
    CU_ASSERT_PTR_NULL(camtg_entity_lookup(db, ""));
    CU_ASSERT_PTR_NULL(camtg_entity_lookup(db, "s1")); /* a source id */
    /* a key longer than the lookup's stack buffer */
    char long_key[300];
    memset(long_key, 'k', sizeof long_key - 1);
    long_key[sizeof long_key - 1] = '\0';
    CU_ASSERT_PTR_NULL(camtg_entity_lookup(db, long_key));
}

/* The _find functions tell a miss from a hit, so the README's pattern
 * cannot turn a misspelt name into a filter that matches everything. */
static void test_find(void)
{
    camtg_error err;
    const camtg_entity *e = NULL;
    CU_ASSERT_EQUAL(camtg_entity_find(db, "republic of kazakhstan", &e, &err), CAMTG_OK);
    CU_ASSERT_PTR_EQUAL(e, camtg_entity_at(db, 0));
    CU_ASSERT_EQUAL(err.code, CAMTG_OK);
    CU_ASSERT_EQUAL(camtg_entity_find(db, "Atlantis", &e, &err), CAMTG_ENOTFOUND);
    CU_ASSERT_PTR_NULL(e);
    CU_ASSERT_EQUAL(err.code, CAMTG_ENOTFOUND);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "\"Atlantis\""));
    /* longer than any key can be: a miss, found without allocating */
    char long_key[3000];
    memset(long_key, 'k', sizeof long_key - 1);
    long_key[sizeof long_key - 1] = '\0';
    CU_ASSERT_EQUAL(camtg_entity_find(db, long_key, &e, NULL), CAMTG_ENOTFOUND);

    const camtg_meeting *m = NULL;
    CU_ASSERT_EQUAL(camtg_meeting_find(db, "m1", &m, &err), CAMTG_OK);
    CU_ASSERT_PTR_EQUAL(m, camtg_meeting_at(db, 0));
    CU_ASSERT_EQUAL(camtg_meeting_find(db, "M1", &m, &err), CAMTG_ENOTFOUND); /* ids are exact */
    CU_ASSERT_PTR_NULL(m);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "meeting"));
    const camtg_commitment *c = NULL;
    CU_ASSERT_EQUAL(camtg_commitment_find(db, "c2", &c, &err), CAMTG_OK);
    CAMTG_ASSERT_STR(camtg_commitment_id(c), "c2");
    CU_ASSERT_EQUAL(camtg_commitment_find(db, "m1", &c, &err), CAMTG_ENOTFOUND); /* a meeting id */
    CU_ASSERT_PTR_NULL(c);
    const camtg_source *src = NULL;
    CU_ASSERT_EQUAL(camtg_source_find(db, "s1", &src, NULL), CAMTG_OK);
    CU_ASSERT_PTR_EQUAL(src, camtg_source_at(db, 0));
    CU_ASSERT_EQUAL(camtg_source_find(db, "c1", &src, NULL), CAMTG_ENOTFOUND);
}

/* Membership in a database too large for the walk's stack buffers: the
 * same answers, from working memory on the heap. */
static void test_in_group_large_database(void)
{
    enum { N = 1500 };
    size_t cap = 200 + N * 80, used = 0;
    char *json = malloc(cap);
    CU_ASSERT_PTR_NOT_NULL_FATAL(json);
    used += (size_t)snprintf(json + used, cap - used,
                             "{\"camtg\": 1, \"sources\": [], \"meetings\": [],"
                             " \"commitments\": [], \"entities\": [");
    for (int i = 0; i < N; i++)
        used += (size_t)snprintf(json + used, cap - used,
                                 "{\"id\": \"e%d\", \"type\": \"country\", \"name\": \"E%d\"},", i, i);
    used += (size_t)snprintf(json + used, cap - used,
                             "{\"id\": \"inner\", \"type\": \"group\", \"name\": \"Inner\","
                             " \"members\": [\"e7\", \"e1400\"]},"
                             "{\"id\": \"outer\", \"type\": \"group\", \"name\": \"Outer\","
                             " \"members\": [\"inner\"]}]}");
    CU_ASSERT_FATAL(used < cap);
    camtg_db *big = camtg_test_expect_load(json);
    free(json);
    CU_ASSERT_PTR_NOT_NULL_FATAL(big);
    const camtg_entity *outer = camtg_entity_lookup(big, "outer");
    CU_ASSERT_EQUAL(camtg_entity_in_group(camtg_entity_lookup(big, "e1400"), outer), 1);
    CU_ASSERT_EQUAL(camtg_entity_in_group(camtg_entity_lookup(big, "e7"), outer), 1);
    CU_ASSERT_EQUAL(camtg_entity_in_group(camtg_entity_lookup(big, "e8"), outer), 0);
    CU_ASSERT_EQUAL(camtg_entity_in_group(outer, camtg_entity_lookup(big, "inner")), 0);
    camtg_close(big);
}

static void test_meeting(void)
{
    const camtg_meeting *m = camtg_meeting_at(db, 0);
    CU_ASSERT_PTR_EQUAL(camtg_meeting_lookup(db, "m1"), m);
    CU_ASSERT_PTR_NULL(camtg_meeting_lookup(db, "c1"));
    CAMTG_ASSERT_STR(camtg_meeting_id(m), "m1");
    CAMTG_ASSERT_STR(camtg_meeting_title(m), "Test talks in Almaty");
    CAMTG_ASSERT_STR(camtg_meeting_date(m), "2024-05-01");
    CAMTG_ASSERT_STR(camtg_meeting_format(m), "talks");
    CU_ASSERT_PTR_EQUAL(camtg_meeting_place(m), camtg_entity_lookup(db, "almaty"));
    CU_ASSERT_PTR_EQUAL(camtg_meeting_host(m), camtg_entity_lookup(db, "KAZ"));
    CU_ASSERT_PTR_EQUAL(camtg_meeting_context(m), camtg_entity_lookup(db, "ev"));
    CU_ASSERT_PTR_EQUAL(camtg_meeting_source(m), camtg_source_at(db, 0));
    CU_ASSERT_EQUAL(camtg_meeting_participant_count(m), 2);
    CU_ASSERT_PTR_EQUAL(camtg_meeting_participant(m, 0), camtg_entity_lookup(db, "UZB"));
    CU_ASSERT_PTR_EQUAL(camtg_meeting_participant(m, 1), camtg_entity_lookup(db, "zoe"));
    CU_ASSERT_PTR_NULL(camtg_meeting_participant(m, 2));
    CU_ASSERT_EQUAL(camtg_meeting_commitment_count(m), 3);
    CU_ASSERT_EQUAL(camtg_meeting_index(m), 0);
}

static void test_commitment_fields(void)
{
    const camtg_commitment *c = camtg_commitment_at(db, 0);
    CU_ASSERT_PTR_EQUAL(camtg_commitment_lookup(db, "c1"), c);
    CU_ASSERT_PTR_NULL(camtg_commitment_lookup(db, "m1"));
    CAMTG_ASSERT_STR(camtg_commitment_id(c), "c1");
    CU_ASSERT_PTR_EQUAL(camtg_commitment_meeting(c), camtg_meeting_at(db, 0));
    CU_ASSERT_EQUAL(camtg_commitment_kind(c), CAMTG_KIND_PLEDGE);
    CU_ASSERT_EQUAL(camtg_commitment_type(c), CAMTG_PLOVER_COOPERATE);
    CAMTG_ASSERT_STR(camtg_commitment_cameo(c), "036");
    CAMTG_ASSERT_STR(camtg_commitment_verb(c), "build");
    CAMTG_ASSERT_STR(camtg_commitment_summary(c), "Kazakhstan will build the railway with Uzbekistan");
    CU_ASSERT_EQUAL(camtg_commitment_status(c), CAMTG_STATUS_PLEDGED);
    CU_ASSERT_EQUAL(camtg_commitment_actor_count(c), 1);
    CAMTG_ASSERT_STR(camtg_entity_id(camtg_commitment_actor(c, 0)), "KAZ");
    CU_ASSERT_PTR_NULL(camtg_commitment_actor(c, 1));
    CU_ASSERT_EQUAL(camtg_commitment_target_count(c), 1);
    CAMTG_ASSERT_STR(camtg_entity_id(camtg_commitment_target(c, 0)), "UZB");
    CU_ASSERT_PTR_NULL(camtg_commitment_target(c, 1));
    CU_ASSERT_EQUAL(camtg_commitment_object_count(c), 1);
    CAMTG_ASSERT_STR(camtg_entity_id(camtg_commitment_object(c, 0)), "rail");
    CU_ASSERT_PTR_NULL(camtg_commitment_object(c, 1));
    CU_ASSERT_EQUAL(camtg_commitment_sector_count(c), 2);
    CU_ASSERT_EQUAL(camtg_commitment_sector(c, 0), CAMTG_SECTOR_CONNECTIVITY);
    CU_ASSERT_EQUAL(camtg_commitment_sector(c, 1), CAMTG_SECTOR_TRADE_INVESTMENT);
    CU_ASSERT_EQUAL(camtg_commitment_sector(c, 2), CAMTG_SECTOR_INVALID);
    CU_ASSERT_EQUAL(camtg_commitment_sector_mask(c), CAMTG_BIT(CAMTG_SECTOR_CONNECTIVITY) |
                                                         CAMTG_BIT(CAMTG_SECTOR_TRADE_INVESTMENT));
    CU_ASSERT_EQUAL(camtg_commitment_index(c), 0);

    const camtg_commitment *c2 = camtg_commitment_lookup(db, "c2");
    CU_ASSERT_PTR_NULL(camtg_commitment_cameo(c2));
    CU_ASSERT_EQUAL(camtg_commitment_status(c2), CAMTG_STATUS_IN_PROGRESS);
    CU_ASSERT_EQUAL(camtg_commitment_target_count(c2), 0);
    CU_ASSERT_EQUAL(camtg_commitment_object_count(c2), 0);
    CU_ASSERT_EQUAL(camtg_commitment_kind(camtg_commitment_lookup(db, "c3")), CAMTG_KIND_ASSESSMENT);
}

static void test_evidence_offsets(void)
{
    const camtg_source *s = camtg_source_at(db, 0);
    const char *text = camtg_source_text(s);
    for (size_t i = 0; i < camtg_commitment_count(db); i++) {
        const camtg_commitment *c = camtg_commitment_at(db, i);
        CU_ASSERT_PTR_EQUAL(camtg_commitment_source(c), s);
        long bs = camtg_commitment_byte_start(c), be = camtg_commitment_byte_end(c);
        CU_ASSERT_EQUAL((size_t)(be - bs), strlen(camtg_commitment_quote(c)));
        CU_ASSERT_EQUAL(memcmp(text + bs, camtg_commitment_quote(c), (size_t)(be - bs)), 0);
    }
    /* c1 starts after "Алматы" (6 two-byte letters) and "ë", "Ä": code
     * points 45..97, bytes 53..113 (its quote holds 中亚, 4 extra bytes). */
    const camtg_commitment *c1 = camtg_commitment_at(db, 0);
    CU_ASSERT_EQUAL(camtg_commitment_start(c1), 45);
    CU_ASSERT_EQUAL(camtg_commitment_end(c1), 97);
    CU_ASSERT_EQUAL(camtg_commitment_byte_start(c1), 53);
    CU_ASSERT_EQUAL(camtg_commitment_byte_end(c1), 109);
    const camtg_commitment *c3 = camtg_commitment_at(db, 2);
    /* c3 ends just before the final full stop */
    CU_ASSERT_EQUAL(camtg_commitment_end(c3), (long)camtg_source_text_chars(s) - 1);
    CU_ASSERT_EQUAL(camtg_commitment_byte_end(c3), (long)camtg_source_text_bytes(s) - 1);
    camtg_error err;
    CU_ASSERT_EQUAL(camtg_db_verify(db, &err), CAMTG_OK);
    CU_ASSERT_EQUAL(err.code, CAMTG_OK);
    CU_ASSERT_EQUAL(camtg_db_verify(db, NULL), CAMTG_OK);
}

/* Entity filters, one row a query: the keys set (NULL: not set) and the
 * ids of the matches, in file order. */
static const struct entity_query {
    const char *involving, *actor, *target;
    const char *ids;
} ENTITY_QUERIES[] = {
    { NULL, NULL, NULL, "c1 c2 c3" },
    { "KAZ", NULL, NULL, "c1 c2 c3" }, /* c2 through OUTER > C2 > KAZ */
    { "C2", NULL, NULL, "c2" },
    { "rail", NULL, NULL, "" }, /* an object is not involved */
    { NULL, "KAZ", NULL, "c1 c2" },
    { NULL, "UZB", NULL, "c2 c3" },
    { NULL, "UZB", "KAZ", "c3" },
    { NULL, NULL, "UZB", "c1" },
    { NULL, NULL, "zoe", "" },
};

static const camtg_entity *entity_or_null(const char *key)
{
    if (key == NULL)
        return NULL;
    const camtg_entity *e = camtg_entity_lookup(db, key);
    CU_ASSERT_PTR_NOT_NULL(e); /* a row must not ask for "everything" by a typo */
    return e;
}

static void test_query_entities(void)
{
    char buf[128];
    CAMTG_ASSERT_STR(query_ids(NULL, buf, sizeof buf), "c1 c2 c3");
    for (size_t i = 0; i < sizeof ENTITY_QUERIES / sizeof *ENTITY_QUERIES; i++) {
        const struct entity_query *q = &ENTITY_QUERIES[i];
        camtg_filter f;
        CU_ASSERT_EQUAL_FATAL(camtg_filter_init(&f, CAMTG_FILTER_VERSION), CAMTG_OK);
        f.involving = entity_or_null(q->involving);
        f.actor = entity_or_null(q->actor);
        f.target = entity_or_null(q->target);
        const char *got = query_ids(&f, buf, sizeof buf);
        CAMTG_ASSERT_STR(got, q->ids);
        if (strcmp(got, q->ids) != 0)
            fprintf(stderr, "\n  query %zu: expected \"%s\", got \"%s\"\n", i, q->ids, got);
    }
}

static void test_query_vocab_and_meeting(void)
{
    char buf[128];
    camtg_filter f = CAMTG_FILTER_INIT;
    f.sectors = CAMTG_BIT(CAMTG_SECTOR_SECURITY);
    CAMTG_ASSERT_STR(query_ids(&f, buf, sizeof buf), "c2");
    f.sectors |= CAMTG_BIT(CAMTG_SECTOR_TRADE_INVESTMENT);
    CAMTG_ASSERT_STR(query_ids(&f, buf, sizeof buf), "c1 c2");
    f.kinds = CAMTG_BIT(CAMTG_KIND_PLEDGE);
    CAMTG_ASSERT_STR(query_ids(&f, buf, sizeof buf), "c1");

    camtg_filter_init(&f, CAMTG_FILTER_VERSION);
    f.types = CAMTG_BIT(CAMTG_PLOVER_SUPPORT) | CAMTG_BIT(CAMTG_PLOVER_CONSULT);
    CAMTG_ASSERT_STR(query_ids(&f, buf, sizeof buf), "c2 c3");
    f.meeting = camtg_meeting_at(db, 0);
    CAMTG_ASSERT_STR(query_ids(&f, buf, sizeof buf), "c2 c3");
    f.actor = camtg_entity_lookup(db, "OUTER");
    CAMTG_ASSERT_STR(query_ids(&f, buf, sizeof buf), "c2");

    camtg_filter_init(&f, CAMTG_FILTER_VERSION);
    f.kinds = CAMTG_BIT(CAMTG_KIND_ASSESSMENT);
    CU_ASSERT_EQUAL(camtg_filter_matches(&f, camtg_commitment_at(db, 2)), 1);
    CU_ASSERT_EQUAL(camtg_filter_matches(&f, camtg_commitment_at(db, 0)), 0);
}

static void test_query_misuse(void)
{
    size_t cursor = 0;
    const camtg_commitment *c = (const camtg_commitment *)&cursor;
    camtg_filter f = CAMTG_FILTER_INIT;
    CU_ASSERT_EQUAL(camtg_query_next(NULL, &f, &cursor, &c), CAMTG_EINVAL);
    CU_ASSERT_PTR_NULL(c);
    CU_ASSERT_EQUAL(camtg_query_next(db, &f, NULL, &c), CAMTG_EINVAL);
    CU_ASSERT_EQUAL(camtg_query_next(db, &f, &cursor, NULL), CAMTG_EINVAL);
    f.version = 99;
    CU_ASSERT_EQUAL(camtg_query_next(db, &f, &cursor, &c), CAMTG_EINVAL);
    CU_ASSERT_EQUAL(camtg_filter_matches(&f, camtg_commitment_at(db, 0)), CAMTG_EINVAL);
    camtg_filter_init(&f, CAMTG_FILTER_VERSION);
    f.sectors = CAMTG_BIT(CAMTG_SECTOR_COUNT);
    CU_ASSERT_EQUAL(camtg_query_next(db, &f, &cursor, &c), CAMTG_EINVAL);
    camtg_filter_init(&f, CAMTG_FILTER_VERSION);
    f.types = CAMTG_BIT(CAMTG_PLOVER_COUNT);
    CU_ASSERT_EQUAL(camtg_query_next(db, &f, &cursor, &c), CAMTG_EINVAL);
    camtg_filter_init(&f, CAMTG_FILTER_VERSION);
    f.kinds = CAMTG_BIT(CAMTG_KIND_COUNT);
    CU_ASSERT_EQUAL(camtg_query_next(db, &f, &cursor, &c), CAMTG_EINVAL);
    CU_ASSERT_EQUAL(camtg_filter_init(NULL, CAMTG_FILTER_VERSION), CAMTG_EINVAL);
    CU_ASSERT_EQUAL(camtg_filter_matches(NULL, camtg_commitment_at(db, 0)), CAMTG_EINVAL);
    CU_ASSERT_EQUAL(camtg_filter_matches(&f, NULL), CAMTG_EINVAL);

    /* an entity of another database is refused, not misread */
    camtg_db *other = camtg_test_open_default();
    camtg_filter_init(&f, CAMTG_FILTER_VERSION);
    f.involving = camtg_entity_at(other, 0);
    CU_ASSERT_EQUAL(camtg_query_next(db, &f, &cursor, &c), CAMTG_EINVAL);
    CU_ASSERT_EQUAL(camtg_filter_matches(&f, camtg_commitment_at(db, 0)), CAMTG_EINVAL);
    CU_ASSERT_EQUAL(camtg_entity_in_group(camtg_entity_at(other, 0), camtg_entity_at(db, 5)),
                    CAMTG_EINVAL);
    camtg_close(other);

    /* a finished cursor stays finished */
    cursor = 0;
    camtg_filter_init(&f, CAMTG_FILTER_VERSION);
    while (camtg_query_next(db, &f, &cursor, &c) == CAMTG_OK)
        ;
    CU_ASSERT_EQUAL(camtg_query_next(db, &f, &cursor, &c), CAMTG_ITEROVER);
}

static void test_default_dataset(void)
{
    camtg_db *d = camtg_test_open_default();
    CU_ASSERT(camtg_source_count(d) >= 1);
    CU_ASSERT(camtg_commitment_count(d) >= 1);
    const camtg_entity *k = camtg_entity_lookup(d, "zheenbek kulubaev");
    CU_ASSERT_PTR_NOT_NULL(k);
    CU_ASSERT_EQUAL(camtg_entity_type_of(k), CAMTG_ENTITY_PERSON);
    CU_ASSERT_PTR_EQUAL(camtg_entity_country(k), camtg_entity_lookup(d, "KGZ"));
    CU_ASSERT_EQUAL(camtg_db_verify(d, NULL), CAMTG_OK);
    camtg_close(d);
    CU_ASSERT_EQUAL(camtg_open_default(NULL, NULL), CAMTG_EINVAL);
}

static void test_version(void)
{
    CAMTG_ASSERT_STR(camtg_version(), CAMTG_VERSION_STRING);
    CU_ASSERT_EQUAL(camtg_version_number(), CAMTG_VERSION_NUMBER);
    char expected[32];
    snprintf(expected, sizeof expected, "%d.%d.%d", CAMTG_VERSION_MAJOR, CAMTG_VERSION_MINOR,
             CAMTG_VERSION_PATCH);
    CAMTG_ASSERT_STR(camtg_version(), expected);
}

static void test_strerror(void)
{
    static const int codes[] = {CAMTG_OK, CAMTG_ERROR, CAMTG_EINVAL, CAMTG_ENOMEM,
                                CAMTG_EIO, CAMTG_ESYNTAX, CAMTG_ESCHEMA, CAMTG_EDUPLICATE,
                                CAMTG_EREFERENCE, CAMTG_EVOCAB, CAMTG_EEVIDENCE, CAMTG_ECYCLE,
                                CAMTG_ELIMIT, CAMTG_ENOTFOUND, CAMTG_ITEROVER};
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        CU_ASSERT_STRING_NOT_EQUAL(camtg_strerror(codes[i]), "unknown error");
        CU_ASSERT_PTR_NOT_NULL(camtg_error_code_name(codes[i]));
    }
    CAMTG_ASSERT_STR(camtg_error_code_name(CAMTG_ESYNTAX), "CAMTG_ESYNTAX");
    CAMTG_ASSERT_STR(camtg_strerror(CAMTG_ESYNTAX), "JSON syntax error");
    CAMTG_ASSERT_STR(camtg_strerror(-999), "unknown error");
    CAMTG_ASSERT_STR(camtg_strerror(7), "unknown error");
    CU_ASSERT_PTR_NULL(camtg_error_code_name(-999));
}

static void setup(void)
{
    db = open_minimal();
}

static void teardown(void)
{
    camtg_close(db);
    db = NULL;
    camtg_close(NULL); /* harmless */
}

/* CUnit's suite hooks would hide a failing open; wrap each test instead. */
#define WRAPPED(fn)                                                                            \
    static void fn##_wrapped(void)                                                             \
    {                                                                                          \
        setup();                                                                               \
        fn();                                                                                  \
        teardown();                                                                            \
    }
WRAPPED(test_counts)
WRAPPED(test_source)
WRAPPED(test_entity_fields)
WRAPPED(test_groups)
WRAPPED(test_lookup)
WRAPPED(test_find)
WRAPPED(test_meeting)
WRAPPED(test_commitment_fields)
WRAPPED(test_evidence_offsets)
WRAPPED(test_query_entities)
WRAPPED(test_query_vocab_and_meeting)
WRAPPED(test_query_misuse)

int main(void)
{
    static const camtg_test_case cases[] = {
        {"counts and bounds", test_counts_wrapped},
        {"source fields", test_source_wrapped},
        {"entity fields", test_entity_fields_wrapped},
        {"groups and membership", test_groups_wrapped},
        {"lookup by id, name, alias", test_lookup_wrapped},
        {"find: hits and misses", test_find_wrapped},
        {"membership in a large database", test_in_group_large_database},
        {"meeting fields", test_meeting_wrapped},
        {"commitment fields", test_commitment_fields_wrapped},
        {"evidence offsets", test_evidence_offsets_wrapped},
        {"query by entity", test_query_entities_wrapped},
        {"query by vocabulary and meeting", test_query_vocab_and_meeting_wrapped},
        {"query misuse", test_query_misuse_wrapped},
        {"default dataset", test_default_dataset},
        {"version", test_version},
        {"strerror", test_strerror},
        {NULL, NULL},
    };
    return camtg_test_main("api", cases);
}
