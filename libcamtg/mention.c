/* SPDX-License-Identifier: MIT */
/* Mention accessors: where the source texts name an entity. */
#include "image.h"

size_t camtg_entity_mention_count(const camtg_entity *e)
{
    size_t count = 0;
    if (e != NULL)
        (void)camtg_image_run(camtg_image_of(e), CAMTG_SECTION_MENTIONS, e->mentions,
                              sizeof(camtg_mention), &count);
    return count;
}

const camtg_mention *camtg_entity_mention(const camtg_entity *e, size_t index)
{
    if (e == NULL)
        return NULL;
    size_t count;
    const camtg_mention *run = camtg_image_run(camtg_image_of(e), CAMTG_SECTION_MENTIONS,
                                               e->mentions, sizeof(camtg_mention), &count);
    return index < count ? &run[index] : NULL;
}

const camtg_entity *camtg_mention_entity(const camtg_mention *m)
{
    return m != NULL ? camtg_image_entity(camtg_image_of(m), m->entity) : NULL;
}

const camtg_source *camtg_mention_source(const camtg_mention *m)
{
    return m != NULL ? camtg_image_source(camtg_image_of(m), m->source) : NULL;
}

const char *camtg_mention_text(const camtg_mention *m)
{
    return m != NULL ? camtg_image_string(camtg_image_of(m), m->text) : NULL;
}

/* Offsets are stored in 32 bits, so they always fit in a long. */
long camtg_mention_start(const camtg_mention *m)
{
    return m != NULL ? (long)m->start : -1;
}

long camtg_mention_end(const camtg_mention *m)
{
    return m != NULL ? (long)m->end : -1;
}

long camtg_mention_byte_start(const camtg_mention *m)
{
    return m != NULL ? (long)m->byte_start : -1;
}

long camtg_mention_byte_end(const camtg_mention *m)
{
    return m != NULL ? (long)m->byte_end : -1;
}
