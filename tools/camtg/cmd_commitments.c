/* camtg commitments: the commitments that pass a filter, as readable
 * blocks (one per commitment, quote included) or as JSON. */
#include "args.h"
#include "cli.h"
#include "help.h"
#include "records.h"
#include "text.h"
#include "vocab.h"

enum {
    OPT_INVOLVING = 1, OPT_ACTOR, OPT_TARGET, OPT_SECTOR, OPT_TYPE, OPT_KIND,
    OPT_MEETING, OPT_JSON
};

static const cli_option commitments_options[] = {
    {"involving", 1, OPT_INVOLVING},
    {"actor", 1, OPT_ACTOR},
    {"target", 1, OPT_TARGET},
    {"sector", 1, OPT_SECTOR},
    {"type", 1, OPT_TYPE},
    {"kind", 1, OPT_KIND},
    {"meeting", 1, OPT_MEETING},
    {"json", 0, OPT_JSON},
    {NULL, 0, 0},
};

/* What the user asked for, as given; resolved against the database later
 * because --data may come after the filters. */
typedef struct commitments_request {
    const char *involving, *actor, *target, *meeting;
    const char *sectors[CAMTG_SECTOR_COUNT * 2];
    const char *types[CAMTG_PLOVER_COUNT * 2];
    const char *kinds[CAMTG_KIND_COUNT * 2];
    size_t nsectors, ntypes, nkinds;
    int json;
} commitments_request;

static int request_push(const cli_ctx *ctx, const char **list, size_t *n, size_t cap,
                        const char *name, const char *value)
{
    if (*n >= cap)
        return cli_usage_error(ctx, "option '--%s' given too many times", name);
    list[(*n)++] = value;
    return 0;
}

static int commitments_parse(cli_ctx *ctx, int argc, char **argv, commitments_request *rq,
                             int *help)
{
    cli_args args;
    cli_args_init(&args, argc, argv);
    const char *value;
    int id;
    while ((id = cli_args_next(&args, ctx, commitments_options, &value)) != CLI_ARG_END) {
        int rc = 0;
        switch (id) {
        case CLI_ARG_ERROR: return CLI_EXIT_USAGE;
        case CLI_ARG_POSITIONAL:
            return cli_usage_error(ctx, "unexpected argument '%s'", value);
        case CLI_OPT_HELP: *help = 1; return 0;
        case OPT_INVOLVING: rc = cli_args_once(ctx, "involving", &rq->involving, value); break;
        case OPT_ACTOR: rc = cli_args_once(ctx, "actor", &rq->actor, value); break;
        case OPT_TARGET: rc = cli_args_once(ctx, "target", &rq->target, value); break;
        case OPT_MEETING: rc = cli_args_once(ctx, "meeting", &rq->meeting, value); break;
        case OPT_SECTOR:
            rc = request_push(ctx, rq->sectors, &rq->nsectors,
                              sizeof rq->sectors / sizeof rq->sectors[0], "sector", value);
            break;
        case OPT_TYPE:
            rc = request_push(ctx, rq->types, &rq->ntypes,
                              sizeof rq->types / sizeof rq->types[0], "type", value);
            break;
        case OPT_KIND:
            rc = request_push(ctx, rq->kinds, &rq->nkinds,
                              sizeof rq->kinds / sizeof rq->kinds[0], "kind", value);
            break;
        case OPT_JSON: rq->json = 1; break;
        default: rc = cli_args_common(ctx, id, value); break;
        }
        if (rc)
            return CLI_EXIT_USAGE;
    }
    return 0;
}

/* Turns words into a mask; -1 after reporting an unknown word. */
static long vocab_mask(cli_vocab vocab, const char *const *words, size_t n)
{
    unsigned mask = 0;
    for (size_t i = 0; i < n; i++) {
        int v = cli_vocab_parse(vocab, words[i]);
        if (v < 0)
            return -1;
        mask |= CAMTG_BIT(v);
    }
    return (long)mask;
}

/* The vocabularies need no database: checking them first reports a typo
 * without the cost of loading. */
static int commitments_masks(const commitments_request *rq, camtg_filter *f)
{
    long sectors = vocab_mask(CLI_VOCAB_SECTOR, rq->sectors, rq->nsectors);
    long types = sectors < 0 ? -1 : vocab_mask(CLI_VOCAB_PLOVER, rq->types, rq->ntypes);
    long kinds = types < 0 ? -1 : vocab_mask(CLI_VOCAB_KIND, rq->kinds, rq->nkinds);
    if (kinds < 0)
        return -1;
    f->sectors = (unsigned)sectors;
    f->types = (unsigned)types;
    f->kinds = (unsigned)kinds;
    return 0;
}

static int commitments_entities(const camtg_db *db, const commitments_request *rq,
                                camtg_filter *f)
{
    if (rq->involving && !(f->involving = cli_lookup_entity(db, rq->involving)))
        return -1;
    if (rq->actor && !(f->actor = cli_lookup_entity(db, rq->actor)))
        return -1;
    if (rq->target && !(f->target = cli_lookup_entity(db, rq->target)))
        return -1;
    if (rq->meeting && !(f->meeting = camtg_meeting_lookup(db, rq->meeting))) {
        cli_error("no meeting has the id '%s'", rq->meeting);
        return -1;
    }
    return 0;
}

/* One commitment as a block of labelled, aligned lines. */
static void commitment_block(cli_ctx *ctx, const camtg_commitment *c, cli_buf *scratch,
                             cli_table *t)
{
    cli_buf *out = ctx->out;
    cli_buf_addf(out, "%s\n", camtg_commitment_id(c));
    cli_table_free(t);

    const char *row[2];
#define ROW(label, text) (row[0] = (label), row[1] = (text), cli_table_add(t, row))
    ROW("kind:", camtg_kind_to_string((camtg_kind)camtg_commitment_kind(c)));
    scratch->len = 0;
    cli_buf_add(scratch, camtg_plover_to_string((camtg_plover)camtg_commitment_type(c)));
    if (camtg_commitment_cameo(c))
        cli_buf_addf(scratch, " (CAMEO %s)", camtg_commitment_cameo(c));
    ROW("type:", cli_buf_str(scratch));
    ROW("status:", camtg_status_value_to_string(
                       (camtg_status_value)camtg_commitment_status(c)));
    ROW("verb:", camtg_commitment_verb(c));
    static const char *const labels[] = {"actors:", "targets:", "objects:"};
    for (int role = CLI_ACTORS; role <= CLI_OBJECTS; role++) {
        scratch->len = 0;
        cli_add_role(scratch, c, (cli_role)role, 0, "-");
        ROW(labels[role], cli_buf_str(scratch));
    }
    scratch->len = 0;
    cli_add_sectors(scratch, c, ", ");
    ROW("sectors:", scratch->len ? cli_buf_str(scratch) : "-");
    ROW("summary:", camtg_commitment_summary(c));
    scratch->len = 0;
    cli_buf_addf(scratch, "\"%s\"", camtg_commitment_quote(c));
    ROW("quote:", cli_buf_str(scratch));
    scratch->len = 0;
    cli_buf_addf(scratch, "meeting %s, source %s, characters %ld-%ld",
                 camtg_meeting_id(camtg_commitment_meeting(c)),
                 camtg_source_id(camtg_commitment_source(c)), camtg_commitment_start(c),
                 camtg_commitment_end(c));
    ROW("where:", cli_buf_str(scratch));
#undef ROW
    cli_table_render(t, out, 2, ctx->width);
}

static int commitments_print(cli_ctx *ctx, const camtg_db *db, const camtg_filter *f, int json)
{
    size_t cursor = 0, n = 0;
    const camtg_commitment *c;
    if (json) {
        json_t *arr = json_array();
        while (arr && camtg_query_next(db, f, &cursor, &c) == CAMTG_OK)
            if (json_array_append_new(arr, cli_json_commitment(c, 1)) != 0) {
                json_decref(arr);
                arr = NULL;
            }
        return cli_json_emit(ctx->out, arr, CLI_JSON_PRETTY) ? CLI_EXIT_DATA : CLI_EXIT_OK;
    }
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
    if (failed) {
        cli_error("out of memory");
        return CLI_EXIT_DATA;
    }
    if (n == 0)
        cli_buf_add(ctx->out, "No commitments match.\n");
    else
        cli_buf_addf(ctx->out, "\n%zu commitment%s\n", n, n == 1 ? "" : "s");
    return CLI_EXIT_OK;
}

int cli_cmd_commitments(cli_ctx *ctx, int argc, char **argv)
{
    commitments_request rq = {0};
    int help = 0;
    if (commitments_parse(ctx, argc, argv, &rq, &help))
        return CLI_EXIT_USAGE;
    if (help) {
        cli_buf_add(ctx->out, cli_help(ctx->command));
        return CLI_EXIT_OK;
    }
    camtg_filter f = CAMTG_FILTER_INIT;
    if (commitments_masks(&rq, &f) < 0)
        return CLI_EXIT_DATA;
    camtg_db *db = cli_open(ctx);
    if (!db)
        return CLI_EXIT_DATA;
    int status = CLI_EXIT_DATA;
    ctx->exact = rq.json;
    if (commitments_entities(db, &rq, &f) == 0)
        status = commitments_print(ctx, db, &f, rq.json);
    camtg_close(db);
    return status;
}
