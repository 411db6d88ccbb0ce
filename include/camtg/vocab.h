/* SPDX-License-Identifier: MIT */
/**
 * @file camtg/vocab.h
 * @brief The closed vocabularies of the data format, as enums.
 *
 * Each vocabulary has a `_to_string` helper that gives the exact spelling
 * used in the JSON format and a `_from_string` helper that parses it. The
 * spellings are case-sensitive, as in the data format. Enum values are
 * small and dense (0 to `_COUNT - 1`) so they can index arrays and build
 * bit masks with CAMTG_BIT(). Each vocabulary also has an `_INVALID` member
 * (-1), never a value of the data: it is what a getter returns for a NULL
 * record, so that getters can return the enum type itself.
 */
#ifndef CAMTG_VOCAB_H
#define CAMTG_VOCAB_H

#include <camtg/export.h>
#include <camtg/error.h>

#ifdef __cplusplus
extern "C" {
#endif

/** A one-bit mask for a vocabulary value, for the masks of ::camtg_filter. */
#define CAMTG_BIT(value) (1u << (unsigned)(value))

/** What an entity is (`entities[].type`). */
typedef enum camtg_entity_type {
    CAMTG_ENTITY_TYPE_INVALID = -1, /**< Not a type: the answer for a NULL entity. */
    CAMTG_ENTITY_COUNTRY = 0,  /**< "country": a state; id is its ISO 3166-1 alpha-3 code. */
    CAMTG_ENTITY_PERSON,       /**< "person": has a country and positions. */
    CAMTG_ENTITY_ORGANIZATION, /**< "organization": the UN, the SCO, a ministry. */
    CAMTG_ENTITY_PLACE,        /**< "place": a city or province, optionally within another place. */
    CAMTG_ENTITY_INITIATIVE,   /**< "initiative": the Belt and Road Initiative. */
    CAMTG_ENTITY_PROJECT,      /**< "project": a railway, a workshop, a centre. */
    CAMTG_ENTITY_EVENT,        /**< "event": a meeting or summit, optionally with date and place. */
    CAMTG_ENTITY_GROUP,        /**< "group": a named set of other entities (its members). */
    CAMTG_ENTITY_TOPIC,        /**< "topic": an issue or subject (Taiwan, human rights). */
    CAMTG_ENTITY_TYPE_COUNT    /**< Number of entity types; not a type. */
} camtg_entity_type;

/** What kind of statement a commitment records (`commitments[].kind`). */
typedef enum camtg_kind {
    CAMTG_KIND_INVALID = -1, /**< Not a kind: the answer for a NULL commitment. */
    CAMTG_KIND_PLEDGE = 0,  /**< "pledge": a party says it will act. */
    CAMTG_KIND_POSITION,    /**< "position": a stance (supports, opposes). */
    CAMTG_KIND_ASSESSMENT,  /**< "assessment": a judgement ("is vitally important"). */
    CAMTG_KIND_COUNT        /**< Number of kinds; not a kind. */
} camtg_kind;

/** The PLOVER event type of a commitment (`commitments[].type`), upper case. */
typedef enum camtg_plover {
    CAMTG_PLOVER_INVALID = -1, /**< Not a type: the answer for a NULL commitment. */
    CAMTG_PLOVER_AGREE = 0,  /**< "AGREE" */
    CAMTG_PLOVER_CONSULT,    /**< "CONSULT" */
    CAMTG_PLOVER_SUPPORT,    /**< "SUPPORT" */
    CAMTG_PLOVER_CONCEDE,    /**< "CONCEDE" */
    CAMTG_PLOVER_COOPERATE,  /**< "COOPERATE" */
    CAMTG_PLOVER_AID,        /**< "AID" */
    CAMTG_PLOVER_RETREAT,    /**< "RETREAT" */
    CAMTG_PLOVER_REQUEST,    /**< "REQUEST" */
    CAMTG_PLOVER_ACCUSE,     /**< "ACCUSE" */
    CAMTG_PLOVER_REJECT,     /**< "REJECT" */
    CAMTG_PLOVER_THREATEN,   /**< "THREATEN" */
    CAMTG_PLOVER_PROTEST,    /**< "PROTEST" */
    CAMTG_PLOVER_SANCTION,   /**< "SANCTION" */
    CAMTG_PLOVER_MOBILIZE,   /**< "MOBILIZE" */
    CAMTG_PLOVER_COERCE,     /**< "COERCE" */
    CAMTG_PLOVER_ASSAULT,    /**< "ASSAULT" */
    CAMTG_PLOVER_COUNT       /**< Number of PLOVER types; not a type. */
} camtg_plover;

/** The policy area of a commitment (`commitments[].sectors[]`). */
typedef enum camtg_sector {
    CAMTG_SECTOR_INVALID = -1,       /**< Not a sector: the answer for a NULL commitment or an index out of range. */
    CAMTG_SECTOR_SOVEREIGNTY = 0,    /**< "sovereignty" */
    CAMTG_SECTOR_MULTILATERALISM,    /**< "multilateralism" */
    CAMTG_SECTOR_DIPLOMACY,          /**< "diplomacy" */
    CAMTG_SECTOR_SECURITY,           /**< "security" */
    CAMTG_SECTOR_HUMAN_RIGHTS,       /**< "human_rights" */
    CAMTG_SECTOR_TRADE_INVESTMENT,   /**< "trade_investment" */
    CAMTG_SECTOR_CONNECTIVITY,       /**< "connectivity" */
    CAMTG_SECTOR_AGRICULTURE,        /**< "agriculture" */
    CAMTG_SECTOR_HEALTH,             /**< "health" */
    CAMTG_SECTOR_ENERGY_MINERALS,    /**< "energy_minerals" */
    CAMTG_SECTOR_PORTS_SHIPPING,     /**< "ports_shipping" */
    CAMTG_SECTOR_LOCAL_COOPERATION,  /**< "local_cooperation" */
    CAMTG_SECTOR_MOBILITY,           /**< "mobility" */
    CAMTG_SECTOR_CONSULAR,           /**< "consular" */
    CAMTG_SECTOR_CULTURE,            /**< "culture" */
    CAMTG_SECTOR_PEOPLE_TO_PEOPLE,   /**< "people_to_people" */
    CAMTG_SECTOR_INDUSTRY,           /**< "industry" */
    CAMTG_SECTOR_EDUCATION,          /**< "education" */
    CAMTG_SECTOR_POVERTY_REDUCTION,  /**< "poverty_reduction" */
    CAMTG_SECTOR_INNOVATION,         /**< "innovation" */
    CAMTG_SECTOR_COUNT               /**< Number of sectors; not a sector. */
} camtg_sector;

/** How far a commitment has come (`commitments[].status`). */
typedef enum camtg_status {
    CAMTG_STATUS_INVALID = -1, /**< Returned for a NULL record; not a status. */
    CAMTG_STATUS_PLEDGED = 0,  /**< "pledged": announced by the source. */
    CAMTG_STATUS_IN_PROGRESS,  /**< "in_progress": follow-up data shows work under way. */
    CAMTG_STATUS_FULFILLED,    /**< "fulfilled": done. */
    CAMTG_STATUS_LAPSED,       /**< "lapsed": abandoned or expired. */
    CAMTG_STATUS_STATED,       /**< "stated": a position or an assessment, which has no
                                    fulfilment; never written in a data file. */
    CAMTG_STATUS_COUNT         /**< Number of statuses; not a status. */
} camtg_status;

/** How much of a follow-up's `date` is known (`followups[].date_precision`).
 *  The date is written as the first day of the period it stands for. */
typedef enum camtg_date_precision {
    CAMTG_DATE_PRECISION_INVALID = -1, /**< Returned for a NULL record; not a precision. */
    CAMTG_DATE_PRECISION_DAY = 0,      /**< "day": the date is exact. */
    CAMTG_DATE_PRECISION_MONTH,        /**< "month": only the month is known (YYYY-MM-01). */
    CAMTG_DATE_PRECISION_YEAR,         /**< "year": only the year is known (YYYY-01-01). */
    CAMTG_DATE_PRECISION_COUNT         /**< Number of precisions; not a precision. */
} camtg_date_precision;

/** @name Vocabulary spellings
 *  @{ */
/**
 * `_to_string` returns the data-format spelling as a static string, or NULL
 * when the value is out of range (`_INVALID` included). `_from_string` parses an exact spelling
 * into `*out`; it returns ::CAMTG_OK, ::CAMTG_EVOCAB when @p s is not in the
 * vocabulary (`*out` untouched), or ::CAMTG_EINVAL when @p s or @p out is
 * NULL. (The same for every function of this group.)
 */
CAMTG_EXPORT const char *camtg_entity_type_to_string(camtg_entity_type type);
CAMTG_EXPORT int camtg_entity_type_from_string(const char *s, camtg_entity_type *out);
CAMTG_EXPORT const char *camtg_kind_to_string(camtg_kind kind);
CAMTG_EXPORT int camtg_kind_from_string(const char *s, camtg_kind *out);
CAMTG_EXPORT const char *camtg_plover_to_string(camtg_plover type);
CAMTG_EXPORT int camtg_plover_from_string(const char *s, camtg_plover *out);
CAMTG_EXPORT const char *camtg_sector_to_string(camtg_sector sector);
CAMTG_EXPORT int camtg_sector_from_string(const char *s, camtg_sector *out);
CAMTG_EXPORT const char *camtg_status_to_string(camtg_status status);
CAMTG_EXPORT int camtg_status_from_string(const char *s, camtg_status *out);
CAMTG_EXPORT const char *camtg_date_precision_to_string(camtg_date_precision precision);
CAMTG_EXPORT int camtg_date_precision_from_string(const char *s,
                                                  camtg_date_precision *out);
/** @} */

#ifdef __cplusplus
}
#endif

#endif /* CAMTG_VOCAB_H */
