/* Option parsing for the subcommands: GNU-style long options only
 * (`--name value`, `--name=value`), `-h` for `--help`, `--` to end
 * options. Written by hand rather than with getopt_long so that every
 * message names the subcommand and follows camtg(1). */
#ifndef CAMTG_CLI_ARGS_H
#define CAMTG_CLI_ARGS_H

#include "cli.h"

/** One option a subcommand accepts. */
typedef struct cli_option {
    const char *name;  /**< Long name without the dashes; NULL ends a table. */
    int takes_value;   /**< Whether the option needs a value. */
    int id;            /**< Returned by cli_args_next(); must be > 0. */
} cli_option;

/** Returned by cli_args_next() besides option ids. */
enum {
    CLI_ARG_END = 0,          /**< No more words. */
    CLI_ARG_POSITIONAL = -1,  /**< A word that is not an option; in *value. */
    CLI_ARG_ERROR = -2        /**< A usage error, already reported. */
};

/** Iteration state over the words of one subcommand. */
typedef struct cli_args {
    int argc;
    char **argv;
    int index;           /**< Next word to read. */
    int options_ended;   /**< After `--`, every word is positional. */
} cli_args;

void cli_args_init(cli_args *a, int argc, char **argv);

/**
 * Reads the next option or positional word. Every subcommand also accepts
 * `--help`/`-h` (id ::CLI_OPT_HELP) and `--data FILE` (::CLI_OPT_DATA),
 * which it need not list in @p options.
 * @param[out] value the option's value or the positional word.
 */
int cli_args_next(cli_args *a, const cli_ctx *ctx, const cli_option *options,
                  const char **value);

/** Ids of the options every subcommand accepts. */
enum { CLI_OPT_HELP = 1000, CLI_OPT_DATA = 1001 };

/** Handles the options common to every query subcommand: stores --data in
 *  @p ctx (once). @return 0, or ::CLI_EXIT_USAGE after reporting. */
int cli_args_common(cli_ctx *ctx, int id, const char *value);

/** Stores @p value in *@p slot, refusing an option given twice.
 *  @return 0, or ::CLI_EXIT_USAGE after reporting. */
int cli_args_once(const cli_ctx *ctx, const char *name, const char **slot,
                  const char *value);

#endif
