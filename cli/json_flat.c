/*
 * json_flat.c - a strict reader for the records bulk scoring sees most: one flat JSON
 * object whose values are strings, numbers, true, false or null. It decodes only the
 * fields asked for and builds no tree. Anything it does not fully accept (nested values,
 * \u0000, duplicate keys, any syntax error) is left to Jansson, so the fast path never
 * lets a malformed record through and every error message still comes from one place.
 */
#include "json_flat.h"

#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

typedef struct {
    const char *p, *end;
} cursor;

/* Past blanks. Compact JSON has none: one test, as every blank sorts at or below ' '. */
static void skip_ws(cursor *c)
{
    while (c->p < c->end && (unsigned char)*c->p <= ' ' &&
           (*c->p == ' ' || *c->p == '\t' || *c->p == '\n' || *c->p == '\r'))
        c->p++;
}

/* Length of the valid UTF-8 sequence at s (1..4), 0 if invalid. */
static int utf8_len(const unsigned char *s, const unsigned char *end)
{
    unsigned char c = s[0];
    int n = c < 0x80                 ? 1
            : c >= 0xC2 && c <= 0xDF ? 2
            : c >= 0xE0 && c <= 0xEF ? 3
            : c >= 0xF0 && c <= 0xF4 ? 4
                                     : 0;
    if (n == 0 || end - s < n)
        return 0;
    unsigned lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
    unsigned hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    if (n > 1 && (s[1] < lo || s[1] > hi))
        return 0;
    for (int i = 2; i < n; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    return n;
}

static int hex4(const char *p, unsigned *v)
{
    *v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        int d = c >= '0' && c <= '9'                 ? c - '0'
                : (c | 32) >= 'a' && (c | 32) <= 'f' ? (c | 32) - 'a' + 10
                                                     : -1;
        if (d < 0)
            return -1;
        *v = *v * 16 + (unsigned)d;
    }
    return 0;
}

/* \uXXXX (and a following low surrogate); NUL and lone surrogates are refused. */
static int unicode_escape(cursor *c, int *escaped)
{
    unsigned v, w;
    if (c->end - c->p < 6 || hex4(c->p + 2, &v) || v == 0 || (v >= 0xDC00 && v <= 0xDFFF))
        return -1;
    c->p += 6;
    if (v >= 0xD800 && v <= 0xDBFF) {
        if (c->end - c->p < 6 || c->p[0] != '\\' || c->p[1] != 'u' || hex4(c->p + 2, &w) ||
            w < 0xDC00 || w > 0xDFFF)
            return -1;
        c->p += 6;
    }
    *escaped = 1;
    return 0;
}

/* Eight bytes of plain ASCII: no control character, quote, backslash or high bit. Each
   test is the classic "has a zero byte" trick on x with the byte of interest xored out. */
static int plain_ascii8(const char *p)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t x;
    memcpy(&x, p, 8);
    uint64_t control = (x - ones * 0x20) & ~x;
    uint64_t quote = x ^ (ones * '"'), backslash = x ^ (ones * '\\');
    quote = (quote - ones) & ~quote;
    backslash = (backslash - ones) & ~backslash;
    return ((x | control | quote | backslash) & high) == 0;
}

#ifdef __SSE2__
/* Bit i set when p[i] (of sixteen) is not plain ASCII. A signed compare against 0x20
   catches control characters and, as negative numbers, every byte with the high bit. */
static unsigned special16(const char *p)
{
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i quote = _mm_cmpeq_epi8(x, _mm_set1_epi8('"'));
    __m128i backslash = _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'));
    __m128i low_or_high = _mm_cmplt_epi8(x, _mm_set1_epi8(0x20));
    return (unsigned)_mm_movemask_epi8(
        _mm_or_si128(_mm_or_si128(quote, backslash), low_or_high));
}
#endif

/* The first byte at or after p that is not plain ASCII, or end. Posts are mostly plain
   ASCII, so this is where a string's bytes are spent: 32 and then sixteen at a time
   where the CPU has SSE2, else eight. */
static const char *skip_plain_ascii(const char *p, const char *end)
{
#ifdef __SSE2__
    while (end - p >= 32) { /* two blocks a step: one test and one branch for both */
        unsigned special = special16(p) | special16(p + 16) << 16;
        if (special)
            return p + __builtin_ctz(special);
        p += 32;
    }
    while (end - p >= 16) {
        unsigned special = special16(p);
        if (special)
            return p + __builtin_ctz(special);
        p += 16;
    }
#endif
    while (end - p >= 8 && plain_ascii8(p))
        p += 8;
    while (p < end && (unsigned char)*p >= 0x20 && (unsigned char)*p < 0x80 && *p != '"' &&
           *p != '\\')
        p++;
    return p;
}

/* The two-character escapes JSON has besides \u. */
static int simple_escape(char e)
{
    switch (e) {
    case '"':
    case '\\':
    case '/':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't': return 1;
    default: return 0;
    }
}

/* Scans a string starting at '"'; on success c->p is past the closing quote. */
static int scan_string(cursor *c, flat_value *v)
{
    v->start = ++c->p;
    v->escaped = 0;
    for (;;) {
        c->p = skip_plain_ascii(c->p, c->end);
        if (c->p >= c->end)
            return -1;
        unsigned char ch = (unsigned char)*c->p;
        if (ch == '"')
            break;
        if (ch < 0x20)
            return -1;
        if (ch == '\\') {
            if (c->end - c->p < 2)
                return -1;
            if (c->p[1] == 'u') {
                if (unicode_escape(c, &v->escaped))
                    return -1;
                continue;
            }
            if (!simple_escape(c->p[1]))
                return -1;
            v->escaped = 1;
            c->p += 2;
            continue;
        }
        /* Non-ASCII characters come in runs (emoji sequences, accented words): take the
           whole run here rather than going back to the block scan for each one. */
        do {
            int n = utf8_len((const unsigned char *)c->p, (const unsigned char *)c->end);
            if (!n)
                return -1;
            c->p += n;
        } while (c->p < c->end && (unsigned char)*c->p >= 0x80);
    }
    v->len = (size_t)(c->p - v->start);
    v->kind = FLAT_STRING;
    c->p++;
    return 0;
}

static int digits(cursor *c)
{
    const char *s = c->p;
    while (c->p < c->end && *c->p >= '0' && *c->p <= '9')
        c->p++;
    return c->p > s ? 0 : -1;
}

/* Numbers the fast reader takes: no exponent, at most this many integer digits (any
   such number fits Jansson's 64-bit integers and doubles, so both readers agree). */
#define MAX_INTEGER_DIGITS 18

static int scan_number(cursor *c, flat_value *v)
{
    v->start = c->p;
    if (*c->p == '-')
        c->p++;
    const char *int_start = c->p;
    if (c->p < c->end && *c->p == '0')
        c->p++;
    else if (digits(c))
        return -1;
    if (c->p - int_start > MAX_INTEGER_DIGITS)
        return -1; /* Jansson rejects integers past 64 bits: let it say so */
    if (c->p < c->end && *c->p == '.' && (c->p++, digits(c)))
        return -1;
    if (c->p < c->end && (*c->p | 32) == 'e')
        return -1; /* exponents can overflow a double: Jansson's turn */
    v->len = (size_t)(c->p - v->start);
    v->kind = FLAT_NUMBER;
    return 0;
}

static int scan_literal(cursor *c, flat_value *v)
{
    static const char *const words[] = {"true", "false", "null"};
    for (int i = 0; i < 3; i++) {
        size_t n = strlen(words[i]);
        if ((size_t)(c->end - c->p) >= n && !memcmp(c->p, words[i], n)) {
            v->start = c->p;
            v->len = n;
            v->kind = FLAT_LITERAL;
            c->p += n;
            return 0;
        }
    }
    return -1;
}

static int scan_value(cursor *c, flat_value *v)
{
    if (c->p >= c->end)
        return -1;
    if (*c->p == '"')
        return scan_string(c, v);
    if (*c->p == '-' || (*c->p >= '0' && *c->p <= '9'))
        return scan_number(c, v);
    return scan_literal(c, v); /* objects and arrays: not flat, Jansson's turn */
}

static int same_key(const flat_value *a, const flat_value *b)
{
    return a->len == b->len && !memcmp(a->start, b->start, a->len);
}

/* Records key/value in r if the key is one of the wanted names (keys with escapes are
   left to Jansson: they cannot be compared raw). */
static int remember(flat_record *r, const flat_value *key, const flat_value *val)
{
    if (key->escaped)
        return -1;
    for (int i = 0; i < r->nkeys; i++)
        if (same_key(&r->keys[i], key))
            return -1; /* duplicate key */
    if (r->nkeys == FLAT_MAX_KEYS)
        return -1;
    r->keys[r->nkeys] = *key;
    r->values[r->nkeys++] = *val;
    return 0;
}

int flat_parse(const char *s, size_t n, flat_record *r)
{
    cursor c = {s, s + n};
    r->nkeys = 0;
    skip_ws(&c);
    if (c.p >= c.end || *c.p++ != '{')
        return -1;
    skip_ws(&c);
    if (c.p < c.end && *c.p == '}')
        c.p++;
    else
        for (;;) {
            flat_value key, val;
            if (c.p >= c.end || *c.p != '"' || scan_string(&c, &key))
                return -1;
            skip_ws(&c);
            if (c.p >= c.end || *c.p++ != ':')
                return -1;
            skip_ws(&c);
            if (scan_value(&c, &val) || remember(r, &key, &val))
                return -1;
            skip_ws(&c);
            if (c.p < c.end && *c.p == ',') {
                c.p++;
                skip_ws(&c);
                continue;
            }
            if (c.p >= c.end || *c.p++ != '}')
                return -1;
            break;
        }
    skip_ws(&c);
    return c.p == c.end ? 0 : -1;
}

/* Whether key (raw: the reader keeps only keys without escapes, so none holds a NUL) is
   name. Compared a byte at a time, as keys are short and most differ in the first. */
static int key_is(const flat_value *key, const char *name)
{
    for (size_t i = 0; i < key->len; i++)
        if (key->start[i] != name[i])
            return 0; /* a shorter name differs at its NUL */
    return name[key->len] == '\0';
}

const flat_value *flat_get(const flat_record *r, const char *name)
{
    for (int i = 0; name && i < r->nkeys; i++)
        if (key_is(&r->keys[i], name))
            return &r->values[i];
    return NULL;
}

/* Writes code point cp as UTF-8 at out; returns the bytes written. */
static size_t put_utf8(char *out, unsigned cp)
{
    size_t n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (n == 1)
        out[0] = (char)cp;
    else {
        for (size_t i = n - 1; i > 0; i--, cp >>= 6)
            out[i] = (char)(0x80 | (cp & 0x3F));
        out[0] = (char)((n == 2 ? 0xC0 : n == 3 ? 0xE0 : 0xF0) | cp);
    }
    return n;
}

/* The byte a two-character escape stands for (e is the character after the backslash). */
static char unescaped(char e)
{
    switch (e) {
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    default: return e; /* '"', '\\' and '/' stand for themselves */
    }
}

/* Decodes an already validated string value into b (appending). Decoding never makes a
   string longer (an escape is at least as long as what it stands for), so the room is
   reserved once and the bytes written without further checks. */
void flat_decode(const flat_value *v, strbuf *b)
{
    char *out = sb_room(b, v->len);
    if (!out)
        return;
    const char *p = v->start, *end = v->start + v->len;
    while (p < end) {
        const char *bs = memchr(p, '\\', (size_t)(end - p));
        const char *stop = bs ? bs : end;
        memcpy(out, p, (size_t)(stop - p));
        out += stop - p;
        if (!bs)
            break;
        if (bs[1] != 'u') {
            *out++ = unescaped(bs[1]);
            p = bs + 2;
            continue;
        }
        unsigned cp, lo;
        hex4(bs + 2, &cp);
        p = bs + 6;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            hex4(p + 2, &lo);
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            p += 6;
        }
        out += put_utf8(out, cp);
    }
    sb_commit(b, out);
}
