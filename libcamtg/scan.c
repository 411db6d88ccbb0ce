/* SPDX-License-Identifier: MIT */
/* camtg_scan_document: a string- and escape-aware walk over the bytes that
 * finds where values begin and end, and nothing more. Anything unexpected
 * sends the caller to Jansson's parse of the whole document, so this file
 * never has to word a syntax error. */
#include "scan.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Far below Jansson's own limit (2048), so that a value deep enough to
 * matter there is always parsed whole and reported as Jansson reports it. */
#define SCAN_MAX_DEPTH 512

enum { SCAN_OK = 0, SCAN_OTHER = 1, SCAN_MORE = 2, SCAN_NOMEM = -1 };

typedef struct cursor {
    const char *s;
    size_t len, at;
} cursor;

static void skip_space(cursor *c)
{
    while (c->at < c->len &&
           (c->s[c->at] == ' ' || c->s[c->at] == '\n' || c->s[c->at] == '\r' ||
            c->s[c->at] == '\t'))
        c->at++;
}

/* At an opening quote: moves past the closing one. A quote preceded by an
 * odd run of backslashes is escaped. */
static int skip_string(cursor *c)
{
    size_t from = c->at + 1;
    for (;;) {
        const char *q = memchr(c->s + from, '"', c->len - from);
        if (q == NULL)
            return SCAN_OTHER;
        size_t at = (size_t)(q - c->s), slashes = 0;
        while (at - slashes > c->at + 1 && c->s[at - slashes - 1] == '\\')
            slashes++;
        if (slashes % 2 == 0) {
            c->at = at + 1;
            return SCAN_OK;
        }
        from = at + 1;
    }
}

static int is_scalar_char(char ch)
{
    return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
           ch == '-' || ch == '+' || ch == '.';
}

/* At the first byte of a value: moves past its last byte. Brackets are
 * only counted (Jansson checks that they match when the span is parsed). */
static int skip_value(cursor *c)
{
    if (c->at >= c->len)
        return SCAN_OTHER;
    char first = c->s[c->at];
    if (first == '"')
        return skip_string(c);
    if (first != '{' && first != '[') {
        size_t start = c->at;
        while (c->at < c->len && is_scalar_char(c->s[c->at]))
            c->at++;
        return c->at > start ? SCAN_OK : SCAN_OTHER;
    }
    size_t depth = 0;
    while (c->at < c->len) {
        char ch = c->s[c->at];
        if (ch == '"') {
            if (skip_string(c) != SCAN_OK)
                return SCAN_OTHER;
            continue;
        }
        c->at++;
        if (ch == '{' || ch == '[') {
            if (++depth > SCAN_MAX_DEPTH)
                return SCAN_OTHER;
        } else if (ch == '}' || ch == ']') {
            if (--depth == 0)
                return SCAN_OK;
        }
    }
    return SCAN_OTHER;
}

/* Room for one more element in an array of `count` used out of *cap, each
 * `size` bytes, doubling from `first`: the (possibly moved) array, or NULL
 * when out of memory, the old array then left as it was. */
static void *room_for_one(void *items, size_t count, size_t *cap, size_t size, size_t first)
{
    if (count < *cap)
        return items;
    size_t want = *cap ? *cap * 2 : first;
    if (want > SIZE_MAX / size)
        return NULL;
    void *bigger = realloc(items, want * size);
    if (bigger != NULL)
        *cap = want;
    return bigger;
}

/* At an opening bracket: moves past it and any space after it. An empty
 * container is also passed over to its closing `close`: returns 1 then. */
static int enter_is_empty(cursor *c, char close)
{
    c->at++;
    skip_space(c);
    if (c->at < c->len && c->s[c->at] == close) {
        c->at++;
        return 1;
    }
    return 0;
}

/* After an element of a container: moves past the ',' that says more
 * follow (SCAN_MORE) or the closing `close` (SCAN_OK). */
static int after_element(cursor *c, char close)
{
    skip_space(c);
    if (c->at >= c->len)
        return SCAN_OTHER;
    char ch = c->s[c->at++];
    if (ch == close)
        return SCAN_OK;
    return ch == ',' ? SCAN_MORE : SCAN_OTHER;
}

/* At '[': records each element's span and moves past the ']'. */
static int scan_array(cursor *c, camtg_scan_member *m)
{
    size_t cap = 0;
    if (enter_is_empty(c, ']'))
        return SCAN_OK;
    for (;;) {
        skip_space(c);
        size_t start = c->at;
        if (skip_value(c) != SCAN_OK)
            return SCAN_OTHER;
        camtg_span *items = room_for_one(m->items, m->item_count, &cap, sizeof *items, 64);
        if (items == NULL)
            return SCAN_NOMEM;
        m->items = items;
        m->items[m->item_count].start = start;
        m->items[m->item_count].end = c->at;
        m->item_count++;
        int rc = after_element(c, ']');
        if (rc != SCAN_MORE)
            return rc;
    }
}

static camtg_scan_member *add_member(camtg_scan *scan)
{
    camtg_scan_member *members = room_for_one(scan->members, scan->member_count,
                                              &scan->member_cap, sizeof *members, 8);
    if (members == NULL)
        return NULL;
    scan->members = members;
    camtg_scan_member *m = &scan->members[scan->member_count++];
    memset(m, 0, sizeof *m);
    return m;
}

static int scan_object(cursor *c, camtg_scan *scan)
{
    skip_space(c);
    if (c->at >= c->len || c->s[c->at] != '{')
        return SCAN_OTHER;
    if (enter_is_empty(c, '}'))
        return SCAN_OK;
    for (;;) {
        skip_space(c);
        if (c->at >= c->len || c->s[c->at] != '"')
            return SCAN_OTHER;
        camtg_scan_member *m = add_member(scan);
        if (m == NULL)
            return SCAN_NOMEM;
        m->key.start = c->at;
        if (skip_string(c) != SCAN_OK)
            return SCAN_OTHER;
        m->key.end = c->at;
        skip_space(c);
        if (c->at >= c->len || c->s[c->at] != ':')
            return SCAN_OTHER;
        c->at++;
        skip_space(c);
        m->value.start = c->at;
        int rc = c->at < c->len && c->s[c->at] == '[' ? scan_array(c, m) : skip_value(c);
        if (rc != SCAN_OK)
            return rc;
        m->value.end = c->at;
        rc = after_element(c, '}');
        if (rc != SCAN_MORE)
            return rc;
    }
}

int camtg_scan_document(const char *json, size_t len, camtg_scan *scan)
{
    memset(scan, 0, sizeof *scan);
    cursor c = {json, len, 0};
    int rc = scan_object(&c, scan);
    if (rc != SCAN_OK)
        return rc;
    skip_space(&c);
    return c.at == len ? SCAN_OK : SCAN_OTHER;
}

void camtg_scan_release(camtg_scan *scan)
{
    for (size_t i = 0; i < scan->member_count; i++)
        free(scan->members[i].items);
    free(scan->members);
    memset(scan, 0, sizeof *scan);
}

int camtg_scan_find_key(const char *json, camtg_span object, const char *key,
                        camtg_span *value)
{
    cursor c = {json, object.end, object.start};
    size_t key_len = strlen(key);
    if (c.at >= c.len || json[c.at] != '{')
        return -1;
    c.at++;
    skip_space(&c);
    if (c.at < c.len && json[c.at] == '}')
        return 0;
    int found = 0;
    for (;;) {
        skip_space(&c);
        if (c.at >= c.len || json[c.at] != '"')
            return -1;
        size_t key_start = c.at + 1;
        if (skip_string(&c) != SCAN_OK)
            return -1;
        size_t key_end = c.at - 1;
        /* An escaped key might spell `key`: only a real parse can tell. */
        if (memchr(json + key_start, '\\', key_end - key_start) != NULL)
            return -1;
        skip_space(&c);
        if (c.at >= c.len || json[c.at] != ':')
            return -1;
        c.at++;
        skip_space(&c);
        size_t start = c.at;
        if (skip_value(&c) != SCAN_OK)
            return -1;
        if (key_end - key_start == key_len && memcmp(json + key_start, key, key_len) == 0) {
            /* A repeated key is Jansson's to report. */
            if (found)
                return -1;
            found = 1;
            value->start = start;
            value->end = c.at;
        }
        skip_space(&c);
        if (c.at >= c.len)
            return -1;
        char ch = json[c.at++];
        if (ch == '}')
            return found;
        if (ch != ',')
            return -1;
    }
}
