/* SPDX-License-Identifier: MIT */
#include "values.h"

#include <string.h>

#include "suggest.h"

/* The data-format spelling of value @p v (0 up to the vocabulary's count),
 * from the library: one switch, since each vocabulary has its own enum. */
static const char *values_name(cli_vocab vocab, int v)
{
    switch (vocab) {
    case CLI_VOCAB_ENTITY_TYPE:
        return camtg_entity_type_to_string((camtg_entity_type)v);
    case CLI_VOCAB_KIND:
        return camtg_kind_to_string((camtg_kind)v);
    case CLI_VOCAB_PLOVER:
        return camtg_plover_to_string((camtg_plover)v);
    case CLI_VOCAB_SECTOR:
        return camtg_sector_to_string((camtg_sector)v);
    }
    return NULL;
}

static const struct {
    const char *what; /* for messages */
    int count;
} values_vocabs[] = {
    [CLI_VOCAB_ENTITY_TYPE] = {"entity type", CAMTG_ENTITY_TYPE_COUNT},
    [CLI_VOCAB_KIND] = {"kind", CAMTG_KIND_COUNT},
    [CLI_VOCAB_PLOVER] = {"type", CAMTG_PLOVER_COUNT},
    [CLI_VOCAB_SECTOR] = {"sector", CAMTG_SECTOR_COUNT},
};

/* ASCII case only: every spelling of the format is plain ASCII. */
static int values_same_ignoring_case(const char *a, const char *b)
{
    for (;; a++, b++) {
        char x = *a >= 'A' && *a <= 'Z' ? (char)(*a - 'A' + 'a') : *a;
        char y = *b >= 'A' && *b <= 'Z' ? (char)(*b - 'A' + 'a') : *b;
        if (x != y)
            return 0;
        if (!x)
            return 1;
    }
}

int cli_vocab_parse(cli_vocab vocab, const char *word)
{
    for (int v = 0; v < values_vocabs[vocab].count; v++)
        if (values_same_ignoring_case(word, values_name(vocab, v)))
            return v;
    const char *names[32];
    size_t n = 0;
    cli_buf list;
    cli_buf_init(&list);
    for (int i = 0; i < values_vocabs[vocab].count && n < 32; i++) {
        names[n++] = values_name(vocab, i);
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
