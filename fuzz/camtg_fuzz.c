/* SPDX-License-Identifier: MIT */
/*
 * Feeds bytes to camtg_open_buffer() and, when they load, drives every
 * accessor and query of the public API over the database, cross-checking
 * the answers. A sanitizer catches memory errors; the checks here catch a
 * library that answers without crashing but lies (a lookup that returns the
 * wrong record, a query that disagrees with camtg_filter_matches, a quote
 * that is not its slice of the text).
 */
#include "camtg_fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <camtg/camtg.h>
#include <utf8proc.h>

/* Whether the @p len bytes at @p s are well-formed UTF-8 without surrogates,
 * overlong forms or NUL bytes. */
static int utf8_valid_n(const unsigned char *p, size_t len)
{
    const unsigned char *end = p + len;
    while (p < end) {
        unsigned c = *p;
        if (c == 0)
            return 0;
        size_t n;
        unsigned cp;
        if (c < 0x80) {
            p++;
            continue;
        } else if (c >= 0xc2 && c <= 0xdf) {
            n = 1;
            cp = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            n = 2;
            cp = c & 0x0f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            n = 3;
            cp = c & 0x07;
        } else {
            return 0;
        }
        if ((size_t)(end - p) <= n)
            return 0;
        for (size_t i = 1; i <= n; i++) {
            if ((p[i] & 0xc0) != 0x80)
                return 0;
            cp = (cp << 6) | (p[i] & 0x3f);
        }
        if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10ffff)))
            return 0;
        if (cp >= 0xd800 && cp <= 0xdfff)
            return 0;
        p += n + 1;
    }
    return 1;
}

/* The loader promises that every string it hands out, and every message,
 * is well-formed UTF-8. */
static int utf8_valid(const char *s)
{
    return utf8_valid_n((const unsigned char *)s, strlen(s));
}

static size_t utf8_chars(const char *s)
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if ((*p & 0xc0) != 0x80)
            n++;
    return n;
}

/* A required string field: present, valid UTF-8. */
static void check_text(const char *s)
{
    FUZZ_CHECK(s != NULL);
    FUZZ_CHECK(utf8_valid(s));
}

/* An optional string field: NULL or valid UTF-8 (never empty-for-absent
 * confusion is checked by the hostile suite, not here). */
static void check_optional_text(const char *s)
{
    if (s != NULL)
        FUZZ_CHECK(utf8_valid(s));
}

/* A date the loader accepted: YYYY-MM-DD. */
static void check_date(const char *s)
{
    FUZZ_CHECK(s != NULL);
    FUZZ_CHECK(strlen(s) == 10);
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7)
            FUZZ_CHECK(s[i] == '-');
        else
            FUZZ_CHECK(s[i] >= '0' && s[i] <= '9');
    }
}

/* Whether two keys are equal once case-folded and normalised to NFC: the
 * comparison entity lookup documents, computed here with utf8proc's
 * allocating API (the library folds in a fixed buffer). A key that is not
 * UTF-8 equals nothing. */
static int key_equal(const char *a, const char *b)
{
    const utf8proc_option_t fold = UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                   UTF8PROC_CASEFOLD;
    utf8proc_uint8_t *x = NULL, *y = NULL;
    int equal = utf8proc_map((const utf8proc_uint8_t *)a, 0, &x, fold) >= 0 &&
                utf8proc_map((const utf8proc_uint8_t *)b, 0, &y, fold) >= 0 &&
                strcmp((const char *)x, (const char *)y) == 0;
    free(x);
    free(y);
    return equal;
}

/* Whether @p e answers to @p key by id, name or alias, ignoring case. */
static int entity_answers_to(const camtg_entity *e, const char *key)
{
    if (key_equal(camtg_entity_id(e), key) || key_equal(camtg_entity_name(e), key))
        return 1;
    for (size_t i = 0; i < camtg_entity_alias_count(e); i++)
        if (key_equal(camtg_entity_alias(e, i), key))
            return 1;
    return 0;
}

/* Swaps the ASCII case of every letter, leaving other bytes alone. */
static char *swap_case(const char *s)
{
    size_t n = strlen(s);
    char *t = malloc(n + 1);
    FUZZ_CHECK(t != NULL);
    for (size_t i = 0; i <= n; i++) {
        char c = s[i];
        if (c >= 'a' && c <= 'z')
            c = (char)(c - 32);
        else if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        t[i] = c;
    }
    return t;
}

/* The entity camtg_entity_lookup() must return for @p key, found the slow
 * way by the documented rules: an exact id, then an id ignoring case, then a
 * name, then an alias; within a rule the first entity in the file. Only run
 * on small databases (it costs entities x aliases). */
static const camtg_entity *lookup_oracle(const camtg_db *db, const char *key)
{
    size_t n = camtg_entity_count(db);
    for (size_t i = 0; i < n; i++)
        if (strcmp(camtg_entity_id(camtg_entity_at(db, i)), key) == 0)
            return camtg_entity_at(db, i);
    for (size_t i = 0; i < n; i++)
        if (key_equal(camtg_entity_id(camtg_entity_at(db, i)), key))
            return camtg_entity_at(db, i);
    for (size_t i = 0; i < n; i++)
        if (key_equal(camtg_entity_name(camtg_entity_at(db, i)), key))
            return camtg_entity_at(db, i);
    for (size_t i = 0; i < n; i++) {
        const camtg_entity *e = camtg_entity_at(db, i);
        for (size_t k = 0; k < camtg_entity_alias_count(e); k++)
            if (key_equal(camtg_entity_alias(e, k), key))
                return e;
    }
    return NULL;
}

enum { ORACLE_MAX_ENTITIES = 128 };

/* Whether @p e is @p group or lies inside it through nested members, by a
 * breadth-first walk down from the group: an oracle for
 * camtg_entity_in_group(). */
static int in_group_oracle(const camtg_db *db, const camtg_entity *e, const camtg_entity *group)
{
    size_t n = camtg_entity_count(db);
    const camtg_entity **queue = malloc((n + 1) * sizeof *queue);
    unsigned char *seen = calloc(n + 1, 1);
    FUZZ_CHECK(queue != NULL && seen != NULL);
    size_t head = 0, tail = 0;
    int found = 0;
    queue[tail++] = group;
    seen[camtg_entity_index(group)] = 1;
    while (head < tail && !found) {
        const camtg_entity *g = queue[head++];
        if (g == e) {
            found = 1;
            break;
        }
        for (size_t k = 0; k < camtg_entity_member_count(g); k++) {
            const camtg_entity *m = camtg_entity_member(g, k);
            if (!seen[camtg_entity_index(m)]) {
                seen[camtg_entity_index(m)] = 1;
                queue[tail++] = m;
            }
        }
    }
    free(queue);
    free(seen);
    return found;
}

/* Looks @p key up, as given and with its ASCII case swapped, and checks that
 * the answer answers to it and (on small databases) is the one the rules
 * pick. */
static void check_entity_key(const camtg_db *db, const char *key)
{
    int exact = camtg_entity_count(db) <= ORACLE_MAX_ENTITIES;
    const camtg_entity *hit = camtg_entity_lookup(db, key);
    FUZZ_CHECK(hit != NULL);
    FUZZ_CHECK(entity_answers_to(hit, key));
    if (exact)
        FUZZ_CHECK(hit == lookup_oracle(db, key));
    char *swapped = swap_case(key);
    const camtg_entity *hit2 = camtg_entity_lookup(db, swapped);
    FUZZ_CHECK(hit2 != NULL);
    FUZZ_CHECK(entity_answers_to(hit2, swapped));
    if (exact)
        FUZZ_CHECK(hit2 == lookup_oracle(db, swapped));
    free(swapped);
}

void camtg_fuzz_check_error(int rc, const camtg_error *err)
{
    FUZZ_CHECK(rc < 0);
    FUZZ_CHECK(err->code == rc);
    FUZZ_CHECK(camtg_error_code_name(rc) != NULL);
    FUZZ_CHECK(memchr(err->message, '\0', sizeof err->message) != NULL);
    FUZZ_CHECK(memchr(err->path, '\0', sizeof err->path) != NULL);
    FUZZ_CHECK(err->message[0] != '\0');
    FUZZ_CHECK(utf8_valid(err->message));
    FUZZ_CHECK(utf8_valid(err->path));
    /* A path is a JSON Pointer: empty or starting with '/'. */
    FUZZ_CHECK(err->path[0] == '\0' || err->path[0] == '/');
    if (rc == CAMTG_ESYNTAX) {
        FUZZ_CHECK(err->line >= 1 || err->line == -1);
        FUZZ_CHECK(err->column >= 0 || err->column == -1);
    }
    FUZZ_CHECK(rc != CAMTG_EIO && rc != CAMTG_EINVAL && rc != CAMTG_ITEROVER &&
               rc != CAMTG_ENOTFOUND);
}

/* A quote or a mention: its text is its slice of the source, in code
 * points and in bytes. */
static void check_span(const camtg_source *src, const char *text, long start, long end,
                       long bstart, long bend)
{
    FUZZ_CHECK(src != NULL);
    check_text(text);
    FUZZ_CHECK(0 <= start && start <= end && (size_t)end <= camtg_source_text_chars(src));
    FUZZ_CHECK(0 <= bstart && bstart <= bend && (size_t)bend <= camtg_source_text_bytes(src));
    FUZZ_CHECK((size_t)(bend - bstart) == strlen(text));
    FUZZ_CHECK(memcmp(camtg_source_text(src) + bstart, text, (size_t)(bend - bstart)) == 0);
    FUZZ_CHECK((size_t)(end - start) == utf8_chars(text));
}

static void exercise_sources(const camtg_db *db)
{
    size_t n = camtg_source_count(db);
    FUZZ_CHECK(n >= 1 || camtg_commitment_count(db) == 0);
    for (size_t i = 0; i < n; i++) {
        const camtg_source *s = camtg_source_at(db, i);
        FUZZ_CHECK(s != NULL);
        FUZZ_CHECK(camtg_source_index(s) == i);
        check_text(camtg_source_id(s));
        check_text(camtg_source_title(s));
        check_text(camtg_source_publisher(s));
        check_date(camtg_source_published(s));
        check_text(camtg_source_dateline(s));
        check_text(camtg_source_language(s));
        check_optional_text(camtg_source_url(s));
        const char *text = camtg_source_text(s);
        check_text(text);
        FUZZ_CHECK(strlen(text) == camtg_source_text_bytes(s));
        FUZZ_CHECK(utf8_chars(text) == camtg_source_text_chars(s));
        FUZZ_CHECK(camtg_source_lookup(db, camtg_source_id(s)) == s);
        /* Ids are unique across the file: no other kind of record has it. */
        FUZZ_CHECK(camtg_meeting_lookup(db, camtg_source_id(s)) == NULL);
        FUZZ_CHECK(camtg_commitment_lookup(db, camtg_source_id(s)) == NULL);
    }
    FUZZ_CHECK(camtg_source_at(db, n) == NULL);
}

static void exercise_entities(const camtg_db *db)
{
    size_t n = camtg_entity_count(db);
    for (size_t i = 0; i < n; i++) {
        const camtg_entity *e = camtg_entity_at(db, i);
        FUZZ_CHECK(e != NULL);
        FUZZ_CHECK(camtg_entity_index(e) == i);
        const char *id = camtg_entity_id(e);
        check_text(id);
        check_text(camtg_entity_name(e));
        check_optional_text(camtg_entity_wikidata(e));
        check_optional_text(camtg_entity_description(e));
        camtg_entity_type type = camtg_entity_type_of(e);
        FUZZ_CHECK(type >= 0 && type < CAMTG_ENTITY_TYPE_COUNT);
        FUZZ_CHECK(camtg_entity_type_to_string(type) != NULL);

        /* An exact id wins over every other rule. */
        FUZZ_CHECK(camtg_entity_lookup(db, id) == e);
        FUZZ_CHECK(camtg_source_lookup(db, id) == NULL);
        FUZZ_CHECK(camtg_meeting_lookup(db, id) == NULL);
        FUZZ_CHECK(camtg_commitment_lookup(db, id) == NULL);
        check_entity_key(db, id);
        check_entity_key(db, camtg_entity_name(e));
        for (size_t k = 0; k < camtg_entity_alias_count(e); k++) {
            check_text(camtg_entity_alias(e, k));
            check_entity_key(db, camtg_entity_alias(e, k));
        }
        FUZZ_CHECK(camtg_entity_alias(e, camtg_entity_alias_count(e)) == NULL);

        const camtg_entity *country = camtg_entity_country(e);
        FUZZ_CHECK(country == NULL || type == CAMTG_ENTITY_PERSON);
        for (size_t k = 0; k < camtg_entity_position_count(e); k++)
            check_text(camtg_entity_position(e, k));
        FUZZ_CHECK(camtg_entity_position(e, camtg_entity_position_count(e)) == NULL);
        if (type != CAMTG_ENTITY_PERSON)
            FUZZ_CHECK(camtg_entity_position_count(e) == 0);

        /* `within` chains end: loading rejects cycles. */
        size_t steps = 0;
        for (const camtg_entity *w = camtg_entity_within(e); w != NULL; w = camtg_entity_within(w)) {
            FUZZ_CHECK(w != e);
            FUZZ_CHECK(++steps <= n);
        }
        if (type != CAMTG_ENTITY_PLACE)
            FUZZ_CHECK(camtg_entity_within(e) == NULL);

        FUZZ_CHECK(camtg_entity_in_group(e, e) == 1);
        if (n <= ORACLE_MAX_ENTITIES)
            for (size_t g = 0; g < n; g++)
                FUZZ_CHECK(camtg_entity_in_group(e, camtg_entity_at(db, g)) ==
                           in_group_oracle(db, e, camtg_entity_at(db, g)));
        for (size_t k = 0; k < camtg_entity_member_count(e); k++) {
            const camtg_entity *m = camtg_entity_member(e, k);
            FUZZ_CHECK(m != NULL);
            FUZZ_CHECK(camtg_entity_in_group(m, e) == 1);
            /* The member lists this group among its groups. */
            int listed = 0;
            for (size_t g = 0; g < camtg_entity_group_count(m); g++)
                listed |= camtg_entity_group(m, g) == e;
            FUZZ_CHECK(listed);
        }
        FUZZ_CHECK(camtg_entity_member(e, camtg_entity_member_count(e)) == NULL);
        if (type != CAMTG_ENTITY_GROUP)
            FUZZ_CHECK(camtg_entity_member_count(e) == 0);
        for (size_t g = 0; g < camtg_entity_group_count(e); g++) {
            const camtg_entity *grp = camtg_entity_group(e, g);
            FUZZ_CHECK(grp != NULL);
            FUZZ_CHECK(camtg_entity_type_of(grp) == CAMTG_ENTITY_GROUP);
            FUZZ_CHECK(camtg_entity_in_group(e, grp) == 1);
        }
        FUZZ_CHECK(camtg_entity_group(e, camtg_entity_group_count(e)) == NULL);
        /* No group contains itself through others: membership has no cycles. */
        for (size_t g = 0; g < camtg_entity_member_count(e); g++)
            FUZZ_CHECK(camtg_entity_in_group(e, camtg_entity_member(e, g)) == 0);

        const char *date = camtg_entity_date(e);
        if (date != NULL) {
            FUZZ_CHECK(type == CAMTG_ENTITY_EVENT);
            check_date(date);
        }
        if (camtg_entity_place(e) != NULL)
            FUZZ_CHECK(type == CAMTG_ENTITY_EVENT);
    }
    FUZZ_CHECK(camtg_entity_at(db, n) == NULL);
}

static void exercise_meetings(const camtg_db *db)
{
    size_t n = camtg_meeting_count(db), total = 0;
    for (size_t i = 0; i < n; i++) {
        const camtg_meeting *m = camtg_meeting_at(db, i);
        FUZZ_CHECK(m != NULL);
        FUZZ_CHECK(camtg_meeting_index(m) == i);
        check_text(camtg_meeting_id(m));
        check_text(camtg_meeting_title(m));
        check_date(camtg_meeting_date(m));
        check_text(camtg_meeting_format(m));
        FUZZ_CHECK(camtg_meeting_place(m) != NULL);
        FUZZ_CHECK(camtg_meeting_host(m) != NULL);
        FUZZ_CHECK(camtg_meeting_source(m) != NULL);
        const camtg_entity *ctx = camtg_meeting_context(m);
        (void)ctx;
        for (size_t k = 0; k < camtg_meeting_participant_count(m); k++)
            FUZZ_CHECK(camtg_meeting_participant(m, k) != NULL);
        FUZZ_CHECK(camtg_meeting_participant(m, camtg_meeting_participant_count(m)) == NULL);
        FUZZ_CHECK(camtg_meeting_lookup(db, camtg_meeting_id(m)) == m);
        FUZZ_CHECK(camtg_entity_lookup(db, camtg_meeting_id(m)) == NULL ||
                   strcmp(camtg_entity_id(camtg_entity_lookup(db, camtg_meeting_id(m))),
                          camtg_meeting_id(m)) != 0);
        total += camtg_meeting_commitment_count(m);
    }
    FUZZ_CHECK(total == camtg_commitment_count(db));
    FUZZ_CHECK(camtg_meeting_at(db, n) == NULL);
}

static void exercise_commitments(const camtg_db *db)
{
    size_t n = camtg_commitment_count(db);
    for (size_t i = 0; i < n; i++) {
        const camtg_commitment *c = camtg_commitment_at(db, i);
        FUZZ_CHECK(c != NULL);
        FUZZ_CHECK(camtg_commitment_index(c) == i);
        check_text(camtg_commitment_id(c));
        FUZZ_CHECK(camtg_commitment_lookup(db, camtg_commitment_id(c)) == c);
        FUZZ_CHECK(camtg_commitment_meeting(c) != NULL);
        camtg_kind kind = camtg_commitment_kind(c);
        camtg_plover type = camtg_commitment_type(c);
        camtg_status status = camtg_commitment_status(c);
        FUZZ_CHECK(kind >= 0 && kind < CAMTG_KIND_COUNT);
        FUZZ_CHECK(type >= 0 && type < CAMTG_PLOVER_COUNT);
        FUZZ_CHECK(status >= 0 && status < CAMTG_STATUS_COUNT);
        check_optional_text(camtg_commitment_cameo(c));
        check_text(camtg_commitment_verb(c));
        check_text(camtg_commitment_summary(c));
        for (size_t k = 0; k < camtg_commitment_actor_count(c); k++)
            FUZZ_CHECK(camtg_commitment_actor(c, k) != NULL);
        for (size_t k = 0; k < camtg_commitment_target_count(c); k++)
            FUZZ_CHECK(camtg_commitment_target(c, k) != NULL);
        for (size_t k = 0; k < camtg_commitment_object_count(c); k++)
            FUZZ_CHECK(camtg_commitment_object(c, k) != NULL);
        FUZZ_CHECK(camtg_commitment_actor(c, camtg_commitment_actor_count(c)) == NULL);
        FUZZ_CHECK(camtg_commitment_target(c, camtg_commitment_target_count(c)) == NULL);
        FUZZ_CHECK(camtg_commitment_object(c, camtg_commitment_object_count(c)) == NULL);
        unsigned mask = 0;
        for (size_t k = 0; k < camtg_commitment_sector_count(c); k++) {
            camtg_sector s = camtg_commitment_sector(c, k);
            FUZZ_CHECK(s >= 0 && s < CAMTG_SECTOR_COUNT);
            mask |= CAMTG_BIT(s);
        }
        FUZZ_CHECK(camtg_commitment_sector(c, camtg_commitment_sector_count(c)) ==
                   CAMTG_SECTOR_INVALID);
        FUZZ_CHECK(mask == camtg_commitment_sector_mask(c));

        check_span(camtg_commitment_source(c), camtg_commitment_quote(c),
                   camtg_commitment_start(c), camtg_commitment_end(c),
                   camtg_commitment_byte_start(c), camtg_commitment_byte_end(c));
    }
    FUZZ_CHECK(camtg_commitment_at(db, n) == NULL);
}

/* Each follow-up belongs to one commitment, which lists it in date order;
 * a status on any date is in the vocabulary; compliance rows add up. */
static void exercise_followups(const camtg_db *db)
{
    size_t n = camtg_followup_count(db), listed = 0;
    int version = camtg_db_schema_version(db);
    FUZZ_CHECK(version == 1 || version == 2);
    const char *researched = camtg_followups_researched(db);
    if (researched != NULL)
        check_date(researched);
    if (version == 1)
        FUZZ_CHECK(n == 0 && researched == NULL);
    for (size_t i = 0; i < n; i++) {
        const camtg_followup *f = camtg_followup_at(db, i);
        FUZZ_CHECK(f != NULL && camtg_followup_index(f) == i);
        check_text(camtg_followup_id(f));
        FUZZ_CHECK(camtg_followup_lookup(db, camtg_followup_id(f)) == f);
        const camtg_followup *found = NULL;
        FUZZ_CHECK(camtg_followup_find(db, camtg_followup_id(f), &found, NULL) == CAMTG_OK &&
                   found == f);
        check_date(camtg_followup_date(f));
        check_date(camtg_followup_date_end(f));
        FUZZ_CHECK(strcmp(camtg_followup_date(f), camtg_followup_date_end(f)) <= 0);
        camtg_date_precision precision = camtg_followup_date_precision(f);
        FUZZ_CHECK(precision >= 0 && precision < CAMTG_DATE_PRECISION_COUNT);
        camtg_status status = camtg_followup_status(f);
        FUZZ_CHECK(status >= 0 && status < CAMTG_STATUS_COUNT && status != CAMTG_STATUS_PLEDGED);
        check_text(camtg_followup_summary(f));
        size_t cites = camtg_followup_citation_count(f);
        FUZZ_CHECK(cites >= 1);
        for (size_t k = 0; k < cites; k++) {
            check_text(camtg_followup_citation_url(f, k));
            check_text(camtg_followup_citation_publisher(f, k));
            const char *published = camtg_followup_citation_published(f, k);
            if (published != NULL)
                check_date(published);
            check_optional_text(camtg_followup_citation_title(f, k));
        }
        FUZZ_CHECK(camtg_followup_citation_url(f, cites) == NULL);
        const camtg_commitment *c = camtg_followup_commitment(f);
        FUZZ_CHECK(c != NULL);
        int on_its_list = 0;
        for (size_t k = 0; k < camtg_commitment_followup_count(c); k++)
            on_its_list |= camtg_commitment_followup(c, k) == f;
        FUZZ_CHECK(on_its_list);
    }
    FUZZ_CHECK(camtg_followup_at(db, n) == NULL);
    for (size_t i = 0; i < camtg_commitment_count(db); i++) {
        const camtg_commitment *c = camtg_commitment_at(db, i);
        const char *prev = NULL;
        for (size_t k = 0; k < camtg_commitment_followup_count(c); k++) {
            const camtg_followup *f = camtg_commitment_followup(c, k);
            FUZZ_CHECK(f != NULL && camtg_followup_commitment(f) == c);
            FUZZ_CHECK(prev == NULL || strcmp(prev, camtg_followup_date(f)) <= 0);
            prev = camtg_followup_date(f);
            listed++;
        }
        camtg_status on = CAMTG_STATUS_INVALID;
        FUZZ_CHECK(camtg_commitment_status_on(c, "2100-01-01", &on) == CAMTG_OK);
        FUZZ_CHECK(on >= 0 && on < CAMTG_STATUS_COUNT);
    }
    FUZZ_CHECK(listed == n);

    camtg_compliance_row *rows = NULL;
    size_t count = 0;
    camtg_error err;
    int rc = camtg_compliance_compute(db, NULL, &rows, &count, &err);
    FUZZ_CHECK(rc == CAMTG_OK || rc == CAMTG_ENOMEM);
    for (size_t k = 0; rc == CAMTG_OK && k < count; k++) {
        const camtg_compliance_row *r = &rows[k];
        FUZZ_CHECK(r->party != NULL && camtg_entity_type_of(r->party) != CAMTG_ENTITY_GROUP);
        FUZZ_CHECK(r->pledges >= 1);
        FUZZ_CHECK(r->pledges == r->fulfilled + r->in_progress + r->pledged_only + r->lapsed);
        FUZZ_CHECK(r->score >= -1.0 && r->score <= 1.0);
    }
    camtg_compliance_free(rows);
}

/* Each mention belongs to its entity and is its slice of its source. */
static void exercise_mentions(const camtg_db *db)
{
    for (size_t i = 0; i < camtg_entity_count(db); i++) {
        const camtg_entity *e = camtg_entity_at(db, i);
        size_t n = camtg_entity_mention_count(e);
        for (size_t k = 0; k < n; k++) {
            const camtg_mention *m = camtg_entity_mention(e, k);
            FUZZ_CHECK(m != NULL && camtg_mention_entity(m) == e);
            check_span(camtg_mention_source(m), camtg_mention_text(m), camtg_mention_start(m),
                       camtg_mention_end(m), camtg_mention_byte_start(m),
                       camtg_mention_byte_end(m));
        }
        FUZZ_CHECK(camtg_entity_mention(e, n) == NULL);
    }
}

/* Runs @p f through camtg_query_next and checks the result against
 * camtg_filter_matches over every commitment: same set, file order. */
static size_t check_query(const camtg_db *db, const camtg_filter *f)
{
    size_t cursor = 0, found = 0, expect_from = 0, n = camtg_commitment_count(db);
    const camtg_commitment *c;
    int rc;
    while ((rc = camtg_query_next(db, f, &cursor, &c)) == CAMTG_OK) {
        FUZZ_CHECK(c != NULL);
        size_t idx = camtg_commitment_index(c);
        FUZZ_CHECK(idx >= expect_from && idx < n);
        /* Everything skipped really fails the filter. */
        for (size_t k = expect_from; k < idx; k++)
            FUZZ_CHECK(f == NULL || camtg_filter_matches(f, camtg_commitment_at(db, k)) == 0);
        FUZZ_CHECK(f == NULL || camtg_filter_matches(f, c) == 1);
        expect_from = idx + 1;
        found++;
        FUZZ_CHECK(found <= n);
    }
    FUZZ_CHECK(rc == CAMTG_ITEROVER);
    FUZZ_CHECK(c == NULL);
    for (size_t k = expect_from; k < n; k++)
        FUZZ_CHECK(f == NULL || camtg_filter_matches(f, camtg_commitment_at(db, k)) == 0);
    FUZZ_CHECK(camtg_query_next(db, f, &cursor, &c) == CAMTG_ITEROVER);
    return found;
}

/* Whether @p e or a group it belongs to is in one of the lists, computed
 * from the accessors alone: an oracle for the entity criteria. */
static int side_has(const camtg_commitment *c, const camtg_entity *e, int actors, int targets)
{
    if (actors)
        for (size_t k = 0; k < camtg_commitment_actor_count(c); k++)
            if (camtg_entity_in_group(e, camtg_commitment_actor(c, k)) == 1)
                return 1;
    if (targets)
        for (size_t k = 0; k < camtg_commitment_target_count(c); k++)
            if (camtg_entity_in_group(e, camtg_commitment_target(c, k)) == 1)
                return 1;
    return 0;
}

static void exercise_queries(const camtg_db *db)
{
    size_t n = camtg_commitment_count(db);
    FUZZ_CHECK(check_query(db, NULL) == n);
    camtg_filter f = CAMTG_FILTER_INIT;
    FUZZ_CHECK(check_query(db, &f) == n);

    /* Bounded so that a large input costs linear-ish time per run. */
    size_t ne = camtg_entity_count(db);
    if (ne > 64)
        ne = 64;
    for (size_t i = 0; i < ne; i++) {
        const camtg_entity *e = camtg_entity_at(db, i);
        size_t inv = 0, act = 0, tgt = 0;
        for (size_t k = 0; k < n; k++) {
            const camtg_commitment *c = camtg_commitment_at(db, k);
            inv += (size_t)side_has(c, e, 1, 1);
            act += (size_t)side_has(c, e, 1, 0);
            tgt += (size_t)side_has(c, e, 0, 1);
        }
        camtg_filter_init(&f, CAMTG_FILTER_VERSION);
        f.involving = e;
        FUZZ_CHECK(check_query(db, &f) == inv);
        camtg_filter_init(&f, CAMTG_FILTER_VERSION);
        f.actor = e;
        FUZZ_CHECK(check_query(db, &f) == act);
        camtg_filter_init(&f, CAMTG_FILTER_VERSION);
        f.target = e;
        FUZZ_CHECK(check_query(db, &f) == tgt);
        /* Combined with the first commitment's own sector, type and kind. */
        if (n > 0) {
            const camtg_commitment *c0 = camtg_commitment_at(db, 0);
            camtg_filter_init(&f, CAMTG_FILTER_VERSION);
            f.involving = e;
            f.sectors = camtg_commitment_sector_mask(c0);
            f.types = CAMTG_BIT(camtg_commitment_type(c0));
            f.kinds = CAMTG_BIT(camtg_commitment_kind(c0));
            f.meeting = camtg_commitment_meeting(c0);
            check_query(db, &f);
        }
    }
    for (size_t i = 0; i < camtg_meeting_count(db); i++) {
        camtg_filter_init(&f, CAMTG_FILTER_VERSION);
        f.meeting = camtg_meeting_at(db, i);
        FUZZ_CHECK(check_query(db, &f) == camtg_meeting_commitment_count(f.meeting));
    }
    size_t by_kind = 0, by_type = 0, any_sector = 0;
    for (int k = 0; k < CAMTG_KIND_COUNT; k++) {
        camtg_filter_init(&f, CAMTG_FILTER_VERSION);
        f.kinds = CAMTG_BIT(k);
        by_kind += check_query(db, &f);
    }
    for (int t = 0; t < CAMTG_PLOVER_COUNT; t++) {
        camtg_filter_init(&f, CAMTG_FILTER_VERSION);
        f.types = CAMTG_BIT(t);
        by_type += check_query(db, &f);
    }
    for (int s = 0; s < CAMTG_SECTOR_COUNT; s++) {
        camtg_filter_init(&f, CAMTG_FILTER_VERSION);
        f.sectors = CAMTG_BIT(s);
        check_query(db, &f);
    }
    camtg_filter_init(&f, CAMTG_FILTER_VERSION);
    f.sectors = (1u << CAMTG_SECTOR_COUNT) - 1u;
    any_sector = check_query(db, &f);
    size_t with_sectors = 0;
    for (size_t k = 0; k < n; k++)
        with_sectors += camtg_commitment_sector_count(camtg_commitment_at(db, k)) > 0;
    FUZZ_CHECK(by_kind == n);
    FUZZ_CHECK(by_type == n);
    FUZZ_CHECK(any_sector == with_sectors);
}

static void exercise_vocab(void)
{
    for (int v = 0; v < CAMTG_ENTITY_TYPE_COUNT; v++) {
        camtg_entity_type out;
        FUZZ_CHECK(camtg_entity_type_from_string(camtg_entity_type_to_string((camtg_entity_type)v), &out) == 0);
        FUZZ_CHECK((int)out == v);
    }
    for (int v = 0; v < CAMTG_KIND_COUNT; v++) {
        camtg_kind out;
        FUZZ_CHECK(camtg_kind_from_string(camtg_kind_to_string((camtg_kind)v), &out) == 0);
        FUZZ_CHECK((int)out == v);
    }
    for (int v = 0; v < CAMTG_PLOVER_COUNT; v++) {
        camtg_plover out;
        FUZZ_CHECK(camtg_plover_from_string(camtg_plover_to_string((camtg_plover)v), &out) == 0);
        FUZZ_CHECK((int)out == v);
    }
    for (int v = 0; v < CAMTG_SECTOR_COUNT; v++) {
        camtg_sector out;
        FUZZ_CHECK(camtg_sector_from_string(camtg_sector_to_string((camtg_sector)v), &out) == 0);
        FUZZ_CHECK((int)out == v);
    }
    for (int v = 0; v < CAMTG_STATUS_COUNT; v++) {
        camtg_status out;
        FUZZ_CHECK(camtg_status_from_string(camtg_status_to_string((camtg_status)v), &out) == 0);
        FUZZ_CHECK((int)out == v);
    }
}

/* Looks up the input's own bytes as keys: arbitrary strings must give NULL
 * or a record that really answers to them. */
/* The _find functions answer as their _lookup twins do, and report a miss
 * as CAMTG_ENOTFOUND with a message. */
static void check_find_agrees(const camtg_db *db, const char *key, const camtg_entity *e,
                              const camtg_source *s, const camtg_meeting *m,
                              const camtg_commitment *c)
{
    camtg_error err;
    const camtg_entity *fe = NULL;
    const camtg_source *fs = NULL;
    const camtg_meeting *fm = NULL;
    const camtg_commitment *fc = NULL;
    int rc = camtg_entity_find(db, key, &fe, &err);
    FUZZ_CHECK(fe == e && rc == (e != NULL ? CAMTG_OK : CAMTG_ENOTFOUND) && err.code == rc);
    rc = camtg_source_find(db, key, &fs, &err);
    FUZZ_CHECK(fs == s && rc == (s != NULL ? CAMTG_OK : CAMTG_ENOTFOUND) && err.code == rc);
    rc = camtg_meeting_find(db, key, &fm, &err);
    FUZZ_CHECK(fm == m && rc == (m != NULL ? CAMTG_OK : CAMTG_ENOTFOUND) && err.code == rc);
    rc = camtg_commitment_find(db, key, &fc, NULL);
    FUZZ_CHECK(fc == c && rc == (c != NULL ? CAMTG_OK : CAMTG_ENOTFOUND));
}

static void exercise_arbitrary_keys(const camtg_db *db, const uint8_t *data, size_t size)
{
    char key[64];
    size_t n = size < sizeof key - 1 ? size : sizeof key - 1;
    memcpy(key, data, n);
    key[n] = '\0';
    const camtg_entity *e = camtg_entity_lookup(db, key);
    if (e != NULL)
        FUZZ_CHECK(entity_answers_to(e, key));
    if (camtg_entity_count(db) <= ORACLE_MAX_ENTITIES)
        FUZZ_CHECK(e == lookup_oracle(db, key));
    const camtg_source *s = camtg_source_lookup(db, key);
    if (s != NULL)
        FUZZ_CHECK(strcmp(camtg_source_id(s), key) == 0);
    const camtg_meeting *m = camtg_meeting_lookup(db, key);
    if (m != NULL)
        FUZZ_CHECK(strcmp(camtg_meeting_id(m), key) == 0);
    const camtg_commitment *c = camtg_commitment_lookup(db, key);
    if (c != NULL)
        FUZZ_CHECK(strcmp(camtg_commitment_id(c), key) == 0);
    check_find_agrees(db, key, e, s, m, c);
}

void camtg_fuzz_walk(const camtg_db *db, const uint8_t *key, size_t key_size)
{
    camtg_error err;
    exercise_sources(db);
    exercise_entities(db);
    exercise_meetings(db);
    exercise_commitments(db);
    exercise_followups(db);
    exercise_mentions(db);
    exercise_queries(db);
    exercise_vocab();
    exercise_arbitrary_keys(db, key, key_size);
    memset(&err, 0x5a, sizeof err);
    FUZZ_CHECK(camtg_db_verify(db, &err) == CAMTG_OK);
    FUZZ_CHECK(err.code == CAMTG_OK);
}

int camtg_fuzz_one(const uint8_t *data, size_t size)
{
    /* A compiled snapshot is binary and may open before it is checked
     * whole: it has its own path. */
    if (size >= CAMTG_FUZZ_SNAPSHOT_MAGIC_SIZE &&
        memcmp(data, CAMTG_FUZZ_SNAPSHOT_MAGIC, CAMTG_FUZZ_SNAPSHOT_MAGIC_SIZE) == 0)
        return camtg_fuzz_snapshot_one(data, size);
    camtg_db *db = (camtg_db *)&db; /* a sentinel a failing load must clear */
    camtg_error err;
    memset(&err, 0x5a, sizeof err);
    int rc = camtg_open_buffer(&db, (const char *)data, size, &err);
    /* JSON text is UTF-8 and never holds a raw NUL (control characters in
     * strings must be escaped, and NUL is not white space): such input must
     * be refused, whatever the parser underneath tolerates. */
    if (!utf8_valid_n(data, size))
        FUZZ_CHECK(rc != CAMTG_OK);
    if (rc != CAMTG_OK) {
        FUZZ_CHECK(db == NULL);
        camtg_fuzz_check_error(rc, &err);
        return 0;
    }
    FUZZ_CHECK(db != NULL);
    FUZZ_CHECK(err.code == CAMTG_OK && err.message[0] == '\0' && err.path[0] == '\0');
    camtg_fuzz_walk(db, data, size);
    camtg_close(db);
    return 1;
}
