/* SPDX-License-Identifier: MIT */
/* The "commitments" section, including the check that every quote is the
 * exact slice of its source that the offsets name. */
#include <string.h>

#include "loader.h"

/* CAMEO codes are two to four digits ("04", "057", "0311"). */
static int is_cameo_code(const char *s)
{
    size_t n = strlen(s);
    if (n < 2 || n > 4)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

/* ctx: the commitment, whose sector_mask finds a sector listed twice. */
static int read_sector(camtg_loader *ld, const json_t *item, void *element, size_t index,
                       void *ctx)
{
    camtg_draft_commitment *c = ctx;
    int sector;
    (void)index;
    TRY(camtg_value_vocab(ld, item, "sector", &CAMTG_SECTOR_SPELLINGS, &sector));
    if (c->sector_mask & CAMTG_BIT(sector))
        return camtg_loader_fail(ld, CAMTG_ESCHEMA, "\"sectors\" lists \"%s\" twice",
                                 camtg_sector_to_string((camtg_sector)sector));
    c->sector_mask |= CAMTG_BIT(sector);
    *(unsigned char *)element = (unsigned char)sector;
    return 0;
}

static int load_sectors(camtg_loader *ld, const json_t *obj, camtg_draft_commitment *c)
{
    void *sectors;
    int rc = camtg_field_items(ld, obj, "sectors", 1, "\"sectors\" must list at least one sector",
                               sizeof *c->sectors, read_sector, c, &sectors, &c->sector_count);
    c->sectors = sectors;
    return rc;
}

static int load_evidence(camtg_loader *ld, const json_t *obj, camtg_draft_commitment *c)
{
    size_t saved = camtg_loader_push_key(ld, "evidence");
    const json_t *ev = json_object_get(obj, "evidence");
    if (ev == NULL)
        return camtg_loader_fail(ld, CAMTG_ESCHEMA, "missing required key \"evidence\"");
    if (!json_is_object(ev))
        return camtg_loader_fail(ld, CAMTG_ESCHEMA, "\"evidence\" must be an object, not %s",
                                 camtg_json_type_name(ev));
    camtg_text_span span;
    TRY(camtg_load_span(ld, ev, "quote", "quote", &span));
    c->source = span.source;
    c->quote = span.text;
    c->start = span.start;
    c->end = span.end;
    c->byte_start = span.byte_start;
    c->byte_end = span.byte_end;
    camtg_loader_pop(ld, saved);
    return 0;
}

/* Version 1 stores the status; version 2 derives it from the follow-ups
 * (load_followups.c), so a stored one there would be a second, hand-kept
 * truth that can drift: it is refused. */
static int load_status(camtg_loader *ld, const json_t *obj, camtg_draft_commitment *c)
{
    if (ld->db->schema_version >= 2) {
        if (json_object_get(obj, "status") == NULL)
            return 0;
        camtg_loader_push_key(ld, "status");
        return camtg_loader_fail(ld, CAMTG_ESCHEMA,
                                 "\"status\" is derived from the follow-ups in schema version 2; "
                                 "remove it");
    }
    int value;
    TRY(camtg_field_vocab(ld, obj, "status", "status", &CAMTG_STORED_STATUS_SPELLINGS, &value));
    c->status = (camtg_status)value;
    return 0;
}

int camtg_read_commitment(camtg_loader *ld, const json_t *obj, camtg_draft_record *rec)
{
    camtg_draft_commitment *c = (camtg_draft_commitment *)rec;
    int value;
    TRY(camtg_field_meeting(ld, obj, "meeting", &c->meeting));
    TRY(camtg_field_vocab(ld, obj, "kind", "kind", &CAMTG_KIND_SPELLINGS, &value));
    c->kind = (camtg_kind)value;
    TRY(camtg_field_vocab(ld, obj, "type", "PLOVER type", &CAMTG_PLOVER_SPELLINGS, &value));
    c->type = (camtg_plover)value;
    TRY(camtg_field_checked(ld, obj, "cameo", 0, is_cameo_code,
                            "a CAMEO code (2 to 4 digits, as \"057\")", &c->cameo));
    TRY(camtg_field_string(ld, obj, "verb", 1, &c->verb));
    TRY(camtg_field_string(ld, obj, "summary", 1, &c->summary));
    TRY(camtg_field_entity_list(ld, obj, "actors", 0, &c->actors, &c->actor_count));
    TRY(camtg_field_entity_list(ld, obj, "targets", 1, &c->targets, &c->target_count));
    TRY(camtg_field_entity_list(ld, obj, "objects", 1, &c->objects, &c->object_count));
    TRY(load_sectors(ld, obj, c));
    TRY(load_status(ld, obj, c));
    return load_evidence(ld, obj, c);
}
