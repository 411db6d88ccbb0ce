#include "buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void cli_buf_init(cli_buf *b)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    b->failed = 0;
}

void cli_buf_free(cli_buf *b)
{
    free(b->data);
    cli_buf_init(b);
}

/* Makes room for @p extra more bytes plus the NUL; 0 on success. */
static int buf_reserve(cli_buf *b, size_t extra)
{
    if (b->failed)
        return -1;
    if (extra >= (size_t)-1 - b->len) {
        b->failed = 1;
        return -1;
    }
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < need)
        cap = cap > (size_t)-1 / 2 ? need : cap * 2;
    char *data = realloc(b->data, cap);
    if (!data) {
        b->failed = 1;
        return -1;
    }
    b->data = data;
    b->cap = cap;
    return 0;
}

void cli_buf_addn(cli_buf *b, const char *s, size_t n)
{
    if (buf_reserve(b, n) < 0)
        return;
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void cli_buf_add(cli_buf *b, const char *s)
{
    if (s)
        cli_buf_addn(b, s, strlen(s));
}

void cli_buf_addc(cli_buf *b, char c)
{
    cli_buf_addn(b, &c, 1);
}

void cli_buf_pad(cli_buf *b, size_t n)
{
    if (buf_reserve(b, n) < 0)
        return;
    memset(b->data + b->len, ' ', n);
    b->len += n;
    b->data[b->len] = '\0';
}

void cli_buf_addf(cli_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->failed = 1;
        return;
    }
    if (buf_reserve(b, (size_t)n) < 0)
        return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

const char *cli_buf_str(const cli_buf *b)
{
    return b->data ? b->data : "";
}
