/* SPDX-License-Identifier: MIT */
#include "arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct camtg_arena_block {
    camtg_arena_block *next;
    alignas(max_align_t) unsigned char data[];
};

/* Blocks start small so tiny datasets stay tiny, then double up to a cap so
 * that a large dataset costs few mallocs without over-reserving. */
enum { ARENA_FIRST_BLOCK = 16 * 1024, ARENA_MAX_BLOCK = 4 * 1024 * 1024 };

void camtg_arena_init(camtg_arena *arena)
{
    arena->head = NULL;
    arena->used_in_head = 0;
    arena->head_capacity = 0;
}

void camtg_arena_release(camtg_arena *arena)
{
    camtg_arena_block *b = arena->head;
    while (b != NULL) {
        camtg_arena_block *next = b->next;
        free(b);
        b = next;
    }
    camtg_arena_init(arena);
}

static size_t round_up_to_alignment(size_t n)
{
    const size_t a = alignof(max_align_t);
    return (n + a - 1) / a * a;
}

void *camtg_arena_alloc(camtg_arena *arena, size_t size)
{
    if (size == 0)
        size = 1;
    if (size > SIZE_MAX / 2)
        return NULL;
    size = round_up_to_alignment(size);
    if (arena->head == NULL || arena->head_capacity - arena->used_in_head < size) {
        size_t capacity = arena->head_capacity ? arena->head_capacity * 2 : ARENA_FIRST_BLOCK;
        if (capacity > ARENA_MAX_BLOCK)
            capacity = ARENA_MAX_BLOCK;
        if (capacity < size)
            capacity = size;
        camtg_arena_block *b = malloc(sizeof *b + capacity);
        if (b == NULL)
            return NULL;
        b->next = arena->head;
        arena->head = b;
        arena->head_capacity = capacity;
        arena->used_in_head = 0;
    }
    void *p = arena->head->data + arena->used_in_head;
    arena->used_in_head += size;
    memset(p, 0, size);
    return p;
}

void *camtg_arena_array(camtg_arena *arena, size_t count, size_t size)
{
    if (size != 0 && count > SIZE_MAX / size)
        return NULL;
    return camtg_arena_alloc(arena, count * size);
}

char *camtg_arena_strndup(camtg_arena *arena, const char *s, size_t len)
{
    if (len == SIZE_MAX)
        return NULL;
    char *copy = camtg_arena_alloc(arena, len + 1);
    if (copy != NULL) {
        memcpy(copy, s, len);
        copy[len] = '\0';
    }
    return copy;
}
