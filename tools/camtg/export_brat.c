/* SPDX-License-Identifier: MIT */
/* export --format brat -o DIR: brat's standoff format, one NAME.txt (the
 * source text, byte for byte) and one NAME.ann per source, NAME being the
 * source id. docs/annotation-formats.md describes the lines.
 *
 * brat reads NAME.txt as UTF-8 with universal newlines and counts offsets
 * in the characters of the string it gets: "\r\n" is one character there,
 * every other code point is one. Offsets here are converted to that count.
 * A line of NAME.ann ends at any line break Python's readline() knows, so
 * a span is cut into fragments ("0 5;6 9") around line-breaking characters
 * and its text field is the fragments joined by one space, as brat writes
 * discontinuous spans itself. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "annot.h"
#include "exporters.h"
#include "file_out.h"

/* Line breaks for Python's str.splitlines(), which reads .ann lines. */
static int brat_breaks_line(unsigned long cp)
{
    return cp == 0x0A || cp == 0x0B || cp == 0x0C || cp == 0x0D || (cp >= 0x1C && cp <= 0x1E) ||
           cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

typedef struct brat_doc {
    cli_annot_text text;
    size_t *offset;   /* code point index -> brat's offset; nchars + 1 */
    cli_buf *ann;
    unsigned t, e, a, n, note;
} brat_doc;

static int brat_doc_init(brat_doc *d, const char *text, size_t len, cli_buf *ann)
{
    memset(d, 0, sizeof *d);
    d->ann = ann;
    if (cli_annot_text_init(&d->text, text, len) != 0)
        return -1;
    d->offset = malloc((d->text.nchars + 1) * sizeof *d->offset);
    if (!d->offset)
        return -1;
    size_t at = 0;
    for (size_t i = 0; i <= d->text.nchars; i++) {
        d->offset[i] = at;
        /* "\r\n" reads as one "\n": the "\r" takes no room. */
        int crlf = i + 1 < d->text.nchars && cli_annot_char(&d->text, i) == 0x0D &&
                   cli_annot_char(&d->text, i + 1) == 0x0A;
        if (!crlf)
            at++;
    }
    return 0;
}

static void brat_doc_free(brat_doc *d)
{
    cli_annot_text_free(&d->text);
    free(d->offset);
}

/* Appends free text for the end of a line: tabs and line breaks become
 * spaces so that the line stays one line. */
static void brat_tail(cli_buf *out, const char *s)
{
    cli_annot_text t;
    if (cli_annot_text_init(&t, s, strlen(s)) != 0) {
        out->failed = 1;
        return;
    }
    for (size_t i = 0; i < t.nchars; i++) {
        unsigned long cp = cli_annot_char(&t, i);
        if (cp == 0x09 || brat_breaks_line(cp))
            cli_buf_addc(out, ' ');
        else
            cli_buf_addn(out, s + t.byte[i], t.byte[i + 1] - t.byte[i]);
    }
    cli_annot_text_free(&t);
}

/* Writes "T<n>\tTYPE FRAGMENTS\tTEXT" for code points [start, end);
 * returns n, or 0 when the span holds nothing but line breaks. */
static unsigned brat_textbound(brat_doc *d, const char *type, long start, long end)
{
    size_t s = (size_t)start, e = (size_t)end;
    if (start < 0 || end < start || e > d->text.nchars)
        return 0;
    cli_buf frags, text;
    cli_buf_init(&frags);
    cli_buf_init(&text);
    size_t i = s;
    while (i < e) {
        while (i < e && brat_breaks_line(cli_annot_char(&d->text, i)))
            i++;
        size_t j = i;
        while (j < e && !brat_breaks_line(cli_annot_char(&d->text, j)))
            j++;
        if (j > i) {
            cli_buf_addf(&frags, "%s%zu %zu", frags.len ? ";" : "", d->offset[i], d->offset[j]);
            if (text.len)
                cli_buf_addc(&text, ' ');
            cli_buf_addn(&text, d->text.text + d->text.byte[i], d->text.byte[j] - d->text.byte[i]);
        }
        i = j;
    }
    unsigned id = 0;
    if (frags.len) {
        id = ++d->t;
        cli_buf_addf(d->ann, "T%u\t%s %s\t", id, type, cli_buf_str(&frags));
        cli_buf_addn(d->ann, text.data, text.len);
        cli_buf_addc(d->ann, '\n');
    }
    if (frags.failed || text.failed)
        d->ann->failed = 1;
    cli_buf_free(&frags);
    cli_buf_free(&text);
    return id;
}

/* brat's type names: the vocabulary word with a capital first letter. */
static void brat_type(char *buf, size_t size, const char *word)
{
    snprintf(buf, size, "%s", word ? word : "Other");
    if (buf[0] >= 'a' && buf[0] <= 'z')
        buf[0] = (char)(buf[0] - 'a' + 'A');
}

/* The T id of the mention of @p entity nearest to [start, end) in this
 * source (one inside the span first), or 0 when it has none. */
static unsigned brat_nearest(json_t *mentions, const unsigned *tids, const char *source,
                             const char *entity, long start, long end)
{
    size_t i = cli_annot_nearest(mentions, source, entity, start, end, tids);
    return i == (size_t)-1 ? 0 : tids[i];
}

static const char *const brat_roles[] = {"actors", "targets", "objects"};
static const char *const brat_role_names[] = {"Actor", "Target", "Object"};

/* One commitment: its span, the event with its role arguments, its
 * attributes and a note that names every party by id. */
static void brat_commitment(brat_doc *d, json_t *c, json_t *mentions, const unsigned *tids,
                            const char *source)
{
    json_t *ev = json_object_get(c, "evidence");
    long start = cli_annot_int(ev, "start"), end = cli_annot_int(ev, "end");
    unsigned trigger = brat_textbound(d, "Commitment", start, end);
    if (!trigger)
        return;
    unsigned e = ++d->e;
    cli_buf_addf(d->ann, "E%u\tCommitment:T%u", e, trigger);
    for (size_t r = 0; r < 2; r++) {
        json_t *id;
        size_t i, n = 0;
        json_array_foreach(json_object_get(c, brat_roles[r]), i, id) {
            unsigned arg = brat_nearest(mentions, tids, source, json_string_value(id), start, end);
            if (!arg)
                continue;
            /* A role given twice is numbered from the second: Actor, Actor2. */
            if (n++ == 0)
                cli_buf_addf(d->ann, " %s:T%u", brat_role_names[r], arg);
            else
                cli_buf_addf(d->ann, " %s%zu:T%u", brat_role_names[r], n, arg);
        }
    }
    cli_buf_addc(d->ann, '\n');
    cli_buf_addf(d->ann, "A%u\tKind E%u %s\n", ++d->a, e, cli_annot_str(c, "kind"));
    cli_buf_addf(d->ann, "A%u\tPLOVER E%u %s\n", ++d->a, e, cli_annot_str(c, "type"));
    if (cli_annot_str(c, "cameo"))
        cli_buf_addf(d->ann, "A%u\tCAMEO E%u %s\n", ++d->a, e, cli_annot_str(c, "cameo"));
    json_t *s;
    size_t i;
    json_array_foreach(json_object_get(c, "sectors"), i, s)
        cli_buf_addf(d->ann, "A%u\tSector_%s E%u\n", ++d->a, json_string_value(s), e);
    /* The note keeps what brat's arguments cannot: parties with no mention
     * in this text, objects, the commitment's id and summary. */
    cli_buf_addf(d->ann, "#%u\tAnnotatorNotes E%u\tid: %s;", ++d->note, e, cli_annot_str(c, "id"));
    for (size_t r = 0; r < 3; r++) {
        json_t *id;
        size_t k;
        cli_buf_addf(d->ann, " %s:", brat_roles[r]);
        json_array_foreach(json_object_get(c, brat_roles[r]), k, id)
            cli_buf_addf(d->ann, " %s", json_string_value(id));
        cli_buf_addc(d->ann, ';');
    }
    cli_buf_add(d->ann, " summary: ");
    brat_tail(d->ann, cli_annot_str(c, "summary"));
    cli_buf_addc(d->ann, '\n');
}

/* The .ann of one source. */
static int brat_source(cli_buf *ann, json_t *source, json_t *doc, json_t *mentions,
                       json_t *entities)
{
    const char *sid = cli_annot_str(source, "id");
    json_t *text = json_object_get(source, "text");
    brat_doc d;
    memset(&d, 0, sizeof d);
    size_t nm = json_array_size(mentions);
    unsigned *tids = calloc(nm ? nm : 1, sizeof *tids);
    if (!tids || brat_doc_init(&d, json_string_value(text), json_string_length(text), ann) != 0) {
        free(tids);
        brat_doc_free(&d);
        return -1;
    }
    json_t *m;
    size_t i;
    char type[32];
    json_array_foreach(mentions, i, m) {
        if (strcmp(cli_annot_str(m, "source"), sid) != 0)
            continue;
        json_t *e = json_object_get(entities, cli_annot_str(m, "entity"));
        brat_type(type, sizeof type, cli_annot_str(e, "type"));
        tids[i] = brat_textbound(&d, type, cli_annot_int(m, "start"), cli_annot_int(m, "end"));
        if (!tids[i])
            continue;
        /* Normalisations tie the span to its entity: our id, Wikidata's. */
        cli_buf_addf(ann, "N%u\tReference T%u camtg:%s\t", ++d.n, tids[i],
                     cli_annot_str(m, "entity"));
        brat_tail(ann, cli_annot_str(e, "name"));
        cli_buf_addc(ann, '\n');
        if (cli_annot_str(e, "wikidata")) {
            cli_buf_addf(ann, "N%u\tReference T%u Wikidata:%s\t", ++d.n, tids[i],
                         cli_annot_str(e, "wikidata"));
            brat_tail(ann, cli_annot_str(e, "name"));
            cli_buf_addc(ann, '\n');
        }
    }
    json_t *c;
    json_array_foreach(json_object_get(doc, "commitments"), i, c)
        if (strcmp(cli_annot_str(json_object_get(c, "evidence"), "source"), sid) == 0)
            brat_commitment(&d, c, mentions, tids, sid);
    free(tids);
    brat_doc_free(&d);
    return ann->failed ? -1 : 0;
}

int cli_export_brat(cli_ctx *ctx, const camtg_db *db)
{
    (void)ctx;   /* export checked that -o DIR was given */
    if (cli_dir_ensure(cli_export_output) != 0)
        return -1;
    json_t *doc = cli_export_document(db);
    json_t *mentions = doc ? cli_annot_mentions(doc) : NULL;
    json_t *entities = doc ? cli_annot_index(doc, "entities") : NULL;
    int rc = doc && mentions && entities ? 0 : -1;
    if (rc)
        cli_error("out of memory");
    json_t *s;
    size_t i;
    json_array_foreach(json_object_get(doc, "sources"), i, s) {
        if (rc)
            break;
        const char *sid = cli_annot_str(s, "id");
        json_t *text = json_object_get(s, "text");
        cli_buf txt = {0}, ann = {0}, path = {0};
        cli_buf_addn(&txt, json_string_value(text), json_string_length(text));
        if (brat_source(&ann, s, doc, mentions, entities) != 0) {
            cli_error("out of memory");
            rc = -1;
        }
        cli_buf_addf(&path, "%s/%s.txt", cli_export_output, sid);
        if (!rc)
            rc = cli_file_write(cli_buf_str(&path), &txt);
        path.len = 0;
        cli_buf_addf(&path, "%s/%s.ann", cli_export_output, sid);
        if (!rc)
            rc = cli_file_write(cli_buf_str(&path), &ann);
        cli_buf_free(&txt);
        cli_buf_free(&ann);
        cli_buf_free(&path);
    }
    json_decref(entities);
    json_decref(mentions);
    json_decref(doc);
    return rc;
}
