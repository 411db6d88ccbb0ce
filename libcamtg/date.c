/* SPDX-License-Identifier: MIT */
/* Calendar checks shared by the loader and the date arguments of the API. */
#include <stdio.h>
#include <string.h>

#include "date.h"

static int is_leap_year(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int y, int m)
{
    static const int DAYS[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return DAYS[m - 1] + (m == 2 && is_leap_year(y));
}

static int digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

int camtg_date_is_valid(const char *s)
{
    if (s == NULL || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return 0;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return 0;
    int y = digits(s, 4), m = digits(s + 5, 2), d = digits(s + 8, 2);
    if (m < 1 || m > 12 || d < 1)
        return 0;
    return d <= days_in_month(y, m);
}

int camtg_date_starts_period(const char *date, camtg_date_precision precision)
{
    switch (precision) {
    case CAMTG_DATE_PRECISION_MONTH: return strcmp(date + 8, "01") == 0;
    case CAMTG_DATE_PRECISION_YEAR: return strcmp(date + 5, "01-01") == 0;
    default: return 1;
    }
}

void camtg_date_period_end(const char *date, camtg_date_precision precision,
                           char out[CAMTG_DATE_SIZE])
{
    memcpy(out, date, CAMTG_DATE_SIZE);
    int y = digits(date, 4);
    if (precision == CAMTG_DATE_PRECISION_MONTH)
        snprintf(out + 8, 3, "%02d", days_in_month(y, digits(date + 5, 2)));
    else if (precision == CAMTG_DATE_PRECISION_YEAR)
        memcpy(out + 5, "12-31", 6);
}
