/* SPDX-License-Identifier: MIT */
/* An open-addressing hash index from NUL-terminated keys to pointers. Keys
 * and values are borrowed (the arena owns them). The first value stored
 * under a key wins: later inserts of the same key are ignored, which is how
 * lookup priorities are expressed (insert the preferred keys first). */
#ifndef CAMTG_HASH_H
#define CAMTG_HASH_H

#include <stddef.h>
#include <stdint.h>

typedef struct camtg_hash_slot {
    const char *key;
    const void *value;
    uint64_t hash;
} camtg_hash_slot;

typedef struct camtg_hash {
    camtg_hash_slot *slots;
    size_t capacity; /* a power of two, or 0 */
    size_t count;
    uint64_t seed;
} camtg_hash;

/* The hash of a NUL-terminated key under a seed: FNV-1a, then mixed. Stable
 * across processes and builds, because images store tables built with it. */
uint64_t camtg_hash_key(const char *key, uint64_t seed);

/* Sizes the index for up to expected keys. Returns 0, or -1 when out of memory. */
int camtg_hash_init(camtg_hash *h, size_t expected, uint64_t seed);
void camtg_hash_release(camtg_hash *h);

/* Stores value under key unless key is present, growing the index as needed.
 * Returns 1 when stored, 0 when key was present (*existing set to its value
 * when existing is not NULL), -1 when out of memory. */
int camtg_hash_insert(camtg_hash *h, const char *key, const void *value, const void **existing);

/* The value stored under key, or NULL. */
const void *camtg_hash_find(const camtg_hash *h, const char *key);

#endif
