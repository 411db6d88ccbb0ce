/* SPDX-License-Identifier: MIT */
/* libFuzzer entry point: arbitrary bytes, magic in front, as a compiled
 * snapshot into camtg_open_buffer(), the whole API and camtg_db_verify()
 * (see camtg_fuzz_snapshot.c). */
#include "camtg_fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    camtg_fuzz_snapshot_one(data, size);
    return 0;
}
