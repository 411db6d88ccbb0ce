/* SPDX-License-Identifier: MIT */
#include "text.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

/* Decodes the character at @p s (at most @p n bytes); *cp is -1 for a
 * byte that starts no valid UTF-8 sequence. @return its length. */
static size_t text_next(const char *s, size_t n, utf8proc_int32_t *cp)
{
    utf8proc_ssize_t len = utf8proc_iterate((const utf8proc_uint8_t *)s,
                                            (utf8proc_ssize_t)n, cp);
    if (len <= 0) {
        *cp = -1;
        return 1;
    }
    return (size_t)len;
}

/* Characters a terminal would act on rather than show, or that reorder or
 * hide the text around them. */
static int text_is_unsafe(utf8proc_int32_t cp, int keep_layout)
{
    if (cp < 0)
        return 1;
    if (keep_layout && (cp == '\n' || cp == '\t'))
        return 0;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
        return 1;
    default:
        return 0;
    }
}

size_t cli_text_defang(char *s, size_t n, int keep_layout)
{
    size_t r = 0, w = 0;
    while (r < n) {
        unsigned char c = (unsigned char)s[r];
        if (c >= 0x20 && c < 0x7F) {   /* printable ASCII: most of any text */
            s[w++] = s[r++];
            continue;
        }
        utf8proc_int32_t cp;
        size_t len = text_next(s + r, n - r, &cp);
        if (text_is_unsafe(cp, keep_layout)) {
            s[w++] = '?';
        } else {
            memmove(s + w, s + r, len);
            w += len;
        }
        r += len;
    }
    if (w < n)
        s[w] = '\0';
    return w;
}

static size_t text_width_n(const char *s, size_t n)
{
    size_t cols = 0, i = 0;
    while (i < n && s[i]) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7F) {
            cols++;
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        size_t len = text_next(s + i, n - i, &cp);
        if (text_is_unsafe(cp, 1))
            cols++;
        else
            cols += (size_t)utf8proc_charwidth(cp);
        i += len;
    }
    return cols;
}

size_t cli_text_width(const char *s)
{
    return s ? text_width_n(s, strlen(s)) : 0;
}

void cli_text_wrap(cli_buf *out, const char *text, size_t indent, size_t width)
{
    if (!text)
        return;
    /* Below ~20 columns wrapping makes text harder to read, not easier. */
    if (width == 0 || width < indent + 20) {
        cli_buf_add(out, text);
        return;
    }
    size_t room = width - indent, col = 0;
    const char *p = text;
    while (*p) {
        if (*p == '\n') {   /* keep the author's line breaks */
            cli_buf_addc(out, '\n');
            cli_buf_pad(out, indent);
            col = 0;
            p++;
            continue;
        }
        if (*p == ' ') {
            p++;
            continue;
        }
        size_t n = strcspn(p, " \n");
        size_t w = text_width_n(p, n);
        if (col > 0 && col + 1 + w > room) {
            cli_buf_addc(out, '\n');
            cli_buf_pad(out, indent);
            col = 0;
        } else if (col > 0) {
            cli_buf_addc(out, ' ');
            col++;
        }
        cli_buf_addn(out, p, n);
        col += w;
        p += n;
    }
}

void cli_columns_init(cli_columns *c, size_t ncols, const char *const *header,
                      size_t indent, size_t width)
{
    memset(c, 0, sizeof *c);
    c->ncols = ncols < CLI_COLUMNS_MAX ? ncols : CLI_COLUMNS_MAX;
    c->header = header;
    c->indent = indent;
    c->width = width;
    if (header)
        cli_columns_measure(c, header);
}

void cli_columns_measure(cli_columns *c, const char *const *row)
{
    /* The last column is never padded: no need to measure it. A cell
     * wider than CLI_COLUMN_MAX runs past its column instead of widening
     * it, so that one huge value does not pad every other line. */
    for (size_t k = 0; k + 1 < c->ncols; k++) {
        size_t w = cli_text_width(row[k]);
        if (w > c->widths[k])
            c->widths[k] = w < CLI_COLUMN_MAX ? w : CLI_COLUMN_MAX;
    }
}

/* Narrowest room worth wrapping the last column into. */
#define TABLE_MIN_ROOM 20

/* Appends one line: cells padded to their column widths. */
static void columns_line(const cli_columns *c, cli_buf *out, const char *const *row)
{
    /* Empty trailing cells must not leave padding behind. */
    size_t last = c->ncols;
    while (last > 0 && (!row[last - 1] || row[last - 1][0] == '\0'))
        last--;
    cli_buf_pad(out, c->indent);
    size_t col = c->indent;
    for (size_t k = 0; k < last; k++) {
        const char *cell = row[k] ? row[k] : "";
        if (k + 1 == last) {
            /* When the columns before leave too little room, the last cell
             * moves to lines of its own rather than run off the screen. */
            if (c->width && col + TABLE_MIN_ROOM > c->width &&
                col + cli_text_width(cell) > c->width) {
                while (out->len && out->data[out->len - 1] == ' ')
                    out->data[--out->len] = '\0';
                cli_buf_addc(out, '\n');
                cli_buf_pad(out, c->indent + 4);
                col = c->indent + 4;
            }
            cli_text_wrap(out, cell, col, c->width);
            break;
        }
        cli_buf_add(out, cell);
        size_t w = cli_text_width(cell);
        cli_buf_pad(out, w < c->widths[k] ? c->widths[k] - w + 2 : 2);
        col += (w > c->widths[k] ? w : c->widths[k]) + 2;
    }
    cli_buf_addc(out, '\n');
}

void cli_columns_print(cli_columns *c, cli_buf *out, const char *const *row)
{
    if (c->header && !c->header_done)
        columns_line(c, out, c->header);
    c->header_done = 1;
    columns_line(c, out, row);
}

void cli_table_init(cli_table *t, size_t ncols, const char *const *header)
{
    t->ncols = ncols;
    t->nrows = 0;
    t->cap = 0;
    t->cells = NULL;
    t->header = header;
    t->failed = 0;
}

static char *text_dup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *copy = malloc(n);
    if (copy)
        memcpy(copy, s, n);
    return copy;
}

void cli_table_add(cli_table *t, const char *const *row)
{
    if (t->failed)
        return;
    size_t need = (t->nrows + 1) * t->ncols;
    if (need > t->cap) {
        size_t cap = t->cap ? t->cap * 2 : t->ncols * 16;
        while (cap < need)
            cap *= 2;
        char **cells = realloc(t->cells, cap * sizeof *cells);
        if (!cells) {
            t->failed = 1;
            return;
        }
        t->cells = cells;
        t->cap = cap;
    }
    char **dst = t->cells + t->nrows * t->ncols;
    for (size_t c = 0; c < t->ncols; c++) {
        dst[c] = text_dup(row[c] ? row[c] : "");
        if (!dst[c]) {
            for (size_t k = 0; k < c; k++)
                free(dst[k]);
            t->failed = 1;
            return;
        }
    }
    t->nrows++;
}

void cli_table_field(cli_table *t, const char *label, const char *value)
{
    if (value && *value) {
        const char *row[2] = {label, value};
        cli_table_add(t, row);
    }
}

int cli_table_render(const cli_table *t, cli_buf *out, size_t indent, size_t width)
{
    if (t->failed)
        return -1;
    cli_columns c;
    cli_columns_init(&c, t->ncols, t->header, indent, width);
    for (size_t r = 0; r < t->nrows; r++)
        cli_columns_measure(&c, (const char *const *)(t->cells + r * t->ncols));
    for (size_t r = 0; r < t->nrows; r++)
        cli_columns_print(&c, out, (const char *const *)(t->cells + r * t->ncols));
    return out->failed ? -1 : 0;
}

void cli_table_free(cli_table *t)
{
    for (size_t i = 0; i < t->nrows * t->ncols; i++)
        free(t->cells[i]);
    free(t->cells);
    cli_table_init(t, t->ncols, t->header);
}
