/* SPDX-License-Identifier: MIT */
/* camtg summary: each meeting at a glance. The commitments are grouped by
 * the set of countries (and groups of countries) taking part, so that a
 * bilateral pledge lands under its pair and a pledge to the whole region
 * under "China + Central Asian countries". */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "describe.h"
#include "text.h"

/* One set of parties and what was committed among them. */
typedef struct summary_group {
    const camtg_entity **parties;  /* sorted by file order, no repeats */
    size_t nparties;
    size_t count;                  /* commitments */
    size_t sectors[CAMTG_SECTOR_COUNT];
} summary_group;

typedef struct summary_groups {
    summary_group *items;
    size_t n, cap;
    int failed;
} summary_groups;

/* The country or group an actor or target stands for on the map: itself
 * for countries and groups, the country a person serves, else none. */
static const camtg_entity *summary_party(const camtg_entity *e)
{
    camtg_entity_type type = camtg_entity_type_of(e);
    if (type == CAMTG_ENTITY_COUNTRY || type == CAMTG_ENTITY_GROUP)
        return e;
    if (type == CAMTG_ENTITY_PERSON && camtg_entity_country(e))
        return summary_party(camtg_entity_country(e));
    return NULL;
}

static int entity_order(const void *a, const void *b)
{
    size_t x = camtg_entity_index(*(const camtg_entity *const *)a);
    size_t y = camtg_entity_index(*(const camtg_entity *const *)b);
    return (x > y) - (x < y);
}

/* The parties of @p c, malloc'd, sorted and unique; NULL with *n == 0 when
 * there are none, NULL with failed set when memory ran out. */
static const camtg_entity **summary_parties(const camtg_commitment *c, size_t *n, int *failed)
{
    size_t na = camtg_commitment_actor_count(c), nt = camtg_commitment_target_count(c);
    *n = 0;
    if (na + nt == 0)
        return NULL;
    const camtg_entity **p = malloc((na + nt) * sizeof *p);
    if (!p) {
        *failed = 1;
        return NULL;
    }
    for (size_t i = 0; i < na + nt; i++) {
        const camtg_entity *e = summary_party(i < na ? camtg_commitment_actor(c, i)
                                                     : camtg_commitment_target(c, i - na));
        if (e)
            p[(*n)++] = e;
    }
    qsort(p, *n, sizeof *p, entity_order);
    size_t k = 0;
    for (size_t i = 0; i < *n; i++)
        if (k == 0 || p[k - 1] != p[i])
            p[k++] = p[i];
    *n = k;
    return p;
}

/* Finds or adds the group with these parties (taking ownership of
 * @p parties); returns its index, or (size_t)-1 when memory ran out. */
static size_t summary_group_of(summary_groups *gs, const camtg_entity **parties, size_t n)
{
    for (size_t g = 0; g < gs->n; g++)
        if (gs->items[g].nparties == n &&
            (n == 0 || memcmp(gs->items[g].parties, parties, n * sizeof *parties) == 0)) {
            free(parties);
            return g;
        }
    if (gs->n == gs->cap) {
        size_t cap = gs->cap ? gs->cap * 2 : 8;
        summary_group *items = realloc(gs->items, cap * sizeof *items);
        if (!items) {
            free(parties);
            gs->failed = 1;
            return (size_t)-1;
        }
        gs->items = items;
        gs->cap = cap;
    }
    summary_group *g = &gs->items[gs->n];
    memset(g, 0, sizeof *g);
    g->parties = parties;
    g->nparties = n;
    return gs->n++;
}

static void summary_groups_free(summary_groups *gs)
{
    for (size_t g = 0; g < gs->n; g++)
        free(gs->items[g].parties);
    free(gs->items);
}

/* "sovereignty 3, security 2": largest first, ties in vocabulary order. */
static void summary_sector_counts(cli_buf *out, const size_t *counts)
{
    int done[CAMTG_SECTOR_COUNT] = {0};
    int first = 1;
    for (;;) {
        int best = -1;
        for (int s = 0; s < CAMTG_SECTOR_COUNT; s++)
            if (!done[s] && counts[s] && (best < 0 || counts[s] > counts[best]))
                best = s;
        if (best < 0)
            break;
        done[best] = 1;
        cli_buf_addf(out, "%s%s %zu", first ? "" : ", ",
                     camtg_sector_to_string((camtg_sector)best), counts[best]);
        first = 0;
    }
    if (first)
        cli_buf_add(out, "-");
}

/* Title, source and the where/when/who of a meeting. */
static void summary_header(cli_ctx *ctx, const camtg_meeting *m, cli_buf *s)
{
    cli_buf *out = ctx->out;
    s->len = 0;
    cli_buf_addf(s, "%s (%s)", camtg_meeting_title(m), camtg_meeting_id(m));
    cli_text_wrap(out, cli_buf_str(s), 0, ctx->width);
    cli_buf_addc(out, '\n');
    cli_table t;
    cli_table_init(&t, 2, NULL);
    const camtg_source *src = camtg_meeting_source(m);
    s->len = 0;
    cli_buf_addf(s, "%s, \"%s\" (%s)", camtg_source_publisher(src), camtg_source_title(src),
                 camtg_source_id(src));
    cli_table_field(&t, "source:", cli_buf_str(s));
    cli_table_field(&t, "published:", camtg_source_published(src));
    cli_table_field(&t, "dateline:", camtg_source_dateline(src));
    cli_table_field(&t, "url:", camtg_source_url(src));
    cli_table_field(&t, "date:", camtg_meeting_date(m));
    s->len = 0;
    cli_describe_place(s, camtg_meeting_place(m));
    cli_table_field(&t, "place:", cli_buf_str(s));
    s->len = 0;
    const camtg_entity *host = camtg_meeting_host(m);
    cli_add_label(s, host);
    if (camtg_entity_type_of(host) == CAMTG_ENTITY_PERSON) {
        cli_buf_add(s, ", ");
        cli_describe_entity(s, host);
    }
    cli_table_field(&t, "host:", cli_buf_str(s));
    cli_table_field(&t, "format:", camtg_meeting_format(m));
    if (camtg_meeting_context(m)) {
        cli_buf detail;
        cli_buf_init(&detail);
        cli_describe_entity(&detail, camtg_meeting_context(m));
        s->len = 0;
        cli_add_label(s, camtg_meeting_context(m));
        if (detail.len)
            cli_buf_addf(s, ", %s", cli_buf_str(&detail));
        if (detail.failed)
            s->failed = 1;
        cli_buf_free(&detail);
        cli_table_field(&t, "context:", cli_buf_str(s));
    }
    cli_table_render(&t, out, 2, ctx->width);
    if (t.failed)
        out->failed = 1;
    cli_table_free(&t);
}

/* One row of the participants table; @p country and @p office are
 * scratch. */
static void summary_participant(const camtg_entity *p, cli_buf *country, cli_buf *office,
                                const char *row[4])
{
    const camtg_entity *c = camtg_entity_type_of(p) == CAMTG_ENTITY_COUNTRY
                                ? p : camtg_entity_country(p);
    country->len = 0;
    cli_buf_add(country, "");
    if (c)
        cli_add_label(country, c);
    office->len = 0;
    cli_buf_add(office, "");
    cli_describe_positions(office, p);
    row[0] = camtg_entity_id(p);
    row[1] = camtg_entity_name(p);
    row[2] = cli_buf_str(country);
    row[3] = cli_buf_str(office);
}

static void summary_participants(cli_ctx *ctx, const camtg_meeting *m, cli_buf *s)
{
    size_t n = camtg_meeting_participant_count(m);
    cli_buf_addf(ctx->out, "\nParticipants (%zu):\n", n);
    static const char *const header[] = {"ID", "NAME", "COUNTRY", "OFFICE"};
    cli_columns cols;
    cli_columns_init(&cols, 4, header, 2, ctx->width);
    cli_buf office;
    cli_buf_init(&office);
    /* Measured, then printed: nothing held but the widths. */
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < n; i++) {
            const char *row[4];
            summary_participant(camtg_meeting_participant(m, i), s, &office, row);
            if (pass == 0)
                cli_columns_measure(&cols, row);
            else
                cli_columns_print(&cols, ctx->out, row);
        }
    if (office.failed)
        ctx->out->failed = 1;
    cli_buf_free(&office);
}

/* The commitments of @p m grouped by parties, with the sector counts of
 * each group and of the meeting. */
static void summary_commitments(cli_ctx *ctx, const camtg_db *db, const camtg_meeting *m,
                                cli_buf *s)
{
    camtg_filter f = CAMTG_FILTER_INIT;
    f.meeting = m;
    size_t n = camtg_meeting_commitment_count(m);
    summary_groups gs = {NULL, 0, 0, 0};
    size_t *group_of = calloc(n ? n : 1, sizeof *group_of);
    const camtg_commitment **items = calloc(n ? n : 1, sizeof *items);
    size_t totals[CAMTG_SECTOR_COUNT] = {0};
    size_t k = 0, cursor = 0;
    const camtg_commitment *c;
    if (!group_of || !items)
        gs.failed = 1;
    while (!gs.failed && k < n && camtg_query_next(db, &f, &cursor, &c) == CAMTG_OK) {
        size_t np;
        const camtg_entity **parties = summary_parties(c, &np, &gs.failed);
        if (gs.failed)
            break;
        size_t g = summary_group_of(&gs, parties, np);
        if (g == (size_t)-1)
            break;
        gs.items[g].count++;
        for (size_t i = 0; i < camtg_commitment_sector_count(c); i++) {
            camtg_sector sector = camtg_commitment_sector(c, i);
            if (sector != CAMTG_SECTOR_INVALID) {
                gs.items[g].sectors[sector]++;
                totals[sector]++;
            }
        }
        group_of[k] = g;
        items[k++] = c;
    }

    cli_buf *out = ctx->out;
    cli_buf_addf(out, "\nCommitments (%zu), by the countries taking part:\n", k);
    if (camtg_followups_researched(db)) {
        s->len = 0;
        cli_buf_addf(s, "Status on %s, the date up to which follow-ups were researched "
                        "('camtg timeline ID' shows them).", camtg_followups_researched(db));
        cli_text_wrap(out, cli_buf_str(s), 0, ctx->width);
        cli_buf_addc(out, '\n');
    }
    static const char *const header[] = {"ID", "KIND", "STATUS", "VERB", "SUMMARY"};
    for (size_t g = 0; !gs.failed && g < gs.n; g++) {
        const summary_group *grp = &gs.items[g];
        cli_buf_add(out, "\n  ");
        for (size_t i = 0; i < grp->nparties; i++) {
            if (i)
                cli_buf_add(out, " + ");
            cli_add_label(out, grp->parties[i]);
        }
        if (grp->nparties == 0)
            cli_buf_add(out, "(no country named)");
        cli_buf_addf(out, ": %zu commitment%s\n", grp->count, grp->count == 1 ? "" : "s");
        s->len = 0;
        cli_buf_add(s, "sectors: ");
        summary_sector_counts(s, grp->sectors);
        cli_buf_pad(out, 4);
        cli_text_wrap(out, cli_buf_str(s), 4, ctx->width);
        cli_buf_addc(out, '\n');
        cli_table t;
        cli_table_init(&t, 5, header);
        for (size_t i = 0; i < k; i++) {
            if (group_of[i] != g)
                continue;
            const char *row[5] = {
                camtg_commitment_id(items[i]),
                camtg_kind_to_string(camtg_commitment_kind(items[i])),
                camtg_status_to_string(camtg_commitment_status(items[i])),
                camtg_commitment_verb(items[i]), camtg_commitment_summary(items[i])};
            cli_table_add(&t, row);
        }
        cli_table_render(&t, out, 4, ctx->width);
        if (t.failed)
            gs.failed = 1;
        cli_table_free(&t);
    }
    if (!gs.failed) {
        s->len = 0;
        cli_buf_add(s, "All sectors: ");
        summary_sector_counts(s, totals);
        cli_buf_add(out, "\n");
        cli_text_wrap(out, cli_buf_str(s), 0, ctx->width);
        cli_buf_addc(out, '\n');
    }
    if (gs.failed)
        out->failed = 1;
    summary_groups_free(&gs);
    free(group_of);
    free(items);
}

static int summary_run(cli_ctx *ctx, const camtg_db *db)
{
    cli_buf s;
    cli_buf_init(&s);
    size_t n = camtg_meeting_count(db);
    for (size_t i = 0; i < n; i++) {
        const camtg_meeting *m = camtg_meeting_at(db, i);
        if (i)
            cli_buf_add(ctx->out, "\n\n");
        summary_header(ctx, m, &s);
        summary_participants(ctx, m, &s);
        summary_commitments(ctx, db, m, &s);
    }
    if (n == 0)
        cli_buf_add(ctx->out, "The dataset has no meetings.\n");
    int failed = s.failed || ctx->out->failed;
    cli_buf_free(&s);
    if (failed)
        return cli_out_of_memory();
    return CLI_EXIT_OK;
}

const cli_command cli_cmd_summary = {
    .name = "summary",
    .summary = "each meeting at a glance: who, where, what was committed",
    .description = "Print each meeting at a glance: the source and its date, place, host,\n"
        "participants with their office and country, then the commitments grouped\n"
        "by the countries (or groups of countries) they involve, with the number of\n"
        "commitments per sector, and each one's status: for a pledge, that of its\n"
        "latest follow-up up to the date the dataset's follow-ups were researched\n"
        "(pledged when there is none); positions and assessments are stated.\n",
    .options = NULL,
    .flags = CLI_CMD_DATA,
    .examples = "camtg summary\n"
        "camtg --data other-meeting.json summary",
    .run = summary_run,
};
