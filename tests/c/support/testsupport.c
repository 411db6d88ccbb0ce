/* SPDX-License-Identifier: MIT */
#define _POSIX_C_SOURCE 200809L
#include "testsupport.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <CUnit/Basic.h>

int camtg_test_main(const char *suite_name, const camtg_test_case *cases)
{
    return camtg_test_main_with(suite_name, cases, NULL, NULL);
}

int camtg_test_main_with(const char *suite_name, const camtg_test_case *cases, int (*setup)(void),
                         int (*teardown)(void))
{
    if (CU_initialize_registry() != CUE_SUCCESS)
        return 2;
    CU_pSuite suite = CU_add_suite(suite_name, setup, teardown);
    if (suite == NULL) {
        CU_cleanup_registry();
        return 2;
    }
    for (const camtg_test_case *tc = cases; tc->name != NULL; tc++) {
        if (CU_add_test(suite, tc->name, tc->run) == NULL) {
            CU_cleanup_registry();
            return 2;
        }
    }
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    unsigned failed = CU_get_number_of_failures() + CU_get_number_of_tests_failed();
    unsigned ran = CU_get_number_of_tests_run();
    CU_cleanup_registry();
    return (failed == 0 && ran > 0) ? 0 : 1;
}

/* With CAMTG_TEST_SNAPSHOT set (the c.snapshot.* runs), a database the
 * helpers open is written as a snapshot and opened again from its bytes,
 * so each suite's assertions hold for the snapshot path as well. */
static camtg_db *through_snapshot(camtg_db *db)
{
    const char *mode = getenv("CAMTG_TEST_SNAPSHOT");
    if (db == NULL || mode == NULL || *mode == '\0')
        return db;
    char path[] = "/tmp/camtg-test-snapshot-XXXXXX";
    CU_ASSERT_FATAL(camtg_test_temp_file(path) == 0);
    camtg_error err;
    int rc = camtg_snapshot_write(db, path, &err);
    camtg_close(db);
    if (rc != CAMTG_OK)
        fprintf(stderr, "camtg_snapshot_write: %s\n", err.message);
    CU_ASSERT_EQUAL_FATAL(rc, CAMTG_OK);
    size_t len;
    char *bytes = camtg_test_read_file(path, &len);
    unlink(path);
    CU_ASSERT_PTR_NOT_NULL_FATAL(bytes);
    camtg_db *copy = NULL;
    rc = camtg_open_buffer(&copy, bytes, len, &err);
    free(bytes);
    if (rc != CAMTG_OK)
        fprintf(stderr, "opening the snapshot: %s: %s\n", err.path, err.message);
    CU_ASSERT_EQUAL_FATAL(rc, CAMTG_OK);
    return copy;
}

camtg_db *camtg_test_open_default(void)
{
    camtg_db *db = NULL;
    camtg_error err;
    int rc = camtg_open_default(&db, &err);
    if (rc != CAMTG_OK)
        fprintf(stderr, "camtg_open_default: %s: %s\n", err.path, err.message);
    CU_ASSERT_EQUAL_FATAL(rc, CAMTG_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(db);
    return through_snapshot(db);
}

camtg_db *camtg_test_open_file(const char *path)
{
    camtg_db *db = NULL;
    camtg_error err;
    int rc = camtg_open_file(&db, path, &err);
    if (rc != CAMTG_OK)
        fprintf(stderr, "%s: %s: %s\n", path, err.path, err.message);
    CU_ASSERT_EQUAL_FATAL(rc, CAMTG_OK);
    /* success leaves the error cleared */
    CU_ASSERT_EQUAL(err.code, CAMTG_OK);
    CU_ASSERT_EQUAL(err.line, -1);
    CU_ASSERT_STRING_EQUAL(err.message, "");
    return db;
}

int camtg_test_temp_file(char *path_template)
{
    int fd = mkstemp(path_template);
    if (fd < 0)
        return -1;
    close(fd);
    return 0;
}

int camtg_test_write_default_snapshot(char *path_template)
{
    if (camtg_test_temp_file(path_template) != 0)
        return -1;
    camtg_db *db = NULL;
    int ok = camtg_open_default(&db, NULL) == CAMTG_OK &&
             camtg_snapshot_write(db, path_template, NULL) == CAMTG_OK;
    camtg_close(db);
    if (!ok)
        unlink(path_template);
    return ok ? 0 : -1;
}

void camtg_test_expect_error(const char *json, int code, const char *path,
                             const char *message_part)
{
    camtg_db *db = (camtg_db *)&db; /* a sentinel the call must overwrite */
    camtg_error err;
    int rc = camtg_open_buffer(&db, json, strlen(json), &err);
    CU_ASSERT_EQUAL(rc, code);
    CU_ASSERT_EQUAL(err.code, code);
    CU_ASSERT_PTR_NULL(db);
    if (rc != code)
        fprintf(stderr, "\n  expected %s, got %s: %s: %s\n", camtg_error_code_name(code),
                camtg_error_code_name(rc), err.path, err.message);
    if (path != NULL) {
        CU_ASSERT_STRING_EQUAL(err.path, path);
        if (strcmp(err.path, path) != 0)
            fprintf(stderr, "\n  expected path %s, got %s (%s)\n", path, err.path, err.message);
    }
    if (message_part != NULL) {
        CU_ASSERT_PTR_NOT_NULL(strstr(err.message, message_part));
        if (strstr(err.message, message_part) == NULL)
            fprintf(stderr, "\n  expected message with \"%s\", got \"%s\"\n", message_part,
                    err.message);
    }
    if (rc == CAMTG_OK)
        camtg_close(db);
}

camtg_db *camtg_test_expect_load(const char *json)
{
    camtg_db *db = NULL;
    camtg_error err;
    int rc = camtg_open_buffer(&db, json, strlen(json), &err);
    if (rc != CAMTG_OK)
        fprintf(stderr, "\n  unexpected %s at %s: %s\n", camtg_error_code_name(rc), err.path,
                err.message);
    CU_ASSERT_EQUAL(rc, CAMTG_OK);
    return through_snapshot(db);
}

char *camtg_test_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while (buf != NULL && (got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += got;
        if (cap - n - 1 == 0) {
            char *bigger = realloc(buf, cap * 2);
            if (bigger == NULL) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = bigger;
            cap *= 2;
        }
    }
    /* A read error is not the end of the file. */
    if (ferror(f) && buf != NULL) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf == NULL)
        return NULL;
    buf[n] = '\0';
    if (len != NULL)
        *len = n;
    return buf;
}

char *camtg_test_base_dataset(void)
{
    size_t len;
    char *text = camtg_test_read_file(CAMTG_TEST_BASE, &len);
    CU_ASSERT_PTR_NOT_NULL_FATAL(text);
    return text;
}

char *camtg_test_replace(char *text, const char *from, const char *to)
{
    char *at = strstr(text, from);
    CU_ASSERT_PTR_NOT_NULL_FATAL(at);
    size_t head = (size_t)(at - text), from_len = strlen(from), to_len = strlen(to);
    size_t tail = strlen(at + from_len);
    char *out = malloc(head + to_len + tail + 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(out);
    memcpy(out, text, head);
    memcpy(out + head, to, to_len);
    memcpy(out + head + to_len, at + from_len, tail + 1);
    free(text);
    return out;
}
