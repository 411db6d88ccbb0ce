/* SPDX-License-Identifier: MIT */
/* Rules on single values that the JSON loader enforces and camtg_db_verify
 * checks again on an image, kept in one place so the two cannot differ. */
#ifndef CAMTG_VALUE_RULES_H
#define CAMTG_VALUE_RULES_H

#include <camtg/vocab.h>

/* The entity types a place reference ("within", an event's or a meeting's
 * "place") may name. */
#define CAMTG_PLACE_OR_COUNTRY (CAMTG_BIT(CAMTG_ENTITY_PLACE) | CAMTG_BIT(CAMTG_ENTITY_COUNTRY))

/* Whether s is Q followed by a positive number: a Wikidata item id. */
int camtg_is_wikidata_id(const char *s);

/* Whether s starts with http:// or https://. */
int camtg_is_web_url(const char *s);

#endif
