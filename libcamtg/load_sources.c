/* SPDX-License-Identifier: MIT */
/* The "sources" section: documents and their text. */
#include <string.h>

#include "loader.h"
#include "utf8.h"

int camtg_read_source(camtg_loader *ld, const json_t *obj, camtg_draft_record *rec)
{
    camtg_draft_source *s = (camtg_draft_source *)rec;
    TRY(camtg_field_string(ld, obj, "title", 1, &s->title));
    TRY(camtg_field_string(ld, obj, "publisher", 1, &s->publisher));
    TRY(camtg_field_date(ld, obj, "published", 1, &s->published));
    TRY(camtg_field_string(ld, obj, "dateline", 1, &s->dateline));
    TRY(camtg_field_string(ld, obj, "language", 1, &s->language));
    TRY(camtg_field_string(ld, obj, "url", 0, &s->url));
    TRY(camtg_field_string(ld, obj, "text", 1, &s->text));
    s->text_bytes = strlen(s->text);
    s->text_chars = camtg_utf8_count(s->text, s->text_bytes);
    s->checkpoints = camtg_utf8_checkpoints(&ld->db->arena, s->text, s->text_chars);
    return s->checkpoints != NULL ? 0 : camtg_loader_oom(ld);
}
