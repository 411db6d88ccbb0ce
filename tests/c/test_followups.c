/* SPDX-License-Identifier: MIT */
/*
 * Follow-ups through the C API: the embedded dataset's timelines, a
 * commitment's status on a date, compliance per party, and version 1
 * datasets loading as before.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testsupport.h"

static camtg_status status_on(const camtg_commitment *c, const char *date)
{
    camtg_status st = CAMTG_STATUS_INVALID;
    CU_ASSERT_EQUAL(camtg_commitment_status_on(c, date, &st), CAMTG_OK);
    return st;
}

static const camtg_commitment *commitment(const camtg_db *db, const char *id)
{
    const camtg_commitment *c = camtg_commitment_lookup(db, id);
    CU_ASSERT_PTR_NOT_NULL_FATAL(c);
    return c;
}

static const camtg_followup *followup(const camtg_db *db, const char *id)
{
    const camtg_followup *f = NULL;
    CU_ASSERT_EQUAL(camtg_followup_find(db, id, &f, NULL), CAMTG_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_PTR_EQUAL(camtg_followup_lookup(db, id), f);
    return f;
}

/* The day before a valid date, for "just before" checks. */
static void day_before(const char *date, char out[11])
{
    int y, m, d;
    CU_ASSERT_FATAL(sscanf(date, "%d-%d-%d", &y, &m, &d) == 3);
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (--d == 0) {
        if (--m == 0)
            m = 12, y--;
        d = days[m - 1] + (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
    }
    snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
}

static void test_dataset_is_version_2(void)
{
    camtg_db *db = camtg_test_open_default();
    CU_ASSERT_EQUAL(camtg_db_schema_version(db), 2);
    CAMTG_ASSERT_STR(camtg_followups_researched(db), "2025-12-31");
    CU_ASSERT(camtg_followup_count(db) > 0);
    camtg_close(db);
}

static void test_visa_pledge(void)
{
    camtg_db *db = camtg_test_open_default();
    const camtg_commitment *c = commitment(db, "p8-visa-exemption");
    CU_ASSERT_EQUAL(camtg_commitment_kind(c), CAMTG_KIND_PLEDGE);
    CU_ASSERT_EQUAL(status_on(c, "2023-05-01"), CAMTG_STATUS_PLEDGED);
    CU_ASSERT_EQUAL(status_on(c, "2023-12-01"), CAMTG_STATUS_FULFILLED);
    CU_ASSERT_EQUAL(camtg_commitment_status(c), CAMTG_STATUS_FULFILLED);
    /* the agreement came into force on the day the Kazakh foreign ministry gave */
    const camtg_followup *in_force = followup(db, "fu-visa-in-force");
    CAMTG_ASSERT_STR(camtg_followup_date(in_force), "2023-11-10");
    CU_ASSERT_PTR_EQUAL(camtg_followup_commitment(in_force), c);
    CU_ASSERT_EQUAL(camtg_followup_status(in_force), CAMTG_STATUS_FULFILLED);
    camtg_close(db);
}

static void test_consulates_pledge(void)
{
    camtg_db *db = camtg_test_open_default();
    const camtg_commitment *c = commitment(db, "p8-consulates");
    const camtg_followup *xian = followup(db, "fu-consulate-xian-opened");
    const camtg_followup *aktobe = followup(db, "fu-consulate-aktobe-opened");
    CU_ASSERT_PTR_EQUAL(camtg_followup_commitment(xian), c);
    CU_ASSERT_PTR_EQUAL(camtg_followup_commitment(aktobe), c);
    char before[11];
    day_before(camtg_followup_date(xian), before);
    CU_ASSERT_EQUAL(status_on(c, before), CAMTG_STATUS_PLEDGED);
    CU_ASSERT_EQUAL(status_on(c, camtg_followup_date(xian)), CAMTG_STATUS_IN_PROGRESS);
    day_before(camtg_followup_date(aktobe), before);
    CU_ASSERT_EQUAL(status_on(c, before), CAMTG_STATUS_IN_PROGRESS);
    CU_ASSERT_EQUAL(status_on(c, camtg_followup_date(aktobe)), CAMTG_STATUS_FULFILLED);
    CU_ASSERT(strcmp(camtg_followup_date(xian), camtg_followup_date(aktobe)) < 0);
    camtg_close(db);
}

static void test_pledge_without_evidence_stays_pledged(void)
{
    camtg_db *db = camtg_test_open_default();
    const camtg_commitment *c = commitment(db, "p11-traditional-medicine");
    CU_ASSERT_EQUAL(camtg_commitment_followup_count(c), 0);
    CU_ASSERT_PTR_NULL(camtg_commitment_followup(c, 0));
    CU_ASSERT_EQUAL(camtg_commitment_status(c), CAMTG_STATUS_PLEDGED);
    CU_ASSERT_EQUAL(status_on(c, camtg_followups_researched(db)), CAMTG_STATUS_PLEDGED);
    CU_ASSERT_EQUAL(status_on(c, "2099-12-31"), CAMTG_STATUS_PLEDGED);
    camtg_close(db);
}

static void test_positions_and_assessments_are_stated(void)
{
    camtg_db *db = camtg_test_open_default();
    size_t non_pledges = 0, restatements = 0;
    for (size_t i = 0; i < camtg_commitment_count(db); i++) {
        const camtg_commitment *c = camtg_commitment_at(db, i);
        if (camtg_commitment_kind(c) == CAMTG_KIND_PLEDGE)
            continue;
        non_pledges++;
        CU_ASSERT_EQUAL(camtg_commitment_status(c), CAMTG_STATUS_STATED);
        CU_ASSERT_EQUAL(status_on(c, "2023-04-26"), CAMTG_STATUS_STATED);
        CU_ASSERT_EQUAL(status_on(c, "2025-12-31"), CAMTG_STATUS_STATED);
        for (size_t k = 0; k < camtg_commitment_followup_count(c); k++, restatements++)
            CU_ASSERT_EQUAL(camtg_followup_status(camtg_commitment_followup(c, k)),
                            CAMTG_STATUS_STATED);
    }
    CU_ASSERT(non_pledges > 0);
    /* the dataset records restatements of positions too */
    CU_ASSERT(restatements > 0);
    camtg_close(db);
}

static int starts_with(const char *s, const char *prefix)
{
    return s != NULL && strncmp(s, prefix, strlen(prefix)) == 0;
}

static void test_every_followup_is_cited(void)
{
    camtg_db *db = camtg_test_open_default();
    for (size_t i = 0; i < camtg_followup_count(db); i++) {
        const camtg_followup *f = camtg_followup_at(db, i);
        CU_ASSERT(camtg_followup_citation_count(f) >= 1);
        for (size_t k = 0; k < camtg_followup_citation_count(f); k++) {
            const char *url = camtg_followup_citation_url(f, k);
            CU_ASSERT(starts_with(url, "https://") || starts_with(url, "http://"));
            CU_ASSERT_PTR_NOT_NULL(camtg_followup_citation_publisher(f, k));
            const char *published = camtg_followup_citation_published(f, k);
            CU_ASSERT(published == NULL || strlen(published) == 10);
        }
        CU_ASSERT_PTR_NOT_NULL(camtg_followup_summary(f));
        const camtg_commitment *c = camtg_followup_commitment(f);
        /* never before the commitment was made, never after the research date */
        CU_ASSERT(strcmp(camtg_followup_date_end(f),
                         camtg_meeting_date(camtg_commitment_meeting(c))) >= 0);
        CU_ASSERT(strcmp(camtg_followup_date(f), camtg_followups_researched(db)) <= 0);
        if (camtg_commitment_kind(c) == CAMTG_KIND_PLEDGE)
            CU_ASSERT(camtg_followup_status(f) == CAMTG_STATUS_IN_PROGRESS ||
                      camtg_followup_status(f) == CAMTG_STATUS_FULFILLED ||
                      camtg_followup_status(f) == CAMTG_STATUS_LAPSED);
    }
    camtg_close(db);
}

static void test_timelines_in_date_order(void)
{
    camtg_db *db = camtg_test_open_default();
    size_t total = 0;
    for (size_t i = 0; i < camtg_commitment_count(db); i++) {
        const camtg_commitment *c = camtg_commitment_at(db, i);
        size_t n = camtg_commitment_followup_count(c);
        total += n;
        for (size_t k = 0; k < n; k++) {
            const camtg_followup *f = camtg_commitment_followup(c, k);
            CU_ASSERT_PTR_EQUAL(camtg_followup_commitment(f), c);
            if (k > 0) {
                const camtg_followup *p = camtg_commitment_followup(c, k - 1);
                int order = strcmp(camtg_followup_date(p), camtg_followup_date(f));
                CU_ASSERT(order < 0 ||
                          (order == 0 && camtg_followup_index(p) < camtg_followup_index(f)));
            }
        }
        /* the stored status is the status on the research date */
        CU_ASSERT_EQUAL(camtg_commitment_status(c),
                        status_on(c, camtg_followups_researched(db)));
    }
    CU_ASSERT_EQUAL(total, camtg_followup_count(db));
    camtg_close(db);
}

static void test_month_precision(void)
{
    camtg_db *db = camtg_test_open_default();
    const camtg_followup *f = followup(db, "fu-culture-year-tkm-in-china");
    CU_ASSERT_EQUAL(camtg_followup_date_precision(f), CAMTG_DATE_PRECISION_MONTH);
    CAMTG_ASSERT_STR(camtg_followup_date(f), "2024-07-01");
    CAMTG_ASSERT_STR(camtg_followup_date_end(f), "2024-07-31");
    const camtg_commitment *c = camtg_followup_commitment(f);
    /* a month-precise event counts once the whole month has passed */
    CU_ASSERT_EQUAL(status_on(c, "2024-07-30"), CAMTG_STATUS_IN_PROGRESS);
    CU_ASSERT_EQUAL(status_on(c, "2024-07-31"), CAMTG_STATUS_FULFILLED);
    const camtg_followup *day = followup(db, "fu-visa-signed");
    CU_ASSERT_EQUAL(camtg_followup_date_precision(day), CAMTG_DATE_PRECISION_DAY);
    CAMTG_ASSERT_STR(camtg_followup_date_end(day), camtg_followup_date(day));
    camtg_close(db);
}

/* The oracle: one party's counts from the query API and status_on. */
static camtg_compliance_row expected_row(const camtg_db *db, const camtg_entity *party,
                                         const char *date)
{
    camtg_compliance_row row = {party, 0, 0, 0, 0, 0, 0.0};
    camtg_filter filter = CAMTG_FILTER_INIT;
    filter.actor = party;
    filter.kinds = CAMTG_BIT(CAMTG_KIND_PLEDGE);
    size_t cursor = 0;
    const camtg_commitment *c;
    while (camtg_query_next(db, &filter, &cursor, &c) == CAMTG_OK) {
        if (strcmp(camtg_meeting_date(camtg_commitment_meeting(c)), date) > 0)
            continue;
        row.pledges++;
        switch (status_on(c, date)) {
        case CAMTG_STATUS_FULFILLED: row.fulfilled++; break;
        case CAMTG_STATUS_IN_PROGRESS: row.in_progress++; break;
        case CAMTG_STATUS_LAPSED: row.lapsed++; break;
        default: row.pledged_only++; break;
        }
    }
    if (row.pledges > 0)
        row.score = ((double)row.fulfilled - (double)row.pledged_only - (double)row.lapsed) /
                    (double)row.pledges;
    return row;
}

static void check_compliance(const camtg_db *db, const char *date, const char *as_of)
{
    camtg_compliance_row *rows = NULL;
    size_t count = 0;
    CU_ASSERT_EQUAL_FATAL(camtg_compliance_compute(db, date, &rows, &count, NULL), CAMTG_OK);
    CU_ASSERT_FATAL(count > 0);
    size_t listed = 0;
    for (size_t i = 0; i < camtg_entity_count(db); i++) {
        const camtg_entity *e = camtg_entity_at(db, i);
        camtg_compliance_row want = expected_row(db, e, as_of);
        int is_party = camtg_entity_type_of(e) != CAMTG_ENTITY_GROUP && want.pledges > 0;
        if (!is_party)
            continue;
        CU_ASSERT_FATAL(listed < count);
        const camtg_compliance_row *got = &rows[listed++];
        /* one row per party, in entity file order */
        CU_ASSERT_PTR_EQUAL(got->party, e);
        CU_ASSERT_EQUAL(got->pledges, want.pledges);
        CU_ASSERT_EQUAL(got->fulfilled, want.fulfilled);
        CU_ASSERT_EQUAL(got->in_progress, want.in_progress);
        CU_ASSERT_EQUAL(got->pledged_only, want.pledged_only);
        CU_ASSERT_EQUAL(got->lapsed, want.lapsed);
        CU_ASSERT_EQUAL(got->fulfilled + got->in_progress + got->pledged_only + got->lapsed,
                        got->pledges);
        CU_ASSERT(fabs(got->score - want.score) < 1e-12);
        CU_ASSERT(got->score >= -1.0 && got->score <= 1.0);
    }
    CU_ASSERT_EQUAL(listed, count);
    camtg_compliance_free(rows);
}

static void test_compliance(void)
{
    camtg_db *db = camtg_test_open_default();
    check_compliance(db, "2025-12-31", "2025-12-31");
    check_compliance(db, "2024-07-30", "2024-07-30");
    check_compliance(db, NULL, camtg_followups_researched(db));

    /* right after the talks nothing had been done: every party scores -1 */
    camtg_compliance_row *rows = NULL;
    size_t count = 0;
    CU_ASSERT_EQUAL_FATAL(camtg_compliance_compute(db, "2023-04-26", &rows, &count, NULL),
                          CAMTG_OK);
    CU_ASSERT(count > 0);
    for (size_t i = 0; i < count; i++) {
        CU_ASSERT_EQUAL(rows[i].pledged_only, rows[i].pledges);
        CU_ASSERT(rows[i].score == -1.0);
    }
    camtg_compliance_free(rows);

    /* Kazakhstan pledges as itself and through the group of five */
    CU_ASSERT_EQUAL_FATAL(camtg_compliance_compute(db, "2025-12-31", &rows, &count, NULL),
                          CAMTG_OK);
    const camtg_entity *kaz = camtg_entity_lookup(db, "KAZ");
    const camtg_entity *c5 = camtg_entity_lookup(db, "C5");
    int found_kaz = 0;
    for (size_t i = 0; i < count; i++) {
        CU_ASSERT_PTR_NOT_EQUAL(rows[i].party, c5);
        if (rows[i].party == kaz) {
            found_kaz = 1;
            CU_ASSERT(rows[i].pledges > 2);
        }
    }
    CU_ASSERT(found_kaz);
    camtg_compliance_free(rows);
    camtg_close(db);
}

static void test_version_1_loads_as_before(void)
{
    camtg_db *db = camtg_test_open_file(CAMTG_TEST_BASE);
    CU_ASSERT_EQUAL(camtg_db_schema_version(db), 1);
    CU_ASSERT_EQUAL(camtg_followup_count(db), 0);
    CU_ASSERT_PTR_NULL(camtg_followups_researched(db));
    /* stored statuses are kept, whatever the kind (c-3 is an assessment) */
    CU_ASSERT_EQUAL(camtg_commitment_status(commitment(db, "c-1")), CAMTG_STATUS_PLEDGED);
    CU_ASSERT_EQUAL(camtg_commitment_status(commitment(db, "c-2")), CAMTG_STATUS_IN_PROGRESS);
    CU_ASSERT_EQUAL(camtg_commitment_status(commitment(db, "c-3")), CAMTG_STATUS_PLEDGED);
    CU_ASSERT_EQUAL(camtg_commitment_followup_count(commitment(db, "c-1")), 0);
    CU_ASSERT_EQUAL(status_on(commitment(db, "c-1"), "2030-01-01"), CAMTG_STATUS_PLEDGED);
    /* on a date as without one, the assessment included */
    CU_ASSERT_EQUAL(status_on(commitment(db, "c-2"), "2000-01-01"), CAMTG_STATUS_IN_PROGRESS);
    CU_ASSERT_EQUAL(status_on(commitment(db, "c-3"), "2030-01-01"), CAMTG_STATUS_PLEDGED);
    camtg_close(db);
}

/* A small version 2 document: ties on one date keep file order, a later
 * "lapsed" wins, and with no research date every follow-up counts. */
static void test_status_rules_on_a_small_dataset(void)
{
    char *doc = camtg_test_base_dataset();
    doc = camtg_test_replace(doc, "\"camtg\": 1", "\"camtg\": 2");
    /* the base document stores one status per commitment; version 2 has none */
    for (int i = 0; i < 3; i++) {
        const char *words[] = {"\"status\": \"pledged\",", "\"status\": \"in_progress\",",
                               "\"status\": \"pledged\","};
        doc = camtg_test_replace(doc, words[i], "");
    }
    size_t len = strlen(doc);
    while (len > 0 && doc[len - 1] != '}')
        len--;
    CU_ASSERT_FATAL(len > 0);
    doc[len - 1] = '\0';
    const char *tail =
        ", \"followups\": ["
        "{\"id\": \"f1\", \"commitment\": \"c-1\", \"date\": \"2024-06-01\", \"status\": "
        "\"fulfilled\", \"summary\": \"Done.\", \"citations\": [{\"url\": "
        "\"https://example.invalid/1\", \"publisher\": \"P\"}]},"
        "{\"id\": \"f0\", \"commitment\": \"c-1\", \"date\": \"2024-06-01\", \"status\": "
        "\"in_progress\", \"summary\": \"Started.\", \"citations\": [{\"url\": "
        "\"https://example.invalid/0\", \"publisher\": \"P\", \"published\": \"2024-06-02\"}]},"
        "{\"id\": \"f2\", \"commitment\": \"c-1\", \"date\": \"2025-01-01\", \"date_precision\": "
        "\"year\", \"status\": \"lapsed\", \"summary\": \"Dropped.\", \"citations\": [{\"url\": "
        "\"https://example.invalid/2\", \"publisher\": \"P\", \"title\": \"T\"}]}]}";
    char *full = malloc(strlen(doc) + strlen(tail) + 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(full);
    strcpy(full, doc);
    strcat(full, tail);
    free(doc);
    camtg_db *db = camtg_test_expect_load(full);
    free(full);
    CU_ASSERT_PTR_NOT_NULL_FATAL(db);
    const camtg_commitment *c1 = commitment(db, "c-1");
    CU_ASSERT_EQUAL(camtg_commitment_followup_count(c1), 3);
    /* same date: file order decides, and the later one in the timeline counts */
    CAMTG_ASSERT_STR(camtg_followup_id(camtg_commitment_followup(c1, 0)), "f1");
    CAMTG_ASSERT_STR(camtg_followup_id(camtg_commitment_followup(c1, 1)), "f0");
    CAMTG_ASSERT_STR(camtg_followup_id(camtg_commitment_followup(c1, 2)), "f2");
    CU_ASSERT_EQUAL(status_on(c1, "2024-05-31"), CAMTG_STATUS_PLEDGED);
    CU_ASSERT_EQUAL(status_on(c1, "2024-06-01"), CAMTG_STATUS_IN_PROGRESS);
    CU_ASSERT_EQUAL(status_on(c1, "2025-12-30"), CAMTG_STATUS_IN_PROGRESS);
    CU_ASSERT_EQUAL(status_on(c1, "2025-12-31"), CAMTG_STATUS_LAPSED);
    /* no research date: the status with every follow-up counted */
    CU_ASSERT_PTR_NULL(camtg_followups_researched(db));
    CU_ASSERT_EQUAL(camtg_commitment_status(c1), CAMTG_STATUS_LAPSED);
    CU_ASSERT_EQUAL(camtg_commitment_status(commitment(db, "c-3")), CAMTG_STATUS_STATED);
    const camtg_followup *f0 = camtg_followup_lookup(db, "f0");
    CAMTG_ASSERT_STR(camtg_followup_citation_published(f0, 0), "2024-06-02");
    CU_ASSERT_PTR_NULL(camtg_followup_citation_title(f0, 0));
    const camtg_followup *f2 = camtg_followup_lookup(db, "f2");
    CAMTG_ASSERT_STR(camtg_followup_citation_title(f2, 0), "T");
    CU_ASSERT_PTR_NULL(camtg_followup_citation_published(f2, 0));
    CAMTG_ASSERT_STR(camtg_followup_date_end(f2), "2025-12-31");
    camtg_close(db);
}

int main(void)
{
    static const camtg_test_case cases[] = {
        {"the embedded dataset is version 2", test_dataset_is_version_2},
        {"visa pledge: pledged, then fulfilled", test_visa_pledge},
        {"consulates pledge: in progress, then fulfilled", test_consulates_pledge},
        {"a pledge without evidence stays pledged", test_pledge_without_evidence_stays_pledged},
        {"positions and assessments are stated", test_positions_and_assessments_are_stated},
        {"every follow-up is cited", test_every_followup_is_cited},
        {"timelines in date order", test_timelines_in_date_order},
        {"month precision", test_month_precision},
        {"compliance per party", test_compliance},
        {"version 1 loads as before", test_version_1_loads_as_before},
        {"status rules on a small dataset", test_status_rules_on_a_small_dataset},
        {NULL, NULL},
    };
    return camtg_test_main("followups", cases);
}
