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

const camtg_source *camtg_source_lookup(const camtg_db *db, const char *id)
{
    return camtg_db_find_record(db, id, CAMTG_RECORD_SOURCE);
}

#define SOURCE_FIELD(name)                                                                     \
    const char *camtg_source_##name(const camtg_source *s)                                    \
    {                                                                                          \
        return s != NULL ? s->name : NULL;                                                     \
    }

SOURCE_FIELD(id)
SOURCE_FIELD(title)
SOURCE_FIELD(publisher)
SOURCE_FIELD(published)
SOURCE_FIELD(dateline)
SOURCE_FIELD(language)
SOURCE_FIELD(url)
SOURCE_FIELD(text)

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
    return s != NULL ? s->index : SIZE_MAX;
}
