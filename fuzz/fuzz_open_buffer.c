/* SPDX-License-Identifier: MIT */
/* libFuzzer entry point: arbitrary bytes into camtg_open_buffer() and, when
 * they load, through the whole query API (see camtg_fuzz.c). */
#include "camtg_fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    camtg_fuzz_one(data, size);
    return 0;
}
