/* SPDX-License-Identifier: MIT */
/* A growable byte buffer, used for scratch strings and for the output.
 * The output buffer has a sink (see out.h): once it holds more than
 * CLI_BUF_FLUSH_AT bytes, its complete lines go to the sink, so that
 * memory stays bounded whatever the size of the output. Smaller outputs
 * are written only when the command has succeeded. */
#ifndef CAMTG_CLI_BUF_H
#define CAMTG_CLI_BUF_H

#include <stdarg.h>
#include <stddef.h>

#if defined(__GNUC__)
#define CLI_PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))
#else
#define CLI_PRINTF(fmt, args)
#endif

/** Output is passed on in pieces of about this size. */
#define CLI_BUF_FLUSH_AT ((size_t)64 * 1024)

struct cli_buf;
/** Writes the first @p n bytes of @p b (which it may change in place);
 *  0, or -1 with errno set. */
typedef int (*cli_buf_sink)(struct cli_buf *b, size_t n);

/** The buffer; zero-initialise it (or use cli_buf_init()). */
typedef struct cli_buf {
    char *data;   /**< The bytes, NUL-terminated once anything was added. */
    size_t len;   /**< Bytes used, without the NUL. */
    size_t cap;   /**< Bytes allocated. */
    int failed;   /**< Set once an allocation failed; later appends do nothing. */
    cli_buf_sink sink;   /**< Where full lines go; NULL: keep everything. */
    const void *sink_data;  /**< For the sink. */
    int write_errno;     /**< Set when the sink failed; later appends do nothing. */
    size_t written;      /**< Bytes passed to the sink so far. */
    size_t no_newline;   /**< data[0..no_newline) holds no '\\n' (for the sink). */
} cli_buf;

/** Makes @p b empty without freeing anything it may hold. */
void cli_buf_init(cli_buf *b);
/** Frees the bytes and makes @p b empty again. */
void cli_buf_free(cli_buf *b);
/** Appends @p n bytes. */
void cli_buf_addn(cli_buf *b, const char *s, size_t n);
/** Appends a NUL-terminated string; NULL appends nothing. */
void cli_buf_add(cli_buf *b, const char *s);
/** Appends one byte. */
void cli_buf_addc(cli_buf *b, char c);
/** Appends @p n spaces. */
void cli_buf_pad(cli_buf *b, size_t n);
/** Appends @p text with every byte @p c in it written as @p with instead
 *  (CSV doubles its quotes, JSON layout indents after each line break). */
void cli_buf_add_replacing(cli_buf *b, const char *text, char c, const char *with);
/** Appends vprintf-formatted text (@p ap is used up). */
void cli_buf_addvf(cli_buf *b, const char *fmt, va_list ap) CLI_PRINTF(2, 0);
/** Appends printf-formatted text. */
void cli_buf_addf(cli_buf *b, const char *fmt, ...) CLI_PRINTF(2, 3);
/** The contents as a string ("" when empty); owned by @p b. */
const char *cli_buf_str(const cli_buf *b);
/** Passes everything held to the sink. @return 0, or -1 when the sink
 *  failed now or before (b->write_errno says why) or memory ran out. */
int cli_buf_flush(cli_buf *b);

#endif
