/* SPDX-License-Identifier: MIT */
/* Loading record by record: the document is delimited by a scanner and
 * each record parsed on its own, yet every answer is the one a parse of
 * the whole document gives: what loads, what fails, and where a syntax
 * error is reported (line, column, byte offset). */
#include <stdio.h>
#include <stdlib.h>

#include "testsupport.h"

/* Line and character column (1-based) of byte `at`, and the offset just
 * past it: where Jansson reports a token ending there. */
static void position_of(const char *text, size_t at, int *line, int *column)
{
    *line = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < at; i++)
        if (text[i] == '\n')
            (*line)++, line_start = i + 1;
    *column = 0;
    for (size_t i = line_start; i <= at; i++)
        *column += ((unsigned char)text[i] & 0xC0) != 0x80;
}

static void expect_syntax_at(const char *text, size_t at)
{
    camtg_db *db = (camtg_db *)&db;
    camtg_error err;
    int rc = camtg_open_buffer(&db, text, strlen(text), &err);
    CU_ASSERT_EQUAL(rc, CAMTG_ESYNTAX);
    CU_ASSERT_PTR_NULL(db);
    int line, column;
    position_of(text, at, &line, &column);
    CU_ASSERT_EQUAL(err.line, line);
    CU_ASSERT_EQUAL(err.column, column);
    CU_ASSERT_EQUAL(err.offset, (long)at + 1);
    CAMTG_ASSERT_STR(err.path, "");
    if (rc != CAMTG_ESYNTAX || err.line != line || err.column != column)
        fprintf(stderr, "\n  got %s at %d:%d (+%ld) %s, expected %d:%d (+%zu)\n",
                camtg_error_code_name(rc), err.line, err.column, err.offset, err.message, line,
                column, at + 1);
}

/* A syntax error in the last record is reported although an earlier record
 * breaks a rule of the schema: syntax comes first, as when the document is
 * parsed whole. */
static void test_late_syntax_error_first(void)
{
    char *text = camtg_test_base_dataset();
    text = camtg_test_replace(text, "\"title\": \"Test talks\",", "");
    text = camtg_test_replace(text, "\"quote\": \"vitally important (tr\xc3\xa8s important)\"",
                              "\"quote\": \"vitally important (tr\xc3\xa8s important)\",");
    /* the closing brace after the trailing comma is the token at fault */
    const char *comma = strstr(text, "important)\",");
    CU_ASSERT_PTR_NOT_NULL_FATAL(comma);
    const char *brace = strchr(comma, '}');
    expect_syntax_at(text, (size_t)(brace - text));
    free(text);
}

/* An element with a bad escape: the scanner delimits it, its own parse
 * fails, and the error is Jansson's for the whole document. */
static void test_bad_escape_in_a_record(void)
{
    char *text = camtg_test_base_dataset();
    text = camtg_test_replace(text, "\"verb\": \"build\"", "\"verb\": \"bu\\qild\"");
    const char *bad = strstr(text, "\\q");
    CU_ASSERT_PTR_NOT_NULL_FATAL(bad);
    camtg_db *db = (camtg_db *)&db;
    camtg_error err;
    CU_ASSERT_EQUAL(camtg_open_buffer(&db, text, strlen(text), &err), CAMTG_ESYNTAX);
    CU_ASSERT_PTR_NULL(db);
    int line, column;
    position_of(text, (size_t)(bad - text), &line, &column);
    CU_ASSERT_EQUAL(err.line, line);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "escape"));
    free(text);
}

/* Keys written with escapes and unknown top-level arrays (holding
 * brackets and quotes inside strings) load as usual. */
static void test_unusual_top_level(void)
{
    char *text = camtg_test_base_dataset();
    text = camtg_test_replace(text, "\"sources\"", "\"\\u0073ources\"");
    text = camtg_test_replace(text, "\"camtg\": 1,", "\"extra\": [[1, {\"a\": \"]\"}], \"x\\\"y\"],"
                                                   " \"camtg\": 1,");
    camtg_db *db = camtg_test_expect_load(text);
    CU_ASSERT_PTR_NOT_NULL(db);
    CU_ASSERT_EQUAL(camtg_source_count(db), 2);
    CU_ASSERT_PTR_NOT_NULL(camtg_entity_lookup(db, "KAZ"));
    camtg_close(db);
    free(text);

    /* the same key twice, once escaped: Jansson's duplicate-key error */
    text = camtg_test_base_dataset();
    text = camtg_test_replace(text, "\"camtg\": 1,", "\"camtg\": 1, \"\\u0063amtg\": 1,");
    camtg_test_expect_error(text, CAMTG_ESYNTAX, "", "duplicate");
    free(text);
}

/* The id and type passes read one member of a record; a record where that
 * member is written unusually is read in full and answers the same. */
static void test_members_written_unusually(void)
{
    char *text = camtg_test_base_dataset();
    text = camtg_test_replace(text, "\"id\": \"src-1\"", "\"\\u0069d\": \"src-1\"");
    text = camtg_test_replace(text, "\"type\": \"country\"", "\"typ\\u0065\": \"country\"");
    camtg_db *db = camtg_test_expect_load(text);
    CU_ASSERT_PTR_NOT_NULL(camtg_source_lookup(db, "src-1"));
    /* the first entity, the one whose type is written with an escape */
    CU_ASSERT_EQUAL(camtg_entity_type_of(camtg_entity_lookup(db, "CHN")), CAMTG_ENTITY_COUNTRY);
    camtg_close(db);
    free(text);

    /* a repeated id or type is Jansson's duplicate key */
    const char *repeats[][2] = {
        {"\"id\": \"src-1\"", "\"id\": \"src-1\", \"id\": \"s2\""},
        {"\"type\": \"country\"", "\"type\": \"country\", \"type\": \"person\""},
    };
    for (size_t i = 0; i < 2; i++) {
        text = camtg_test_replace(camtg_test_base_dataset(), repeats[i][0], repeats[i][1]);
        camtg_test_expect_error(text, CAMTG_ESYNTAX, "", "duplicate");
        free(text);
    }
}

/* Records that are not objects, and a section that is not an array, fail
 * with the schema's words and paths. */
static void test_records_of_other_types(void)
{
    char *text = camtg_test_base_dataset();
    text = camtg_test_replace(text, "\"meetings\": [", "\"meetings\": [\"m0\", ");
    camtg_test_expect_error(text, CAMTG_ESCHEMA, "/meetings/0", "must be an object, not a string");
    free(text);
    text = camtg_test_base_dataset();
    text = camtg_test_replace(text, "\"meetings\": [", "\"meetings\": [[], ");
    camtg_test_expect_error(text, CAMTG_ESCHEMA, "/meetings/0", "not an array");
    free(text);
}

int main(void)
{
    static const camtg_test_case cases[] = {
        {"a late syntax error comes before an early schema error", test_late_syntax_error_first},
        {"a bad escape inside a record", test_bad_escape_in_a_record},
        {"escaped keys and unknown arrays", test_unusual_top_level},
        {"records that are not objects", test_records_of_other_types},
        {"id and type written unusually", test_members_written_unusually},
        {NULL, NULL},
    };
    return camtg_test_main("loading record by record", cases);
}
