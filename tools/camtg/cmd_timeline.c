/* SPDX-License-Identifier: MIT */
/* camtg timeline: what became of each commitment. A commitment with its
 * status on a date, then its dated follow-ups in date order, each with the
 * pages that report it. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "dates.h"
#include "listing.h"
#include "records.h"
#include "suggest.h"
#include "text.h"

static const char *timeline_key, *timeline_on;

static const cli_opt_spec timeline_options[] = {
    {CLI_OPT_ARG, "KEY", 0, &timeline_key, NULL, 0, NULL,
     "a commitment id, or an entity id, name or alias"},
    {CLI_OPT_VALUE, "on", 0, &timeline_on, NULL, 0, "DATE",
     "the status on DATE (YYYY-MM-DD), with the follow-ups\n"
     "known by then; default: the research date"},
    {CLI_OPT_END, NULL, 0, NULL, NULL, 0, NULL, NULL},
};

/* One row per citation of each follow-up in csv (one with empty follow-up
 * cells for a commitment that has none by the date): every cell holds one
 * value, so nothing has to be split. */
static const cli_csv_column timeline_columns[] = {
    {"commitment", "/commitment"}, {"kind", "/kind"}, {"on", "/on"},
    {"commitment_status", "/commitment_status"}, {"followup", "/id"}, {"date", "/date"},
    {"date_precision", "/date_precision"}, {"status", "/status"}, {"summary", "/summary"},
    {"url", "/citation/url"}, {"publisher", "/citation/publisher"},
    {"published", "/citation/published"}, {"title", "/citation/title"},
    {NULL, NULL},
};

/* What the run shows: one commitment, or those of an entity, or all. */
typedef struct timeline_selection {
    const camtg_commitment *one;  /* KEY named a commitment */
    camtg_filter filter;          /* otherwise: these, pledges and those with follow-ups */
    const char *on;               /* the date of the statuses, or NULL: all counted */
} timeline_selection;

/* Whether @p f counts by @p on (NULL: every one does). Not a prefix of the
 * date order: a follow-up dated to a month counts from the month's last
 * day, after a later one dated to a day within it. */
static int timeline_counted(const camtg_followup *f, const char *on)
{
    const char *end = camtg_followup_date_end(f);
    return !on || (end != NULL && strcmp(end, on) <= 0);
}

/* The date @p c was made: that of its meeting. */
static const char *timeline_made_on(const camtg_commitment *c)
{
    return camtg_meeting_date(camtg_commitment_meeting(c));
}

/* Whether @p c was made by @p on (NULL: it was). Before its meeting a
 * commitment has no status and nothing follows it up, whatever
 * camtg_commitment_status_on() would say of a pledge without follow-ups.
 * A meeting without a date (a damaged snapshot's) does not hide it. */
static int timeline_made(const camtg_commitment *c, const char *on)
{
    const char *made = timeline_made_on(c);
    return !on || made == NULL || strcmp(made, on) <= 0;
}

/* The follow-ups of @p c listed for @p on: none before it was made. */
static int timeline_shown(const camtg_commitment *c, const camtg_followup *f, const char *on)
{
    return timeline_made(c, on) && timeline_counted(f, on);
}

static size_t timeline_known(const camtg_commitment *c, const char *on)
{
    size_t k = 0;
    for (size_t i = 0; i < camtg_commitment_followup_count(c); i++)
        k += (size_t)timeline_shown(c, camtg_commitment_followup(c, i), on);
    return k;
}

/* The status on @p on, or NULL before @p c was made. */
static const char *timeline_status(const camtg_commitment *c, const char *on)
{
    if (!timeline_made(c, on))
        return NULL;
    camtg_status status = camtg_commitment_status(c);
    if (on)
        camtg_commitment_status_on(c, on, &status);
    return camtg_status_to_string(status);
}

/* The status as json: null before @p c was made (an empty csv cell). */
static json_t *timeline_status_json(const camtg_commitment *c, const char *on)
{
    const char *status = timeline_status(c, on);
    return status ? json_string(status) : json_null();
}

/* Without a commitment KEY: every pledge, and any other commitment that
 * has follow-ups (a restatement of a position). */
static int timeline_next(const camtg_db *db, const timeline_selection *sel, size_t *cursor,
                         const camtg_commitment **c)
{
    if (sel->one) {
        *c = *cursor == 0 ? sel->one : NULL;
        (*cursor)++;
        return *c != NULL;
    }
    while (camtg_query_next(db, &sel->filter, cursor, c) == CAMTG_OK)
        if (camtg_commitment_kind(*c) == CAMTG_KIND_PLEDGE ||
            camtg_commitment_followup_count(*c) > 0)
            return 1;
    return 0;
}

/* "no commitment or entity matches": with the nearest id or name. */
static void timeline_not_found(const camtg_db *db, const char *key)
{
    size_t nc = camtg_commitment_count(db), ne = camtg_entity_count(db), n = 0;
    const char **names = malloc((nc + 2 * ne + 1) * sizeof *names);
    const char *near = NULL;
    if (names) {
        for (size_t i = 0; i < nc; i++)
            names[n++] = camtg_commitment_id(camtg_commitment_at(db, i));
        for (size_t i = 0; i < ne; i++) {
            names[n++] = camtg_entity_id(camtg_entity_at(db, i));
            names[n++] = camtg_entity_name(camtg_entity_at(db, i));
        }
        near = cli_suggest(key, names, n);
    }
    if (near)
        cli_error("no commitment or entity matches '%s'; did you mean '%s'?", key, near);
    else
        cli_error("no commitment or entity matches '%s' (ids are listed by "
                  "'camtg commitments' and 'camtg entities')", key);
    free(names);
}

static int timeline_select(const camtg_db *db, timeline_selection *sel)
{
    camtg_filter_init(&sel->filter, CAMTG_FILTER_VERSION);
    sel->one = NULL;
    if (!timeline_key)
        return 0;
    if (camtg_commitment_find(db, timeline_key, &sel->one, NULL) == CAMTG_OK)
        return 0;
    const camtg_entity *e = NULL;
    camtg_error err;
    int rc = camtg_entity_find(db, timeline_key, &e, &err);
    if (rc == CAMTG_OK) {
        sel->filter.involving = e;
        return 0;
    }
    if (rc == CAMTG_ENOTFOUND)
        timeline_not_found(db, timeline_key);
    else
        cli_error("cannot look up '%s': %s", timeline_key,
                  err.message[0] ? err.message : camtg_strerror(rc));
    return -1;
}

/* One follow-up: its date and status, the summary, then one line per page. */
static void timeline_followup_text(cli_ctx *ctx, const camtg_followup *f, cli_buf *s)
{
    cli_buf *out = ctx->out;
    s->len = 0;
    cli_buf_add(s, "");
    cli_add_date(s, camtg_followup_date(f), camtg_followup_date_precision(f));
    cli_buf_addf(out, "    %-10s  %s\n", cli_buf_str(s),
                 camtg_status_to_string(camtg_followup_status(f)));
    cli_buf_pad(out, 6);
    cli_text_wrap(out, camtg_followup_summary(f), 6, ctx->width);
    cli_buf_addc(out, '\n');
    for (size_t i = 0; i < camtg_followup_citation_count(f); i++) {
        const char *published = camtg_followup_citation_published(f, i);
        cli_buf_addf(out, "      source: %s", camtg_followup_citation_publisher(f, i));
        if (published)
            cli_buf_addf(out, ", %s", published);
        cli_buf_addf(out, ": %s\n", camtg_followup_citation_url(f, i));
    }
}

static void timeline_text(cli_ctx *ctx, const camtg_commitment *c, const char *on,
                          cli_buf *s)
{
    cli_buf *out = ctx->out;
    cli_buf_addf(out, "%s (%s)\n", camtg_commitment_id(c),
                 camtg_kind_to_string(camtg_commitment_kind(c)));
    cli_table t;
    cli_table_init(&t, 2, NULL);
    cli_table_field(&t, "summary:", camtg_commitment_summary(c));
    s->len = 0;
    cli_add_role(s, c, CLI_ACTORS, 0, "-");
    if (cli_role_count(c, CLI_TARGETS)) {
        cli_buf_add(s, " -> ");
        cli_add_role(s, c, CLI_TARGETS, 0, "-");
    }
    cli_table_field(&t, "parties:", cli_buf_str(s));
    const camtg_meeting *m = camtg_commitment_meeting(c);
    s->len = 0;
    cli_buf_addf(s, "%s, %s", camtg_meeting_date(m), camtg_meeting_id(m));
    cli_table_field(&t, "made:", cli_buf_str(s));
    s->len = 0;
    const char *status = timeline_status(c, on);
    if (status)
        cli_buf_add(s, status);
    else
        cli_buf_add(s, "not made yet");
    if (on)
        cli_buf_addf(s, " on %s", on);
    cli_table_field(&t, "status:", cli_buf_str(s));
    cli_table_render(&t, out, 2, ctx->width);
    if (t.failed)
        out->failed = 1;
    cli_table_free(&t);
    size_t n = timeline_known(c, on);
    if (n == 0) {
        cli_buf_add(out, "  no follow-up");
        if (on)
            cli_buf_addf(out, " by %s", on);
        cli_buf_add(out, "\n");
        return;
    }
    cli_buf_addf(out, "  follow-ups (%zu):\n", n);
    for (size_t i = 0; i < camtg_commitment_followup_count(c); i++)
        if (timeline_shown(c, camtg_commitment_followup(c, i), on))
            timeline_followup_text(ctx, camtg_commitment_followup(c, i), s);
}

/* The record of json and jsonl: the commitment's id, kind, summary,
 * parties and meeting, its status "on" a date, and its follow-ups shaped
 * as in the data format. */
static json_t *timeline_json(const camtg_commitment *c, const char *on)
{
    json_t *full = cli_json_commitment(c, 0), *o = json_object(), *fus = json_array();
    int ok = full && o && fus;
    static const char *const keys[] = {"id", "kind", "summary", "actors", "targets", "meeting"};
    for (size_t i = 0; ok && i < sizeof keys / sizeof keys[0]; i++)
        ok = json_object_set(o, keys[i], json_object_get(full, keys[i])) == 0;
    json_decref(full);
    if (ok && on)
        ok = json_object_set_new(o, "on", json_string(on)) == 0;
    if (ok)
        ok = json_object_set_new(o, "status", timeline_status_json(c, on)) == 0;
    for (size_t i = 0; ok && i < camtg_commitment_followup_count(c); i++)
        if (timeline_shown(c, camtg_commitment_followup(c, i), on))
            ok = json_array_append_new(fus, cli_json_followup(camtg_commitment_followup(c, i)))
                 == 0;
    if (ok) {
        ok = json_object_set(o, "followups", fus) == 0;
    }
    json_decref(fus);
    if (!ok) {
        json_decref(o);
        return NULL;
    }
    return o;
}

/* One csv row: the commitment's fields, then citation @p k of follow-up
 * @p f (or no follow-up). */
static json_t *timeline_csv_row(const camtg_commitment *c, const char *on,
                                const camtg_followup *f, size_t k)
{
    json_t *o = json_object();
    int ok = o != NULL;
    if (ok)
        ok = json_object_set_new(o, "commitment", json_string(camtg_commitment_id(c))) == 0 &&
             json_object_set_new(o, "kind", json_string(camtg_kind_to_string(
                                     camtg_commitment_kind(c)))) == 0 &&
             (!on || json_object_set_new(o, "on", json_string(on)) == 0) &&
             json_object_set_new(o, "commitment_status", timeline_status_json(c, on)) == 0;
    if (ok && f) {
        json_t *fu = cli_json_followup(f);
        json_t *cits = json_object_get(fu, "citations");
        ok = fu && json_object_set_new(o, "id", json_string(camtg_followup_id(f))) == 0 &&
             json_object_set_new(o, "date", json_string(camtg_followup_date(f))) == 0 &&
             json_object_set_new(o, "date_precision", json_string(
                                     camtg_date_precision_to_string(
                                         camtg_followup_date_precision(f)))) == 0 &&
             json_object_set_new(o, "status", json_string(camtg_status_to_string(
                                     camtg_followup_status(f)))) == 0 &&
             json_object_set_new(o, "summary", json_string(camtg_followup_summary(f))) == 0 &&
             json_object_set(o, "citation", json_array_get(cits, k)) == 0;
        json_decref(fu);
    }
    if (!ok) {
        json_decref(o);
        return NULL;
    }
    return o;
}

static int timeline_listing(cli_ctx *ctx, const camtg_db *db, const timeline_selection *sel)
{
    cli_listing l;
    cli_listing_begin(&l, ctx, timeline_columns, NULL);
    size_t cursor = 0;
    const camtg_commitment *c;
    while (timeline_next(db, sel, &cursor, &c)) {
        if (ctx->format != CLI_FORMAT_CSV) {
            cli_listing_add(&l, timeline_json(c, sel->on));
            continue;
        }
        if (timeline_known(c, sel->on) == 0)
            cli_listing_add(&l, timeline_csv_row(c, sel->on, NULL, 0));
        for (size_t i = 0; i < camtg_commitment_followup_count(c); i++) {
            const camtg_followup *f = camtg_commitment_followup(c, i);
            for (size_t k = 0; timeline_shown(c, f, sel->on) &&
                               k < camtg_followup_citation_count(f); k++)
                cli_listing_add(&l, timeline_csv_row(c, sel->on, f, k));
        }
    }
    return cli_listing_end(&l);
}

static int timeline_check(cli_ctx *ctx)
{
    return cli_date_option(ctx->command, "on", timeline_on);
}

static int timeline_run(cli_ctx *ctx, const camtg_db *db)
{
    timeline_selection sel;
    if (timeline_select(db, &sel) < 0)
        return CLI_EXIT_DATA;
    sel.on = timeline_on ? timeline_on : camtg_followups_researched(db);
    if (ctx->format != CLI_FORMAT_TABLE)
        return timeline_listing(ctx, db, &sel);
    cli_buf s;
    cli_buf_init(&s);
    size_t cursor = 0, n = 0;
    const camtg_commitment *c;
    while (timeline_next(db, &sel, &cursor, &c)) {
        if (n++)
            cli_buf_addc(ctx->out, '\n');
        timeline_text(ctx, c, sel.on, &s);
    }
    if (n == 0 && sel.filter.involving)
        cli_buf_addf(ctx->out, "No pledge and no commitment with follow-ups involves "
                               "%s.\n", camtg_entity_id(sel.filter.involving));
    else if (n == 0)
        cli_buf_add(ctx->out, "The dataset has no pledges and no follow-ups.\n");
    int failed = s.failed;
    cli_buf_free(&s);
    return failed ? cli_out_of_memory() : CLI_EXIT_OK;
}

const cli_command cli_cmd_timeline = {
    .name = "timeline",
    .summary = "what became of each pledge: its status and dated, cited follow-ups",
    .description = "Show each commitment with its status on a date, then its follow-ups in\n"
        "date order (the date as precisely as it is known, the status it shows, a\n"
        "summary) and the pages that report each one (publisher, date, address).\n"
        "KEY is a commitment id, or an entity (id, name or alias, ignoring case):\n"
        "then its commitments as actor or target, through groups too. Without a\n"
        "commitment id: every pledge, and every position or assessment that has\n"
        "follow-ups. A pledge's status on a date is that of its latest follow-up by\n"
        "then, else pledged; positions and assessments are stated. Before the date of\n"
        "its meeting a commitment is not made yet: it has no status and no follow-ups.\n"
        "json and jsonl give one object per commitment: id, kind, summary, actors,\n"
        "targets, meeting, on, status (null when not made yet), and followups as in\n"
        "the data format; csv one row per citation of each follow-up (the\n"
        "commitment's fields, the follow-up's, then the citation's url, publisher,\n"
        "published and title); commitment_status is empty when not made yet.\n",
    .options = timeline_options,
    .flags = CLI_CMD_DATA | CLI_CMD_LISTING | CLI_CMD_CSV,
    .examples = "camtg timeline p8-visa-exemption\n"
        "camtg timeline kazakhstan --on 2024-01-01\n"
        "camtg timeline --format csv > followups.csv",
    .check = timeline_check,
    .run = timeline_run,
};
