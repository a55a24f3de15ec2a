/* builtin.h - the lexicon files compiled into the library (generated at build time). */
#ifndef MS_BUILTIN_H
#define MS_BUILTIN_H

#include <stddef.h>

typedef struct {
    const char *path; /* relative to lexicons/, e.g. "en/family.lex" */
    const char *data; /* NUL-terminated; len excludes the NUL */
    size_t len;
} ms_builtin_file;

extern const ms_builtin_file ms__builtin_files[];
extern const size_t ms__builtin_file_count;

#endif
