/* SPDX-License-Identifier: MIT */
/* Calendar dates written YYYY-MM-DD. Such strings compare in date order
 * with strcmp, which is how the library orders and compares them. */
#ifndef CAMTG_DATE_H
#define CAMTG_DATE_H

#include <camtg/vocab.h>

/* The length of "YYYY-MM-DD" plus its NUL. */
#define CAMTG_DATE_SIZE 11

/* Whether s is YYYY-MM-DD naming a real day of the Gregorian calendar. */
int camtg_date_is_valid(const char *s);

/* Whether a valid date is the first day of a period of the given precision
 * (any day for "day", the 1st for "month", 1 January for "year"). */
int camtg_date_starts_period(const char *date, camtg_date_precision precision);

/* Writes into out the last day of the period that starts at a valid date:
 * the date itself, the month's last day or 31 December. */
void camtg_date_period_end(const char *date, camtg_date_precision precision,
                           char out[CAMTG_DATE_SIZE]);

#endif
