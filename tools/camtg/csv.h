/* SPDX-License-Identifier: MIT */
/* CSV as RFC 4180 has it: CRLF line ends, a header row, fields in double
 * quotes with quotes doubled. Every text field is quoted, numbers are not,
 * so that readers that type quoted fields as text (Python's csv with
 * QUOTE_NONNUMERIC, spreadsheet imports) keep codes such as CAMEO "051"
 * as text.
 *
 * Spreadsheet safety (OWASP's advice on CSV injection): a text cell that
 * starts with = + - @ tab or carriage return would run as a formula when
 * the file is opened in a spreadsheet. The policy (--csv-formulas) decides:
 * escape (the default) prefixes such a cell with an apostrophe, which
 * spreadsheets show as text; keep writes it unchanged (for programs that
 * read CSV as data); refuse fails with the record and column at fault. */
#ifndef CAMTG_CLI_CSV_H
#define CAMTG_CLI_CSV_H

#include "cli.h"

/** Whether a spreadsheet would take @p text as a formula. */
int cli_csv_is_formula(const char *text);

/**
 * Appends one field: a separating comma unless @p first, then @p text
 * quoted (or bare when @p numeric), escaped as @p policy says.
 * @return 0, or -1 when the policy is refuse and @p text is a formula
 *         (nothing appended; the caller reports it).
 */
int cli_csv_field(cli_buf *out, const char *text, int numeric, int first,
                  cli_csv_policy policy);

/** Ends a row. */
void cli_csv_end_row(cli_buf *out);

#endif
