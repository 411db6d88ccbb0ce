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

const camtg_meeting *camtg_meeting_lookup(const camtg_db *db, const char *id)
{
    return camtg_db_find_record(db, id, CAMTG_RECORD_MEETING);
}

#define MEETING_FIELD(type, name)                                                              \
    type camtg_meeting_##name(const camtg_meeting *m)                                          \
    {                                                                                          \
        return m != NULL ? m->name : NULL;                                                     \
    }

MEETING_FIELD(const char *, id)
MEETING_FIELD(const char *, title)
MEETING_FIELD(const char *, date)
MEETING_FIELD(const char *, format)
MEETING_FIELD(const camtg_entity *, place)
MEETING_FIELD(const camtg_entity *, host)
MEETING_FIELD(const camtg_entity *, context)
MEETING_FIELD(const camtg_source *, source)

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
    return m != NULL ? m->index : SIZE_MAX;
}
