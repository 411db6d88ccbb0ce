/* SPDX-License-Identifier: MIT */
/*
 * Writes the snapshot fuzz target's seeds: snapshot_seeds OUTDIR [JSON...]
 * writes OUTDIR/embedded.camtg from the embedded dataset and
 * OUTDIR/NAME.camtg from each JSON file, with camtg_snapshot_write(). The
 * seeds are made from JSON on every run (scripts/fuzz.sh) and every test
 * run (ctest), never kept, so a new snapshot format never leaves the
 * fuzzer starting from files the reader refuses at the version check.
 */
#include <stdio.h>
#include <string.h>

#include <camtg/camtg.h>

/* Writes @p db to OUTDIR/NAME.camtg, NAME being @p from's file name
 * without its folders and extension. */
static int write_seed(const camtg_db *db, const char *outdir, const char *from)
{
    const char *base = strrchr(from, '/');
    base = base != NULL ? base + 1 : from;
    size_t stem = strcspn(base, ".");
    char path[4096];
    int n = snprintf(path, sizeof path, "%s/%.*s.camtg", outdir, (int)stem, base);
    if (n < 0 || (size_t)n >= sizeof path) {
        fprintf(stderr, "snapshot_seeds: %s: path too long\n", from);
        return 1;
    }
    camtg_error err;
    if (camtg_snapshot_write(db, path, &err) != CAMTG_OK) {
        fprintf(stderr, "snapshot_seeds: %s: %s\n", path, err.message);
        return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s OUTDIR [JSON...]\n", argv[0]);
        return 2;
    }
    int failed = 0;
    for (int i = 1; i < argc; i++) {
        camtg_db *db = NULL;
        camtg_error err;
        int rc = i == 1 ? camtg_open_default(&db, &err) : camtg_open_file(&db, argv[i], &err);
        if (rc != CAMTG_OK) {
            fprintf(stderr, "snapshot_seeds: %s: %s\n", i == 1 ? "the embedded dataset" : argv[i],
                    err.message);
            failed = 1;
            continue;
        }
        failed |= write_seed(db, argv[1], i == 1 ? "embedded" : argv[i]);
        camtg_close(db);
    }
    return failed;
}
