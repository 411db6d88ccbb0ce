/* SPDX-License-Identifier: MIT */
/*
 * evidence_trail: from a commitment back to the sentence of the source
 * that carries it.
 *
 *     evidence_trail COMMITMENT-ID [DATASET]
 *
 * Prints the commitment, its source, the quote with its offsets, and the
 * whole sentence around the quote with the quote marked [[like this]].
 *
 * What it shows: evidence offsets. camtg_commitment_start()/_end() count
 * Unicode code points (the data format's unit); camtg_commitment_byte_start()
 * and _byte_end() give the same span in bytes of the UTF-8 text, which is
 * what C code indexes with. The library checked on load that the quote is
 * exactly that slice; this program checks it again with memcmp().
 *
 * Build:  cc evidence_trail.c $(pkg-config --cflags --libs camtg)
 */
#include <stdio.h>
#include <string.h>

#include <camtg/camtg.h>

#include "example.h"

/* Whether the byte at @p i of @p text ends a sentence: a full stop,
 * question or exclamation mark followed by white space, or a blank line. */
static int ends_sentence(const char *text, size_t len, size_t i)
{
    if (text[i] == '\n')
        return i + 1 < len && text[i + 1] == '\n';
    return (text[i] == '.' || text[i] == '?' || text[i] == '!') &&
           (i + 1 == len || text[i + 1] == ' ' || text[i + 1] == '\n');
}

int main(int argc, char **argv)
{
    camtg_db *db;
    int status = example_open(&db, argc, argv, 1, "COMMITMENT-ID [DATASET]");
    if (status != 0)
        return status;
    const camtg_commitment *c;
    camtg_error err;
    if (camtg_commitment_find(db, argv[1], &c, &err) < 0) {
        fprintf(stderr, "%s\n", err.message);
        camtg_close(db);
        return 1;
    }

    const camtg_source *src = camtg_commitment_source(c);
    const char *text = camtg_source_text(src);
    size_t len = camtg_source_text_bytes(src);
    size_t start = (size_t)camtg_commitment_byte_start(c);
    size_t end = (size_t)camtg_commitment_byte_end(c);
    const char *quote = camtg_commitment_quote(c);

    printf("commitment: %s\n", camtg_commitment_id(c));
    printf("summary:    %s\n", camtg_commitment_summary(c));
    printf("source:     %s, \"%s\", %s\n", camtg_source_publisher(src),
           camtg_source_title(src), camtg_source_published(src));
    printf("quote:      \"%s\"\n", quote);
    printf("offsets:    characters %ld-%ld, bytes %zu-%zu\n", camtg_commitment_start(c),
           camtg_commitment_end(c), start, end);
    if (end - start != strlen(quote) || memcmp(text + start, quote, end - start) != 0) {
        fprintf(stderr, "the quote differs from its slice of the text\n");
        camtg_close(db);
        return 1;
    }

    /* Widen the slice to the sentence: back to the end of the previous
     * one, forward to the end of this one. */
    size_t from = start;
    while (from > 0 && !ends_sentence(text, len, from - 1))
        from--;
    while (from < start && (text[from] == ' ' || text[from] == '\n'))
        from++;
    size_t to = end;
    while (to < len && !ends_sentence(text, len, to))
        to++;
    if (to < len && text[to] != '\n')
        to++;   /* keep the full stop */

    printf("sentence:   %.*s[[%s]]%.*s\n", (int)(start - from), text + from, quote,
           (int)(to - end), text + end);
    camtg_close(db);
    return 0;
}
