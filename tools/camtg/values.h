/* SPDX-License-Identifier: MIT */
/* Values of the closed vocabularies given on the command line (--type,
 * --kind, --sector), matched against the library's spellings (its
 * _to_string helpers) under one rule, shared with the Python binding: the
 * data-format spelling, ignoring ASCII case (`agree` is AGREE, `Health` is
 * health). */
#ifndef CAMTG_CLI_VALUES_H
#define CAMTG_CLI_VALUES_H

#include "cli.h"

/** The vocabularies options take values from. */
typedef enum cli_vocab {
    CLI_VOCAB_ENTITY_TYPE,
    CLI_VOCAB_KIND,
    CLI_VOCAB_PLOVER,
    CLI_VOCAB_SECTOR
} cli_vocab;

/**
 * Parses @p word.
 * @return the enum value, or -1 after printing "unknown sector 'helth'
 *         (one of: ...); did you mean 'health'?".
 */
int cli_vocab_parse(cli_vocab vocab, const char *word);

/** Turns every word of @p words into a bit mask (CAMTG_BIT of each).
 *  @return 0, or -1 after reporting the first unknown word. */
int cli_vocab_mask(cli_vocab vocab, const char *const *words, size_t n, unsigned *mask);

#endif
