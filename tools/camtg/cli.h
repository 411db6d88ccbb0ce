/* Shared declarations of the camtg command line: the state a subcommand
 * runs with, exit statuses, and the helpers every subcommand uses. */
#ifndef CAMTG_CLI_H
#define CAMTG_CLI_H

#include <stddef.h>

#include <camtg/camtg.h>

#include "buf.h"

/** Exit statuses, as camtg(1) documents them. */
enum {
    CLI_EXIT_OK = 0,     /**< Success. */
    CLI_EXIT_DATA = 1,   /**< Bad data, or an unknown key or value. */
    CLI_EXIT_USAGE = 2   /**< Bad usage: unknown option, missing argument. */
};

/** What a subcommand runs with. */
typedef struct cli_ctx {
    const char *data_path;  /**< --data FILE, or NULL for the embedded dataset. */
    const char *command;    /**< The subcommand's name, for messages. */
    cli_buf *out;           /**< Where normal output goes until success. */
    size_t width;           /**< Terminal width for wrapping; 0 = do not wrap. */
    int exact;              /**< Output is data (JSON, CSV, DOT) to pass on byte
                                 for byte, not text for a terminal. */
} cli_ctx;

/** A subcommand: parses @p argc/@p argv (the words after its name) and
 *  returns an exit status. Output goes to ctx->out, errors to stderr. */
typedef int (*cli_command_fn)(cli_ctx *ctx, int argc, char **argv);

int cli_cmd_summary(cli_ctx *ctx, int argc, char **argv);
int cli_cmd_entities(cli_ctx *ctx, int argc, char **argv);
int cli_cmd_show(cli_ctx *ctx, int argc, char **argv);
int cli_cmd_commitments(cli_ctx *ctx, int argc, char **argv);
int cli_cmd_export(cli_ctx *ctx, int argc, char **argv);
int cli_cmd_validate(cli_ctx *ctx, int argc, char **argv);

/** The width of the terminal on stdout, or 0 when stdout is not one. */
size_t cli_terminal_width(void);

/** Prints "camtg: " + a formatted message + newline to stderr. */
void cli_error(const char *fmt, ...) CLI_PRINTF(1, 2);
/** Prints a usage error for the current subcommand, with a pointer to its
 *  --help, and returns ::CLI_EXIT_USAGE. */
int cli_usage_error(const cli_ctx *ctx, const char *fmt, ...) CLI_PRINTF(2, 3);

/**
 * Prints a load failure of @p path in the editor-friendly forms of
 * camtg(1): `FILE:LINE:COLUMN: message` for syntax errors,
 * `FILE: /json/pointer: message` for semantic ones, `FILE: message`
 * otherwise. @p path NULL stands for the embedded dataset.
 */
void cli_report_load_error(const char *path, const camtg_error *err);

/** Opens the dataset the context names (--data or the embedded one);
 *  on failure reports it and returns NULL. */
camtg_db *cli_open(const cli_ctx *ctx);

/** Looks @p key up as an entity; on failure reports it and returns NULL. */
const camtg_entity *cli_lookup_entity(const camtg_db *db, const char *key);

/** Appends "Name (ID)". */
void cli_add_label(cli_buf *out, const camtg_entity *e);

/** The three entity lists of a commitment. */
typedef enum cli_role { CLI_ACTORS, CLI_TARGETS, CLI_OBJECTS } cli_role;
/** Number of entities in one list of @p c. */
size_t cli_role_count(const camtg_commitment *c, cli_role role);
/** Entity @p i of one list of @p c. */
const camtg_entity *cli_role_at(const camtg_commitment *c, cli_role role, size_t i);
/** Appends one list of @p c joined by ", ": "Name (ID)" each, or only the
 *  ids when @p ids_only; @p none when the list is empty. */
void cli_add_role(cli_buf *out, const camtg_commitment *c, cli_role role,
                  int ids_only, const char *none);
/** Appends the sectors of @p c joined by @p sep. */
void cli_add_sectors(cli_buf *out, const camtg_commitment *c, const char *sep);

#endif
