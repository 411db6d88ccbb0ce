#include "args.h"

#include <string.h>

void cli_args_init(cli_args *a, int argc, char **argv)
{
    a->argc = argc;
    a->argv = argv;
    a->index = 0;
    a->options_ended = 0;
}

static const cli_option cli_common_options[] = {
    {"help", 0, CLI_OPT_HELP},
    {"data", 1, CLI_OPT_DATA},
    {NULL, 0, 0},
};

/* Finds @p name (of length @p len) in @p options, then in the common ones. */
static const cli_option *args_find(const cli_option *options, const char *name, size_t len)
{
    const cli_option *tables[2] = {options, cli_common_options};
    for (int t = 0; t < 2; t++)
        for (const cli_option *o = tables[t]; o && o->name; o++)
            if (strlen(o->name) == len && strncmp(o->name, name, len) == 0)
                return o;
    return NULL;
}

int cli_args_next(cli_args *a, const cli_ctx *ctx, const cli_option *options,
                  const char **value)
{
    *value = NULL;
    if (a->index >= a->argc)
        return CLI_ARG_END;
    const char *word = a->argv[a->index++];
    if (a->options_ended || word[0] != '-' || word[1] == '\0') {
        *value = word;
        return CLI_ARG_POSITIONAL;
    }
    if (strcmp(word, "--") == 0) {
        a->options_ended = 1;
        return cli_args_next(a, ctx, options, value);
    }
    if (strcmp(word, "-h") == 0)
        return CLI_OPT_HELP;
    if (word[1] != '-') {
        cli_usage_error(ctx, "unknown option '%s'", word);
        return CLI_ARG_ERROR;
    }
    const char *name = word + 2;
    const char *eq = strchr(name, '=');
    size_t len = eq ? (size_t)(eq - name) : strlen(name);
    const cli_option *o = args_find(options, name, len);
    if (!o) {
        cli_usage_error(ctx, "unknown option '--%.*s'", (int)len, name);
        return CLI_ARG_ERROR;
    }
    if (!o->takes_value) {
        if (eq) {
            cli_usage_error(ctx, "option '--%s' takes no value", o->name);
            return CLI_ARG_ERROR;
        }
        return o->id;
    }
    if (eq) {
        *value = eq + 1;
    } else if (a->index < a->argc) {
        *value = a->argv[a->index++];
    } else {
        cli_usage_error(ctx, "option '--%s' needs a value", o->name);
        return CLI_ARG_ERROR;
    }
    if ((*value)[0] == '\0') {
        cli_usage_error(ctx, "option '--%s' needs a non-empty value", o->name);
        return CLI_ARG_ERROR;
    }
    return o->id;
}

int cli_args_once(const cli_ctx *ctx, const char *name, const char **slot,
                  const char *value)
{
    if (*slot)
        return cli_usage_error(ctx, "option '--%s' given twice", name);
    *slot = value;
    return 0;
}

int cli_args_common(cli_ctx *ctx, int id, const char *value)
{
    if (id == CLI_OPT_DATA)
        return cli_args_once(ctx, "data", &ctx->data_path, value);
    return 0;
}
