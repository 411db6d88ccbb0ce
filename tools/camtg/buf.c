/* SPDX-License-Identifier: MIT */
#include "buf.h"

#include <errno.h>
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
    b->sink = NULL;
    b->sink_data = NULL;
    b->write_errno = 0;
    b->written = 0;
    b->no_newline = 0;
}

void cli_buf_free(cli_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

/* Hands the first @p n bytes to the sink and keeps the rest. */
static void buf_pass(cli_buf *b, size_t n)
{
    if (b->write_errno || n == 0)
        return;
    size_t rest = b->len - n;
    if (b->sink(b, n) < 0) {
        b->write_errno = errno ? errno : EIO;
        return;
    }
    b->written += n;
    memmove(b->data, b->data + n, rest + 1);
    b->len = rest;
    b->no_newline = 0;
}

/* Passes on whole lines once enough is held: a line is never split, so a
 * table row can still be trimmed and a UTF-8 sequence is never cut. A
 * line longer than the threshold many times over goes in pieces cut
 * between characters. */
static void buf_drain(cli_buf *b)
{
    if (!b->sink || b->len < CLI_BUF_FLUSH_AT)
        return;
    /* Bytes before no_newline were searched already: each byte is looked
     * at once however long the line being built. */
    if (b->no_newline > b->len)   /* the caller trimmed the line */
        b->no_newline = b->len;
    size_t n = b->len;
    while (n > b->no_newline && b->data[n - 1] != '\n')
        n--;
    if (n == b->no_newline) {
        b->no_newline = b->len;
        n = 0;
    }
    if (n == 0 && b->len >= 16 * CLI_BUF_FLUSH_AT) {
        /* Cut before the last character, which may be incomplete. */
        n = b->len - 1;
        while (n > 0 && ((unsigned char)b->data[n] & 0xC0) == 0x80)
            n--;
    }
    buf_pass(b, n);
}

int cli_buf_flush(cli_buf *b)
{
    if (b->sink && !b->failed)
        buf_pass(b, b->len);
    return b->failed || b->write_errno ? -1 : 0;
}

/* Makes room for @p extra more bytes plus the NUL; 0 on success. */
static int buf_reserve(cli_buf *b, size_t extra)
{
    if (b->failed || b->write_errno)
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
    buf_drain(b);
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
    buf_drain(b);
}

void cli_buf_add_replacing(cli_buf *b, const char *text, char c, const char *with)
{
    const char stop[2] = {c, '\0'};
    for (const char *p = text; *p;) {
        size_t n = strcspn(p, stop);
        cli_buf_addn(b, p, n);
        p += n;
        if (*p) {
            cli_buf_add(b, with);
            p++;
        }
    }
}

void cli_buf_addvf(cli_buf *b, const char *fmt, va_list ap)
{
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    if (n < 0) {
        b->failed = 1;
    } else if (buf_reserve(b, (size_t)n) == 0) {
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, again);
        b->len += (size_t)n;
        buf_drain(b);
    }
    va_end(again);
}

void cli_buf_addf(cli_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    cli_buf_addvf(b, fmt, ap);
    va_end(ap);
}

const char *cli_buf_str(const cli_buf *b)
{
    return b->data ? b->data : "";
}
