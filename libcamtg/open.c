/* SPDX-License-Identifier: MIT */
/* camtg_open_*: reading the input, parsing it with Jansson (whole, or
 * member by member through the scanner) into a draft, checking the top
 * level of the document before sections.c reads its sections, and laying
 * the draft out as an image; or opening a snapshot, which is an image
 * already. */
#define _POSIX_C_SOURCE 200809L

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>

#include "input.h"
#include "loader.h"
#include "utf8.h"

/* Sets the position of a syntax error already in err; returns code. */
static int at_position(camtg_error *err, int code, int line, int column, long offset)
{
    if (err != NULL) {
        err->line = line;
        err->column = column;
        err->offset = offset;
    }
    return code;
}

static int syntax_error(camtg_error *err, const json_error_t *jerr)
{
    int code;
    switch (json_error_code(jerr)) {
    case json_error_out_of_memory: code = CAMTG_ENOMEM; break;
    case json_error_stack_overflow: code = CAMTG_ELIMIT; break;
    default: code = CAMTG_ESYNTAX; break;
    }
    /* Jansson quotes the token at fault; a byte-order mark would print as
     * nothing visible, so it is named instead. The position goes in the
     * line, column and offset fields only: repeating it in the message
     * would print it twice in FILE:LINE:COLUMN: messages. */
    static const char NEAR_BOM[] = " near '\xEF\xBB\xBF'";
    size_t text_len = strlen(jerr->text), bom_len = sizeof NEAR_BOM - 1;
    if (json_error_code(jerr) == json_error_null_character)
        camtg_error_set(err, code, "", "invalid JSON: \\u0000 is not allowed in strings");
    else if (text_len >= bom_len && strcmp(jerr->text + text_len - bom_len, NEAR_BOM) == 0)
        camtg_error_set(err, code, "",
                        "invalid JSON: %.*s near a byte-order mark (U+FEFF), which JSON text "
                        "allows only inside strings",
                        (int)(text_len - bom_len), jerr->text);
    else
        camtg_error_set(err, code, "", "invalid JSON: %s", jerr->text);
    return at_position(err, code, jerr->line, jerr->column, (long)jerr->position);
}

/* Jansson treats a NUL byte as the end of its input buffer and may skip one
 * between tokens, so NULs are refused before parsing, at their position
 * (columns count characters, as Jansson's do). */
static int nul_byte_error(camtg_error *err, const char *json, size_t at)
{
    int line = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < at; i++) {
        if (json[i] == '\n') {
            line++;
            line_start = i + 1;
        }
    }
    int column = (int)camtg_utf8_count(json + line_start, at - line_start) + 1;
    camtg_error_set(err, CAMTG_ESYNTAX, "",
                    "invalid JSON: the input holds a NUL byte, which JSON text cannot contain");
    /* the offset is just past the NUL, as Jansson counts */
    return at_position(err, CAMTG_ESYNTAX, line, column, (long)at + 1);
}

/* The schema version a scanned document states, or the newest this
 * library reads when it states none it reads (the load then fails on it,
 * whichever sections are parsed). */
static int scanned_version(const char *json, const camtg_scan *scan)
{
    for (size_t i = 0; i < scan->member_count; i++) {
        const camtg_scan_member *m = &scan->members[i];
        json_t *key = json_loadb(json + m->key.start, m->key.end - m->key.start,
                                 JSON_DECODE_ANY, NULL);
        int is_version = json_is_string(key) && strcmp(json_string_value(key), "camtg") == 0;
        json_decref(key);
        if (!is_version)
            continue;
        json_t *value = json_loadb(json + m->value.start, m->value.end - m->value.start,
                                   JSON_DECODE_ANY, NULL);
        json_int_t v = json_is_integer(value) ? json_integer_value(value) : 0;
        json_decref(value);
        return v >= CAMTG_SCHEMA_MIN && v <= CAMTG_SCHEMA_MAX ? (int)v : CAMTG_SCHEMA_MAX;
    }
    return CAMTG_SCHEMA_MAX;
}

static int load_document(camtg_loader *ld, const json_t *root)
{
    if (!json_is_object(root))
        return camtg_loader_fail(ld, CAMTG_ESCHEMA,
                                 "the top level must be an object with \"camtg\" (the schema "
                                 "version), not %s",
                                 camtg_json_type_name(root));
    size_t saved = camtg_loader_push_key(ld, "camtg");
    const json_t *version = json_object_get(root, "camtg");
    if (version == NULL)
        return camtg_loader_fail(ld, CAMTG_ESCHEMA,
                                 "missing required key \"camtg\" (the schema version; this "
                                 "library reads versions %d to %d)",
                                 CAMTG_SCHEMA_MIN, CAMTG_SCHEMA_MAX);
    if (!json_is_integer(version))
        return camtg_loader_fail(ld, CAMTG_ESCHEMA,
                                 "\"camtg\" must be the schema version, an integer, not %s",
                                 camtg_json_type_name(version));
    if (json_integer_value(version) < CAMTG_SCHEMA_MIN ||
        json_integer_value(version) > CAMTG_SCHEMA_MAX)
        return camtg_loader_fail(ld, CAMTG_ESCHEMA,
                                 "unsupported schema version %" JSON_INTEGER_FORMAT
                                 " (this library reads versions %d to %d)",
                                 json_integer_value(version), CAMTG_SCHEMA_MIN,
                                 CAMTG_SCHEMA_MAX);
    ld->db->schema_version = (int)json_integer_value(version);
    camtg_loader_pop(ld, saved);

    TRY(camtg_load_sections(ld, root));
    return camtg_link(ld);
}

/* Loads the document in `in` into *out (already NULL). */
static int open_input(camtg_db **out, const camtg_input *in, camtg_error *err)
{
    const char *json = in->data;
    size_t len = in->len;
    if (len > CAMTG_MAX_INPUT_BYTES)
        return camtg_error_set(err, CAMTG_ELIMIT, "",
                               "the input is %zu bytes; the limit is %zu bytes", len,
                               CAMTG_MAX_INPUT_BYTES);
    /* A compiled snapshot is recognised by its first bytes, which no JSON
     * text starts with. */
    if (camtg_image_is(json, len))
        return camtg_image_copy(out, json, len, err);
    if (len == 0) {
        camtg_error_set(err, CAMTG_ESYNTAX, "", "the input is empty; expected a JSON object");
        return at_position(err, CAMTG_ESYNTAX, 1, 1, 0);
    }

    const char *nul = memchr(json, '\0', len);
    if (nul != NULL)
        return nul_byte_error(err, json, (size_t)(nul - json));
    /* A byte-order mark is not JSON, and printed it is invisible: say what
     * it is rather than quote it. */
    if (len >= 3 && memcmp(json, "\xEF\xBB\xBF", 3) == 0) {
        camtg_error_set(err, CAMTG_ESYNTAX, "",
                        "invalid JSON: the input starts with a UTF-8 byte-order mark (bytes EF "
                        "BB BF), which JSON text must not have; save the file without it");
        return at_position(err, CAMTG_ESYNTAX, 1, 1, 0);
    }

    /* Read record by record when the scanner can delimit the document, so
     * that no tree of it all exists; otherwise parse it whole, which also
     * words any syntax error exactly as Jansson does. Input that is not
     * UTF-8 is parsed whole at once, for Jansson to say where. */
    camtg_scan scan;
    camtg_stream stream;
    memset(&stream, 0, sizeof stream);
    json_t *root = NULL;
    json_error_t jerr;
    memset(&scan, 0, sizeof scan);
    int streamed = camtg_utf8_is_valid(json, len) ? camtg_scan_document(json, len, &scan) : 1;
    if (streamed == 0) {
        /* Only the sections the file's version reads are left for the
         * loader; the others (followups in version 1) are parsed with the
         * top level, so that a syntax error there is reported too. */
        const char *section_keys[CAMTG_RECORD_KIND_COUNT + 1];
        camtg_section_keys(scanned_version(json, &scan), section_keys);
        streamed = camtg_stream_init(&stream, in, &scan, section_keys, &root);
    }
    if (streamed > 0) {
        json_decref(root);
        root = json_loadb(json, len, JSON_REJECT_DUPLICATES, &jerr);
        if (root == NULL) {
            camtg_scan_release(&scan);
            return syntax_error(err, &jerr);
        }
    }

    camtg_draft *db = calloc(1, sizeof *db);
    camtg_loader ld;
    int rc;
    if (db == NULL || streamed < 0) {
        rc = camtg_error_set(err, CAMTG_ENOMEM, "", "out of memory while loading");
    } else {
        if (camtg_draft_init(db) != 0 || camtg_loader_init(&ld, db, err) != 0) {
            rc = camtg_error_set(err, CAMTG_ENOMEM, "", "out of memory while loading");
        } else {
            ld.stream = streamed == 0 ? &stream : NULL;
            rc = load_document(&ld, root);
            camtg_loader_release(&ld);
        }
    }
    camtg_stream_release(&stream);
    json_decref(root);
    camtg_scan_release(&scan);
    /* A record read one at a time failed: a syntax error anywhere in the
     * document still comes first, as when it is parsed whole. */
    if (rc < 0 && rc != CAMTG_ENOMEM && streamed == 0) {
        json_t *whole = json_loadb(json, len, JSON_REJECT_DUPLICATES, &jerr);
        if (whole == NULL)
            rc = syntax_error(err, &jerr);
        json_decref(whole);
    }
    if (rc == 0)
        rc = camtg_image_build(db, out, err);
    if (db != NULL)
        camtg_draft_release(db);
    free(db);
    return rc < 0 ? rc : CAMTG_OK;
}

int camtg_open_buffer(camtg_db **out, const char *json, size_t len, camtg_error *err)
{
    camtg_error_clear(err);
    if (out == NULL)
        return camtg_error_set(err, CAMTG_EINVAL, "", "camtg_open_buffer: out must not be NULL");
    *out = NULL;
    if (json == NULL && len != 0)
        return camtg_error_set(err, CAMTG_EINVAL, "",
                               "camtg_open_buffer: json is NULL but len is %zu", len);
    const camtg_input in = {json, len, 0, NULL};
    return open_input(out, &in, err);
}

/* A regular file that starts with the snapshot magic is mapped, neither
 * read nor copied, and may be larger than the JSON input limit. Returns 1
 * when path is not such a file (or cannot be opened: the JSON path then
 * reports why), else the result of opening the snapshot. */
static int open_snapshot_file(camtg_db **out, const char *path, camtg_error *err)
{
    /* Only a regular file is opened here: opening a FIFO would take the
     * writer's data from the reader that follows. O_NONBLOCK in case the
     * path is swapped for one in between. */
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
        return 1;
    int fd = open(path, O_RDONLY | O_NONBLOCK);
    if (fd < 0)
        return 1;
    unsigned char magic[CAMTG_IMAGE_MAGIC_BYTES];
    int rc = 1;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
        pread(fd, magic, sizeof magic, 0) == (ssize_t)sizeof magic &&
        camtg_image_is(magic, sizeof magic)) {
        if ((unsigned long long)st.st_size >= CAMTG_IMAGE_MAX_BYTES)
            rc = camtg_error_set(err, CAMTG_ELIMIT, "",
                                 "\"%s\" is larger than the largest snapshot (%llu bytes)", path,
                                 (unsigned long long)CAMTG_IMAGE_MAX_BYTES);
        else
            rc = camtg_image_map_fd(out, fd, (size_t)st.st_size, err);
    }
    close(fd);
    return rc;
}

int camtg_open_file(camtg_db **out, const char *path, camtg_error *err)
{
    camtg_error_clear(err);
    if (out == NULL)
        return camtg_error_set(err, CAMTG_EINVAL, "", "camtg_open_file: out must not be NULL");
    *out = NULL;
    if (path == NULL)
        return camtg_error_set(err, CAMTG_EINVAL, "", "camtg_open_file: path must not be NULL");
    int rc = open_snapshot_file(out, path, err);
    if (rc <= 0)
        return rc;
    camtg_input in;
    TRY(camtg_input_open(&in, path, err));
    rc = open_input(out, &in, err);
    camtg_input_close(&in);
    return rc;
}

extern const unsigned char camtg_default_dataset_[];
extern const size_t camtg_default_dataset_size;

int camtg_open_default(camtg_db **out, camtg_error *err)
{
    if (out == NULL) {
        camtg_error_clear(err);
        return camtg_error_set(err, CAMTG_EINVAL, "", "camtg_open_default: out must not be NULL");
    }
    return camtg_open_buffer(out, (const char *)camtg_default_dataset_,
                             camtg_default_dataset_size, err);
}
