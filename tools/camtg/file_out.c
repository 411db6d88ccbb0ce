/* SPDX-License-Identifier: MIT */
#include "file_out.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

int cli_file_write(const char *path, const cli_buf *b)
{
    if (b->failed) {
        cli_error("%s: out of memory", path);
        return -1;
    }
    FILE *f = fopen(path, "wb");
    if (!f) {
        cli_error("cannot write %s: %s", path, strerror(errno));
        return -1;
    }
    int failed = b->len && fwrite(b->data, 1, b->len, f) != b->len;
    int saved = errno;
    if (fclose(f) != 0 && !failed) {
        failed = 1;
        saved = errno;
    }
    if (failed) {
        cli_error("cannot write %s: %s", path, strerror(saved));
        return -1;
    }
    return 0;
}

int cli_file_output(cli_ctx *ctx, const char *path,
                    int (*write)(cli_ctx *ctx, const camtg_db *db), const camtg_db *db)
{
    if (!path)
        return write(ctx, db);
    cli_buf file;
    cli_buf_init(&file);
    cli_buf *out = ctx->out;
    ctx->out = &file;
    int rc = write(ctx, db);
    ctx->out = out;
    if (rc == 0)
        rc = cli_file_write(path, &file);
    cli_buf_free(&file);
    return rc;
}

int cli_dir_ensure(const char *dir)
{
    struct stat st;
    if (stat(dir, &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return 0;
        cli_error("%s: not a directory", dir);
        return -1;
    }
    if (mkdir(dir, 0777) != 0) {
        cli_error("cannot create the directory %s: %s", dir, strerror(errno));
        return -1;
    }
    return 0;
}
