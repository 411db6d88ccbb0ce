/* SPDX-License-Identifier: MIT */
#include <string.h>

#include <camtg/vocab.h>

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

static const char *spelling_of(const char *const *table, int count, int value)
{
    return (value >= 0 && value < count) ? table[value] : NULL;
}

/* The value spelled s, CAMTG_EVOCAB when s is not in the table, or
 * CAMTG_EINVAL when s or out is NULL (the caller passes out only to test
 * it; the value is stored by the caller in its own enum type). */
static int value_of(const char *const *table, int count, const char *s, const void *out)
{
    if (s == NULL || out == NULL)
        return CAMTG_EINVAL;
    for (int i = 0; i < count; i++)
        if (strcmp(table[i], s) == 0)
            return i;
    return CAMTG_EVOCAB;
}

const char *camtg_entity_type_to_string(camtg_entity_type type)
{
    return spelling_of(ENTITY_TYPES, CAMTG_ENTITY_TYPE_COUNT, (int)type);
}

int camtg_entity_type_from_string(const char *s, camtg_entity_type *out)
{
    int value = value_of(ENTITY_TYPES, CAMTG_ENTITY_TYPE_COUNT, s, out);
    if (value < 0)
        return value;
    *out = (camtg_entity_type)value;
    return CAMTG_OK;
}

const char *camtg_kind_to_string(camtg_kind kind)
{
    return spelling_of(KINDS, CAMTG_KIND_COUNT, (int)kind);
}

int camtg_kind_from_string(const char *s, camtg_kind *out)
{
    int value = value_of(KINDS, CAMTG_KIND_COUNT, s, out);
    if (value < 0)
        return value;
    *out = (camtg_kind)value;
    return CAMTG_OK;
}

const char *camtg_plover_to_string(camtg_plover type)
{
    return spelling_of(PLOVER_TYPES, CAMTG_PLOVER_COUNT, (int)type);
}

int camtg_plover_from_string(const char *s, camtg_plover *out)
{
    int value = value_of(PLOVER_TYPES, CAMTG_PLOVER_COUNT, s, out);
    if (value < 0)
        return value;
    *out = (camtg_plover)value;
    return CAMTG_OK;
}

const char *camtg_sector_to_string(camtg_sector sector)
{
    return spelling_of(SECTORS, CAMTG_SECTOR_COUNT, (int)sector);
}

int camtg_sector_from_string(const char *s, camtg_sector *out)
{
    int value = value_of(SECTORS, CAMTG_SECTOR_COUNT, s, out);
    if (value < 0)
        return value;
    *out = (camtg_sector)value;
    return CAMTG_OK;
}

const char *camtg_status_to_string(camtg_status status)
{
    return spelling_of(STATUSES, CAMTG_STATUS_COUNT, (int)status);
}

int camtg_status_from_string(const char *s, camtg_status *out)
{
    int value = value_of(STATUSES, CAMTG_STATUS_COUNT, s, out);
    if (value < 0)
        return value;
    *out = (camtg_status)value;
    return CAMTG_OK;
}

const char *camtg_date_precision_to_string(camtg_date_precision precision)
{
    return spelling_of(DATE_PRECISIONS, CAMTG_DATE_PRECISION_COUNT, (int)precision);
}

int camtg_date_precision_from_string(const char *s, camtg_date_precision *out)
{
    int value = value_of(DATE_PRECISIONS, CAMTG_DATE_PRECISION_COUNT, s, out);
    if (value < 0)
        return value;
    *out = (camtg_date_precision)value;
    return CAMTG_OK;
}
