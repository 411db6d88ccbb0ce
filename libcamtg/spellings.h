/* SPDX-License-Identifier: MIT */
/* The closed vocabularies of the data format as tables, so that the public
 * _to_string/_from_string helpers and the loader match spellings in one
 * place (vocab.c) and the loader can list the choices in its messages. */
#ifndef CAMTG_SPELLINGS_H
#define CAMTG_SPELLINGS_H

#include <camtg/vocab.h>

/* Values first .. first + count - 1 of one enum, spelled names[value]. */
typedef struct camtg_spellings {
    const char *const *names;
    int first, count;
} camtg_spellings;

extern const camtg_spellings CAMTG_ENTITY_TYPE_SPELLINGS;
extern const camtg_spellings CAMTG_KIND_SPELLINGS;
extern const camtg_spellings CAMTG_PLOVER_SPELLINGS;
extern const camtg_spellings CAMTG_SECTOR_SPELLINGS;
extern const camtg_spellings CAMTG_DATE_PRECISION_SPELLINGS;
/* The statuses a version-1 commitment stores ("stated" is derived, never
 * written), and those a follow-up reports (a pledge is "pledged" until one
 * says otherwise). */
extern const camtg_spellings CAMTG_STORED_STATUS_SPELLINGS;
extern const camtg_spellings CAMTG_FOLLOWUP_STATUS_SPELLINGS;

/* The value spelled s (exactly), or -1 when s is not one of them. */
int camtg_spellings_find(const camtg_spellings *v, const char *s);

#endif
