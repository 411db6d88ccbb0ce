/* SPDX-License-Identifier: MIT */
/* Mention accessors: where the source texts name an entity. */
#include "internal.h"

size_t camtg_entity_mention_count(const camtg_entity *e)
{
    return e != NULL ? e->mention_count : 0;
}

const camtg_mention *camtg_entity_mention(const camtg_entity *e, size_t index)
{
    return e != NULL && index < e->mention_count ? &e->mentions[index] : NULL;
}

const camtg_entity *camtg_mention_entity(const camtg_mention *m)
{
    return m != NULL ? m->entity : NULL;
}

const camtg_source *camtg_mention_source(const camtg_mention *m)
{
    return m != NULL ? m->span.source : NULL;
}

const char *camtg_mention_text(const camtg_mention *m)
{
    return m != NULL ? m->span.text : NULL;
}

long camtg_mention_start(const camtg_mention *m)
{
    return m != NULL ? (long)m->span.start : -1;
}

long camtg_mention_end(const camtg_mention *m)
{
    return m != NULL ? (long)m->span.end : -1;
}

long camtg_mention_byte_start(const camtg_mention *m)
{
    return m != NULL ? (long)m->span.byte_start : -1;
}

long camtg_mention_byte_end(const camtg_mention *m)
{
    return m != NULL ? (long)m->span.byte_end : -1;
}
