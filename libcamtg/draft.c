/* SPDX-License-Identifier: MIT */
/* A draft's life: its arena, the image reserved for it from the start, and
 * the strings the loader writes straight into that image. */
#include "draft.h"

#include <string.h>

int camtg_draft_init(camtg_draft *d)
{
    camtg_arena_init(&d->arena);
    d->image = camtg_image_reserve_space((size_t)CAMTG_IMAGE_MAX_BYTES);
    d->committed = 0;
    d->strings_used = 1; /* offset 0 is a NUL that no field names */
    return d->image != NULL ? 0 : -1;
}

void camtg_draft_release(camtg_draft *d)
{
    camtg_hash_release(&d->ids);
    camtg_hash_release(&d->entity_keys);
    camtg_arena_release(&d->arena);
    if (d->image != NULL)
        camtg_image_unmap(d->image, (size_t)CAMTG_IMAGE_MAX_BYTES);
    d->image = NULL;
}

const char *camtg_draft_strndup(camtg_draft *d, const char *s, size_t len)
{
    /* room for the NUL, and for at least the header and one byte of
     * records after the strings */
    size_t room = (size_t)CAMTG_IMAGE_MAX_BYTES - CAMTG_DRAFT_STRINGS_AT - d->strings_used;
    if (len >= room) {
        d->strings_full = 1;
        return NULL;
    }
    size_t end = CAMTG_DRAFT_STRINGS_AT + d->strings_used + len + 1;
    if (camtg_image_commit(d->image, (size_t)CAMTG_IMAGE_MAX_BYTES, &d->committed, end) != 0)
        return NULL;
    char *copy = (char *)d->image + CAMTG_DRAFT_STRINGS_AT + d->strings_used;
    memcpy(copy, s, len);
    copy[len] = '\0';
    d->strings_used += len + 1;
    return copy;
}
