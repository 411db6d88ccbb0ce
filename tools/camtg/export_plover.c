/* SPDX-License-Identifier: MIT */
/* export --format plover: one PLOVER event record per commitment, one JSON
 * object per line (the JSONL layout the PLOVER manual suggests), with the
 * field names of its "Data Fields" chapter. docs/plover-mapping.md says
 * how each field is filled and what has no PLOVER counterpart. */
#include <stdlib.h>
#include <string.h>

#include "annot.h"
#include "exporters.h"
#include "records.h"

/* PLOVER's quad categories, as its manual gives them per event type:
 * 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
 * 4 material conflict. */
static const struct {
    const char *type;
    int quad;
} plover_quads[] = {
    {"AGREE", 1},     {"CONSULT", 1},  {"SUPPORT", 1},  {"CONCEDE", 1},
    {"COOPERATE", 2}, {"AID", 2},      {"RETREAT", 2},  {"REQUEST", 3},
    {"ACCUSE", 3},    {"REJECT", 3},   {"THREATEN", 3}, {"PROTEST", 4},
    {"SANCTION", 4},  {"MOBILIZE", 4}, {"COERCE", 4},   {"ASSAULT", 4},
};

/* Our sectors that name one of PLOVER's general contexts; the others have
 * none (docs/plover-mapping.md). */
static const struct {
    const char *sector;
    const char *context;
} plover_contexts[] = {
    {"sovereignty", "territory"},        {"multilateralism", "diplomatic"},
    {"diplomacy", "diplomatic"},         {"consular", "diplomatic"},
    {"human_rights", "human_rights"},    {"trade_investment", "economic"},
    {"industry", "economic"},            {"poverty_reduction", "economic"},
    {"health", "health"},                {"energy_minerals", "natural_resource"},
    {"innovation", "technology"},
};

typedef struct plover_env {
    json_t *doc, *entities, *meetings, *sources, *mentions;
    const camtg_db *db;
} plover_env;

/* The country an entity belongs to: itself, a person's country, the end of
 * a place's `within` chain. NULL when there is none. */
static const char *plover_country(const plover_env *env, json_t *e)
{
    for (int depth = 0; e && depth < 64; depth++) {
        const char *type = cli_annot_str(e, "type");
        if (strcmp(type, "country") == 0)
            return cli_annot_str(e, "id");
        const char *next = strcmp(type, "person") == 0 ? cli_annot_str(e, "country")
                           : strcmp(type, "place") == 0 ? cli_annot_str(e, "within")
                           : NULL;
        e = next ? json_object_get(env->entities, next) : NULL;
    }
    return NULL;
}

/* The text of the mention of @p id nearest to [start, end) in @p source. */
static const char *plover_mention_text(const plover_env *env, const char *id, const char *source,
                                       long start, long end)
{
    size_t i = cli_annot_nearest(env->mentions, source, id, start, end, NULL);
    return i == (size_t)-1 ? NULL : cli_annot_str(json_array_get(env->mentions, i), "text");
}

/* One entity object: code, entity_text, identifier_id/_text, office. */
static json_t *plover_entity(const plover_env *env, json_t *e, const char *group,
                             const char *source, long start, long end)
{
    json_t *o = json_object();
    if (!o)
        return NULL;
    const char *id = cli_annot_str(e, "id");
    const char *code = plover_country(env, e);
    if (code)
        json_object_set_new(o, "code", json_string(code));
    const char *text = plover_mention_text(env, group ? group : id, source, start, end);
    if (text)
        json_object_set_new(o, "entity_text", json_string(text));
    if (cli_annot_str(e, "wikidata"))
        json_object_set(o, "identifier_id", json_object_get(e, "wikidata"));
    json_object_set(o, "identifier_text", json_object_get(e, "name"));
    json_t *positions = json_object_get(e, "positions");
    if (json_array_size(positions) > 0) {
        cli_buf office = {0};
        json_t *p;
        size_t i;
        json_array_foreach(positions, i, p)
            cli_buf_addf(&office, "%s%s", i ? "; " : "", json_string_value(p));
        json_object_set_new(o, "office", json_stringn(office.data ? office.data : "", office.len));
        cli_buf_free(&office);
    }
    json_object_set_new(o, "camtg_id", json_string(id));
    if (group)
        json_object_set_new(o, "camtg_group", json_string(group));
    return o;
}

/* Appends the entity objects for one list of ids: a group stands for its
 * members (PLOVER codes compound actors as lists), nested groups too. */
static void plover_parties(const plover_env *env, json_t *out, json_t *ids, const char *group,
                           const char *source, long start, long end, int depth)
{
    json_t *idv;
    size_t i;
    json_array_foreach(ids, i, idv) {
        json_t *e = json_object_get(env->entities, json_string_value(idv));
        if (!e)
            continue;
        if (strcmp(cli_annot_str(e, "type"), "group") == 0 && depth < 64) {
            plover_parties(env, out, json_object_get(e, "members"),
                           group ? group : cli_annot_str(e, "id"), source, start, end, depth + 1);
            continue;
        }
        json_array_append_new(out, plover_entity(env, e, group, source, start, end));
    }
}

static int plover_is_end(unsigned long cp)
{
    return cp == '.' || cp == '!' || cp == '?' || cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F;
}

static int plover_is_break(unsigned long cp)
{
    return cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029;
}

/* The sentence around [start, end): back to the previous sentence end or
 * line break, on to the next sentence end (kept) or line break. The span
 * is first kept inside the text, which a damaged snapshot's may not be. */
static void plover_sentence(const cli_annot_text *t, long start, long end, size_t *s, size_t *e)
{
    size_t first, a, b;
    cli_annot_clamp(t, start, end, &first, &b);
    a = first;
    while (a > 0 && !plover_is_break(cli_annot_char(t, a - 1)) &&
           !plover_is_end(cli_annot_char(t, a - 1)))
        a--;
    while (a < first && (cli_annot_char(t, a) == ' ' || cli_annot_char(t, a) == '\t'))
        a++;
    if (b > a && plover_is_end(cli_annot_char(t, b - 1))) {
        *s = a;
        *e = b;
        return;
    }
    while (b < t->nchars && !plover_is_break(cli_annot_char(t, b)) &&
           !plover_is_end(cli_annot_char(t, b)))
        b++;
    if (b < t->nchars && plover_is_end(cli_annot_char(t, b)))
        b++;
    *s = a;
    *e = b;
}

static json_t *plover_record(const plover_env *env, json_t *c)
{
    json_t *ev = json_object_get(c, "evidence");
    const char *sid = cli_annot_str(ev, "source");
    long start = cli_annot_int(ev, "start"), end = cli_annot_int(ev, "end");
    json_t *source = json_object_get(env->sources, sid);
    json_t *meeting = json_object_get(env->meetings, cli_annot_str(c, "meeting"));
    json_t *text = json_object_get(source, "text");
    cli_annot_text t;
    if (cli_annot_text_init(&t, json_string_value(text), json_string_length(text)) != 0)
        return NULL;
    json_t *r = json_object();
    const char *type = cli_annot_str(c, "type");
    json_object_set(r, "id", json_object_get(c, "id"));
    json_object_set(r, "date", json_object_get(meeting, "date"));
    json_t *actor = json_array(), *recipient = json_array();
    plover_parties(env, actor, json_object_get(c, "actors"), NULL, sid, start, end, 0);
    plover_parties(env, recipient, json_object_get(c, "targets"), NULL, sid, start, end, 0);
    json_object_set_new(r, "actor", actor);
    if (json_array_size(recipient))
        json_object_set(r, "recipient", recipient);
    json_object_set_new(r, "event", json_pack("[s]", type));
    /* CONSULT's "visit" mode: the actors came to a meeting hosted by a
     * recipient (the host, or the host's country). */
    if (strcmp(type, "CONSULT") == 0 && meeting) {
        json_t *host = json_object_get(env->entities, cli_annot_str(meeting, "host"));
        const char *host_country = host ? plover_country(env, host) : NULL;
        int hosted = 0;
        json_t *p;
        size_t i;
        json_array_foreach(recipient, i, p) {
            const char *pid = cli_annot_str(p, "camtg_id");
            const char *code = cli_annot_str(p, "code");
            if ((host && strcmp(pid, cli_annot_str(host, "id")) == 0) ||
                (host_country && code && strcmp(code, host_country) == 0))
                hosted = 1;
        }
        if (hosted)
            json_object_set_new(r, "mode", json_pack("[s]", "visit"));
    }
    json_decref(recipient);
    json_t *context = json_array();
    json_t *sv;
    size_t i;
    json_array_foreach(json_object_get(c, "sectors"), i, sv)
        for (size_t k = 0; k < sizeof plover_contexts / sizeof plover_contexts[0]; k++) {
            if (strcmp(plover_contexts[k].sector, json_string_value(sv)) != 0)
                continue;
            int seen = 0;
            json_t *have;
            size_t j;
            json_array_foreach(context, j, have)
                seen |= strcmp(json_string_value(have), plover_contexts[k].context) == 0;
            if (!seen)
                json_array_append_new(context, json_string(plover_contexts[k].context));
        }
    /* A pledge is a future act; AGREE already says so (PLOVER's rule:
     * one category rather than a category and an auxiliary mode). */
    if (strcmp(cli_annot_str(c, "kind"), "pledge") == 0 && strcmp(type, "AGREE") != 0)
        json_array_append_new(context, json_string("future"));
    if (json_array_size(context))
        json_object_set(r, "context", context);
    json_decref(context);
    json_object_set_new(r, "event_text", json_pack("[O]", json_object_get(c, "verb")));
    json_t *place = meeting ? json_object_get(env->entities, cli_annot_str(meeting, "place"))
                            : NULL;
    if (place) {
        json_t *loc = json_pack("{s:O, s:O}", "resolved_place", json_object_get(place, "name"),
                                "camtg_id", json_object_get(place, "id"));
        const char *cc = plover_country(env, place);
        if (loc && cc)
            json_object_set_new(loc, "country_code", json_string(cc));
        json_object_set_new(r, "event_loc", loc);
    }
    for (size_t k = 0; k < sizeof plover_quads / sizeof plover_quads[0]; k++)
        if (strcmp(plover_quads[k].type, type) == 0)
            json_object_set_new(r, "quad_code", json_integer(plover_quads[k].quad));
    size_t ss, se;
    plover_sentence(&t, start, end, &ss, &se);
    json_object_set_new(r, "text", cli_annot_slice(&t, (long)ss, (long)se));
    json_object_set_new(r, "text_info", json_pack("{s:I, s:I}", "start", (json_int_t)ss,
                                                  "end", (json_int_t)se));
    json_t *cite = json_pack("{s:O, s:O, s:O}", "title", json_object_get(source, "title"),
                             "publication", json_object_get(source, "publisher"),
                             "language", json_object_get(source, "language"));
    if (cite && cli_annot_str(source, "url"))
        json_object_set(cite, "url", json_object_get(source, "url"));
    json_object_set_new(r, "cite_info", cite);
    json_object_set_new(r, "coder", json_sprintf("libcamtg %s", camtg_version()));
    json_object_set(r, "comment", json_object_get(c, "summary"));
    /* What PLOVER has no field for, kept under one prefix. */
    /* schema version 2 derives the status, so the dataset record has none */
    const camtg_commitment *cc =
        camtg_commitment_lookup(env->db, json_string_value(json_object_get(c, "id")));
    json_t *status = json_object_get(c, "status")
                         ? json_incref(json_object_get(c, "status"))
                         : json_string(camtg_status_to_string(camtg_commitment_status(cc)));
    json_t *own = json_pack("{s:O, s:o, s:O, s:O, s:O}", "kind", json_object_get(c, "kind"),
                            "status", status,
                            "sectors", json_object_get(c, "sectors"),
                            "meeting", json_object_get(c, "meeting"), "evidence", ev);
    if (own && json_object_get(c, "cameo"))
        json_object_set(own, "cameo", json_object_get(c, "cameo"));
    if (own && json_object_get(c, "objects"))
        json_object_set(own, "objects", json_object_get(c, "objects"));
    json_object_set_new(r, "camtg", own);
    cli_annot_text_free(&t);
    return r;
}

int cli_export_plover(cli_ctx *ctx, const camtg_db *db)
{
    plover_env env = {0};
    env.db = db;
    env.doc = cli_export_document(db);
    env.entities = env.doc ? cli_annot_index(env.doc, "entities") : NULL;
    env.meetings = env.doc ? cli_annot_index(env.doc, "meetings") : NULL;
    env.sources = env.doc ? cli_annot_index(env.doc, "sources") : NULL;
    env.mentions = env.doc ? cli_annot_mentions(env.doc) : NULL;
    int rc = env.entities && env.meetings && env.sources && env.mentions ? 0 : -1;
    json_t *c;
    size_t i;
    json_array_foreach(json_object_get(env.doc, "commitments"), i, c) {
        if (rc)
            break;
        json_t *r = plover_record(&env, c);
        char *line = r ? json_dumps(r, CLI_JSON_LINE) : NULL;
        json_decref(r);
        if (!line) {
            rc = -1;
            break;
        }
        cli_json_add_line(ctx->out, line);
        cli_buf_addc(ctx->out, '\n');
        free(line);
    }
    if (rc)
        cli_error("cannot build the PLOVER records (out of memory)");
    json_decref(env.mentions);
    json_decref(env.sources);
    json_decref(env.meetings);
    json_decref(env.entities);
    json_decref(env.doc);
    return rc;
}
