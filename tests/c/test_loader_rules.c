/* SPDX-License-Identifier: MIT */
/* What the loader answers that the committed hostile cases cannot show:
 * syntax positions in short documents, files that cannot be read, and
 * input errors reported without an error struct (NULL arguments are
 * test_misuse.c's). The rules of the data format, one
 * broken document each, are hostile cases written by
 * tests/hostile/make_cases.py from the one base document. */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "testsupport.h"

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

/* NULL arguments are test_misuse's; here, input errors without an error
 * struct: it is optional on every call. */
static void test_error_struct_is_optional(void)
{
    camtg_db *db = (camtg_db *)&db; /* a sentinel the call must overwrite */
    CU_ASSERT_EQUAL(camtg_open_buffer(&db, "[]", 2, NULL), CAMTG_ESCHEMA);
    CU_ASSERT_PTR_NULL(db);
    db = (camtg_db *)&db;
    CU_ASSERT_EQUAL(camtg_open_file(&db, "/nonexistent/x", NULL), CAMTG_EIO);
    CU_ASSERT_PTR_NULL(db);
}

int main(void)
{
    static const camtg_test_case cases[] = {
        {"JSON syntax", test_syntax},
        {"files", test_files},
        {"the error struct is optional", test_error_struct_is_optional},
        {NULL, NULL},
    };
    return camtg_test_main("loader rules", cases);
}
