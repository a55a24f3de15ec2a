/*
 * strbuf.c - growing byte buffer with a CSV field writer, used by the bulk scorer to
 * assemble output records.
 */
#include "strbuf.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Grows b for reserve(); kept out of line, as nearly every call finds the room there. */
static __attribute__((noinline)) int grow(strbuf *b, size_t extra)
{
    if (b->failed)
        return -1;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra + 1)
        cap *= 2;
    char *p = realloc(b->data, cap);
    if (!p) {
        b->failed = 1;
        return -1;
    }
    b->data = p;
    b->cap = cap;
    return 0;
}

static int reserve(strbuf *b, size_t extra)
{
    if (!b->failed && b->len + extra + 1 <= b->cap)
        return 0;
    return grow(b, extra);
}

int sb_reserve(strbuf *b, size_t extra)
{
    return reserve(b, extra);
}

char *sb_room(strbuf *b, size_t n)
{
    return reserve(b, n) == 0 ? b->data + b->len : NULL;
}

void sb_commit(strbuf *b, char *end)
{
    b->len = (size_t)(end - b->data);
    b->data[b->len] = '\0';
}

void sb_append(strbuf *b, const void *data, size_t n)
{
    if (reserve(b, n) != 0)
        return;
    memcpy(b->data + b->len, data, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void sb_puts(strbuf *b, const char *s)
{
    sb_append(b, s, strlen(s));
}

void sb_putc(strbuf *b, char c)
{
    if (reserve(b, 1) != 0)
        return;
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
}

/* Formats once into the room already there; only text that does not fit is formatted a
   second time, after growing. */
void sb_printf(strbuf *b, const char *fmt, ...)
{
    if (b->failed)
        return;
    size_t room = b->data ? b->cap - b->len : 0;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(room ? b->data + b->len : NULL, room, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n >= room) {
        if (reserve(b, (size_t)n) != 0)
            return;
        va_start(ap, fmt);
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    b->len += (size_t)n;
}

/* The decimal digits of u, written backwards so that they end at end; returns where
   they start. */
static char *digits_before(char *end, unsigned long long u)
{
    do {
        *--end = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    return end;
}

void sb_int(strbuf *b, long long v)
{
    char digits[24];
    char *end = digits + sizeof digits;
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    char *p = digits_before(end, u);
    if (v < 0)
        *--p = '-';
    sb_append(b, p, (size_t)(end - p));
}

/* v as "%.4f" into out (room for 24 bytes); the length, or 0 when v is out of the range
   handled here (inf, NaN, huge). printf rounds the exact binary value half to even; so
   does this, from the product v * 10000 and its rounding error, which fma() gives
   exactly. */
static size_t format_fixed4(char *out, double v)
{
    if (!(fabs(v) < 1e11))
        return 0;
    /* Rounding half to even is symmetric: work on |v|, for whose product the fraction
       above the floor is exact; the sign is written apart. */
    double a = fabs(v);
    double product = a * 10000.0;
    double error = fma(a, 10000.0, -product); /* a * 10000 - product, exactly */
    double floor_product = floor(product);
    /* The fraction above the floor, less one half: a multiple of the product's ulp (or
       below -0.25), while error is at most half an ulp, so error only decides when this
       is zero. */
    double above_half = (product - floor_product) - 0.5;
    unsigned long long u = (unsigned long long)floor_product;
    if (above_half > 0 || (above_half == 0 && (error > 0 || (error == 0 && (u & 1)))))
        u++;
    char *p = out;
    if (signbit(v))
        *p++ = '-'; /* printf keeps the sign of a negative value that rounds to zero */
    unsigned long long whole = u / 10000;
    unsigned frac = (unsigned)(u - whole * 10000);
    char digits[20], *end = digits + sizeof digits;
    char *first = digits_before(end, whole);
    memcpy(p, first, (size_t)(end - first));
    p += end - first;
    p[0] = '.';
    p[1] = (char)('0' + frac / 1000);
    p[2] = (char)('0' + frac / 100 % 10);
    p[3] = (char)('0' + frac / 10 % 10);
    p[4] = (char)('0' + frac % 10);
    return (size_t)(p + 5 - out);
}

void sb_fixed4(strbuf *b, double v)
{
    char text[24];
    size_t n = format_fixed4(text, v);
    if (n)
        sb_append(b, text, n);
    else
        sb_printf(b, "%.4f", v);
}

void sb_csv_field(strbuf *b, const char *s, size_t n)
{
    int quote = 0;
    for (size_t i = 0; i < n && !quote; i++)
        quote = s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r';
    if (!quote) {
        sb_append(b, s, n);
        return;
    }
    sb_putc(b, '"');
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"')
            sb_putc(b, '"');
        sb_putc(b, s[i]);
    }
    sb_putc(b, '"');
}

void sb_free(strbuf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = 0;
}
