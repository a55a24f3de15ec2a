/*
 * lsp_transport.c - the wire: Content-Length framed JSON-RPC messages on stdin/stdout,
 * and conversions between byte offsets and LSP positions (UTF-16 code units by default,
 * UTF-8 or UTF-32 when the client offers them). Nothing but protocol goes to stdout.
 */
#include "lsp_transport.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

void lsp_reader_init(lsp_reader *r, int fd)
{
    memset(r, 0, sizeof *r);
    r->fd = fd;
}

void lsp_reader_free(lsp_reader *r)
{
    free(r->buf);
    free(r->msg);
}

int lsp_reader_feed(lsp_reader *r, const char *data, size_t n)
{
    if (r->len + n + 1 > r->cap) {
        size_t cap = r->cap ? r->cap : 131072;
        while (cap < r->len + n + 1)
            cap *= 2;
        char *p = realloc(r->buf, cap);
        if (!p)
            return -1;
        r->buf = p;
        r->cap = cap;
    }
    if (n)
        memcpy(r->buf + r->len, data, n);
    r->len += n;
    return 0;
}

int lsp_reader_fill(lsp_reader *r)
{
    if (r->cap - r->len < 65536) {
        size_t cap = r->cap ? r->cap * 2 : 131072;
        char *p = realloc(r->buf, cap);
        if (!p)
            return -1;
        r->buf = p;
        r->cap = cap;
    }
    ssize_t n = read(r->fd, r->buf + r->len, r->cap - r->len - 1);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return 0;
    if (n <= 0) {
        r->eof = 1;
        return -1;
    }
    r->len += (size_t)n;
    return 0;
}

static void consume(lsp_reader *r, size_t n)
{
    memmove(r->buf, r->buf + n, r->len - n);
    r->len -= n;
}

/* Finds "\r\n\r\n"; returns the header length including it, or 0. */
static size_t header_length(const lsp_reader *r)
{
    for (size_t i = 0; i + 3 < r->len; i++)
        if (!memcmp(r->buf + i, "\r\n\r\n", 4))
            return i + 4;
    return 0;
}

/* Content-Length from the header lines, or -1. */
static long content_length(const char *h, size_t n)
{
    for (size_t i = 0; i < n;) {
        const char *eol = memchr(h + i, '\n', n - i);
        size_t e = eol ? (size_t)(eol - h) : n;
        if (e - i > 15 && strncasecmp(h + i, "Content-Length:", 15) == 0) {
            char num[24] = {0};
            size_t k = i + 15, m = 0;
            while (k < e && h[k] == ' ')
                k++;
            while (k < e && h[k] >= '0' && h[k] <= '9' && m < sizeof num - 1)
                num[m++] = h[k++];
            return m ? strtol(num, NULL, 10) : -1;
        }
        i = e + 1;
    }
    return -1;
}

lsp_read_status lsp_reader_next(lsp_reader *r, const char **body, size_t *len,
                                const char **problem)
{
    if (r->skip) {
        size_t n = r->skip < r->len ? r->skip : r->len;
        consume(r, n);
        r->skip -= n;
        if (r->skip)
            return r->eof ? LSP_EOF : LSP_NEED_MORE;
    }
    size_t h = header_length(r);
    if (!h) {
        if (r->len > 8192) { /* no header end in sight: garbage */
            consume(r, r->len);
            *problem = "header too long or missing";
            return LSP_BAD_FRAME;
        }
        return r->eof ? LSP_EOF : LSP_NEED_MORE;
    }
    long n = content_length(r->buf, h);
    if (n < 0) {
        consume(r, h);
        *problem = "missing Content-Length header";
        return LSP_BAD_FRAME;
    }
    if ((size_t)n > LSP_MAX_MESSAGE) {
        consume(r, h);
        r->skip = (size_t)n; /* drop the body as it arrives, never buffer it whole */
        *problem = "message larger than 16 MiB skipped";
        return LSP_BAD_FRAME;
    }
    if (r->len - h < (size_t)n)
        return r->eof ? LSP_EOF : LSP_NEED_MORE;
    free(r->msg);
    r->msg = malloc((size_t)n + 1);
    if (!r->msg)
        return LSP_EOF;
    memcpy(r->msg, r->buf + h, (size_t)n);
    r->msg[n] = '\0';
    consume(r, h + (size_t)n);
    *body = r->msg;
    *len = (size_t)n;
    return LSP_MESSAGE;
}

int lsp_send(json_t *msg)
{
    json_object_set_new(msg, "jsonrpc", json_string("2.0"));
    char *s = json_dumps(msg, JSON_COMPACT);
    json_decref(msg);
    if (!s)
        return -1;
    printf("Content-Length: %zu\r\n\r\n%s", strlen(s), s);
    free(s);
    return fflush(stdout) == 0 ? 0 : -1;
}

/* Code units of the UTF-8 sequence starting with byte c. */
static long units(unsigned char c, lsp_encoding enc)
{
    if (enc == LSP_UTF8)
        return 1;
    if ((c & 0xC0) == 0x80)
        return 0; /* continuation byte */
    return enc == LSP_UTF16 && c >= 0xF0 ? 2 : 1;
}

void lsp_position(const char *text, size_t len, size_t offset, lsp_encoding enc, long *line,
                  long *character)
{
    *line = 0;
    *character = 0;
    if (offset > len)
        offset = len;
    for (size_t i = 0; i < offset; i++) {
        if (text[i] == '\n') {
            (*line)++;
            *character = 0;
        } else
            *character += units((unsigned char)text[i], enc);
    }
}

size_t lsp_offset(const char *text, size_t len, long line, long character, lsp_encoding enc)
{
    size_t i = 0;
    for (long l = 0; l < line && i < len; i++)
        if (text[i] == '\n')
            l++;
    long c = 0;
    while (i < len && text[i] != '\n') {
        long u = units((unsigned char)text[i], enc);
        if (u && c + u > character)
            break;
        c += u;
        i++;
    }
    return i;
}
