/* SPDX-License-Identifier: MIT */
#include "utf8.h"

#include <utf8proc.h>

size_t camtg_utf8_count(const char *s, size_t len)
{
    size_t count = 0;
    for (size_t i = 0; i < len; i++)
        if (!camtg_utf8_is_continuation((unsigned char)s[i]))
            count++;
    return count;
}

const size_t *camtg_utf8_checkpoints(camtg_arena *arena, const char *text, size_t chars)
{
    size_t n = camtg_utf8_checkpoint_count(chars);
    size_t *table = camtg_arena_array(arena, n, sizeof *table);
    if (table == NULL)
        return NULL;
    size_t cp = 0, k = 0;
    for (size_t i = 0; k < n; i++) {
        if (camtg_utf8_is_continuation((unsigned char)text[i]))
            continue;
        if (cp % CAMTG_UTF8_STRIDE == 0)
            table[k++] = i;
        cp++;
    }
    return table;
}

size_t camtg_utf8_advance(const char *text, size_t at, size_t n)
{
    for (; n > 0; n--) {
        at++;
        while (camtg_utf8_is_continuation((unsigned char)text[at]))
            at++;
    }
    return at;
}

size_t camtg_utf8_byte_offset(const char *text, const size_t *checkpoints, size_t cp)
{
    return camtg_utf8_advance(text, checkpoints[cp / CAMTG_UTF8_STRIDE], cp % CAMTG_UTF8_STRIDE);
}

/* Length of the well-formed sequence at p (RFC 3629: no overlongs, no
 * surrogates, nothing above U+10FFFF), or 0 when it is malformed. */
static size_t sequence_length(const unsigned char *p)
{
    unsigned char b = p[0];
    if (b < 0x80)
        return 1;
    size_t n;
    unsigned char lo = 0x80, hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF)
        n = 2;
    else if (b >= 0xE0 && b <= 0xEF) {
        n = 3;
        if (b == 0xE0)
            lo = 0xA0;
        else if (b == 0xED)
            hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
        n = 4;
        if (b == 0xF0)
            lo = 0x90;
        else if (b == 0xF4)
            hi = 0x8F;
    } else
        return 0;
    if (p[1] < lo || p[1] > hi)
        return 0;
    for (size_t i = 2; i < n; i++)
        if (!camtg_utf8_is_continuation(p[i]))
            return 0;
    return n;
}

void camtg_utf8_sanitize(char *s)
{
    unsigned char *p = (unsigned char *)s;
    while (*p != '\0') {
        size_t n = sequence_length(p);
        if (n == 0)
            *p++ = '?';
        else
            p += n;
    }
}

int camtg_utf8_is_valid(const char *s, size_t len)
{
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    while (len > 0) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(p, (utf8proc_ssize_t)len, &cp);
        if (n <= 0 || cp < 0)
            return 0;
        p += n;
        len -= (size_t)n;
    }
    return 1;
}
