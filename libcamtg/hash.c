/* SPDX-License-Identifier: MIT */
#include "hash.h"

#include <stdlib.h>
#include <string.h>

/* FNV-1a mixed with a per-index seed, so that keys chosen to collide on one
 * database do not collide on the next. */
uint64_t camtg_hash_key(const char *key, uint64_t seed)
{
    uint64_t h = 0xcbf29ce484222325ULL ^ seed;
    for (const unsigned char *p = (const unsigned char *)key; *p != '\0'; p++) {
        h ^= *p;
        h *= 0x100000001b3ULL;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

int camtg_hash_init(camtg_hash *h, size_t expected, uint64_t seed)
{
    size_t capacity = 16;
    while (capacity / 2 < expected + 1) {
        if (capacity > SIZE_MAX / 4)
            return -1;
        capacity *= 2;
    }
    h->slots = calloc(capacity, sizeof *h->slots);
    if (h->slots == NULL) {
        h->capacity = 0;
        return -1;
    }
    h->capacity = capacity;
    h->count = 0;
    h->seed = seed;
    return 0;
}

void camtg_hash_release(camtg_hash *h)
{
    free(h->slots);
    h->slots = NULL;
    h->capacity = 0;
    h->count = 0;
}

static int hash_grow(camtg_hash *h)
{
    if (h->capacity > SIZE_MAX / 2 / sizeof *h->slots)
        return -1;
    size_t capacity = h->capacity * 2;
    camtg_hash_slot *slots = calloc(capacity, sizeof *slots);
    if (slots == NULL)
        return -1;
    size_t mask = capacity - 1;
    for (size_t j = 0; j < h->capacity; j++) {
        const camtg_hash_slot *old = &h->slots[j];
        if (old->key == NULL)
            continue;
        size_t i = (size_t)old->hash & mask;
        while (slots[i].key != NULL)
            i = (i + 1) & mask;
        slots[i] = *old;
    }
    free(h->slots);
    h->slots = slots;
    h->capacity = capacity;
    return 0;
}

int camtg_hash_insert(camtg_hash *h, const char *key, const void *value, const void **existing)
{
    if (h->count + 1 > h->capacity / 2 && hash_grow(h) != 0)
        return -1;
    uint64_t hv = camtg_hash_key(key, h->seed);
    size_t mask = h->capacity - 1;
    for (size_t i = (size_t)hv & mask;; i = (i + 1) & mask) {
        camtg_hash_slot *s = &h->slots[i];
        if (s->key == NULL) {
            s->key = key;
            s->value = value;
            s->hash = hv;
            h->count++;
            return 1;
        }
        if (s->hash == hv && strcmp(s->key, key) == 0) {
            if (existing != NULL)
                *existing = s->value;
            return 0;
        }
    }
}

const void *camtg_hash_find(const camtg_hash *h, const char *key)
{
    if (h->capacity == 0)
        return NULL;
    uint64_t hv = camtg_hash_key(key, h->seed);
    size_t mask = h->capacity - 1;
    for (size_t i = (size_t)hv & mask;; i = (i + 1) & mask) {
        const camtg_hash_slot *s = &h->slots[i];
        if (s->key == NULL)
            return NULL;
        if (s->hash == hv && strcmp(s->key, key) == 0)
            return s->value;
    }
}
