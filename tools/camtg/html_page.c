/* SPDX-License-Identifier: MIT */
/* The page of `camtg html`: a fixed skeleton, the style, the dataset as a
 * JSON island and the script that draws it. No text from the dataset is
 * written as markup here; the script puts it in with textContent. */
#include <stdlib.h>
#include <string.h>

#include "html.h"
#include "exporters.h"
#include "records.h"

void cli_html_island(cli_buf *out, const char *json)
{
    for (const char *p = json; *p; p++) {
        unsigned char ch = (unsigned char)*p;
        if (ch == '<') {
            cli_buf_add(out, "\\u003c");
        } else if (ch == '>') {
            cli_buf_add(out, "\\u003e");
        } else if (ch == '&') {
            cli_buf_add(out, "\\u0026");
        } else if (ch == 0xE2 && (unsigned char)p[1] == 0x80 &&
                   ((unsigned char)p[2] == 0xA8 || (unsigned char)p[2] == 0xA9)) {
            /* U+2028 and U+2029 (E2 80 A8/A9): line breaks to some
             * JavaScript parsers; escaped so the island reads anywhere. */
            cli_buf_add(out, (unsigned char)p[2] == 0xA8 ? "\\u2028" : "\\u2029");
            p += 2;
        } else {
            cli_buf_addc(out, (char)ch);
        }
    }
}

/* Whether @p id is among the string values of @p keep (an object used as
 * a set). */
static int kept(json_t *keep, json_t *id)
{
    return json_is_string(id) && json_object_get(keep, json_string_value(id)) != NULL;
}

/* Drops from a top-level list of @p dataset every record that names a
 * commitment or a source outside @p commitments / @p sources. Lists the
 * view does not know (mentions, follow-ups, later record kinds) are
 * filtered by the same two keys, so a new record kind needs no change. */
static int view_prune(json_t *dataset, json_t *commitments, json_t *sources)
{
    const char *key;
    json_t *list;
    json_object_foreach(dataset, key, list) {
        if (!json_is_array(list) || strcmp(key, "sources") == 0 ||
            strcmp(key, "entities") == 0 || strcmp(key, "meetings") == 0 ||
            strcmp(key, "commitments") == 0)
            continue;
        for (size_t i = json_array_size(list); i-- > 0;) {
            json_t *rec = json_array_get(list, i);
            json_t *c = json_object_get(rec, "commitment");
            json_t *s = json_object_get(rec, "source");
            if ((c && !kept(commitments, c)) || (s && !kept(sources, s)))
                if (json_array_remove(list, i) != 0)
                    return -1;
        }
    }
    return 0;
}

/* Whether record @p i of @p list belongs to the page of @p meeting (every
 * record does when it is NULL): its member @p key names the meeting. A
 * record that does not is removed from the list; @p ok turns 0 if that
 * fails. */
static int html_in_view(json_t *list, size_t i, const char *key, const camtg_meeting *meeting,
                        int *ok)
{
    const char *id = json_string_value(json_object_get(json_array_get(list, i), key));
    if (!meeting || strcmp(id, camtg_meeting_id(meeting)) == 0)
        return 1;
    *ok = json_array_remove(list, i) == 0;
    return 0;
}

json_t *cli_html_view(const camtg_db *db, const camtg_meeting *meeting)
{
    json_t *dataset = cli_export_document(db);
    json_t *view = json_object();
    json_t *shown = json_array();
    json_t *keep_c = json_object();
    json_t *keep_s = json_object();
    int ok = dataset && view && shown && keep_c && keep_s;
    json_t *meetings = json_object_get(dataset, "meetings");
    json_t *commitments = json_object_get(dataset, "commitments");
    json_t *sources = json_object_get(dataset, "sources");
    for (size_t i = json_array_size(meetings); ok && i-- > 0;) {
        if (!html_in_view(meetings, i, "id", meeting, &ok))
            continue;
        json_t *m = json_array_get(meetings, i);
        const char *id = json_string_value(json_object_get(m, "id"));
        ok = json_array_insert_new(shown, 0, json_string(id)) == 0 &&
             json_object_set(keep_s, json_string_value(json_object_get(m, "source")),
                             json_true()) == 0;
    }
    for (size_t i = json_array_size(commitments); ok && i-- > 0;) {
        if (!html_in_view(commitments, i, "meeting", meeting, &ok))
            continue;
        json_t *c = json_array_get(commitments, i);
        json_t *ev = json_object_get(c, "evidence");
        ok = json_object_set(keep_c, json_string_value(json_object_get(c, "id")),
                             json_true()) == 0 &&
             json_object_set(keep_s, json_string_value(json_object_get(ev, "source")),
                             json_true()) == 0;
    }
    for (size_t i = json_array_size(sources); ok && meeting && i-- > 0;)
        if (!kept(keep_s, json_object_get(json_array_get(sources, i), "id")))
            ok = json_array_remove(sources, i) == 0;
    if (ok && meeting)
        ok = view_prune(dataset, keep_c, keep_s) == 0;
    json_decref(keep_c);
    json_decref(keep_s);
    if (ok)
        ok = json_object_set_new(view, "camtg_view", json_integer(1)) == 0 &&
             json_object_set(view, "meetings", shown) == 0 &&
             json_object_set(view, "dataset", dataset) == 0;
    json_decref(shown);
    json_decref(dataset);
    if (!ok) {
        json_decref(view);
        return NULL;
    }
    return view;
}

static const char page_head[] =
    "<!DOCTYPE html>\n"
    "<html lang=\"en\">\n"
    "<head>\n"
    "<meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    "<meta name=\"referrer\" content=\"no-referrer\">\n";

/* The skeleton the script fills. Static text only. */
static const char page_body[] =
    "<body>\n"
    "<div class=\"layout\">\n"
    "<main>\n"
    "<h1>The article and its commitments</h1>\n"
    "<p class=\"help\">Hover over or tab to a highlight to see its coding; "
    "<kbd>j</kbd>/<kbd>k</kbd> step through the highlights, <kbd>Esc</kbd> "
    "closes the card.</p>\n"
    "<div id=\"article\"></div>\n"
    "</main>\n"
    "<aside>\n"
    "<div id=\"meeting\"></div>\n"
    "<h2>Commitments</h2>\n"
    "<div class=\"controls\">\n"
    "<label for=\"country\">Country</label>\n"
    "<select id=\"country\"></select>\n"
    "<label for=\"sector\">Sector</label>\n"
    "<select id=\"sector\"></select>\n"
    "<label for=\"on\">Status on</label>\n"
    "<input type=\"date\" id=\"on\">\n"
    "</div>\n"
    "<p id=\"count\" aria-live=\"polite\"></p>\n"
    "<ol id=\"commitments\"></ol>\n"
    "<h3>Legend</h3>\n"
    "<ul id=\"legend\"></ul>\n"
    "</aside>\n"
    "</div>\n"
    "<div id=\"card\" role=\"tooltip\" hidden></div>\n";

int cli_html_page(cli_buf *out, json_t *view)
{
    char *json = view ? json_dumps(view, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    json_decref(view);
    if (!json) {
        cli_error("cannot build the page (out of memory)");
        return -1;
    }
    cli_buf_add(out, page_head);
    /* Nothing may load: no fetch, image, font, frame or form target; the
     * one script allowed is ours, by its hash. */
    cli_buf_addf(out,
                 "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                 "style-src 'unsafe-inline'; script-src 'sha256-%s'; base-uri 'none'; "
                 "form-action 'none'\">\n",
                 cli_html_js_sha256);
    cli_buf_add(out, "<title>camtg</title>\n<style>\n");
    cli_buf_add(out, (const char *)cli_html_css);
    cli_buf_add(out, "</style>\n</head>\n");
    cli_buf_add(out, page_body);
    cli_buf_add(out, "<script type=\"application/json\" id=\"camtg-data\">");
    cli_html_island(out, json);
    free(json);
    cli_buf_add(out, "</script>\n<script>");
    cli_buf_add(out, (const char *)cli_html_js);
    cli_buf_add(out, "</script>\n</body>\n</html>\n");
    if (out->failed) {
        cli_error("cannot build the page (out of memory)");
        return -1;
    }
    return 0;
}
