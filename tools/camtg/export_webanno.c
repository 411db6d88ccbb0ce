/* SPDX-License-Identifier: MIT */
/* export --format webanno: the coding as W3C Web Annotations (JSON-LD).
 *
 * One AnnotationCollection whose first page holds one Annotation per entity
 * mention (motivation "identifying") and per commitment (motivation
 * "classifying"). Each targets its source (the source URL, else
 * urn:camtg:source:ID) through a TextQuoteSelector (exact, with up to 32
 * code points of prefix and suffix) and a TextPositionSelector (code
 * points, end exclusive: the data's own offsets). The body carries the
 * coding: a TextualBody for the summary or the entity's name, the entity's
 * Wikidata item when known, and the record itself as a JSON literal under
 * camtg:coding (JSON-LD 1.1 "@json"). */
#include <stdlib.h>
#include <string.h>

#include "annot.h"
#include "exporters.h"
#include "records.h"

#define WEBANNO_CONTEXT_CHARS 32

static json_t *webanno_context(void)
{
    return json_pack("[s, {s:f, s:s, s:{s:s, s:s}}]", "http://www.w3.org/ns/anno.jsonld",
                     "@version", 1.1, "camtg", "urn:camtg:vocab#",
                     "coding", "@id", "camtg:coding", "@type", "@json");
}

/* The target: the source and the two selectors for [start, end). */
static json_t *webanno_target(json_t *source, const cli_annot_text *t, long start, long end)
{
    json_t *src = cli_annot_str(source, "url")
                      ? json_string(cli_annot_str(source, "url"))
                      : json_sprintf("urn:camtg:source:%s", cli_annot_str(source, "id"));
    long before = start - WEBANNO_CONTEXT_CHARS < 0 ? 0 : start - WEBANNO_CONTEXT_CHARS;
    return json_pack("{s:o, s:[{s:s, s:o, s:o, s:o}, {s:s, s:i, s:i}]}",
                     "source", src, "selector",
                     "type", "TextQuoteSelector",
                     "exact", cli_annot_slice(t, start, end),
                     "prefix", cli_annot_slice(t, before, start),
                     "suffix", cli_annot_slice(t, end, end + WEBANNO_CONTEXT_CHARS),
                     "type", "TextPositionSelector", "start", (json_int_t)start,
                     "end", (json_int_t)end);
}

/* The record as a JSON literal; mentions and follow-ups nested in it are
 * left to their own annotations and to the JSON export. */
static json_t *webanno_coding(json_t *record)
{
    json_t *copy = json_deep_copy(record);
    if (copy)
        json_object_del(copy, "mentions");
    return copy;
}

static json_t *webanno_mention(json_t *m, json_t *entity, json_t *source,
                               const cli_annot_text *t, size_t n)
{
    json_t *body = json_pack("[{s:s, s:s, s:O, s:s}]", "type", "TextualBody",
                             "purpose", "identifying", "value", json_object_get(entity, "name"),
                             "format", "text/plain");
    if (body && cli_annot_str(entity, "wikidata"))
        json_array_append_new(body, json_pack("{s:o, s:s}", "id",
            json_sprintf("http://www.wikidata.org/entity/%s", cli_annot_str(entity, "wikidata")),
            "purpose", "identifying"));
    if (body)
        json_array_append_new(body, json_pack("{s:o, s:s, s:s, s:o}", "id",
            json_sprintf("urn:camtg:entity:%s", cli_annot_str(entity, "id")),
            "type", "Dataset", "format", "application/json", "coding", webanno_coding(entity)));
    return json_pack("{s:o, s:s, s:s, s:o, s:o}",
                     "id", json_sprintf("urn:camtg:mention:%s:%zu", cli_annot_str(entity, "id"), n),
                     "type", "Annotation", "motivation", "identifying", "body", body,
                     "target", webanno_target(source, t, cli_annot_int(m, "start"),
                                              cli_annot_int(m, "end")));
}

static json_t *webanno_commitment(json_t *c, json_t *source, const cli_annot_text *t)
{
    json_t *ev = json_object_get(c, "evidence");
    json_t *body = json_pack("[{s:s, s:s, s:O, s:s, s:O}, {s:s, s:s, s:O}, {s:o, s:s, s:s, s:o}]",
                             "type", "TextualBody", "purpose", "describing",
                             "value", json_object_get(c, "summary"), "format", "text/plain",
                             "language", json_object_get(source, "language"),
                             "type", "TextualBody", "purpose", "classifying",
                             "value", json_object_get(c, "type"),
                             "id", json_sprintf("urn:camtg:commitment:%s", cli_annot_str(c, "id")),
                             "type", "Dataset", "format", "application/json",
                             "coding", webanno_coding(c));
    return json_pack("{s:o, s:s, s:s, s:o, s:o}",
                     "id", json_sprintf("urn:camtg:annotation:%s", cli_annot_str(c, "id")),
                     "type", "Annotation", "motivation", "classifying", "body", body,
                     "target", webanno_target(source, t, cli_annot_int(ev, "start"),
                                              cli_annot_int(ev, "end")));
}

/* Appends the annotations of one source to @p items. */
static int webanno_source(json_t *items, json_t *source, json_t *doc, json_t *mentions,
                          json_t *entities)
{
    const char *sid = cli_annot_str(source, "id");
    json_t *text = json_object_get(source, "text");
    cli_annot_text t;
    if (cli_annot_text_init(&t, json_string_value(text), json_string_length(text)) != 0)
        return -1;
    int rc = 0;
    json_t *m, *c;
    size_t i;
    json_array_foreach(mentions, i, m)
        if (rc == 0 && strcmp(cli_annot_str(m, "source"), sid) == 0)
            rc = json_array_append_new(items, webanno_mention(m, json_object_get(entities,
                                       cli_annot_str(m, "entity")), source, &t, i));
    json_array_foreach(json_object_get(doc, "commitments"), i, c)
        if (rc == 0 && strcmp(cli_annot_str(json_object_get(c, "evidence"), "source"), sid) == 0)
            rc = json_array_append_new(items, webanno_commitment(c, source, &t));
    cli_annot_text_free(&t);
    return rc;
}

int cli_export_webanno(cli_ctx *ctx, const camtg_db *db)
{
    json_t *doc = cli_export_document(db);
    json_t *mentions = doc ? cli_annot_mentions(doc) : NULL;
    json_t *entities = doc ? cli_annot_index(doc, "entities") : NULL;
    json_t *items = json_array();
    int rc = doc && mentions && entities && items ? 0 : -1;
    json_t *s;
    size_t i;
    json_array_foreach(json_object_get(doc, "sources"), i, s)
        if (rc == 0)
            rc = webanno_source(items, s, doc, mentions, entities);
    json_t *collection = rc ? NULL : json_pack(
        "{s:o, s:s, s:s, s:s, s:I, s:{s:s, s:s, s:i, s:O}}",
        "@context", webanno_context(), "id", "urn:camtg:annotations",
        "type", "AnnotationCollection", "label", "libcamtg coding",
        "total", (json_int_t)json_array_size(items),
        "first", "id", "urn:camtg:annotations:page:1", "type", "AnnotationPage",
        "startIndex", 0, "items", items);
    json_decref(items);
    json_decref(entities);
    json_decref(mentions);
    json_decref(doc);
    if (!collection) {
        cli_error("cannot build the annotations (out of memory)");
        return -1;
    }
    char *text = json_dumps(collection, CLI_JSON_PRETTY | JSON_REAL_PRECISION(4));
    json_decref(collection);
    if (!text) {
        cli_error("cannot serialise the annotations (out of memory)");
        return -1;
    }
    cli_json_add_line(ctx->out, text);
    cli_buf_addc(ctx->out, '\n');
    free(text);
    return 0;
}
