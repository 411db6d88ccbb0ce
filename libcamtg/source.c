/* SPDX-License-Identifier: MIT */
/* Source accessors. */
#include <stdint.h>

#include "internal.h"

size_t camtg_source_count(const camtg_db *db)
{
    return db != NULL ? db->source_count : 0;
}

const camtg_source *camtg_source_at(const camtg_db *db, size_t index)
{
    return db != NULL && index < db->source_count ? &db->sources[index] : NULL;
}

int camtg_source_find(const camtg_db *db, const char *id, const camtg_source **out,
                      camtg_error *err)
{
    const camtg_record *rec = NULL;
    int rc = camtg_db_find_by_id(db, id, CAMTG_RECORD_SOURCE, __func__,
                                 out != NULL ? &rec : NULL, err);
    if (out != NULL)
        *out = (const camtg_source *)rec;
    return rc;
}

const camtg_source *camtg_source_lookup(const camtg_db *db, const char *id)
{
    return (const camtg_source *)camtg_db_find_record(db, id, CAMTG_RECORD_SOURCE);
}

const char *camtg_source_id(const camtg_source *s)
{
    return s != NULL ? s->rec.id : NULL;
}

const char *camtg_source_title(const camtg_source *s)
{
    return s != NULL ? s->title : NULL;
}

const char *camtg_source_publisher(const camtg_source *s)
{
    return s != NULL ? s->publisher : NULL;
}

const char *camtg_source_published(const camtg_source *s)
{
    return s != NULL ? s->published : NULL;
}

const char *camtg_source_dateline(const camtg_source *s)
{
    return s != NULL ? s->dateline : NULL;
}

const char *camtg_source_language(const camtg_source *s)
{
    return s != NULL ? s->language : NULL;
}

const char *camtg_source_url(const camtg_source *s)
{
    return s != NULL ? s->url : NULL;
}

const char *camtg_source_text(const camtg_source *s)
{
    return s != NULL ? s->text : NULL;
}

size_t camtg_source_text_bytes(const camtg_source *s)
{
    return s != NULL ? s->text_bytes : 0;
}

size_t camtg_source_text_chars(const camtg_source *s)
{
    return s != NULL ? s->text_chars : 0;
}

size_t camtg_source_index(const camtg_source *s)
{
    return s != NULL ? s->rec.index : SIZE_MAX;
}
