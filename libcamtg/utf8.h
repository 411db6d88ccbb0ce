/* SPDX-License-Identifier: MIT */
/* UTF-8: checking input, and code point arithmetic on text already known
 * to be valid (Jansson validates every string it returns). */
#ifndef CAMTG_UTF8_H
#define CAMTG_UTF8_H

#include <stddef.h>

#include "arena.h"

/* Whether byte continues a multi-byte sequence rather than starting a
 * character. */
static inline int camtg_utf8_is_continuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

/* One checkpoint every this many code points bounds an offset lookup. */
#define CAMTG_UTF8_STRIDE 64

/* Number of code points in the len bytes at s. */
size_t camtg_utf8_count(const char *s, size_t len);

/* Whether s[0..len) is well-formed UTF-8 (no overlong forms, surrogates or
 * code points past U+10FFFF). The streamed loader checks the whole input
 * with it because it never parses the sections a version ignores. */
int camtg_utf8_is_valid(const char *s, size_t len);

/* How many checkpoints a text of `chars` code points has: one for code
 * point 0 and one for every CAMTG_UTF8_STRIDE-th after it. */
static inline size_t camtg_utf8_checkpoint_count(size_t chars)
{
    return chars / CAMTG_UTF8_STRIDE + 1;
}

/* Builds the checkpoint table for text (chars code points long): entry i is
 * the byte offset of code point i * CAMTG_UTF8_STRIDE. NULL when out of memory. */
const size_t *camtg_utf8_checkpoints(camtg_arena *arena, const char *text, size_t chars);

/* The byte offset `n` code points after the code point that starts at byte
 * `at` of text; the text must hold them (its NUL counts as the end). */
size_t camtg_utf8_advance(const char *text, size_t at, size_t n);

/* Byte offset of code point cp (0 <= cp <= chars) in text. */
size_t camtg_utf8_byte_offset(const char *text, const size_t *checkpoints, size_t cp);

/* Replaces every byte of s that is not part of a well-formed UTF-8
 * sequence with '?', in place: a message cut in the middle of a character,
 * or quoting raw input, stays valid UTF-8 for every binding. */
void camtg_utf8_sanitize(char *s);

#endif
