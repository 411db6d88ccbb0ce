/* SPDX-License-Identifier: MIT */
#include "listing.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "records.h"

void cli_json_add_line(cli_buf *out, const char *json)
{
    for (const char *p = json; *p; p++) {
        if ((unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
            ((unsigned char)p[2] == 0xA8 || (unsigned char)p[2] == 0xA9)) {
            cli_buf_add(out, (unsigned char)p[2] == 0xA8 ? "\\u2028" : "\\u2029");
            p += 2;
        } else {
            cli_buf_addc(out, *p);
        }
    }
}

int cli_json_write(cli_buf *out, json_t *value, size_t level)
{
    if (!value) {
        cli_error("cannot build the JSON output (out of memory)");
        return -1;
    }
    char *text = json_dumps(value, CLI_JSON_PRETTY);
    json_decref(value);
    if (!text) {
        cli_error("cannot serialise the JSON output (out of memory)");
        return -1;
    }
    /* JSON strings hold no raw line breaks: every '\n' is layout, and the
     * lines of a nested value are indented as deep as it stands. */
    cli_buf indent;
    cli_buf_init(&indent);
    cli_buf_addc(&indent, '\n');
    cli_buf_pad(&indent, 2 * level);
    cli_buf_add_replacing(out, text, '\n', cli_buf_str(&indent));
    cli_buf_free(&indent);
    free(text);
    return 0;
}

static void listing_header(cli_listing *l)
{
    int first = 1;
    for (int t = 0; t < 2; t++)
        for (const cli_csv_column *c = l->columns[t]; c && c->name; c++) {
            cli_csv_field(l->ctx->out, c->name, 0, first, CLI_CSV_KEEP);
            first = 0;
        }
    cli_csv_end_row(l->ctx->out);
}

void cli_listing_begin_as(cli_listing *l, cli_ctx *ctx, cli_format format,
                          const cli_csv_column *columns, const cli_csv_column *more)
{
    memset(l, 0, sizeof *l);
    l->ctx = ctx;
    l->columns[0] = columns;
    l->columns[1] = more;
    l->format = format;
    if (format == CLI_FORMAT_CSV)
        listing_header(l);
}

void cli_listing_begin(cli_listing *l, cli_ctx *ctx, const cli_csv_column *columns,
                       const cli_csv_column *more)
{
    cli_listing_begin_as(l, ctx, ctx->format, columns, more);
}

void cli_listing_begin_nested(cli_listing *l, cli_ctx *ctx, size_t level)
{
    memset(l, 0, sizeof *l);
    l->ctx = ctx;
    l->format = CLI_FORMAT_JSON;
    l->level = level;
}

/* The value at @p pointer (object keys only, as the records have). */
static json_t *listing_at(json_t *record, const char *pointer)
{
    json_t *v = record;
    char key[64];
    while (v && *pointer == '/') {
        pointer++;
        size_t n = strcspn(pointer, "/");
        if (n >= sizeof key)
            return NULL;
        memcpy(key, pointer, n);
        key[n] = '\0';
        v = json_object_get(v, key);
        pointer += n;
    }
    return v;
}

/* The text of a CSV cell; sets *numeric for numbers. */
static void listing_cell(cli_buf *cell, json_t *v, int *numeric)
{
    *numeric = 0;
    cell->len = 0;
    cli_buf_add(cell, "");
    if (json_is_string(v)) {
        cli_buf_addn(cell, json_string_value(v), json_string_length(v));
    } else if (json_is_integer(v)) {
        cli_buf_addf(cell, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
        *numeric = 1;
    } else if (json_is_real(v)) {
        /* The shortest text that reads back as the same number. */
        double d = json_real_value(v);
        char text[32];
        for (int precision = 15; precision <= 17; precision++) {
            snprintf(text, sizeof text, "%.*g", precision, d);
            if (strtod(text, NULL) == d)
                break;
        }
        cli_buf_add(cell, text);
        *numeric = 1;
    } else if (json_is_boolean(v)) {
        cli_buf_add(cell, json_is_true(v) ? "true" : "false");
    } else if (json_is_array(v)) {
        size_t i;
        json_t *item;
        json_array_foreach(v, i, item) {
            if (i)
                cli_buf_addc(cell, ';');
            if (json_is_string(item))
                cli_buf_add(cell, json_string_value(item));
        }
    }
}

static int listing_csv_row(cli_listing *l, json_t *record)
{
    cli_buf cell;
    cli_buf_init(&cell);
    int first = 1, rc = 0;
    for (int t = 0; rc == 0 && t < 2; t++)
        for (const cli_csv_column *c = l->columns[t]; rc == 0 && c && c->name; c++) {
            int numeric;
            listing_cell(&cell, listing_at(record, c->pointer), &numeric);
            if (cli_csv_field(l->ctx->out, cli_buf_str(&cell), numeric, first,
                              l->ctx->csv_policy) < 0) {
                json_t *id = json_object_get(record, "id");
                cli_error("%s: the %s field starts with '%c', which spreadsheets run as a "
                          "formula (--csv-formulas escape or keep writes it)",
                          json_is_string(id) ? json_string_value(id) : "a record", c->name,
                          cli_buf_str(&cell)[0]);
                rc = -1;
            }
            first = 0;
        }
    if (cell.failed) {
        cli_error("out of memory");
        rc = -1;
    }
    cli_buf_free(&cell);
    if (rc == 0)
        cli_csv_end_row(l->ctx->out);
    return rc;
}

int cli_listing_add(cli_listing *l, json_t *record)
{
    if (l->failed) {
        json_decref(record);
        return -1;
    }
    cli_buf *out = l->ctx->out;
    int rc = 0;
    switch (l->format) {
    case CLI_FORMAT_CSV:
        rc = record ? listing_csv_row(l, record) : -1;
        if (!record)
            cli_error("out of memory");
        json_decref(record);
        break;
    case CLI_FORMAT_JSONL: {
        char *line = record ? json_dumps(record, CLI_JSON_LINE) : NULL;
        json_decref(record);
        if (!line) {
            cli_error("cannot build the JSON output (out of memory)");
            rc = -1;
            break;
        }
        cli_json_add_line(out, line);
        cli_buf_addc(out, '\n');
        free(line);
        break;
    }
    default:
        cli_buf_add(out, l->count ? ",\n" : "[\n");
        cli_buf_pad(out, 2 * (l->level + 1));
        rc = cli_json_write(out, record, l->level + 1);
        break;
    }
    if (rc < 0)
        l->failed = 1;
    else
        l->count++;
    return rc;
}

int cli_listing_end(cli_listing *l)
{
    if (l->failed)
        return CLI_EXIT_DATA;
    if (l->format == CLI_FORMAT_JSON) {
        if (l->count == 0) {
            cli_buf_add(l->ctx->out, "[]");
        } else {
            cli_buf_addc(l->ctx->out, '\n');
            cli_buf_pad(l->ctx->out, 2 * l->level);
            cli_buf_addc(l->ctx->out, ']');
        }
        if (l->level == 0)
            cli_buf_addc(l->ctx->out, '\n');
    }
    return CLI_EXIT_OK;
}
