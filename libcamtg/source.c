/* SPDX-License-Identifier: MIT */
/* Source accessors. */
#include <stdint.h>

#include "image.h"

size_t camtg_source_count(const camtg_db *db)
{
    return db != NULL ? camtg_image_count(db, CAMTG_SECTION_SOURCES) : 0;
}

const camtg_source *camtg_source_at(const camtg_db *db, size_t index)
{
    return index < camtg_source_count(db) ? camtg_image_source(db, (uint32_t)index) : NULL;
}

int camtg_source_find(const camtg_db *db, const char *id, const camtg_source **out,
                      camtg_error *err)
{
    const void *found = NULL;
    int rc = camtg_db_find_by_id(db, id, CAMTG_RECORD_SOURCE, __func__,
                                 out != NULL ? &found : NULL, err);
    if (out != NULL)
        *out = found;
    return rc;
}

const camtg_source *camtg_source_lookup(const camtg_db *db, const char *id)
{
    return db != NULL && id != NULL ? camtg_image_find_id(db, id, CAMTG_RECORD_SOURCE) : NULL;
}

const char *camtg_source_id(const camtg_source *s)
{
    return s != NULL ? camtg_image_string(camtg_image_of(s), s->id) : NULL;
}

size_t camtg_source_index(const camtg_source *s)
{
    return s != NULL ? camtg_image_index_of(camtg_image_of(s), CAMTG_SECTION_SOURCES, s)
                     : SIZE_MAX;
}

const char *camtg_source_title(const camtg_source *s)
{
    return s != NULL ? camtg_image_string(camtg_image_of(s), s->title) : NULL;
}

const char *camtg_source_publisher(const camtg_source *s)
{
    return s != NULL ? camtg_image_string(camtg_image_of(s), s->publisher) : NULL;
}

const char *camtg_source_published(const camtg_source *s)
{
    return s != NULL ? camtg_image_string(camtg_image_of(s), s->published) : NULL;
}

const char *camtg_source_dateline(const camtg_source *s)
{
    return s != NULL ? camtg_image_string(camtg_image_of(s), s->dateline) : NULL;
}

const char *camtg_source_language(const camtg_source *s)
{
    return s != NULL ? camtg_image_string(camtg_image_of(s), s->language) : NULL;
}

const char *camtg_source_url(const camtg_source *s)
{
    return s != NULL ? camtg_image_string(camtg_image_of(s), s->url) : NULL;
}

const char *camtg_source_text(const camtg_source *s)
{
    return s != NULL ? camtg_image_string(camtg_image_of(s), s->text) : NULL;
}

size_t camtg_source_text_bytes(const camtg_source *s)
{
    return s != NULL ? s->text_bytes : 0;
}

size_t camtg_source_text_chars(const camtg_source *s)
{
    return s != NULL ? s->text_chars : 0;
}
