/* SPDX-License-Identifier: MIT */
/* The "followups" section of schema version 2 and the research date; then
 * each commitment's timeline (date order). The status it derives is set
 * once the image holds the timeline (image_build.c). */
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "loader.h"
#include "value_rules.h"

int camtg_prepare_followups(camtg_loader *ld, const json_t *root, const json_t *array)
{
    (void)array;
    return camtg_field_date(ld, root, "followups_researched", 0, &ld->db->followups_researched);
}

static int read_citation(camtg_loader *ld, const json_t *obj, void *element, size_t index,
                         void *ctx)
{
    camtg_draft_citation *c = element;
    (void)index;
    (void)ctx;
    if (!json_is_object(obj))
        return camtg_loader_fail(ld, CAMTG_ESCHEMA, "each citation must be an object, not %s",
                                 camtg_json_type_name(obj));
    TRY(camtg_field_checked(ld, obj, "url", 1, camtg_is_web_url,
                            "a web address (http:// or https://)", &c->url));
    TRY(camtg_field_string(ld, obj, "publisher", 1, &c->publisher));
    TRY(camtg_field_date(ld, obj, "published", 0, &c->published));
    return camtg_field_string(ld, obj, "title", 0, &c->title);
}

static int load_citations(camtg_loader *ld, const json_t *obj, camtg_draft_followup *f)
{
    void *citations;
    int rc = camtg_field_items(ld, obj, "citations", 1,
                               "\"citations\" must list at least one page that reports it",
                               sizeof *f->citations, read_citation, NULL, &citations,
                               &f->citation_count);
    f->citations = citations;
    return rc;
}

static int load_date(camtg_loader *ld, const json_t *obj, camtg_draft_followup *f)
{
    TRY(camtg_field_date(ld, obj, "date", 1, &f->date));
    f->precision = CAMTG_DATE_PRECISION_DAY;
    if (json_object_get(obj, "date_precision") != NULL) {
        int value;
        TRY(camtg_field_vocab(ld, obj, "date_precision", "date precision",
                              &CAMTG_DATE_PRECISION_SPELLINGS, &value));
        f->precision = (camtg_date_precision)value;
    }
    size_t saved = camtg_loader_push_key(ld, "date");
    if (!camtg_date_starts_period(f->date, f->precision))
        return camtg_loader_fail(ld, CAMTG_ESCHEMA,
                                 "date \"%s\" must be the first day of its %s, as the date "
                                 "precision is \"%s\"",
                                 f->date, camtg_date_precision_to_string(f->precision),
                                 camtg_date_precision_to_string(f->precision));
    char end[CAMTG_DATE_SIZE];
    camtg_date_period_end(f->date, f->precision, end);
    f->date_end = camtg_loader_intern(ld, end, strlen(end));
    if (f->date_end == NULL)
        return camtg_loader_oom(ld);
    const camtg_draft_meeting *m = f->commitment->meeting;
    if (strcmp(f->date_end, m->date) < 0)
        return camtg_loader_fail(ld, CAMTG_ESCHEMA,
                                 "date %s is before commitment \"%.60s\" was made (meeting "
                                 "\"%.60s\" on %s)",
                                 f->date, f->commitment->rec.id, m->rec.id, m->date);
    const char *researched = ld->db->followups_researched;
    if (researched != NULL && strcmp(f->date, researched) > 0)
        return camtg_loader_fail(ld, CAMTG_ESCHEMA,
                                 "date %s is after \"followups_researched\" (%s)", f->date,
                                 researched);
    camtg_loader_pop(ld, saved);
    return 0;
}

static int load_status(camtg_loader *ld, const json_t *obj, camtg_draft_followup *f)
{
    if (f->commitment->kind != CAMTG_KIND_PLEDGE) {
        f->status = CAMTG_STATUS_STATED;
        if (json_object_get(obj, "status") == NULL)
            return 0;
        camtg_loader_push_key(ld, "status");
        return camtg_loader_fail(ld, CAMTG_ESCHEMA,
                                 "commitment \"%.60s\" is %s %s, which has no status to report; "
                                 "remove \"status\"",
                                 f->commitment->rec.id,
                                 f->commitment->kind == CAMTG_KIND_ASSESSMENT ? "an" : "a",
                                 camtg_kind_to_string(f->commitment->kind));
    }
    /* "pledged" is what no follow-up says yet, "stated" belongs to
     * positions: neither is written */
    int value;
    TRY(camtg_field_vocab(ld, obj, "status", "follow-up status",
                          &CAMTG_FOLLOWUP_STATUS_SPELLINGS, &value));
    f->status = (camtg_status)value;
    return 0;
}

int camtg_read_followup(camtg_loader *ld, const json_t *obj, camtg_draft_record *rec)
{
    camtg_draft_followup *f = (camtg_draft_followup *)rec;
    TRY(camtg_field_commitment(ld, obj, "commitment", &f->commitment));
    TRY(load_date(ld, obj, f));
    TRY(load_status(ld, obj, f));
    TRY(camtg_field_string(ld, obj, "summary", 1, &f->summary));
    return load_citations(ld, obj, f);
}

static int by_date_then_file_order(const void *a, const void *b)
{
    const camtg_draft_followup *x = *(const camtg_draft_followup *const *)a;
    const camtg_draft_followup *y = *(const camtg_draft_followup *const *)b;
    int c = strcmp(x->date, y->date);
    if (c != 0)
        return c;
    return (x->rec.index > y->rec.index) - (x->rec.index < y->rec.index);
}

int camtg_build_timelines(camtg_loader *ld)
{
    camtg_draft *db = ld->db;
    for (size_t i = 0; i < db->followup_count; i++)
        db->commitments[db->followups[i].commitment->rec.index].followup_count++;
    for (size_t i = 0; i < db->commitment_count; i++) {
        camtg_draft_commitment *c = &db->commitments[i];
        if (c->followup_count == 0)
            continue;
        c->followups = camtg_arena_array(&db->arena, c->followup_count, sizeof *c->followups);
        if (c->followups == NULL)
            return camtg_loader_oom(ld);
        c->followup_count = 0;
    }
    for (size_t i = 0; i < db->followup_count; i++) {
        camtg_draft_commitment *c = &db->commitments[db->followups[i].commitment->rec.index];
        c->followups[c->followup_count++] = &db->followups[i];
    }
    for (size_t i = 0; i < db->commitment_count; i++) {
        camtg_draft_commitment *c = &db->commitments[i];
        if (c->followup_count > 1)
            qsort(c->followups, c->followup_count, sizeof *c->followups,
                  by_date_then_file_order);
    }
    return 0;
}
