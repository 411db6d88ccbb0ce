/* SPDX-License-Identifier: MIT */
/* Shared declarations of the camtg command line: what a command is, the
 * state it runs with, exit statuses, and the helpers every command uses.
 *
 * Adding a command: write cmd_NAME.c defining `const cli_command
 * cli_cmd_NAME` (its options table, help texts and run function; see
 * cmd_entities.c for a listing, cmd_validate.c for the smallest one),
 * declare it below and add one row to cli_commands[] in commands.c. The
 * build picks up every .c file of this folder; the man page (tools/camtg.1)
 * must document it, which a test checks. README.md here says more. */
#ifndef CAMTG_CLI_H
#define CAMTG_CLI_H

#include <stddef.h>

#include <camtg/camtg.h>

#include "buf.h"
#include "opt.h"

/** Exit statuses, as camtg(1) documents them. */
enum {
    CLI_EXIT_OK = 0,     /**< Success. */
    CLI_EXIT_DATA = 1,   /**< Bad data, an unknown key or value, or the
                              output could not be written. */
    CLI_EXIT_USAGE = 2   /**< Bad usage: unknown option, missing argument. */
};

/** How a listing is written (--format). */
typedef enum cli_format {
    CLI_FORMAT_TABLE = 0,  /**< Aligned text for people (the default). */
    CLI_FORMAT_JSON,       /**< One JSON document. */
    CLI_FORMAT_JSONL,      /**< One JSON object per line. */
    CLI_FORMAT_CSV         /**< RFC 4180, with a header row. */
} cli_format;

/** What to do with a CSV cell that a spreadsheet would run as a formula
 *  (--csv-formulas); see csv.h. */
typedef enum cli_csv_policy {
    CLI_CSV_ESCAPE = 0,  /**< Prefix it with an apostrophe (the default). */
    CLI_CSV_KEEP,        /**< Write it unchanged. */
    CLI_CSV_REFUSE       /**< Fail, naming the record and column. */
} cli_csv_policy;

/** Which of the common options a command takes (cli_command.flags). */
enum {
    CLI_CMD_DATA = 1u << 0,     /**< Reads the dataset: takes --data FILE, and
                                     run() gets it open (cli_command_run). */
    CLI_CMD_LISTING = 1u << 1,  /**< Writes a listing: --format, --json. */
    CLI_CMD_CSV = 1u << 2       /**< Can write CSV: --csv-formulas. */
};

/** What a command runs with, filled by main.c before run() is called. */
typedef struct cli_ctx {
    const char *data_path;      /**< --data FILE; NULL for the embedded
                                     dataset, "-" for standard input. */
    const char *command;        /**< The command's name, for messages. */
    cli_buf *out;               /**< Normal output; see buf.h and out.h. */
    size_t width;               /**< Terminal width for wrapping; 0 = none. */
    cli_format format;          /**< --format of a listing command. */
    int exact;                  /**< Output is data (JSON, CSV, DOT) passed on
                                     byte for byte; otherwise it is text for
                                     people, defanged on the way out (out.h). */
    cli_csv_policy csv_policy;  /**< --csv-formulas. */
} cli_ctx;

/** A command: its name, options, help and what it does. */
typedef struct cli_command {
    const char *name;
    const char *summary;         /**< One line for `camtg --help`. */
    const char *description;     /**< Paragraphs for `camtg NAME --help`. */
    const cli_opt_spec *options; /**< Its own options and arguments. */
    unsigned flags;              /**< CLI_CMD_*: common options it takes. */
    const char *examples;        /**< Example lines for --help, one per line. */
    /** Optional: the variable its own options store the path of the dataset
     *  it reads in, instead of --data (validate, compile). The dataset is
     *  then checked completely before run(), and a fault reported as
     *  `camtg validate` reports it. */
    const char **input;
    /** Optional: checks its own option values before the dataset is read,
     *  so that a mistake costs no loading. @return 0, or an exit status. */
    int (*check)(cli_ctx *ctx);
    /** Runs after parsing; output to ctx->out, errors to stderr. @p db is
     *  the dataset when the command reads one (CLI_CMD_DATA or input),
     *  opened before and closed after; NULL otherwise.
     *  @return an exit status. */
    int (*run)(cli_ctx *ctx, const camtg_db *db);
    /** Optional: appends more sections to --help (export's formats). */
    void (*help_extra)(cli_buf *out);
} cli_command;

extern const cli_command cli_cmd_summary;
extern const cli_command cli_cmd_entities;
extern const cli_command cli_cmd_show;
extern const cli_command cli_cmd_commitments;
extern const cli_command cli_cmd_timeline;
extern const cli_command cli_cmd_compliance;
extern const cli_command cli_cmd_export;
extern const cli_command cli_cmd_validate;
extern const cli_command cli_cmd_compile;
extern const cli_command cli_cmd_html;
extern const cli_command cli_cmd_help;

/** Every command, in the order `camtg --help` lists them; NULL-terminated. */
extern const cli_command *const cli_commands[];

/** The command called @p name, or NULL. */
const cli_command *cli_command_find(const char *name);

/** Runs @p cmd once its options are parsed and applied: its check(), then
 *  its run() with the dataset it reads, opened (reporting a failure as
 *  cli_open_path does) and closed after. @return an exit status. */
int cli_command_run(const cli_command *cmd, cli_ctx *ctx);

/** Reports @p name as an unknown command (in the words of @p command, or
 *  of the program when NULL), with a did-you-mean or a hint for a near
 *  miss; returns ::CLI_EXIT_USAGE. */
int cli_command_unknown(const char *command, const char *name);

/** Appends the --help text of @p cmd, or of the program when NULL. */
void cli_help_write(cli_buf *out, const cli_command *cmd);

/** The values of the options every command shares (options.c). */
typedef struct cli_common_values {
    const char *data;      /**< --data FILE */
    const char *format;    /**< --format FMT or --json */
    const char *csv;       /**< --csv-formulas POLICY */
    int help;              /**< -h, --help */
    int version;           /**< -V, --version */
} cli_common_values;
extern cli_common_values cli_common;

/** Tables of the shared options, by the flag that brings them in. */
extern const cli_opt_spec cli_data_options[];     /* CLI_CMD_DATA */
extern const cli_opt_spec cli_listing_options[];  /* CLI_CMD_LISTING */
extern const cli_opt_spec cli_csv_options[];      /* CLI_CMD_CSV */
extern const cli_opt_spec cli_help_options[];     /* every command */
extern const cli_opt_spec cli_version_options[];  /* before a command */

/** The option tables the words before a command are parsed with:
 *  --data, --version, --help. Stores 3 in @p tables; returns 3. */
size_t cli_program_tables(const cli_opt_spec **tables);

/** The option tables of @p cmd in the order they are searched and listed:
 *  its own, then the shared ones its flags bring in, then --help. Stores up
 *  to 5 in @p tables; returns how many. */
size_t cli_command_tables(const cli_command *cmd, const cli_opt_spec **tables);

/** Checks the shared options given against what @p cmd takes and fills
 *  @p ctx from them. @return 0, or ::CLI_EXIT_USAGE after reporting. */
int cli_common_apply(const cli_command *cmd, cli_ctx *ctx);

/** The width of the terminal on stdout, or 0 when stdout is not one. */
size_t cli_terminal_width(void);

/** Prints "camtg: " + a formatted message + newline to stderr, with
 *  control, bidi and invisible characters shown as '?'. */
void cli_error(const char *fmt, ...) CLI_PRINTF(1, 2);
/** Reports that memory ran out, as cli_error() does; returns
 *  ::CLI_EXIT_DATA. */
int cli_out_of_memory(void);
/** Prints a usage error for @p command (NULL: the program), with a pointer
 *  to its --help, and returns ::CLI_EXIT_USAGE. */
int cli_usage_error(const char *command, const char *fmt, ...) CLI_PRINTF(2, 3);

/**
 * Prints a load failure of @p path in the editor-friendly forms of
 * camtg(1): `FILE:LINE:COLUMN: message` for syntax errors,
 * `FILE: /json/pointer: message` for semantic ones, `FILE: message`
 * otherwise. @p path NULL stands for the embedded dataset, "-" for
 * standard input.
 */
void cli_report_load_error(const char *path, const camtg_error *err);

/** How messages name an input: @p path, "(standard input)" for "-",
 *  "(embedded dataset)" for NULL. */
const char *cli_input_name(const char *path);

/** Opens @p path as --data and validate do: NULL for the embedded dataset,
 *  "-" for standard input. On failure reports it and returns NULL. */
camtg_db *cli_open_path(const char *path);

/** Looks @p key up as an entity (camtg_entity_find: id, then name or
 *  alias, folding case); on failure reports it and returns NULL. */
const camtg_entity *cli_lookup_entity(const camtg_db *db, const char *key);
/** Looks a meeting up by id; on failure reports it and returns NULL. */
const camtg_meeting *cli_lookup_meeting(const camtg_db *db, const char *id);

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
