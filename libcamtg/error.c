/* SPDX-License-Identifier: MIT */
#include "error.h"
#include "utf8.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void camtg_error_clear(camtg_error *err)
{
    if (err == NULL)
        return;
    memset(err, 0, sizeof *err);
    err->code = CAMTG_OK;
    err->line = -1;
    err->column = -1;
    err->offset = -1;
}

int camtg_error_set(camtg_error *err, int code, const char *path, const char *fmt, ...)
{
    if (err == NULL)
        return code;
    camtg_error_clear(err);
    err->code = code;
    if (path != NULL)
        snprintf(err->path, sizeof err->path, "%s", path);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    /* Values quoted with a precision, or a message cut at its capacity, may
     * end in the middle of a character. */
    camtg_utf8_sanitize(err->message);
    return code;
}

typedef struct code_text {
    int code;
    const char *name;
    const char *text;
} code_text;

static const code_text CODE_TEXTS[] = {
    {CAMTG_OK, "CAMTG_OK", "success"},
    {CAMTG_ERROR, "CAMTG_ERROR", "error"},
    {CAMTG_EINVAL, "CAMTG_EINVAL", "invalid argument"},
    {CAMTG_ENOMEM, "CAMTG_ENOMEM", "out of memory"},
    {CAMTG_EIO, "CAMTG_EIO", "input/output error"},
    {CAMTG_ESYNTAX, "CAMTG_ESYNTAX", "JSON syntax error"},
    {CAMTG_ESCHEMA, "CAMTG_ESCHEMA", "value does not fit the schema"},
    {CAMTG_EDUPLICATE, "CAMTG_EDUPLICATE", "duplicate id"},
    {CAMTG_EREFERENCE, "CAMTG_EREFERENCE", "reference to an unknown record"},
    {CAMTG_EVOCAB, "CAMTG_EVOCAB", "value outside its vocabulary"},
    {CAMTG_EEVIDENCE, "CAMTG_EEVIDENCE", "evidence does not match its source"},
    {CAMTG_ECYCLE, "CAMTG_ECYCLE", "cycle in places or groups"},
    {CAMTG_ELIMIT, "CAMTG_ELIMIT", "input exceeds a limit"},
    {CAMTG_ENOTFOUND, "CAMTG_ENOTFOUND", "not found"},
    {CAMTG_ITEROVER, "CAMTG_ITEROVER", "iteration over"},
    {CAMTG_ESNAPSHOT, "CAMTG_ESNAPSHOT", "invalid snapshot"},
};

static const code_text *code_find(int code)
{
    for (size_t i = 0; i < sizeof CODE_TEXTS / sizeof CODE_TEXTS[0]; i++)
        if (CODE_TEXTS[i].code == code)
            return &CODE_TEXTS[i];
    return NULL;
}

const char *camtg_strerror(int code)
{
    const code_text *s = code_find(code);
    return s != NULL ? s->text : "unknown error";
}

const char *camtg_error_code_name(int code)
{
    const code_text *s = code_find(code);
    return s != NULL ? s->name : NULL;
}
