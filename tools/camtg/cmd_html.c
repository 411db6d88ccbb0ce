/* SPDX-License-Identifier: MIT */
/* camtg html [--meeting ID] [-o FILE]: the article as an annotated page. */
#include "cli.h"
#include "file_out.h"
#include "html.h"

static const char *html_meeting;
static const char *html_output;

static const cli_opt_spec html_options[] = {
    {CLI_OPT_VALUE, "meeting", 0, &html_meeting, NULL, 0, "ID",
     "only this meeting, its commitments and its source"},
    {CLI_OPT_VALUE, "output", 'o', &html_output, NULL, 0, "FILE",
     "write the page to FILE instead of stdout"},
    {CLI_OPT_END, NULL, 0, NULL, NULL, 0, NULL, NULL},
};

/* The meeting of --meeting, looked up by html_run(); NULL for them all. */
static const camtg_meeting *html_chosen;

static int html_write(cli_ctx *ctx, const camtg_db *db)
{
    return cli_html_page(ctx->out, cli_html_view(db, html_chosen));
}

static int html_run(cli_ctx *ctx, const camtg_db *db)
{
    if (html_meeting && !(html_chosen = cli_lookup_meeting(db, html_meeting)))
        return CLI_EXIT_DATA;
    /* The page is data to pass on exactly, not text for a terminal. */
    ctx->exact = 1;
    return cli_file_output(ctx, html_output, html_write, db) ? CLI_EXIT_DATA : CLI_EXIT_OK;
}

const cli_command cli_cmd_html = {
    .name = "html",
    .summary = "write the article as one annotated, self-contained page",
    .description =
        "Write one self-contained HTML page: the article with every commitment's\n"
        "evidence highlighted (colour by kind, a mark per sector), entity mentions\n"
        "underlined, and a card with the coding and the follow-ups on hover or\n"
        "focus; a side panel lists the participants, filters by country and\n"
        "sector, and shows each pledge's status on a chosen date. The page loads\n"
        "nothing from the network; only citation links point outside.\n",
    .options = html_options,
    .flags = CLI_CMD_DATA,
    .examples = "camtg html -o view.html\n"
        "camtg --data my-meeting.json html --meeting talks-2024 > talks.html",
    .run = html_run,
};
