/* SPDX-License-Identifier: MIT */
/* One test per rule of the loader: each edits the valid minimal dataset to
 * break exactly that rule and checks the status code, the JSON Pointer and
 * the words of the message that name the value at fault. */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "testsupport.h"

/* Applies one edit to minimal.json and expects the load to fail so. */
static void expect_edit(const char *from, const char *to, int code, const char *path,
                        const char *message_part)
{
    char *text = camtg_test_replace(camtg_test_minimal_dataset(), from, to);
    camtg_test_expect_error(text, code, path, message_part);
    free(text);
}

static void test_minimal_loads(void)
{
    char *text = camtg_test_minimal_dataset();
    camtg_db *db = camtg_test_expect_load(text);
    CU_ASSERT_PTR_NOT_NULL(db);
    camtg_close(db);
    free(text);
}

static void test_syntax(void)
{
    camtg_db *db = (camtg_db *)&db;
    camtg_error err;
    CU_ASSERT_EQUAL(camtg_open_buffer(&db, "", 0, &err), CAMTG_ESYNTAX);
    CU_ASSERT_PTR_NULL(db);
    CU_ASSERT_EQUAL(err.line, 1);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "empty"));

    CU_ASSERT_EQUAL(camtg_open_buffer(&db, "{\"camtg\": 1,\n \"sources\": [", 26, &err),
                    CAMTG_ESYNTAX);
    CU_ASSERT_EQUAL(err.line, 2);
    CU_ASSERT(err.column > 0);
    CU_ASSERT(err.offset > 0);
    CAMTG_ASSERT_STR(err.path, "");
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "invalid JSON: "));
    CU_ASSERT_PTR_NULL(strstr(err.message, "line")); /* the position is in the fields */

    const char *dup = "{\"camtg\": 1, \"camtg\": 1}";
    CU_ASSERT_EQUAL(camtg_open_buffer(&db, dup, strlen(dup), &err), CAMTG_ESYNTAX);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "duplicate"));
    CU_ASSERT_EQUAL(err.line, 1);

    /* raw NUL bytes, which Jansson would skip between tokens */
    const char nul[] = "{\"camtg\": 1\0, \"x\": 2}";
    CU_ASSERT_EQUAL(camtg_open_buffer(&db, nul, sizeof nul - 1, &err), CAMTG_ESYNTAX);
    CU_ASSERT_EQUAL(err.line, 1);
    CU_ASSERT_EQUAL(err.column, 12);
    CU_ASSERT_EQUAL(err.offset, 12); /* just past the NUL */
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "NUL byte"));
    const char *escaped_nul = "{\"camtg\": \"a\\u0000b\"}";
    CU_ASSERT_EQUAL(camtg_open_buffer(&db, escaped_nul, strlen(escaped_nul), &err), CAMTG_ESYNTAX);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "\\u0000"));

    /* invalid UTF-8 */
    const char *bad = "{\"camtg\": \"\xff\"}";
    CU_ASSERT_EQUAL(camtg_open_buffer(&db, bad, strlen(bad), &err), CAMTG_ESYNTAX);
    CU_ASSERT_PTR_NULL(db);
}

static void test_top_level(void)
{
    camtg_test_expect_error("[1, 2]", CAMTG_ESCHEMA, "", "top level must be an object");
    camtg_test_expect_error("{}", CAMTG_ESCHEMA, "/camtg", "missing required key \"camtg\"");
    expect_edit("\"camtg\": 1", "\"camtg\": 3", CAMTG_ESCHEMA, "/camtg",
                "unsupported schema version 3");
    expect_edit("\"camtg\": 1", "\"camtg\": \"1\"", CAMTG_ESCHEMA, "/camtg",
                "must be the integer 1, not a string");
    expect_edit("\"sources\"", "\"Sources\"", CAMTG_ESCHEMA, "/sources",
                "missing required key \"sources\"");
    expect_edit("\"entities\": [", "\"entities\": {\"x\": [", CAMTG_ESYNTAX, NULL, NULL);
    expect_edit("\"meetings\": [", "\"meetings\": 7, \"m\": [", CAMTG_ESCHEMA, "/meetings",
                "\"meetings\" must be an array, not an integer");
}

static void test_unknown_keys_ignored(void)
{
    char *text = camtg_test_replace(camtg_test_minimal_dataset(), "\"camtg\": 1,",
                                    "\"camtg\": 1, \"future\": {\"x\": [1]},");
    text = camtg_test_replace(text, "\"id\": \"KAZ\",", "\"id\": \"KAZ\", \"flag\": \"blue\",");
    camtg_db *db = camtg_test_expect_load(text);
    CU_ASSERT_PTR_NOT_NULL(camtg_entity_lookup(db, "KAZ"));
    camtg_close(db);
    free(text);
}

static void test_records_and_ids(void)
{
    expect_edit("\"entities\": [", "\"entities\": [ 42,", CAMTG_ESCHEMA, "/entities/0",
                "each entity must be an object, not an integer");
    expect_edit("\"id\": \"KAZ\",", "", CAMTG_ESCHEMA, "/entities/0/id",
                "missing required key \"id\"");
    expect_edit("\"id\": \"KAZ\"", "\"id\": [\"KAZ\"]", CAMTG_ESCHEMA, "/entities/0/id",
                "id must be a string, not an array");
    expect_edit("\"id\": \"UZB\"", "\"id\": \"U Z\"", CAMTG_ESCHEMA, "/entities/1/id",
                "id \"U Z\" has a character outside [A-Za-z0-9._-]");
    expect_edit("\"id\": \"UZB\"", "\"id\": \"UZB/2\"", CAMTG_ESCHEMA, "/entities/1/id",
                "\"UZB/2\"");
    expect_edit("\"id\": \"UZB\"", "\"id\": \"\"", CAMTG_ESCHEMA, "/entities/1/id",
                "must not be empty");
    expect_edit("\"id\": \"UZB\"", "\"id\": \"s1\"", CAMTG_EDUPLICATE, "/entities/1/id",
                "id \"s1\" is already defined at /sources/0");
    expect_edit("\"id\": \"c2\"", "\"id\": \"KAZ\"", CAMTG_EDUPLICATE, "/commitments/1/id",
                "already defined at /entities/0");
}

static void test_field_types(void)
{
    expect_edit("\"name\": \"Kazakhstan\"", "\"name\": 7", CAMTG_ESCHEMA, "/entities/0/name",
                "entity \"KAZ\": name must be a string, not an integer");
    expect_edit("\"name\": \"Kazakhstan\"", "\"name\": \"\"", CAMTG_ESCHEMA, "/entities/0/name",
                "name must not be empty");
    expect_edit("\"name\": \"Kazakhstan\",", "", CAMTG_ESCHEMA, "/entities/0/name",
                "missing required key \"name\"");
    expect_edit("\"aliases\": [", "\"aliases\": [null,", CAMTG_ESCHEMA, "/entities/0/aliases/0",
                "each item of \"aliases\" must be a string, not null");
    expect_edit("\"aliases\": [", "\"aliases\": {\"a\": [", CAMTG_ESYNTAX, NULL, NULL);
    expect_edit("\"title\": \"Test talks\"", "\"title\": true", CAMTG_ESCHEMA, "/sources/0/title",
                "source \"s1\": title must be a string, not a boolean");
    expect_edit("\"text\": \"", "\"text\": 1.5, \"x\": \"", CAMTG_ESCHEMA, "/sources/0/text",
                "text must be a string, not a number");
    expect_edit("\"format\": \"talks\"", "\"format\": {}", CAMTG_ESCHEMA, "/meetings/0/format",
                "meeting \"m1\": format must be a string, not an object");
    expect_edit("\"verb\": \"build\"", "\"verb\": null", CAMTG_ESCHEMA, "/commitments/0/verb",
                "commitment \"c1\": verb must be a string, not null");
    expect_edit("\"evidence\": {", "\"evidence\": [], \"e\": {", CAMTG_ESCHEMA,
                "/commitments/0/evidence", "\"evidence\" must be an object, not an array");
    expect_edit("\"start\": 45", "\"start\": \"45\"", CAMTG_ESCHEMA,
                "/commitments/0/evidence/start", "\"start\" must be an integer, not a string");
    expect_edit("\"positions\": [", "\"positions\": \"Doctor\", \"p\": [", CAMTG_ESCHEMA,
                "/entities/2/positions", "\"positions\" must be an array, not a string");
}

static void test_type_specific_required(void)
{
    expect_edit("\"country\": \"KAZ\",", "", CAMTG_ESCHEMA, "/entities/2/country",
                "entity \"zoe\": missing required key \"country\"");
    expect_edit("\"members\": [", "\"membersx\": [", CAMTG_ESCHEMA, "/entities/5/members",
                "entity \"C2\": missing required key \"members\"");
    expect_edit("\"members\": [\n    \"KAZ\",\n    \"UZB\"\n   ]", "\"members\": []",
                CAMTG_ESCHEMA, "/entities/5/members", "must list at least one entity");
    expect_edit("\"members\": [", "\"members\": [\"UZB\",", CAMTG_ESCHEMA,
                "/entities/5/members/2", "\"members\" lists \"UZB\" twice");
    expect_edit("\"wikidata\": \"Q232\"", "\"wikidata\": \"232\"", CAMTG_ESCHEMA,
                "/entities/0/wikidata", "wikidata \"232\" is not a Wikidata item id");
    expect_edit("\"cameo\": \"036\"", "\"cameo\": \"36a\"", CAMTG_ESCHEMA, "/commitments/0/cameo",
                "cameo \"36a\" is not a CAMEO code");
}

static void test_references(void)
{
    expect_edit("\"country\": \"KAZ\"", "\"country\": \"KAX\"", CAMTG_EREFERENCE,
                "/entities/2/country", "entity \"zoe\": country \"KAX\" is not defined");
    expect_edit("\"country\": \"KAZ\"", "\"country\": \"almaty\"", CAMTG_EREFERENCE,
                "/entities/2/country", "country \"almaty\" is a place, not a country");
    expect_edit("\"within\": \"ala-region\"", "\"within\": \"nowhere\"", CAMTG_EREFERENCE,
                "/entities/3/within", "within \"nowhere\" is not defined");
    expect_edit("\"within\": \"ala-region\"", "\"within\": \"rail\"", CAMTG_EREFERENCE,
                "/entities/3/within", "within \"rail\" is a project, not a country or place");
    expect_edit("\"within\": \"ala-region\"", "\"within\": \"init\"", CAMTG_EREFERENCE,
                "/entities/3/within", "within \"init\" is an initiative, not a country or place");
    expect_edit("\"members\": [", "\"members\": [\"XX\",", CAMTG_EREFERENCE,
                "/entities/5/members/0", "entity \"C2\": members \"XX\" is not defined");
    expect_edit("\"place\": \"almaty\"\n", "\"place\": \"m1\"\n", CAMTG_EREFERENCE,
                "/entities/10/place", "place \"m1\" is a meeting, not an entity");
    expect_edit("\"place\": \"almaty\",", "\"place\": \"nowhere\",", CAMTG_EREFERENCE,
                "/meetings/0/place", "meeting \"m1\": place \"nowhere\" is not defined");
    expect_edit("\"host\": \"KAZ\"", "\"host\": \"KAZZ\"", CAMTG_EREFERENCE, "/meetings/0/host",
                "host \"KAZZ\" is not defined");
    expect_edit("\"participants\": [", "\"participants\": [\"c1\",", CAMTG_EREFERENCE,
                "/meetings/0/participants/0", "participants \"c1\" is a commitment, not an entity");
    expect_edit("\"source\": \"s1\",\n   \"context\"", "\"source\": \"KAZ\",\n   \"context\"",
                CAMTG_EREFERENCE, "/meetings/0/source", "source \"KAZ\" is an entity, not a source");
    expect_edit("\"context\": \"ev\"", "\"context\": \"evx\"", CAMTG_EREFERENCE,
                "/meetings/0/context", "context \"evx\" is not defined");
    expect_edit("\"meeting\": \"m1\"", "\"meeting\": \"m2\"", CAMTG_EREFERENCE,
                "/commitments/0/meeting", "commitment \"c1\": meeting \"m2\" is not defined");
    expect_edit("\"actors\": [\n    \"KAZ\"", "\"actors\": [\n    \"KAZ\", \"Q\"", CAMTG_EREFERENCE,
                "/commitments/0/actors/1", "actors \"Q\" is not defined");
    expect_edit("\"targets\": [\n    \"UZB\"", "\"targets\": [\n    \"s1\"", CAMTG_EREFERENCE,
                "/commitments/0/targets/0", "targets \"s1\" is a source, not an entity");
    expect_edit("\"objects\": [\n    \"rail\"", "\"objects\": [\n    \"railway\"",
                CAMTG_EREFERENCE, "/commitments/0/objects/0", "objects \"railway\" is not defined");
    expect_edit("\"source\": \"s1\",\n    \"start\": 45", "\"source\": \"s2\",\n    \"start\": 45",
                CAMTG_EREFERENCE, "/commitments/0/evidence/source", "source \"s2\" is not defined");
    expect_edit("\"actors\": [\n    \"KAZ\"\n   ]", "\"actors\": []", CAMTG_ESCHEMA,
                "/commitments/0/actors", "\"actors\" must list at least one entity");
    expect_edit("\"actors\": [\n    \"KAZ\"", "\"actors\": [\n    \"KAZ\", \"KAZ\"", CAMTG_ESCHEMA,
                "/commitments/0/actors/1", "\"actors\" lists \"KAZ\" twice");
}

static void test_vocabularies(void)
{
    expect_edit("\"type\": \"country\"", "\"type\": \"nation\"", CAMTG_EVOCAB,
                "/entities/0/type", "unknown entity type \"nation\" (expected one of: country,");
    expect_edit("\"kind\": \"pledge\"", "\"kind\": \"promise\"", CAMTG_EVOCAB,
                "/commitments/0/kind",
                "unknown kind \"promise\" (expected one of: pledge, position, assessment)");
    expect_edit("\"type\": \"COOPERATE\"", "\"type\": \"cooperate\"", CAMTG_EVOCAB,
                "/commitments/0/type", "unknown PLOVER type \"cooperate\"");
    expect_edit("\"connectivity\"", "\"railways\"", CAMTG_EVOCAB, "/commitments/0/sectors/0",
                "unknown sector \"railways\"");
    expect_edit("\"connectivity\"", "5", CAMTG_ESCHEMA, "/commitments/0/sectors/0",
                "sector must be a string, not an integer");
    expect_edit("\"connectivity\"", "\"trade_investment\"", CAMTG_ESCHEMA,
                "/commitments/0/sectors/1", "\"sectors\" lists \"trade_investment\" twice");
    expect_edit("\"sectors\": [\n    \"connectivity\",\n    \"trade_investment\"\n   ]",
                "\"sectors\": []", CAMTG_ESCHEMA, "/commitments/0/sectors",
                "must list at least one sector");
    expect_edit("\"status\": \"pledged\"", "\"status\": \"done\"", CAMTG_EVOCAB,
                "/commitments/0/status",
                "unknown status \"done\" (expected one of: pledged, in_progress, fulfilled, lapsed)");
}

static void test_dates(void)
{
    expect_edit("\"published\": \"2024-02-29\"", "\"published\": \"2023-02-29\"", CAMTG_ESCHEMA,
                "/sources/0/published", "\"published\" is \"2023-02-29\", not a calendar date");
    expect_edit("\"date\": \"2024-05-01\"", "\"date\": \"2024-5-1\"", CAMTG_ESCHEMA,
                "/entities/10/date", "\"date\" is \"2024-5-1\"");
    expect_edit("\"date\": \"2024-05-01\",\n   \"place\": \"almaty\",",
                "\"date\": \"2024-13-01\",\n   \"place\": \"almaty\",", CAMTG_ESCHEMA,
                "/meetings/0/date", "meeting \"m1\": \"date\" is \"2024-13-01\"");
    expect_edit("\"published\": \"2024-02-29\"", "\"published\": 20240229", CAMTG_ESCHEMA,
                "/sources/0/published", "published must be a string, not an integer");
    expect_edit("\"published\": \"2024-02-29\"", "\"published\": \"1900-02-29\"", CAMTG_ESCHEMA,
                "/sources/0/published", "not a calendar date");
    char *text = camtg_test_replace(camtg_test_minimal_dataset(), "\"published\": \"2024-02-29\"",
                                    "\"published\": \"2000-02-29\"");
    camtg_db *db = camtg_test_expect_load(text); /* 2000 is a leap year */
    camtg_close(db);
    free(text);
}

static void test_evidence(void)
{
    expect_edit("\"start\": 45", "\"start\": -1", CAMTG_EEVIDENCE, "/commitments/0/evidence/start",
                "commitment \"c1\": \"start\" is -1, but offsets cannot be negative");
    expect_edit("\"start\": 45", "\"start\": 98", CAMTG_EEVIDENCE, "/commitments/0/evidence/end",
                "end 97 must be greater than start 98");
    expect_edit("\"start\": 45", "\"start\": 97", CAMTG_EEVIDENCE, "/commitments/0/evidence/end",
                "end 97 must be greater than start 97");
    expect_edit("\"end\": 189", "\"end\": 191", CAMTG_EEVIDENCE, "/commitments/2/evidence/end",
                "end 191 is past the end of source \"s1\" (190 characters)");
    expect_edit("\"end\": 97", "\"end\": 96", CAMTG_EEVIDENCE, "/commitments/0/evidence/quote",
                "commitment \"c1\": quote \"Kazakhstan will build the 中亚 railway with Uzbekistan\" "
                "differs from the text at [45, 96): \"Kazakhstan will build the 中亚 railway with "
                "Uzbekista\"");
    expect_edit("中亚 railway with Uzbekistan\"\n", "中亚 Railway with Uzbekistan\"\n",
                CAMTG_EEVIDENCE, "/commitments/0/evidence/quote", "differs from the text at [45, 97)");
    expect_edit("\"end\": 97", "\"end\": 99999999999999", CAMTG_EEVIDENCE,
                "/commitments/0/evidence/end", "past the end of source");
    expect_edit("\"quote\": \"Kazakhstan", "\"quote\": 1, \"q\": \"Kazakhstan", CAMTG_ESCHEMA,
                "/commitments/0/evidence/quote", "quote must be a string, not an integer");
}

static void test_cycles(void)
{
    expect_edit("\"within\": \"KAZ\"", "\"within\": \"almaty\"", CAMTG_ECYCLE,
                "/entities/4/within", "entity \"ala-region\": \"within\" names \"almaty\"");
    expect_edit("\"within\": \"ala-region\"", "\"within\": \"almaty\"", CAMTG_ECYCLE,
                "/entities/3/within", "\"within\" names \"almaty\"");
    expect_edit("\"members\": [", "\"members\": [\"OUTER\",", CAMTG_ECYCLE,
                "/entities/6/members/0", "entity \"OUTER\": member \"C2\" contains \"OUTER\"");
    expect_edit("\"members\": [", "\"members\": [\"C2\",", CAMTG_ECYCLE, "/entities/5/members/0",
                "member \"C2\" contains \"C2\" itself");
}

static int is_valid_utf8(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p != '\0') {
        size_t n = *p < 0x80 ? 1 : (*p & 0xE0) == 0xC0 ? 2 : (*p & 0xF0) == 0xE0 ? 3 : 4;
        for (size_t i = 1; i < n; i++)
            if ((p[i] & 0xC0) != 0x80)
                return 0;
        p += n;
    }
    return 1;
}

/* Messages quote values with a length limit; a cut must never split a
 * character, or bindings could not decode the message. */
static void test_messages_stay_utf8(void)
{
    char long_value[200] = "\"a";
    for (int i = 0; i < 60; i++)
        strcat(long_value, "\xc3\xa9"); /* é */
    strcat(long_value, "\"");
    char *text = camtg_test_replace(camtg_test_minimal_dataset(), "\"pledge\"", long_value);
    camtg_db *db = NULL;
    camtg_error err;
    CU_ASSERT_EQUAL(camtg_open_buffer(&db, text, strlen(text), &err), CAMTG_EVOCAB);
    CU_ASSERT(is_valid_utf8(err.message));
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "unknown kind \"a\xc3\xa9"));
    free(text);
    const char *near_multibyte = "{\"camtg\": \"\\\xf0\x9f\x8c\x80\"}";
    CU_ASSERT_EQUAL(camtg_open_buffer(&db, near_multibyte, strlen(near_multibyte), &err),
                    CAMTG_ESYNTAX);
    CU_ASSERT(is_valid_utf8(err.message));
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "invalid escape"));
}

static void test_files(void)
{
    camtg_db *db = (camtg_db *)&db;
    camtg_error err;
    CU_ASSERT_EQUAL(camtg_open_file(&db, CAMTG_TEST_DATA_DIR "/no-such-file.json", &err),
                    CAMTG_EIO);
    CU_ASSERT_PTR_NULL(db);
    CU_ASSERT_EQUAL(err.sys_errno, ENOENT);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "no-such-file.json"));
    CU_ASSERT_EQUAL(camtg_open_file(&db, CAMTG_TEST_DATA_DIR, &err), CAMTG_EIO);
    CU_ASSERT_EQUAL(err.sys_errno, EISDIR);
    CU_ASSERT_EQUAL(camtg_open_file(&db, "", &err), CAMTG_EIO);
    CU_ASSERT_EQUAL(err.sys_errno, ENOENT);

    /* a syntax error from a file carries its position */
    char path[] = "/tmp/camtg-rules-XXXXXX";
    int fd = mkstemp(path);
    CU_ASSERT_FATAL(fd >= 0);
    const char body[] = "{\n  \"camtg\": 1,\n  oops\n}\n";
    CU_ASSERT_EQUAL(write(fd, body, sizeof body - 1), (ssize_t)(sizeof body - 1));
    close(fd);
    CU_ASSERT_EQUAL(camtg_open_file(&db, path, &err), CAMTG_ESYNTAX);
    CU_ASSERT_EQUAL(err.line, 3);
    CU_ASSERT_EQUAL(err.column, 6); /* the last letter of "oops" */
    CU_ASSERT_EQUAL(err.offset, 22);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "near 'oops'"));
    unlink(path);
}

static void test_argument_misuse(void)
{
    camtg_db *db = NULL;
    camtg_error err;
    CU_ASSERT_EQUAL(camtg_open_buffer(NULL, "{}", 2, &err), CAMTG_EINVAL);
    CU_ASSERT_EQUAL(err.code, CAMTG_EINVAL);
    CU_ASSERT_EQUAL(camtg_open_buffer(&db, NULL, 5, &err), CAMTG_EINVAL);
    CU_ASSERT_EQUAL(camtg_open_buffer(&db, NULL, 0, &err), CAMTG_ESYNTAX);
    CU_ASSERT_EQUAL(camtg_open_file(NULL, "x", &err), CAMTG_EINVAL);
    CU_ASSERT_EQUAL(camtg_open_file(&db, NULL, &err), CAMTG_EINVAL);
    CU_ASSERT_PTR_NULL(db);
    CU_ASSERT_EQUAL(camtg_db_verify(NULL, &err), CAMTG_EINVAL);
    /* err is optional everywhere */
    CU_ASSERT_EQUAL(camtg_open_buffer(&db, "[]", 2, NULL), CAMTG_ESCHEMA);
    CU_ASSERT_EQUAL(camtg_open_file(&db, "/nonexistent/x", NULL), CAMTG_EIO);
}

int main(void)
{
    static const camtg_test_case cases[] = {
        {"minimal dataset loads", test_minimal_loads},
        {"JSON syntax", test_syntax},
        {"top level and schema version", test_top_level},
        {"unknown keys are ignored", test_unknown_keys_ignored},
        {"records and ids", test_records_and_ids},
        {"field types", test_field_types},
        {"type-specific keys", test_type_specific_required},
        {"references", test_references},
        {"vocabularies", test_vocabularies},
        {"dates", test_dates},
        {"evidence", test_evidence},
        {"cycles", test_cycles},
        {"messages stay UTF-8", test_messages_stay_utf8},
        {"files", test_files},
        {"argument misuse", test_argument_misuse},
        {NULL, NULL},
    };
    return camtg_test_main("loader rules", cases);
}
