/* SPDX-License-Identifier: MIT */
/* The "entities" section, with the keys that belong to each entity type. */
#include <string.h>

#include "entity_key.h"
#include "loader.h"
#include "value_rules.h"

static int load_type_specific(camtg_loader *ld, const json_t *obj, camtg_draft_entity *e)
{
    switch (e->type) {
    case CAMTG_ENTITY_PERSON:
        TRY(camtg_field_entity(ld, obj, "country", 1, CAMTG_BIT(CAMTG_ENTITY_COUNTRY),
                               &e->country));
        return camtg_field_string_list(ld, obj, "positions", 1, &e->positions,
                                       &e->position_count);
    case CAMTG_ENTITY_PLACE:
        return camtg_field_entity(ld, obj, "within", 0, CAMTG_PLACE_OR_COUNTRY, &e->within);
    case CAMTG_ENTITY_GROUP:
        return camtg_field_entity_list(ld, obj, "members", 0, &e->members, &e->member_count);
    case CAMTG_ENTITY_EVENT:
        TRY(camtg_field_date(ld, obj, "date", 0, &e->date));
        return camtg_field_entity(ld, obj, "place", 0, CAMTG_PLACE_OR_COUNTRY, &e->place);
    default:
        return 0;
    }
}

/* Ids, names and aliases are lookup keys, which must fold within the
 * bounded buffer that lets camtg_entity_lookup run without allocating. */
static int check_key(camtg_loader *ld, const char *key, const char *field)
{
    camtg_entity_key buf;
    size_t len;
    if (strlen(key) <= CAMTG_ENTITY_KEY_MAX && camtg_entity_key_fold(key, &buf, &len) != NULL)
        return 0;
    return camtg_loader_fail(ld, CAMTG_ELIMIT,
                             "%s \"%.40s...\" is longer than the %d bytes a name may have", field,
                             key, CAMTG_ENTITY_KEY_MAX);
}

static int check_keys(camtg_loader *ld, const camtg_draft_entity *e)
{
    size_t saved = camtg_loader_push_key(ld, "id");
    TRY(check_key(ld, e->rec.id, "id"));
    camtg_loader_pop(ld, saved);
    camtg_loader_push_key(ld, "name");
    TRY(check_key(ld, e->name, "name"));
    camtg_loader_pop(ld, saved);
    camtg_loader_push_key(ld, "aliases");
    for (size_t k = 0; k < e->alias_count; k++) {
        size_t at = camtg_loader_push_index(ld, k);
        TRY(check_key(ld, e->aliases[k], "alias"));
        camtg_loader_pop(ld, at);
    }
    camtg_loader_pop(ld, saved);
    return 0;
}

int camtg_read_entity(camtg_loader *ld, const json_t *obj, camtg_draft_record *rec)
{
    camtg_draft_entity *e = (camtg_draft_entity *)rec;
    TRY(camtg_field_string(ld, obj, "name", 1, &e->name));
    TRY(camtg_field_string_list(ld, obj, "aliases", 0, &e->aliases, &e->alias_count));
    TRY(check_keys(ld, e));
    TRY(camtg_field_checked(ld, obj, "wikidata", 0, camtg_is_wikidata_id,
                            "a Wikidata item id such as \"Q148\"", &e->wikidata));
    TRY(camtg_field_string(ld, obj, "description", 0, &e->description));
    TRY(camtg_load_mentions(ld, obj, e));
    return load_type_specific(ld, obj, e);
}

/* References between entities check the type of their target ("country"
 * must name a country), and may point forward in the file, so every type is
 * read before any reference. */
int camtg_prepare_entities(camtg_loader *ld, const json_t *root, const json_t *array)
{
    (void)root;
    size_t saved = camtg_loader_push_key(ld, "entities");
    for (size_t i = 0; i < ld->db->entity_count; i++) {
        size_t at = camtg_loader_push_index(ld, i);
        camtg_draft_entity *e = &ld->db->entities[i];
        int type;
        camtg_loader_enter_record(ld, "entity", e->rec.id);
        TRY(camtg_field_vocab(ld, camtg_section_member(ld, array, i, "type"), "type", "entity type",
                              &CAMTG_ENTITY_TYPE_SPELLINGS, &type));
        e->type = (camtg_entity_type)type;
        camtg_loader_pop(ld, at);
    }
    camtg_loader_pop(ld, saved);
    ld->record[0] = '\0';
    return 0;
}
