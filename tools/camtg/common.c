/* SPDX-License-Identifier: MIT */
/* Helpers every subcommand shares: messages, opening the dataset, and the
 * "Name (ID)" labels that put ids beside names in human output. */
#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "text.h"

/* Every message goes through here: a key from argv or a value quoted from
 * a hostile file must not drive the terminal, so control, bidi and
 * invisible characters become '?' (cli_text_defang), tabs and line breaks
 * too: a message is one line. */
static void common_vmessage(const char *prefix, const char *fmt, va_list ap)
{
    cli_buf msg;
    cli_buf_init(&msg);
    cli_buf_add(&msg, prefix);
    cli_buf_addvf(&msg, fmt, ap);
    if (msg.failed) {
        fputs("camtg: out of memory\n", stderr);
    } else {
        msg.len = cli_text_defang(msg.data, msg.len, 0);
        cli_buf_addc(&msg, '\n');
        fwrite(msg.data, 1, msg.len, stderr);
    }
    cli_buf_free(&msg);
}

/* Load errors start with the file name, as compilers' do, for editors. */
static void common_located(const char *fmt, ...) CLI_PRINTF(1, 2);
static void common_located(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    common_vmessage("", fmt, ap);
    va_end(ap);
}

void cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    common_vmessage("camtg: ", fmt, ap);
    va_end(ap);
}

int cli_out_of_memory(void)
{
    cli_error("out of memory");
    return CLI_EXIT_DATA;
}

int cli_usage_error(const char *command, const char *fmt, ...)
{
    char prefix[64];
    snprintf(prefix, sizeof prefix, command ? "camtg %.40s: " : "camtg: ", command);
    va_list ap;
    va_start(ap, fmt);
    common_vmessage(prefix, fmt, ap);
    va_end(ap);
    if (command)
        fprintf(stderr, "Try 'camtg %s --help'.\n", command);
    else
        fputs("Try 'camtg --help'.\n", stderr);
    return CLI_EXIT_USAGE;
}

/* How messages name the input: the path, or what stands for it. */
const char *cli_input_name(const char *path)
{
    if (!path)
        return "(embedded dataset)";
    return strcmp(path, "-") == 0 ? "(standard input)" : path;
}

void cli_report_load_error(const char *path, const camtg_error *err)
{
    const char *name = cli_input_name(path);
    const char *msg = err->message[0] ? err->message : camtg_strerror(err->code);
    if (err->code == CAMTG_EIO && err->message[0])
        cli_error("%s", msg);   /* the message names the file */
    else if (err->line > 0)
        common_located("%s:%d:%d: %s", name, err->line, err->column > 0 ? err->column : 1,
                       msg);
    else if (err->path[0])
        common_located("%s: %s: %s", name, err->path, msg);
    else
        common_located("%s: %s", name, msg);
}

/* The library refuses inputs over 1 GiB; reading one byte more than that
 * lets it say so, and bounds what a endless pipe can make us hold. */
#define COMMON_STDIN_MAX (((size_t)1 << 30) + 1)

/* Reads all of standard input (up to COMMON_STDIN_MAX bytes) and loads
 * it. */
static int common_open_stdin(camtg_db **db, camtg_error *err)
{
    cli_buf in;
    cli_buf_init(&in);
    char chunk[65536];
    size_t n;
    while (in.len < COMMON_STDIN_MAX &&
           (n = fread(chunk, 1, sizeof chunk, stdin)) > 0)
        cli_buf_addn(&in, chunk, n < COMMON_STDIN_MAX - in.len ? n : COMMON_STDIN_MAX - in.len);
    int rc;
    if (ferror(stdin)) {
        memset(err, 0, sizeof *err);
        err->code = CAMTG_EIO;
        snprintf(err->message, sizeof err->message, "cannot read standard input: %s",
                 strerror(errno));
        rc = CAMTG_EIO;
    } else if (in.failed) {
        memset(err, 0, sizeof *err);
        err->code = CAMTG_ENOMEM;
        rc = CAMTG_ENOMEM;
    } else {
        rc = camtg_open_buffer(db, in.data ? in.data : "", in.len, err);
    }
    cli_buf_free(&in);
    return rc;
}

camtg_db *cli_open_path(const char *path)
{
    camtg_db *db = NULL;
    camtg_error err;
    int rc = !path ? camtg_open_default(&db, &err)
             : strcmp(path, "-") == 0 ? common_open_stdin(&db, &err)
                                      : camtg_open_file(&db, path, &err);
    if (rc < 0) {
        cli_report_load_error(path, &err);
        return NULL;
    }
    return db;
}

const camtg_entity *cli_lookup_entity(const camtg_db *db, const char *key)
{
    const camtg_entity *e = NULL;
    camtg_error err;
    int rc = camtg_entity_find(db, key, &e, &err);
    if (rc == CAMTG_ENOTFOUND)
        cli_error("no entity matches '%s' (ids, names and aliases are listed by "
                  "'camtg entities')", key);
    else if (rc < 0)
        cli_error("cannot look up '%s': %s", key,
                  err.message[0] ? err.message : camtg_strerror(rc));
    return rc < 0 ? NULL : e;
}

const camtg_meeting *cli_lookup_meeting(const camtg_db *db, const char *id)
{
    const camtg_meeting *m = NULL;
    camtg_error err;
    int rc = camtg_meeting_find(db, id, &m, &err);
    if (rc == CAMTG_ENOTFOUND)
        cli_error("no meeting has the id '%s'", id);
    else if (rc < 0)
        cli_error("cannot look up '%s': %s", id,
                  err.message[0] ? err.message : camtg_strerror(rc));
    return rc < 0 ? NULL : m;
}

void cli_add_label(cli_buf *out, const camtg_entity *e)
{
    /* Not printf: glibc formats a long %s byte by byte, and names come
     * from the data, however long. */
    cli_buf_add(out, camtg_entity_name(e));
    cli_buf_add(out, " (");
    cli_buf_add(out, camtg_entity_id(e));
    cli_buf_addc(out, ')');
}

size_t cli_role_count(const camtg_commitment *c, cli_role role)
{
    switch (role) {
    case CLI_ACTORS: return camtg_commitment_actor_count(c);
    case CLI_TARGETS: return camtg_commitment_target_count(c);
    case CLI_OBJECTS: return camtg_commitment_object_count(c);
    }
    return 0;
}

const camtg_entity *cli_role_at(const camtg_commitment *c, cli_role role, size_t i)
{
    switch (role) {
    case CLI_ACTORS: return camtg_commitment_actor(c, i);
    case CLI_TARGETS: return camtg_commitment_target(c, i);
    case CLI_OBJECTS: return camtg_commitment_object(c, i);
    }
    return NULL;
}

void cli_add_role(cli_buf *out, const camtg_commitment *c, cli_role role,
                  int ids_only, const char *none)
{
    size_t n = cli_role_count(c, role);
    if (n == 0)
        cli_buf_add(out, none);
    for (size_t i = 0; i < n; i++) {
        const camtg_entity *e = cli_role_at(c, role, i);
        if (i)
            cli_buf_add(out, ", ");
        if (ids_only)
            cli_buf_add(out, camtg_entity_id(e));
        else
            cli_add_label(out, e);
    }
}

void cli_add_sectors(cli_buf *out, const camtg_commitment *c, const char *sep)
{
    size_t n = camtg_commitment_sector_count(c);
    for (size_t i = 0; i < n; i++) {
        if (i)
            cli_buf_add(out, sep);
        cli_buf_add(out, camtg_sector_to_string(camtg_commitment_sector(c, i)));
    }
}
