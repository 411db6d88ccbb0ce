/* Plain-text layout for people: display widths, word wrapping and aligned
 * tables. A width of 0 means "do not wrap" (stdout is not a terminal), so
 * that piped output keeps one record per line for grep and cut. */
#ifndef CAMTG_CLI_TEXT_H
#define CAMTG_CLI_TEXT_H

#include <stddef.h>

#include "buf.h"

/** Columns that @p s occupies on a terminal: one per code point, none for
 *  UTF-8 continuation bytes and combining marks. */
size_t cli_text_width(const char *s);

/**
 * Appends @p text word-wrapped so that no line goes past column @p width,
 * given that the cursor already stands at column @p indent. Continuation
 * lines start with @p indent spaces. A word longer than the room is kept
 * whole. With @p width 0, or too little room, the text is appended as is.
 * No newline is added at the end.
 */
void cli_text_wrap(cli_buf *out, const char *text, size_t indent, size_t width);

/** A table of strings whose columns are aligned on output. */
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
/**
 * Appends the table: each line starts with @p indent spaces, columns are
 * separated by two spaces and the last column is wrapped to @p width
 * (0: no wrapping). Trailing blanks are never written.
 * @return 0, or -1 when an allocation failed.
 */
int cli_table_render(const cli_table *t, cli_buf *out, size_t indent, size_t width);
/** Frees the cells. */
void cli_table_free(cli_table *t);

#endif
