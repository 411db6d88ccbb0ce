/* SPDX-License-Identifier: MIT */
/* One step of scripts/bench.sh, run in its own process so that its peak
 * memory is its own. Prints one line of `name=value` figures; checks that
 * the answers compared agree, never judges a time.
 *
 *   bench_scale parse FILE        Jansson's json_load_file of the document
 *   bench_scale load FILE         camtg_open_file
 *   bench_scale compile FILE OUT  camtg_snapshot_write of FILE's database to
 *                                 OUT (the JSON load before it is not timed)
 *   bench_scale open SNAPSHOT     camtg_open_file of a snapshot: the median
 *                                 of several opens, and the private memory
 *                                 the first open adds to the process
 *   bench_scale query FILE KEY [SNAPSHOT]
 *                                 the involving query for entity KEY through
 *                                 camtg_query_next and through SQLite's C API
 *                                 on indexed in-memory tables of the same data;
 *                                 with SNAPSHOT, also through the database
 *                                 opened from it, which must agree
 *   bench_scale same FILE         the file loaded by camtg_open_file (which
 *                                 maps it and gives pages back as it reads)
 *                                 and by camtg_open_buffer from a copy in
 *                                 memory holds the same records, and passes
 *                                 camtg_db_verify
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

#include <camtg/camtg.h>
#include <jansson.h>
#include <sqlite3.h>

/* CPU seconds of this process (user and system): on a machine shared with
 * other work, wall time measures the neighbours as much as the code. */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double wall(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static long peak_kib(void)
{
    struct rusage ru;
    return getrusage(RUSAGE_SELF, &ru) == 0 ? ru.ru_maxrss : -1;
}

static int fail(const char *what, const char *detail)
{
    fprintf(stderr, "bench_scale: %s: %s\n", what, detail);
    return 1;
}

static camtg_db *open_or_die(const char *path)
{
    camtg_db *db = NULL;
    camtg_error err;
    if (camtg_open_file(&db, path, &err) != CAMTG_OK) {
        fprintf(stderr, "bench_scale: %s:%d:%d: %s %s\n", path, err.line, err.column, err.path,
                err.message);
        exit(1);
    }
    return db;
}

static int run_parse(const char *path)
{
    long base = peak_kib();
    double w0 = wall(), t0 = now();
    json_error_t jerr;
    json_t *root = json_load_file(path, 0, &jerr);
    double t1 = now(), w1 = wall();
    if (root == NULL)
        return fail(path, jerr.text);
    printf("seconds=%.4f wall=%.4f peak_kib=%ld base_kib=%ld\n", t1 - t0, w1 - w0, peak_kib(),
           base);
    json_decref(root);
    return 0;
}

static int run_load(const char *path)
{
    long base = peak_kib();
    double w0 = wall(), t0 = now();
    camtg_db *db = open_or_die(path);
    double t1 = now(), w1 = wall();
    printf("seconds=%.4f wall=%.4f peak_kib=%ld base_kib=%ld commitments=%zu entities=%zu\n",
           t1 - t0, w1 - w0, peak_kib(), base, camtg_commitment_count(db),
           camtg_entity_count(db));
    camtg_close(db);
    return 0;
}

static int run_compile(const char *path, const char *out)
{
    camtg_db *db = open_or_die(path);
    camtg_error err;
    double w0 = wall(), t0 = now();
    int rc = camtg_snapshot_write(db, out, &err);
    double t1 = now(), w1 = wall();
    camtg_close(db);
    struct stat st;
    if (rc != CAMTG_OK)
        return fail(out, err.message);
    if (stat(out, &st) != 0)
        return fail(out, "cannot stat the snapshot written");
    printf("seconds=%.4f wall=%.4f bytes=%lld\n", t1 - t0, w1 - w0, (long long)st.st_size);
    return 0;
}

/* The process's private memory in KiB from /proc/self/smaps_rollup:
 * anonymous pages (the heap, and pages of a private mapping once written)
 * and private dirty pages. -1 each where the kernel does not say. */
static void private_kib(long *anonymous, long *private_dirty)
{
    *anonymous = *private_dirty = -1;
    FILE *f = fopen("/proc/self/smaps_rollup", "r");
    if (f == NULL)
        return;
    char line[256];
    while (fgets(line, sizeof line, f) != NULL) {
        long kib;
        if (sscanf(line, "Anonymous: %ld kB", &kib) == 1)
            *anonymous = kib;
        else if (sscanf(line, "Private_Dirty: %ld kB", &kib) == 1)
            *private_dirty = kib;
    }
    fclose(f);
}

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

enum { OPEN_RUNS = 11 };

/* The first open is measured for memory (what this process gains by it);
 * every open, the first included, for time, reported as the median. */
static int run_open(const char *path)
{
    long anon0, dirty0, anon1, dirty1;
    private_kib(&anon0, &dirty0); /* once before, so stdio's buffers exist */
    private_kib(&anon0, &dirty0);
    double cpu[OPEN_RUNS], elapsed[OPEN_RUNS];
    camtg_db *first = NULL;
    for (int i = 0; i < OPEN_RUNS; i++) {
        double w0 = wall(), t0 = now();
        camtg_db *db = open_or_die(path);
        cpu[i] = now() - t0;
        elapsed[i] = wall() - w0;
        if (i == 0) {
            private_kib(&anon1, &dirty1);
            first = db;
        } else {
            camtg_close(db);
        }
    }
    size_t commitments = camtg_commitment_count(first);
    camtg_close(first);
    qsort(cpu, OPEN_RUNS, sizeof *cpu, compare_doubles);
    qsort(elapsed, OPEN_RUNS, sizeof *elapsed, compare_doubles);
    if (anon0 < 0 || dirty0 < 0 || anon1 < 0 || dirty1 < 0)
        return fail("/proc/self/smaps_rollup", "no Anonymous or Private_Dirty line");
    printf("seconds=%.6f wall=%.6f runs=%d anonymous_kib=%ld private_dirty_kib=%ld "
           "commitments=%zu\n",
           cpu[OPEN_RUNS / 2], elapsed[OPEN_RUNS / 2], OPEN_RUNS, anon1 - anon0, dirty1 - dirty0,
           commitments);
    return 0;
}

/* The involving query through the library: ids of the matches, in file
 * order; returns the number of rows and adds the ids' lengths to *bytes
 * (so that both sides touch every id). */
static size_t camtg_involving(const camtg_db *db, const camtg_entity *e, size_t *bytes)
{
    camtg_filter f = CAMTG_FILTER_INIT;
    f.involving = e;
    size_t cursor = 0, rows = 0;
    const camtg_commitment *c;
    while (camtg_query_next(db, &f, &cursor, &c) == CAMTG_OK) {
        *bytes += strlen(camtg_commitment_id(c));
        rows++;
    }
    return rows;
}

static int exec(sqlite3 *sql, const char *statement)
{
    char *msg = NULL;
    if (sqlite3_exec(sql, statement, NULL, NULL, &msg) != SQLITE_OK) {
        fprintf(stderr, "bench_scale: sqlite: %s\n", msg != NULL ? msg : "failed");
        sqlite3_free(msg);
        return -1;
    }
    return 0;
}

/* Copies what the involving query needs into SQLite: commitments, their
 * parties (actors and targets), and membership closed under nesting, each
 * with the index the query uses. */
static int fill_sqlite(sqlite3 *sql, const camtg_db *db)
{
    if (exec(sql, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; BEGIN;"
                  "CREATE TABLE commitment(idx INTEGER PRIMARY KEY, id TEXT NOT NULL);"
                  "CREATE TABLE party(entity TEXT NOT NULL, commitment INTEGER NOT NULL);"
                  "CREATE TABLE member_of(member TEXT NOT NULL, grp TEXT NOT NULL);") != 0)
        return -1;
    sqlite3_stmt *ins_c = NULL, *ins_p = NULL, *ins_m = NULL;
    sqlite3_prepare_v2(sql, "INSERT INTO commitment VALUES (?, ?)", -1, &ins_c, NULL);
    sqlite3_prepare_v2(sql, "INSERT INTO party VALUES (?, ?)", -1, &ins_p, NULL);
    sqlite3_prepare_v2(sql, "INSERT INTO member_of VALUES (?, ?)", -1, &ins_m, NULL);
    if (ins_c == NULL || ins_p == NULL || ins_m == NULL)
        return -1;
    for (size_t i = 0; i < camtg_commitment_count(db); i++) {
        const camtg_commitment *c = camtg_commitment_at(db, i);
        sqlite3_bind_int64(ins_c, 1, (sqlite3_int64)i);
        sqlite3_bind_text(ins_c, 2, camtg_commitment_id(c), -1, SQLITE_STATIC);
        sqlite3_step(ins_c);
        sqlite3_reset(ins_c);
        for (int side = 0; side < 2; side++) {
            size_t n = side ? camtg_commitment_target_count(c) : camtg_commitment_actor_count(c);
            for (size_t k = 0; k < n; k++) {
                const camtg_entity *e =
                    side ? camtg_commitment_target(c, k) : camtg_commitment_actor(c, k);
                sqlite3_bind_text(ins_p, 1, camtg_entity_id(e), -1, SQLITE_STATIC);
                sqlite3_bind_int64(ins_p, 2, (sqlite3_int64)i);
                sqlite3_step(ins_p);
                sqlite3_reset(ins_p);
            }
        }
    }
    /* Membership closed under nesting: every (entity, group containing
     * it) pair, found by walking up from each entity. */
    size_t n = camtg_entity_count(db);
    const camtg_entity **stack = malloc((n + 1) * sizeof *stack);
    size_t *seen = calloc(n + 1, sizeof *seen); /* the walk (i + 1) that saw it */
    if (stack == NULL || seen == NULL)
        return -1;
    for (size_t i = 0; i < n; i++) {
        const camtg_entity *e = camtg_entity_at(db, i);
        size_t depth = 0;
        stack[depth++] = e;
        while (depth > 0) {
            const camtg_entity *x = stack[--depth];
            for (size_t k = 0; k < camtg_entity_group_count(x); k++) {
                const camtg_entity *g = camtg_entity_group(x, k);
                size_t gi = camtg_entity_index(g);
                if (seen[gi] == i + 1)
                    continue;
                seen[gi] = i + 1;
                stack[depth++] = g;
                sqlite3_bind_text(ins_m, 1, camtg_entity_id(e), -1, SQLITE_STATIC);
                sqlite3_bind_text(ins_m, 2, camtg_entity_id(g), -1, SQLITE_STATIC);
                sqlite3_step(ins_m);
                sqlite3_reset(ins_m);
            }
        }
    }
    free(stack);
    free(seen);
    sqlite3_finalize(ins_c);
    sqlite3_finalize(ins_p);
    sqlite3_finalize(ins_m);
    return exec(sql, "COMMIT; CREATE INDEX party_entity ON party(entity, commitment);"
                     "CREATE INDEX member_of_member ON member_of(member, grp); ANALYZE;");
}

/* The same question in SQL: commitments naming the entity, or a group
 * containing it, among their parties; ids in file order. */
static const char INVOLVING_SQL[] =
    "SELECT id FROM commitment WHERE idx IN ("
    " SELECT commitment FROM party WHERE entity = ?1"
    " UNION SELECT p.commitment FROM member_of m JOIN party p ON p.entity = m.grp"
    " WHERE m.member = ?1) ORDER BY idx";

static size_t sqlite_involving(sqlite3_stmt *q, const char *key, size_t *bytes)
{
    size_t rows = 0;
    sqlite3_bind_text(q, 1, key, -1, SQLITE_STATIC);
    while (sqlite3_step(q) == SQLITE_ROW) {
        *bytes += (size_t)sqlite3_column_bytes(q, 0);
        if (sqlite3_column_text(q, 0) == NULL)
            break;
        rows++;
    }
    sqlite3_reset(q);
    return rows;
}

/* Repeats a query for at least 0.5 CPU seconds (and at least 3 times);
 * the mean CPU seconds per query. */
#define TIME_QUERY(result, rows, bytes, call)                                                  \
    do {                                                                                       \
        double t0_ = now(), t_;                                                                \
        size_t runs_ = 0;                                                                      \
        do {                                                                                   \
            (bytes) = 0;                                                                       \
            (rows) = (call);                                                                   \
            runs_++;                                                                           \
            t_ = now() - t0_;                                                                  \
        } while (runs_ < 3 || t_ < 0.5);                                                       \
        (result) = t_ / (double)runs_;                                                         \
    } while (0)

static int run_query(const char *path, const char *key, const char *snapshot)
{
    camtg_db *db = open_or_die(path);
    const camtg_entity *e = camtg_entity_lookup(db, key);
    if (e == NULL)
        return fail(key, "no such entity");
    sqlite3 *sql = NULL;
    if (sqlite3_open(":memory:", &sql) != SQLITE_OK || fill_sqlite(sql, db) != 0)
        return fail("sqlite", sql != NULL ? sqlite3_errmsg(sql) : "cannot open");
    sqlite3_stmt *q = NULL;
    if (sqlite3_prepare_v2(sql, INVOLVING_SQL, -1, &q, NULL) != SQLITE_OK)
        return fail("sqlite", sqlite3_errmsg(sql));

    size_t c_rows = 0, c_bytes = 0, s_rows = 0, s_bytes = 0;
    double c_seconds, s_seconds;
    TIME_QUERY(c_seconds, c_rows, c_bytes, camtg_involving(db, e, &c_bytes));
    TIME_QUERY(s_seconds, s_rows, s_bytes, sqlite_involving(q, camtg_entity_id(e), &s_bytes));
    if (c_rows != s_rows || c_bytes != s_bytes) {
        fprintf(stderr, "bench_scale: answers differ: libcamtg %zu rows, SQLite %zu rows\n",
                c_rows, s_rows);
        return 1;
    }
    printf("rows=%zu c_seconds=%.6f sqlite_seconds=%.6f ratio=%.1f", c_rows, c_seconds,
           s_seconds, s_seconds / c_seconds);
    if (snapshot != NULL) {
        camtg_db *snap = open_or_die(snapshot);
        const camtg_entity *se = camtg_entity_lookup(snap, key);
        size_t n_rows = 0, n_bytes = 0;
        double n_seconds;
        if (se == NULL)
            return fail(key, "no such entity in the snapshot");
        TIME_QUERY(n_seconds, n_rows, n_bytes, camtg_involving(snap, se, &n_bytes));
        if (n_rows != c_rows || n_bytes != c_bytes) {
            fprintf(stderr, "bench_scale: answers differ: JSON %zu rows, snapshot %zu rows\n",
                    c_rows, n_rows);
            return 1;
        }
        printf(" snapshot_seconds=%.6f snapshot_ratio=%.1f", n_seconds, s_seconds / n_seconds);
        camtg_close(snap);
    }
    putchar('\n');
    sqlite3_finalize(q);
    sqlite3_close(sql);
    camtg_close(db);
    return 0;
}

/* A fingerprint of what a database holds, read through the public API. */
typedef struct fingerprint {
    unsigned long long hash;
    size_t items;
} fingerprint;

static void add_bytes(fingerprint *fp, const void *data, size_t len)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < len; i++) {
        fp->hash ^= p[i];
        fp->hash *= 0x100000001b3ULL;
    }
    fp->items++;
}

static void add_text(fingerprint *fp, const char *s)
{
    /* NULL and "" differ: the terminating byte is hashed too. */
    if (s == NULL)
        add_bytes(fp, "\xff", 1);
    else
        add_bytes(fp, s, strlen(s) + 1);
}

static void add_number(fingerprint *fp, long long n)
{
    add_bytes(fp, &n, sizeof n);
}

/* A record's strings, then its numbers, in the order given. */
static void add_fields(fingerprint *fp, const char *const *texts, size_t ntexts,
                       const long long *numbers, size_t nnumbers)
{
    for (size_t i = 0; i < ntexts; i++)
        add_text(fp, texts[i]);
    for (size_t i = 0; i < nnumbers; i++)
        add_number(fp, numbers[i]);
}

static void add_entity_ref(fingerprint *fp, const camtg_entity *e)
{
    add_text(fp, e != NULL ? camtg_entity_id(e) : NULL);
}

static fingerprint fingerprint_of(const camtg_db *db)
{
    fingerprint fp = {0xcbf29ce484222325ULL, 0};
    for (size_t i = 0; i < camtg_source_count(db); i++) {
        const camtg_source *s = camtg_source_at(db, i);
        const char *texts[] = { camtg_source_id(s), camtg_source_title(s), camtg_source_text(s) };
        const long long chars = (long long)camtg_source_text_chars(s);
        add_fields(&fp, texts, sizeof texts / sizeof *texts, &chars, 1);
    }
    for (size_t i = 0; i < camtg_entity_count(db); i++) {
        const camtg_entity *e = camtg_entity_at(db, i);
        add_text(&fp, camtg_entity_id(e));
        add_text(&fp, camtg_entity_name(e));
        add_number(&fp, camtg_entity_type_of(e));
        for (size_t k = 0; k < camtg_entity_alias_count(e); k++)
            add_text(&fp, camtg_entity_alias(e, k));
        for (size_t k = 0; k < camtg_entity_member_count(e); k++)
            add_entity_ref(&fp, camtg_entity_member(e, k));
        add_entity_ref(&fp, camtg_entity_country(e));
        add_entity_ref(&fp, camtg_entity_within(e));
    }
    for (size_t i = 0; i < camtg_meeting_count(db); i++) {
        const camtg_meeting *m = camtg_meeting_at(db, i);
        add_text(&fp, camtg_meeting_id(m));
        add_text(&fp, camtg_meeting_title(m));
        for (size_t k = 0; k < camtg_meeting_participant_count(m); k++)
            add_entity_ref(&fp, camtg_meeting_participant(m, k));
    }
    for (size_t i = 0; i < camtg_commitment_count(db); i++) {
        const camtg_commitment *c = camtg_commitment_at(db, i);
        const char *texts[] = { camtg_commitment_id(c),
                                camtg_meeting_id(camtg_commitment_meeting(c)),
                                camtg_commitment_verb(c), camtg_commitment_summary(c),
                                camtg_commitment_quote(c) };
        const long long numbers[] = { camtg_commitment_kind(c), camtg_commitment_type(c),
                                      camtg_commitment_status(c),
                                      camtg_commitment_sector_mask(c), camtg_commitment_start(c),
                                      camtg_commitment_byte_end(c) };
        add_fields(&fp, texts, sizeof texts / sizeof *texts, numbers,
                   sizeof numbers / sizeof *numbers);
        for (size_t k = 0; k < camtg_commitment_actor_count(c); k++)
            add_entity_ref(&fp, camtg_commitment_actor(c, k));
        for (size_t k = 0; k < camtg_commitment_target_count(c); k++)
            add_entity_ref(&fp, camtg_commitment_target(c, k));
    }
    return fp;
}

static int run_same(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return fail(path, "cannot open");
    size_t cap = 1 << 16, len = 0;
    char *data = malloc(cap);
    for (size_t got; data != NULL && (got = fread(data + len, 1, cap - len, f)) > 0;) {
        len += got;
        if (len == cap) {
            char *bigger = realloc(data, cap *= 2);
            if (bigger == NULL)
                free(data);
            data = bigger;
        }
    }
    fclose(f);
    if (data == NULL)
        return fail(path, "out of memory");
    camtg_db *from_buffer = NULL;
    camtg_error err;
    int rc = camtg_open_buffer(&from_buffer, data, len, &err);
    free(data);
    if (rc != CAMTG_OK)
        return fail(path, err.message);
    camtg_db *from_file = open_or_die(path);
    if (camtg_db_verify(from_file, &err) != CAMTG_OK)
        return fail("camtg_db_verify", err.message);
    fingerprint a = fingerprint_of(from_file), b = fingerprint_of(from_buffer);
    if (a.hash != b.hash || a.items != b.items) {
        fprintf(stderr, "bench_scale: %s: camtg_open_file and camtg_open_buffer differ\n", path);
        return 1;
    }
    printf("bytes=%zu items=%zu same=yes\n", len, a.items);
    camtg_close(from_file);
    camtg_close(from_buffer);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "parse") == 0)
        return run_parse(argv[2]);
    if (argc == 3 && strcmp(argv[1], "load") == 0)
        return run_load(argv[2]);
    if (argc == 4 && strcmp(argv[1], "compile") == 0)
        return run_compile(argv[2], argv[3]);
    if (argc == 3 && strcmp(argv[1], "open") == 0)
        return run_open(argv[2]);
    if ((argc == 4 || argc == 5) && strcmp(argv[1], "query") == 0)
        return run_query(argv[2], argv[3], argc == 5 ? argv[4] : NULL);
    if (argc == 3 && strcmp(argv[1], "same") == 0)
        return run_same(argv[2]);
    fprintf(stderr, "usage: bench_scale parse|load|same FILE | compile FILE OUT | open SNAPSHOT"
                    " | query FILE KEY [SNAPSHOT]\n");
    return 2;
}
