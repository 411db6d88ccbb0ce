/* SPDX-License-Identifier: MIT */
/*
 * The bodies of the fuzz targets, shared by the libFuzzer entry points
 * (fuzz_open_buffer.c, fuzz_open_snapshot.c) and the plain replay driver
 * that ctest runs over fuzz/regressions/ (tests/hostile/fuzz_replay.c), so a
 * saved crash input is replayed through exactly the code that found it.
 */
#ifndef CAMTG_FUZZ_H
#define CAMTG_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <camtg/camtg.h>

/* The first eight bytes of a compiled snapshot (docs/snapshot.md). */
#define CAMTG_FUZZ_SNAPSHOT_MAGIC "\x89" "CAMTGS\n"
#define CAMTG_FUZZ_SNAPSHOT_MAGIC_SIZE 8

/**
 * Loads @p data with camtg_open_buffer() and checks the error record when the
 * load fails; when it succeeds, runs every query and accessor of the public
 * API over the result and checks that their answers agree with each other.
 * Bytes that start with the snapshot magic take camtg_fuzz_snapshot_one()'s
 * path. A broken invariant prints what broke and aborts, which libFuzzer
 * (and ctest) report as a crash.
 * @return 1 when the input loaded, 0 when it was rejected cleanly.
 */
int camtg_fuzz_one(const uint8_t *data, size_t size);

/**
 * Takes @p data as a compiled snapshot, putting the magic in front when the
 * bytes do not start with it (so mutations are not spent on finding it),
 * and opens it with camtg_open_buffer(). An open snapshot is first read
 * through every accessor without believing any answer (an open may check
 * only the header and layout, so this is where a bad offset would read
 * outside the file), then checked whole with camtg_db_verify(); only a
 * snapshot that verifies goes through camtg_fuzz_one()'s cross-checks.
 * A snapshot is refused with ::CAMTG_ESNAPSHOT (or ::CAMTG_ENOMEM).
 * @return 1 when the snapshot opened and verified, 0 when it was refused.
 */
int camtg_fuzz_snapshot_one(const uint8_t *data, size_t size);

/* What both bodies share (camtg_fuzz.c). */

/** Checks the error record of a refused open or verify: @p rc negative and
 * in err->code, a non-empty UTF-8 message, a JSON Pointer path. */
void camtg_fuzz_check_error(int rc, const camtg_error *err);

/** Runs every accessor and query over @p db with the cross-checks, then
 * camtg_db_verify(), which must pass; the first bytes of @p key are looked
 * up as an arbitrary key. */
void camtg_fuzz_walk(const camtg_db *db, const uint8_t *key, size_t key_size);

/** Aborts with the failed condition: libFuzzer and ctest both see a crash. */
#define FUZZ_CHECK(cond)                                                        \
    do {                                                                        \
        if (!(cond)) {                                                          \
            fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond); \
            abort();                                                            \
        }                                                                       \
    } while (0)

#endif
