/* SPDX-License-Identifier: MIT */
/* camtg commitments: the commitments that pass a filter, as readable
 * blocks (one per commitment, quote included) or in the formats for
 * programs. */
#include "cli.h"
#include "listing.h"
#include "records.h"
#include "text.h"
#include "values.h"

static const char *commitments_involving, *commitments_actor, *commitments_target,
    *commitments_meeting;
static cli_opt_list commitments_sectors, commitments_types, commitments_kinds;

static const cli_opt_spec commitments_options[] = {
    {CLI_OPT_VALUE, "involving", 0, &commitments_involving, NULL, 0, "K",
     "K (or a group K belongs to) is among the actors\nor targets"},
    {CLI_OPT_VALUE, "actor", 0, &commitments_actor, NULL, 0, "K", "... among the actors"},
    {CLI_OPT_VALUE, "target", 0, &commitments_target, NULL, 0, "K", "... among the targets"},
    {CLI_OPT_LIST, "sector", 0, &commitments_sectors, NULL, 0, "S",
     "has sector S (repeat for any of several),\ne.g. connectivity"},
    {CLI_OPT_LIST, "type", 0, &commitments_types, NULL, 0, "T",
     "PLOVER type T (repeatable), e.g. AGREE, SUPPORT"},
    {CLI_OPT_LIST, "kind", 0, &commitments_kinds, NULL, 0, "K",
     "pledge, position or assessment (repeatable)"},
    {CLI_OPT_VALUE, "meeting", 0, &commitments_meeting, NULL, 0, "M",
     "made at the meeting with id M"},
    {CLI_OPT_END, NULL, 0, NULL, NULL, 0, NULL, NULL},
};

/* The filter the options ask for: check() sets its vocabularies, run() its
 * entities. */
static camtg_filter commitments_filter = CAMTG_FILTER_INIT;

/* The vocabularies need no database: checking them first reports a typo
 * without the cost of loading. */
static int commitments_check(cli_ctx *ctx)
{
    (void)ctx;
    camtg_filter *f = &commitments_filter;
    if (cli_vocab_mask(CLI_VOCAB_SECTOR, commitments_sectors.items, commitments_sectors.n,
                       &f->sectors) < 0 ||
        cli_vocab_mask(CLI_VOCAB_PLOVER, commitments_types.items, commitments_types.n,
                       &f->types) < 0 ||
        cli_vocab_mask(CLI_VOCAB_KIND, commitments_kinds.items, commitments_kinds.n,
                       &f->kinds) < 0)
        return CLI_EXIT_DATA;
    return CLI_EXIT_OK;
}

static int commitments_entities(const camtg_db *db, camtg_filter *f)
{
    if (commitments_involving &&
        !(f->involving = cli_lookup_entity(db, commitments_involving)))
        return -1;
    if (commitments_actor && !(f->actor = cli_lookup_entity(db, commitments_actor)))
        return -1;
    if (commitments_target && !(f->target = cli_lookup_entity(db, commitments_target)))
        return -1;
    if (commitments_meeting && !(f->meeting = cli_lookup_meeting(db, commitments_meeting)))
        return -1;
    return 0;
}

/* One commitment as a block of labelled, aligned lines. */
static void commitment_block(cli_ctx *ctx, const camtg_commitment *c, cli_buf *scratch,
                             cli_table *t)
{
    cli_buf *out = ctx->out;
    cli_buf_addf(out, "%s\n", camtg_commitment_id(c));
    cli_table_free(t);
    cli_table_field(t, "kind:", camtg_kind_to_string(camtg_commitment_kind(c)));
    scratch->len = 0;
    cli_buf_add(scratch, camtg_plover_to_string(camtg_commitment_type(c)));
    if (camtg_commitment_cameo(c))
        cli_buf_addf(scratch, " (CAMEO %s)", camtg_commitment_cameo(c));
    cli_table_field(t, "type:", cli_buf_str(scratch));
    cli_table_field(t, "status:", camtg_status_to_string(camtg_commitment_status(c)));
    cli_table_field(t, "verb:", camtg_commitment_verb(c));
    static const char *const labels[] = {"actors:", "targets:", "objects:"};
    for (int role = CLI_ACTORS; role <= CLI_OBJECTS; role++) {
        scratch->len = 0;
        cli_add_role(scratch, c, (cli_role)role, 0, "-");
        cli_table_field(t, labels[role], cli_buf_str(scratch));
    }
    scratch->len = 0;
    cli_add_sectors(scratch, c, ", ");
    cli_table_field(t, "sectors:", scratch->len ? cli_buf_str(scratch) : "-");
    cli_table_field(t, "summary:", camtg_commitment_summary(c));
    scratch->len = 0;
    cli_buf_addf(scratch, "\"%s\"", camtg_commitment_quote(c));
    cli_table_field(t, "quote:", cli_buf_str(scratch));
    scratch->len = 0;
    cli_buf_addf(scratch, "meeting %s, source %s, characters %ld-%ld",
                 camtg_meeting_id(camtg_commitment_meeting(c)),
                 camtg_source_id(camtg_commitment_source(c)), camtg_commitment_start(c),
                 camtg_commitment_end(c));
    cli_table_field(t, "where:", cli_buf_str(scratch));
    cli_table_render(t, out, 2, ctx->width);
}

static int commitments_text(cli_ctx *ctx, const camtg_db *db, const camtg_filter *f)
{
    size_t cursor = 0, n = 0;
    const camtg_commitment *c;
    cli_buf scratch;
    cli_buf_init(&scratch);
    cli_table t;
    cli_table_init(&t, 2, NULL);
    while (camtg_query_next(db, f, &cursor, &c) == CAMTG_OK) {
        if (n++)
            cli_buf_addc(ctx->out, '\n');
        commitment_block(ctx, c, &scratch, &t);
    }
    int failed = scratch.failed || t.failed;
    cli_table_free(&t);
    cli_buf_free(&scratch);
    if (failed)
        return cli_out_of_memory();
    if (n == 0)
        cli_buf_add(ctx->out, "No commitments match.\n");
    else
        cli_buf_addf(ctx->out, "\n%zu commitment%s\n", n, n == 1 ? "" : "s");
    return CLI_EXIT_OK;
}

static int commitments_run(cli_ctx *ctx, const camtg_db *db)
{
    camtg_filter *f = &commitments_filter;
    if (commitments_entities(db, f) < 0)
        return CLI_EXIT_DATA;
    if (ctx->format == CLI_FORMAT_TABLE)
        return commitments_text(ctx, db, f);
    cli_listing l;
    cli_listing_begin(&l, ctx, cli_commitment_columns, NULL);
    size_t cursor = 0;
    const camtg_commitment *c;
    while (camtg_query_next(db, f, &cursor, &c) == CAMTG_OK)
        cli_listing_add(&l, cli_json_commitment(c, 1));
    return cli_listing_end(&l);
}

const cli_command cli_cmd_commitments = {
    .name = "commitments",
    .summary = "list commitments, filtered by party, sector, type, kind, meeting",
    .description = "List the commitments, in file order, that pass every filter given.\n"
        "An entity filter also matches through groups: --involving KAZ finds what\n"
        "the Central Asian countries do together as well. In json and jsonl each\n"
        "commitment is shaped as in the data format, with its quote repeated at the\n"
        "top level; csv has one row per commitment, lists joined by ';'.\n",
    .options = commitments_options,
    .flags = CLI_CMD_DATA | CLI_CMD_LISTING | CLI_CMD_CSV,
    .examples = "camtg commitments --involving KAZ --sector connectivity\n"
        "camtg commitments --kind pledge --type agree --format csv > pledges.csv\n"
        "camtg commitments --actor CHN --format jsonl | jq -r .summary",
    .check = commitments_check,
    .run = commitments_run,
};
