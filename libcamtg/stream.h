/* SPDX-License-Identifier: MIT */
/* Loading one record at a time: the sections of a scanned document stand
 * in the top-level object as empty placeholder arrays, and the loader asks
 * for their elements through camtg_section_size and camtg_section_item,
 * which parse each element when it is wanted. Without a stream (a document
 * parsed whole) the same calls read the Jansson array. */
#ifndef CAMTG_STREAM_H
#define CAMTG_STREAM_H

#include <stddef.h>

#include <jansson.h>

#include "input.h"
#include "scan.h"

typedef struct camtg_loader camtg_loader;

enum { CAMTG_STREAM_SECTIONS = 8 };

typedef struct camtg_stream {
    const char *json;
    const camtg_input *input;
    /* the bytes the current pass has read and not yet given back */
    size_t kept_from, kept_to;
    size_t section_count;
    const json_t *placeholder[CAMTG_STREAM_SECTIONS];
    const camtg_scan_member *member[CAMTG_STREAM_SECTIONS];
    json_t *current; /* the element parsed last, released by the next call */
} camtg_stream;

/* Builds the top-level object of a scanned document: every member parsed,
 * except that the arrays under section_keys (NULL-terminated, at most
 * CAMTG_STREAM_SECTIONS) become empty placeholders. Returns 0 with *root
 * set; 1 when any member does not parse or a key repeats (the caller then
 * parses the whole document to report it); -1 when out of memory.
 * When the input is mapped, the pages the scan read are given back, and
 * each pass over the records gives back what it has read as it goes. */
int camtg_stream_init(camtg_stream *st, const camtg_input *input, const camtg_scan *scan,
                      const char *const *section_keys, json_t **root);
void camtg_stream_release(camtg_stream *st);

/* The number of elements of a section array (or of any Jansson array). */
size_t camtg_section_size(const camtg_loader *ld, const json_t *array);
/* Element i of a section array, valid until the next call; an element that
 * does not parse reads as JSON null (the load then fails, and the caller
 * reports the syntax error of the whole document instead). */
const json_t *camtg_section_item(camtg_loader *ld, const json_t *array, size_t i);

/* Like camtg_section_item, for a reader that needs only member `key` of
 * the element: when the element is a plain object, an object holding just
 * that member (if present), parsed without the rest; otherwise the whole
 * element. Valid until the next call. */
const json_t *camtg_section_member(camtg_loader *ld, const json_t *array, size_t i,
                                   const char *key);

#endif
