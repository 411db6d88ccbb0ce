/* SPDX-License-Identifier: MIT */
/* Loads generated datasets of growing size and reports how long loading
 * takes, how much memory the database holds, and what queries cost. Figures
 * only: it checks results for consistency but never judges speed.
 *
 *   bench_load [MAX_COMMITMENTS]     (default 1000000)
 *
 * Each dataset has one meeting and one source per 20 commitments, 200
 * countries in 10 groups, and commitments between pairs of countries. */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include <camtg/camtg.h>

#include "buf.h" /* the command line's growable buffer (tools/camtg/buf.h) */

enum { COUNTRIES = 200, GROUPS = 10, PER_MEETING = 20 };

/* The sentence a commitment quotes; every source text is these sentences. */
static int sentence(char *buf, size_t size, size_t k)
{
    return snprintf(buf, size, "Country %zu will cooperate with country %zu on item %zu.",
                    k % COUNTRIES, (k * 7 + 1) % COUNTRIES, k);
}

static cli_buf generate(size_t commitments)
{
    cli_buf b;
    cli_buf_init(&b);
    size_t meetings = (commitments + PER_MEETING - 1) / PER_MEETING;
    char s[128];
    cli_buf_addf(&b, "{\"camtg\": 1,\n\"sources\": [\n");
    for (size_t m = 0; m < meetings; m++) {
        cli_buf_addf(&b, "%s{\"id\": \"s%zu\", \"title\": \"Report %zu\", \"publisher\": \"Bench\", "
                         "\"published\": \"2024-01-01\", \"dateline\": \"CITY\", \"language\": \"en\", "
                         "\"text\": \"",
                     m ? ",\n" : "", m, m);
        for (size_t k = m * PER_MEETING; k < (m + 1) * PER_MEETING && k < commitments; k++) {
            sentence(s, sizeof s, k);
            cli_buf_addf(&b, "%s ", s);
        }
        cli_buf_addf(&b, "\"}");
    }
    cli_buf_addf(&b, "],\n\"entities\": [\n");
    for (size_t c = 0; c < COUNTRIES; c++)
        cli_buf_addf(&b, "{\"id\": \"C%zu\", \"type\": \"country\", \"name\": \"Country %zu\", "
                         "\"aliases\": [\"Land %zu\"]},\n",
                     c, c, c);
    for (size_t g = 0; g < GROUPS; g++) {
        cli_buf_addf(&b, "{\"id\": \"G%zu\", \"type\": \"group\", \"name\": \"Group %zu\", \"members\": [",
                     g, g);
        for (size_t c = g; c < COUNTRIES; c += GROUPS)
            cli_buf_addf(&b, "%s\"C%zu\"", c == g ? "" : ", ", c);
        cli_buf_addf(&b, "]},\n");
    }
    cli_buf_addf(&b, "{\"id\": \"city\", \"type\": \"place\", \"name\": \"City\", \"within\": \"C0\"}],\n");
    cli_buf_addf(&b, "\"meetings\": [\n");
    for (size_t m = 0; m < meetings; m++)
        cli_buf_addf(&b, "%s{\"id\": \"m%zu\", \"title\": \"Talks %zu\", \"date\": \"2024-01-01\", "
                         "\"place\": \"city\", \"host\": \"C0\", \"participants\": [\"C1\"], "
                         "\"format\": \"talks\", \"source\": \"s%zu\"}",
                     m ? ",\n" : "", m, m, m);
    cli_buf_addf(&b, "],\n\"commitments\": [\n");
    for (size_t k = 0; k < commitments; k++) {
        size_t m = k / PER_MEETING, offset = 0;
        for (size_t j = m * PER_MEETING; j < k; j++)
            offset += (size_t)sentence(s, sizeof s, j) + 1;
        int len = sentence(s, sizeof s, k);
        /* every tenth commitment is made by a group */
        if (k % 10 == 0)
            cli_buf_addf(&b, "%s{\"id\": \"k%zu\", \"meeting\": \"m%zu\", \"kind\": \"pledge\", "
                             "\"type\": \"COOPERATE\", \"cameo\": \"036\", \"verb\": \"cooperate\", "
                             "\"summary\": \"s\", \"actors\": [\"G%zu\"], \"targets\": [\"C%zu\"], ",
                         k ? ",\n" : "", k, m, (k / 10) % GROUPS, (k * 7 + 1) % COUNTRIES);
        else
            cli_buf_addf(&b, "%s{\"id\": \"k%zu\", \"meeting\": \"m%zu\", \"kind\": \"pledge\", "
                             "\"type\": \"COOPERATE\", \"cameo\": \"036\", \"verb\": \"cooperate\", "
                             "\"summary\": \"s\", \"actors\": [\"C%zu\"], \"targets\": [\"C%zu\"], ",
                         k ? ",\n" : "", k, m, k % COUNTRIES, (k * 7 + 1) % COUNTRIES);
        cli_buf_addf(&b, "\"objects\": [], \"sectors\": [\"trade_investment\"], \"status\": \"pledged\", "
                         "\"evidence\": {\"source\": \"s%zu\", \"start\": %zu, \"end\": %zu, "
                         "\"quote\": \"%s\"}}",
                     m, offset, offset + (size_t)len, s);
    }
    cli_buf_addf(&b, "]}\n");
    if (b.failed) {
        fprintf(stderr, "bench_load: out of memory\n");
        exit(1);
    }
    return b;
}

static double seconds_since(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

static long max_rss_kib(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

static int run(size_t commitments)
{
    cli_buf json = generate(commitments);
    struct timespec t0;
    camtg_db *db;
    camtg_error err;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int rc = camtg_open_buffer(&db, json.data, json.len, &err);
    double load = seconds_since(&t0);
    cli_buf_free(&json);
    if (rc != CAMTG_OK) {
        fprintf(stderr, "bench_load: %s: %s\n", err.path, err.message);
        return 1;
    }

    /* one query per country: everything it takes part in */
    size_t matched = 0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (size_t c = 0; c < COUNTRIES; c++) {
        char key[32];
        snprintf(key, sizeof key, "land %zu", c);
        camtg_filter f = CAMTG_FILTER_INIT;
        f.involving = camtg_entity_lookup(db, key);
        size_t cursor = 0;
        const camtg_commitment *hit;
        while (camtg_query_next(db, &f, &cursor, &hit) == CAMTG_OK)
            matched++;
    }
    double query = seconds_since(&t0);

    /* a selective query: one meeting's commitments by one country */
    clock_gettime(CLOCK_MONOTONIC, &t0);
    size_t selective = 0;
    for (int rep = 0; rep < 1000; rep++) {
        camtg_filter f = CAMTG_FILTER_INIT;
        f.meeting = camtg_meeting_at(db, camtg_meeting_count(db) / 2);
        f.actor = camtg_entity_lookup(db, "C5");
        size_t cursor = 0;
        const camtg_commitment *hit;
        while (camtg_query_next(db, &f, &cursor, &hit) == CAMTG_OK)
            selective++;
    }
    double small = seconds_since(&t0) / 1000;

    printf("%10zu %9zu %11.1f %9.2f %12.0f %10.2f %12.2f\n", commitments, json.len / 1024,
           load * 1000, (double)commitments / load / 1e6, (double)max_rss_kib() / 1024,
           query * 1000 / COUNTRIES, small * 1e6);
    /* every commitment has at least two distinct parties once groups expand */
    if (matched < 2 * commitments) {
        fprintf(stderr, "bench_load: queries found %zu matches for %zu commitments\n", matched,
                commitments);
        camtg_close(db);
        return 1;
    }
    camtg_close(db);
    return 0;
}

int main(int argc, char **argv)
{
    size_t max = argc > 1 ? strtoul(argv[1], NULL, 10) : 1000000;
    printf("libcamtg %s: load and query figures (wall clock, this machine)\n", camtg_version());
    printf("%10s %9s %11s %9s %12s %10s %12s\n", "commitmts", "JSON KiB", "load ms", "M rec/s",
           "max RSS MiB", "ms/entity", "us/selectve");
    for (size_t n = 1000; n <= max; n *= 10)
        if (run(n) != 0)
            return 1;
    return 0;
}
