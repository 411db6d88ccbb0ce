/* SPDX-License-Identifier: MIT */
/* Snapshots made by hand: damaged in one field and given the right
 * checksum, as an attacker could. Opening checks only the header, so such
 * a file opens; then every getter that reads the damaged field answers
 * "absent" (never reading outside the image: ASan and valgrind watch), and
 * camtg_db_verify names the record and the field. A white-box test: it
 * edits the image through the library's own layout (libcamtg/image.h). */
#define _POSIX_C_SOURCE 200809L
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "image.h"
#include "testsupport.h"

static unsigned char *pristine;
static size_t pristine_len;

/* A fresh copy of the embedded dataset's snapshot, as its image header. */
static struct camtg_db *copy(void)
{
    /* malloc aligns for any type, so the copy can be read as the header
     * and the records it holds */
    struct camtg_db *image = malloc(pristine_len);
    CU_ASSERT_PTR_NOT_NULL_FATAL(image);
    memcpy(image, pristine, pristine_len);
    return image;
}

static void *record(struct camtg_db *image, camtg_image_section_id s, size_t index, size_t size)
{
    CU_ASSERT_FATAL(index < image->sections[s].count);
    return (unsigned char *)image + image->sections[s].offset + index * size;
}

/* Seals the edit with the right checksum and opens it. */
static camtg_db *open_sealed(struct camtg_db *image)
{
    image->checksum = camtg_image_sum(image);
    camtg_db *db = NULL;
    camtg_error err;
    int rc = camtg_open_buffer(&db, (const char *)image, pristine_len, &err);
    CU_ASSERT_EQUAL_FATAL(rc, CAMTG_OK);
    free(image);
    return db;
}

/* camtg_db_verify fails with code, naming path and the field. */
static void expect_verify(camtg_db *db, int code, const char *path, const char *field)
{
    camtg_error err;
    CU_ASSERT_EQUAL(camtg_db_verify(db, &err), code);
    CU_ASSERT_STRING_EQUAL(err.path, path);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, field));
    if (strcmp(err.path, path) != 0 || strstr(err.message, field) == NULL)
        fprintf(stderr, "\n  got %s: %s\n", err.path, err.message);
    camtg_close(db);
}

static void test_reference_out_of_range(void)
{
    struct camtg_db *image = copy();
    camtg_commitment *c = record(image, CAMTG_SECTION_COMMITMENTS, 0, sizeof *c);
    c->meeting = 9999;
    camtg_db *db = open_sealed(image);
    CU_ASSERT_PTR_NULL(camtg_commitment_meeting(camtg_commitment_at(db, 0)));
    CU_ASSERT_PTR_NOT_NULL(camtg_commitment_meeting(camtg_commitment_at(db, 1)));
    expect_verify(db, CAMTG_ESNAPSHOT, "/commitments/0", "meeting");
}

static void test_string_past_the_strings(void)
{
    struct camtg_db *image = copy();
    camtg_entity *e = record(image, CAMTG_SECTION_ENTITIES, 2, sizeof *e);
    e->name = image->sections[CAMTG_SECTION_STRINGS].count + 5;
    camtg_db *db = open_sealed(image);
    const camtg_entity *got = camtg_entity_at(db, 2);
    CU_ASSERT_PTR_NULL(camtg_entity_name(got));
    CU_ASSERT_PTR_NOT_NULL(camtg_entity_id(got));
    expect_verify(db, CAMTG_ESNAPSHOT, "/entities/2", "name");
}

static void test_string_into_the_middle_of_another(void)
{
    struct camtg_db *image = copy();
    camtg_source *s = record(image, CAMTG_SECTION_SOURCES, 0, sizeof *s);
    s->title += 1;
    expect_verify(open_sealed(image), CAMTG_ESNAPSHOT, "/sources/0", "title");
}

static void test_list_outside_the_words(void)
{
    struct camtg_db *image = copy();
    size_t index = 0;
    camtg_entity *e = NULL;
    /* the first entity with commitments, so that the query had answers */
    for (;; index++) {
        e = record(image, CAMTG_SECTION_ENTITIES, index, sizeof *e);
        if (e->involving.count > 0)
            break;
    }
    e->involving.first = image->sections[CAMTG_SECTION_WORDS].count - 1;
    e->involving.count = 7;
    camtg_db *db = open_sealed(image);
    camtg_filter f = CAMTG_FILTER_INIT;
    f.involving = camtg_entity_at(db, index);
    size_t cursor = 0;
    const camtg_commitment *c;
    CU_ASSERT_EQUAL(camtg_query_next(db, &f, &cursor, &c), CAMTG_ITEROVER);
    char path[32];
    snprintf(path, sizeof path, "/entities/%zu", index);
    expect_verify(db, CAMTG_ESNAPSHOT, path, "involving");
}

static void test_list_out_of_order(void)
{
    struct camtg_db *image = copy();
    camtg_meeting *m = record(image, CAMTG_SECTION_MEETINGS, 0, sizeof *m);
    CU_ASSERT_FATAL(m->commitments.count >= 2);
    uint32_t *words = record(image, CAMTG_SECTION_WORDS, m->commitments.first, sizeof *words);
    uint32_t first = words[0];
    words[0] = words[1];
    words[1] = first;
    expect_verify(open_sealed(image), CAMTG_ESNAPSHOT, "/meetings/0", "commitments");
}

static void test_vocabulary_value_out_of_range(void)
{
    struct camtg_db *image = copy();
    camtg_commitment *c = record(image, CAMTG_SECTION_COMMITMENTS, 3, sizeof *c);
    c->kind = 77;
    c->type = 4000000000u;
    camtg_db *db = open_sealed(image);
    const camtg_commitment *got = camtg_commitment_at(db, 3);
    CU_ASSERT_EQUAL(camtg_commitment_kind(got), CAMTG_KIND_INVALID);
    CU_ASSERT_EQUAL(camtg_commitment_type(got), CAMTG_PLOVER_INVALID);
    camtg_filter f = CAMTG_FILTER_INIT;
    f.types = ~0u >> (32 - CAMTG_PLOVER_COUNT);
    CU_ASSERT_EQUAL(camtg_filter_matches(&f, got), 0);
    expect_verify(db, CAMTG_ESNAPSHOT, "/commitments/3", "kind");
}

/* A full id table, with no empty slot to end a probe: a miss still ends. */
static void test_id_table_without_an_empty_slot(void)
{
    struct camtg_db *image = copy();
    uint32_t *slots = record(image, CAMTG_SECTION_IDS, 0, sizeof *slots);
    for (uint32_t i = 0; i < image->sections[CAMTG_SECTION_IDS].count; i++)
        slots[i] = 0;
    camtg_db *db = open_sealed(image);
    CU_ASSERT_PTR_NULL(camtg_commitment_lookup(db, "no-such-id"));
    CU_ASSERT_PTR_NULL(camtg_entity_lookup(db, "no-such-id"));
    expect_verify(db, CAMTG_ESNAPSHOT, "/entities/0", "id table");
}

/* A quote whose text no longer matches its source is evidence lost, as
 * for a database loaded from JSON. */
static void test_quote_changed(void)
{
    struct camtg_db *image = copy();
    /* a commitment whose quote no other record shares (strings are stored
     * once), so that the fault is its own */
    uint32_t count = image->sections[CAMTG_SECTION_COMMITMENTS].count, index = 0;
    camtg_commitment *c = NULL;
    for (int shared = 1; shared && index < count; index += shared) {
        c = record(image, CAMTG_SECTION_COMMITMENTS, index, sizeof *c);
        shared = 0;
        for (uint32_t k = 0; k < count && !shared; k++) {
            const camtg_commitment *other =
                record(image, CAMTG_SECTION_COMMITMENTS, k, sizeof *other);
            shared = k != index && other->quote == c->quote;
        }
    }
    CU_ASSERT_FATAL(index < count);
    char *quote = record(image, CAMTG_SECTION_STRINGS, c->quote, 1);
    CU_ASSERT_FATAL((unsigned char)quote[0] < 0x80); /* the edit keeps it UTF-8 */
    quote[0] = quote[0] == 'x' ? 'y' : 'x';
    char path[48];
    snprintf(path, sizeof path, "/commitments/%u/evidence/quote", (unsigned)index);
    expect_verify(open_sealed(image), CAMTG_EEVIDENCE, path, "quote");
}

/* The first entity of a type, by its index. */
static uint32_t first_of_type(struct camtg_db *image, camtg_entity_type type)
{
    for (uint32_t i = 0; i < image->sections[CAMTG_SECTION_ENTITIES].count; i++) {
        const camtg_entity *e = record(image, CAMTG_SECTION_ENTITIES, i, sizeof *e);
        if (e->type == (uint32_t)type)
            return i;
    }
    CU_FAIL_FATAL("the dataset has no entity of the type");
    return 0;
}

static char *entity_path(uint32_t index)
{
    static char path[32];
    snprintf(path, sizeof path, "/entities/%u", (unsigned)index);
    return path;
}

/* Rules the JSON loader enforces hold in a snapshot too, whatever its
 * checksum: only events have a place, only places lie within another.
 * Gives the first entity of type `on` the link at `field` (an offset in
 * camtg_entity, named `name`) to the first country, and expects verify to
 * name that entity and the field. */
static void expect_link_refused(camtg_entity_type on, size_t field, const char *name)
{
    struct camtg_db *image = copy();
    uint32_t at = first_of_type(image, on);
    uint32_t country = first_of_type(image, CAMTG_ENTITY_COUNTRY);
    camtg_entity *e = record(image, CAMTG_SECTION_ENTITIES, at, sizeof *e);
    memcpy((unsigned char *)e + field, &country, sizeof country);
    expect_verify(open_sealed(image), CAMTG_ESNAPSHOT, entity_path(at), name);
}

/* A checkpoint (the byte offset of every 64th code point of a source's
 * text) moved by one byte: the second one, and the last. */
static void test_checkpoint_off_its_code_point(void)
{
    for (int last = 0; last <= 1; last++) {
        struct camtg_db *image = copy();
        camtg_source *s = record(image, CAMTG_SECTION_SOURCES, 0, sizeof *s);
        CU_ASSERT_FATAL(s->checkpoints.count >= 3);
        size_t k = last ? s->checkpoints.count - 1 : 1;
        uint32_t *point = record(image, CAMTG_SECTION_WORDS, s->checkpoints.first + k,
                                 sizeof *point);
        *point += 1;
        expect_verify(open_sealed(image), CAMTG_ESNAPSHOT, "/sources/0", "checkpoints");
    }
}

static void test_place_on_a_country(void)
{
    expect_link_refused(CAMTG_ENTITY_COUNTRY, offsetof(camtg_entity, place), "place");
}

static void test_within_on_a_person(void)
{
    expect_link_refused(CAMTG_ENTITY_PERSON, offsetof(camtg_entity, within), "within");
}

/* A follow-up's end date is derived from its date and precision. */
static void test_followup_end_not_derived(void)
{
    struct camtg_db *image = copy();
    CU_ASSERT_FATAL(image->sections[CAMTG_SECTION_FOLLOWUPS].count > 0);
    camtg_followup *f = record(image, CAMTG_SECTION_FOLLOWUPS, 0, sizeof *f);
    camtg_followup *g = NULL;
    /* another follow-up's end, a valid date but not this one's */
    for (uint32_t i = 1; i < image->sections[CAMTG_SECTION_FOLLOWUPS].count && g == NULL; i++) {
        camtg_followup *other = record(image, CAMTG_SECTION_FOLLOWUPS, i, sizeof *other);
        if (strcmp((char *)record(image, CAMTG_SECTION_STRINGS, other->date_end, 1),
                   (char *)record(image, CAMTG_SECTION_STRINGS, f->date_end, 1)) != 0)
            g = other;
    }
    CU_ASSERT_PTR_NOT_NULL_FATAL(g);
    f->date_end = g->date_end;
    expect_verify(open_sealed(image), CAMTG_ESNAPSHOT, "/followups/0", "date_end");
}

/* The header is checked at open: a section past the end of the file, and
 * strings that do not end with a NUL, are refused there. */
static void test_header_checked_at_open(void)
{
    struct camtg_db *image = copy();
    image->sections[CAMTG_SECTION_MENTIONS].count = UINT32_MAX / 4;
    camtg_db *db = NULL;
    camtg_error err;
    CU_ASSERT_EQUAL(camtg_open_buffer(&db, (const char *)image, pristine_len, &err),
                    CAMTG_ESNAPSHOT);
    CU_ASSERT_PTR_NULL(db);
    memcpy(image, pristine, pristine_len);
    const camtg_image_section *strings = &image->sections[CAMTG_SECTION_STRINGS];
    ((unsigned char *)image)[strings->offset + strings->count - 1] = 'x';
    CU_ASSERT_EQUAL(camtg_open_buffer(&db, (const char *)image, pristine_len, &err),
                    CAMTG_ESNAPSHOT);
    CU_ASSERT_PTR_NULL(db);
    free(image);
}

/* The untouched copy passes, so that the failures above are the edits'. */
static void test_pristine_passes(void)
{
    struct camtg_db *image = copy();
    camtg_db *db = open_sealed(image);
    CU_ASSERT_EQUAL(camtg_db_verify(db, NULL), CAMTG_OK);
    camtg_close(db);
}

/* The suite's fixture: the embedded dataset's snapshot, in memory. */
static int read_pristine(void)
{
    char path[] = "/tmp/camtg-crafted-XXXXXX";
    if (camtg_test_write_default_snapshot(path) != 0)
        return -1;
    pristine = (unsigned char *)camtg_test_read_file(path, &pristine_len);
    unlink(path);
    return pristine != NULL ? 0 : -1;
}

static int free_pristine(void)
{
    free(pristine);
    return 0;
}

int main(void)
{
    static const camtg_test_case cases[] = {
        {"the untouched snapshot passes verify", test_pristine_passes},
        {"a reference out of range", test_reference_out_of_range},
        {"a string offset past the strings", test_string_past_the_strings},
        {"a string offset into another string", test_string_into_the_middle_of_another},
        {"a list outside the words", test_list_outside_the_words},
        {"a commitment list out of order", test_list_out_of_order},
        {"a vocabulary value out of range", test_vocabulary_value_out_of_range},
        {"an id table without an empty slot", test_id_table_without_an_empty_slot},
        {"a quote that no longer matches", test_quote_changed},
        {"a checkpoint off its code point", test_checkpoint_off_its_code_point},
        {"a place on a country", test_place_on_a_country},
        {"a person within a country", test_within_on_a_person},
        {"a follow-up end date not derived from its date", test_followup_end_not_derived},
        {"header faults are refused at open", test_header_checked_at_open},
        {NULL, NULL},
    };
    return camtg_test_main_with("snapshot_crafted", cases, read_pristine, free_pristine);
}
