/* marker.h - per-post settings written in the post itself, e.g. a first line
   "<!-- mindset: network=linkedin lang=en ignore=tbt,omg -->" or a front-matter line
   "mindset: network=linkedin", and networks named in file names ("post.linkedin.md"). */
#ifndef MINDSET_CLI_MARKER_H
#define MINDSET_CLI_MARKER_H

#include <stddef.h>

#include "mindset.h"

#define MARKER_MAX_IGNORE 64

typedef struct {
    int present;
    size_t start, end; /* bytes of the marker line, or of the whole front matter */
    size_t line_start, line_end; /* bytes of the "mindset:" line itself */
    char network[64];
    char lang[8];
    char *ignore[MARKER_MAX_IGNORE];
    int nignore;
    char store[2048];
} post_marker;

/* Finds the marker in the first line or the front matter of text. Returns 0 (also when
   there is none), or -1 with a message in err for a malformed marker. */
int marker_parse(const char *text, size_t len, post_marker *m, char *err, size_t errlen);

/* A copy of text with the marker (or front matter) replaced by blanks, so it is not
   analysed but every offset stays the same. Caller owns the result; free with free(). */
char *marker_blank(const char *text, size_t len, const post_marker *m);

/* The network a file name names: "x.linkedin.md" -> "linkedin", "a.fb.txt" -> "fb" (an
   alias). Returns NULL when the name holds no known network. */
const char *network_from_filename(const mindset_engine *e, const char *path);

#endif
