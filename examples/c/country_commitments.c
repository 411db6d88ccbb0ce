/* SPDX-License-Identifier: MIT */
/*
 * country_commitments: everything one country takes part in.
 *
 *     country_commitments KEY [DATASET]
 *
 * KEY is an entity id, name or alias in any case ("KAZ", "kazakhstan").
 * Without DATASET the program reads the dataset built into libcamtg.
 *
 * What it shows: looking an entity up, filtering commitments with a
 * camtg_filter and stepping through the matches with camtg_query_next().
 * The filter matches through groups, so a country also gets what a group
 * it belongs to ("the five Central Asian countries") committed to.
 *
 * Build:  cc country_commitments.c $(pkg-config --cflags --libs camtg)
 */
#include <stdio.h>

#include <camtg/camtg.h>

#include "example.h"

/* Prints how the country stands among one side's n parties, party(c, 0)
 * to party(c, n - 1): named ("actor"), or in a group named ("actor via
 * C5"). Returns 0 when it is not on that side. */
static int print_side(const char *side, const camtg_commitment *c, size_t n,
                      const camtg_entity *(*party)(const camtg_commitment *, size_t),
                      const camtg_entity *country)
{
    for (size_t i = 0; i < n; i++) {
        const camtg_entity *p = party(c, i);
        if (p == country) {
            printf("%s", side);
            return 1;
        }
        if (camtg_entity_in_group(country, p) == 1) {
            printf("%s via %s", side, camtg_entity_id(p));
            return 1;
        }
    }
    return 0;
}

/* Says how the country takes part: "actor", "target", or through which
 * group ("target via C5"). */
static void print_role(const camtg_commitment *c, const camtg_entity *country)
{
    if (!print_side("actor", c, camtg_commitment_actor_count(c), camtg_commitment_actor, country))
        print_side("target", c, camtg_commitment_target_count(c), camtg_commitment_target,
                   country);
}

int main(int argc, char **argv)
{
    camtg_db *db;
    int status = example_open(&db, argc, argv, 1, "KEY [DATASET]");
    if (status != 0)
        return status;

    /* A miss must stop here: a NULL entity in a filter matches everything. */
    const camtg_entity *country;
    camtg_error err;
    if (camtg_entity_find(db, argv[1], &country, &err) < 0) {
        fprintf(stderr, "%s\n", err.message);
        camtg_close(db);
        return 1;
    }

    /* Count first, so that the heading can say how many follow. */
    camtg_filter filter = CAMTG_FILTER_INIT;
    filter.involving = country;
    size_t cursor = 0, n = 0;
    const camtg_commitment *c;
    while (camtg_query_next(db, &filter, &cursor, &c) == CAMTG_OK)
        n++;
    printf("%s (%s) takes part in %zu commitment%s:\n", camtg_entity_name(country),
           camtg_entity_id(country), n, n == 1 ? "" : "s");

    cursor = 0;
    while (camtg_query_next(db, &filter, &cursor, &c) == CAMTG_OK) {
        printf("  %s [%s, ", camtg_commitment_id(c),
               camtg_kind_to_string(camtg_commitment_kind(c)));
        print_role(c, country);
        printf("]: %s\n", camtg_commitment_summary(c));
    }
    camtg_close(db);
    return 0;
}
