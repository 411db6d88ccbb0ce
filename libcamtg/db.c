/* SPDX-License-Identifier: MIT */
/* Finding a record by id for the public _find functions, and closing a
 * database. (camtg_db_verify is image_verify.c.) */
#include "error.h"
#include "image.h"

int camtg_db_find_by_id(const camtg_db *db, const char *id, camtg_record_kind kind,
                        const char *caller, const void **out, camtg_error *err)
{
    camtg_error_clear(err);
    if (out != NULL)
        *out = NULL;
    if (db == NULL || id == NULL || out == NULL)
        return camtg_error_set(err, CAMTG_EINVAL, "", "%s: db, id and out must not be NULL",
                               caller);
    *out = camtg_image_find_id(db, id, kind);
    if (*out == NULL)
        return camtg_error_set(err, CAMTG_ENOTFOUND, "", "no %s has the id \"%.60s\"",
                               camtg_record_kind_name(kind), id);
    return CAMTG_OK;
}

void camtg_close(camtg_db *db)
{
    if (db != NULL)
        camtg_image_unmap(db, (size_t)db->mapped);
}
