/* Parsing the closed vocabularies given on the command line, with a
 * message that lists the valid values when a word is not one of them. */
#ifndef CAMTG_CLI_VOCAB_H
#define CAMTG_CLI_VOCAB_H

#include "cli.h"

/** The vocabularies options take values from. */
typedef enum cli_vocab {
    CLI_VOCAB_ENTITY_TYPE,
    CLI_VOCAB_KIND,
    CLI_VOCAB_PLOVER,
    CLI_VOCAB_SECTOR
} cli_vocab;

/**
 * Parses @p word, ignoring ASCII case (`agree` is AGREE).
 * @return the enum value, or -1 after printing "unknown ... (one of: ...)".
 */
int cli_vocab_parse(cli_vocab vocab, const char *word);

/** The spelling of value @p v of @p vocab, or NULL when out of range. */
const char *cli_vocab_name(cli_vocab vocab, int v);

#endif
