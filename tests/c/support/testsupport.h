/* SPDX-License-Identifier: MIT */
/* Helpers shared by the CUnit programs in tests/c. */
#ifndef CAMTG_TESTSUPPORT_H
#define CAMTG_TESTSUPPORT_H

#include <stddef.h>
#include <string.h>

#include <CUnit/CUnit.h>
#include <camtg/camtg.h>

/** One test of a suite; arrays of them end with {NULL, NULL}. */
typedef struct camtg_test_case {
    const char *name;
    void (*run)(void);
} camtg_test_case;

/** Runs one suite with CUnit's basic runner and returns the process exit
 *  status: 0 when every assertion passed and at least one test ran. */
int camtg_test_main(const char *suite, const camtg_test_case *cases);

/** camtg_test_main with a fixture for the whole suite (CUnit's suite init
 *  and cleanup): @p setup runs before the first test, @p teardown after the
 *  last; each returns 0 on success, and either may be NULL. When @p setup
 *  fails no test runs, so the status is 1. */
int camtg_test_main_with(const char *suite, const camtg_test_case *cases, int (*setup)(void),
                         int (*teardown)(void));

/** Opens the embedded dataset; a failure fails the current test and
 *  returns NULL. */
camtg_db *camtg_test_open_default(void);

/** Loads @p json (NUL-terminated) and expects failure with @p code, the
 *  error path @p path and a message containing @p message_part (either may
 *  be NULL to skip that check). Also checks that no database was returned. */
void camtg_test_expect_error(const char *json, int code, const char *path,
                             const char *message_part);

/** Loads @p json and expects success; returns the database (caller closes). */
camtg_db *camtg_test_expect_load(const char *json);

/** Opens the dataset file at @p path and checks that success leaves the
 *  error cleared; a failure is printed, fails the current test and ends it
 *  (CUnit's FATAL). The caller closes the result. */
camtg_db *camtg_test_open_file(const char *path);

/** Makes an empty temporary file from @p path_template, a mkstemp()
 *  template whose XXXXXX it rewrites in place; 0 on success, -1 when the
 *  file cannot be made. The caller unlinks it. */
int camtg_test_temp_file(char *path_template);

/** Writes the embedded dataset's snapshot to a new temporary file made from
 *  @p path_template (as camtg_test_temp_file does); 0 on success, -1 on any
 *  failure, which leaves no file behind. For a suite's main(): it asserts
 *  nothing. The caller unlinks the file. */
int camtg_test_write_default_snapshot(char *path_template);

/** Reads a whole file into a malloc'd, NUL-terminated buffer (caller frees);
 *  NULL when it cannot be opened or read, or memory runs out. */
char *camtg_test_read_file(const char *path, size_t *len);

/** A fresh malloc'd copy of the base document, tests/hostile/base.json
 *  (CAMTG_TEST_BASE): the valid dataset that the hostile cases and the C
 *  tests derive their inputs from, edited with camtg_test_replace()
 *  (caller frees). */
char *camtg_test_base_dataset(void);

/** Replaces the first occurrence of @p from in @p text with @p to; returns a
 *  new malloc'd string and frees @p text. Fails the test if @p from is absent. */
char *camtg_test_replace(char *text, const char *from, const char *to);

#define CAMTG_ASSERT_STR(actual, expected) \
    CU_ASSERT_STRING_EQUAL((actual) ? (actual) : "(null)", (expected))

#endif
