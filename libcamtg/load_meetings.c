/* SPDX-License-Identifier: MIT */
/* The "meetings" section. */
#include "loader.h"

static int load_meeting(camtg_loader *ld, const json_t *obj, camtg_meeting *m)
{
    TRY(camtg_field_string(ld, obj, "title", 1, &m->title));
    TRY(camtg_field_date(ld, obj, "date", 1, &m->date));
    TRY(camtg_field_entity(ld, obj, "place", 1,
                           CAMTG_BIT(CAMTG_ENTITY_PLACE) | CAMTG_BIT(CAMTG_ENTITY_COUNTRY),
                           &m->place));
    TRY(camtg_field_entity(ld, obj, "host", 1, CAMTG_ANY_ENTITY, &m->host));
    TRY(camtg_field_entity_list(ld, obj, "participants", 1, &m->participants,
                                &m->participant_count));
    TRY(camtg_field_string(ld, obj, "format", 1, &m->format));
    TRY(camtg_field_source(ld, obj, "source", &m->source));
    return camtg_field_entity(ld, obj, "context", 0, CAMTG_ANY_ENTITY, &m->context);
}

int camtg_load_meetings(camtg_loader *ld, const json_t *array)
{
    size_t saved = camtg_loader_push_key(ld, "meetings");
    for (size_t i = 0; i < ld->db->meeting_count; i++) {
        size_t at = camtg_loader_push_index(ld, i);
        camtg_meeting *m = &ld->db->meetings[i];
        camtg_loader_enter_record(ld, "meeting", m->id);
        TRY(load_meeting(ld, camtg_section_item(ld, array, i), m));
        camtg_loader_pop(ld, at);
    }
    camtg_loader_pop(ld, saved);
    ld->record[0] = '\0';
    return 0;
}
