/* SPDX-License-Identifier: MIT */
/* Follow-up accessors, a commitment's status on a date, and compliance per
 * party. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "error.h"
#include "image.h"

size_t camtg_followup_count(const camtg_db *db)
{
    return db != NULL ? camtg_image_count(db, CAMTG_SECTION_FOLLOWUPS) : 0;
}

const camtg_followup *camtg_followup_at(const camtg_db *db, size_t index)
{
    return index < camtg_followup_count(db) ? camtg_image_followup(db, (uint32_t)index) : NULL;
}

int camtg_followup_find(const camtg_db *db, const char *id, const camtg_followup **out,
                        camtg_error *err)
{
    const void *found = NULL;
    int rc = camtg_db_find_by_id(db, id, CAMTG_RECORD_FOLLOWUP, __func__,
                                 out != NULL ? &found : NULL, err);
    if (out != NULL)
        *out = found;
    return rc;
}

const camtg_followup *camtg_followup_lookup(const camtg_db *db, const char *id)
{
    return db != NULL && id != NULL ? camtg_image_find_id(db, id, CAMTG_RECORD_FOLLOWUP) : NULL;
}

const char *camtg_followup_id(const camtg_followup *f)
{
    return f != NULL ? camtg_image_string(camtg_image_of(f), f->id) : NULL;
}

size_t camtg_followup_index(const camtg_followup *f)
{
    return f != NULL ? camtg_image_index_of(camtg_image_of(f), CAMTG_SECTION_FOLLOWUPS, f)
                     : SIZE_MAX;
}

const camtg_commitment *camtg_followup_commitment(const camtg_followup *f)
{
    return f != NULL ? camtg_image_commitment(camtg_image_of(f), f->commitment) : NULL;
}

const char *camtg_followup_date(const camtg_followup *f)
{
    return f != NULL ? camtg_image_string(camtg_image_of(f), f->date) : NULL;
}

const char *camtg_followup_date_end(const camtg_followup *f)
{
    return f != NULL ? camtg_image_string(camtg_image_of(f), f->date_end) : NULL;
}

const char *camtg_followup_summary(const camtg_followup *f)
{
    return f != NULL ? camtg_image_string(camtg_image_of(f), f->summary) : NULL;
}

camtg_date_precision camtg_followup_date_precision(const camtg_followup *f)
{
    return f != NULL ? (camtg_date_precision)camtg_image_enum(f->precision,
                                                              CAMTG_DATE_PRECISION_COUNT,
                                                              CAMTG_DATE_PRECISION_INVALID)
                     : CAMTG_DATE_PRECISION_INVALID;
}

camtg_status camtg_followup_status(const camtg_followup *f)
{
    return f != NULL
               ? (camtg_status)camtg_image_enum(f->status, CAMTG_STATUS_COUNT, CAMTG_STATUS_INVALID)
               : CAMTG_STATUS_INVALID;
}

/* A follow-up's citations, and their count through *count. */
static const camtg_citation *citations(const camtg_followup *f, size_t *count)
{
    *count = 0;
    return f != NULL ? camtg_image_run(camtg_image_of(f), CAMTG_SECTION_CITATIONS, f->citations,
                                       sizeof(camtg_citation), count)
                     : NULL;
}

size_t camtg_followup_citation_count(const camtg_followup *f)
{
    size_t count;
    (void)citations(f, &count);
    return count;
}

static const camtg_citation *citation(const camtg_followup *f, size_t index)
{
    size_t count;
    const camtg_citation *run = citations(f, &count);
    return index < count ? &run[index] : NULL;
}

const char *camtg_followup_citation_url(const camtg_followup *f, size_t index)
{
    const camtg_citation *c = citation(f, index);
    return c != NULL ? camtg_image_string(camtg_image_of(c), c->url) : NULL;
}

const char *camtg_followup_citation_publisher(const camtg_followup *f, size_t index)
{
    const camtg_citation *c = citation(f, index);
    return c != NULL ? camtg_image_string(camtg_image_of(c), c->publisher) : NULL;
}

const char *camtg_followup_citation_published(const camtg_followup *f, size_t index)
{
    const camtg_citation *c = citation(f, index);
    return c != NULL ? camtg_image_string(camtg_image_of(c), c->published) : NULL;
}

const char *camtg_followup_citation_title(const camtg_followup *f, size_t index)
{
    const camtg_citation *c = citation(f, index);
    return c != NULL ? camtg_image_string(camtg_image_of(c), c->title) : NULL;
}

size_t camtg_commitment_followup_count(const camtg_commitment *c)
{
    return c != NULL ? camtg_image_word_count(camtg_image_of(c), c->followups) : 0;
}

const camtg_followup *camtg_commitment_followup(const camtg_commitment *c, size_t index)
{
    if (c == NULL)
        return NULL;
    const camtg_db *db = camtg_image_of(c);
    return camtg_image_followup(db, camtg_image_word(db, c->followups, index));
}

camtg_status camtg_commitment_status_at(const camtg_commitment *c, const char *date)
{
    /* Version 1 stores a status on every commitment, positions and
     * assessments too, and has no "stated": what the file says stands on
     * every date, as camtg_commitment_status() reports it. */
    if (c != NULL && camtg_image_of(c)->schema_version < 2)
        return camtg_commitment_status(c);
    if (camtg_commitment_kind(c) != CAMTG_KIND_PLEDGE)
        return CAMTG_STATUS_STATED;
    /* The timeline is in date order, so the last follow-up counted wins. */
    camtg_status status = CAMTG_STATUS_PLEDGED;
    size_t count = camtg_commitment_followup_count(c);
    for (size_t i = 0; i < count; i++) {
        const camtg_followup *f = camtg_commitment_followup(c, i);
        const char *end = camtg_followup_date_end(f);
        if (f != NULL && (date == NULL || (end != NULL && strcmp(end, date) <= 0)))
            status = camtg_followup_status(f);
    }
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
    return db != NULL ? camtg_image_string(db, db->followups_researched) : NULL;
}

int camtg_db_schema_version(const camtg_db *db)
{
    return db != NULL ? (int)db->schema_version : 0;
}

/* Adds one pledge's status on date to row; returns 0 when the pledge was
 * made after date and does not count yet. */
static int score_pledge(camtg_compliance_row *row, const camtg_commitment *c, const char *date)
{
    const char *made = camtg_meeting_date(camtg_commitment_meeting(c));
    if (camtg_commitment_kind(c) != CAMTG_KIND_PLEDGE ||
        (date != NULL && (made == NULL || strcmp(made, date) > 0)))
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
    const char *date = iso_date != NULL ? iso_date : camtg_followups_researched(db);

    camtg_compliance_row *out = NULL;
    size_t n = 0;
    size_t entities = camtg_entity_count(db);
    for (size_t i = 0; i < entities; i++) {
        const camtg_entity *e = camtg_entity_at(db, i);
        size_t acted;
        const uint32_t *as_actor = camtg_image_words(db, e->as_actor, &acted);
        if (camtg_entity_type_of(e) == CAMTG_ENTITY_GROUP || acted == 0)
            continue;
        camtg_compliance_row row = {e, 0, 0, 0, 0, 0, 0.0};
        for (size_t k = 0; k < acted; k++) {
            const camtg_commitment *c = camtg_image_commitment(db, as_actor[k]);
            if (c != NULL)
                score_pledge(&row, c, date);
        }
        if (row.pledges == 0)
            continue;
        row.score = ((double)row.fulfilled - (double)row.pledged_only - (double)row.lapsed) /
                    (double)row.pledges;
        if (out == NULL) {
            /* at most one row per entity; sized once, on the first row */
            out = malloc(entities * sizeof *out);
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
