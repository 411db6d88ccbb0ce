/* SPDX-License-Identifier: MIT */
/*
 * Mentions (schema version 2): the C API on the embedded dataset, and the
 * loader's rules on small datasets built to break them one at a time.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testsupport.h"

/* A version 2 dataset with one source, whose text holds multi-byte
 * characters before the names so that code points and bytes differ, and
 * entities whose "mentions" the tests fill in with MENTIONS_* below. */
static char *dataset(const char *china, const char *group, const char *rail)
{
    static const char fmt[] =
        "{\"camtg\": 2,\n"
        " \"sources\": [{\"id\": \"s\", \"title\": \"t\", \"publisher\": \"p\",\n"
        "   \"published\": \"2023-04-27\", \"dateline\": \"d\", \"language\": \"en\",\n"
        "   \"text\": \"\xc2\xab\xce\xb1\xc2\xbb China and Kyrgyzstan. The two sides build the "
        "China-Kyrgyzstan railway.\"}],\n"
        " \"entities\": [\n"
        "  {\"id\": \"CHN\", \"type\": \"country\", \"name\": \"China\", \"mentions\": [%s]},\n"
        "  {\"id\": \"KGZ\", \"type\": \"country\", \"name\": \"Kyrgyzstan\"},\n"
        "  {\"id\": \"G\", \"type\": \"group\", \"name\": \"the two\", \"members\": [\"KGZ\"],"
        " \"mentions\": [%s]},\n"
        "  {\"id\": \"rail\", \"type\": \"project\", \"name\": \"China-Kyrgyzstan railway\","
        " \"mentions\": [%s]}],\n"
        " \"meetings\": [], \"commitments\": []}";
    static char buf[4096];
    snprintf(buf, sizeof buf, fmt, china, group, rail);
    return buf;
}

/* The text is: «α» China and Kyrgyzstan. The two sides build the
 * China-Kyrgyzstan railway.  -- "«α»" is three code points, six bytes. */
#define CHINA_1 "{\"source\": \"s\", \"start\": 4, \"end\": 9, \"text\": \"China\"}"
#define CHINA_2 "{\"source\": \"s\", \"start\": 50, \"end\": 55, \"text\": \"China\"}"
#define SIDES "{\"source\": \"s\", \"start\": 26, \"end\": 39, \"text\": \"The two sides\"}"
#define RAIL "{\"source\": \"s\", \"start\": 50, \"end\": 74, \"text\": \"China-Kyrgyzstan railway\"}"

static void test_loaded_spans(void)
{
    camtg_db *db = camtg_test_expect_load(dataset(CHINA_1 ", " SIDES ", " CHINA_2, SIDES, RAIL));
    if (db == NULL)
        return;
    const camtg_entity *chn = camtg_entity_lookup(db, "CHN");
    CU_ASSERT_EQUAL(camtg_entity_mention_count(chn), 3);
    const camtg_mention *m = camtg_entity_mention(chn, 0);
    CAMTG_ASSERT_STR(camtg_mention_text(m), "China");
    CU_ASSERT_EQUAL(camtg_mention_start(m), 4);
    CU_ASSERT_EQUAL(camtg_mention_end(m), 9);
    CU_ASSERT_EQUAL(camtg_mention_byte_start(m), 7); /* «α» is six bytes, then a space */
    CU_ASSERT_EQUAL(camtg_mention_byte_end(m), 12);
    CU_ASSERT_PTR_EQUAL(camtg_mention_entity(m), chn);
    CU_ASSERT_PTR_EQUAL(camtg_mention_source(m), camtg_source_at(db, 0));
    const char *text = camtg_source_text(camtg_source_at(db, 0));
    for (size_t i = 0; i < camtg_entity_mention_count(chn); i++) {
        m = camtg_entity_mention(chn, i);
        size_t len = (size_t)(camtg_mention_byte_end(m) - camtg_mention_byte_start(m));
        CU_ASSERT_EQUAL(strlen(camtg_mention_text(m)), len);
        CU_ASSERT_EQUAL(memcmp(text + camtg_mention_byte_start(m), camtg_mention_text(m), len), 0);
    }
    /* The group shares "The two sides" with China; the railway holds the
     * second China. */
    CU_ASSERT_EQUAL(camtg_entity_mention_count(camtg_entity_lookup(db, "G")), 1);
    CU_ASSERT_EQUAL(camtg_entity_mention_count(camtg_entity_lookup(db, "KGZ")), 0);
    CU_ASSERT_PTR_NULL(camtg_entity_mention(camtg_entity_lookup(db, "KGZ"), 0));
    camtg_error err;
    CU_ASSERT_EQUAL(camtg_db_verify(db, &err), CAMTG_OK);
    camtg_close(db);
}

static void test_version_1_ignores_mentions(void)
{
    /* In version 1 the key is unknown, so even a broken list is ignored. */
    char *doc = camtg_test_replace(strcpy(malloc(4096), dataset("42", "", "")), "\"camtg\": 2",
                                   "\"camtg\": 1");
    camtg_db *db = camtg_test_expect_load(doc);
    CU_ASSERT_EQUAL(camtg_entity_mention_count(camtg_entity_lookup(db, "CHN")), 0);
    camtg_close(db);
    free(doc);
}

static void test_out_of_range(void)
{
    camtg_test_expect_error(
        dataset("{\"source\": \"s\", \"start\": 74, \"end\": 76, \"text\": \".\"}", "", ""),
        CAMTG_EEVIDENCE, "/entities/0/mentions/0/end",
        "entity \"CHN\": end 76 is past the end of source \"s\" (75 characters)");
    camtg_test_expect_error(
        dataset("{\"source\": \"s\", \"start\": 9, \"end\": 4, \"text\": \"China\"}", "", ""),
        CAMTG_EEVIDENCE, "/entities/0/mentions/0/end", "end 4 must be greater than start 9");
    camtg_test_expect_error(
        dataset(CHINA_1 ", {\"source\": \"s\", \"start\": -1, \"end\": 4, \"text\": \"x\"}", "", ""),
        CAMTG_EEVIDENCE, "/entities/0/mentions/1/start", "offsets cannot be negative");
    camtg_test_expect_error(
        dataset("{\"source\": \"t\", \"start\": 4, \"end\": 9, \"text\": \"China\"}", "", ""),
        CAMTG_EREFERENCE, "/entities/0/mentions/0/source", NULL);
}

static void test_mismatched(void)
{
    /* Byte offsets are not code points: 7..12 in bytes is "na an" here. */
    camtg_test_expect_error(
        dataset("{\"source\": \"s\", \"start\": 7, \"end\": 12, \"text\": \"China\"}", "", ""),
        CAMTG_EEVIDENCE, "/entities/0/mentions/0/text",
        "mention \"China\" differs from the text at [7, 12): \"na an\"");
    camtg_test_expect_error(dataset("\"China\"", "", ""), CAMTG_ESCHEMA,
                            "/entities/0/mentions/0", "a mention must be an object, not a string");
    camtg_test_expect_error(dataset("{\"source\": \"s\", \"start\": 4, \"end\": 9}", "", ""),
                            CAMTG_ESCHEMA, "/entities/0/mentions/0/text",
                            "missing required key \"text\"");
}

static void test_overlapping(void)
{
    /* Crossing spans: "China and" against "and Kyrgyzstan". */
    camtg_test_expect_error(
        dataset("{\"source\": \"s\", \"start\": 4, \"end\": 13, \"text\": \"China and\"}", "",
                "{\"source\": \"s\", \"start\": 10, \"end\": 24, \"text\": \"and Kyrgyzstan\"}"),
        CAMTG_EEVIDENCE, "/entities/3/mentions/0",
        "entity \"rail\": mention [10, 24) crosses the mention [4, 13) of entity \"CHN\"");
    /* One entity's mentions overlapping each other. */
    camtg_test_expect_error(
        dataset(RAIL ", " CHINA_2, "", ""), CAMTG_EEVIDENCE, "/entities/0/mentions/1",
        "entity \"CHN\": mention [50, 55) overlaps the mention [50, 74) of entity \"CHN\"");
    /* The same phrase for two entities, neither a group. */
    camtg_test_expect_error(dataset(RAIL, "", RAIL), CAMTG_EEVIDENCE, "/entities/3/mentions/0",
                            "is the same phrase as the mention [50, 74) of entity \"CHN\", and "
                            "neither entity is a group");
    /* Nested names and a phrase shared with a group are fine. */
    camtg_db *db = camtg_test_expect_load(dataset(CHINA_2 ", " SIDES, SIDES, RAIL));
    camtg_close(db);
}

static void test_default_dataset(void)
{
    camtg_db *db = camtg_test_open_default();
    if (db == NULL)
        return;
    /* Every entity of the article is mentioned in it. */
    for (size_t i = 0; i < camtg_entity_count(db); i++) {
        const camtg_entity *e = camtg_entity_at(db, i);
        if (camtg_entity_mention_count(e) == 0)
            printf("\n  %s has no mention", camtg_entity_id(e));
        CU_ASSERT(camtg_entity_mention_count(e) > 0);
        for (size_t k = 0; k < camtg_entity_mention_count(e); k++)
            CU_ASSERT_PTR_EQUAL(camtg_mention_entity(camtg_entity_mention(e, k)), e);
    }
    /* The two sides are China and the Central Asian countries. */
    const camtg_entity *chn = camtg_entity_lookup(db, "China");
    const camtg_entity *c5 = camtg_entity_lookup(db, "Central Asian countries");
    int shared = 0;
    for (size_t i = 0; i < camtg_entity_mention_count(chn); i++)
        for (size_t k = 0; k < camtg_entity_mention_count(c5); k++) {
            const camtg_mention *a = camtg_entity_mention(chn, i), *b = camtg_entity_mention(c5, k);
            if (camtg_mention_start(a) == camtg_mention_start(b) &&
                camtg_mention_end(a) == camtg_mention_end(b)) {
                CAMTG_ASSERT_STR(camtg_mention_text(a), "The two sides");
                shared++;
            }
        }
    CU_ASSERT_EQUAL(shared, 1);
    camtg_close(db);
}

int main(void)
{
    static const camtg_test_case cases[] = {
        {"offsets, bytes and text of loaded mentions", test_loaded_spans},
        {"version 1 ignores mentions", test_version_1_ignores_mentions},
        {"out-of-range mentions are refused", test_out_of_range},
        {"mismatched mentions are refused", test_mismatched},
        {"crossing and overlapping mentions are refused", test_overlapping},
        {"the default dataset mentions every entity", test_default_dataset},
        {NULL, NULL},
    };
    return camtg_test_main("mentions", cases);
}
