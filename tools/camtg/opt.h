/* SPDX-License-Identifier: MIT */
/* Declarative options: a command lists what it accepts in one table of
 * cli_opt_spec, and that table both drives the parser and prints the
 * usage, so the two cannot drift apart. Each entry points at the variable
 * it sets (the way libgit2's src/cli does it), which leaves a command's
 * run function nothing to parse.
 *
 * Accepted forms: `--name value`, `--name=value`, `-x value` for an entry
 * with a short alias, `--` to make every later word positional, and `-`
 * alone as a positional word (standard input). */
#ifndef CAMTG_CLI_OPT_H
#define CAMTG_CLI_OPT_H

#include <stddef.h>

#include "buf.h"

/** What an entry is and what it stores. */
typedef enum cli_opt_kind {
    CLI_OPT_END = 0,  /**< Ends a table (all other fields unused). */
    CLI_OPT_FLAG,     /**< `--name`; sets the `int` at value to 1. */
    CLI_OPT_VALUE,    /**< `--name V`; sets the `const char *` at value;
                           giving it twice is a usage error. */
    CLI_OPT_CONST,    /**< `--name` standing for another VALUE option with a
                           fixed value (`--json` = `--format json`): stores
                           `constant` in the same slot, with the same rule. */
    CLI_OPT_LIST,     /**< `--name V`, repeatable; appends to the
                           ::cli_opt_list at value. */
    CLI_OPT_ARG       /**< A positional word, matched in table order; sets
                           the `const char *` at value. */
} cli_opt_kind;

/** Flags of an entry. */
enum {
    CLI_OPT_REQUIRED = 1u << 0,  /**< An ARG that must be given. */
    CLI_OPT_HIDDEN = 1u << 1     /**< Accepted but left out of the usage. */
};

/** One option or positional argument of a command. */
typedef struct cli_opt_spec {
    cli_opt_kind kind;
    const char *name;        /**< Long name without dashes; for an ARG the
                                  word shown in the usage (`KEY`). */
    char alias;              /**< Short form (`-V`), or 0. */
    void *value;             /**< Where the parsed value goes (see kinds). */
    const char *constant;    /**< What a CLI_OPT_CONST stores. */
    unsigned flags;          /**< CLI_OPT_REQUIRED, CLI_OPT_HIDDEN. */
    const char *value_name;  /**< Shown after the option: `FILE`, `K`. */
    const char *help;        /**< One line (or more, joined by '\n') for
                                  the usage; NULL for HIDDEN entries. */
} cli_opt_spec;

/** The longest repeatable option list (more is a usage error). */
#define CLI_OPT_LIST_MAX 64

/** The values of a CLI_OPT_LIST option, in the order given. */
typedef struct cli_opt_list {
    const char *items[CLI_OPT_LIST_MAX];
    size_t n;
} cli_opt_list;

/** Parsing outcomes. */
typedef enum cli_opt_status {
    CLI_OPT_OK = 0,          /**< Every word parsed and stored. */
    CLI_OPT_EUSAGE           /**< A usage error, already reported on stderr
                                  (with a did-you-mean when one is close). */
} cli_opt_status;

/** A parse: several tables searched in order (a command's own options,
 *  then the common ones that apply to it). */
typedef struct cli_opt_parser {
    const cli_opt_spec *tables[6];
    size_t ntables;
    const char *command;     /**< For messages: "camtg CMD: ..."; NULL for
                                  the words before the command. */
    int stop_at_positional;  /**< Stop at the first positional word and
                                  leave it unparsed (the command name). */
    /** Optional: a hint for an unexpected positional word (`csv` in
     *  `camtg export csv` gets "did you mean --format csv?"). Writes it
     *  into @p buf and returns buf, or returns NULL for no hint. */
    const char *(*hint)(const char *word, char *buf, size_t size);
    /** Optional: said after "unknown option 'X'" when no spelling is near. */
    const char *unknown_hint;
    int next;                /**< After cli_opt_parse(): index of the first
                                  word not parsed. */
} cli_opt_parser;

/**
 * Parses @p argv[0..argc) against the parser's tables, storing every value.
 * Unknown options, a missing value, an empty value, a value option given
 * twice, an unexpected positional word: reported as usage errors (naming
 * the command, suggesting the closest spelling) and CLI_OPT_EUSAGE
 * returned. Required ARGs are not checked here: a `--help` anywhere must
 * still win; call cli_opt_check_required() afterwards.
 */
cli_opt_status cli_opt_parse(cli_opt_parser *p, int argc, char **argv);

/** Reports the first REQUIRED ARG left unset. */
cli_opt_status cli_opt_check_required(const cli_opt_parser *p);

/** Appends how @p s appears in a usage line: `[--name V]`, `[--name
 *  V]...`, `[--flag]`, `ARG`, `[ARG]`. @return 0 for a hidden entry (then
 *  nothing is appended), else 1. */
int cli_opt_usage_item(cli_buf *out, const cli_opt_spec *s);

/** Appends the option list: one entry per line, `  -x, --name V   help`,
 *  help aligned at one column for all of @p specs. Returns the number of
 *  entries written. */
size_t cli_opt_usage_list(cli_buf *out, const cli_opt_spec *specs, size_t help_column);

/** The column cli_opt_usage_list() would align help texts at for these
 *  tables: pass the largest of several tables to align them together. */
size_t cli_opt_usage_column(const cli_opt_spec *specs);

#endif
