/* SPDX-License-Identifier: MIT */
/* The spellings of the data format's vocabularies, and their conversions. */
#include <string.h>

#include "spellings.h"

/* The spellings of the data format, indexed by enum value. */
static const char *const ENTITY_TYPES[CAMTG_ENTITY_TYPE_COUNT] = {
    "country", "person", "organization", "place", "initiative",
    "project", "event", "group", "topic",
};
static const char *const KINDS[CAMTG_KIND_COUNT] = {"pledge", "position", "assessment"};
static const char *const PLOVER_TYPES[CAMTG_PLOVER_COUNT] = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
};
static const char *const SECTORS[CAMTG_SECTOR_COUNT] = {
    "sovereignty", "multilateralism", "diplomacy", "security", "human_rights",
    "trade_investment", "connectivity", "agriculture", "health", "energy_minerals",
    "ports_shipping", "local_cooperation", "mobility", "consular", "culture",
    "people_to_people", "industry", "education", "poverty_reduction", "innovation",
};
static const char *const STATUSES[CAMTG_STATUS_COUNT] = {
    "pledged", "in_progress", "fulfilled", "lapsed", "stated",
};
static const char *const DATE_PRECISIONS[CAMTG_DATE_PRECISION_COUNT] = {"day", "month", "year"};

const camtg_spellings CAMTG_ENTITY_TYPE_SPELLINGS = {ENTITY_TYPES, 0, CAMTG_ENTITY_TYPE_COUNT};
const camtg_spellings CAMTG_KIND_SPELLINGS = {KINDS, 0, CAMTG_KIND_COUNT};
const camtg_spellings CAMTG_PLOVER_SPELLINGS = {PLOVER_TYPES, 0, CAMTG_PLOVER_COUNT};
const camtg_spellings CAMTG_SECTOR_SPELLINGS = {SECTORS, 0, CAMTG_SECTOR_COUNT};
const camtg_spellings CAMTG_DATE_PRECISION_SPELLINGS = {DATE_PRECISIONS, 0,
                                                        CAMTG_DATE_PRECISION_COUNT};
static const camtg_spellings STATUS_SPELLINGS = {STATUSES, 0, CAMTG_STATUS_COUNT};
const camtg_spellings CAMTG_STORED_STATUS_SPELLINGS = {STATUSES, CAMTG_STATUS_PLEDGED,
                                                       CAMTG_STATUS_LAPSED + 1};
const camtg_spellings CAMTG_FOLLOWUP_STATUS_SPELLINGS = {
    STATUSES, CAMTG_STATUS_IN_PROGRESS, CAMTG_STATUS_LAPSED - CAMTG_STATUS_IN_PROGRESS + 1};

int camtg_spellings_find(const camtg_spellings *v, const char *s)
{
    for (int i = v->first; i < v->first + v->count; i++)
        if (strcmp(v->names[i], s) == 0)
            return i;
    return -1;
}

static const char *spelling_of(const camtg_spellings *v, int value)
{
    return (value >= v->first && value < v->first + v->count) ? v->names[value] : NULL;
}

/* The value spelled s, CAMTG_EVOCAB when s is not in the table, or
 * CAMTG_EINVAL when s or out is NULL (the caller passes out only to test
 * it; the value is stored by the caller in its own enum type). */
static int value_of(const camtg_spellings *v, const char *s, const void *out)
{
    if (s == NULL || out == NULL)
        return CAMTG_EINVAL;
    int value = camtg_spellings_find(v, s);
    return value >= 0 ? value : CAMTG_EVOCAB;
}

const char *camtg_entity_type_to_string(camtg_entity_type type)
{
    return spelling_of(&CAMTG_ENTITY_TYPE_SPELLINGS, (int)type);
}

int camtg_entity_type_from_string(const char *s, camtg_entity_type *out)
{
    int value = value_of(&CAMTG_ENTITY_TYPE_SPELLINGS, s, out);
    if (value < 0)
        return value;
    *out = (camtg_entity_type)value;
    return CAMTG_OK;
}

const char *camtg_kind_to_string(camtg_kind kind)
{
    return spelling_of(&CAMTG_KIND_SPELLINGS, (int)kind);
}

int camtg_kind_from_string(const char *s, camtg_kind *out)
{
    int value = value_of(&CAMTG_KIND_SPELLINGS, s, out);
    if (value < 0)
        return value;
    *out = (camtg_kind)value;
    return CAMTG_OK;
}

const char *camtg_plover_to_string(camtg_plover type)
{
    return spelling_of(&CAMTG_PLOVER_SPELLINGS, (int)type);
}

int camtg_plover_from_string(const char *s, camtg_plover *out)
{
    int value = value_of(&CAMTG_PLOVER_SPELLINGS, s, out);
    if (value < 0)
        return value;
    *out = (camtg_plover)value;
    return CAMTG_OK;
}

const char *camtg_sector_to_string(camtg_sector sector)
{
    return spelling_of(&CAMTG_SECTOR_SPELLINGS, (int)sector);
}

int camtg_sector_from_string(const char *s, camtg_sector *out)
{
    int value = value_of(&CAMTG_SECTOR_SPELLINGS, s, out);
    if (value < 0)
        return value;
    *out = (camtg_sector)value;
    return CAMTG_OK;
}

const char *camtg_status_to_string(camtg_status status)
{
    return spelling_of(&STATUS_SPELLINGS, (int)status);
}

int camtg_status_from_string(const char *s, camtg_status *out)
{
    int value = value_of(&STATUS_SPELLINGS, s, out);
    if (value < 0)
        return value;
    *out = (camtg_status)value;
    return CAMTG_OK;
}

const char *camtg_date_precision_to_string(camtg_date_precision precision)
{
    return spelling_of(&CAMTG_DATE_PRECISION_SPELLINGS, (int)precision);
}

int camtg_date_precision_from_string(const char *s, camtg_date_precision *out)
{
    int value = value_of(&CAMTG_DATE_PRECISION_SPELLINGS, s, out);
    if (value < 0)
        return value;
    *out = (camtg_date_precision)value;
    return CAMTG_OK;
}
