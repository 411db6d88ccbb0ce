/* SPDX-License-Identifier: MIT */
/* A bump allocator that owns every byte of a database. Freeing the arena
 * frees the whole database at once, which is why records hold plain
 * pointers and need no destructors. (It does not intern: the loader shares
 * repeated strings through its own table, see camtg_loader_intern.) */
#ifndef CAMTG_ARENA_H
#define CAMTG_ARENA_H

#include <stddef.h>

typedef struct camtg_arena_block camtg_arena_block;

typedef struct camtg_arena {
    camtg_arena_block *head;
    size_t used_in_head;
    size_t head_capacity;
} camtg_arena;

void camtg_arena_init(camtg_arena *arena);
void camtg_arena_release(camtg_arena *arena);

/* Zero-filled, max_align_t-aligned memory; NULL on overflow or OOM. */
void *camtg_arena_alloc(camtg_arena *arena, size_t size);
/* Like camtg_arena_alloc for count elements of size bytes, overflow-checked. */
void *camtg_arena_array(camtg_arena *arena, size_t count, size_t size);
/* A NUL-terminated copy of len bytes at s. */
char *camtg_arena_strndup(camtg_arena *arena, const char *s, size_t len);

#endif
