/* SPDX-License-Identifier: MIT */
/**
 * @file camtg/camtg.h
 * @brief libcamtg: a typed, provenance-checked knowledge base of diplomatic
 *        meetings and the commitments made there.
 *
 * Include this header only; it brings in the others.
 *
 * @code
 * camtg_db *db;
 * camtg_error err;
 * if (camtg_open_default(&db, &err) < 0) {
 *     fprintf(stderr, "%s\n", err.message);
 *     return 1;
 * }
 * const camtg_entity *kaz;
 * if (camtg_entity_find(db, "kazakhstan", &kaz, &err) < 0) {
 *     fprintf(stderr, "%s\n", err.message); // CAMTG_ENOTFOUND: no such entity
 *     camtg_close(db);
 *     return 1;
 * }
 * camtg_filter f = CAMTG_FILTER_INIT;
 * f.involving = kaz;
 * size_t cursor = 0;
 * const camtg_commitment *c;
 * while (camtg_query_next(db, &f, &cursor, &c) == CAMTG_OK)
 *     printf("%s: %s\n", camtg_commitment_id(c), camtg_commitment_summary(c));
 * camtg_close(db);
 * @endcode
 *
 * Conventions, stated once for the whole API:
 * - Functions that can fail return 0 or a negative ::camtg_error_code and
 *   fill an optional caller-owned ::camtg_error. No state is kept between calls.
 * - A database is immutable once opened: concurrent readers need no locks.
 * - Every pointer the API returns is borrowed from the database and valid
 *   until camtg_close(); never free it.
 * - Strings are UTF-8 and NUL-terminated.
 */
#ifndef CAMTG_CAMTG_H
#define CAMTG_CAMTG_H

#include <camtg/export.h>
#include <camtg/version.h>
#include <camtg/error.h>
#include <camtg/vocab.h>
#include <camtg/db.h>
#include <camtg/source.h>
#include <camtg/entity.h>
#include <camtg/meeting.h>
#include <camtg/commitment.h>
#include <camtg/followup.h>
#include <camtg/mention.h>

#endif /* CAMTG_CAMTG_H */
