/* SPDX-License-Identifier: MIT */
/* Field readers: one member of a JSON object, checked for its type and
 * form, with references resolved to the records they name. */
#include "loader.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"

/* Looks up obj[key] with the path extended to it. Returns 1 when present,
 * 0 when absent and optional, or a negative code when absent and required.
 * The caller restores the path with *saved. */
static int field_enter(camtg_loader *ld, const json_t *obj, const char *key, int required,
                       const json_t **value, size_t *saved)
{
    *saved = camtg_loader_push_key(ld, key);
    *value = json_object_get(obj, key);
    if (*value != NULL)
        return 1;
    if (required)
        return camtg_loader_fail(ld, CAMTG_ESCHEMA, "missing required key \"%s\"", key);
    return 0;
}

static int expect_string(camtg_loader *ld, const json_t *value, const char *what,
                         const char **out)
{
    if (!json_is_string(value))
        return camtg_loader_fail(ld, CAMTG_ESCHEMA, "%s must be a string, not %s", what,
                                 camtg_json_type_name(value));
    size_t len = json_string_length(value);
    if (len == 0)
        return camtg_loader_fail(ld, CAMTG_ESCHEMA, "%s must not be empty", what);
    *out = camtg_loader_intern(ld, json_string_value(value), len);
    return *out != NULL ? 0 : camtg_loader_oom(ld);
}

int camtg_field_string(camtg_loader *ld, const json_t *obj, const char *key, int required,
                       const char **out)
{
    const json_t *value;
    size_t saved;
    *out = NULL;
    int rc = field_enter(ld, obj, key, required, &value, &saved);
    if (rc > 0)
        rc = expect_string(ld, value, key, out);
    if (rc >= 0)
        camtg_loader_pop(ld, saved);
    return rc < 0 ? rc : 0;
}

int camtg_field_checked(camtg_loader *ld, const json_t *obj, const char *key, int required,
                        int (*is_valid)(const char *), const char *expected, const char **out)
{
    int rc = camtg_field_string(ld, obj, key, required, out);
    if (rc < 0 || *out == NULL || is_valid(*out))
        return rc;
    camtg_loader_push_key(ld, key);
    return camtg_loader_fail(ld, CAMTG_ESCHEMA, "%s \"%.60s\" is not %s", key, *out, expected);
}

int camtg_field_date(camtg_loader *ld, const json_t *obj, const char *key, int required,
                     const char **out)
{
    int rc = camtg_field_string(ld, obj, key, required, out);
    if (rc < 0 || *out == NULL || camtg_date_is_valid(*out))
        return rc;
    camtg_loader_push_key(ld, key);
    return camtg_loader_fail(ld, CAMTG_ESCHEMA,
                             "\"%s\" is \"%.40s\", not a calendar date written YYYY-MM-DD", key,
                             *out);
}

int camtg_field_array(camtg_loader *ld, const json_t *obj, const char *key, int required,
                      const json_t **out)
{
    const json_t *value;
    size_t saved;
    *out = NULL;
    int rc = field_enter(ld, obj, key, required, &value, &saved);
    if (rc == 0)
        camtg_loader_pop(ld, saved);
    if (rc <= 0)
        return rc;
    if (!json_is_array(value))
        return camtg_loader_fail(ld, CAMTG_ESCHEMA, "\"%s\" must be an array, not %s", key,
                                 camtg_json_type_name(value));
    camtg_loader_pop(ld, saved);
    *out = value;
    return 0;
}

int camtg_field_items(camtg_loader *ld, const json_t *obj, const char *key, int required,
                      const char *if_empty, size_t size, camtg_item_reader read, void *ctx,
                      void **out, size_t *count)
{
    const json_t *array;
    *out = NULL;
    *count = 0;
    int rc = camtg_field_array(ld, obj, key, required, &array);
    if (rc < 0 || array == NULL)
        return rc;
    size_t n = json_array_size(array);
    size_t saved = camtg_loader_push_key(ld, key);
    if (n == 0 && if_empty != NULL)
        return camtg_loader_fail(ld, CAMTG_ESCHEMA, "%s", if_empty);
    unsigned char *items = camtg_arena_array(&ld->db->arena, n, size);
    if (items == NULL)
        return camtg_loader_oom(ld);
    for (size_t i = 0; i < n; i++) {
        size_t at = camtg_loader_push_index(ld, i);
        TRY(read(ld, json_array_get(array, i), items + i * size, i, ctx));
        camtg_loader_pop(ld, at);
    }
    camtg_loader_pop(ld, saved);
    *out = items;
    *count = n;
    return 0;
}

/* ctx: how messages name an item ("each item of \"aliases\""). */
static int read_string_item(camtg_loader *ld, const json_t *item, void *element, size_t index,
                            void *ctx)
{
    (void)index;
    return expect_string(ld, item, ctx, element);
}

int camtg_field_string_list(camtg_loader *ld, const json_t *obj, const char *key,
                            int required, const char *const **out, size_t *count)
{
    char what[64];
    snprintf(what, sizeof what, "each item of \"%s\"", key);
    void *items;
    int rc = camtg_field_items(ld, obj, key, required, NULL, sizeof **out, read_string_item, what,
                               &items, count);
    *out = items;
    return rc;
}

static const char *indefinite_article(const char *word)
{
    return strchr("aeiou", word[0]) != NULL ? "an" : "a";
}

/* Resolves the id string at the current path to a record of the wanted kind. */
static int resolve(camtg_loader *ld, const json_t *value, const char *what,
                   camtg_record_kind kind, const camtg_draft_record **out)
{
    const char *id;
    TRY(expect_string(ld, value, what, &id));
    const char *want = camtg_record_kind_name(kind);
    const camtg_draft_record *rec = camtg_hash_find(&ld->db->ids, id);
    if (rec == NULL)
        return camtg_loader_fail(ld, CAMTG_EREFERENCE,
                                 "%s \"%.60s\" is not defined (expected %s %s id)", what, id,
                                 indefinite_article(want), want);
    if (rec->kind != kind) {
        const char *got = camtg_record_kind_name(rec->kind);
        return camtg_loader_fail(ld, CAMTG_EREFERENCE, "%s \"%.60s\" is %s %s, not %s %s", what,
                                 id, indefinite_article(got), got, indefinite_article(want), want);
    }
    *out = rec;
    return 0;
}

static int check_entity_type(camtg_loader *ld, const camtg_draft_entity *e, const char *what,
                             unsigned type_mask)
{
    if (type_mask == CAMTG_ANY_ENTITY || (type_mask & CAMTG_BIT(e->type)) != 0)
        return 0;
    char allowed[128] = "";
    size_t used = 0;
    for (int t = 0; t < CAMTG_ENTITY_TYPE_COUNT; t++) {
        if ((type_mask & CAMTG_BIT(t)) == 0)
            continue;
        int n = snprintf(allowed + used, sizeof allowed - used, "%s%s", used ? " or " : "",
                         camtg_entity_type_to_string((camtg_entity_type)t));
        if (n < 0 || (size_t)n >= sizeof allowed - used)
            break;
        used += (size_t)n;
    }
    const char *actual = camtg_entity_type_to_string(e->type);
    return camtg_loader_fail(ld, CAMTG_EREFERENCE, "%s \"%.60s\" is %s %s, not %s %s", what,
                             e->rec.id, indefinite_article(actual), actual,
                             indefinite_article(allowed), allowed);
}

int camtg_field_entity(camtg_loader *ld, const json_t *obj, const char *key, int required,
                       unsigned type_mask, const camtg_draft_entity **out)
{
    const json_t *value;
    size_t saved;
    const camtg_draft_record *rec;
    *out = NULL;
    int rc = field_enter(ld, obj, key, required, &value, &saved);
    if (rc == 0)
        camtg_loader_pop(ld, saved);
    if (rc <= 0)
        return rc;
    TRY(resolve(ld, value, key, CAMTG_RECORD_ENTITY, &rec));
    TRY(check_entity_type(ld, (const camtg_draft_entity *)rec, key, type_mask));
    camtg_loader_pop(ld, saved);
    *out = (const camtg_draft_entity *)rec;
    return 0;
}

/* Lists up to this long are checked for repeats by a scan of the earlier
 * items; longer ones (a group's members) by sorting, so that a list of n
 * items costs n log n, not n squared. */
#define SHORT_LIST 16

typedef struct list_slot {
    uintptr_t item;
    size_t at;
} list_slot;

static int compare_slots(const void *a, const void *b)
{
    const list_slot *x = a, *y = b;
    if (x->item != y->item)
        return x->item < y->item ? -1 : 1;
    return x->at < y->at ? -1 : x->at > y->at;
}

/* The first position of items[0..n) that repeats an earlier item, n when
 * none does, or SIZE_MAX when out of memory. */
static size_t first_repeat(const camtg_draft_entity *const *items, size_t n)
{
    list_slot *slots = malloc(n * sizeof *slots);
    if (slots == NULL)
        return SIZE_MAX;
    for (size_t i = 0; i < n; i++)
        slots[i] = (list_slot){(uintptr_t)items[i], i};
    qsort(slots, n, sizeof *slots, compare_slots);
    size_t first = n;
    for (size_t i = 1; i < n; i++)
        if (slots[i].item == slots[i - 1].item &&
            (i < 2 || slots[i - 2].item != slots[i].item) && slots[i].at < first)
            first = slots[i].at;
    free(slots);
    return first;
}

/* Fails the load at the first repeat among items[0..n) of a long list, if
 * any: the error a scan in file order would have met first. list_len is
 * the length of the path naming the list. */
static int check_long_list(camtg_loader *ld, const char *key,
                           const camtg_draft_entity *const *items,
                           size_t n, size_t list_len)
{
    size_t r = first_repeat(items, n);
    if (r == SIZE_MAX)
        return camtg_loader_oom(ld);
    if (r == n)
        return 0;
    camtg_loader_pop(ld, list_len);
    camtg_loader_push_index(ld, r);
    return camtg_loader_fail(ld, CAMTG_ESCHEMA, "\"%s\" lists \"%.60s\" twice", key,
                             items[r]->rec.id);
}

int camtg_field_entity_list(camtg_loader *ld, const json_t *obj, const char *key,
                            int allow_empty, const camtg_draft_entity *const **out, size_t *count)
{
    const json_t *array;
    *out = NULL;
    *count = 0;
    TRY(camtg_field_array(ld, obj, key, 1, &array));
    size_t n = json_array_size(array);
    size_t saved = camtg_loader_push_key(ld, key);
    if (n == 0 && !allow_empty)
        return camtg_loader_fail(ld, CAMTG_ESCHEMA, "\"%s\" must list at least one entity", key);
    const camtg_draft_entity **items = camtg_arena_array(&ld->db->arena, n, sizeof *items);
    if (items == NULL)
        return camtg_loader_oom(ld);
    for (size_t i = 0; i < n; i++) {
        size_t at = camtg_loader_push_index(ld, i);
        const camtg_draft_record *rec;
        int rc = resolve(ld, json_array_get(array, i), key, CAMTG_RECORD_ENTITY, &rec);
        if (rc < 0) {
            /* A repeat earlier in a long list comes first. */
            if (n > SHORT_LIST)
                TRY(check_long_list(ld, key, items, i, at));
            return rc;
        }
        items[i] = (const camtg_draft_entity *)rec;
        for (size_t j = 0; n <= SHORT_LIST && j < i; j++)
            if (items[j] == items[i])
                return camtg_loader_fail(ld, CAMTG_ESCHEMA, "\"%s\" lists \"%.60s\" twice", key,
                                         items[i]->rec.id);
        camtg_loader_pop(ld, at);
    }
    if (n > SHORT_LIST)
        TRY(check_long_list(ld, key, items, n, ld->path_len));
    camtg_loader_pop(ld, saved);
    *out = items;
    *count = n;
    return 0;
}

static int field_record(camtg_loader *ld, const json_t *obj, const char *key,
                        camtg_record_kind kind, const camtg_draft_record **out)
{
    const json_t *value;
    size_t saved;
    *out = NULL;
    TRY(field_enter(ld, obj, key, 1, &value, &saved));
    TRY(resolve(ld, value, key, kind, out));
    camtg_loader_pop(ld, saved);
    return 0;
}

int camtg_field_source(camtg_loader *ld, const json_t *obj, const char *key,
                       const camtg_draft_source **out)
{
    const camtg_draft_record *rec;
    int rc = field_record(ld, obj, key, CAMTG_RECORD_SOURCE, &rec);
    *out = (const camtg_draft_source *)rec;
    return rc;
}

int camtg_field_meeting(camtg_loader *ld, const json_t *obj, const char *key,
                        const camtg_draft_meeting **out)
{
    const camtg_draft_record *rec;
    int rc = field_record(ld, obj, key, CAMTG_RECORD_MEETING, &rec);
    *out = (const camtg_draft_meeting *)rec;
    return rc;
}

int camtg_field_commitment(camtg_loader *ld, const json_t *obj, const char *key,
                           const camtg_draft_commitment **out)
{
    const camtg_draft_record *rec;
    int rc = field_record(ld, obj, key, CAMTG_RECORD_COMMITMENT, &rec);
    *out = (const camtg_draft_commitment *)rec;
    return rc;
}

int camtg_field_offset(camtg_loader *ld, const json_t *obj, const char *key, size_t *out)
{
    const json_t *value;
    size_t saved;
    TRY(field_enter(ld, obj, key, 1, &value, &saved));
    if (!json_is_integer(value))
        return camtg_loader_fail(ld, CAMTG_ESCHEMA, "\"%s\" must be an integer, not %s", key,
                                 camtg_json_type_name(value));
    json_int_t v = json_integer_value(value);
    if (v < 0)
        return camtg_loader_fail(ld, CAMTG_EEVIDENCE, "\"%s\" is %" JSON_INTEGER_FORMAT
                                 ", but offsets cannot be negative", key, v);
    if ((unsigned long long)v > (unsigned long long)(SIZE_MAX / 2))
        return camtg_loader_fail(ld, CAMTG_EEVIDENCE, "\"%s\" is %" JSON_INTEGER_FORMAT
                                 ", beyond any text", key, v);
    camtg_loader_pop(ld, saved);
    *out = (size_t)v;
    return 0;
}

int camtg_value_vocab(camtg_loader *ld, const json_t *value, const char *what,
                      const camtg_spellings *vocab, int *out)
{
    const char *s;
    TRY(expect_string(ld, value, what, &s));
    *out = camtg_spellings_find(vocab, s);
    if (*out >= 0)
        return 0;
    char choices[CAMTG_ERROR_MESSAGE_LENGTH] = "";
    size_t used = 0;
    for (int i = vocab->first; i < vocab->first + vocab->count; i++) {
        int n = snprintf(choices + used, sizeof choices - used, "%s%s",
                         i > vocab->first ? ", " : "", vocab->names[i]);
        if (n < 0 || (size_t)n >= sizeof choices - used)
            break;
        used += (size_t)n;
    }
    return camtg_loader_fail(ld, CAMTG_EVOCAB, "unknown %s \"%.40s\" (expected one of: %s)", what,
                             s, choices);
}

int camtg_field_vocab(camtg_loader *ld, const json_t *obj, const char *key, const char *what,
                      const camtg_spellings *vocab, int *out)
{
    const json_t *value;
    size_t saved;
    TRY(field_enter(ld, obj, key, 1, &value, &saved));
    TRY(camtg_value_vocab(ld, value, what, vocab, out));
    camtg_loader_pop(ld, saved);
    return 0;
}
