#include "vocab.h"

#include <stdio.h>

const char *cli_vocab_name(cli_vocab vocab, int v)
{
    switch (vocab) {
    case CLI_VOCAB_ENTITY_TYPE: return camtg_entity_type_to_string((camtg_entity_type)v);
    case CLI_VOCAB_KIND: return camtg_kind_to_string((camtg_kind)v);
    case CLI_VOCAB_PLOVER: return camtg_plover_to_string((camtg_plover)v);
    case CLI_VOCAB_SECTOR: return camtg_sector_to_string((camtg_sector)v);
    }
    return NULL;
}

static const char *vocab_what(cli_vocab vocab)
{
    switch (vocab) {
    case CLI_VOCAB_ENTITY_TYPE: return "entity type";
    case CLI_VOCAB_KIND: return "kind";
    case CLI_VOCAB_PLOVER: return "type";
    case CLI_VOCAB_SECTOR: return "sector";
    }
    return "value";
}

static int vocab_count(cli_vocab vocab)
{
    switch (vocab) {
    case CLI_VOCAB_ENTITY_TYPE: return CAMTG_ENTITY_TYPE_COUNT;
    case CLI_VOCAB_KIND: return CAMTG_KIND_COUNT;
    case CLI_VOCAB_PLOVER: return CAMTG_PLOVER_COUNT;
    case CLI_VOCAB_SECTOR: return CAMTG_SECTOR_COUNT;
    }
    return 0;
}

static int ascii_lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
}

static int same_ignoring_case(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (ascii_lower((unsigned char)*a) != ascii_lower((unsigned char)*b))
            return 0;
    return *a == *b;
}

int cli_vocab_parse(cli_vocab vocab, const char *word)
{
    int n = vocab_count(vocab);
    for (int v = 0; v < n; v++)
        if (same_ignoring_case(cli_vocab_name(vocab, v), word))
            return v;
    fprintf(stderr, "camtg: unknown %s '%s' (one of:", vocab_what(vocab), word);
    for (int v = 0; v < n; v++)
        fprintf(stderr, "%s %s", v ? "," : "", cli_vocab_name(vocab, v));
    fputs(")\n", stderr);
    return -1;
}
