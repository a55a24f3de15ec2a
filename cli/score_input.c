/*
 * score_input.c - reading bulk input as records: lines (JSONL, text) or CSV/TSV records
 * whose quoted fields may span lines. Memory stays bounded: a record longer than
 * SCORE_MAX_RECORD is skipped to its end and reported, never buffered whole.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "score.h"

/* Bytes asked of each read; the fuzz harness builds with a tiny one, so that records
   cross read boundaries at every position. */
#ifndef SCORE_READ_CHUNK
#define SCORE_READ_CHUNK (1u << 20)
#endif

int reader_open(record_reader *r, const char *path)
{
    memset(r, 0, sizeof *r);
    int use_stdin = !path || strcmp(path, "-") == 0;
    r->name = use_stdin ? "<stdin>" : path;
    r->f = use_stdin ? stdin : fopen(path, "rb");
    r->first = 1;
    if (!r->f) {
        fprintf(stderr, "mindset score: %s: %s\n", path, strerror(errno));
        return -1;
    }
    r->cap = SCORE_READ_CHUNK * 2;
    r->buf = malloc(r->cap);
    if (!r->buf) {
        fprintf(stderr, "mindset score: out of memory\n");
        return -1;
    }
    return 0;
}

void reader_close(record_reader *r)
{
    if (r->f && r->f != stdin)
        fclose(r->f);
    free(r->buf);
    r->buf = NULL;
}

/* Moves the unread bytes to the front and reads more; returns bytes read or -1. */
static long refill(record_reader *r)
{
    if (r->start > 0) {
        memmove(r->buf, r->buf + r->start, r->end - r->start);
        r->end -= r->start;
        r->start = 0;
    }
    if (r->end == r->cap) {
        size_t cap = r->cap * 2;
        char *p = realloc(r->buf, cap);
        if (!p)
            return -1;
        r->buf = p;
        r->cap = cap;
    }
    size_t n = fread(r->buf + r->end, 1, r->cap - r->end, r->f);
    if (n == 0 && ferror(r->f))
        return -1;
    if (n == 0)
        r->eof = 1;
    if (r->first && r->end + n >= 3) {
        if (memcmp(r->buf + r->end, "\xEF\xBB\xBF", 3) == 0)
            r->start = 3;
        r->first = 0;
    }
    r->end += n;
    return (long)n;
}

/* End of the record starting at r->start: the newline that is outside quotes (CSV) or
   any newline. Returns its offset, or r->end when none is buffered; *lines counts the
   newlines inside. */
static size_t find_end(const record_reader *r, size_t from, int csv, int *in_quote,
                       long *lines)
{
    const char *b = r->buf;
    if (!csv) {
        const char *nl = memchr(b + from, '\n', r->end - from);
        return nl ? (size_t)(nl - b) : r->end;
    }
    for (size_t i = from; i < r->end; i++) {
        if (b[i] == '"')
            *in_quote = !*in_quote;
        else if (b[i] == '\n' && !*in_quote)
            return i;
        else if (b[i] == '\n')
            (*lines)++;
    }
    return r->end;
}

/* Drops bytes up to the end of an overlong record. */
static int skip_rest(record_reader *r, int csv, int *in_quote, long *lines)
{
    for (;;) {
        size_t e = find_end(r, r->start, csv, in_quote, lines);
        if (e < r->end) {
            r->start = e + 1;
            return 0;
        }
        r->start = r->end;
        if (r->eof)
            return 0;
        if (refill(r) < 0)
            return -1;
    }
}

/* A quote still open at the end of the input: the record is only its first line (it
   becomes an error record naming the quote) and reading goes on with the next line, so
   one stray quote does not swallow every record after it. */
static size_t unclosed_quote_end(const record_reader *r, long *lines)
{
    const char *nl = memchr(r->buf + r->start, '\n', r->end - r->start);
    if (!nl)
        return r->end;
    *lines = 0;
    return (size_t)(nl - r->buf);
}

int reader_next(record_reader *r, int csv, const char **data, size_t *len, long *line,
                int *too_long)
{
    int in_quote = 0;
    long inner = 0;
    size_t scanned = r->start;
    *too_long = 0;
    for (;;) {
        size_t e = find_end(r, scanned, csv, &in_quote, &inner);
        if (r->eof && in_quote)
            e = unclosed_quote_end(r, &inner);
        if (e < r->end || (r->eof && r->end > r->start)) {
            *data = r->buf + r->start;
            *len = e - r->start;
            if (*len && (*data)[*len - 1] == '\r')
                (*len)--;
            if (*len > SCORE_MAX_RECORD) { /* the whole record arrived in one read */
                *too_long = 1;
                *len = 0;
            }
            *line = r->line + 1;
            r->line += 1 + inner;
            r->start = e < r->end ? e + 1 : r->end;
            return 1;
        }
        if (r->eof)
            return 0;
        if (r->end - r->start > SCORE_MAX_RECORD) {
            *line = r->line + 1;
            *too_long = 1;
            *len = 0;
            *data = r->buf + r->start;
            if (skip_rest(r, csv, &in_quote, &inner) < 0)
                break;
            r->line += 1 + inner;
            return 1;
        }
        scanned = e - r->start;
        if (refill(r) < 0)
            break;
        scanned += r->start;
    }
    fprintf(stderr, "mindset score: %s: read error: %s\n", r->name, strerror(errno));
    return -1;
}

int csv_split(const char *rec, size_t len, char sep, strbuf *store, size_t *offs,
              size_t *lens, int max, char *err, size_t errlen)
{
    int n = 0;
    size_t i = 0;
    store->len = 0;
    for (;;) {
        if (n == max) {
            snprintf(err, errlen, "more than %d fields", max);
            return -1;
        }
        offs[n] = store->len;
        if (i < len && rec[i] == '"') {
            size_t col = i + 1;
            for (i++;; i++) {
                if (i >= len) {
                    snprintf(err, errlen, "unbalanced quote opened at column %zu", col);
                    return -1;
                }
                if (rec[i] == '"' && i + 1 < len && rec[i + 1] == '"')
                    sb_putc(store, rec[i++]);
                else if (rec[i] == '"')
                    break;
                else
                    sb_putc(store, rec[i]);
            }
            i++;
            if (i < len && rec[i] != sep) {
                snprintf(err, errlen, "text after a closing quote at column %zu", i + 1);
                return -1;
            }
        } else {
            size_t s = i;
            while (i < len && rec[i] != sep)
                i++;
            sb_append(store, rec + s, i - s);
        }
        lens[n] = store->len - offs[n];
        sb_putc(store, '\0');
        n++;
        if (i >= len)
            return store->failed ? -1 : n;
        i++; /* past the separator */
    }
}
