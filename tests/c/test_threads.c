/* SPDX-License-Identifier: MIT */
/*
 * Concurrent readers: eight threads share one database and run a mix of
 * lookups, accessors, queries and verification for a fixed number of rounds,
 * each reducing what it saw to a digest. The database is immutable, so every
 * thread must see exactly what one thread sees alone. Run under
 * ThreadSanitizer by scripts/tsan.sh and under helgrind by hand.
 *
 * POSIX threads rather than C11 <threads.h>: ThreadSanitizer (clang 14)
 * intercepts pthread_create only, and glibc's thrd_create bypasses it.
 *
 * Threads start their walks at different offsets so that they touch the
 * same records at different moments; the digest is a sum of per-answer
 * hashes, which does not depend on that order.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <pthread.h>

#include "testsupport.h"

enum { THREADS = 8, ROUNDS = 12 };

typedef struct worker {
    const camtg_db *db;
    size_t offset;      /* where this thread starts each walk */
    uint64_t digest;    /* sum of the hashes of every answer seen */
    size_t answers;     /* how many answers went into the digest */
    int failures;       /* answers that broke an invariant */
} worker;

static uint64_t hash_bytes(uint64_t h, const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++) {
        h ^= b[i];
        h *= 1099511628211u;
    }
    return h;
}

static uint64_t hash_str(uint64_t h, const char *s)
{
    /* NULL and "" must hash differently. */
    if (s == NULL)
        return hash_bytes(h, "\x01null", 5);
    return hash_bytes(h, s, strlen(s) + 1);
}

static uint64_t hash_num(uint64_t h, long long v)
{
    return hash_bytes(h, &v, sizeof v);
}

static void record(worker *w, uint64_t h)
{
    w->digest += h;
    w->answers++;
}

/* Folds into h the ids of the commitments a filter selects, in query order;
 * each one must also match the filter on its own. */
static uint64_t hash_query(worker *w, const camtg_filter *f, uint64_t h)
{
    size_t cursor = 0;
    const camtg_commitment *c;
    while (camtg_query_next(w->db, f, &cursor, &c) == CAMTG_OK) {
        h = hash_str(h, camtg_commitment_id(c));
        if (camtg_filter_matches(f, c) != 1)
            w->failures++;
    }
    return h;
}

static void walk_entity(worker *w, const camtg_entity *e)
{
    const camtg_db *db = w->db;
    uint64_t h = hash_str(14695981039346656037u, camtg_entity_id(e));
    h = hash_str(h, camtg_entity_name(e));
    h = hash_num(h, camtg_entity_type_of(e));
    h = hash_str(h, camtg_entity_wikidata(e));
    h = hash_str(h, camtg_entity_description(e));
    for (size_t i = 0; i < camtg_entity_alias_count(e); i++) {
        const char *alias = camtg_entity_alias(e, i);
        h = hash_str(h, alias);
        /* A lookup by alias must find an entity (perhaps an earlier one). */
        const camtg_entity *hit = camtg_entity_lookup(db, alias);
        if (hit == NULL)
            w->failures++;
        else
            h = hash_str(h, camtg_entity_id(hit));
    }
    for (size_t i = 0; i < camtg_entity_position_count(e); i++)
        h = hash_str(h, camtg_entity_position(e, i));
    for (size_t i = 0; i < camtg_entity_member_count(e); i++)
        h = hash_str(h, camtg_entity_id(camtg_entity_member(e, i)));
    for (size_t i = 0; i < camtg_entity_group_count(e); i++)
        h = hash_str(h, camtg_entity_id(camtg_entity_group(e, i)));
    const camtg_entity *rel[] = { camtg_entity_country(e), camtg_entity_within(e),
                                  camtg_entity_place(e) };
    for (size_t i = 0; i < sizeof rel / sizeof *rel; i++)
        h = hash_str(h, rel[i] ? camtg_entity_id(rel[i]) : NULL);
    h = hash_str(h, camtg_entity_date(e));
    if (camtg_entity_lookup(db, camtg_entity_id(e)) != e)
        w->failures++;
    record(w, h);

    /* The three entity criteria, each walked to the end. */
    for (int side = 0; side < 3; side++) {
        camtg_filter f = CAMTG_FILTER_INIT;
        if (side == 0)
            f.involving = e;
        else if (side == 1)
            f.actor = e;
        else
            f.target = e;
        uint64_t q = hash_num(hash_str(14695981039346656037u, camtg_entity_id(e)), side);
        record(w, hash_query(w, &f, q));
    }
}

static void walk_commitment(worker *w, const camtg_commitment *c)
{
    const char *text[] = { camtg_commitment_id(c), camtg_meeting_id(camtg_commitment_meeting(c)),
                           camtg_commitment_cameo(c), camtg_commitment_verb(c),
                           camtg_commitment_summary(c), camtg_commitment_quote(c),
                           camtg_source_id(camtg_commitment_source(c)) };
    const long long numbers[] = { camtg_commitment_kind(c), camtg_commitment_type(c),
                                  camtg_commitment_status(c), camtg_commitment_start(c),
                                  camtg_commitment_end(c), camtg_commitment_byte_start(c),
                                  camtg_commitment_byte_end(c),
                                  (long long)camtg_commitment_sector_mask(c) };
    uint64_t h = 14695981039346656037u;
    for (size_t i = 0; i < sizeof text / sizeof *text; i++)
        h = hash_str(h, text[i]);
    for (size_t i = 0; i < sizeof numbers / sizeof *numbers; i++)
        h = hash_num(h, numbers[i]);
    for (size_t i = 0; i < camtg_commitment_actor_count(c); i++)
        h = hash_str(h, camtg_entity_id(camtg_commitment_actor(c, i)));
    for (size_t i = 0; i < camtg_commitment_target_count(c); i++)
        h = hash_str(h, camtg_entity_id(camtg_commitment_target(c, i)));
    for (size_t i = 0; i < camtg_commitment_object_count(c); i++)
        h = hash_str(h, camtg_entity_id(camtg_commitment_object(c, i)));
    if (camtg_commitment_lookup(w->db, camtg_commitment_id(c)) != c)
        w->failures++;
    record(w, h);
}

static void walk_meeting(worker *w, const camtg_meeting *m)
{
    uint64_t h = hash_str(14695981039346656037u, camtg_meeting_id(m));
    h = hash_str(h, camtg_meeting_title(m));
    h = hash_str(h, camtg_meeting_date(m));
    h = hash_str(h, camtg_meeting_format(m));
    h = hash_str(h, camtg_entity_id(camtg_meeting_place(m)));
    h = hash_str(h, camtg_entity_id(camtg_meeting_host(m)));
    h = hash_str(h, camtg_source_id(camtg_meeting_source(m)));
    const camtg_entity *ctx = camtg_meeting_context(m);
    h = hash_str(h, ctx ? camtg_entity_id(ctx) : NULL);
    for (size_t i = 0; i < camtg_meeting_participant_count(m); i++)
        h = hash_str(h, camtg_entity_id(camtg_meeting_participant(m, i)));
    camtg_filter f = CAMTG_FILTER_INIT;
    f.meeting = m;
    h = hash_query(w, &f, h);
    if (camtg_meeting_lookup(w->db, camtg_meeting_id(m)) != m)
        w->failures++;
    record(w, h);
}

static void walk_vocab_queries(worker *w)
{
    for (int s = 0; s < CAMTG_SECTOR_COUNT; s++) {
        camtg_filter f = CAMTG_FILTER_INIT;
        f.sectors = CAMTG_BIT(s);
        uint64_t h = hash_str(14695981039346656037u, camtg_sector_to_string((camtg_sector)s));
        record(w, hash_query(w, &f, h));
    }
    for (int t = 0; t < CAMTG_PLOVER_COUNT; t++) {
        camtg_filter f = CAMTG_FILTER_INIT;
        f.types = CAMTG_BIT(t);
        f.kinds = CAMTG_BIT(CAMTG_KIND_PLEDGE);
        uint64_t h = hash_str(14695981039346656037u, camtg_plover_to_string((camtg_plover)t));
        record(w, hash_query(w, &f, h));
    }
}

static void walk_sources(worker *w)
{
    for (size_t i = 0; i < camtg_source_count(w->db); i++) {
        const camtg_source *s = camtg_source_at(w->db, i);
        uint64_t h = hash_str(14695981039346656037u, camtg_source_id(s));
        h = hash_str(h, camtg_source_title(s));
        h = hash_str(h, camtg_source_text(s));
        h = hash_num(h, (long long)camtg_source_text_chars(s));
        record(w, h);
    }
    if (camtg_db_verify(w->db, NULL) != CAMTG_OK)
        w->failures++;
}

static void walk_all(worker *w)
{
    const camtg_db *db = w->db;
    size_t ne = camtg_entity_count(db), nc = camtg_commitment_count(db);
    size_t nm = camtg_meeting_count(db);
    for (size_t i = 0; i < ne; i++)
        walk_entity(w, camtg_entity_at(db, (i + w->offset) % ne));
    for (size_t i = 0; i < nc; i++)
        walk_commitment(w, camtg_commitment_at(db, (i + w->offset) % nc));
    for (size_t i = 0; i < nm; i++)
        walk_meeting(w, camtg_meeting_at(db, (i + w->offset) % nm));
    walk_vocab_queries(w);
    walk_sources(w);
}

static void *worker_main(void *arg)
{
    worker *w = arg;
    for (int round = 0; round < ROUNDS; round++)
        walk_all(w);
    return NULL;
}

/* Starts THREADS threads running @p body, each on its own worker for @p db
 * (NULL: the thread opens its own) starting its walks @p stride answers
 * after the previous one's, joins them all, and checks that each saw
 * exactly what @p alone saw. */
static void run_threads_and_compare(void *(*body)(void *), const camtg_db *db, size_t stride,
                                    const worker *alone)
{
    worker workers[THREADS];
    pthread_t threads[THREADS];
    int started = 0;
    for (int i = 0; i < THREADS; i++) {
        workers[i] = (worker){ db, (size_t)i * stride, 0, 0, 0 };
        if (pthread_create(&threads[i], NULL, body, &workers[i]) != 0)
            break;
        started++;
    }
    CU_ASSERT_EQUAL(started, THREADS);
    for (int i = 0; i < started; i++)
        CU_ASSERT_EQUAL(pthread_join(threads[i], NULL), 0);
    for (int i = 0; i < started; i++) {
        CU_ASSERT_EQUAL(workers[i].failures, 0);
        CU_ASSERT_EQUAL(workers[i].answers, alone->answers);
        CU_ASSERT(workers[i].digest == alone->digest);
        if (workers[i].digest != alone->digest)
            fprintf(stderr, "\n  thread %d digest %016llx, alone %016llx\n", i,
                    (unsigned long long)workers[i].digest, (unsigned long long)alone->digest);
    }
}

static void test_shared_readers_agree(void)
{
    camtg_db *db = camtg_test_open_default();
    CU_ASSERT_FATAL(camtg_entity_count(db) > 0 && camtg_commitment_count(db) > 0);

    /* What one thread sees alone is the reference. */
    worker alone = { db, 0, 0, 0, 0 };
    for (int round = 0; round < ROUNDS; round++)
        walk_all(&alone);
    CU_ASSERT_EQUAL(alone.failures, 0);
    CU_ASSERT(alone.answers > 0);

    run_threads_and_compare(worker_main, db, 7u, &alone);
    camtg_close(db);
}

/* Separate databases opened concurrently must not share hidden state
 * either: each thread opens, walks and closes its own. */
static void *opener_main(void *arg)
{
    worker *w = arg;
    camtg_db *db = NULL;
    if (camtg_open_default(&db, NULL) != CAMTG_OK) {
        w->failures++;
        return NULL;
    }
    w->db = db;
    walk_all(w);
    w->db = NULL;
    camtg_close(db);
    return NULL;
}

static void test_concurrent_opens_agree(void)
{
    camtg_db *db = camtg_test_open_default();
    worker alone = { db, 0, 0, 0, 0 };
    walk_all(&alone);
    camtg_close(db);

    run_threads_and_compare(opener_main, NULL, 3u, &alone);
}

int main(void)
{
    static const camtg_test_case cases[] = {
        { "8 threads share one database", test_shared_readers_agree },
        { "8 threads open their own databases", test_concurrent_opens_agree },
        { NULL, NULL },
    };
    return camtg_test_main("threads", cases);
}
