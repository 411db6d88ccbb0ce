#include "text.h"

#include <stdlib.h>
#include <string.h>

/* Decodes the code point at @p s (valid UTF-8 assumed: the library rejects
 * anything else on load) and stores its length in bytes. */
static unsigned long text_decode(const unsigned char *s, size_t *len)
{
    if (s[0] < 0x80) {
        *len = 1;
        return s[0];
    }
    size_t n = (s[0] >= 0xF0) ? 4 : (s[0] >= 0xE0) ? 3 : 2;
    unsigned long cp = s[0] & (0x3Fu >> (n - 1));
    size_t i;
    for (i = 1; i < n && (s[i] & 0xC0) == 0x80; i++)
        cp = (cp << 6) | (s[i] & 0x3Fu);
    *len = i;
    return cp;
}

/* Combining marks take no column of their own. The common blocks are
 * enough for names and quotes in news text. */
static int text_is_combining(unsigned long cp)
{
    return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
           (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
           (cp >= 0xFE20 && cp <= 0xFE2F) || cp == 0x200B || cp == 0x200D;
}

static size_t text_width_n(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t cols = 0, i = 0;
    while (i < n && p[i]) {
        size_t len;
        unsigned long cp = text_decode(p + i, &len);
        if (!text_is_combining(cp))
            cols++;
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

/* Narrowest room worth wrapping the last column into. */
#define TABLE_MIN_ROOM 20

/* Appends one line of the table: cells padded to their column widths. */
static void table_line(cli_buf *out, const char *const *cells, size_t ncols,
                       const size_t *widths, size_t indent, size_t width)
{
    /* Empty trailing cells must not leave padding behind. */
    size_t last = ncols;
    while (last > 0 && cells[last - 1][0] == '\0')
        last--;
    cli_buf_pad(out, indent);
    size_t col = indent;
    for (size_t c = 0; c < last; c++) {
        if (c + 1 == last) {
            /* When the columns before leave too little room, the last cell
             * moves to lines of its own rather than run off the screen. */
            if (width && col + TABLE_MIN_ROOM > width &&
                col + cli_text_width(cells[c]) > width) {
                while (out->len && out->data[out->len - 1] == ' ')
                    out->data[--out->len] = '\0';
                cli_buf_addc(out, '\n');
                cli_buf_pad(out, indent + 4);
                col = indent + 4;
            }
            cli_text_wrap(out, cells[c], col, width);
            break;
        }
        cli_buf_add(out, cells[c]);
        size_t w = cli_text_width(cells[c]);
        cli_buf_pad(out, widths[c] - w + 2);
        col += widths[c] + 2;
    }
    cli_buf_addc(out, '\n');
}

int cli_table_render(const cli_table *t, cli_buf *out, size_t indent, size_t width)
{
    if (t->failed)
        return -1;
    size_t *widths = calloc(t->ncols ? t->ncols : 1, sizeof *widths);
    if (!widths)
        return -1;
    for (size_t c = 0; c < t->ncols; c++) {
        if (t->header)
            widths[c] = cli_text_width(t->header[c]);
        for (size_t r = 0; r < t->nrows; r++) {
            size_t w = cli_text_width(t->cells[r * t->ncols + c]);
            if (w > widths[c])
                widths[c] = w;
        }
    }
    if (t->header)
        table_line(out, t->header, t->ncols, widths, indent, width);
    for (size_t r = 0; r < t->nrows; r++)
        table_line(out, (const char *const *)(t->cells + r * t->ncols), t->ncols,
                   widths, indent, width);
    free(widths);
    return out->failed ? -1 : 0;
}

void cli_table_free(cli_table *t)
{
    for (size_t i = 0; i < t->nrows * t->ncols; i++)
        free(t->cells[i]);
    free(t->cells);
    cli_table_init(t, t->ncols, t->header);
}
