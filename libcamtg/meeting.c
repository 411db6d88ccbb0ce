/* SPDX-License-Identifier: MIT */
/* Meeting accessors. */
#include <stdint.h>

#include "internal.h"

size_t camtg_meeting_count(const camtg_db *db)
{
    return db != NULL ? db->meeting_count : 0;
}

const camtg_meeting *camtg_meeting_at(const camtg_db *db, size_t index)
{
    return db != NULL && index < db->meeting_count ? &db->meetings[index] : NULL;
}

int camtg_meeting_find(const camtg_db *db, const char *id, const camtg_meeting **out,
                       camtg_error *err)
{
    const camtg_record *rec = NULL;
    int rc = camtg_db_find_by_id(db, id, CAMTG_RECORD_MEETING, __func__,
                                 out != NULL ? &rec : NULL, err);
    if (out != NULL)
        *out = (const camtg_meeting *)rec;
    return rc;
}

const camtg_meeting *camtg_meeting_lookup(const camtg_db *db, const char *id)
{
    return (const camtg_meeting *)camtg_db_find_record(db, id, CAMTG_RECORD_MEETING);
}

const char *camtg_meeting_id(const camtg_meeting *m)
{
    return m != NULL ? m->rec.id : NULL;
}

const char *camtg_meeting_title(const camtg_meeting *m)
{
    return m != NULL ? m->title : NULL;
}

const char *camtg_meeting_date(const camtg_meeting *m)
{
    return m != NULL ? m->date : NULL;
}

const char *camtg_meeting_format(const camtg_meeting *m)
{
    return m != NULL ? m->format : NULL;
}

const camtg_entity *camtg_meeting_place(const camtg_meeting *m)
{
    return m != NULL ? m->place : NULL;
}

const camtg_entity *camtg_meeting_host(const camtg_meeting *m)
{
    return m != NULL ? m->host : NULL;
}

const camtg_entity *camtg_meeting_context(const camtg_meeting *m)
{
    return m != NULL ? m->context : NULL;
}

const camtg_source *camtg_meeting_source(const camtg_meeting *m)
{
    return m != NULL ? m->source : NULL;
}

size_t camtg_meeting_participant_count(const camtg_meeting *m)
{
    return m != NULL ? m->participant_count : 0;
}

const camtg_entity *camtg_meeting_participant(const camtg_meeting *m, size_t index)
{
    return m != NULL && index < m->participant_count ? m->participants[index] : NULL;
}

size_t camtg_meeting_commitment_count(const camtg_meeting *m)
{
    return m != NULL ? m->commitments.count : 0;
}

size_t camtg_meeting_index(const camtg_meeting *m)
{
    return m != NULL ? m->rec.index : SIZE_MAX;
}
