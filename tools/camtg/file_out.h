/* SPDX-License-Identifier: MIT */
/* Writing output to files named on the command line (html -o FILE,
 * export --format brat -o DIR). */
#ifndef CAMTG_CLI_FILE_OUT_H
#define CAMTG_CLI_FILE_OUT_H

#include "buf.h"

/**
 * Writes the bytes of @p b to @p path, replacing the file. Reports a
 * failure with the path and the system's reason.
 * @return 0, or -1 after reporting.
 */
int cli_file_write(const char *path, const cli_buf *b);

/**
 * Makes sure @p dir is a directory, creating it (one level) when missing.
 * @return 0, or -1 after reporting.
 */
int cli_dir_ensure(const char *dir);

#endif
