/* SPDX-License-Identifier: MIT */
#include "records.h"

#include <stdlib.h>

/* A JSON object being built. Builders collect failures instead of checking
 * every call: `ok` turns 0 at the first failed put and finish() drops the
 * half-built object. */
typedef struct builder {
    json_t *obj;
    int ok;
} builder;

static builder begin(void)
{
    json_t *obj = json_object();
    return (builder){obj, obj != NULL};
}

static void put(builder *b, const char *key, json_t *value)
{
    /* json_object_set_new() releases value even when it fails, and fails
     * on a NULL object: a builder whose object could not be made just goes
     * through its puts and finish() returns NULL. */
    if (json_object_set_new(b->obj, key, value) != 0)
        b->ok = 0;
}

/* Optional strings are left out when absent, never written as null. */
static void put_opt_string(builder *b, const char *key, const char *s)
{
    if (s)
        put(b, key, json_string(s));
}

static json_t *finish(builder *b)
{
    if (!b->ok) {
        json_decref(b->obj);
        return NULL;
    }
    return b->obj;
}

/* Every list of the format is built by one loop: item(owner, i) makes the
 * i-th element, NULL when memory ran out, and the list is dropped whole. */
typedef json_t *(*item_fn)(const void *owner, size_t i);

static json_t *array_of(const void *owner, size_t n, item_fn item)
{
    json_t *arr = json_array();
    for (size_t i = 0; arr && i < n; i++)
        if (json_array_append_new(arr, item(owner, i)) != 0) {
            json_decref(arr);
            return NULL;
        }
    return arr;
}

static json_t *id_of(const camtg_entity *e)
{
    return json_string(camtg_entity_id(e));
}

static json_t *alias_item(const void *e, size_t i)
{
    return json_string(camtg_entity_alias(e, i));
}

static json_t *position_item(const void *e, size_t i)
{
    return json_string(camtg_entity_position(e, i));
}

static json_t *member_item(const void *e, size_t i)
{
    return id_of(camtg_entity_member(e, i));
}

json_t *cli_json_source(const camtg_source *s)
{
    builder b = begin();
    put(&b, "id", json_string(camtg_source_id(s)));
    put(&b, "title", json_string(camtg_source_title(s)));
    put(&b, "publisher", json_string(camtg_source_publisher(s)));
    put(&b, "published", json_string(camtg_source_published(s)));
    put(&b, "dateline", json_string(camtg_source_dateline(s)));
    put(&b, "language", json_string(camtg_source_language(s)));
    put_opt_string(&b, "url", camtg_source_url(s));
    put(&b, "text", json_stringn(camtg_source_text(s), camtg_source_text_bytes(s)));
    return finish(&b);
}

/* A stretch of a source as the format writes it: {"source", "start",
 * "end", and the words under @p text_key} (a mention's "text", a piece of
 * evidence's "quote"). */
static json_t *span(const camtg_source *source, long start, long end, const char *text_key,
                    const char *text)
{
    builder b = begin();
    put(&b, "source", json_string(camtg_source_id(source)));
    put(&b, "start", json_integer(start));
    put(&b, "end", json_integer(end));
    put(&b, text_key, json_string(text));
    return finish(&b);
}

static json_t *mention_item(const void *e, size_t i)
{
    const camtg_mention *m = camtg_entity_mention(e, i);
    return span(camtg_mention_source(m), camtg_mention_start(m), camtg_mention_end(m), "text",
                camtg_mention_text(m));
}

json_t *cli_json_entity(const camtg_entity *e)
{
    builder b = begin();
    camtg_entity_type type = camtg_entity_type_of(e);
    put(&b, "id", json_string(camtg_entity_id(e)));
    put(&b, "type", json_string(camtg_entity_type_to_string(type)));
    put(&b, "name", json_string(camtg_entity_name(e)));
    /* Always present, even empty, so that `.aliases[]` works in jq. */
    put(&b, "aliases", array_of(e, camtg_entity_alias_count(e), alias_item));
    put_opt_string(&b, "wikidata", camtg_entity_wikidata(e));
    put_opt_string(&b, "description", camtg_entity_description(e));
    switch (type) {
    case CAMTG_ENTITY_PERSON:
        if (camtg_entity_country(e))
            put(&b, "country", id_of(camtg_entity_country(e)));
        put(&b, "positions", array_of(e, camtg_entity_position_count(e), position_item));
        break;
    case CAMTG_ENTITY_PLACE:
        if (camtg_entity_within(e))
            put(&b, "within", id_of(camtg_entity_within(e)));
        break;
    case CAMTG_ENTITY_GROUP:
        put(&b, "members", array_of(e, camtg_entity_member_count(e), member_item));
        break;
    case CAMTG_ENTITY_EVENT:
        put_opt_string(&b, "date", camtg_entity_date(e));
        if (camtg_entity_place(e))
            put(&b, "place", id_of(camtg_entity_place(e)));
        break;
    default:
        break;
    }
    /* Only datasets of schema version 2 have mentions; left out when none,
     * so that a version 1 entity prints as it was written. */
    if (camtg_entity_mention_count(e) > 0)
        put(&b, "mentions", array_of(e, camtg_entity_mention_count(e), mention_item));
    return finish(&b);
}

static json_t *participant_item(const void *m, size_t i)
{
    return id_of(camtg_meeting_participant(m, i));
}

json_t *cli_json_meeting(const camtg_meeting *m)
{
    builder b = begin();
    put(&b, "id", json_string(camtg_meeting_id(m)));
    put(&b, "title", json_string(camtg_meeting_title(m)));
    put(&b, "date", json_string(camtg_meeting_date(m)));
    put(&b, "place", id_of(camtg_meeting_place(m)));
    put(&b, "host", id_of(camtg_meeting_host(m)));
    put(&b, "participants", array_of(m, camtg_meeting_participant_count(m), participant_item));
    put(&b, "format", json_string(camtg_meeting_format(m)));
    put(&b, "source", json_string(camtg_source_id(camtg_meeting_source(m))));
    if (camtg_meeting_context(m))
        put(&b, "context", id_of(camtg_meeting_context(m)));
    return finish(&b);
}

struct role_of {
    const camtg_commitment *c;
    cli_role role;
};

static json_t *role_item(const void *r, size_t i)
{
    const struct role_of *of = r;
    return id_of(cli_role_at(of->c, of->role, i));
}

static json_t *role_ids(const camtg_commitment *c, cli_role role)
{
    struct role_of of = {c, role};
    return array_of(&of, cli_role_count(c, role), role_item);
}

static json_t *sector_item(const void *c, size_t i)
{
    return json_string(camtg_sector_to_string(camtg_commitment_sector(c, i)));
}

json_t *cli_json_commitment(const camtg_commitment *c, int with_quote)
{
    builder b = begin();
    put(&b, "id", json_string(camtg_commitment_id(c)));
    put(&b, "meeting", json_string(camtg_meeting_id(camtg_commitment_meeting(c))));
    put(&b, "kind", json_string(camtg_kind_to_string(camtg_commitment_kind(c))));
    put(&b, "type", json_string(camtg_plover_to_string(camtg_commitment_type(c))));
    put_opt_string(&b, "cameo", camtg_commitment_cameo(c));
    put(&b, "verb", json_string(camtg_commitment_verb(c)));
    put(&b, "summary", json_string(camtg_commitment_summary(c)));
    put(&b, "actors", role_ids(c, CLI_ACTORS));
    put(&b, "targets", role_ids(c, CLI_TARGETS));
    put(&b, "objects", role_ids(c, CLI_OBJECTS));
    put(&b, "sectors", array_of(c, camtg_commitment_sector_count(c), sector_item));
    put(&b, "status", json_string(camtg_status_to_string(camtg_commitment_status(c))));
    put(&b, "evidence",
        span(camtg_commitment_source(c), camtg_commitment_start(c), camtg_commitment_end(c),
             "quote", camtg_commitment_quote(c)));
    if (with_quote)
        put(&b, "quote", json_string(camtg_commitment_quote(c)));
    return finish(&b);
}

static json_t *citation_item(const void *f, size_t i)
{
    builder b = begin();
    put(&b, "url", json_string(camtg_followup_citation_url(f, i)));
    put(&b, "publisher", json_string(camtg_followup_citation_publisher(f, i)));
    put_opt_string(&b, "published", camtg_followup_citation_published(f, i));
    put_opt_string(&b, "title", camtg_followup_citation_title(f, i));
    return finish(&b);
}

json_t *cli_json_followup(const camtg_followup *f)
{
    builder b = begin();
    put(&b, "id", json_string(camtg_followup_id(f)));
    put(&b, "commitment", json_string(camtg_commitment_id(camtg_followup_commitment(f))));
    put(&b, "date", json_string(camtg_followup_date(f)));
    camtg_date_precision precision = camtg_followup_date_precision(f);
    if (precision != CAMTG_DATE_PRECISION_DAY)
        put(&b, "date_precision", json_string(camtg_date_precision_to_string(precision)));
    /* a follow-up on a position or an assessment has no status to write */
    camtg_status status = camtg_followup_status(f);
    if (status != CAMTG_STATUS_STATED)
        put(&b, "status", json_string(camtg_status_to_string(status)));
    put(&b, "summary", json_string(camtg_followup_summary(f)));
    put(&b, "citations", array_of(f, camtg_followup_citation_count(f), citation_item));
    return finish(&b);
}

const cli_csv_column cli_entity_columns[] = {
    {"id", "/id"}, {"type", "/type"}, {"name", "/name"}, {"aliases", "/aliases"},
    {"wikidata", "/wikidata"}, {"description", "/description"}, {"country", "/country"},
    {"positions", "/positions"}, {"within", "/within"}, {"members", "/members"},
    {"date", "/date"}, {"place", "/place"}, {NULL, NULL},
};

/* Shared by the two column lists below. */
#define CLI_COMMITMENT_COLUMNS                                                                  \
    {"id", "/id"}, {"meeting", "/meeting"}, {"kind", "/kind"}, {"type", "/type"},              \
        {"cameo", "/cameo"}, {"verb", "/verb"}, {"summary", "/summary"},                       \
        {"actors", "/actors"}, {"targets", "/targets"}, {"objects", "/objects"},               \
        {"sectors", "/sectors"}, {"status", "/status"}, {"source", "/evidence/source"},         \
        {"start", "/evidence/start"}, {"end", "/evidence/end"}, {"quote", "/evidence/quote"}

const cli_csv_column cli_commitment_columns[] = {CLI_COMMITMENT_COLUMNS, {NULL, NULL}};

const cli_csv_column cli_commitment_timeline_columns[] = {
    CLI_COMMITMENT_COLUMNS, {"followups", "/followups"}, {NULL, NULL}};
