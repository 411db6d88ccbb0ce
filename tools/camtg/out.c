/* SPDX-License-Identifier: MIT */
/* Writing to standard output with write(2): errors come back with errno,
 * which the final message names ("No space left on device"). */
#define _POSIX_C_SOURCE 200809L

#include "out.h"

#include <errno.h>
#include <unistd.h>

#include "text.h"

static int out_sink(cli_buf *b, size_t n)
{
    const cli_ctx *ctx = b->sink_data;
    if (!ctx->exact)
        n = cli_text_defang(b->data, n, 1);
    const char *p = b->data;
    while (n > 0) {
        ssize_t w = write(STDOUT_FILENO, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            if (w == 0)
                errno = EIO;
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

void cli_out_attach(cli_buf *out, const cli_ctx *ctx)
{
    out->sink = out_sink;
    out->sink_data = ctx;
}
