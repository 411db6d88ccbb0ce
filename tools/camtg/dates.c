/* SPDX-License-Identifier: MIT */
#include "dates.h"

#include <stdio.h>
#include <string.h>

#include "cli.h"

static const char *const month_names[12] = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
};

/* The proleptic Gregorian calendar, as ISO 8601 and the library count. */
static int month_length(int year, int month)
{
    static const int length[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return length[month - 1] + (month == 2 && leap);
}

const char *cli_date_problem(const char *s, char *buf, size_t size)
{
    int year = 0, month = 0, day = 0;
    int shaped = strlen(s) == 10 && s[4] == '-' && s[7] == '-';
    for (int i = 0; shaped && i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            shaped = 0;
    if (!shaped) {
        snprintf(buf, size, "'%.40s' is not a date written YYYY-MM-DD (as 2025-12-31)", s);
        return buf;
    }
    sscanf(s, "%4d-%2d-%2d", &year, &month, &day);
    if (month < 1 || month > 12) {
        snprintf(buf, size, "'%s' is not a date: there is no month %02d", s, month);
        return buf;
    }
    if (day < 1 || day > month_length(year, month)) {
        snprintf(buf, size, "'%s' is not a date: %s %04d has %d days", s,
                 month_names[month - 1], year, month_length(year, month));
        return buf;
    }
    return NULL;
}

int cli_date_option(const char *command, const char *option, const char *value)
{
    char why[160];
    if (value && cli_date_problem(value, why, sizeof why))
        return cli_usage_error(command, "--%s: %s", option, why);
    return 0;
}

void cli_add_date(cli_buf *out, const char *date, camtg_date_precision precision)
{
    if (date == NULL) /* only from a damaged snapshot: nothing to print */
        return;
    size_t n = precision == CAMTG_DATE_PRECISION_YEAR ? 4
             : precision == CAMTG_DATE_PRECISION_MONTH ? 7 : strlen(date);
    cli_buf_addn(out, date, n);
}
