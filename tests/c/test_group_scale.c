/* SPDX-License-Identifier: MIT */
/* Group membership at scale: a query about an entity answers what its
 * groups did, without a load that copies every group commitment to every
 * member. A group of 20,000 members named by 20,000 commitments loads in
 * memory linear in the input; nested groups of every kind (small ones the
 * loader copies down, large ones queries merge in) answer exactly what a
 * brute-force reading of the records says. Memory is checked, never time. */
#define _POSIX_C_SOURCE 200809L

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "buf.h" /* the command line's growable buffer (tools/camtg/buf.h) */
#include "testsupport.h"

/* Starts a document with the parts every generated one shares (one source
 * whose text is the quote every commitment cites, one place), then `count`
 * countries with ids <prefix>0, <prefix>1, ... and names in capitals. */
static void start_document(cli_buf *t, char prefix, size_t count)
{
    cli_buf_init(t);
    cli_buf_addf(t, "{\"camtg\": 1,\n\"sources\": [{\"id\": \"s\", \"title\": \"T\", "
                    "\"publisher\": \"P\", \"published\": \"2024-01-01\", \"dateline\": \"D\", "
                    "\"language\": \"en\", "
                    "\"text\": \"We will.\"}],\n\"entities\": [\n"
                    "{\"id\": \"here\", \"type\": \"place\", \"name\": \"Here\"}");
    for (size_t i = 0; i < count; i++)
        cli_buf_addf(t, ",\n{\"id\": \"%c%zu\", \"type\": \"country\", \"name\": \"%c%zu\"}",
                     prefix, i, toupper((unsigned char)prefix), i);
}

/* The meetings, m and m2, and the start of the commitments. */
static void add_meeting(cli_buf *t)
{
    cli_buf_addf(t, "],\n\"meetings\": [{\"id\": \"m\", \"title\": \"M\", "
                    "\"date\": \"2024-01-01\", \"place\": \"here\", \"host\": \"here\", "
                    "\"participants\": [], \"format\": \"f\", \"source\": \"s\"},\n"
                    "{\"id\": \"m2\", \"title\": \"M2\", \"date\": \"2024-01-02\", "
                    "\"place\": \"here\", \"host\": \"here\", \"participants\": [], "
                    "\"format\": \"f\", \"source\": \"s\"}],\n\"commitments\": [\n");
}

/* One commitment; actors and targets are JSON lists of ids without brackets. */
static void add_commitment(cli_buf *t, size_t n, const char *meeting, const char *actors,
                           const char *targets, const char *sector)
{
    cli_buf_addf(t, "%s{\"id\": \"c%zu\", \"meeting\": \"%s\", \"kind\": \"pledge\", "
                    "\"type\": \"AGREE\", \"verb\": \"will\", \"summary\": \"S\", "
                    "\"actors\": [%s], \"targets\": [%s], \"objects\": [], "
                    "\"sectors\": [\"%s\"], \"status\": \"pledged\", \"evidence\": "
                    "{\"source\": \"s\", \"start\": 3, \"end\": 7, \"quote\": \"will\"}}",
                 n > 0 ? ",\n" : "", n, meeting, actors, targets, sector);
}

/* Closes the document; building it must not have run out of memory. */
static void end_document(cli_buf *t)
{
    cli_buf_addf(t, "]}\n");
    CU_ASSERT_FATAL(!t->failed);
}

static camtg_db *load(const cli_buf *t)
{
    camtg_db *db = NULL;
    camtg_error err;
    int rc = camtg_open_buffer(&db, t->data, t->len, &err);
    if (rc != CAMTG_OK)
        fprintf(stderr, "\n  load: %s at %s: %s\n", camtg_error_code_name(rc), err.path,
                err.message);
    CU_ASSERT_EQUAL_FATAL(rc, CAMTG_OK);
    return db;
}

static size_t count_matches(const camtg_db *db, const camtg_filter *f)
{
    size_t cursor = 0, n = 0;
    const camtg_commitment *c;
    while (camtg_query_next(db, f, &cursor, &c) == CAMTG_OK)
        n++;
    return n;
}

static long peak_rss_kib(void)
{
    struct rusage ru;
    return getrusage(RUSAGE_SELF, &ru) == 0 ? ru.ru_maxrss : -1;
}

enum { FAN = 20000, PEAK_GROWTH_KIB = 1024 * 1024 };

/* One group of FAN members named by FAN commitments: copying every
 * commitment to every member would need FAN x FAN list entries for each of
 * two roles (3.2 GB). */
static void test_fan_out(void)
{
    cli_buf t;
    start_document(&t, 'e', FAN);
    cli_buf_addf(&t, ",\n{\"id\": \"G\", \"type\": \"group\", \"name\": \"Group\", \"members\": [");
    for (size_t i = 0; i < FAN; i++)
        cli_buf_addf(&t, "%s\"e%zu\"", i ? ", " : "", i);
    cli_buf_addf(&t, "]}\n");
    add_meeting(&t);
    for (size_t i = 0; i < FAN; i++)
        add_commitment(&t, i, "m", "\"G\"", "", "trade_investment");
    end_document(&t);

    long before = peak_rss_kib();
    camtg_db *db = load(&t);
    cli_buf_free(&t);
    long after = peak_rss_kib();

    CU_ASSERT_EQUAL(camtg_entity_count(db), FAN + 2);
    CU_ASSERT_EQUAL(camtg_commitment_count(db), FAN);
    const char *keys[] = {"e0", "e12345", "e19999", "G"};
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
        camtg_filter f = CAMTG_FILTER_INIT;
        f.involving = camtg_entity_lookup(db, keys[k]);
        CU_ASSERT_PTR_NOT_NULL_FATAL(f.involving);
        CU_ASSERT_EQUAL(count_matches(db, &f), FAN);
        f.involving = NULL;
        f.actor = camtg_entity_lookup(db, keys[k]);
        CU_ASSERT_EQUAL(count_matches(db, &f), FAN);
        f.actor = NULL;
        f.target = camtg_entity_lookup(db, keys[k]);
        CU_ASSERT_EQUAL(count_matches(db, &f), 0);
    }
    CU_ASSERT_EQUAL(camtg_entity_in_group(camtg_entity_lookup(db, "e777"),
                                          camtg_entity_lookup(db, "G")), 1);
    camtg_close(db);

    /* The document is 6.6 MB. Copying every commitment to every member
     * needs 3.2 GB; a linear load about 100 MB natively, a few times that
     * under valgrind or AddressSanitizer, whose bookkeeping counts too. The
     * bound tells the two apart on every build; scripts/bench.sh reports
     * the native figure. */
    CU_ASSERT(before > 0 && after > 0);
    CU_ASSERT(after - before < PEAK_GROWTH_KIB);
    if (after - before >= PEAK_GROWTH_KIB)
        fprintf(stderr, "\n  peak resident memory grew by %ld KiB while loading\n",
                after - before);
}

/* Whether e, or a group containing it, is among the commitment's actors
 * (side 1), targets (side 2) or either (side 3): the definition of the
 * entity criteria, read from the records alone. */
static int party(const camtg_commitment *c, const camtg_entity *e, int side)
{
    if (side & 1)
        for (size_t k = 0; k < camtg_commitment_actor_count(c); k++)
            if (camtg_entity_in_group(e, camtg_commitment_actor(c, k)) == 1)
                return 1;
    if (side & 2)
        for (size_t k = 0; k < camtg_commitment_target_count(c); k++)
            if (camtg_entity_in_group(e, camtg_commitment_target(c, k)) == 1)
                return 1;
    return 0;
}

/* Runs the query and checks it returns exactly the commitments that
 * satisfy the criteria by brute force, in file order; returns how many. */
static size_t check_against_records(const camtg_db *db, const camtg_filter *f, int side,
                                    const camtg_entity *e)
{
    size_t cursor = 0, next = 0, found = 0, n = camtg_commitment_count(db);
    const camtg_commitment *c;
    while (camtg_query_next(db, f, &cursor, &c) == CAMTG_OK) {
        size_t at = camtg_commitment_index(c);
        for (; next < at; next++) {
            const camtg_commitment *skipped = camtg_commitment_at(db, next);
            int wanted = party(skipped, e, side) &&
                         (f->meeting == NULL || camtg_commitment_meeting(skipped) == f->meeting) &&
                         (f->sectors == 0 || (camtg_commitment_sector_mask(skipped) & f->sectors));
            CU_ASSERT_FALSE(wanted);
        }
        CU_ASSERT(party(c, e, side));
        CU_ASSERT_EQUAL(camtg_filter_matches(f, c), 1);
        next = at + 1;
        found++;
    }
    for (; next < n; next++)
        CU_ASSERT(!party(camtg_commitment_at(db, next), e, side) ||
                  camtg_filter_matches(f, camtg_commitment_at(db, next)) == 0);
    return found;
}

enum { BIG = 1000 };

/* OUTER > TOP > BIG > {a0..a999, SUB}, SUB > {a0, a1, x}. BIG is named by
 * BIG commitments, far more copies than the input's size allows, so
 * queries merge its list; TOP and SUB are small enough to be copied. */
static void test_nested_groups(void)
{
    cli_buf t;
    start_document(&t, 'a', BIG);
    cli_buf_addf(&t, ",\n{\"id\": \"x\", \"type\": \"country\", \"name\": \"X\"}"
                     ",\n{\"id\": \"SUB\", \"type\": \"group\", \"name\": \"Sub\", "
                     "\"members\": [\"a0\", \"a1\", \"x\"]}"
                     ",\n{\"id\": \"BIG\", \"type\": \"group\", \"name\": \"Big\", \"members\": [\"SUB\"");
    for (size_t i = 0; i < BIG; i++)
        cli_buf_addf(&t, ", \"a%zu\"", i);
    cli_buf_addf(&t, "]},\n{\"id\": \"TOP\", \"type\": \"group\", \"name\": \"Top\", \"members\": [\"BIG\"]}"
                     ",\n{\"id\": \"OUTER\", \"type\": \"group\", \"name\": \"Outer\", "
                     "\"members\": [\"TOP\"]}\n");
    add_meeting(&t);
    size_t n = 0;
    for (size_t i = 0; i < BIG; i++) {
        const char *targets = i % 10 == 0 ? "\"a5\"" : i % 10 == 1 ? "\"SUB\"" : "";
        add_commitment(&t, n++, i % 2 ? "m2" : "m", "\"BIG\"", targets,
                       i % 3 ? "trade_investment" : "security");
    }
    add_commitment(&t, n++, "m", "\"TOP\"", "\"x\"", "security");
    add_commitment(&t, n++, "m2", "\"a1\"", "\"TOP\"", "security");
    add_commitment(&t, n++, "m", "\"SUB\"", "\"a7\"", "health");
    add_commitment(&t, n++, "m2", "\"x\", \"a1\"", "\"a0\"", "health");
    add_commitment(&t, n++, "m", "\"a999\"", "", "health");
    end_document(&t);
    camtg_db *db = load(&t);
    cli_buf_free(&t);

    const char *keys[] = {"a0", "a1", "a5", "a7", "a500", "a999", "x",
                          "SUB", "BIG", "TOP", "OUTER"};
    const camtg_meeting *meetings[] = {NULL, camtg_meeting_lookup(db, "m2")};
    size_t involving_a1 = 0;
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
        const camtg_entity *e = camtg_entity_lookup(db, keys[k]);
        CU_ASSERT_PTR_NOT_NULL_FATAL(e);
        /* Unfiltered, and narrowed by meeting and sector at once. */
        for (size_t m = 0; m < 2; m++) {
            {
                const int sector = (int)m;
                camtg_filter f = CAMTG_FILTER_INIT;
                f.meeting = meetings[m];
                f.sectors = sector ? CAMTG_BIT(CAMTG_SECTOR_SECURITY) : 0u;
                f.involving = e;
                size_t got = check_against_records(db, &f, 3, e);
                if (k == 1 && m == 0)
                    involving_a1 = got;
                f.involving = NULL;
                f.actor = e;
                check_against_records(db, &f, 1, e);
                f.actor = NULL;
                f.target = e;
                check_against_records(db, &f, 2, e);
                /* Two entity criteria at once: the second is checked on
                 * the first one's candidates. */
                f.involving = camtg_entity_lookup(db, "a1");
                check_against_records(db, &f, 2, e);
            }
        }
    }
    /* a1 is in BIG (1000 as actor, of which the 100 towards SUB count once),
     * TOP (twice), SUB (once as actor) and on its own (twice). */
    CU_ASSERT_EQUAL(involving_a1, BIG + 2 + 1 + 1);
    camtg_close(db);
}

/* Nesting deeper than the library allows is refused, not walked. */
static void test_too_many_groups(void)
{
    cli_buf t;
    start_document(&t, 'e', 0);
    cli_buf_addf(&t, ",\n{\"id\": \"e\", \"type\": \"country\", \"name\": \"E\"}");
    cli_buf_addf(&t, ",\n{\"id\": \"g0\", \"type\": \"group\", \"name\": \"G0\", \"members\": [\"e\"]}");
    for (size_t i = 1; i <= 300; i++)
        cli_buf_addf(&t, ",\n{\"id\": \"g%zu\", \"type\": \"group\", \"name\": \"G%zu\", "
                         "\"members\": [\"g%zu\"]}", i, i, i - 1);
    add_meeting(&t);
    add_commitment(&t, 0, "m", "\"g300\"", "", "health");
    end_document(&t);
    camtg_test_expect_error(t.data, CAMTG_ELIMIT, "/entities/1",
                            "entity \"e\": belongs to more than 256 groups");
    cli_buf_free(&t);
}

/* A group of 20 members (longer lists are checked by sorting) whose
 * members list is `members` (ids without brackets): the load must fail with
 * code at path, the message naming `named`. */
static void expect_members_error(const char *members, int code, const char *path,
                                 const char *named)
{
    cli_buf t;
    start_document(&t, 'a', 20);
    cli_buf_addf(&t, ",\n{\"id\": \"G\", \"type\": \"group\", \"name\": \"G\", \"members\": [%s]}",
        members);
    add_meeting(&t);
    add_commitment(&t, 0, "m", "\"G\"", "", "health");
    end_document(&t);
    camtg_test_expect_error(t.data, code, path, named);
    cli_buf_free(&t);
}

/* The members a0..a19 in order, except `first` at position at1 and
 * `second` at position at2, as a JSON list without brackets. */
static void members_with(char *out, size_t size, size_t at1, const char *first, size_t at2,
                         const char *second)
{
    size_t used = 0;
    for (size_t i = 0; i < 20; i++) {
        char id[16];
        snprintf(id, sizeof id, "a%zu", i);
        used += (size_t)snprintf(out + used, size - used, "%s\"%s\"", i ? ", " : "",
                                 i == at1 ? first : i == at2 ? second : id);
    }
}

/* The first problem in file order is reported, as for short lists. */
static void test_long_member_lists(void)
{
    char members[512];
    members_with(members, sizeof members, 17, "a3", 17, "a3");
    expect_members_error(members, CAMTG_ESCHEMA, "/entities/21/members/17", "\"a3\" twice");
    /* a repeat at 17 comes before an undefined id at 18 */
    members_with(members, sizeof members, 17, "a3", 18, "nobody");
    expect_members_error(members, CAMTG_ESCHEMA, "/entities/21/members/17", "\"a3\" twice");
    /* an undefined id at 10 comes before the repeat at 17 */
    members_with(members, sizeof members, 17, "a3", 10, "nobody");
    expect_members_error(members, CAMTG_EREFERENCE, "/entities/21/members/10", "\"nobody\"");
    /* two repeats: the earlier position wins, whichever item sorts first */
    members_with(members, sizeof members, 19, "a0", 15, "a14");
    expect_members_error(members, CAMTG_ESCHEMA, "/entities/21/members/15", "\"a14\" twice");
}

int main(void)
{
    static const camtg_test_case cases[] = {
        {"a 20,000 x 20,000 group fan-out in linear memory", test_fan_out},
        {"nested groups, copied and merged, answer as the records say", test_nested_groups},
        {"membership deeper than the limit", test_too_many_groups},
        {"repeats in long member lists", test_long_member_lists},
        {NULL, NULL},
    };
    return camtg_test_main("groups at scale", cases);
}
