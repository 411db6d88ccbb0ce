/* SPDX-License-Identifier: MIT */
#include "csv.h"

#include <string.h>

int cli_csv_is_formula(const char *text)
{
    return text[0] != '\0' && strchr("=+-@\t\r", text[0]) != NULL;
}

int cli_csv_field(cli_buf *out, const char *text, int numeric, int first,
                  cli_csv_policy policy)
{
    int formula = !numeric && cli_csv_is_formula(text);
    if (formula && policy == CLI_CSV_REFUSE)
        return -1;
    if (!first)
        cli_buf_addc(out, ',');
    if (numeric) {
        cli_buf_add(out, text);
        return 0;
    }
    cli_buf_addc(out, '"');
    if (formula && policy == CLI_CSV_ESCAPE)
        cli_buf_addc(out, '\'');
    cli_buf_add_replacing(out, text, '"', "\"\"");
    cli_buf_addc(out, '"');
    return 0;
}

void cli_csv_end_row(cli_buf *out)
{
    cli_buf_add(out, "\r\n");
}
