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
    "pledged", "in_progress", "fulfilled", "lapsed",
};

static const char *spelling_of(const char *const *table, int count, int value)
{
    return (value >= 0 && value < count) ? table[value] : NULL;
}

static int value_of(const char *const *table, int count, const char *s, int *out)
{
    if (s == NULL || out == NULL)
        return CAMTG_EINVAL;
    for (int i = 0; i < count; i++) {
        if (strcmp(table[i], s) == 0) {
            *out = i;
            return CAMTG_OK;
        }
    }
    return CAMTG_EVOCAB;
}

/* Each vocabulary gets the same pair of functions over its own table. */
#define CAMTG_VOCAB_FUNCTIONS(prefix, enum_type, table, count)                \
    const char *prefix##_to_string(enum_type value)                            \
    {                                                                          \
        return spelling_of(table, count, (int)value);                          \
    }                                                                          \
    int prefix##_from_string(const char *s, enum_type *out)                    \
    {                                                                          \
        int value = 0;                                                         \
        int rc = value_of(table, count, s, out != NULL ? &value : NULL);       \
        if (rc == CAMTG_OK)                                                    \
            *out = (enum_type)value;                                           \
        return rc;                                                             \
    }

CAMTG_VOCAB_FUNCTIONS(camtg_entity_type, camtg_entity_type, ENTITY_TYPES, CAMTG_ENTITY_TYPE_COUNT)
CAMTG_VOCAB_FUNCTIONS(camtg_kind, camtg_kind, KINDS, CAMTG_KIND_COUNT)
CAMTG_VOCAB_FUNCTIONS(camtg_plover, camtg_plover, PLOVER_TYPES, CAMTG_PLOVER_COUNT)
CAMTG_VOCAB_FUNCTIONS(camtg_sector, camtg_sector, SECTORS, CAMTG_SECTOR_COUNT)
CAMTG_VOCAB_FUNCTIONS(camtg_status_value, camtg_status_value, STATUSES, CAMTG_STATUS_COUNT)
