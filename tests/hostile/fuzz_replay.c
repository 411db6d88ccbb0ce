/* SPDX-License-Identifier: MIT */
/*
 * Replays saved fuzz inputs without libFuzzer: every file named on the
 * command line, or found directly inside a directory named there, goes
 * through camtg_fuzz_one(), the same body the fuzz target runs, or with
 * --snapshot first through camtg_fuzz_snapshot_one(), the snapshot
 * target's. A broken
 * invariant aborts (a test failure); a clean run prints how many inputs
 * loaded and how many were rejected.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "camtg_fuzz.h"
#include "testsupport.h"

/* The body the inputs go through: camtg_fuzz_one or, with --snapshot,
 * camtg_fuzz_snapshot_one. */
static int (*fuzz_body)(const uint8_t *data, size_t size) = camtg_fuzz_one;

static int replay_file(const char *path, size_t *loaded, size_t *rejected)
{
    size_t n = 0;
    errno = 0;
    char *buf = camtg_test_read_file(path, &n);
    if (buf == NULL) {
        fprintf(stderr, "%s: cannot read: %s\n", path, strerror(errno ? errno : EIO));
        return -1;
    }
    if (fuzz_body((const uint8_t *)buf, n))
        ++*loaded;
    else
        ++*rejected;
    free(buf);
    return 0;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Replays the regular files of @p dir in name order, so runs are repeatable. */
static int replay_dir(const char *dir, size_t *loaded, size_t *rejected)
{
    DIR *d = opendir(dir);
    if (d == NULL) {
        perror(dir);
        return -1;
    }
    char **names = NULL;
    size_t count = 0, cap = 0;
    struct dirent *ent;
    while ((ent = readdir(d)) != NULL) {
        if (ent->d_name[0] == '.')
            continue;
        if (count == cap) {
            cap = cap ? cap * 2 : 64;
            char **bigger = realloc(names, cap * sizeof *names);
            if (bigger == NULL)
                break;
            names = bigger;
        }
        size_t len = strlen(dir) + strlen(ent->d_name) + 2;
        names[count] = malloc(len);
        if (names[count] == NULL)
            break;
        snprintf(names[count], len, "%s/%s", dir, ent->d_name);
        count++;
    }
    closedir(d);
    qsort(names, count, sizeof *names, compare_names);
    int rc = 0;
    for (size_t i = 0; i < count; i++) {
        struct stat st;
        if (stat(names[i], &st) == 0 && S_ISREG(st.st_mode) && replay_file(names[i], loaded, rejected) < 0)
            rc = -1;
        free(names[i]);
    }
    free(names);
    return rc;
}

int main(int argc, char **argv)
{
    size_t loaded = 0, rejected = 0;
    int rc = 0;
    int first = 1;
    if (argc > 1 && strcmp(argv[1], "--snapshot") == 0) {
        fuzz_body = camtg_fuzz_snapshot_one;
        first = 2;
    }
    if (argc <= first) {
        fprintf(stderr, "usage: %s [--snapshot] FILE-OR-DIR...\n", argv[0]);
        return 2;
    }
    for (int i = first; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) != 0) {
            perror(argv[i]);
            rc = 1;
        } else if (S_ISDIR(st.st_mode)) {
            if (replay_dir(argv[i], &loaded, &rejected) < 0)
                rc = 1;
        } else if (replay_file(argv[i], &loaded, &rejected) < 0) {
            rc = 1;
        }
    }
    printf("replayed %zu inputs: %zu loaded, %zu rejected\n", loaded + rejected, loaded, rejected);
    /* An empty run proves nothing: a test pointed at a missing or empty
     * folder fails. */
    return rc != 0 || loaded + rejected == 0;
}
