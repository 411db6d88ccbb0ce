/* SPDX-License-Identifier: MIT */
/* The input size limit is enforced before the work: a file larger than the
 * limit is refused from its size, a device is never read (or kept) past the
 * limit, and pipes still deliver whole documents. Checks the codes and the
 * memory a refusal costs, never a time. */
#define _POSIX_C_SOURCE 200809L

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testsupport.h"

/* The limit documented for camtg_open_buffer and camtg_open_file. */
#define LIMIT_BYTES ((long long)1 << 30)

static char temp_dir[256];

/* A fresh directory under $TMPDIR (or /tmp), removed by remove_temp_dir. */
static int make_temp_dir(void)
{
    const char *base = getenv("TMPDIR");
    snprintf(temp_dir, sizeof temp_dir, "%s/camtg-limits-XXXXXX",
             base != NULL && base[0] != '\0' ? base : "/tmp");
    return mkdtemp(temp_dir) != NULL ? 0 : -1;
}

/* A sparse file of the given size: no disk space, no time to write. */
static int make_sparse_file(const char *path, long long size)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return -1;
    int rc = ftruncate(fd, (off_t)size);
    close(fd);
    return rc;
}

static void expect_limit(const char *path)
{
    camtg_db *db = (camtg_db *)&db;
    camtg_error err;
    int rc = camtg_open_file(&db, path, &err);
    CU_ASSERT_EQUAL(rc, CAMTG_ELIMIT);
    CU_ASSERT_EQUAL(err.code, CAMTG_ELIMIT);
    CU_ASSERT_PTR_NULL(db);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "limit"));
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, path));
    if (rc != CAMTG_ELIMIT)
        fprintf(stderr, "\n  %s: expected CAMTG_ELIMIT, got %s: %s\n", path,
                camtg_error_code_name(rc), err.message);
    if (rc == CAMTG_OK)
        camtg_close(db);
}

static void test_sparse_files(void)
{
    CU_ASSERT_EQUAL_FATAL(make_temp_dir(), 0);
    char path[sizeof temp_dir + 32];
    const long long sizes[] = {(long long)4 << 30, LIMIT_BYTES + 1};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        snprintf(path, sizeof path, "%s/f%zu.json", temp_dir, i);
        CU_ASSERT_EQUAL_FATAL(make_sparse_file(path, sizes[i]), 0);
        expect_limit(path);
        CU_ASSERT_EQUAL(unlink(path), 0);
    }
    CU_ASSERT_EQUAL(rmdir(temp_dir), 0);
}

static long peak_rss_kib(void)
{
    struct rusage ru;
    return getrusage(RUSAGE_SELF, &ru) == 0 ? ru.ru_maxrss : -1;
}

/* /dev/zero never ends: the reader must stop after limit + 1 bytes, and a
 * document already known to be bad (it holds NUL bytes) is not kept. */
static void test_endless_device(void)
{
    if (access("/dev/zero", R_OK) != 0) {
        CU_FAIL("/dev/zero is not readable on this machine");
        return;
    }
    expect_limit("/dev/zero");
    long peak = peak_rss_kib();
    CU_ASSERT(peak > 0);
    /* Keeping the bytes would need a whole limit's worth (1 GiB). */
    CU_ASSERT(peak < LIMIT_BYTES / 1024 / 4);
    if (peak >= LIMIT_BYTES / 1024 / 4)
        fprintf(stderr, "\n  peak resident memory %ld KiB after /dev/zero\n", peak);
}

/* Writes text into a pipe (small enough for the pipe's buffer) and opens the
 * read end by its /dev/fd path, as a shell's <(...) would. */
static int open_through_pipe(const char *text, size_t len, camtg_db **db, camtg_error *err)
{
    int fds[2];
    if (pipe(fds) != 0)
        return CAMTG_ERROR;
    ssize_t wrote = write(fds[1], text, len);
    close(fds[1]);
    int rc = CAMTG_ERROR;
    if (wrote == (ssize_t)len) {
        char path[64];
        snprintf(path, sizeof path, "/dev/fd/%d", fds[0]);
        rc = camtg_open_file(db, path, err);
    }
    close(fds[0]);
    return rc;
}

static void test_pipes(void)
{
    char *text = camtg_test_base_dataset();
    CU_ASSERT_PTR_NOT_NULL_FATAL(text);
    size_t len = strlen(text);
    CU_ASSERT_FATAL(len < 16384); /* fits in any pipe buffer */
    camtg_db *db = NULL;
    camtg_error err;
    CU_ASSERT_EQUAL(open_through_pipe(text, len, &db, &err), CAMTG_OK);
    CU_ASSERT_PTR_NOT_NULL(db);
    CU_ASSERT_PTR_NOT_NULL(camtg_entity_lookup(db, "KAZ"));
    camtg_close(db);

    /* A NUL inside the key "sources" (near the top, before any multi-byte
     * character) is reported where it is, as for a regular file. */
    char *key = strstr(text, "\"sources\"");
    CU_ASSERT_PTR_NOT_NULL_FATAL(key);
    key[5] = '\0'; /* "sour\0es" */
    int line = 1;
    const char *line_start = text;
    for (const char *p = text; p < key; p++) {
        if (*p == '\n') {
            line++;
            line_start = p + 1;
        }
    }
    db = (camtg_db *)&db;
    CU_ASSERT_EQUAL(open_through_pipe(text, len, &db, &err), CAMTG_ESYNTAX);
    CU_ASSERT_PTR_NULL(db);
    CU_ASSERT_EQUAL(err.line, line);
    CU_ASSERT_EQUAL(err.column, (int)(key + 5 - line_start) + 1);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "NUL byte"));
    free(text);
}

int main(void)
{
    static const camtg_test_case cases[] = {
        {"files larger than the limit, refused from their size", test_sparse_files},
        {"an endless device, read no further than the limit", test_endless_device},
        {"documents through pipes", test_pipes},
        {NULL, NULL},
    };
    return camtg_test_main("input limits", cases);
}
