/* SPDX-License-Identifier: MIT */
#include "entity_key.h"

#include <utf8proc.h>

/* Full case folding, canonical decomposition and ordering, then canonical
 * composition: NFC of the case-folded key. STABLE keeps the result the same
 * across Unicode versions for assigned characters. */
const char *camtg_entity_key_fold(const char *key, camtg_entity_key *buf, size_t *len)
{
    utf8proc_int32_t *cp = buf->code_points;
    utf8proc_ssize_t n = utf8proc_decompose(
        (const utf8proc_uint8_t *)key, 0, cp, CAMTG_ENTITY_KEY_CAPACITY,
        UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD);
    /* reencode needs one byte more than the UTF-8 it writes: keep a spare
     * code point (four bytes). */
    if (n < 0 || n >= CAMTG_ENTITY_KEY_CAPACITY)
        return NULL;
    utf8proc_ssize_t bytes = utf8proc_reencode(cp, n, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (bytes < 0)
        return NULL;
    *len = (size_t)bytes;
    return (const char *)cp;
}
