/* SPDX-License-Identifier: MIT */
/* The query API over the base document (tests/hostile/base.json, the one
 * the hostile cases edit): every accessor, lookup rules, the filter and the
 * cursor query. tests/c/test_lookup_unicode.c has the Unicode lookups. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testsupport.h"

static camtg_db *db;

static const camtg_entity *entity(const char *id)
{
    const camtg_entity *e = camtg_entity_lookup(db, id);
    CU_ASSERT_PTR_NOT_NULL(e); /* a typo must not pass as "no entity" */
    return e;
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
    CU_ASSERT_EQUAL(camtg_source_count(db), 2);
    CU_ASSERT_EQUAL(camtg_entity_count(db), 15);
    CU_ASSERT_EQUAL(camtg_meeting_count(db), 2);
    CU_ASSERT_EQUAL(camtg_commitment_count(db), 3);
    CU_ASSERT_PTR_NULL(camtg_source_at(db, 2));
    CU_ASSERT_PTR_NULL(camtg_entity_at(db, 15));
    CU_ASSERT_PTR_NULL(camtg_meeting_at(db, 2));
    CU_ASSERT_PTR_NULL(camtg_commitment_at(db, 3));
}

static void test_source(void)
{
    const camtg_source *s = camtg_source_at(db, 0);
    CU_ASSERT_PTR_EQUAL(camtg_source_lookup(db, "src-1"), s);
    CU_ASSERT_PTR_NULL(camtg_source_lookup(db, "SRC-1"));
    CU_ASSERT_PTR_NULL(camtg_source_lookup(db, "KAZ")); /* an entity, not a source */
    CAMTG_ASSERT_STR(camtg_source_id(s), "src-1");
    CAMTG_ASSERT_STR(camtg_source_title(s), "Test talks");
    CAMTG_ASSERT_STR(camtg_source_publisher(s), "Test Agency");
    CAMTG_ASSERT_STR(camtg_source_published(s), "2023-04-27");
    CAMTG_ASSERT_STR(camtg_source_dateline(s), "XI'AN, April 26");
    CAMTG_ASSERT_STR(camtg_source_language(s), "en");
    CAMTG_ASSERT_STR(camtg_source_url(s), "https://example.invalid/a");
    CU_ASSERT_EQUAL(strncmp(camtg_source_text(s), "XI'AN, April 26 \xe2\x80\x94", 19), 0);
    CU_ASSERT_EQUAL(camtg_source_text_bytes(s), strlen(camtg_source_text(s)));
    /* An em dash, a typographic apostrophe and two en dashes (3 bytes each)
     * and an e grave (2 bytes) make the byte length exceed the code point
     * count by 2 + 2 + 4 + 1 = 9. */
    CU_ASSERT_EQUAL(camtg_source_text_chars(s), 326);
    CU_ASSERT_EQUAL(camtg_source_text_bytes(s), 326 + 9);
    CU_ASSERT_EQUAL(camtg_source_index(s), 0);

    const camtg_source *second = camtg_source_at(db, 1);
    CU_ASSERT_PTR_NULL(camtg_source_url(second)); /* optional, and absent */
    CAMTG_ASSERT_STR(camtg_source_text(second), "Short text.");
    CU_ASSERT_EQUAL(camtg_source_text_chars(second), camtg_source_text_bytes(second));
    CU_ASSERT_EQUAL(camtg_source_index(second), 1);
}

static void test_entity_fields(void)
{
    const camtg_entity *chn = camtg_entity_at(db, 0);
    CAMTG_ASSERT_STR(camtg_entity_id(chn), "CHN");
    CAMTG_ASSERT_STR(camtg_entity_name(chn), "China");
    CU_ASSERT_EQUAL(camtg_entity_type_of(chn), CAMTG_ENTITY_COUNTRY);
    CAMTG_ASSERT_STR(camtg_entity_wikidata(chn), "Q148");
    CAMTG_ASSERT_STR(camtg_entity_description(chn), "A country.");
    CU_ASSERT_EQUAL(camtg_entity_alias_count(chn), 2);
    CAMTG_ASSERT_STR(camtg_entity_alias(chn, 0), "PRC");
    CAMTG_ASSERT_STR(camtg_entity_alias(chn, 1), "People's Republic of China");
    CU_ASSERT_PTR_NULL(camtg_entity_alias(chn, 2));
    CU_ASSERT_EQUAL(camtg_entity_index(chn), 0);
    /* fields of other types read as absent */
    CU_ASSERT_PTR_NULL(camtg_entity_country(chn));
    CU_ASSERT_EQUAL(camtg_entity_position_count(chn), 0);
    CU_ASSERT_PTR_NULL(camtg_entity_within(chn));
    CU_ASSERT_EQUAL(camtg_entity_member_count(chn), 0);
    CU_ASSERT_PTR_NULL(camtg_entity_date(chn));
    CU_ASSERT_PTR_NULL(camtg_entity_place(chn));

    const camtg_entity *kaz = entity("KAZ");
    CU_ASSERT_PTR_NULL(camtg_entity_description(kaz));
    CU_ASSERT_PTR_NULL(camtg_entity_wikidata(kaz));
    CU_ASSERT_EQUAL(camtg_entity_alias_count(kaz), 0);

    const camtg_entity *qin = entity("qin-gang");
    CU_ASSERT_EQUAL(camtg_entity_type_of(qin), CAMTG_ENTITY_PERSON);
    CU_ASSERT_PTR_EQUAL(camtg_entity_country(qin), chn);
    CU_ASSERT_EQUAL(camtg_entity_position_count(qin), 2);
    CAMTG_ASSERT_STR(camtg_entity_position(qin, 0), "State Councilor");
    CAMTG_ASSERT_STR(camtg_entity_position(qin, 1), "Foreign Minister");
    CU_ASSERT_PTR_NULL(camtg_entity_position(qin, 2));

    const camtg_entity *xian = entity("xian");
    const camtg_entity *shaanxi = entity("shaanxi");
    CU_ASSERT_EQUAL(camtg_entity_type_of(xian), CAMTG_ENTITY_PLACE);
    CU_ASSERT_PTR_EQUAL(camtg_entity_within(xian), shaanxi);
    CU_ASSERT_PTR_EQUAL(camtg_entity_within(shaanxi), chn);

    const camtg_entity *ev = entity("fm-meeting-4");
    CU_ASSERT_EQUAL(camtg_entity_type_of(ev), CAMTG_ENTITY_EVENT);
    CAMTG_ASSERT_STR(camtg_entity_date(ev), "2023-04-27");
    CU_ASSERT_PTR_EQUAL(camtg_entity_place(ev), xian);
    /* an event without its optional date and place */
    const camtg_entity *summit = entity("summit");
    CU_ASSERT_EQUAL(camtg_entity_type_of(summit), CAMTG_ENTITY_EVENT);
    CU_ASSERT_PTR_NULL(camtg_entity_date(summit));
    CU_ASSERT_PTR_NULL(camtg_entity_place(summit));
}

static void test_groups(void)
{
    const camtg_entity *chn = entity("CHN");
    const camtg_entity *kaz = entity("KAZ");
    const camtg_entity *kgz = entity("KGZ");
    const camtg_entity *inner = entity("central-asia");
    const camtg_entity *outer = entity("c-plus-c5");
    CU_ASSERT_EQUAL(camtg_entity_member_count(inner), 2);
    CU_ASSERT_PTR_EQUAL(camtg_entity_member(inner, 0), kaz);
    CU_ASSERT_PTR_EQUAL(camtg_entity_member(inner, 1), kgz);
    CU_ASSERT_PTR_NULL(camtg_entity_member(inner, 2));
    CU_ASSERT_EQUAL(camtg_entity_group_count(kaz), 1);
    CU_ASSERT_PTR_EQUAL(camtg_entity_group(kaz, 0), inner);
    CU_ASSERT_PTR_NULL(camtg_entity_group(kaz, 1));
    CU_ASSERT_EQUAL(camtg_entity_group_count(inner), 1);
    CU_ASSERT_PTR_EQUAL(camtg_entity_group(inner, 0), outer);
    CU_ASSERT_EQUAL(camtg_entity_group_count(outer), 0);
    CU_ASSERT_EQUAL(camtg_entity_group_count(chn), 1); /* directly in the outer group */
    CU_ASSERT_EQUAL(camtg_entity_in_group(kaz, inner), 1);
    CU_ASSERT_EQUAL(camtg_entity_in_group(kaz, outer), 1);
    CU_ASSERT_EQUAL(camtg_entity_in_group(kaz, kaz), 1);
    CU_ASSERT_EQUAL(camtg_entity_in_group(chn, inner), 0);
    CU_ASSERT_EQUAL(camtg_entity_in_group(outer, kaz), 0);
    CU_ASSERT_EQUAL(camtg_entity_in_group(entity("cku-railway"), inner), 0);
}

/* By id, name or alias, ignoring case; test_lookup_unicode.c has the other
 * scripts, normal forms and the priority between id, name and alias. */
static void test_lookup(void)
{
    const camtg_entity *chn = camtg_entity_at(db, 0);
    CU_ASSERT_PTR_EQUAL(camtg_entity_lookup(db, "CHN"), chn);
    CU_ASSERT_PTR_EQUAL(camtg_entity_lookup(db, "chn"), chn);
    CU_ASSERT_PTR_EQUAL(camtg_entity_lookup(db, "china"), chn);
    CU_ASSERT_PTR_EQUAL(camtg_entity_lookup(db, "CHINA"), chn);
    CU_ASSERT_PTR_EQUAL(camtg_entity_lookup(db, "people's republic of china"), chn);
    CU_ASSERT_PTR_EQUAL(camtg_entity_lookup(db, "prc"), chn);
    CAMTG_ASSERT_STR(camtg_entity_id(camtg_entity_lookup(db, "XI'AN")), "xian");
    CAMTG_ASSERT_STR(camtg_entity_id(camtg_entity_lookup(db, "Gang Qin")), "qin-gang");
    CU_ASSERT_PTR_NULL(camtg_entity_lookup(db, "Chin"));
    CU_ASSERT_PTR_NULL(camtg_entity_lookup(db, " China"));
    CU_ASSERT_PTR_NULL(camtg_entity_lookup(db, ""));
    CU_ASSERT_PTR_NULL(camtg_entity_lookup(db, "src-1")); /* a source id */
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
    CU_ASSERT_EQUAL(camtg_entity_find(db, "people's republic of china", &e, &err), CAMTG_OK);
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
    CU_ASSERT_EQUAL(camtg_meeting_find(db, "m-1", &m, &err), CAMTG_OK);
    CU_ASSERT_PTR_EQUAL(m, camtg_meeting_at(db, 0));
    CU_ASSERT_EQUAL(camtg_meeting_find(db, "M-1", &m, &err), CAMTG_ENOTFOUND); /* ids are exact */
    CU_ASSERT_PTR_NULL(m);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "meeting"));
    const camtg_commitment *c = NULL;
    CU_ASSERT_EQUAL(camtg_commitment_find(db, "c-2", &c, &err), CAMTG_OK);
    CAMTG_ASSERT_STR(camtg_commitment_id(c), "c-2");
    CU_ASSERT_EQUAL(camtg_commitment_find(db, "m-1", &c, &err), CAMTG_ENOTFOUND); /* a meeting id */
    CU_ASSERT_PTR_NULL(c);
    const camtg_source *src = NULL;
    CU_ASSERT_EQUAL(camtg_source_find(db, "src-1", &src, NULL), CAMTG_OK);
    CU_ASSERT_PTR_EQUAL(src, camtg_source_at(db, 0));
    CU_ASSERT_EQUAL(camtg_source_find(db, "c-1", &src, NULL), CAMTG_ENOTFOUND);
}

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
    CU_ASSERT_PTR_EQUAL(camtg_meeting_lookup(db, "m-1"), m);
    CU_ASSERT_PTR_NULL(camtg_meeting_lookup(db, "c-1"));
    CAMTG_ASSERT_STR(camtg_meeting_id(m), "m-1");
    CAMTG_ASSERT_STR(camtg_meeting_title(m), "Qin Gang meets Murat Nurtleu");
    CAMTG_ASSERT_STR(camtg_meeting_date(m), "2023-04-26");
    CAMTG_ASSERT_STR(camtg_meeting_format(m), "separate talks");
    CU_ASSERT_PTR_EQUAL(camtg_meeting_place(m), entity("xian"));
    CU_ASSERT_PTR_EQUAL(camtg_meeting_host(m), entity("qin-gang"));
    CU_ASSERT_PTR_EQUAL(camtg_meeting_context(m), entity("fm-meeting-4"));
    CU_ASSERT_PTR_EQUAL(camtg_meeting_source(m), camtg_source_at(db, 0));
    CU_ASSERT_EQUAL(camtg_meeting_participant_count(m), 2);
    CU_ASSERT_PTR_EQUAL(camtg_meeting_participant(m, 0), entity("qin-gang"));
    CU_ASSERT_PTR_EQUAL(camtg_meeting_participant(m, 1), entity("nurtleu"));
    CU_ASSERT_PTR_NULL(camtg_meeting_participant(m, 2));
    CU_ASSERT_EQUAL(camtg_meeting_commitment_count(m), 3);
    CU_ASSERT_EQUAL(camtg_meeting_index(m), 0);

    const camtg_meeting *second = camtg_meeting_at(db, 1);
    CU_ASSERT_PTR_NULL(camtg_meeting_context(second)); /* optional, and absent */
    CU_ASSERT_EQUAL(camtg_meeting_participant_count(second), 0);
    CU_ASSERT_EQUAL(camtg_meeting_commitment_count(second), 0);
    CU_ASSERT_PTR_EQUAL(camtg_meeting_source(second), camtg_source_at(db, 1));
}

static void test_commitment_fields(void)
{
    const camtg_commitment *c = camtg_commitment_at(db, 0);
    CU_ASSERT_PTR_EQUAL(camtg_commitment_lookup(db, "c-1"), c);
    CU_ASSERT_PTR_NULL(camtg_commitment_lookup(db, "m-1"));
    CAMTG_ASSERT_STR(camtg_commitment_id(c), "c-1");
    CU_ASSERT_PTR_EQUAL(camtg_commitment_meeting(c), camtg_meeting_at(db, 0));
    CU_ASSERT_EQUAL(camtg_commitment_kind(c), CAMTG_KIND_PLEDGE);
    CU_ASSERT_EQUAL(camtg_commitment_type(c), CAMTG_PLOVER_SUPPORT);
    CAMTG_ASSERT_STR(camtg_commitment_cameo(c), "051");
    CAMTG_ASSERT_STR(camtg_commitment_verb(c), "support");
    CAMTG_ASSERT_STR(camtg_commitment_summary(c), "China supports Central Asian sovereignty.");
    CU_ASSERT_EQUAL(camtg_commitment_status(c), CAMTG_STATUS_PLEDGED);
    CU_ASSERT_EQUAL(camtg_commitment_actor_count(c), 1);
    CAMTG_ASSERT_STR(camtg_entity_id(camtg_commitment_actor(c, 0)), "CHN");
    CU_ASSERT_PTR_NULL(camtg_commitment_actor(c, 1));
    CU_ASSERT_EQUAL(camtg_commitment_target_count(c), 1);
    CAMTG_ASSERT_STR(camtg_entity_id(camtg_commitment_target(c, 0)), "central-asia");
    CU_ASSERT_PTR_NULL(camtg_commitment_target(c, 1));
    CU_ASSERT_EQUAL(camtg_commitment_object_count(c), 1);
    CAMTG_ASSERT_STR(camtg_entity_id(camtg_commitment_object(c, 0)), "sovereignty");
    CU_ASSERT_PTR_NULL(camtg_commitment_object(c, 1));
    CU_ASSERT_EQUAL(camtg_commitment_sector_count(c), 2);
    CU_ASSERT_EQUAL(camtg_commitment_sector(c, 0), CAMTG_SECTOR_SOVEREIGNTY);
    CU_ASSERT_EQUAL(camtg_commitment_sector(c, 1), CAMTG_SECTOR_SECURITY);
    CU_ASSERT_EQUAL(camtg_commitment_sector(c, 2), CAMTG_SECTOR_INVALID);
    CU_ASSERT_EQUAL(camtg_commitment_sector_mask(c), CAMTG_BIT(CAMTG_SECTOR_SOVEREIGNTY) |
                                                         CAMTG_BIT(CAMTG_SECTOR_SECURITY));
    CU_ASSERT_EQUAL(camtg_commitment_index(c), 0);

    const camtg_commitment *c2 = camtg_commitment_lookup(db, "c-2");
    CU_ASSERT_PTR_NULL(camtg_commitment_cameo(c2));
    CU_ASSERT_EQUAL(camtg_commitment_status(c2), CAMTG_STATUS_IN_PROGRESS);
    CU_ASSERT_EQUAL(camtg_commitment_target_count(c2), 0);
    CU_ASSERT_EQUAL(camtg_commitment_object_count(c2), 2);
    CU_ASSERT_EQUAL(camtg_commitment_kind(camtg_commitment_lookup(db, "c-3")),
                    CAMTG_KIND_ASSESSMENT);
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
    /* c-1 starts after the em dash and the typographic apostrophe (3 bytes
     * each): code points 69..157, bytes 73..161. c-2's quote holds two en
     * dashes, 4 bytes more than its code points. */
    const camtg_commitment *c1 = camtg_commitment_at(db, 0);
    CU_ASSERT_EQUAL(camtg_commitment_start(c1), 69);
    CU_ASSERT_EQUAL(camtg_commitment_end(c1), 157);
    CU_ASSERT_EQUAL(camtg_commitment_byte_start(c1), 73);
    CU_ASSERT_EQUAL(camtg_commitment_byte_end(c1), 161);
    const camtg_commitment *c2 = camtg_commitment_at(db, 1);
    CU_ASSERT_EQUAL(camtg_commitment_byte_end(c2) - camtg_commitment_byte_start(c2),
                    camtg_commitment_end(c2) - camtg_commitment_start(c2) + 4);
    const camtg_commitment *c3 = camtg_commitment_at(db, 2);
    /* c-3 ends just before the final full stop */
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
    { NULL, NULL, NULL, "c-1 c-2 c-3" },
    /* c-1's target and c-3's actor are groups KAZ belongs to (c-3's through
     * the group inside the group) */
    { "KAZ", NULL, NULL, "c-1 c-2 c-3" },
    { "central-asia", NULL, NULL, "c-1 c-3" },
    { "cku-railway", NULL, NULL, "" }, /* an object is not involved */
    { NULL, "KAZ", NULL, "c-2 c-3" },
    { NULL, "CHN", NULL, "c-1 c-2 c-3" },
    { NULL, "CHN", "KAZ", "c-1" },
    { NULL, NULL, "central-asia", "c-1" },
    { NULL, NULL, "sco", "c-3" },
    { NULL, NULL, "qin-gang", "" },
};

static const camtg_entity *entity_or_null(const char *id)
{
    return id != NULL ? entity(id) : NULL;
}

static void test_query_entities(void)
{
    char buf[128];
    CAMTG_ASSERT_STR(query_ids(NULL, buf, sizeof buf), "c-1 c-2 c-3");
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
    CAMTG_ASSERT_STR(query_ids(&f, buf, sizeof buf), "c-1");
    f.sectors |= CAMTG_BIT(CAMTG_SECTOR_TRADE_INVESTMENT);
    CAMTG_ASSERT_STR(query_ids(&f, buf, sizeof buf), "c-1 c-2");
    f.kinds = CAMTG_BIT(CAMTG_KIND_ASSESSMENT);
    CAMTG_ASSERT_STR(query_ids(&f, buf, sizeof buf), "");
    f.kinds |= CAMTG_BIT(CAMTG_KIND_PLEDGE);
    CAMTG_ASSERT_STR(query_ids(&f, buf, sizeof buf), "c-1 c-2");

    camtg_filter_init(&f, CAMTG_FILTER_VERSION);
    f.types = CAMTG_BIT(CAMTG_PLOVER_SUPPORT) | CAMTG_BIT(CAMTG_PLOVER_AGREE);
    CAMTG_ASSERT_STR(query_ids(&f, buf, sizeof buf), "c-1 c-3");
    f.meeting = camtg_meeting_at(db, 0);
    CAMTG_ASSERT_STR(query_ids(&f, buf, sizeof buf), "c-1 c-3");
    f.actor = entity("c-plus-c5");
    CAMTG_ASSERT_STR(query_ids(&f, buf, sizeof buf), "c-3");
    f.actor = NULL;
    f.meeting = camtg_meeting_at(db, 1); /* a meeting with no commitments */
    CAMTG_ASSERT_STR(query_ids(&f, buf, sizeof buf), "");

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
    db = camtg_test_open_file(CAMTG_TEST_BASE);
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
