/*
 * status.c - status codes as text, and filling mindset_error values. The library reports
 * every failure this way; it never prints.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

const char *mindset_strerror(mindset_status status)
{
    switch (status) {
    case MINDSET_OK: return "success";
    case MINDSET_ERR_NOMEM: return "out of memory";
    case MINDSET_ERR_USAGE: return "invalid argument";
    case MINDSET_ERR_UTF8: return "invalid UTF-8";
    case MINDSET_ERR_TOO_BIG: return "input too large";
    case MINDSET_ERR_LEXICON: return "lexicon error";
    case MINDSET_ERR_IO: return "cannot read file";
    case MINDSET_ERR_NETWORK: return "unknown network";
    case MINDSET_ERR_LANG: return "unknown language";
    case MINDSET_ERR_STEMMER: return "stemmer unavailable";
    case MINDSET_ERR_RULE: return "unknown rule";
    }
    return "unknown status";
}

void ms__error_set(mindset_error *err, const char *file, int line, int column,
                   const char *fmt, ...)
{
    if (!err)
        return;
    snprintf(err->file, sizeof err->file, "%s", file ? file : "");
    err->line = line;
    err->column = column;
    err->offset = -1;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->text, sizeof err->text, fmt, ap);
    va_end(ap);
}

void mindset_free(void *p)
{
    free(p);
}
