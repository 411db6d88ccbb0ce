/* SPDX-License-Identifier: MIT */
#include "suggest.h"

#include <string.h>

/* Words longer than this are never typos of a command or option name;
 * the bound keeps the distance table on the stack. */
#define SUGGEST_MAX_LEN 64

static int suggest_lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
}

/* Optimal string alignment distance (Damerau-Levenshtein without
 * re-editing a swapped pair): a swap of two letters counts as one typo. */
static size_t suggest_distance(const char *a, size_t la, const char *b, size_t lb)
{
    size_t d[SUGGEST_MAX_LEN + 1][SUGGEST_MAX_LEN + 1];
    for (size_t i = 0; i <= la; i++)
        d[i][0] = i;
    for (size_t j = 0; j <= lb; j++)
        d[0][j] = j;
    for (size_t i = 1; i <= la; i++)
        for (size_t j = 1; j <= lb; j++) {
            int same = suggest_lower((unsigned char)a[i - 1]) ==
                       suggest_lower((unsigned char)b[j - 1]);
            size_t best = d[i - 1][j - 1] + (same ? 0 : 1);
            if (d[i - 1][j] + 1 < best)
                best = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < best)
                best = d[i][j - 1] + 1;
            if (i > 1 && j > 1 &&
                suggest_lower((unsigned char)a[i - 1]) == suggest_lower((unsigned char)b[j - 2]) &&
                suggest_lower((unsigned char)a[i - 2]) == suggest_lower((unsigned char)b[j - 1]) &&
                d[i - 2][j - 2] + 1 < best)
                best = d[i - 2][j - 2] + 1;
            d[i][j] = best;
        }
    return d[la][lb];
}

const char *cli_suggest(const char *word, const char *const *candidates, size_t n)
{
    size_t lw = strlen(word);
    if (lw == 0 || lw > SUGGEST_MAX_LEN)
        return NULL;
    size_t allowed = lw <= 4 ? 1 : lw <= 8 ? 2 : 3;
    const char *best = NULL;
    size_t best_d = allowed + 1;
    for (size_t i = 0; i < n; i++) {
        size_t lc = candidates[i] ? strlen(candidates[i]) : 0;
        if (lc == 0 || lc > SUGGEST_MAX_LEN)
            continue;
        size_t d = suggest_distance(word, lw, candidates[i], lc);
        if (d < best_d) {
            best = candidates[i];
            best_d = d;
        }
    }
    return best;
}
