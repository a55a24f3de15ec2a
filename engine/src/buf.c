/*
 * buf.c - growing byte buffers with a hard limit, and the JSON string/number writers
 * every renderer shares. A failed append sets a sticky flag so callers can write a whole
 * document and check once at the end.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static int grow(ms_buf *b, size_t need)
{
    size_t limit = b->limit ? b->limit : MS_BUF_LIMIT;
    if (b->failed || need > limit || need < b->len) {
        b->failed = 1;
        return -1;
    }
    if (need <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap *= 2;
    if (cap > limit)
        cap = limit;
    char *p = realloc(b->data, cap);
    if (!p) {
        b->failed = 1;
        return -1;
    }
    p[b->len] = '\0'; /* a buffer is a string as soon as it has memory, even if empty */
    b->data = p;
    b->cap = cap;
    return 0;
}

void ms__touch_pages(void *p, size_t n)
{
    volatile char *bytes = p;
    for (size_t off = 0; off < n; off += 4096)
        bytes[off] = 0;
    if (n)
        bytes[n - 1] = 0;
}

void *ms__grow_array(void *items, size_t *cap, size_t size, size_t first)
{
    size_t n = *cap ? *cap : first;
    if (*cap && n > SIZE_MAX / 2 / size)
        return NULL;
    n = *cap ? 2 * n : n;
    void *grown = realloc(items, n * size);
    if (grown)
        *cap = n;
    return grown;
}

void *ms__grow_zeroed(void *items, size_t *cap, size_t need, size_t size, size_t first)
{
    size_t n = *cap ? *cap : first;
    while (n < need) {
        if (n > SIZE_MAX / 2 / size)
            return NULL;
        n *= 2;
    }
    char *grown = realloc(items, n * size);
    if (!grown)
        return NULL;
    memset(grown + *cap * size, 0, (n - *cap) * size);
    *cap = n;
    return grown;
}

int ms__buf_append_slow(ms_buf *b, const void *data, size_t n)
{
    if (grow(b, b->len + n + 1) != 0)
        return -1;
    if (n)
        memcpy(b->data + b->len, data, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

int ms__buf_reserve(ms_buf *b, size_t n)
{
    if (!b->failed && b->data && n < b->cap - b->len)
        return 0; /* the room is there: renderers ask for it once per chunk */
    return grow(b, b->len + n + 1);
}

/* Decimal digits of u at out, most significant first; returns how many. */
static size_t format_unsigned(char *out, unsigned long long u)
{
    if (u < 10) { /* most figures a renderer writes are single digits */
        out[0] = (char)('0' + u);
        return 1;
    }
    char tmp[20];
    char *end = tmp + sizeof tmp, *p = end;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    memcpy(out, p, (size_t)(end - p));
    return (size_t)(end - p);
}

size_t ms__format_int(char *out, long long v)
{
    if (v >= 0)
        return format_unsigned(out, (unsigned long long)v);
    out[0] = '-';
    return 1 + format_unsigned(out + 1, 0ull - (unsigned long long)v);
}

/* Decimal digits of v, without printf: renderers write many small integers. */
int ms__buf_put_int(ms_buf *b, long long v)
{
    char tmp[MS_INT_MAX];
    return ms__buf_append(b, tmp, ms__format_int(tmp, v));
}

int ms__buf_printf(ms_buf *b, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->failed = 1;
        return -1;
    }
    if ((size_t)n < sizeof small)
        return ms__buf_append(b, small, (size_t)n);
    if (grow(b, b->len + (size_t)n + 1) != 0)
        return -1;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

/* Writes s[0..n) as a JSON string. s is valid UTF-8; control characters are escaped. */
int ms__buf_json_string(ms_buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    ms__buf_putc(b, '"');
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        ms__buf_append(b, s + run, i - run);
        run = i + 1;
        char esc[7] = {'\\', 0, 0, 0, 0, 0, 0};
        size_t elen = 2;
        switch (c) {
        case '"': esc[1] = '"'; break;
        case '\\': esc[1] = '\\'; break;
        case '\n': esc[1] = 'n'; break;
        case '\r': esc[1] = 'r'; break;
        case '\t': esc[1] = 't'; break;
        default:
            memcpy(esc + 1, "u00", 3);
            esc[4] = hex[c >> 4];
            esc[5] = hex[c & 15];
            elen = 6;
        }
        ms__buf_append(b, esc, elen);
    }
    ms__buf_append(b, s + run, n - run);
    return ms__buf_putc(b, '"');
}

/* x rounded to the nearest integer, halves away from zero, as round() does, for
   |x| < 1e17, without a call into libm: the fraction x - trunc(x) is exact there. */
static long long round_to_integer(double x)
{
    long long q = (long long)x;
    double frac = x - (double)q;
    if (frac >= 0.5)
        q++;
    else if (frac <= -0.5)
        q--;
    return q;
}

/* At most 4 decimals and no trailing zeros; NaN/inf become 0. */
size_t ms__format_json_number(char *out, double v)
{
    if (!isfinite(v))
        v = 0;
    double scaled = v * 10000.0;
    if (fabs(scaled) >= 1e17) /* beyond exact integers (rounding keeps it so): printf */
        return (size_t)snprintf(out, MS_JSON_NUMBER_MAX, "%.0f", round(v));
    long long q = round_to_integer(scaled);
    if (q == 0) {
        out[0] = '0'; /* no "-0" */
        return 1;
    }
    char *p = out;
    unsigned long long u = (unsigned long long)q;
    if (q < 0) {
        *p++ = '-';
        u = 0ull - u;
    }
    unsigned long long whole = u / 10000;
    unsigned frac = (unsigned)(u - whole * 10000);
    p += format_unsigned(p, whole);
    if (frac == 0)
        return (size_t)(p - out);
    /* '.' and four digits, two at a time, less the trailing zeros */
    static const char pairs[] = "00010203040506070809101112131415161718192021222324"
                                "25262728293031323334353637383940414243444546474849"
                                "50515253545556575859606162636465666768697071727374"
                                "75767778798081828384858687888990919293949596979899";
    unsigned high = frac / 100, low = frac % 100;
    p[0] = '.';
    memcpy(p + 1, pairs + 2 * high, 2);
    memcpy(p + 3, pairs + 2 * low, 2);
    size_t n = low ? (low % 10 ? 5 : 4) : (high % 10 ? 3 : 2);
    return (size_t)(p - out) + n;
}

int ms__buf_json_number(ms_buf *b, double v)
{
    char tmp[MS_JSON_NUMBER_MAX];
    return ms__buf_append(b, tmp, ms__format_json_number(tmp, v));
}

void ms__buf_free(ms_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = 0;
}

char *ms__buf_take(ms_buf *b)
{
    if (!b->data && ms__buf_append(b, "", 0) != 0)
        return NULL;
    char *p = b->data;
    b->data = NULL;
    b->len = b->cap = 0;
    return p;
}
