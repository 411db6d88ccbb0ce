/* A growable byte buffer. The command line writes all of its normal output
 * here first and prints it only when the command succeeds, so that an error
 * found half-way never leaves partial output on stdout. */
#ifndef CAMTG_CLI_BUF_H
#define CAMTG_CLI_BUF_H

#include <stddef.h>

#if defined(__GNUC__)
#define CLI_PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))
#else
#define CLI_PRINTF(fmt, args)
#endif

/** The buffer; zero-initialise it (or use cli_buf_init()). */
typedef struct cli_buf {
    char *data;   /**< The bytes, NUL-terminated once anything was added. */
    size_t len;   /**< Bytes used, without the NUL. */
    size_t cap;   /**< Bytes allocated. */
    int failed;   /**< Set once an allocation failed; later appends do nothing. */
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
/** Appends printf-formatted text. */
void cli_buf_addf(cli_buf *b, const char *fmt, ...) CLI_PRINTF(2, 3);
/** The contents as a string ("" when empty); owned by @p b. */
const char *cli_buf_str(const cli_buf *b);

#endif
