/* SPDX-License-Identifier: MIT */
/* Closing a database and re-checking its evidence. */
#include <stdio.h>
#include <stdlib.h>

#include "error.h"
#include "internal.h"
#include "loader.h"

const camtg_record *camtg_db_find_record(const camtg_db *db, const char *id,
                                        camtg_record_kind kind)
{
    if (db == NULL || id == NULL)
        return NULL;
    const camtg_record *rec = camtg_hash_find(&db->ids, id);
    return rec != NULL && rec->kind == kind ? rec : NULL;
}

int camtg_db_find_by_id(const camtg_db *db, const char *id, camtg_record_kind kind,
                        const char *caller, const camtg_record **out, camtg_error *err)
{
    camtg_error_clear(err);
    if (out != NULL)
        *out = NULL;
    if (db == NULL || id == NULL || out == NULL)
        return camtg_error_set(err, CAMTG_EINVAL, "", "%s: db, id and out must not be NULL",
                               caller);
    *out = camtg_db_find_record(db, id, kind);
    if (*out == NULL)
        return camtg_error_set(err, CAMTG_ENOTFOUND, "", "no %s has the id \"%.60s\"",
                               camtg_record_kind_name(kind), id);
    return CAMTG_OK;
}

void camtg_close(camtg_db *db)
{
    if (db == NULL)
        return;
    camtg_hash_release(&db->ids);
    camtg_hash_release(&db->entity_keys);
    camtg_arena_release(&db->arena);
    free(db);
}

int camtg_db_verify(const camtg_db *db, camtg_error *err)
{
    camtg_error_clear(err);
    if (db == NULL)
        return camtg_error_set(err, CAMTG_EINVAL, "", "camtg_db_verify: db must not be NULL");
    for (size_t i = 0; i < db->commitment_count; i++) {
        const camtg_commitment *c = &db->commitments[i];
        if (!camtg_commitment_quote_matches(c)) {
            char path[64];
            snprintf(path, sizeof path, "/commitments/%zu/evidence/quote", i);
            return camtg_error_set(err, CAMTG_EEVIDENCE, path,
                                   "commitment \"%.60s\": the quote no longer matches source "
                                   "\"%.60s\" at [%zu, %zu)",
                                   c->rec.id, c->source->rec.id, c->start, c->end);
        }
    }
    for (size_t i = 0; i < db->entity_count; i++) {
        const camtg_entity *e = &db->entities[i];
        for (size_t k = 0; k < e->mention_count; k++) {
            const camtg_text_span *span = &e->mentions[k].span;
            if (!camtg_text_span_matches(span)) {
                char path[80];
                snprintf(path, sizeof path, "/entities/%zu/mentions/%zu/text", i, k);
                return camtg_error_set(err, CAMTG_EEVIDENCE, path,
                                       "entity \"%.60s\": the mention no longer matches source "
                                       "\"%.60s\" at [%zu, %zu)",
                                       e->rec.id, span->source->rec.id, span->start, span->end);
            }
        }
    }
    return CAMTG_OK;
}
