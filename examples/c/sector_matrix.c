/* SPDX-License-Identifier: MIT */
/*
 * sector_matrix: how many commitments each country takes part in, sector
 * by sector.
 *
 *     sector_matrix [DATASET]
 *
 * One row per sector that occurs, one column per country (its id); a
 * commitment counts for a country when the country, or a group it belongs
 * to, is among its actors or targets. A commitment with several sectors
 * counts once in each.
 *
 * What it shows: walking the entities by type, the vocabulary helpers
 * (camtg_sector_to_string) and sector bit masks in a camtg_filter.
 *
 * Build:  cc sector_matrix.c $(pkg-config --cflags --libs camtg)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <camtg/camtg.h>

#include "example.h"

/* Commitments involving @p country that have @p sector. */
static size_t count(const camtg_db *db, const camtg_entity *country, camtg_sector sector)
{
    camtg_filter filter = CAMTG_FILTER_INIT;
    filter.involving = country;
    filter.sectors = CAMTG_BIT(sector);
    size_t cursor = 0, n = 0;
    const camtg_commitment *c;
    while (camtg_query_next(db, &filter, &cursor, &c) == CAMTG_OK)
        n++;
    return n;
}

int main(int argc, char **argv)
{
    camtg_db *db;
    int status = example_open(&db, argc, argv, 0, "[DATASET]");
    if (status != 0)
        return status;

    /* The columns: every country, in file order. */
    size_t ncountries = 0;
    const camtg_entity **countries = malloc((camtg_entity_count(db) + 1) * sizeof *countries);
    if (!countries) {
        camtg_close(db);
        return 1;
    }
    for (size_t i = 0; i < camtg_entity_count(db); i++)
        if (camtg_entity_type_of(camtg_entity_at(db, i)) == CAMTG_ENTITY_COUNTRY)
            countries[ncountries++] = camtg_entity_at(db, i);

    /* Sectors that no commitment has are left out of the rows. */
    unsigned used = 0;
    for (size_t i = 0; i < camtg_commitment_count(db); i++)
        used |= camtg_commitment_sector_mask(camtg_commitment_at(db, i));

    printf("%-18s", "sector");
    for (size_t k = 0; k < ncountries; k++)
        printf(" %5s", camtg_entity_id(countries[k]));
    printf("\n");
    for (int s = 0; s < CAMTG_SECTOR_COUNT; s++) {
        if (!(used & CAMTG_BIT(s)))
            continue;
        printf("%-18s", camtg_sector_to_string((camtg_sector)s));
        for (size_t k = 0; k < ncountries; k++)
            printf(" %5zu", count(db, countries[k], (camtg_sector)s));
        printf("\n");
    }
    free(countries);
    camtg_close(db);
    return 0;
}
