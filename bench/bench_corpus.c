/* SPDX-License-Identifier: MIT */
/* Writes benchmark corpora in the dataset format (schema version 1).
 *
 *   bench_corpus meetings N OUT.json   N meetings shaped like a real one
 *   bench_corpus fanout N OUT.json     one group of N members named by N
 *                                      commitments
 *
 * A meeting has its own source (a dispatch of about 7 KB with non-ASCII
 * text), two persons, two nested places, an initiative, a project, an
 * event and a topic, and 30 commitments quoting the dispatch, made by
 * countries, groups and persons. 200 countries and 20 groups (one of them
 * a group of groups) are shared by all meetings; country K000 takes part
 * in every tenth meeting and belongs to groups G00 and G19, the entity the
 * benchmark's involving query asks about. The output depends only on N. */
#define _POSIX_C_SOURCE 200809L

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { COUNTRIES = 200, GROUPS = 20, PER_MEETING = 30 };

static FILE *out;

#if defined(__GNUC__) || defined(__clang__)
__attribute__((format(printf, 1, 2)))
#endif
static void emit(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (vfprintf(out, fmt, ap) < 0) {
        perror("bench_corpus");
        exit(1);
    }
    va_end(ap);
}

/* Code points in a UTF-8 string: offsets in the format count these. */
static size_t code_points(const char *s, size_t bytes)
{
    size_t n = 0;
    for (size_t i = 0; i < bytes; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

static const char *const VERBS[] = {"support", "cooperate", "build", "expand", "strengthen",
                                    "promote", "deepen", "welcome"};
static const char *const TYPES[] = {"SUPPORT", "COOPERATE", "AID", "AGREE", "CONSULT"};
static const char *const CAMEO[] = {"051", "057", "070", "030", "040"};
static const char *const SECTORS[] = {"trade_investment", "connectivity", "agriculture",
                                      "health", "energy_minerals", "security", "culture",
                                      "education", "innovation", "diplomacy"};
static const char *const KINDS[] = {"pledge", "pledge", "position", "assessment"};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* The parties of commitment k of meeting m: who acts and towards whom. */
typedef struct parties {
    char actors[96], targets[96], objects[64];
} parties;

static void choose_parties(size_t m, size_t k, size_t host, size_t guest, parties *p)
{
    switch (k % 6) {
    case 0:
        snprintf(p->actors, sizeof p->actors, "\"K%03zu\"", host);
        snprintf(p->targets, sizeof p->targets, "\"K%03zu\"", guest);
        break;
    case 1:
        snprintf(p->actors, sizeof p->actors, "\"K%03zu\"", guest);
        snprintf(p->targets, sizeof p->targets, "\"K%03zu\"", host);
        break;
    case 2:
        snprintf(p->actors, sizeof p->actors, "\"K%03zu\", \"K%03zu\"", host, guest);
        p->targets[0] = '\0';
        break;
    case 3:
        snprintf(p->actors, sizeof p->actors, "\"p%zua\"", m);
        snprintf(p->targets, sizeof p->targets, "\"G%02zu\"", (m + k) % GROUPS);
        break;
    case 4:
        snprintf(p->actors, sizeof p->actors, "\"G%02zu\"", (host / 5) % GROUPS);
        snprintf(p->targets, sizeof p->targets, "\"K%03zu\"", guest);
        break;
    default:
        snprintf(p->actors, sizeof p->actors, "\"p%zub\"", m);
        p->targets[0] = '\0';
        break;
    }
    if (k % 3 == 0)
        snprintf(p->objects, sizeof p->objects, "\"in%zu\"", m);
    else if (k % 3 == 1)
        snprintf(p->objects, sizeof p->objects, "\"pr%zu\"", m);
    else
        p->objects[0] = '\0';
}

/* Sentence k of meeting m's dispatch: what commitment k quotes. */
static int sentence(char *buf, size_t size, size_t m, size_t k)
{
    return snprintf(buf, size,
                    "The sides will %s cooperation in %s under item %zu of the Xi'an plan, "
                    "with the Zhōngyà corridor and the city of Ürümqi named as hubs for meeting %zu.",
                    VERBS[(m + k) % COUNT(VERBS)], SECTORS[(m * 7 + k) % COUNT(SECTORS)], k, m);
}

static void write_meeting_source(size_t m)
{
    static const char opening[] = "XI'AN, 26 April (Agency) — The talks opened in the city. ";
    emit("%s{\"id\": \"s%zu\", \"title\": \"Dispatch %zu\", \"publisher\": \"Agency\", "
         "\"published\": \"2023-04-26\", \"dateline\": \"XI'AN\", \"language\": \"en\", "
         "\"url\": \"https://example.org/%zu\", \"text\": \"%s",
         m ? ",\n" : "", m, m, m, opening);
    char buf[512];
    for (size_t k = 0; k < PER_MEETING; k++) {
        sentence(buf, sizeof buf, m, k);
        emit("%s ", buf);
    }
    emit("The talks ended.\"}");
}

static void write_meeting_entities(size_t m, size_t host, size_t guest)
{
    emit(",\n{\"id\": \"p%zua\", \"type\": \"person\", \"name\": \"Envoy %zu A\", "
         "\"aliases\": [\"A %zu\"], \"country\": \"K%03zu\", \"positions\": [\"Minister\"]}",
         m, m, m, host);
    emit(",\n{\"id\": \"p%zub\", \"type\": \"person\", \"name\": \"Envoy %zu B\", "
         "\"country\": \"K%03zu\", \"positions\": [\"Ambassador\", \"Envoy\"]}",
         m, m, guest);
    emit(",\n{\"id\": \"pl%zua\", \"type\": \"place\", \"name\": \"City %zu\", "
         "\"within\": \"K%03zu\"}", m, m, host);
    emit(",\n{\"id\": \"pl%zub\", \"type\": \"place\", \"name\": \"Hall %zu\", "
         "\"within\": \"pl%zua\"}", m, m, m);
    emit(",\n{\"id\": \"in%zu\", \"type\": \"initiative\", \"name\": \"Initiative %zu\"}", m, m);
    emit(",\n{\"id\": \"pr%zu\", \"type\": \"project\", \"name\": \"Project %zu\", "
         "\"description\": \"A railway section\"}", m, m);
    emit(",\n{\"id\": \"ev%zu\", \"type\": \"event\", \"name\": \"Summit %zu\", "
         "\"date\": \"2023-04-26\", \"place\": \"pl%zua\"}", m, m, m);
    emit(",\n{\"id\": \"t%zu\", \"type\": \"topic\", \"name\": \"Topic %zu\"}", m, m);
}

static size_t host_of(size_t m)
{
    return 1 + m % (COUNTRIES - 1);
}

static size_t guest_of(size_t m)
{
    if (m % 10 == 0)
        return 0;
    size_t g = 1 + (m * 37 + 11) % (COUNTRIES - 1);
    return g != host_of(m) ? g : 1 + g % (COUNTRIES - 1);
}

static void write_meetings_corpus(size_t meetings)
{
    emit("{\"camtg\": 1,\n\"sources\": [\n");
    for (size_t m = 0; m < meetings; m++)
        write_meeting_source(m);
    emit("],\n\"entities\": [\n");
    for (size_t i = 0; i < COUNTRIES; i++)
        emit("%s{\"id\": \"K%03zu\", \"type\": \"country\", \"name\": \"Country %zu\", "
             "\"aliases\": [\"C%zu\"], \"wikidata\": \"Q%zu\"}",
             i ? ",\n" : "", i, i, i, 1000 + i);
    /* G00..G18: five countries each; G19 the group of G00 and G01. */
    for (size_t g = 0; g + 1 < GROUPS; g++)
        emit(",\n{\"id\": \"G%02zu\", \"type\": \"group\", \"name\": \"Group %zu\", "
             "\"members\": [\"K%03zu\", \"K%03zu\", \"K%03zu\", \"K%03zu\", \"K%03zu\"]}",
             g, g, 5 * g, 5 * g + 1, 5 * g + 2, 5 * g + 3, 5 * g + 4);
    emit(",\n{\"id\": \"G%02d\", \"type\": \"group\", \"name\": \"Group %d\", "
         "\"members\": [\"G00\", \"G01\"]}", GROUPS - 1, GROUPS - 1);
    for (size_t m = 0; m < meetings; m++)
        write_meeting_entities(m, host_of(m), guest_of(m));
    emit("],\n\"meetings\": [\n");
    for (size_t m = 0; m < meetings; m++)
        emit("%s{\"id\": \"m%zu\", \"title\": \"Talks %zu\", \"date\": \"2023-04-26\", "
             "\"place\": \"pl%zua\", \"host\": \"K%03zu\", \"participants\": [\"K%03zu\", "
             "\"K%03zu\", \"p%zua\", \"p%zub\"], \"format\": \"bilateral\", \"source\": \"s%zu\", "
             "\"context\": \"ev%zu\"}",
             m ? ",\n" : "", m, m, m, host_of(m), host_of(m), guest_of(m), m, m, m, m);
    emit("],\n\"commitments\": [\n");
    static const char opening[] = "XI'AN, 26 April (Agency) — The talks opened in the city. ";
    size_t opening_chars = code_points(opening, strlen(opening));
    char buf[512];
    for (size_t m = 0; m < meetings; m++) {
        size_t at = opening_chars;
        for (size_t k = 0; k < PER_MEETING; k++) {
            int len = sentence(buf, sizeof buf, m, k);
            size_t chars = code_points(buf, (size_t)len);
            parties p;
            choose_parties(m, k, host_of(m), guest_of(m), &p);
            emit("%s{\"id\": \"c%zu.%zu\", \"meeting\": \"m%zu\", \"kind\": \"%s\", "
                 "\"type\": \"%s\", \"cameo\": \"%s\", \"verb\": \"%s\", "
                 "\"summary\": \"Commitment %zu of meeting %zu\", \"actors\": [%s], "
                 "\"targets\": [%s], \"objects\": [%s], \"sectors\": [\"%s\", \"%s\"], "
                 "\"status\": \"pledged\", \"evidence\": {\"source\": \"s%zu\", "
                 "\"start\": %zu, \"end\": %zu, \"quote\": \"%s\"}}",
                 m || k ? ",\n" : "", m, k, m, KINDS[k % COUNT(KINDS)],
                 TYPES[(m + k) % COUNT(TYPES)], CAMEO[(m + k) % COUNT(CAMEO)],
                 VERBS[(m + k) % COUNT(VERBS)], k, m, p.actors, p.targets, p.objects,
                 SECTORS[(m * 7 + k) % COUNT(SECTORS)],
                 SECTORS[(m * 7 + k + 1) % COUNT(SECTORS)], m, at, at + chars, buf);
            at += chars + 1; /* the space after each sentence */
        }
    }
    emit("]}\n");
}

static void write_fanout_corpus(size_t n)
{
    emit("{\"camtg\": 1,\n\"sources\": [{\"id\": \"s\", \"title\": \"T\", \"publisher\": \"P\", "
         "\"published\": \"2024-01-01\", \"dateline\": \"D\", \"language\": \"en\", "
         "\"text\": \"We will.\"}],\n\"entities\": [\n"
         "{\"id\": \"here\", \"type\": \"place\", \"name\": \"Here\"}");
    for (size_t i = 0; i < n; i++)
        emit(",\n{\"id\": \"e%zu\", \"type\": \"country\", \"name\": \"E%zu\"}", i, i);
    emit(",\n{\"id\": \"G\", \"type\": \"group\", \"name\": \"Group\", \"members\": [");
    for (size_t i = 0; i < n; i++)
        emit("%s\"e%zu\"", i ? ", " : "", i);
    emit("]}\n],\n\"meetings\": [{\"id\": \"m\", \"title\": \"M\", \"date\": \"2024-01-01\", "
         "\"place\": \"here\", \"host\": \"here\", \"participants\": [], \"format\": \"f\", "
         "\"source\": \"s\"}],\n\"commitments\": [\n");
    for (size_t i = 0; i < n; i++)
        emit("%s{\"id\": \"c%zu\", \"meeting\": \"m\", \"kind\": \"pledge\", \"type\": \"AGREE\", "
             "\"verb\": \"will\", \"summary\": \"S\", \"actors\": [\"G\"], \"targets\": [], "
             "\"objects\": [], \"sectors\": [\"health\"], \"status\": \"pledged\", "
             "\"evidence\": {\"source\": \"s\", \"start\": 3, \"end\": 7, \"quote\": \"will\"}}",
             i ? ",\n" : "", i);
    emit("]}\n");
}

int main(int argc, char **argv)
{
    char *end = NULL;
    size_t n = argc == 4 ? strtoul(argv[2], &end, 10) : 0;
    if (argc != 4 || end == argv[2] || *end != '\0' || n == 0 ||
        (strcmp(argv[1], "meetings") != 0 && strcmp(argv[1], "fanout") != 0)) {
        fprintf(stderr, "usage: bench_corpus meetings|fanout N OUT.json\n");
        return 2;
    }
    out = fopen(argv[3], "wb");
    if (out == NULL) {
        perror(argv[3]);
        return 1;
    }
    if (strcmp(argv[1], "meetings") == 0)
        write_meetings_corpus(n);
    else
        write_fanout_corpus(n);
    if (fclose(out) != 0) {
        perror(argv[3]);
        return 1;
    }
    return 0;
}
