/* SPDX-License-Identifier: MIT */
/*
 * The body of the fuzz target, shared by the libFuzzer entry point
 * (fuzz_open_buffer.c) and the plain replay driver that ctest runs over
 * fuzz/regressions/ (tests/hostile/fuzz_replay.c), so a saved crash input
 * is replayed through exactly the code that found it.
 */
#ifndef CAMTG_FUZZ_H
#define CAMTG_FUZZ_H

#include <stddef.h>
#include <stdint.h>

/**
 * Loads @p data with camtg_open_buffer() and checks the error record when the
 * load fails; when it succeeds, runs every query and accessor of the public
 * API over the result and checks that their answers agree with each other.
 * A broken invariant prints what broke and aborts, which libFuzzer (and
 * ctest) report as a crash.
 * @return 1 when the input loaded, 0 when it was rejected cleanly.
 */
int camtg_fuzz_one(const uint8_t *data, size_t size);

#endif
