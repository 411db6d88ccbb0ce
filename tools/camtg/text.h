/* SPDX-License-Identifier: MIT */
/* Plain-text layout for people: what may reach a terminal, display widths,
 * word wrapping and aligned columns. A width of 0 means "do not wrap"
 * (stdout is not a terminal), so that piped output keeps one record per
 * line for grep and cut. */
#ifndef CAMTG_CLI_TEXT_H
#define CAMTG_CLI_TEXT_H

#include <stddef.h>

#include "buf.h"

/**
 * Rewrites @p s[0..n) in place so that text for people cannot deceive or
 * drive a terminal: every control character (C0, but tab and line feed
 * when @p keep_layout,
 * DEL, C1), every format character (bidi embeddings, overrides and
 * isolates, zero-width spaces and joiners, the byte-order mark, tag
 * characters), the line and paragraph separators U+2028 and U+2029, and
 * any byte that is not valid UTF-8 become one '?'.
 * @return the new length (never more than @p n).
 */
size_t cli_text_defang(char *s, size_t n, int keep_layout);

/** Columns that @p s occupies on a terminal, from utf8proc's character
 *  widths: two for wide (CJK) characters, none for combining marks, one
 *  for each character cli_text_defang() turns into '?'. */
size_t cli_text_width(const char *s);

/**
 * Appends @p text word-wrapped so that no line goes past column @p width,
 * given that the cursor already stands at column @p indent. Continuation
 * lines start with @p indent spaces. A word longer than the room is kept
 * whole. With @p width 0, or too little room, the text is appended as is.
 * No newline is added at the end.
 */
void cli_text_wrap(cli_buf *out, const char *text, size_t indent, size_t width);

/** The widest a column is padded to; a wider cell runs past it. */
#define CLI_COLUMN_MAX 64

/** The most columns a table may have. */
#define CLI_COLUMNS_MAX 8

/**
 * Aligned columns without holding the rows: measure every row first, then
 * print every row (the data is still in the database, so a listing walks
 * it twice and memory does not grow with the output). Columns are
 * separated by two spaces; the last one is not padded and is wrapped to
 * the width; trailing blanks are never written.
 */
typedef struct cli_columns {
    size_t ncols;                       /**< Columns per row. */
    const char *const *header;          /**< Titles, or NULL for none. */
    size_t widths[CLI_COLUMNS_MAX];     /**< Widest cell of each column. */
    size_t indent;                      /**< Spaces before each line. */
    size_t width;                       /**< Terminal width; 0: no wrap. */
    int header_done;                    /**< The header line is written. */
} cli_columns;

/** Starts columns with the titles @p header (kept by reference) or NULL. */
void cli_columns_init(cli_columns *c, size_t ncols, const char *const *header,
                      size_t indent, size_t width);
/** Widens the columns to fit @p row (ncols strings; NULL reads as ""). */
void cli_columns_measure(cli_columns *c, const char *const *row);
/** Appends @p row, after the header line the first time. */
void cli_columns_print(cli_columns *c, cli_buf *out, const char *const *row);

/** A small table kept in memory (a record's labelled fields), for when
 *  walking the data twice would cost more than holding it. */
typedef struct cli_table {
    size_t ncols;     /**< Columns per row. */
    size_t nrows;     /**< Rows added so far (the header not counted). */
    size_t cap;       /**< Cells allocated. */
    char **cells;     /**< nrows * ncols copies, row-major. */
    const char *const *header; /**< Column titles, or NULL for no header row. */
    int failed;       /**< An allocation failed; rendering reports it. */
} cli_table;

/** Starts an empty table of @p ncols columns with the titles @p header
 *  (an array of @p ncols strings, kept by reference) or NULL. */
void cli_table_init(cli_table *t, size_t ncols, const char *const *header);
/** Adds a row of ncols strings (copied; NULL reads as ""). */
void cli_table_add(cli_table *t, const char *const *row);
/** Adds the row {label, value} when @p value is neither NULL nor empty. */
void cli_table_field(cli_table *t, const char *label, const char *value);
/**
 * Appends the table as cli_columns lays it out.
 * @return 0, or -1 when an allocation failed.
 */
int cli_table_render(const cli_table *t, cli_buf *out, size_t indent, size_t width);
/** Frees the cells and empties the table. */
void cli_table_free(cli_table *t);

#endif
