/* SPDX-License-Identifier: MIT */
/* Meeting accessors. */
#include <stdint.h>

#include "image.h"

size_t camtg_meeting_count(const camtg_db *db)
{
    return db != NULL ? camtg_image_count(db, CAMTG_SECTION_MEETINGS) : 0;
}

const camtg_meeting *camtg_meeting_at(const camtg_db *db, size_t index)
{
    return index < camtg_meeting_count(db) ? camtg_image_meeting(db, (uint32_t)index) : NULL;
}

int camtg_meeting_find(const camtg_db *db, const char *id, const camtg_meeting **out,
                       camtg_error *err)
{
    const void *found = NULL;
    int rc = camtg_db_find_by_id(db, id, CAMTG_RECORD_MEETING, __func__,
                                 out != NULL ? &found : NULL, err);
    if (out != NULL)
        *out = found;
    return rc;
}

const camtg_meeting *camtg_meeting_lookup(const camtg_db *db, const char *id)
{
    return db != NULL && id != NULL ? camtg_image_find_id(db, id, CAMTG_RECORD_MEETING) : NULL;
}

const char *camtg_meeting_id(const camtg_meeting *m)
{
    return m != NULL ? camtg_image_string(camtg_image_of(m), m->id) : NULL;
}

size_t camtg_meeting_index(const camtg_meeting *m)
{
    return m != NULL ? camtg_image_index_of(camtg_image_of(m), CAMTG_SECTION_MEETINGS, m)
                     : SIZE_MAX;
}

const char *camtg_meeting_title(const camtg_meeting *m)
{
    return m != NULL ? camtg_image_string(camtg_image_of(m), m->title) : NULL;
}

const char *camtg_meeting_date(const camtg_meeting *m)
{
    return m != NULL ? camtg_image_string(camtg_image_of(m), m->date) : NULL;
}

const char *camtg_meeting_format(const camtg_meeting *m)
{
    return m != NULL ? camtg_image_string(camtg_image_of(m), m->format) : NULL;
}

const camtg_entity *camtg_meeting_place(const camtg_meeting *m)
{
    return m != NULL ? camtg_image_entity(camtg_image_of(m), m->place) : NULL;
}

const camtg_entity *camtg_meeting_host(const camtg_meeting *m)
{
    return m != NULL ? camtg_image_entity(camtg_image_of(m), m->host) : NULL;
}

const camtg_entity *camtg_meeting_context(const camtg_meeting *m)
{
    return m != NULL ? camtg_image_entity(camtg_image_of(m), m->context) : NULL;
}

const camtg_source *camtg_meeting_source(const camtg_meeting *m)
{
    return m != NULL ? camtg_image_source(camtg_image_of(m), m->source) : NULL;
}

size_t camtg_meeting_participant_count(const camtg_meeting *m)
{
    return m != NULL ? camtg_image_word_count(camtg_image_of(m), m->participants) : 0;
}

const camtg_entity *camtg_meeting_participant(const camtg_meeting *m, size_t index)
{
    if (m == NULL)
        return NULL;
    const camtg_db *db = camtg_image_of(m);
    return camtg_image_entity(db, camtg_image_word(db, m->participants, index));
}

size_t camtg_meeting_commitment_count(const camtg_meeting *m)
{
    return m != NULL ? camtg_image_word_count(camtg_image_of(m), m->commitments) : 0;
}
