#include "utf8.h"

static int is_continuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

size_t camtg_utf8_count(const char *s, size_t len)
{
    size_t count = 0;
    for (size_t i = 0; i < len; i++)
        if (!is_continuation((unsigned char)s[i]))
            count++;
    return count;
}

const size_t *camtg_utf8_checkpoints(camtg_arena *arena, const char *text, size_t chars)
{
    size_t n = chars / CAMTG_UTF8_STRIDE + 1;
    size_t *table = camtg_arena_array(arena, n, sizeof *table);
    if (table == NULL)
        return NULL;
    size_t cp = 0, k = 0;
    for (size_t i = 0; k < n; i++) {
        if (is_continuation((unsigned char)text[i]))
            continue;
        if (cp % CAMTG_UTF8_STRIDE == 0)
            table[k++] = i;
        cp++;
    }
    return table;
}

size_t camtg_utf8_byte_offset(const char *text, const size_t *checkpoints, size_t cp)
{
    size_t i = checkpoints[cp / CAMTG_UTF8_STRIDE];
    for (size_t left = cp % CAMTG_UTF8_STRIDE; left > 0; left--) {
        i++;
        while (is_continuation((unsigned char)text[i]))
            i++;
    }
    return i;
}
