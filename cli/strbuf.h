/* strbuf.h - a growing byte buffer for the command's output and input records. */
#ifndef MINDSET_CLI_STRBUF_H
#define MINDSET_CLI_STRBUF_H

#include <stddef.h>

typedef struct {
    char *data;
    size_t len;
    size_t cap;
    int failed; /* sticky: an allocation failed */
} strbuf;

/* Makes room for extra more bytes (and a NUL) without moving later; 0 or -1. */
int sb_reserve(strbuf *b, size_t extra);
/* Room for n more bytes at the end, or NULL (failed is then set). For writers that count
   their bytes first: write at most n bytes there, then sb_commit() with where they end. */
char *sb_room(strbuf *b, size_t n);
void sb_commit(strbuf *b, char *end);
void sb_append(strbuf *b, const void *data, size_t n);
void sb_puts(strbuf *b, const char *s);
void sb_putc(strbuf *b, char c);
void sb_printf(strbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* v in decimal, as printf's "%lld" writes it. */
void sb_int(strbuf *b, long long v);
/* v as printf's "%.4f" writes it (same rounding, same "-0.0000"), mostly without printf. */
void sb_fixed4(strbuf *b, double v);
/* s[0..n) as one CSV field (RFC 4180 quoting when needed). */
void sb_csv_field(strbuf *b, const char *s, size_t n);
void sb_free(strbuf *b);

#endif
