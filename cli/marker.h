/* marker.h - per-post settings written in the post itself, e.g. a first line
   "<!-- mindset: network=linkedin lang=en ignore=tbt,omg disable=checklist -->" or a
   front-matter line "mindset: network=linkedin", and networks named in file names
   ("post.linkedin.md"). */
#ifndef MINDSET_CLI_MARKER_H
#define MINDSET_CLI_MARKER_H

#include <stddef.h>

#include "mindset.h"

#define MARKER_MAX_ITEMS 64 /* ignored words, and disabled rules */

typedef struct {
    int present;
    size_t start, end; /* bytes of the marker line, or of the whole front matter */
    size_t line_start, line_end; /* bytes of the "mindset:" line itself */
    char network[64];
    char lang[8];
    char *ignore[MARKER_MAX_ITEMS];
    int nignore;
    char *disable[MARKER_MAX_ITEMS]; /* rule ids or groups, as written */
    int ndisable;
    char store[2048]; /* the words and rules above */
    size_t used;      /* bytes of store taken */
} post_marker;

/* Finds the marker in the first line or the front matter of text. Returns 0 (also when
   there is none), or -1 with a message in err for a malformed marker (whose line
   marker_line() then names). */
int marker_parse(const char *text, size_t len, post_marker *m, char *err, size_t errlen);

/* Adds the comma-separated rule ids or groups in list to the marker's disabled rules, as
   if the marker named them too (--disable). Returns 0, or -1 with a message in err. */
int marker_add_rules(post_marker *m, const char *list, char *err, size_t errlen);

/* The first disabled rule that the engine does not know, or NULL. */
const char *marker_unknown_rule(const post_marker *m);

/* Line number (1-based) of the marker's "mindset:" line in text. */
int marker_line(const char *text, const post_marker *m);

/* A copy of text with the marker (or front matter) replaced by blanks, so it is not
   analysed but every offset stays the same. Caller owns the result; free with free(). */
char *marker_blank(const char *text, size_t len, const post_marker *m);

/* The network a file name names: "x.linkedin.md" -> "linkedin", "a.fb.txt" -> "fb" (an
   alias). Returns NULL when the name holds no known network. */
const char *network_from_filename(const mindset_engine *e, const char *path);

#endif
