/* Helpers every subcommand shares: messages, opening the dataset, and the
 * "Name (ID)" labels that put ids beside names in human output. */
#include "cli.h"

#include <stdarg.h>
#include <stdio.h>

void cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("camtg: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

int cli_usage_error(const cli_ctx *ctx, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (ctx && ctx->command)
        fprintf(stderr, "camtg %s: ", ctx->command);
    else
        fputs("camtg: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    if (ctx && ctx->command)
        fprintf(stderr, "Try 'camtg %s --help'.\n", ctx->command);
    else
        fputs("Try 'camtg --help'.\n", stderr);
    return CLI_EXIT_USAGE;
}

/* Messages quote values from the file at fault; control characters among
 * them are shown as '?' so that a hostile file cannot drive the terminal. */
static void defanged(FILE *f, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p < 0x20 || *p == 0x7F) {
            fputc('?', f);
        } else if (*p == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F) {
            fputc('?', f);
            p++;
        } else {
            fputc(*p, f);
        }
    }
}

void cli_report_load_error(const char *path, const camtg_error *err)
{
    const char *name = path ? path : "(embedded dataset)";
    const char *msg = err->message[0] ? err->message : camtg_strerror(err->code);
    if (err->code == CAMTG_EIO && err->message[0])
        fputs("camtg: ", stderr);   /* the message names the file */
    else if (err->line > 0)
        fprintf(stderr, "%s:%d:%d: ", name, err->line, err->column > 0 ? err->column : 1);
    else if (err->path[0])
        fprintf(stderr, "%s: %s: ", name, err->path);
    else
        fprintf(stderr, "%s: ", name);
    defanged(stderr, msg);
    fputc('\n', stderr);
}

camtg_db *cli_open(const cli_ctx *ctx)
{
    camtg_db *db = NULL;
    camtg_error err;
    int rc = ctx->data_path ? camtg_open_file(&db, ctx->data_path, &err)
                            : camtg_open_default(&db, &err);
    if (rc < 0) {
        cli_report_load_error(ctx->data_path, &err);
        return NULL;
    }
    return db;
}

const camtg_entity *cli_lookup_entity(const camtg_db *db, const char *key)
{
    const camtg_entity *e = camtg_entity_lookup(db, key);
    if (!e)
        cli_error("no entity matches '%s' (ids, names and aliases are listed by "
                  "'camtg entities')", key);
    return e;
}

void cli_add_label(cli_buf *out, const camtg_entity *e)
{
    cli_buf_addf(out, "%s (%s)", camtg_entity_name(e), camtg_entity_id(e));
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
        cli_buf_add(out, camtg_sector_to_string((camtg_sector)camtg_commitment_sector(c, i)));
    }
}
