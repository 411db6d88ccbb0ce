/* SPDX-License-Identifier: MIT */
/* Reading a document from a path, with the size limit enforced before the
 * work: a file larger than the limit is refused from its size alone, and a
 * pipe or device is never read past limit + 1 bytes. */
#ifndef CAMTG_INPUT_H
#define CAMTG_INPUT_H

#include <stddef.h>

#include <camtg/error.h>

/* The largest document accepted. Far above any real coding of meetings, low
 * enough that a runaway input fails fast instead of exhausting memory. */
#define CAMTG_MAX_INPUT_BYTES ((size_t)1 << 30)

/* Reads the document at path into a malloc'd buffer (*data, *len; the
 * caller frees *data). Returns CAMTG_OK, CAMTG_EIO (with sys_errno),
 * CAMTG_ELIMIT or CAMTG_ENOMEM. Input holding a NUL byte is returned only
 * up to a little past its first NUL, which is all a parser reports on. */
int camtg_input_read(const char *path, char **data, size_t *len, camtg_error *err);

#endif
