/* SPDX-License-Identifier: MIT */
/* The "meetings" section. */
#include "loader.h"
#include "value_rules.h"

int camtg_read_meeting(camtg_loader *ld, const json_t *obj, camtg_draft_record *rec)
{
    camtg_draft_meeting *m = (camtg_draft_meeting *)rec;
    TRY(camtg_field_string(ld, obj, "title", 1, &m->title));
    TRY(camtg_field_date(ld, obj, "date", 1, &m->date));
    TRY(camtg_field_entity(ld, obj, "place", 1, CAMTG_PLACE_OR_COUNTRY, &m->place));
    TRY(camtg_field_entity(ld, obj, "host", 1, CAMTG_ANY_ENTITY, &m->host));
    TRY(camtg_field_entity_list(ld, obj, "participants", 1, &m->participants,
                                &m->participant_count));
    TRY(camtg_field_string(ld, obj, "format", 1, &m->format));
    TRY(camtg_field_source(ld, obj, "source", &m->source));
    return camtg_field_entity(ld, obj, "context", 0, CAMTG_ANY_ENTITY, &m->context);
}
