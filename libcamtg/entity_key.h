/* SPDX-License-Identifier: MIT */
/* The form in which entity lookup compares keys (ids, names, aliases and
 * the caller's key): Unicode NFC after full case folding, computed by
 * utf8proc. The same function folds the keys stored at load time and the
 * key of every lookup, so the two always agree. */
#ifndef CAMTG_ENTITY_KEY_H
#define CAMTG_ENTITY_KEY_H

#include <stddef.h>
#include <stdint.h>

/* The longest id, name or alias, in bytes of UTF-8. Loading rejects longer
 * ones (CAMTG_ELIMIT), which bounds every stored key's folded form, so a
 * lookup folds into a buffer on its own stack and a key whose folded form
 * does not fit is simply a miss: lookups never allocate. */
#define CAMTG_ENTITY_KEY_MAX 1024

/* Code points of the working buffer. Case folding and canonical
 * decomposition turn one UTF-8 byte into at most 1.5 code points (U+01D5:
 * two bytes, three code points), so any key of CAMTG_ENTITY_KEY_MAX bytes
 * fits, with room for the terminating NUL. */
#define CAMTG_ENTITY_KEY_CAPACITY (CAMTG_ENTITY_KEY_MAX * 3 / 2 + 1)

/* Working memory for one fold; its bytes end up holding the folded key. */
typedef struct camtg_entity_key {
    int32_t code_points[CAMTG_ENTITY_KEY_CAPACITY];
} camtg_entity_key;

/* Folds key (NUL-terminated) into buf. Returns the folded key, a
 * NUL-terminated UTF-8 string inside buf, and its length in *len; or NULL
 * when key is not valid UTF-8 or its folded form does not fit. */
const char *camtg_entity_key_fold(const char *key, camtg_entity_key *buf, size_t *len);

#endif
