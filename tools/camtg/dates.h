/* SPDX-License-Identifier: MIT */
/* Dates on the command line: checking a DATE argument before the dataset
 * is loaded, so that a typo is a usage error that says what is wrong, and
 * writing a follow-up's date as precisely as it is known. */
#ifndef CAMTG_CLI_DATES_H
#define CAMTG_CLI_DATES_H

#include <stddef.h>

#include <camtg/camtg.h>

#include "buf.h"

/**
 * Checks that @p s is a calendar day written `YYYY-MM-DD` (the form every
 * date of the data format and of the API takes).
 * @return NULL when it is; otherwise what is wrong, written into @p buf
 *         (at most @p size bytes) and returned.
 */
const char *cli_date_problem(const char *s, char *buf, size_t size);

/** Checks the value of option --@p option of @p command with
 *  cli_date_problem(); @p value NULL (the option not given) passes, so
 *  that a command's check() is this one call.
 *  @return 0, or ::CLI_EXIT_USAGE after reporting. */
int cli_date_option(const char *command, const char *option, const char *value);

/** Appends @p date as far as @p precision knows it: `2024-07-01` for a
 *  day, `2024-07` for a month, `2024` for a year; nothing for NULL. */
void cli_add_date(cli_buf *out, const char *date, camtg_date_precision precision);

#endif
