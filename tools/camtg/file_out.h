/* SPDX-License-Identifier: MIT */
/* Writing output to files named on the command line (html -o FILE,
 * export --format brat -o DIR). */
#ifndef CAMTG_CLI_FILE_OUT_H
#define CAMTG_CLI_FILE_OUT_H

#include "cli.h"

/**
 * Writes the bytes of @p b to @p path, replacing the file. Reports a
 * failure with the path and the system's reason.
 * @return 0, or -1 after reporting.
 */
int cli_file_write(const char *path, const cli_buf *b);

/**
 * Runs @p write, which writes to ctx->out, for a command that takes -o
 * FILE: with @p path NULL its bytes go to the output as usual; otherwise
 * the same bytes are collected and written to the file @p path, only when
 * @p write succeeded.
 * @return 0, or -1 when @p write or writing the file failed (reported).
 */
int cli_file_output(cli_ctx *ctx, const char *path,
                    int (*write)(cli_ctx *ctx, const camtg_db *db), const camtg_db *db);

/**
 * Makes sure @p dir is a directory, creating it (one level) when missing.
 * @return 0, or -1 after reporting.
 */
int cli_dir_ensure(const char *dir);

#endif
