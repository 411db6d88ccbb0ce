/* SPDX-License-Identifier: MIT */
/* camtg html: one self-contained page that shows the article with every
 * commitment's evidence highlighted. The page carries the dataset as a JSON
 * island and an inline script draws it; nothing is fetched from anywhere. */
#ifndef CAMTG_CLI_HTML_H
#define CAMTG_CLI_HTML_H

#include <jansson.h>

#include "cli.h"

/** The page's style sheet and script, NUL-terminated (generated at build
 *  time from html_view.css and html_view.js). */
extern const unsigned char cli_html_css[];
extern const unsigned char cli_html_js[];
/** Base64 SHA-256 of cli_html_js, for the page's Content Security Policy. */
extern const char cli_html_js_sha256[];

/**
 * Appends @p json (serialised JSON text) so that it can stand inside a
 * `<script type="application/json">` element: `<`, `>` and `&` become
 * `\u003c`, `\u003e`, `\u0026`, and U+2028/U+2029 become `\u2028`/`\u2029`.
 * Those characters only ever occur inside JSON strings, where the escapes
 * mean the same characters, so JSON.parse() gives back the same value, and
 * no `</script>` or `<!--` from the data can end or bend the element.
 */
void cli_html_island(cli_buf *out, const char *json);

/**
 * Builds the view model: the dataset through the C API (records.c), cut
 * down to @p meeting when it is not NULL (its commitments, the sources they
 * quote, and any top-level list whose records name a commitment or source
 * that is left out), and the list of meetings to show.
 * @return a new reference, or NULL when memory ran out.
 */
json_t *cli_html_view(const camtg_db *db, const camtg_meeting *meeting);

/** Appends the whole page for @p view (a reference the call takes over;
 *  NULL reports out of memory). @return 0, or -1 (reported). */
int cli_html_page(cli_buf *out, json_t *view);

#endif
