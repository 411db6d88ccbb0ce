/* SPDX-License-Identifier: MIT */
/* "Did you mean ...?": the closest known word to a misspelt one. */
#ifndef CAMTG_CLI_SUGGEST_H
#define CAMTG_CLI_SUGGEST_H

#include <stddef.h>

/**
 * The candidate nearest to @p word by edit distance (insertions,
 * deletions, substitutions and swaps of two neighbours, ignoring ASCII
 * case), provided it is near enough to be a typo: at most one edit for
 * words of up to four characters, two up to eight, three beyond. Ties go
 * to the earlier candidate. NULL when none is near enough.
 */
const char *cli_suggest(const char *word, const char *const *candidates, size_t n);

#endif
