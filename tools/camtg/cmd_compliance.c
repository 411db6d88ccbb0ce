/* SPDX-License-Identifier: MIT */
/* camtg compliance: did each party keep its word? One row per party with
 * the status of its pledges on a date and their mean score, as
 * camtg_compliance_compute() gives them (docs/compliance.md). */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "dates.h"
#include "listing.h"
#include "text.h"

static const char *compliance_on;

static const cli_opt_spec compliance_options[] = {
    {CLI_OPT_VALUE, "on", 0, &compliance_on, NULL, 0, "DATE",
     "score the pledges as they stood on DATE (YYYY-MM-DD);\n"
     "default: the date up to which follow-ups were researched"},
    {CLI_OPT_END, NULL, 0, NULL, NULL, 0, NULL, NULL},
};

static const cli_csv_column compliance_columns[] = {
    {"party", "/party"}, {"name", "/name"}, {"on", "/on"}, {"researched", "/researched"},
    {"pledges", "/pledges"}, {"fulfilled", "/fulfilled"}, {"in_progress", "/in_progress"},
    {"pledged_only", "/pledged_only"}, {"lapsed", "/lapsed"}, {"score", "/score"},
    {NULL, NULL},
};

/* One row for json, jsonl and csv: flat, so that every format has the
 * same fields. "on" and "researched" are left out when there is no date. */
static json_t *compliance_json(const camtg_compliance_row *r, const char *on,
                               const char *researched)
{
    json_t *o = json_object();
    int ok = o != NULL;
    if (ok) {
        ok = json_object_set_new(o, "party", json_string(camtg_entity_id(r->party))) == 0 &&
             json_object_set_new(o, "name", json_string(camtg_entity_name(r->party))) == 0 &&
             (!on || json_object_set_new(o, "on", json_string(on)) == 0) &&
             (!researched ||
              json_object_set_new(o, "researched", json_string(researched)) == 0) &&
             json_object_set_new(o, "pledges", json_integer((json_int_t)r->pledges)) == 0 &&
             json_object_set_new(o, "fulfilled", json_integer((json_int_t)r->fulfilled)) == 0 &&
             json_object_set_new(o, "in_progress",
                                 json_integer((json_int_t)r->in_progress)) == 0 &&
             json_object_set_new(o, "pledged_only",
                                 json_integer((json_int_t)r->pledged_only)) == 0 &&
             json_object_set_new(o, "lapsed", json_integer((json_int_t)r->lapsed)) == 0 &&
             json_object_set_new(o, "score", json_real(r->score)) == 0;
    }
    if (!ok) {
        json_decref(o);
        return NULL;
    }
    return o;
}

/* The line above the table: which date the scores are for, and how it
 * relates to the research date. */
static void compliance_heading(cli_buf *out, const camtg_db *db, const char *on,
                               const char *researched)
{
    if (camtg_db_schema_version(db) < 2)
        cli_buf_add(out, "Compliance from the statuses stored in the dataset "
                         "(schema version 1: no follow-ups)\n");
    else if (!on)
        cli_buf_add(out, "Compliance with every follow-up counted "
                         "(the dataset states no research date)\n");
    else if (!compliance_on)
        cli_buf_addf(out, "Compliance on %s, the date up to which follow-ups were "
                          "researched\n", on);
    else if (researched)
        cli_buf_addf(out, "Compliance on %s (follow-ups researched up to %s)\n", on,
                     researched);
    else
        cli_buf_addf(out, "Compliance on %s\n", on);
}

static void compliance_row_cells(const camtg_compliance_row *r, char cells[6][32],
                                 const char *row[8])
{
    snprintf(cells[0], sizeof cells[0], "%zu", r->pledges);
    snprintf(cells[1], sizeof cells[1], "%zu", r->fulfilled);
    snprintf(cells[2], sizeof cells[2], "%zu", r->in_progress);
    snprintf(cells[3], sizeof cells[3], "%zu", r->pledged_only);
    snprintf(cells[4], sizeof cells[4], "%zu", r->lapsed);
    snprintf(cells[5], sizeof cells[5], "%+.2f", r->score);
    row[0] = camtg_entity_id(r->party);
    row[1] = camtg_entity_name(r->party);
    for (int i = 0; i < 6; i++)
        row[i + 2] = cells[i];
}

static void compliance_table(cli_ctx *ctx, const camtg_db *db, const camtg_compliance_row *rows,
                             size_t n, const char *on, const char *researched)
{
    cli_buf *out = ctx->out;
    compliance_heading(out, db, on, researched);
    if (n == 0) {
        if (on)
            cli_buf_addf(out, "\nNo pledge was made on or before %s.\n", on);
        else
            cli_buf_add(out, "\nThe dataset has no pledges.\n");
        return;
    }
    static const char *const header[] = {"PARTY", "NAME", "PLEDGES", "FULFILLED",
                                         "IN PROGRESS", "PLEDGED ONLY", "LAPSED", "SCORE"};
    cli_columns cols;
    cli_columns_init(&cols, 8, header, 0, ctx->width);
    char cells[6][32];
    const char *row[8];
    cli_buf_addc(out, '\n');
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < n; i++) {
            compliance_row_cells(&rows[i], cells, row);
            if (pass == 0)
                cli_columns_measure(&cols, row);
            else
                cli_columns_print(&cols, out, row);
        }
    cli_buf_add(out, "\n");
    cli_text_wrap(out, "Score: the mean over a party's pledges of +1 when fulfilled, 0 when "
                       "in progress, -1 when still only pledged or lapsed. A pledge of a "
                       "group counts for each member.", 0, ctx->width);
    cli_buf_addc(out, '\n');
    if (on && researched && strcmp(on, researched) > 0) {
        cli_buf_add(out, "\n");
        cli_buf_addf(out, "Note: follow-ups were researched up to %s only; what happened "
                          "after that day is not counted.", researched);
        cli_buf_addc(out, '\n');
    }
}

static int compliance_check(cli_ctx *ctx)
{
    return cli_date_option(ctx->command, "on", compliance_on);
}

static int compliance_run(cli_ctx *ctx, const camtg_db *db)
{
    const char *researched = camtg_followups_researched(db);
    const char *on = compliance_on ? compliance_on : researched;
    camtg_compliance_row *rows = NULL;
    size_t n = 0;
    camtg_error err;
    int status = CLI_EXIT_OK;
    int rc = camtg_compliance_compute(db, compliance_on, &rows, &n, &err);
    if (rc != CAMTG_OK) {
        cli_error("cannot compute compliance: %s",
                  err.message[0] ? err.message : camtg_strerror(rc));
        status = CLI_EXIT_DATA;
    } else if (ctx->format == CLI_FORMAT_TABLE) {
        compliance_table(ctx, db, rows, n, on, researched);
    } else {
        cli_listing l;
        cli_listing_begin(&l, ctx, compliance_columns, NULL);
        for (size_t i = 0; i < n; i++)
            cli_listing_add(&l, compliance_json(&rows[i], on, researched));
        status = cli_listing_end(&l);
    }
    camtg_compliance_free(rows);
    if (status == CLI_EXIT_OK && ctx->out->failed)
        status = cli_out_of_memory();
    return status;
}

const cli_command cli_cmd_compliance = {
    .name = "compliance",
    .summary = "did each party keep its word? pledges scored per party on a date",
    .description = "Score each party's pledges on a date, as the G7 and G20 Research Groups\n"
        "score summit commitments: +1 for a pledge fulfilled, 0 in progress, -1 still\n"
        "only pledged or lapsed, and the mean per party, with the counts behind it.\n"
        "A pledge's status on a date is that of its latest follow-up by then. A party\n"
        "is every actor of a pledge that is not a group; a group's pledges count for\n"
        "each of its members. Without --on, the date is the one up to which the\n"
        "dataset's follow-ups were researched; a later date counts nothing more.\n"
        "In json, jsonl and csv each row has party, name, on, researched, pledges,\n"
        "fulfilled, in_progress, pledged_only, lapsed and score.\n",
    .options = compliance_options,
    .flags = CLI_CMD_DATA | CLI_CMD_LISTING | CLI_CMD_CSV,
    .examples = "camtg compliance\n"
        "camtg compliance --on 2024-01-01\n"
        "camtg compliance --json | jq -r '.[] | \"\\(.party) \\(.score)\"'",
    .check = compliance_check,
    .run = compliance_run,
};
