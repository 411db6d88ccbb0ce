/* SPDX-License-Identifier: MIT */
/* Delimiting the top level of a document without parsing it: where each
 * member of the top-level object lies and, for array values, where each
 * element lies, so that the loader can parse one record at a time. */
#ifndef CAMTG_SCAN_H
#define CAMTG_SCAN_H

#include <stddef.h>

/* The bytes [start, end) of the input. */
typedef struct camtg_span {
    size_t start, end;
} camtg_span;

typedef struct camtg_scan_member {
    camtg_span key;    /* the key token, quotes included */
    camtg_span value;  /* the whole value */
    camtg_span *items; /* an array value's elements, else NULL */
    size_t item_count;
} camtg_scan_member;

typedef struct camtg_scan {
    camtg_scan_member *members;
    size_t member_count, member_cap;
} camtg_scan;

/* Scans json[0..len). Returns 0 when the input is one object whose members
 * (and their arrays' elements) could be delimited; 1 when it is anything
 * else (not an object, broken structure, nesting deeper than the scanner
 * follows), for the caller to parse the whole document and report what
 * Jansson says; -1 when out of memory. The scanner checks structure only:
 * every span still has to be parsed. Release the scan in every case. */
int camtg_scan_document(const char *json, size_t len, camtg_scan *scan);
void camtg_scan_release(camtg_scan *scan);

/* Finds member `key` of the object spanning `object`: 1 with *value set,
 * 0 when absent, -1 when only a parse can tell (not an object, a key with
 * escapes, the key twice, broken structure). */
int camtg_scan_find_key(const char *json, camtg_span object, const char *key,
                        camtg_span *value);

#endif
