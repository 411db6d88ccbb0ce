/* SPDX-License-Identifier: MIT */
/* Follow-up accessors, a commitment's status on a date, and compliance per
 * party. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "error.h"
#include "internal.h"

size_t camtg_followup_count(const camtg_db *db)
{
    return db != NULL ? db->followup_count : 0;
}

const camtg_followup *camtg_followup_at(const camtg_db *db, size_t index)
{
    return db != NULL && index < db->followup_count ? &db->followups[index] : NULL;
}

int camtg_followup_find(const camtg_db *db, const char *id, const camtg_followup **out,
                        camtg_error *err)
{
    const camtg_record *rec = NULL;
    int rc = camtg_db_find_by_id(db, id, CAMTG_RECORD_FOLLOWUP, __func__,
                                 out != NULL ? &rec : NULL, err);
    if (out != NULL)
        *out = (const camtg_followup *)rec;
    return rc;
}

const camtg_followup *camtg_followup_lookup(const camtg_db *db, const char *id)
{
    return (const camtg_followup *)camtg_db_find_record(db, id, CAMTG_RECORD_FOLLOWUP);
}

const char *camtg_followup_id(const camtg_followup *f)
{
    return f != NULL ? f->rec.id : NULL;
}

const camtg_commitment *camtg_followup_commitment(const camtg_followup *f)
{
    return f != NULL ? f->commitment : NULL;
}

const char *camtg_followup_date(const camtg_followup *f)
{
    return f != NULL ? f->date : NULL;
}

const char *camtg_followup_date_end(const camtg_followup *f)
{
    return f != NULL ? f->date_end : NULL;
}

const char *camtg_followup_summary(const camtg_followup *f)
{
    return f != NULL ? f->summary : NULL;
}

size_t camtg_followup_index(const camtg_followup *f)
{
    return f != NULL ? f->rec.index : SIZE_MAX;
}

camtg_date_precision camtg_followup_date_precision(const camtg_followup *f)
{
    return f != NULL ? f->precision : CAMTG_DATE_PRECISION_INVALID;
}

camtg_status camtg_followup_status(const camtg_followup *f)
{
    return f != NULL ? f->status : CAMTG_STATUS_INVALID;
}

size_t camtg_followup_citation_count(const camtg_followup *f)
{
    return f != NULL ? f->citation_count : 0;
}

static const camtg_citation *citation(const camtg_followup *f, size_t index)
{
    return f != NULL && index < f->citation_count ? &f->citations[index] : NULL;
}

const char *camtg_followup_citation_url(const camtg_followup *f, size_t index)
{
    const camtg_citation *c = citation(f, index);
    return c != NULL ? c->url : NULL;
}

const char *camtg_followup_citation_publisher(const camtg_followup *f, size_t index)
{
    const camtg_citation *c = citation(f, index);
    return c != NULL ? c->publisher : NULL;
}

const char *camtg_followup_citation_published(const camtg_followup *f, size_t index)
{
    const camtg_citation *c = citation(f, index);
    return c != NULL ? c->published : NULL;
}

const char *camtg_followup_citation_title(const camtg_followup *f, size_t index)
{
    const camtg_citation *c = citation(f, index);
    return c != NULL ? c->title : NULL;
}

size_t camtg_commitment_followup_count(const camtg_commitment *c)
{
    return c != NULL ? c->followup_count : 0;
}

const camtg_followup *camtg_commitment_followup(const camtg_commitment *c, size_t index)
{
    return c != NULL && index < c->followup_count ? c->followups[index] : NULL;
}

camtg_status camtg_commitment_status_at(const camtg_commitment *c, const char *date)
{
    if (c->kind != CAMTG_KIND_PLEDGE)
        return CAMTG_STATUS_STATED;
    if (c->rec.db->schema_version < 2)
        return c->status;
    /* The timeline is in date order, so the last follow-up counted wins. */
    camtg_status status = CAMTG_STATUS_PLEDGED;
    for (size_t i = 0; i < c->followup_count; i++)
        if (date == NULL || strcmp(c->followups[i]->date_end, date) <= 0)
            status = c->followups[i]->status;
    return status;
}

int camtg_commitment_status_on(const camtg_commitment *c, const char *iso_date,
                               camtg_status *out)
{
    if (c == NULL || out == NULL || !camtg_date_is_valid(iso_date))
        return CAMTG_EINVAL;
    *out = camtg_commitment_status_at(c, iso_date);
    return CAMTG_OK;
}

const char *camtg_followups_researched(const camtg_db *db)
{
    return db != NULL ? db->followups_researched : NULL;
}

int camtg_db_schema_version(const camtg_db *db)
{
    return db != NULL ? db->schema_version : 0;
}

/* Adds one pledge's status on date to row; returns 0 when the pledge was
 * made after date and does not count yet. */
static int score_pledge(camtg_compliance_row *row, const camtg_commitment *c, const char *date)
{
    if (c->kind != CAMTG_KIND_PLEDGE || (date != NULL && strcmp(c->meeting->date, date) > 0))
        return 0;
    row->pledges++;
    switch (camtg_commitment_status_at(c, date)) {
    case CAMTG_STATUS_FULFILLED: row->fulfilled++; break;
    case CAMTG_STATUS_IN_PROGRESS: row->in_progress++; break;
    case CAMTG_STATUS_LAPSED: row->lapsed++; break;
    default: row->pledged_only++; break;
    }
    return 1;
}

int camtg_compliance_compute(const camtg_db *db, const char *iso_date,
                             camtg_compliance_row **rows, size_t *count, camtg_error *err)
{
    camtg_error_clear(err);
    if (rows != NULL)
        *rows = NULL;
    if (count != NULL)
        *count = 0;
    if (db == NULL || rows == NULL || count == NULL)
        return camtg_error_set(err, CAMTG_EINVAL, "",
                               "camtg_compliance_compute: db, rows and count must not be NULL");
    if (iso_date != NULL && !camtg_date_is_valid(iso_date))
        return camtg_error_set(err, CAMTG_EINVAL, "",
                               "camtg_compliance_compute: \"%.40s\" is not a calendar date "
                               "written YYYY-MM-DD",
                               iso_date);
    const char *date = iso_date != NULL ? iso_date : db->followups_researched;

    camtg_compliance_row *out = NULL;
    size_t n = 0;
    for (size_t i = 0; i < db->entity_count; i++) {
        const camtg_entity *e = &db->entities[i];
        if (e->type == CAMTG_ENTITY_GROUP || e->as_actor.count == 0)
            continue;
        camtg_compliance_row row = {e, 0, 0, 0, 0, 0, 0.0};
        for (size_t k = 0; k < e->as_actor.count; k++)
            score_pledge(&row, &db->commitments[e->as_actor.items[k]], date);
        if (row.pledges == 0)
            continue;
        row.score = ((double)row.fulfilled - (double)row.pledged_only - (double)row.lapsed) /
                    (double)row.pledges;
        if (out == NULL) {
            /* at most one row per entity; sized once, on the first row */
            out = malloc(db->entity_count * sizeof *out);
            if (out == NULL)
                return camtg_error_set(err, CAMTG_ENOMEM, "",
                                       "out of memory computing compliance");
        }
        out[n++] = row;
    }
    *rows = out;
    *count = n;
    return CAMTG_OK;
}

void camtg_compliance_free(camtg_compliance_row *rows)
{
    free(rows);
}
