/* SPDX-License-Identifier: MIT */
#include "annot.h"

#include <stdlib.h>
#include <string.h>

long cli_annot_int(json_t *obj, const char *key)
{
    json_t *v = json_object_get(obj, key);
    return json_is_integer(v) ? (long)json_integer_value(v) : -1;
}

const char *cli_annot_str(json_t *obj, const char *key)
{
    return json_string_value(json_object_get(obj, key));
}

json_t *cli_annot_index(json_t *doc, const char *list)
{
    json_t *index = json_object();
    json_t *rec;
    size_t i;
    json_array_foreach(json_object_get(doc, list), i, rec) {
        const char *id = cli_annot_str(rec, "id");
        if (index && id && json_object_set(index, id, rec) != 0) {
            json_decref(index);
            return NULL;
        }
    }
    return index;
}

/* Appends {entity, source, start, end, text} for mention @p m. */
static int annot_add_mention(json_t *out, const char *entity, json_t *m)
{
    json_t *o = json_pack("{s:s, s:O, s:O, s:O, s:O}", "entity", entity,
                          "source", json_object_get(m, "source"),
                          "start", json_object_get(m, "start"),
                          "end", json_object_get(m, "end"),
                          "text", json_object_get(m, "text"));
    return o ? json_array_append_new(out, o) : -1;
}

json_t *cli_annot_mentions(json_t *doc)
{
    json_t *out = json_array();
    json_t *m, *e;
    size_t i, k;
    json_array_foreach(json_object_get(doc, "mentions"), i, m) {
        const char *entity = cli_annot_str(m, "entity");
        if (out && entity && annot_add_mention(out, entity, m) != 0) {
            json_decref(out);
            return NULL;
        }
    }
    json_array_foreach(json_object_get(doc, "entities"), i, e) {
        const char *entity = cli_annot_str(e, "id");
        json_array_foreach(json_object_get(e, "mentions"), k, m) {
            if (out && entity && annot_add_mention(out, entity, m) != 0) {
                json_decref(out);
                return NULL;
            }
        }
    }
    return out;
}

int cli_annot_text_init(cli_annot_text *t, const char *text, size_t len)
{
    t->text = text;
    t->nchars = 0;
    t->byte = malloc((len + 1) * sizeof *t->byte);
    if (!t->byte)
        return -1;
    /* The loader accepted only valid UTF-8: a lead byte starts each code
     * point, continuation bytes (10xxxxxx) never do. */
    for (size_t b = 0; b < len; b++)
        if (((unsigned char)text[b] & 0xC0) != 0x80)
            t->byte[t->nchars++] = b;
    t->byte[t->nchars] = len;
    return 0;
}

void cli_annot_text_free(cli_annot_text *t)
{
    free(t->byte);
    t->byte = NULL;
}

void cli_annot_clamp(const cli_annot_text *t, long start, long end, size_t *s, size_t *e)
{
    *s = start < 0 ? 0 : (size_t)start > t->nchars ? t->nchars : (size_t)start;
    *e = end < 0 ? 0 : (size_t)end > t->nchars ? t->nchars : (size_t)end;
    if (*e < *s)
        *e = *s;
}

json_t *cli_annot_slice(const cli_annot_text *t, long start, long end)
{
    size_t s, e;
    cli_annot_clamp(t, start, end, &s, &e);
    return json_stringn(t->text + t->byte[s], t->byte[e] - t->byte[s]);
}

unsigned long cli_annot_char(const cli_annot_text *t, size_t i)
{
    const unsigned char *p = (const unsigned char *)t->text + t->byte[i];
    size_t n = t->byte[i + 1] - t->byte[i];
    unsigned long cp = n == 1 ? p[0] : n == 2 ? p[0] & 0x1Fu : n == 3 ? p[0] & 0x0Fu : p[0] & 0x07u;
    for (size_t k = 1; k < n; k++)
        cp = (cp << 6) | (p[k] & 0x3Fu);
    return cp;
}

size_t cli_annot_nearest(json_t *mentions, const char *source, const char *entity, long start,
                         long end, const unsigned *usable)
{
    size_t best = (size_t)-1;
    long best_gap = -1;
    json_t *m;
    size_t i;
    json_array_foreach(mentions, i, m) {
        if ((usable && !usable[i]) || strcmp(cli_annot_str(m, "source"), source) != 0 ||
            strcmp(cli_annot_str(m, "entity"), entity) != 0)
            continue;
        long ms = cli_annot_int(m, "start"), me = cli_annot_int(m, "end");
        long gap = me <= start ? start - me : ms >= end ? ms - end : 0;
        if (best_gap < 0 || gap < best_gap) {
            best_gap = gap;
            best = i;
        }
    }
    return best;
}
