/* SPDX-License-Identifier: MIT */
/* The state of one load: where in the document the loader is (a JSON
 * Pointer), which record it reads, the messages that name both, and the
 * table that shares repeated strings. */
#include "loader.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

int camtg_loader_init(camtg_loader *ld, camtg_draft *db, camtg_error *err)
{
    memset(ld, 0, sizeof *ld);
    ld->db = db;
    ld->err = err;
    return camtg_hash_init(&ld->strings, 256, (uint64_t)(uintptr_t)db);
}

void camtg_loader_release(camtg_loader *ld)
{
    camtg_hash_release(&ld->strings);
}

static size_t push_segment(camtg_loader *ld, const char *segment)
{
    size_t saved = ld->path_len;
    int n = snprintf(ld->path + ld->path_len, sizeof ld->path - ld->path_len, "/%s", segment);
    if (n > 0) {
        size_t room = sizeof ld->path - ld->path_len - 1;
        ld->path_len += (size_t)n < room ? (size_t)n : room;
    }
    return saved;
}

size_t camtg_loader_push_key(camtg_loader *ld, const char *key)
{
    return push_segment(ld, key);
}

size_t camtg_loader_push_index(camtg_loader *ld, size_t index)
{
    char digits[24];
    snprintf(digits, sizeof digits, "%zu", index);
    return push_segment(ld, digits);
}

void camtg_loader_pop(camtg_loader *ld, size_t saved_len)
{
    ld->path_len = saved_len;
    ld->path[saved_len] = '\0';
}

void camtg_loader_enter_record(camtg_loader *ld, const char *kind, const char *id)
{
    if (id != NULL)
        snprintf(ld->record, sizeof ld->record, "%s \"%.60s\"", kind, id);
    else
        snprintf(ld->record, sizeof ld->record, "%s", kind);
}

int camtg_loader_fail(camtg_loader *ld, int code, const char *fmt, ...)
{
    char detail[CAMTG_ERROR_MESSAGE_LENGTH];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(detail, sizeof detail, fmt, ap);
    va_end(ap);
    if (ld->record[0] != '\0')
        return camtg_error_set(ld->err, code, ld->path, "%s: %s", ld->record, detail);
    return camtg_error_set(ld->err, code, ld->path, "%s", detail);
}

int camtg_loader_oom(camtg_loader *ld)
{
    if (ld->db->strings_full)
        return camtg_error_set(ld->err, CAMTG_ELIMIT, ld->path,
                               "the text of the database is larger than an image can hold "
                               "(%llu bytes)",
                               (unsigned long long)CAMTG_IMAGE_MAX_BYTES);
    return camtg_error_set(ld->err, CAMTG_ENOMEM, ld->path, "out of memory while loading");
}

/* Names, verbs, titles and dates repeat across records and are worth
 * sharing; quotes, summaries and source texts are nearly always unique, and
 * hashing them would only cost time. */
#define CAMTG_INTERN_MAX_BYTES 64

const char *camtg_loader_intern(camtg_loader *ld, const char *s, size_t len)
{
    if (len > CAMTG_INTERN_MAX_BYTES)
        return camtg_draft_strndup(ld->db, s, len);
    /* Jansson rejects strings with an embedded NUL, so the C string is the
     * whole value and can key the table. */
    const void *found = camtg_hash_find(&ld->strings, s);
    if (found != NULL)
        return found;
    const char *copy = camtg_draft_strndup(ld->db, s, len);
    if (copy == NULL || camtg_hash_insert(&ld->strings, copy, copy, NULL) < 0)
        return NULL;
    return copy;
}

const char *camtg_json_type_name(const json_t *value)
{
    switch (json_typeof(value)) {
    case JSON_OBJECT: return "an object";
    case JSON_ARRAY: return "an array";
    case JSON_STRING: return "a string";
    case JSON_INTEGER: return "an integer";
    case JSON_REAL: return "a number";
    case JSON_TRUE:
    case JSON_FALSE: return "a boolean";
    case JSON_NULL: return "null";
    }
    return "a value";
}

