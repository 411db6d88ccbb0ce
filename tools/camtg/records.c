/* SPDX-License-Identifier: MIT */
#include "records.h"

#include <stdlib.h>

/* Builders collect failures instead of checking every call: `ok` turns 0
 * at the first failed set and the caller drops the half-built object. */
static void put(json_t *obj, const char *key, json_t *value, int *ok)
{
    /* json_object_set_new() releases value even when it fails, and fails
     * on a NULL obj: a builder whose object could not be made just goes
     * through its puts and finish() returns NULL. */
    if (json_object_set_new(obj, key, value) != 0)
        *ok = 0;
}

/* Optional strings are left out when absent, never written as null. */
static void put_opt_string(json_t *obj, const char *key, const char *s, int *ok)
{
    if (s)
        put(obj, key, json_string(s), ok);
}

static json_t *finish(json_t *obj, int ok)
{
    if (!ok) {
        json_decref(obj);
        return NULL;
    }
    return obj;
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
    json_t *o = json_object();
    int ok = o != NULL;
    put(o, "id", json_string(camtg_source_id(s)), &ok);
    put(o, "title", json_string(camtg_source_title(s)), &ok);
    put(o, "publisher", json_string(camtg_source_publisher(s)), &ok);
    put(o, "published", json_string(camtg_source_published(s)), &ok);
    put(o, "dateline", json_string(camtg_source_dateline(s)), &ok);
    put(o, "language", json_string(camtg_source_language(s)), &ok);
    put_opt_string(o, "url", camtg_source_url(s), &ok);
    put(o, "text", json_stringn(camtg_source_text(s), camtg_source_text_bytes(s)), &ok);
    return finish(o, ok);
}

/* A stretch of a source as the format writes it: {"source", "start",
 * "end", and the words under @p text_key} (a mention's "text", a piece of
 * evidence's "quote"). */
static json_t *span(const camtg_source *source, long start, long end, const char *text_key,
                    const char *text)
{
    json_t *o = json_object();
    int ok = o != NULL;
    put(o, "source", json_string(camtg_source_id(source)), &ok);
    put(o, "start", json_integer(start), &ok);
    put(o, "end", json_integer(end), &ok);
    put(o, text_key, json_string(text), &ok);
    return finish(o, ok);
}

static json_t *mention_item(const void *e, size_t i)
{
    const camtg_mention *m = camtg_entity_mention(e, i);
    return span(camtg_mention_source(m), camtg_mention_start(m), camtg_mention_end(m), "text",
                camtg_mention_text(m));
}

json_t *cli_json_entity(const camtg_entity *e)
{
    json_t *o = json_object();
    int ok = o != NULL;
    camtg_entity_type type = camtg_entity_type_of(e);
    put(o, "id", json_string(camtg_entity_id(e)), &ok);
    put(o, "type", json_string(camtg_entity_type_to_string(type)), &ok);
    put(o, "name", json_string(camtg_entity_name(e)), &ok);
    /* Always present, even empty, so that `.aliases[]` works in jq. */
    put(o, "aliases", array_of(e, camtg_entity_alias_count(e), alias_item), &ok);
    put_opt_string(o, "wikidata", camtg_entity_wikidata(e), &ok);
    put_opt_string(o, "description", camtg_entity_description(e), &ok);
    switch (type) {
    case CAMTG_ENTITY_PERSON:
        if (camtg_entity_country(e))
            put(o, "country", id_of(camtg_entity_country(e)), &ok);
        put(o, "positions", array_of(e, camtg_entity_position_count(e), position_item), &ok);
        break;
    case CAMTG_ENTITY_PLACE:
        if (camtg_entity_within(e))
            put(o, "within", id_of(camtg_entity_within(e)), &ok);
        break;
    case CAMTG_ENTITY_GROUP:
        put(o, "members", array_of(e, camtg_entity_member_count(e), member_item), &ok);
        break;
    case CAMTG_ENTITY_EVENT:
        put_opt_string(o, "date", camtg_entity_date(e), &ok);
        if (camtg_entity_place(e))
            put(o, "place", id_of(camtg_entity_place(e)), &ok);
        break;
    default:
        break;
    }
    /* Only datasets of schema version 2 have mentions; left out when none,
     * so that a version 1 entity prints as it was written. */
    if (camtg_entity_mention_count(e) > 0)
        put(o, "mentions", array_of(e, camtg_entity_mention_count(e), mention_item), &ok);
    return finish(o, ok);
}

static json_t *participant_item(const void *m, size_t i)
{
    return id_of(camtg_meeting_participant(m, i));
}

json_t *cli_json_meeting(const camtg_meeting *m)
{
    json_t *o = json_object();
    int ok = o != NULL;
    put(o, "id", json_string(camtg_meeting_id(m)), &ok);
    put(o, "title", json_string(camtg_meeting_title(m)), &ok);
    put(o, "date", json_string(camtg_meeting_date(m)), &ok);
    put(o, "place", id_of(camtg_meeting_place(m)), &ok);
    put(o, "host", id_of(camtg_meeting_host(m)), &ok);
    put(o, "participants", array_of(m, camtg_meeting_participant_count(m), participant_item),
        &ok);
    put(o, "format", json_string(camtg_meeting_format(m)), &ok);
    put(o, "source", json_string(camtg_source_id(camtg_meeting_source(m))), &ok);
    if (camtg_meeting_context(m))
        put(o, "context", id_of(camtg_meeting_context(m)), &ok);
    return finish(o, ok);
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
    json_t *o = json_object();
    int ok = o != NULL;
    put(o, "id", json_string(camtg_commitment_id(c)), &ok);
    put(o, "meeting", json_string(camtg_meeting_id(camtg_commitment_meeting(c))), &ok);
    put(o, "kind", json_string(camtg_kind_to_string(camtg_commitment_kind(c))),
        &ok);
    put(o, "type",
        json_string(camtg_plover_to_string(camtg_commitment_type(c))), &ok);
    put_opt_string(o, "cameo", camtg_commitment_cameo(c), &ok);
    put(o, "verb", json_string(camtg_commitment_verb(c)), &ok);
    put(o, "summary", json_string(camtg_commitment_summary(c)), &ok);
    put(o, "actors", role_ids(c, CLI_ACTORS), &ok);
    put(o, "targets", role_ids(c, CLI_TARGETS), &ok);
    put(o, "objects", role_ids(c, CLI_OBJECTS), &ok);
    put(o, "sectors", array_of(c, camtg_commitment_sector_count(c), sector_item), &ok);
    put(o, "status", json_string(camtg_status_to_string(camtg_commitment_status(c))), &ok);
    put(o, "evidence",
        span(camtg_commitment_source(c), camtg_commitment_start(c), camtg_commitment_end(c),
             "quote", camtg_commitment_quote(c)),
        &ok);
    if (with_quote)
        put(o, "quote", json_string(camtg_commitment_quote(c)), &ok);
    return finish(o, ok);
}

static json_t *citation_item(const void *f, size_t i)
{
    json_t *o = json_object();
    int ok = o != NULL;
    put(o, "url", json_string(camtg_followup_citation_url(f, i)), &ok);
    put(o, "publisher", json_string(camtg_followup_citation_publisher(f, i)), &ok);
    put_opt_string(o, "published", camtg_followup_citation_published(f, i), &ok);
    put_opt_string(o, "title", camtg_followup_citation_title(f, i), &ok);
    return finish(o, ok);
}

json_t *cli_json_followup(const camtg_followup *f)
{
    json_t *o = json_object();
    int ok = o != NULL;
    put(o, "id", json_string(camtg_followup_id(f)), &ok);
    put(o, "commitment", json_string(camtg_commitment_id(camtg_followup_commitment(f))), &ok);
    put(o, "date", json_string(camtg_followup_date(f)), &ok);
    camtg_date_precision precision = camtg_followup_date_precision(f);
    if (precision != CAMTG_DATE_PRECISION_DAY)
        put(o, "date_precision", json_string(camtg_date_precision_to_string(precision)), &ok);
    /* a follow-up on a position or an assessment has no status to write */
    camtg_status status = camtg_followup_status(f);
    if (status != CAMTG_STATUS_STATED)
        put(o, "status", json_string(camtg_status_to_string(status)), &ok);
    put(o, "summary", json_string(camtg_followup_summary(f)), &ok);
    put(o, "citations", array_of(f, camtg_followup_citation_count(f), citation_item), &ok);
    return finish(o, ok);
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
