/* SPDX-License-Identifier: MIT */
/* Reading a document from a path, with the size limit enforced before the
 * work: a file larger than the limit is refused from its size alone, and a
 * pipe or device is never read past limit + 1 bytes. A regular file is
 * mapped rather than copied, so that the loader can give back the pages it
 * has read and hold, at its peak, little more than the database it builds. */
#ifndef CAMTG_INPUT_H
#define CAMTG_INPUT_H

#include <stddef.h>

#include <camtg/error.h>

/* The largest document accepted. Far above any real coding of meetings, low
 * enough that a runaway input fails fast instead of exhausting memory. */
#define CAMTG_MAX_INPUT_BYTES ((size_t)1 << 30)

/* A document to load: its bytes, and whether they are a mapping of the file
 * whose pages the loader may give back as it goes. */
typedef struct camtg_input {
    const char *data;
    size_t len;
    /* 1: data is a read-only private mapping of a regular file; a page
     * given back with camtg_input_forget is read from the file again when
     * next touched. 0: memory the loader must not give back (read from a
     * pipe or device, or a caller's buffer). */
    int mapped;
    char *owned; /* what camtg_input_close frees when not mapped */
} camtg_input;

/* Opens the document at path: a non-empty regular file is mapped, anything
 * else is read into memory. Returns CAMTG_OK with *in filled (close it with
 * camtg_input_close), CAMTG_EIO (with sys_errno), CAMTG_ELIMIT or
 * CAMTG_ENOMEM. Input read from a pipe or device that holds a NUL byte is
 * kept only up to a little past its first NUL, which is all a parser
 * reports on. A mapped file that another process truncates during the
 * load cannot be read past its new end (the process gets SIGBUS), as with
 * any program that maps its input. */
int camtg_input_open(camtg_input *in, const char *path, camtg_error *err);

/* Lets the system take back the memory holding bytes [start, end) of a
 * mapped input, in whole pages (the page holding start goes, the one
 * holding end stays); nothing happens to other input. Every byte stays
 * readable: the next read of a page given back reads the file again. */
void camtg_input_forget(const camtg_input *in, size_t start, size_t end);

void camtg_input_close(camtg_input *in);

#endif
