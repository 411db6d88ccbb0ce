/* SPDX-License-Identifier: MIT */
/* camtg_input_read: a whole document from a path, refusing oversized input
 * before spending time or memory on it. */
#define _POSIX_C_SOURCE 200809L

#include "input.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "error.h"

/* The first buffer for a pipe or device, doubled as it fills. */
#define FIRST_BUFFER_BYTES ((size_t)1 << 16)
/* Bytes past a NUL are read in chunks of this size and dropped. */
#define CHUNK_BYTES ((size_t)1 << 20)

static int io_error(camtg_error *err, const char *path, int sys_errno)
{
    camtg_error_set(err, CAMTG_EIO, "", "cannot read \"%s\": %s", path, strerror(sys_errno));
    if (err != NULL)
        err->sys_errno = sys_errno;
    return CAMTG_EIO;
}

static int too_large(camtg_error *err, const char *path)
{
    return camtg_error_set(err, CAMTG_ELIMIT, "", "\"%s\" is larger than the limit of %zu bytes",
                           path, CAMTG_MAX_INPUT_BYTES);
}

/* One read(2) of up to want bytes, retried when interrupted; the byte
 * count, 0 at the end, or -1 with errno set. */
static ssize_t read_some(int fd, char *buf, size_t want)
{
    for (;;) {
        ssize_t got = read(fd, buf, want);
        if (got >= 0 || errno != EINTR)
            return got;
    }
}

typedef struct input_buffer {
    char *data;
    size_t len, cap;
    /* Once a NUL byte is stored the document is bad whatever follows, so
     * the rest is only counted (to tell "too large" from "bad byte"). */
    int holds_nul;
} input_buffer;

static int buffer_reserve(input_buffer *b, size_t room)
{
    if (b->cap - b->len >= room)
        return 0;
    size_t want = b->cap ? b->cap : FIRST_BUFFER_BYTES;
    while (want - b->len < room)
        want *= 2;
    char *bigger = realloc(b->data, want);
    if (bigger == NULL)
        return -1;
    b->data = bigger;
    b->cap = want;
    return 0;
}

/* Reads fd to its end, or until limit + 1 bytes are seen. hint is the size
 * fstat reported (0 for pipes and devices). */
static int read_all(int fd, const char *path, size_t hint, input_buffer *b, camtg_error *err)
{
    const size_t stop = CAMTG_MAX_INPUT_BYTES + 1;
    size_t seen = 0;
    char *scratch = NULL;
    if (hint > 0 && buffer_reserve(b, hint + 1) != 0)
        return camtg_error_set(err, CAMTG_ENOMEM, "", "out of memory reading \"%s\"", path);
    while (seen < stop) {
        size_t want = stop - seen < CHUNK_BYTES ? stop - seen : CHUNK_BYTES;
        char *into;
        if (!b->holds_nul) {
            /* One spare byte is enough: a regular file's buffer is already
             * its size, and reading 0 there is the end. */
            if (buffer_reserve(b, 1) != 0) {
                free(scratch);
                return camtg_error_set(err, CAMTG_ENOMEM, "", "out of memory reading \"%s\"",
                                       path);
            }
            into = b->data + b->len;
            want = b->cap - b->len < stop - seen ? b->cap - b->len : stop - seen;
        } else {
            if (scratch == NULL && (scratch = malloc(CHUNK_BYTES)) == NULL)
                return camtg_error_set(err, CAMTG_ENOMEM, "", "out of memory reading \"%s\"",
                                       path);
            into = scratch;
        }
        ssize_t got = read_some(fd, into, want);
        if (got < 0) {
            int e = errno;
            free(scratch);
            return io_error(err, path, e);
        }
        if (got == 0)
            break;
        seen += (size_t)got;
        if (!b->holds_nul) {
            b->holds_nul = memchr(into, '\0', (size_t)got) != NULL;
            b->len += (size_t)got;
        }
    }
    free(scratch);
    if (seen > CAMTG_MAX_INPUT_BYTES)
        return too_large(err, path);
    return CAMTG_OK;
}

int camtg_input_read(const char *path, char **data, size_t *len, camtg_error *err)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return io_error(err, path, errno);
    struct stat st;
    if (fstat(fd, &st) != 0) {
        int e = errno;
        close(fd);
        return io_error(err, path, e);
    }
    if (S_ISDIR(st.st_mode)) {
        close(fd);
        return io_error(err, path, EISDIR);
    }
    /* A regular file reports its size: no need to read a byte of one that
     * is too large. Files under /proc report 0 and are read like pipes. */
    if (S_ISREG(st.st_mode) && (unsigned long long)st.st_size > CAMTG_MAX_INPUT_BYTES) {
        close(fd);
        return too_large(err, path);
    }
    size_t hint = S_ISREG(st.st_mode) ? (size_t)st.st_size : 0;
    input_buffer b = {NULL, 0, 0, 0};
    int rc = read_all(fd, path, hint, &b, err);
    close(fd);
    if (rc < 0) {
        free(b.data);
        return rc;
    }
    *data = b.data;
    *len = b.len;
    return CAMTG_OK;
}
