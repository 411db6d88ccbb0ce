/* SPDX-License-Identifier: MIT */
/* What camtg_open_buffer says about input that is not the JSON it reads:
 * a byte-order mark is named, not printed as an invisible character, and
 * a syntax error is reported wherever it stands, even in a section that
 * the file's schema version ignores. */
#include <stdio.h>
#include <stdlib.h>

#include "testsupport.h"

#define BOM "\xEF\xBB\xBF"

/* Every section of a version-1 document, empty; `extra` goes after them. */
#define VERSION_1(extra)                                                                       \
    "{\"camtg\": 1, \"sources\": [], \"entities\": [], \"meetings\": [], \"commitments\": []" \
    extra "}"

/* Opens text, expecting CAMTG_ESYNTAX at line:column and byte offset, with
 * a message containing `part`; returns nothing, fails the test otherwise. */
static void expect_syntax(const char *text, int line, int column, long offset, const char *part)
{
    camtg_db *db = (camtg_db *)&db; /* a sentinel the call must overwrite */
    camtg_error err;
    int rc = camtg_open_buffer(&db, text, strlen(text), &err);
    CU_ASSERT_EQUAL(rc, CAMTG_ESYNTAX);
    CU_ASSERT_PTR_NULL(db);
    CU_ASSERT_EQUAL(err.line, line);
    CU_ASSERT_EQUAL(err.column, column);
    CU_ASSERT_EQUAL(err.offset, offset);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, part));
    if (rc != CAMTG_ESYNTAX || err.line != line || err.column != column ||
        strstr(err.message, part) == NULL)
        fprintf(stderr, "\n  got %s at %d:%d (+%ld): %s\n", camtg_error_code_name(rc), err.line,
                err.column, err.offset, err.message);
    if (rc == CAMTG_OK)
        camtg_close(db);
}

/* The message names the mark and holds none of its bytes. */
static void test_byte_order_mark_at_start(void)
{
    char text[] = BOM VERSION_1("");
    expect_syntax(text, 1, 1, 0, "byte-order mark");
    camtg_error err;
    camtg_db *db = NULL;
    camtg_open_buffer(&db, text, strlen(text), &err);
    CU_ASSERT_PTR_NULL(strstr(err.message, BOM));
    CU_ASSERT_PTR_NULL(strchr(err.message, '?'));
}

/* Between two tokens the mark is named too, where Jansson places it. */
static void test_byte_order_mark_between_tokens(void)
{
    const char *text = "{\"camtg\": 1," BOM " \"sources\": []}";
    expect_syntax(text, 1, 13, 15, "byte-order mark (U+FEFF)");
}

/* Inside a string U+FEFF is a character like any other. */
static void test_byte_order_mark_inside_a_string(void)
{
    camtg_db *db = camtg_test_expect_load(VERSION_1(", \"note\": \"" BOM "\""));
    CU_ASSERT_PTR_NOT_NULL(db);
    camtg_close(db);
}

/* Version 1 has no follow-ups, so the section is not read, but its JSON
 * is still checked: the error is at the `}` that follows "id":. */
static void test_syntax_error_in_an_ignored_section(void)
{
    const char *text = VERSION_1(",\n \"followups\": [{\"id\": }]");
    const char *brace = strstr(text, ": }");
    CU_ASSERT_PTR_NOT_NULL_FATAL(brace);
    long at = (long)(brace + 2 - text);
    const char *line_start = strchr(text, '\n') + 1;
    expect_syntax(text, 2, (int)(brace + 2 - line_start) + 1, at + 1, "unexpected token");
}

/* What the section holds is not read: records that break every rule of
 * version 2 still load as an ignored key of version 1. */
static void test_ignored_section_is_not_read(void)
{
    camtg_db *db = camtg_test_expect_load(VERSION_1(", \"followups\": [{\"nonsense\": true}, 7]"));
    CU_ASSERT_PTR_NOT_NULL_FATAL(db);
    CU_ASSERT_EQUAL(camtg_db_schema_version(db), 1);
    CU_ASSERT_EQUAL(camtg_followup_count(db), 0);
    camtg_close(db);
}

/* The version's messages name every version this library reads. */
static void test_version_messages(void)
{
    camtg_test_expect_error("{\"sources\": []}", CAMTG_ESCHEMA, "/camtg",
                            "this library reads versions 1 to 2");
    camtg_test_expect_error("{\"camtg\": \"1\"}", CAMTG_ESCHEMA, "/camtg",
                            "\"camtg\" must be the schema version, an integer, not a string");
    camtg_test_expect_error("[]", CAMTG_ESCHEMA, "",
                            "top level must be an object with \"camtg\" (the schema version)");
}

int main(void)
{
    static const camtg_test_case cases[] = {
        {"a byte-order mark at the start", test_byte_order_mark_at_start},
        {"a byte-order mark between tokens", test_byte_order_mark_between_tokens},
        {"a byte-order mark inside a string", test_byte_order_mark_inside_a_string},
        {"a syntax error in a section version 1 ignores", test_syntax_error_in_an_ignored_section},
        {"a section version 1 ignores is not read", test_ignored_section_is_not_read},
        {"the schema version's messages", test_version_messages},
        {NULL, NULL},
    };
    return camtg_test_main("what opening says about bad input", cases);
}
