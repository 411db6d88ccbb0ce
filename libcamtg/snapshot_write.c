/* SPDX-License-Identifier: MIT */
/* Writing a database as a snapshot: the image's own bytes, with the one
 * in-memory field of the header zeroed. They go to a new file beside the
 * target that is renamed over it once complete, so a crash or a full disk
 * never leaves half a snapshot under the name. */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "error.h"
#include "image.h"

static int write_all(int fd, const void *data, size_t len)
{
    const unsigned char *p = data;
    while (len > 0) {
        /* a bounded chunk: some systems refuse larger single writes */
        size_t chunk = len < ((size_t)1 << 30) ? len : ((size_t)1 << 30);
        ssize_t n = write(fd, p, chunk);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

static int write_failed(camtg_error *err, const char *path, int sys_errno)
{
    camtg_error_set(err, CAMTG_EIO, "", "cannot write %.200s: %s", path, strerror(sys_errno));
    if (err != NULL)
        err->sys_errno = sys_errno;
    return CAMTG_EIO;
}

/* Creates a new file named path.tmp.<pid>.<n>, with the permissions a
 * plain create of path would have; -1 with errno set when it cannot. */
static int create_temporary(const char *path, char **tmp)
{
    static atomic_uint counter;
    size_t size = strlen(path) + 48;
    *tmp = malloc(size);
    if (*tmp == NULL) {
        errno = ENOMEM;
        return -1;
    }
    for (int attempt = 0; attempt < 100; attempt++) {
        snprintf(*tmp, size, "%s.tmp.%ld.%u", path, (long)getpid(),
                 atomic_fetch_add(&counter, 1u));
        int fd = open(*tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST)
            return fd;
    }
    errno = EEXIST;
    return -1;
}

int camtg_snapshot_write(const camtg_db *db, const char *path, camtg_error *err)
{
    camtg_error_clear(err);
    if (db == NULL || path == NULL)
        return camtg_error_set(err, CAMTG_EINVAL, "",
                               "camtg_snapshot_write: db and path must not be NULL");
    char *tmp = NULL;
    int fd = create_temporary(path, &tmp);
    if (fd < 0) {
        int e = errno;
        free(tmp);
        return write_failed(err, path, e);
    }
    struct camtg_db header = *db;
    header.mapped = 0;
    const unsigned char *bytes = (const unsigned char *)db;
    int failed = write_all(fd, &header, sizeof header) != 0 ||
                 write_all(fd, bytes + sizeof header, db->size - sizeof header) != 0 ||
                 fsync(fd) != 0;
    int e = errno;
    if (close(fd) != 0 && !failed) {
        failed = 1;
        e = errno;
    }
    if (!failed && rename(tmp, path) != 0) {
        failed = 1;
        e = errno;
    }
    if (failed)
        unlink(tmp);
    free(tmp);
    return failed ? write_failed(err, path, e) : CAMTG_OK;
}
