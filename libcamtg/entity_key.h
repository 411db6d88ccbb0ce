/* The form in which entity lookup compares keys (ids, names, aliases and
 * the caller's key): the same function folds the keys stored at load time
 * and the key of every lookup, so the two always agree. */
#ifndef CAMTG_ENTITY_KEY_H
#define CAMTG_ENTITY_KEY_H

/* The longest folded key, in bytes without the NUL. Loading rejects longer
 * ids, names and aliases (CAMTG_ELIMIT), so a lookup folds into a buffer on
 * its own stack and a longer key is simply a miss: lookups never allocate. */
#define CAMTG_ENTITY_KEY_MAX 1024

/* Writes the folded form of key, NUL-terminated, into buf. Returns its
 * length, or -1 when it is longer than CAMTG_ENTITY_KEY_MAX (buf then holds
 * no usable key). */
int camtg_entity_key_fold(const char *key, char buf[CAMTG_ENTITY_KEY_MAX + 1]);

#endif
