/* SPDX-License-Identifier: MIT */
/* Building the per-entity commitment lists that queries walk (roles.c). */
#ifndef CAMTG_ROLES_H
#define CAMTG_ROLES_H

#include "loader.h"

/* The most groups one entity may belong to, directly or through nested
 * groups: a query about the entity may merge the lists of each. */
#define CAMTG_MAX_GROUPS_PER_ENTITY 256

/* Fills every entity's as_actor, as_target and involving lists and its
 * merged groups (see draft.h). Needs the groups lists built and cycles
 * ruled out. Fails with CAMTG_ELIMIT or CAMTG_ENOMEM. */
int camtg_build_role_lists(camtg_loader *ld);

#endif
