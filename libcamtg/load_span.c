/* SPDX-License-Identifier: MIT */
/* A span of a source's text named by offsets and repeated as text: a
 * commitment's evidence and a mention are both checked here, so that both
 * follow the same rules and report faults in the same words. */
#include <string.h>

#include "loader.h"
#include "utf8.h"

/* Copies at most size - 4 bytes of s into buf, cut at a code point
 * boundary, with "..." when shortened: long texts stay readable in a
 * one-line message. */
static const char *excerpt(const char *s, size_t len, char *buf, size_t size)
{
    size_t max = size - 4;
    if (len <= max) {
        memcpy(buf, s, len);
        buf[len] = '\0';
        return buf;
    }
    size_t cut = max;
    while (cut > 0 && camtg_utf8_is_continuation((unsigned char)s[cut]))
        cut--;
    memcpy(buf, s, cut);
    memcpy(buf + cut, "...", 4);
    return buf;
}

int camtg_text_span_matches(const camtg_text_span *span)
{
    const camtg_draft_source *s = span->source;
    size_t len = strlen(span->text);
    return span->start < span->end && span->end <= s->text_chars &&
           span->byte_end <= s->text_bytes && span->byte_end - span->byte_start == len &&
           memcmp(s->text + span->byte_start, span->text, len) == 0;
}

int camtg_load_span(camtg_loader *ld, const json_t *obj, const char *text_key, const char *what,
                    camtg_text_span *span)
{
    TRY(camtg_field_source(ld, obj, "source", &span->source));
    TRY(camtg_field_offset(ld, obj, "start", &span->start));
    TRY(camtg_field_offset(ld, obj, "end", &span->end));
    TRY(camtg_field_string(ld, obj, text_key, 1, &span->text));

    const camtg_draft_source *src = span->source;
    if (span->start >= span->end) {
        camtg_loader_push_key(ld, "end");
        return camtg_loader_fail(ld, CAMTG_EEVIDENCE, "end %zu must be greater than start %zu",
                                 span->end, span->start);
    }
    if (span->end > src->text_chars) {
        camtg_loader_push_key(ld, "end");
        return camtg_loader_fail(ld, CAMTG_EEVIDENCE,
                                 "end %zu is past the end of source \"%.40s\" (%zu characters)",
                                 span->end, src->rec.id, src->text_chars);
    }
    span->byte_start = camtg_utf8_byte_offset(src->text, src->checkpoints, span->start);
    span->byte_end = camtg_utf8_byte_offset(src->text, src->checkpoints, span->end);
    if (!camtg_text_span_matches(span)) {
        char want[72], got[72];
        camtg_loader_push_key(ld, text_key);
        return camtg_loader_fail(
            ld, CAMTG_EEVIDENCE, "%s \"%s\" differs from the text at [%zu, %zu): \"%s\"", what,
            excerpt(span->text, strlen(span->text), got, sizeof got), span->start, span->end,
            excerpt(src->text + span->byte_start, span->byte_end - span->byte_start, want,
                    sizeof want));
    }
    return 0;
}
