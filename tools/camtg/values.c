/* SPDX-License-Identifier: MIT */
#include "values.h"

#include <string.h>

#include "suggest.h"

/* The library parses exact spellings; these adapt each typed helper to a
 * plain int (-1: not in the vocabulary). */
static int values_entity_type(const char *s)
{
    camtg_entity_type v;
    return camtg_entity_type_from_string(s, &v) == CAMTG_OK ? (int)v : -1;
}

static int values_kind(const char *s)
{
    camtg_kind v;
    return camtg_kind_from_string(s, &v) == CAMTG_OK ? (int)v : -1;
}

static int values_plover(const char *s)
{
    camtg_plover v;
    return camtg_plover_from_string(s, &v) == CAMTG_OK ? (int)v : -1;
}

static int values_sector(const char *s)
{
    camtg_sector v;
    return camtg_sector_from_string(s, &v) == CAMTG_OK ? (int)v : -1;
}

static const char *values_entity_type_name(int v)
{
    return camtg_entity_type_to_string((camtg_entity_type)v);
}

static const char *values_kind_name(int v)
{
    return camtg_kind_to_string((camtg_kind)v);
}

static const char *values_plover_name(int v)
{
    return camtg_plover_to_string((camtg_plover)v);
}

static const char *values_sector_name(int v)
{
    return camtg_sector_to_string((camtg_sector)v);
}

static const struct {
    const char *what;             /* for messages */
    int count;
    int (*parse)(const char *);
    const char *(*name)(int);
} values_vocabs[] = {
    [CLI_VOCAB_ENTITY_TYPE] = {"entity type", CAMTG_ENTITY_TYPE_COUNT, values_entity_type,
                               values_entity_type_name},
    [CLI_VOCAB_KIND] = {"kind", CAMTG_KIND_COUNT, values_kind, values_kind_name},
    [CLI_VOCAB_PLOVER] = {"type", CAMTG_PLOVER_COUNT, values_plover, values_plover_name},
    [CLI_VOCAB_SECTOR] = {"sector", CAMTG_SECTOR_COUNT, values_sector, values_sector_name},
};

/* Every spelling of the format is all lower case (sectors, kinds, entity
 * types) or all upper case (PLOVER types), so trying the word folded both
 * ways is the same as comparing it ignoring case. */
static int values_fold_parse(int (*parse)(const char *), const char *word)
{
    char folded[64];
    size_t n = strlen(word);
    if (n >= sizeof folded)
        return -1;
    for (int upper = 0; upper < 2; upper++) {
        for (size_t i = 0; i <= n; i++) {
            char c = word[i];
            if (upper && c >= 'a' && c <= 'z')
                c = (char)(c - 'a' + 'A');
            else if (!upper && c >= 'A' && c <= 'Z')
                c = (char)(c - 'A' + 'a');
            folded[i] = c;
        }
        int v = parse(folded);
        if (v >= 0)
            return v;
    }
    return -1;
}

int cli_vocab_parse(cli_vocab vocab, const char *word)
{
    int v = values_fold_parse(values_vocabs[vocab].parse, word);
    if (v >= 0)
        return v;
    const char *names[32];
    size_t n = 0;
    cli_buf list;
    cli_buf_init(&list);
    for (int i = 0; i < values_vocabs[vocab].count && n < 32; i++) {
        names[n++] = values_vocabs[vocab].name(i);
        cli_buf_addf(&list, "%s%s", i ? ", " : "", names[n - 1]);
    }
    const char *near = cli_suggest(word, names, n);
    if (near)
        cli_error("unknown %s '%s' (one of: %s); did you mean '%s'?",
                  values_vocabs[vocab].what, word, cli_buf_str(&list), near);
    else
        cli_error("unknown %s '%s' (one of: %s)", values_vocabs[vocab].what, word,
                  cli_buf_str(&list));
    cli_buf_free(&list);
    return -1;
}

int cli_vocab_mask(cli_vocab vocab, const char *const *words, size_t n, unsigned *mask)
{
    *mask = 0;
    for (size_t i = 0; i < n; i++) {
        int v = cli_vocab_parse(vocab, words[i]);
        if (v < 0)
            return -1;
        *mask |= CAMTG_BIT(v);
    }
    return 0;
}
