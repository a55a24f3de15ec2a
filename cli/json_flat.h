/* json_flat.h - strict fast reader for flat JSON records (see json_flat.c). */
#ifndef MINDSET_CLI_JSON_FLAT_H
#define MINDSET_CLI_JSON_FLAT_H

#include <stddef.h>

#include "strbuf.h"

#define FLAT_MAX_KEYS 32

typedef enum { FLAT_STRING, FLAT_NUMBER, FLAT_LITERAL } flat_kind;

typedef struct {
    const char *start; /* strings: the bytes between the quotes, still escaped */
    size_t len;
    flat_kind kind;
    int escaped; /* the string holds backslash escapes */
} flat_value;

typedef struct {
    flat_value keys[FLAT_MAX_KEYS], values[FLAT_MAX_KEYS];
    int nkeys;
} flat_record;

/* 0 when s[0..n) is one flat JSON object this reader fully validated; -1 otherwise (the
   caller then uses a full parser, which also produces the error message). */
int flat_parse(const char *s, size_t n, flat_record *r);
/* The value of key name, or NULL. Borrowed from the record's input. */
const flat_value *flat_get(const flat_record *r, const char *name);
/* Appends the decoded bytes of a string value. */
void flat_decode(const flat_value *v, strbuf *b);

#endif
