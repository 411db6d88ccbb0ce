/* SPDX-License-Identifier: MIT */
#include "opt.h"

#include <string.h>

#include "cli.h"
#include "suggest.h"

/* Every entry of every table of @p p, in search order; @p visit returns
 * nonzero to stop, and that entry is returned. */
typedef int (*opt_visit_fn)(const cli_opt_spec *s, const void *data);

static const cli_opt_spec *opt_each(const cli_opt_parser *p, opt_visit_fn visit,
                                    const void *data)
{
    for (size_t t = 0; t < p->ntables; t++)
        for (const cli_opt_spec *s = p->tables[t]; s && s->kind != CLI_OPT_END; s++)
            if (visit(s, data))
                return s;
    return NULL;
}

typedef struct opt_name {
    const char *name;
    size_t len;
} opt_name;

static int opt_is_long(const cli_opt_spec *s, const void *data)
{
    const opt_name *n = data;
    return s->kind != CLI_OPT_ARG && strlen(s->name) == n->len &&
           strncmp(s->name, n->name, n->len) == 0;
}

static int opt_is_alias(const cli_opt_spec *s, const void *data)
{
    return s->kind != CLI_OPT_ARG && s->alias && s->alias == *(const char *)data;
}

static int opt_is_free_arg(const cli_opt_spec *s, const void *data)
{
    (void)data;
    return s->kind == CLI_OPT_ARG && *(const char **)s->value == NULL;
}

/* Another option writing to the same slot (--format for --json). */
static int opt_shares_slot(const cli_opt_spec *s, const void *data)
{
    const cli_opt_spec *other = data;
    return s != other && s->value == other->value && s->kind == CLI_OPT_VALUE;
}

/* "did you mean '--involving'?" for an unknown long option. */
static void opt_unknown(const cli_opt_parser *p, const char *word, const char *name,
                        size_t len)
{
    const char *names[64];
    size_t n = 0;
    for (size_t t = 0; t < p->ntables; t++)
        for (const cli_opt_spec *s = p->tables[t]; s && s->kind != CLI_OPT_END; s++)
            if (s->kind != CLI_OPT_ARG && n < sizeof names / sizeof names[0])
                names[n++] = s->name;
    char bare[72];
    const char *best = NULL;
    if (len < sizeof bare) {
        memcpy(bare, name, len);
        bare[len] = '\0';
        best = cli_suggest(bare, names, n);
    }
    if (best)
        cli_usage_error(p->command, "unknown option '%s'; did you mean '--%s'?", word, best);
    else if (p->unknown_hint)
        cli_usage_error(p->command, "unknown option '%s'; %s", word, p->unknown_hint);
    else
        cli_usage_error(p->command, "unknown option '%s'", word);
}

/* Stores @p value in the slot of @p s, refusing a second value. */
static cli_opt_status opt_store(const cli_opt_parser *p, const cli_opt_spec *s,
                                const char *value)
{
    const char **slot = s->value;
    if (*slot) {
        const cli_opt_spec *twin = opt_each(p, opt_shares_slot, s);
        if (twin && s->kind == CLI_OPT_CONST)
            cli_usage_error(p->command, "'--%s' and '--%s' both given", twin->name, s->name);
        else
            cli_usage_error(p->command, "option '--%s' given twice", s->name);
        return CLI_OPT_EUSAGE;
    }
    *slot = value;
    return CLI_OPT_OK;
}

/* One option word (already known not to be positional) at argv[*i]. */
static cli_opt_status opt_option(cli_opt_parser *p, int argc, char **argv, int *i)
{
    const char *word = argv[*i];
    const char *eq = NULL;
    const cli_opt_spec *s;
    if (word[1] == '-') {
        opt_name n = {word + 2, 0};
        eq = strchr(n.name, '=');
        n.len = eq ? (size_t)(eq - n.name) : strlen(n.name);
        s = opt_each(p, opt_is_long, &n);
        if (!s) {
            opt_unknown(p, word, n.name, n.len);
            return CLI_OPT_EUSAGE;
        }
    } else {
        s = word[2] == '\0' ? opt_each(p, opt_is_alias, &word[1]) : NULL;
        if (!s) {
            /* -v for -V, -json for --json: both worth a hint. */
            char upper = (char)(word[1] >= 'a' && word[1] <= 'z' ? word[1] - 32 : word[1]);
            char lower = (char)(word[1] >= 'A' && word[1] <= 'Z' ? word[1] + 32 : word[1]);
            const cli_opt_spec *near = word[2] == '\0'
                ? (opt_each(p, opt_is_alias, &upper) ? opt_each(p, opt_is_alias, &upper)
                                                     : opt_each(p, opt_is_alias, &lower))
                : NULL;
            if (near) {
                cli_usage_error(p->command, "unknown option '%s'; did you mean '-%c' (--%s)?",
                                word, near->alias, near->name);
                return CLI_OPT_EUSAGE;
            }
            opt_unknown(p, word, word + 1, strlen(word + 1));
            return CLI_OPT_EUSAGE;
        }
    }
    const char *value = NULL;
    if (s->kind == CLI_OPT_FLAG || s->kind == CLI_OPT_CONST) {
        if (eq) {
            cli_usage_error(p->command, "option '--%s' takes no value", s->name);
            return CLI_OPT_EUSAGE;
        }
        if (s->kind == CLI_OPT_FLAG) {
            *(int *)s->value = 1;
            return CLI_OPT_OK;
        }
        return opt_store(p, s, s->constant);
    }
    if (eq) {
        value = eq + 1;
    } else if (*i + 1 < argc) {
        value = argv[++*i];
    } else {
        cli_usage_error(p->command, "option '--%s' needs a value (%s)", s->name,
                        s->value_name ? s->value_name : "a word");
        return CLI_OPT_EUSAGE;
    }
    if (value[0] == '\0') {
        cli_usage_error(p->command, "option '--%s' needs a non-empty value", s->name);
        return CLI_OPT_EUSAGE;
    }
    if (s->kind == CLI_OPT_LIST) {
        cli_opt_list *list = s->value;
        if (list->n >= CLI_OPT_LIST_MAX) {
            cli_usage_error(p->command, "option '--%s' given too many times", s->name);
            return CLI_OPT_EUSAGE;
        }
        list->items[list->n++] = value;
        return CLI_OPT_OK;
    }
    return opt_store(p, s, value);
}

static cli_opt_status opt_positional(const cli_opt_parser *p, const char *word)
{
    const cli_opt_spec *s = opt_each(p, opt_is_free_arg, NULL);
    if (s) {
        *(const char **)s->value = word;
        return CLI_OPT_OK;
    }
    char buf[160];
    const char *hint = p->hint ? p->hint(word, buf, sizeof buf) : NULL;
    if (hint)
        cli_usage_error(p->command, "unexpected argument '%s'; %s", word, hint);
    else
        cli_usage_error(p->command, "unexpected argument '%s'", word);
    return CLI_OPT_EUSAGE;
}

cli_opt_status cli_opt_parse(cli_opt_parser *p, int argc, char **argv)
{
    int literal = 0;
    int i;
    for (i = 0; i < argc; i++) {
        const char *word = argv[i];
        int positional = literal || word[0] != '-' || word[1] == '\0';
        if (!positional && strcmp(word, "--") == 0) {
            literal = 1;
            continue;
        }
        if (positional && p->stop_at_positional)
            break;
        cli_opt_status rc = positional ? opt_positional(p, word) : opt_option(p, argc, argv, &i);
        if (rc != CLI_OPT_OK)
            return rc;
    }
    p->next = i;
    return CLI_OPT_OK;
}

static int opt_is_missing(const cli_opt_spec *s, const void *data)
{
    (void)data;
    return s->kind == CLI_OPT_ARG && (s->flags & CLI_OPT_REQUIRED) &&
           *(const char **)s->value == NULL;
}

cli_opt_status cli_opt_check_required(const cli_opt_parser *p)
{
    const cli_opt_spec *s = opt_each(p, opt_is_missing, NULL);
    if (!s)
        return CLI_OPT_OK;
    if (s->help)
        cli_usage_error(p->command, "missing %s (%s)", s->name, s->help);
    else
        cli_usage_error(p->command, "missing %s", s->name);
    return CLI_OPT_EUSAGE;
}

int cli_opt_usage_item(cli_buf *out, const cli_opt_spec *s)
{
    if (s->flags & CLI_OPT_HIDDEN)
        return 0;
    switch (s->kind) {
    case CLI_OPT_FLAG:
    case CLI_OPT_CONST:
        cli_buf_addf(out, "[--%s]", s->name);
        break;
    case CLI_OPT_VALUE:
        cli_buf_addf(out, "[--%s %s]", s->name, s->value_name);
        break;
    case CLI_OPT_LIST:
        cli_buf_addf(out, "[--%s %s]...", s->name, s->value_name);
        break;
    case CLI_OPT_ARG:
        cli_buf_addf(out, (s->flags & CLI_OPT_REQUIRED) ? "%s" : "[%s]", s->name);
        break;
    case CLI_OPT_END:
        return 0;
    }
    return 1;
}

/* The left part of an entry in the option list: "-V, --version",
 * "--data FILE", "KEY". */
static void opt_left(cli_buf *out, const cli_opt_spec *s)
{
    if (s->kind == CLI_OPT_ARG) {
        cli_buf_add(out, s->name);
        return;
    }
    if (s->alias)
        cli_buf_addf(out, "-%c, ", s->alias);
    cli_buf_addf(out, "--%s", s->name);
    if (s->kind == CLI_OPT_VALUE || s->kind == CLI_OPT_LIST)
        cli_buf_addf(out, " %s", s->value_name);
}

size_t cli_opt_usage_column(const cli_opt_spec *specs)
{
    size_t column = 0;
    cli_buf left;
    cli_buf_init(&left);
    for (const cli_opt_spec *s = specs; s && s->kind != CLI_OPT_END; s++) {
        if (s->flags & CLI_OPT_HIDDEN)
            continue;
        left.len = 0;
        opt_left(&left, s);
        if (left.len + 4 > column)
            column = left.len + 4;
    }
    cli_buf_free(&left);
    return column;
}

size_t cli_opt_usage_list(cli_buf *out, const cli_opt_spec *specs, size_t help_column)
{
    size_t n = 0;
    for (const cli_opt_spec *s = specs; s && s->kind != CLI_OPT_END; s++) {
        if (s->flags & CLI_OPT_HIDDEN)
            continue;
        size_t start = out->len;
        cli_buf_add(out, "  ");
        opt_left(out, s);
        size_t used = out->len - start;
        const char *help = s->help ? s->help : "";
        /* Continuation lines of a help text line up under its start. */
        for (const char *line = help; *line;) {
            size_t len = strcspn(line, "\n");
            cli_buf_pad(out, used < help_column ? help_column - used : 1);
            cli_buf_addn(out, line, len);
            cli_buf_addc(out, '\n');
            used = 0;
            line += len + (line[len] == '\n');
        }
        if (!*help)
            cli_buf_addc(out, '\n');
        n++;
    }
    return n;
}
