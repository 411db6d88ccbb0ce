/* SPDX-License-Identifier: MIT */
/* Parsing a scanned document member by member and record by record, so
 * that no tree of the whole document exists during a load. */
#include "stream.h"

#include <string.h>

#include "loader.h"

/* Parses one span; NULL when it is not one JSON value. */
static json_t *parse_span(const char *json, camtg_span span)
{
    return json_loadb(json + span.start, span.end - span.start,
                      JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, NULL);
}

static int is_section(const char *key, const char *const *section_keys, size_t *which)
{
    for (size_t k = 0; section_keys[k] != NULL; k++) {
        if (strcmp(key, section_keys[k]) == 0) {
            *which = k;
            return 1;
        }
    }
    return 0;
}

/* A pass over a section gives back the input's pages once it is this far
 * past them: small enough that the input read so far stays a small part of
 * the memory of a large load, large enough to cost few system calls. */
#define KEEP_BYTES ((size_t)1 << 20)

/* Notes that the span is being read. Every pass over the records moves
 * forward through a section, so what lies behind it is given back (it is
 * read again, from the file, if a later pass needs it); going backwards
 * starts a new pass, and the previous pass's pages go. */
static void stream_reading(camtg_stream *st, camtg_span span)
{
    if (st->input == NULL || !st->input->mapped)
        return;
    if (span.start < st->kept_from) {
        camtg_input_forget(st->input, st->kept_from, st->kept_to);
        st->kept_from = span.start;
        st->kept_to = span.end;
        return;
    }
    if (span.end > st->kept_to)
        st->kept_to = span.end;
    if (span.start - st->kept_from >= KEEP_BYTES) {
        camtg_input_forget(st->input, st->kept_from, span.start);
        st->kept_from = span.start;
    }
}

int camtg_stream_init(camtg_stream *st, const camtg_input *input, const camtg_scan *scan,
                      const char *const *section_keys, json_t **root)
{
    const char *json = input->data;
    memset(st, 0, sizeof *st);
    st->json = json;
    st->input = input;
    /* The checks and the scan have read the whole input; the records are
     * read again one at a time. */
    camtg_input_forget(input, 0, input->len);
    *root = json_object();
    if (*root == NULL)
        return -1;
    for (size_t i = 0; i < scan->member_count; i++) {
        const camtg_scan_member *m = &scan->members[i];
        json_t *key = parse_span(json, m->key);
        if (key == NULL || !json_is_string(key) ||
            json_object_get(*root, json_string_value(key)) != NULL) {
            json_decref(key);
            return 1;
        }
        size_t which;
        json_t *value;
        if (m->items != NULL || json[m->value.start] == '[') {
            if (is_section(json_string_value(key), section_keys, &which)) {
                st->member[st->section_count] = m;
                value = json_array();
                st->placeholder[st->section_count++] = value;
            } else {
                value = parse_span(json, m->value);
            }
        } else {
            value = parse_span(json, m->value);
        }
        if (value == NULL || json_object_set_new(*root, json_string_value(key), value) != 0) {
            json_decref(key);
            return value == NULL ? 1 : -1;
        }
        json_decref(key);
    }
    return 0;
}

void camtg_stream_release(camtg_stream *st)
{
    json_decref(st->current);
    st->current = NULL;
}

static const camtg_scan_member *section_of(const camtg_stream *st, const json_t *array)
{
    for (size_t s = 0; st != NULL && s < st->section_count; s++)
        if (st->placeholder[s] == array)
            return st->member[s];
    return NULL;
}

size_t camtg_section_size(const camtg_loader *ld, const json_t *array)
{
    const camtg_scan_member *m = section_of(ld->stream, array);
    return m != NULL ? m->item_count : json_array_size(array);
}

const json_t *camtg_section_item(camtg_loader *ld, const json_t *array, size_t i)
{
    camtg_stream *st = ld->stream;
    const camtg_scan_member *m = section_of(st, array);
    if (m == NULL)
        return json_array_get(array, i);
    json_decref(st->current);
    st->current = NULL;
    if (i < m->item_count) {
        stream_reading(st, m->items[i]);
        st->current = parse_span(st->json, m->items[i]);
    }
    return st->current != NULL ? st->current : json_null();
}

const json_t *camtg_section_member(camtg_loader *ld, const json_t *array, size_t i,
                                   const char *key)
{
    camtg_stream *st = ld->stream;
    const camtg_scan_member *m = section_of(st, array);
    if (m == NULL || i >= m->item_count)
        return camtg_section_item(ld, array, i);
    camtg_span value;
    stream_reading(st, m->items[i]);
    int found = camtg_scan_find_key(st->json, m->items[i], key, &value);
    if (found < 0)
        return camtg_section_item(ld, array, i);
    json_decref(st->current);
    st->current = json_object();
    json_t *parsed = found ? parse_span(st->json, value) : NULL;
    if (st->current == NULL || (found && parsed == NULL) ||
        (parsed != NULL && json_object_set_new(st->current, key, parsed) != 0)) {
        json_decref(st->current);
        st->current = NULL;
        return camtg_section_item(ld, array, i);
    }
    return st->current;
}
