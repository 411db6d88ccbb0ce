/* SPDX-License-Identifier: MIT */
/* camtg_input_open: a whole document from a path, refusing oversized input
 * before spending time or memory on it. */
/* madvise(MADV_DONTNEED) is not POSIX (posix_madvise's DONTNEED is a
 * no-op on Linux). */
#define _DEFAULT_SOURCE

#include "input.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
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

/* Under AddressSanitizer input is always read into malloc'd memory: a read
 * past its end is then caught, where in a mapping it would reach the rest of
 * the last page unseen. */
#if defined(__SANITIZE_ADDRESS__)
#define CAMTG_INPUT_MAPS 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CAMTG_INPUT_MAPS 0
#endif
#endif
#ifndef CAMTG_INPUT_MAPS
#define CAMTG_INPUT_MAPS 1
#endif

/* Maps a regular file of size bytes (0 < size <= the limit). Returns 1
 * with in filled, 0 when the file cannot be mapped (it is read instead). */
static int map_file(int fd, size_t size, camtg_input *in)
{
    if (!CAMTG_INPUT_MAPS)
        return 0;
    void *map = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (map == MAP_FAILED)
        return 0;
    in->data = map;
    in->len = size;
    in->mapped = 1;
    return 1;
}

int camtg_input_open(camtg_input *in, const char *path, camtg_error *err)
{
    memset(in, 0, sizeof *in);
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
    if (hint > 0 && map_file(fd, hint, in)) {
        close(fd);
        return CAMTG_OK;
    }
    input_buffer b = {NULL, 0, 0, 0};
    int rc = read_all(fd, path, hint, &b, err);
    close(fd);
    if (rc < 0) {
        free(b.data);
        return rc;
    }
    in->data = b.data;
    in->len = b.len;
    in->owned = b.data;
    return CAMTG_OK;
}

void camtg_input_forget(const camtg_input *in, size_t start, size_t end)
{
#ifdef MADV_DONTNEED
    if (!in->mapped || end > in->len || start >= end)
        return;
    long page_size = sysconf(_SC_PAGESIZE);
    size_t page = page_size > 0 ? (size_t)page_size : 4096;
    /* Whole pages: the one holding start goes (what lies before start was
     * read already), the one holding end stays (the reader is there), unless
     * end is the end of the input. */
    size_t from = start / page * page;
    size_t to = end == in->len ? end : end / page * page;
    if (from < to)
        madvise((void *)(uintptr_t)(in->data + from), to - from, MADV_DONTNEED);
#else
    (void)in, (void)start, (void)end;
#endif
}

void camtg_input_close(camtg_input *in)
{
    if (in->mapped)
        munmap((void *)(uintptr_t)in->data, in->len);
    else
        free(in->owned);
    memset(in, 0, sizeof *in);
}
