/* SPDX-License-Identifier: MIT */
/* Filling a caller's camtg_error. */
#ifndef CAMTG_ERROR_INTERNAL_H
#define CAMTG_ERROR_INTERNAL_H

#include <camtg/error.h>

#if defined(__GNUC__) || defined(__clang__)
#define CAMTG_PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))
#else
#define CAMTG_PRINTF(fmt, args)
#endif

/* Resets err (if not NULL) to the "no error" state. */
void camtg_error_clear(camtg_error *err);

/* Records a failure with a JSON pointer (may be NULL or "") and a formatted
 * message; returns code so callers can `return camtg_error_set(...)`. */
int camtg_error_set(camtg_error *err, int code, const char *path, const char *fmt, ...)
    CAMTG_PRINTF(4, 5);

#endif
