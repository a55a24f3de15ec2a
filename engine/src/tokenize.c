/*
 * tokenize.c - splits the original post into tokens: words, numbers, #hashtags (followed by
 * their CamelCase parts), @mentions, $cashtags, URLs, e-mail addresses, emoji and runs of
 * punctuation, each with its byte span in the text the user wrote.
 *
 * Hashtags, mentions, cashtags and URLs follow twitter-text's extraction rules (its
 * conformance suite runs in tests/test_tokenize.c), so an entity here is what the network
 * itself links. ASCII bytes are classified through one 256-entry table; utf8proc is asked
 * only about non-ASCII code points. Nothing is allocated per token: the list grows by
 * doubling.
 *
 * Punctuation: a run of one repeated character is one token ("!!!", "...", "……"); a mix
 * gives one token per run ("?!" is "?" and "!"). '#', '@' and '$' never form runs, so the
 * second '#' of "##tag" can still open a hashtag.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "hash.h"
#include "tld_table.h"
#include "tokenize.h"

/* ---- character classes ---- */

/* What a character is, for deciding which token starts or continues at it. The word
   classes (CC_UPPER .. CC_NUMERIC) are consecutive. */
typedef enum {
    CC_BLANK,    /* spaces, controls, NUL, invisible format characters, bad bytes */
    CC_NEWLINE,  /* \n \r \v \f U+0085 U+2028 U+2029 */
    CC_UPPER,    /* Lu, Lt */
    CC_LOWER,    /* Ll */
    CC_LETTER,   /* uncased letters: Lm, Lo */
    CC_MARK,     /* combining marks: Mn, Mc, Me */
    CC_DIGIT,    /* Nd */
    CC_NUMERIC,  /* Nl, No: "²", "½", "Ⅳ" */
    CC_JOINER,   /* ZWNJ, ZWJ, soft hyphen, variation selectors: only inside a token */
    CC_CURRENCY, /* Sc except '$' */
    CC_EMOJI,    /* opens an emoji: Extended_Pictographic, regional indicator, skin tone */
    CC_OTHER     /* punctuation and other symbols */
} char_class;

/* Byte flags above the class nibble: sets from twitter-text's URL grammar and hints. */
enum {
    BF_PUNCT = 1 << 4,      /* ASCII punctuation: ends a cashtag, never in a host name */
    BF_LOCAL = 1 << 5,      /* may appear in the local part of an e-mail address */
    BF_PATH = 1 << 6,       /* a URL path character */
    BF_PATH_END = 1 << 7,   /* ... that may also end the path */
    BF_QUERY = 1 << 8,      /* a URL query character */
    BF_QUERY_END = 1 << 9,  /* ... that may also end the query */
    BF_LINK_HINT = 1 << 10, /* after a word: a URL or an e-mail address may go on here */
    BF_USER = 1 << 11       /* a user name after '@': letters, digits, '_' (so also the
                               ASCII characters of a hashtag's body) */
};

/* clang-format off */
#define A_UPPER(c) ((c) >= 'A' && (c) <= 'Z')
#define A_LOWER(c) ((c) >= 'a' && (c) <= 'z')
#define A_DIGIT(c) ((c) >= '0' && (c) <= '9')
#define A_ALNUM(c) (A_UPPER(c) || A_LOWER(c) || A_DIGIT(c))
#define A_PUNCT(c) ((c) > ' ' && (c) < 0x7F && !A_ALNUM(c))
#define A_NEWLINE(c) ((c) == '\n' || (c) == '\r' || (c) == '\v' || (c) == '\f')
#define A_CLASS(c) (A_UPPER(c) ? CC_UPPER : A_LOWER(c) ? CC_LOWER : A_DIGIT(c) ? CC_DIGIT \
                    : A_NEWLINE(c) ? CC_NEWLINE : A_PUNCT(c) ? CC_OTHER : CC_BLANK)
#define A_LOCAL(c) (A_ALNUM(c) || (c) == '.' || (c) == '_' || (c) == '%' || (c) == '+' \
                    || (c) == '-')
#define A_PATH(c) (A_ALNUM(c) || (c) == '!' || (c) == '*' || (c) == '\'' || (c) == ';' \
                   || (c) == ':' || (c) == '=' || (c) == '+' || (c) == ',' || (c) == '.' \
                   || (c) == '$' || (c) == '/' || (c) == '%' || (c) == '#' || (c) == '[' \
                   || (c) == ']' || (c) == '-' || (c) == '_' || (c) == '~' || (c) == '|' \
                   || (c) == '&' || (c) == '@')
#define A_PATH_END(c) (A_ALNUM(c) || (c) == '+' || (c) == '-' || (c) == '=' || (c) == '_' \
                       || (c) == '#' || (c) == '/')
#define A_QUERY(c) (A_PATH(c) || (c) == '?' || (c) == '(' || (c) == ')')
#define A_QUERY_END(c) (A_ALNUM(c) || (c) == '-' || (c) == '_' || (c) == '&' || (c) == '=' \
                        || (c) == '#' || (c) == '/')
#define A_LINK_HINT(c) ((c) == '.' || (c) == '@' || (c) == ':' || (c) == '_' || (c) == '%' \
                        || (c) == '+' || (c) == '-')
#define A_USER(c) (A_ALNUM(c) || (c) == '_')
#define ENTRY(c) (A_CLASS(c) | (A_PUNCT(c) ? BF_PUNCT : 0) | (A_LOCAL(c) ? BF_LOCAL : 0) \
                  | (A_PATH(c) ? BF_PATH : 0) | (A_PATH_END(c) ? BF_PATH_END : 0) \
                  | (A_QUERY(c) ? BF_QUERY : 0) | (A_QUERY_END(c) ? BF_QUERY_END : 0) \
                  | (A_LINK_HINT(c) ? BF_LINK_HINT : 0) | (A_USER(c) ? BF_USER : 0))
#define ROW(b) ENTRY((b) + 0), ENTRY((b) + 1), ENTRY((b) + 2), ENTRY((b) + 3), \
               ENTRY((b) + 4), ENTRY((b) + 5), ENTRY((b) + 6), ENTRY((b) + 7), \
               ENTRY((b) + 8), ENTRY((b) + 9), ENTRY((b) + 10), ENTRY((b) + 11), \
               ENTRY((b) + 12), ENTRY((b) + 13), ENTRY((b) + 14), ENTRY((b) + 15)

/* Class (low nibble) and BF_* flags of every byte; bytes >= 0x80 are 0 and go to utf8proc. */
static const uint16_t byte_class[256] = {
    ROW(0x00), ROW(0x10), ROW(0x20), ROW(0x30), ROW(0x40), ROW(0x50), ROW(0x60), ROW(0x70)};
/* clang-format on */

static inline char_class ascii_class(uint8_t b)
{
    return (char_class)(byte_class[b] & 0x0F);
}

static inline bool byte_has(uint8_t b, unsigned flag)
{
    return (byte_class[b] & flag) != 0;
}

static inline bool is_ascii_digit(uint8_t b)
{
    return b >= '0' && b <= '9';
}

static inline bool is_ascii_alnum(int32_t c)
{
    return c >= 0 && c < 0x80 && A_ALNUM(c);
}

static inline bool is_word_class(char_class c)
{
    return c >= CC_UPPER && c <= CC_NUMERIC;
}

static inline bool is_letter_class(char_class c)
{
    return c >= CC_UPPER && c <= CC_MARK;
}

/* Latin letters with diacritics as twitter-text lists them: they may not follow a mention
   and they may appear in host names and paths of URLs. */
static bool is_latin_accent(int32_t c)
{
    if (c >= 0xC0 && c <= 0x24F)
        return c != 0xD7 && c != 0xF7;
    if ((c >= 0x300 && c <= 0x36F) || (c >= 0x1E00 && c <= 0x1EFF))
        return true;
    static const int32_t others[] = {0x253, 0x254, 0x256, 0x257, 0x259, 0x25B, 0x263,
                                     0x268, 0x26F, 0x272, 0x289, 0x28B, 0x2BB};
    for (size_t k = 0; k < sizeof others / sizeof *others; k++)
        if (others[k] == c)
            return true;
    return false;
}

static bool is_variation_selector(int32_t c)
{
    return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
}

static char_class class_of_category(int32_t c, utf8proc_category_t category)
{
    switch (category) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT: return CC_UPPER;
    case UTF8PROC_CATEGORY_LL: return CC_LOWER;
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: return CC_LETTER;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME: return is_variation_selector(c) ? CC_JOINER : CC_MARK;
    case UTF8PROC_CATEGORY_ND: return CC_DIGIT;
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO: return CC_NUMERIC;
    case UTF8PROC_CATEGORY_SC: return CC_CURRENCY;
    case UTF8PROC_CATEGORY_ZS: return CC_BLANK;
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: return CC_NEWLINE;
    case UTF8PROC_CATEGORY_CC: return c == 0x85 ? CC_NEWLINE : CC_BLANK;
    case UTF8PROC_CATEGORY_CF:
        return c == 0x200C || c == 0x200D || c == 0xAD ? CC_JOINER : CC_BLANK;
    default: return CC_OTHER;
    }
}

/* Class of any code point; -1 (a bad byte) is a blank. */
static char_class classify(int32_t c)
{
    if (c < 0x80)
        return c < 0 ? CC_BLANK : ascii_class((uint8_t)c);
    const utf8proc_property_t *p = utf8proc_get_property(c);
    if (p->boundclass == UTF8PROC_BOUNDCLASS_EXTENDED_PICTOGRAPHIC ||
        p->boundclass == UTF8PROC_BOUNDCLASS_REGIONAL_INDICATOR ||
        (c >= 0x1F3FB && c <= 0x1F3FF)) /* a lone skin tone */
        return CC_EMOJI;
    return class_of_category(c, (utf8proc_category_t)p->category);
}

/* ---- reading the text ---- */

typedef struct {
    const uint8_t *s;
    size_t len;
    ms_token_list *list;
    bool newline; /* a line break since the last token */
    ms_tokenize_status status;
    char *fold_at; /* where the next folded token goes in the sink, or NULL */
} scanner;

/* The multi-byte sequence at s[i] (see decode_at). */
static int32_t decode_multibyte(const scanner *sc, size_t i, size_t *n)
{
    uint8_t b = sc->s[i];
    size_t need = b < 0xC2 ? 0 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : b < 0xF5 ? 4 : 0;
    *n = 1;
    if (need == 0 || need > sc->len - i)
        return -1;
    int32_t c = b & (0x7F >> need);
    for (size_t k = 1; k < need; k++) {
        if ((sc->s[i + k] & 0xC0) != 0x80)
            return -1;
        c = (c << 6) | (sc->s[i + k] & 0x3F);
    }
    static const int32_t least[5] = {0, 0, 0x80, 0x800, 0x10000}; /* against overlongs */
    *n = need;
    return c >= least[need] && c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF) ? c : -1;
}

/* Code point at s[i] and its length in *n. A malformed sequence reads as -1 of length 1,
   which every caller treats as a blank, so bad input can neither stop nor derail a scan. */
static inline int32_t decode_at(const scanner *sc, size_t i, size_t *n)
{
    if (sc->s[i] < 0x80) {
        *n = 1;
        return sc->s[i];
    }
    return decode_multibyte(sc, i, n);
}

/* Class of the character at i; the end of the text is a blank. */
static char_class class_at(const scanner *sc, size_t i)
{
    size_t n;
    if (i >= sc->len)
        return CC_BLANK;
    return sc->s[i] < 0x80 ? ascii_class(sc->s[i]) : classify(decode_at(sc, i, &n));
}

/* The code point that ends at s[i]: -1 at the start of the text; a space when the bytes
   before are malformed (a bad byte is a blank). */
static int32_t prev_cp(const scanner *sc, size_t i)
{
    if (i == 0)
        return -1;
    size_t j = i - 1, n;
    while (j > 0 && i - j < 4 && (sc->s[j] & 0xC0) == 0x80)
        j--;
    int32_t c = decode_at(sc, j, &n);
    return c >= 0 && j + n == i ? c : ' ';
}

static inline uint8_t fold_ascii(uint8_t b)
{
    return A_UPPER(b) ? b | 0x20 : b;
}

/* The bytes of lit (not empty; lower case where letters) start at i, ASCII letters in
   any case. Most calls fail on the first byte, so it is compared before lit is measured. */
static bool starts_with(const scanner *sc, size_t i, const char *lit)
{
    if (i >= sc->len || fold_ascii(sc->s[i]) != (uint8_t)lit[0])
        return false;
    size_t n = strlen(lit);
    if (sc->len - i < n)
        return false;
    for (size_t k = 1; k < n; k++)
        if (fold_ascii(sc->s[i + k]) != (uint8_t)lit[k])
            return false;
    return true;
}

static size_t count_code_points(const uint8_t *s, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        count += (s[i] & 0xC0) != 0x80;
    return count;
}

/* ---- the token list ---- */

/* Doubles the list's room, up to MS_MAX_TOKENS; at that limit the post has too many
   tokens. Out of line: it runs a handful of times per scratch, push runs per token. */
static __attribute__((noinline)) bool grow(scanner *sc)
{
    ms_token_list *l = sc->list;
    if (l->cap >= MS_MAX_TOKENS) {
        sc->status = MS_TOKENIZE_TOO_MANY;
        return false;
    }
    size_t cap = l->cap ? l->cap * 2 : 64;
    if (cap > MS_MAX_TOKENS)
        cap = MS_MAX_TOKENS;
    ms_token *items = realloc(l->items, cap * sizeof *items);
    if (!items) {
        sc->status = MS_TOKENIZE_NOMEM;
        return false;
    }
    l->items = items;
    l->cap = cap;
    return true;
}

/* Appends a token; returns its end so that scanners can "return push(...)". The room
   never exceeds MS_MAX_TOKENS, so one comparison covers both a full list and the limit. */
static inline size_t push_token(scanner *sc, ms_token t)
{
    ms_token_list *l = sc->list;
    if (l->count == l->cap && !grow(sc))
        return t.end;
    if (sc->newline && l->count > 0)
        t.flags |= MS_TF_NEWLINE_BEFORE;
    sc->newline = false;
    l->items[l->count++] = t;
    return t.end;
}

static inline size_t push(scanner *sc, size_t start, size_t end, ms_token_kind kind,
                          unsigned flags)
{
    return push_token(sc, (ms_token){.start = (uint32_t)start,
                                     .end = (uint32_t)end,
                                     .kind = (uint8_t)kind,
                                     .flags = (uint8_t)flags});
}

static size_t push_span(scanner *sc, size_t start, size_t end, ms_token_kind kind)
{
    return push(sc, start, end, kind,
                ms__all_ascii(sc->s + start, end - start) ? MS_TF_ASCII : 0);
}

/* ---- letter case ---- */

typedef struct {
    unsigned letters, uppers;
    bool first_upper;
} case_count;

static inline void count_case(case_count *c, char_class k)
{
    if (k != CC_UPPER && k != CC_LOWER && k != CC_LETTER)
        return;
    if (c->letters++ == 0)
        c->first_upper = k == CC_UPPER;
    c->uppers += k == CC_UPPER;
}

static unsigned case_flags(const case_count *c)
{
    unsigned f = c->first_upper ? MS_TF_CAPITALIZED : 0;
    return f | (c->letters >= 2 && c->uppers == c->letters ? MS_TF_ALLCAPS : 0);
}

/* Case and ASCII flags of the word s[start, end), in one pass: an ASCII byte is classed
   by the byte table, anything else is decoded (a malformed byte too, as a blank). */
static unsigned word_flags(const scanner *sc, size_t start, size_t end)
{
    case_count c = {0};
    bool ascii = true;
    size_t n;
    for (size_t i = start; i < end; i += n) {
        if (sc->s[i] < 0x80) {
            n = 1;
            count_case(&c, ascii_class(sc->s[i]));
            continue;
        }
        ascii = false;
        count_case(&c, classify(decode_multibyte(sc, i, &n)));
    }
    return case_flags(&c) | (ascii ? MS_TF_ASCII : 0);
}

/* ---- top-level domains and host names ---- */

#define MAX_TLD_BYTES 64
#define MAX_LABELS 16
#define MAX_LABEL_CODE_POINTS 63

static int compare_tld(const uint8_t *key, size_t n, const char *name)
{
    size_t m = strlen(name);
    int c = memcmp(key, name, n < m ? n : m);
    return c ? c : (n > m) - (n < m);
}

/* s[0, n) is a top-level domain, ASCII letters in any case. */
static bool is_tld(const uint8_t *s, size_t n)
{
    uint8_t key[MAX_TLD_BYTES];
    if (n == 0 || n > sizeof key)
        return false;
    for (size_t i = 0; i < n; i++)
        key[i] = A_UPPER(s[i]) ? (uint8_t)(s[i] | 0x20) : s[i];
    size_t lo = 0, hi = ms__tld_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = compare_tld(key, n, ms__tlds[mid]);
        if (c == 0)
            return true;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return false;
}

/* twitter-text only takes a TLD that is not followed by [0-9a-zA-Z@+-]: "foo.comm" and
   "john.doe.gov@mail.com" hold none. */
static bool tld_may_end_at(const scanner *sc, size_t e)
{
    if (e >= sc->len)
        return true;
    uint8_t b = sc->s[e];
    return !(is_ascii_alnum(b) || b == '@' || b == '+' || b == '-');
}

/* End of a punycode TLD ("xn--" and letters or digits) at i, or 0. */
static size_t punycode_tld_end(const scanner *sc, size_t i)
{
    size_t e = i + 4;
    while (e < sc->len && is_ascii_alnum(sc->s[e]))
        e++;
    return e > i + 4 && tld_may_end_at(sc, e) ? e : 0;
}

/* A character that may be part of a TLD: ASCII letters and digits (digits only to see
   where the name ends) and letters, marks and joiners of other scripts. */
static bool is_tld_cp(int32_t c)
{
    if (c < 0x80)
        return is_ascii_alnum(c);
    char_class k = classify(c);
    return is_word_class(k) || k == CC_JOINER;
}

/* End of the longest TLD at i, or 0. CJK text runs on after a domain without a space
   ("twitter.みんなです", "example.comてすと"), so the TLD may be a prefix of the run. */
static size_t tld_end(const scanner *sc, size_t i)
{
    size_t ends[MAX_TLD_BYTES], count = 0, e = i, n;
    if (starts_with(sc, i, "xn--"))
        return punycode_tld_end(sc, i);
    while (e < sc->len && count < MAX_TLD_BYTES) {
        int32_t c = decode_at(sc, e, &n);
        if (c < 0 || !is_tld_cp(c) || e + n - i > MAX_TLD_BYTES)
            break;
        e += n;
        ends[count++] = e;
    }
    while (count-- > 0)
        if (tld_may_end_at(sc, ends[count]) && is_tld(sc->s + i, ends[count] - i))
            return ends[count];
    return 0;
}

/* The names reserved for documentation and tests (RFC 2606): twitter-text does not link
   them, but after "https://" a reader sees a link, and example posts use them a lot. */
static size_t reserved_tld_end(const scanner *sc, size_t i)
{
    static const char *const names[] = {"example", "test", "invalid", "localhost"};
    size_t e = i;
    while (e < sc->len && is_ascii_alnum(sc->s[e]))
        e++;
    for (size_t k = 0; k < sizeof names / sizeof *names; k++)
        if (e - i == strlen(names[k]) && starts_with(sc, i, names[k]))
            return tld_may_end_at(sc, e) ? e : 0;
    return 0;
}

/* A host character after "http://": twitter-text takes anything but ASCII punctuation,
   spaces, invisible format characters (directional marks) and non-characters. */
static bool is_host_cp(int32_t c)
{
    if (c < 0x80)
        return is_ascii_alnum(c);
    if (c == 0xFFFE || c == 0xFFFF)
        return false;
    char_class k = classify(c);
    return k != CC_BLANK && k != CC_NEWLINE;
}

/* Without a scheme twitter-text only links ASCII and accented Latin host names. */
static bool is_plain_host_cp(int32_t c)
{
    return c < 0x80 ? is_ascii_alnum(c) : is_latin_accent(c);
}

typedef struct {
    size_t start, end;
} span;

/* End of one host label at i: host characters, '-' and, after a scheme, '_'. */
static size_t label_end(const scanner *sc, size_t i, bool after_scheme)
{
    size_t j = i, n;
    while (j < sc->len) {
        int32_t c = decode_at(sc, j, &n);
        bool ok =
            c == '-' || (after_scheme ? c == '_' || is_host_cp(c) : is_plain_host_cp(c));
        if (!ok)
            break;
        j += n;
    }
    return j;
}

/* Splits the dotted name at i into labels; returns how many (at least one, maybe empty). */
static size_t collect_labels(const scanner *sc, size_t i, bool after_scheme, span *labels)
{
    size_t n = 0;
    for (;;) {
        size_t e = label_end(sc, i, after_scheme);
        labels[n++] = (span){i, e};
        if (n == MAX_LABELS || e == i || e >= sc->len || sc->s[e] != '.')
            return n;
        i = e + 1;
    }
}

/* A label neither starts nor ends with '-' or '_'; the one before the TLD has no '_';
   "xn--" labels are ASCII; and none is longer than DNS allows. */
static bool label_ok(const scanner *sc, span l, bool before_tld)
{
    const uint8_t *s = sc->s + l.start;
    size_t n = l.end - l.start;
    if (n == 0 || s[0] == '-' || s[0] == '_' || s[n - 1] == '-' || s[n - 1] == '_')
        return false;
    if (before_tld && memchr(s, '_', n))
        return false;
    if (starts_with(sc, l.start, "xn--") && !ms__all_ascii(s, n))
        return false;
    return count_code_points(s, n) <= MAX_LABEL_CODE_POINTS;
}

/* End of a host name at i ("www.example.co.uk"), or 0. Like twitter-text's greedy regex,
   the TLD is looked for after the last dot first, then after earlier ones. */
static size_t host_end(const scanner *sc, size_t i, bool after_scheme)
{
    span labels[MAX_LABELS];
    size_t n = collect_labels(sc, i, after_scheme, labels);
    for (size_t t = n; t-- > 1;) {
        size_t e = tld_end(sc, labels[t].start);
        if (!e && after_scheme)
            e = reserved_tld_end(sc, labels[t].start);
        bool ok = e != 0;
        for (size_t k = 0; ok && k < t; k++)
            ok = label_ok(sc, labels[k], k + 1 == t);
        if (ok)
            return e;
    }
    return 0;
}

/* ---- URLs and e-mail addresses ---- */

typedef enum { PATH_NO, PATH_MID, PATH_END } path_char;

/* Path characters per twitter-text, plus Cyrillic and accented Latin letters. */
static path_char path_char_at(const scanner *sc, size_t j, size_t *n)
{
    uint8_t b = sc->s[j];
    *n = 1;
    if (b < 0x80)
        return byte_has(b, BF_PATH_END) ? PATH_END
               : byte_has(b, BF_PATH)   ? PATH_MID
                                        : PATH_NO;
    int32_t c = decode_at(sc, j, n);
    if ((c >= 0x400 && c <= 0x4FF) || is_latin_accent(c))
        return PATH_END;
    return c == 0x2013 ? PATH_MID : PATH_NO; /* en dash */
}

/* End of a balanced "(...)" in a path ("Primer_(film)"), nested once at most; 0 if the
   parenthesis is not closed, which then ends the URL before it. */
static size_t paren_group_end(const scanner *sc, size_t open, int depth)
{
    size_t j = open + 1, n;
    while (j < sc->len && sc->s[j] != ')') {
        if (sc->s[j] == '(' && depth > 0) {
            j = paren_group_end(sc, j, depth - 1);
            if (!j)
                return 0;
        } else if (path_char_at(sc, j, &n) != PATH_NO) {
            j += n;
        } else {
            return 0;
        }
    }
    return j < sc->len && j > open + 1 ? j + 1 : 0;
}

/* End of the path that starts with the '/' at slash. Trailing characters that may not end
   a path ("." "," "!" "'" ...) are left out, as twitter-text does. */
static size_t path_end(const scanner *sc, size_t slash)
{
    size_t j = slash + 1, good = j, n = 1;
    while (j < sc->len) {
        path_char c = sc->s[j] == '(' ? PATH_NO : path_char_at(sc, j, &n);
        if (c == PATH_NO) {
            size_t e = sc->s[j] == '(' ? paren_group_end(sc, j, 1) : 0;
            if (!e)
                break;
            j = good = e;
            continue;
        }
        j += n;
        if (c == PATH_END)
            good = j;
    }
    return good;
}

/* End of the query that starts with the '?' at q; q itself when nothing may end it. */
static size_t query_end(const scanner *sc, size_t q)
{
    size_t j = q + 1, good = q;
    for (; j < sc->len && byte_has(sc->s[j], BF_QUERY); j++)
        if (byte_has(sc->s[j], BF_QUERY_END))
            good = j + 1;
    return good;
}

/* Port, path and query after a host name that ends at e. */
static size_t url_tail_end(const scanner *sc, size_t e)
{
    if (e + 1 < sc->len && sc->s[e] == ':' && is_ascii_digit(sc->s[e + 1]))
        for (e++; e < sc->len && is_ascii_digit(sc->s[e]);)
            e++;
    if (e < sc->len && sc->s[e] == '/')
        e = path_end(sc, e);
    if (e < sc->len && sc->s[e] == '?')
        e = query_end(sc, e);
    return e;
}

/* A URL may not follow a letter or digit, '@', '$', '#' (those are entities of their own)
   or a non-character; without a scheme not '-', '_', '.' or '/' either. */
static bool url_may_follow(int32_t c, bool bare)
{
    if (c < 0)
        return true;
    if (c < 0x80)
        return !(is_ascii_alnum(c) || c == '@' || c == '$' || c == '#' ||
                 (bare && (c == '-' || c == '_' || c == '.' || c == '/')));
    return c != 0xFF20 && c != 0xFF03 && c != 0xFEFF && c != 0xFFFE && c != 0xFFFF;
}

#define MAX_TCO_SLUG 40

/* twitter-text ends a t.co link after its slug and query ("http://t.co/abc's" links
   "http://t.co/abc") and does not link a slug longer than 40 (returns 0). */
static size_t tco_end(const scanner *sc, span host, size_t end)
{
    if (host.end - host.start != 4 || !starts_with(sc, host.start, "t.co") ||
        host.end >= end || sc->s[host.end] != '/')
        return end;
    size_t slug = host.end + 1, e = slug;
    while (e < sc->len && is_ascii_alnum(sc->s[e]))
        e++;
    if (e == slug)
        return end;
    if (e - slug > MAX_TCO_SLUG)
        return 0;
    return e < sc->len && sc->s[e] == '?' ? query_end(sc, e) : e;
}

/* End of "http(s)://host[:port][/path][?query]" at i, or 0. */
static size_t scheme_url_end(const scanner *sc, size_t i)
{
    size_t host = starts_with(sc, i, "http://")    ? i + 7
                  : starts_with(sc, i, "https://") ? i + 8
                                                   : 0;
    if (!host || !url_may_follow(prev_cp(sc, i), false))
        return 0;
    size_t e = host_end(sc, host, true);
    return e ? tco_end(sc, (span){host, e}, url_tail_end(sc, e)) : 0;
}

/* End of a URL without scheme at i ("example.nl/x", "www.example.com"), or 0. */
static size_t bare_url_end(const scanner *sc, size_t i)
{
    if (!url_may_follow(prev_cp(sc, i), true))
        return 0;
    size_t e = host_end(sc, i, false);
    return e ? url_tail_end(sc, e) : 0;
}

/* End of "local@host.tld" at i, or 0. */
static size_t email_end(const scanner *sc, size_t i)
{
    size_t at = i;
    while (at < sc->len && byte_has(sc->s[at], BF_LOCAL))
        at++;
    if (at == i || at >= sc->len || sc->s[at] != '@' || sc->s[at - 1] == '.')
        return 0;
    return host_end(sc, at + 1, false);
}

/* A URL begins at i (asked inside a word where a script change may hide one). */
static bool url_starts_at(const scanner *sc, size_t i)
{
    return scheme_url_end(sc, i) || bare_url_end(sc, i);
}

/* Pushes the URL or e-mail address that starts at i; returns its end, or 0 if none. */
static size_t scan_link(scanner *sc, size_t i)
{
    size_t e = email_end(sc, i);
    if (e)
        return push_span(sc, i, e, MS_TOK_EMAIL);
    if ((e = scheme_url_end(sc, i)) || (e = bare_url_end(sc, i)))
        return push_span(sc, i, e, MS_TOK_URL);
    return 0;
}

/* ---- words ---- */

/* Joins two parts of one word when a letter follows: "don't", "e-mail" (but "under-10"
   stays a word and a number). */
static bool is_inner_joiner(int32_t c)
{
    return c == '\'' || c == '-' || c == 0x2019 || c == 0x2010 || c == 0x200C ||
           c == 0x200D || c == 0xAD;
}

typedef struct {
    size_t end;
    case_count cases;
    bool ascii;
} word_scan;

/* The bytes of x (eight of the text, in order on a little-endian host) that lie in the
   ASCII range [lo, hi], as their high bit. Bytes >= 0x80 are cut to seven bits first, so
   that no addition carries into the next byte, and then left out by their own high bit. */
static inline uint64_t bytes_between(uint64_t x, unsigned lo, unsigned hi)
{
    const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
    uint64_t low7 = x & ~high;
    uint64_t from_lo = low7 + ones * (0x80 - lo);
    uint64_t past_hi = low7 + ones * (0x80 - hi - 1);
    return from_lo & ~past_hi & ~x & high;
}

static inline uint64_t lower_letter_bytes(uint64_t x)
{
    return bytes_between(x, 'a', 'z');
}

/* End of the run of ASCII lower-case letters at j: eight bytes at a time while eight
   remain (on a little-endian host), then byte by byte. */
static inline size_t lower_run_end(const scanner *sc, size_t j)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    while (sc->len - j >= 8) {
        uint64_t x;
        memcpy(&x, sc->s + j, 8);
        uint64_t other = ~lower_letter_bytes(x) & 0x8080808080808080ull;
        if (other)
            return j + ((size_t)__builtin_ctzll(other) >> 3);
        j += 8;
    }
#endif
    while (j < sc->len && A_LOWER(sc->s[j]))
        j++;
    return j;
}

/* The common case, kept tight: ASCII letters and digits from j, counted into c. Runs
   of lower-case letters, most of any post, take a loop of their own. */
static inline size_t ascii_word_end(const scanner *sc, size_t j, case_count *c)
{
    for (;;) {
        size_t run = j;
        j = lower_run_end(sc, j);
        c->letters += (unsigned)(j - run);
        if (j >= sc->len)
            return j;
        char_class k = ascii_class(sc->s[j]); /* bytes >= 0x80 read as blanks here */
        if (k == CC_UPPER) {
            c->first_upper |= c->letters == 0;
            c->letters++;
            c->uppers++;
        } else if (k != CC_DIGIT)
            return j;
        j++;
    }
}

/* A word in another script may run straight into a URL ("中国語example.com" without a
   space): after such a character, the word ends where a URL begins. */
static bool url_after_script_change(const scanner *sc, size_t j, int32_t c, char_class k)
{
    if (k == CC_MARK || is_latin_accent(c) || j >= sc->len || !is_ascii_alnum(sc->s[j]))
        return false;
    return url_starts_at(sc, j);
}

/* Scans the word at i: letters, digits and marks, joined by inner apostrophes, hyphens
   and zero-width joiners. */
static void scan_word(const scanner *sc, size_t i, word_scan *w)
{
    size_t j = i, n;
    *w = (word_scan){.ascii = true};
    for (;;) {
        j = ascii_word_end(sc, j, &w->cases);
        if (j >= sc->len || (sc->s[j] < 0x80 && !is_inner_joiner(sc->s[j])))
            break; /* the common end: an ASCII byte that joins nothing */
        int32_t c = decode_at(sc, j, &n);
        char_class k = classify(c);
        if (c >= 0x80 && is_word_class(k)) {
            count_case(&w->cases, k);
            w->ascii = false;
            j += n;
            if (url_after_script_change(sc, j, c, k))
                break;
            continue;
        }
        if (j == i || !is_inner_joiner(c) || !is_letter_class(class_at(sc, j + n)))
            break;
        w->ascii &= c < 0x80;
        j += n;
    }
    w->end = j;
}

/* A URL or an e-mail address may go on after the word that ends at e: a link hint
   ('.', '@', ':', ...) follows it, and after the hint the text goes on without a space
   (every link needs more than the word and the hint: "example." or "name@" is none). */
static bool link_may_follow(const scanner *sc, size_t e)
{
    if (e + 1 >= sc->len || !byte_has(sc->s[e], BF_LINK_HINT))
        return false;
    uint8_t next = sc->s[e + 1];
    return next >= 0x80 ||
           (ascii_class(next) != CC_BLANK && ascii_class(next) != CC_NEWLINE);
}

/* A plain word as plain_word_end finds it. */
typedef struct {
    unsigned flags; /* the case and ASCII flags scan_wordlike would give */
    char *fold;     /* where to fold the word to, or NULL */
    uint32_t hash;  /* with fold: ms__hash_bytes of the folded word */
} plain_word;

/* Eight bytes of a plain word folded to lower case: bit 5 set on the capitals (upper
   holds their high bits), the bytes from the first one outside the word on (first_other
   holds its high bit, or is 0) cleared, so that the last chunk also pads the word with
   NULs. */
static inline uint64_t fold_chunk(uint64_t x, uint64_t upper, uint64_t first_other)
{
    return (x | upper >> 2) & ((first_other >> 7) - 1);
}

/* End of the word at i when it is the common kind: ASCII letters and digits only, then
   an ASCII byte that neither joins words nor lets a link go on; read eight bytes at a
   time, the bytes after the word included. 0 for any other word, and for a word that
   reaches the text's last eight bytes: scan_wordlike takes those. The byte at i is a
   letter. With w->fold, the word goes there folded and NUL-padded as it is read. */
static inline size_t plain_word_end(const scanner *sc, size_t i, plain_word *w)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t high = 0x8080808080808080ull, bit5 = high >> 2;
    uint64_t lower = 0;  /* lower-case letters seen */
    uint64_t uppers = 0; /* capitals seen, two per chunk at most */
    uint64_t h = ms__hash_start();
    for (size_t j = i; sc->len - j >= 8; j += 8) {
        uint64_t x;
        memcpy(&x, sc->s + j, 8);
        /* Letters are the bytes that fall in 'a'..'z' with bit 5 set; bit 5 shifted up
           to the high bit then tells lower case from upper. */
        uint64_t letters = bytes_between(x | bit5, 'a', 'z');
        uint64_t other = ~(letters | bytes_between(x, '0', '9')) & high;
        uint64_t first_other = other & -other; /* 0 when the word goes on */
        uint64_t inside = first_other - 1;
        letters &= inside;
        lower |= letters & x << 2;
        uint64_t upper = letters & ~(x << 2);
        uppers += upper == 0 ? 0 : (upper & (upper - 1)) == 0 ? 1 : 2;
        if (w->fold) {
            uint64_t folded = fold_chunk(x, upper, first_other);
            memcpy(w->fold + (j - i), &folded, 8);
            if (other)
                w->hash = ms__hash_finish(h, folded, j - i + (__builtin_ctzll(other) >> 3));
            else
                h = ms__hash_chunk(h, folded);
        }
        if (!other)
            continue;
        size_t e = j + ((size_t)__builtin_ctzll(other) >> 3);
        uint8_t b = sc->s[e];
        if (b >= 0x80 || b == '\'' || (byte_has(b, BF_LINK_HINT) && link_may_follow(sc, e)))
            return 0;
        w->flags = MS_TF_ASCII | (A_UPPER(sc->s[i]) ? MS_TF_CAPITALIZED : 0) |
                   (!lower && uppers >= 2 ? MS_TF_ALLCAPS : 0);
        return e;
    }
#endif
    (void)sc, (void)i, (void)w;
    return 0;
}

/* Pushes the token [start, end) whose folded form was just written at sc->fold_at, and
   moves fold_at past it and its NUL padding. */
static inline size_t push_folded(scanner *sc, size_t start, size_t end, ms_token_kind kind,
                                 unsigned flags, uint32_t hash)
{
    push_token(sc, (ms_token){.start = (uint32_t)start,
                              .end = (uint32_t)end,
                              .kind = (uint8_t)kind,
                              .flags = (uint8_t)(flags | MS_TF_FOLDED),
                              .hash = hash});
    sc->fold_at += ((end - start) | 7u) + 1u;
    return end;
}

/* A word, or the URL or e-mail address that starts with it. */
static size_t scan_wordlike(scanner *sc, size_t i)
{
    word_scan w;
    scan_word(sc, i, &w);
    if (w.end == i) /* cannot happen for a word character at i; never loop on one */
        return i + 1;
    if (link_may_follow(sc, w.end)) {
        size_t e = scan_link(sc, i);
        if (e)
            return e;
    }
    unsigned flags = case_flags(&w.cases) | (w.ascii ? MS_TF_ASCII : 0);
    return push(sc, i, w.end, MS_TOK_WORD, flags);
}

/* ---- numbers ---- */

/* Letters that may follow digits in one number token: "10x", "3rd", "5k", "3,2kg", and
   Dutch ordinals ("2e", "1ste", "3de"). */
static bool is_unit(const uint8_t *s, size_t n)
{
    static const char *const units[] = {
        "k",   "m",   "b",   "x",   "s",   "h",    "d",   "w",  "y",   "g",   "l",
        "p",   "e",   "st",  "nd",  "rd",  "th",   "de",  "kg", "mg",  "km",  "cm",
        "mm",  "ml",  "lb",  "oz",  "ft",  "mi",   "hr",  "yr", "am",  "pm",  "bn",
        "mn",  "gb",  "mb",  "tb",  "kb",  "px",   "pt",  "ms", "ste", "min", "sec",
        "hrs", "yrs", "lbs", "mph", "kmh", "mins", "secs"};
    for (size_t u = 0; u < sizeof units / sizeof *units; u++) {
        size_t k = 0;
        while (k < n && units[u][k] && (s[k] | 0x20) == (uint8_t)units[u][k])
            k++;
        if (k == n && !units[u][k])
            return true;
    }
    return false;
}

/* End of what follows the digits at e: '%', '‰', a currency sign or a unit. 0 means the
   digits are the start of a word ("4you", "1hashtag") instead of a number. */
static size_t number_suffix_end(const scanner *sc, size_t e)
{
    size_t n, k = e;
    if (e >= sc->len || sc->s[e] == '%' || sc->s[e] == '$')
        return e < sc->len ? e + 1 : e;
    if (A_UPPER(sc->s[e]) || A_LOWER(sc->s[e])) {
        while (k < sc->len && (A_UPPER(sc->s[k]) || A_LOWER(sc->s[k])))
            k++;
        return is_unit(sc->s + e, k - e) && !is_word_class(class_at(sc, k)) ? k : 0;
    }
    if (sc->s[e] < 0x80)
        return e;
    int32_t c = decode_at(sc, e, &n);
    char_class cls = classify(c);
    if (c == 0x2030 || cls == CC_CURRENCY)
        return e + n;
    return is_word_class(cls) ? 0 : e;
}

/* End of the number whose digits start at i ("2024", "1.000", "3,2kg", "30%"), or 0. */
static size_t number_end(const scanner *sc, size_t i)
{
    size_t j = i;
    for (;;) {
        while (j < sc->len && is_ascii_digit(sc->s[j]))
            j++;
        if (j + 1 >= sc->len || !(sc->s[j] == '.' || sc->s[j] == ',' || sc->s[j] == ':') ||
            !is_ascii_digit(sc->s[j + 1]))
            break;
        j++;
    }
    return number_suffix_end(sc, j);
}

/* A number after a sign or currency sign at i ("+15", "-3", "$5", "€12M"), or 0. */
static size_t prefixed_number_end(const scanner *sc, size_t i, size_t prefix_len)
{
    size_t d = i + prefix_len;
    if (d >= sc->len || !is_ascii_digit(sc->s[d]))
        return 0;
    return number_end(sc, d);
}

/* A keycap emoji at i: [0-9#*] U+FE0F? U+20E3. Returns its end or 0. */
static size_t keycap_end(const scanner *sc, size_t i)
{
    size_t e = i + 1;
    if (starts_with(sc, e, "\xEF\xB8\x8F"))
        e += 3;
    return starts_with(sc, e, "\xE2\x83\xA3") ? e + 3 : 0;
}

static size_t scan_digit(scanner *sc, size_t i)
{
    size_t e = keycap_end(sc, i);
    if (e)
        return push_span(sc, i, e, MS_TOK_EMOJI);
    e = number_end(sc, i);
    if (!e)
        return scan_wordlike(sc, i);
    if (e < sc->len && byte_has(sc->s[e], BF_LINK_HINT)) {
        size_t link = scan_link(sc, i);
        if (link)
            return link;
    }
    return push_span(sc, i, e, MS_TOK_NUMBER);
}

/* ---- emoji and punctuation ---- */

/* End of the grapheme cluster at i: ZWJ sequences, skin tones, VS16, tag sequences and
   regional-indicator pairs are one cluster each (UAX #29, as utf8proc implements it). */
static size_t emoji_end(const scanner *sc, size_t i)
{
    size_t n;
    utf8proc_int32_t state = 0;
    int32_t prev = decode_at(sc, i, &n);
    size_t j = i + n;
    while (j < sc->len) {
        int32_t c = decode_at(sc, j, &n);
        if (c < 0 || utf8proc_grapheme_break_stateful(prev, c, &state))
            break;
        prev = c;
        j += n;
    }
    return j;
}

/* End of the run of the character at i repeated. */
static size_t punct_run_end(const scanner *sc, size_t i)
{
    size_t n;
    decode_at(sc, i, &n);
    size_t j = i + n;
    while (n <= sc->len - j && memcmp(sc->s + i, sc->s + j, n) == 0)
        j += n;
    return j;
}

static size_t push_single(scanner *sc, size_t i, size_t n)
{
    return push_span(sc, i, i + n, MS_TOK_PUNCT);
}

/* ---- hashtags ---- */

typedef enum { HC_NONE, HC_ALPHA, HC_OTHER } hashtag_char;

/* twitter-text's hashtag characters beyond ASCII: letters and marks (at least one is
   needed), decimal digits and a few joiners (ZWNJ/ZWJ, middle dot, Hebrew punctuation,
   Tibetan tsheg, Japanese iteration and sound marks, wave dashes). */
static hashtag_char non_ascii_hashtag_char(int32_t c)
{
    static const int32_t joiners[] = {0x200C, 0x200D, 0xA67E, 0x05BE, 0x05F3, 0x05F4,
                                      0xFF5E, 0x301C, 0x309B, 0x309C, 0x30A0, 0x30FB,
                                      0x3003, 0x0F0B, 0x0F0C, 0x00B7};
    utf8proc_category_t cat = utf8proc_category(c);
    if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ME)
        return HC_ALPHA;
    if (cat == UTF8PROC_CATEGORY_ND)
        return HC_OTHER;
    for (size_t k = 0; k < sizeof joiners / sizeof *joiners; k++)
        if (joiners[k] == c)
            return HC_OTHER;
    return HC_NONE;
}

/* In ASCII: letters, digits and '_'. */
static inline hashtag_char hashtag_char_of(int32_t c)
{
    if (c >= 0x80)
        return non_ascii_hashtag_char(c);
    char_class k = c < 0 ? CC_BLANK : ascii_class((uint8_t)c);
    if (k == CC_UPPER || k == CC_LOWER)
        return HC_ALPHA;
    return k == CC_DIGIT || c == '_' ? HC_OTHER : HC_NONE;
}

/* A hashtag may not follow a hashtag character or '&'; variation selectors (which end
   emoji such as "✌️") are the exception. */
static bool hashtag_may_follow(int32_t c)
{
    if (c < 0 || c == 0xFE0E || c == 0xFE0F)
        return true;
    return c != '&' && hashtag_char_of(c) == HC_NONE;
}

/* twitter-text drops a hashtag that runs into another '#' or a "://". */
static bool hashtag_blocked_at(const scanner *sc, size_t e)
{
    return starts_with(sc, e, "#") || starts_with(sc, e, "\xEF\xBC\x83") ||
           starts_with(sc, e, "://");
}

/* End of the hashtag whose mark ('#' or '＃', mark_len bytes) is at i, or 0. *ascii
   tells whether its body is all ASCII. */
static size_t hashtag_end(const scanner *sc, size_t i, size_t mark_len, bool *ascii)
{
    if (!hashtag_may_follow(prev_cp(sc, i)))
        return 0;
    size_t body = i + mark_len, j = body, n;
    bool alpha = false;
    for (; j < sc->len && byte_has(sc->s[j], BF_USER); j++) /* the common ASCII body */
        alpha |= A_UPPER(sc->s[j]) || A_LOWER(sc->s[j]);
    *ascii = j >= sc->len || sc->s[j] < 0x80;
    while (j < sc->len) {
        int32_t c = decode_at(sc, j, &n);
        hashtag_char k = hashtag_char_of(c);
        if (k == HC_NONE || (j == body && (c == 0xFE0F || c == 0x20E3)))
            break;
        alpha |= k == HC_ALPHA;
        j += n;
    }
    return alpha && !hashtag_blocked_at(sc, j) ? j : 0;
}

/* Hashtag parts: how a character takes part in splitting "#NASAMission_2024". */
typedef enum { PC_SEP, PC_UPPER, PC_LOWER, PC_LETTER, PC_DIGIT, PC_ATTACH } part_class;

static part_class part_class_of(int32_t c)
{
    if (c == '_')
        return PC_SEP;
    switch (classify(c)) {
    case CC_UPPER: return PC_UPPER;
    case CC_LOWER: return PC_LOWER;
    case CC_LETTER: return PC_LETTER;
    case CC_DIGIT: return PC_DIGIT;
    default: return PC_ATTACH; /* marks and joiners stay with the character before */
    }
}

/* A new part starts between these: letters and digits, lower and upper case ("babyOn"),
   cased and uncased scripts. */
static bool part_boundary(part_class prev, part_class cur)
{
    if (prev == PC_DIGIT || cur == PC_DIGIT)
        return prev != cur;
    if (prev == PC_LOWER && cur == PC_UPPER)
        return true;
    return (prev == PC_LETTER) != (cur == PC_LETTER);
}

#define NO_PART SIZE_MAX

typedef struct {
    size_t start;      /* of the part being built, or NO_PART */
    part_class last;   /* class of its last base character; PC_SEP when none */
    part_class before; /* class of the base character before that */
    size_t last_pos;   /* byte offset of its last base character */
} part_builder;

static void end_part(scanner *sc, part_builder *b, size_t at)
{
    if (b->start != NO_PART && at > b->start)
        push(sc, b->start, at, MS_TOK_WORD, MS_TF_HASHPART | word_flags(sc, b->start, at));
    b->start = at;
}

static void part_step(scanner *sc, part_builder *b, size_t pos, part_class c)
{
    if (c == PC_SEP) {
        end_part(sc, b, pos);
        *b = (part_builder){NO_PART, PC_SEP, PC_SEP, 0};
        return;
    }
    if (b->start == NO_PART)
        b->start = pos;
    if (c == PC_ATTACH)
        return;
    if (c == PC_LOWER && b->last == PC_UPPER && b->before == PC_UPPER) {
        end_part(sc, b, b->last_pos); /* "NASAMission": the 'M' opens "Mission" */
        b->before = PC_SEP;
    } else if (b->last != PC_SEP && part_boundary(b->last, c)) {
        end_part(sc, b, pos);
        b->last = PC_SEP;
    }
    b->before = b->last;
    b->last = c;
    b->last_pos = pos;
}

/* Pushes the parts of the hashtag body s[from, to) as words flagged MS_TF_HASHPART. */
static void push_hashtag_parts(scanner *sc, size_t from, size_t to)
{
    part_builder b = {NO_PART, PC_SEP, PC_SEP, 0};
    size_t n;
    for (size_t j = from; j < to; j += n)
        part_step(sc, &b, j, part_class_of(decode_at(sc, j, &n)));
    end_part(sc, &b, to);
}

/* End of the run of ASCII bytes of class k from j, up to `to`. */
static inline size_t class_run_end(const scanner *sc, size_t j, size_t to, char_class k)
{
    while (j < to && sc->s[j] < 0x80 && ascii_class(sc->s[j]) == k)
        j++;
    return j;
}

/* Pushes an ASCII hashtag part of `caps` capitals and then lower-case letters, or of
   digits (caps 0), with the flags word_flags would give it. */
static void push_ascii_part(scanner *sc, size_t from, size_t to, size_t caps)
{
    unsigned flags = MS_TF_HASHPART | MS_TF_ASCII;
    if (caps > 0)
        flags |= MS_TF_CAPITALIZED;
    if (caps >= 2 && caps == to - from)
        flags |= MS_TF_ALLCAPS;
    push(sc, from, to, MS_TOK_WORD, flags);
}

/* push_hashtag_parts for a body of ASCII letters, digits and '_', without decoding: the
   same parts, read as runs. A word is some capitals and then some lower-case letters; of
   two or more capitals before lower case the last opens the word ("NASAMission"). */
static void push_ascii_hashtag_parts(scanner *sc, size_t from, size_t to)
{
    size_t j = from;
    while (j < to) {
        size_t start = j;
        if (sc->s[j] == '_') {
            j++;
            continue;
        }
        if (is_ascii_digit(sc->s[j])) {
            j = class_run_end(sc, j, to, CC_DIGIT);
            push_ascii_part(sc, start, j, 0);
            continue;
        }
        size_t caps_end = class_run_end(sc, j, to, CC_UPPER);
        j = lower_run_end(sc, caps_end); /* stops at the body's end: no letter there */
        size_t caps = caps_end - start;
        if (caps >= 2 && j > caps_end) {
            push_ascii_part(sc, start, caps_end - 1, caps - 1);
            start = caps_end - 1;
            caps = 1;
        }
        push_ascii_part(sc, start, j, caps);
    }
}

static size_t scan_hashtag(scanner *sc, size_t i, size_t mark_len)
{
    bool ascii;
    size_t e = hashtag_end(sc, i, mark_len, &ascii);
    if (!e)
        return push_single(sc, i, mark_len);
    push_span(sc, i, e, MS_TOK_HASHTAG);
    if (ascii)
        push_ascii_hashtag_parts(sc, i + mark_len, e);
    else
        push_hashtag_parts(sc, i + mark_len, e);
    return e;
}

/* ---- mentions and cashtags ---- */

/* twitter-text's retweet shorthand "RT@user" / "rt:@user": the only way a mention may
   follow a letter. */
static bool follows_retweet_mark(const scanner *sc, size_t i)
{
    size_t j = i > 0 && sc->s[i - 1] == ':' ? i - 1 : i;
    if (j < 2 || (sc->s[j - 2] | 0x20) != 'r' || (sc->s[j - 1] | 0x20) != 't')
        return false;
    uint8_t b = j > 2 ? sc->s[j - 3] : ' ';
    return !(is_ascii_alnum(b) || b == '_' || b == '+' || b == '~' || b == '.' || b == '-');
}

/* Not after a letter, digit or one of _!#$%&*@ (then it is an e-mail or not meant). */
static bool mention_may_follow(const scanner *sc, size_t i)
{
    int32_t c = prev_cp(sc, i);
    bool blocked = c == 0xFF20 || (c >= 0 && c < 0x80 &&
                                   (is_ascii_alnum(c) || (c && strchr("_!#$%&*@", c))));
    return !blocked || follows_retweet_mark(sc, i);
}

/* twitter-text drops a mention followed by '@', an accented Latin letter or "://". */
static bool mention_blocked_at(const scanner *sc, size_t e)
{
    size_t n;
    if (e >= sc->len)
        return false;
    return sc->s[e] == '@' || starts_with(sc, e, "\xEF\xBC\xA0") ||
           starts_with(sc, e, "://") || is_latin_accent(decode_at(sc, e, &n));
}

/* End of the mention whose '@' or '＠' (mark_len bytes) is at i, or 0. The name is not
   cut at twitter-text's 20 characters: a longer one is still one mention, not a word. */
static size_t mention_end(const scanner *sc, size_t i, size_t mark_len)
{
    if (!mention_may_follow(sc, i))
        return 0;
    size_t from = i + mark_len, e = from;
    while (e < sc->len && byte_has(sc->s[e], BF_USER))
        e++;
    return e > from && !mention_blocked_at(sc, e) ? e : 0;
}

static size_t ascii_letters_end(const scanner *sc, size_t i)
{
    while (i < sc->len && (A_UPPER(sc->s[i]) || A_LOWER(sc->s[i])))
        i++;
    return i;
}

static bool is_blank_cp(int32_t c)
{
    char_class k = classify(c);
    return k == CC_BLANK || k == CC_NEWLINE;
}

/* A cashtag ends at the end of the text, a space or ASCII punctuation. */
static bool cashtag_may_end_at(const scanner *sc, size_t e)
{
    size_t n;
    return e >= sc->len || byte_has(sc->s[e], BF_PUNCT) ||
           is_blank_cp(decode_at(sc, e, &n));
}

/* End of "$" 1-6 letters, optionally "." or "_" and 1-2 letters ("$TEST.T"), after a
   blank or at the start, or 0. */
static size_t cashtag_end(const scanner *sc, size_t i)
{
    int32_t before = prev_cp(sc, i);
    if (before >= 0 && !is_blank_cp(before))
        return 0;
    size_t e = ascii_letters_end(sc, i + 1);
    if (e == i + 1 || e - (i + 1) > 6)
        return 0;
    if (e + 1 < sc->len && (sc->s[e] == '.' || sc->s[e] == '_')) {
        size_t x = ascii_letters_end(sc, e + 1);
        if (x > e + 1 && x - (e + 1) <= 2 && cashtag_may_end_at(sc, x))
            return x;
    }
    return cashtag_may_end_at(sc, e) ? e : 0;
}

/* ---- dispatch ---- */

static size_t scan_dollar(scanner *sc, size_t i)
{
    size_t e = cashtag_end(sc, i);
    if (e)
        return push_span(sc, i, e, MS_TOK_CASHTAG);
    if ((e = prefixed_number_end(sc, i, 1)))
        return push_span(sc, i, e, MS_TOK_NUMBER);
    return push_single(sc, i, 1);
}

/* '+' or '-' before digits is a sign unless it joins two words or numbers ("10-15"). */
static size_t signed_number_end(const scanner *sc, size_t i)
{
    int32_t before = prev_cp(sc, i);
    if (before >= 0 && is_word_class(classify(before)))
        return 0;
    return prefixed_number_end(sc, i, 1);
}

/* ---- emoticons ---- */

/* Western emoticons, longest first where one begins another. */
static const char *const emoticons[] = {
    "</3", ":-)", ":-(", ":-D", ":-P", ":-p", ":-/", ":-O", ":-o", ":-*", ":-|",
    ":-]", ":-[", ":'(", ":')", ";-)", ";-P", ";-p", "^_^", ":)",  ":(",  ":D",
    ":P",  ":p",  ":/",  ":O",  ":o",  ":*",  ":|",  ":3",  ":]",  ":[",  ";)",
    ";P",  ";p",  ";D",  "=)",  "=(",  "=D",  "=]",  "=[",  "<3",  "^^"};

static bool is_ascii_alnum_at(const scanner *sc, size_t i)
{
    return i < sc->len && sc->s[i] < 0x80 && is_ascii_alnum(sc->s[i]);
}

/* End of the emoticon at i, or 0. It must stand apart: no letter or digit right before
   or after it ("10:30", "Note:Done", "http://" are not faces), and no '[' before it
   (the slice "x[:]" is no face). */
static size_t emoticon_end(const scanner *sc, size_t i)
{
    if (i > 0 && (is_ascii_alnum_at(sc, i - 1) || sc->s[i - 1] == ':' ||
                  sc->s[i - 1] == '/' || sc->s[i - 1] == '['))
        return 0;
    for (size_t k = 0; k < sizeof emoticons / sizeof *emoticons; k++) {
        size_t n = strlen(emoticons[k]);
        if (sc->len - i < n || memcmp(sc->s + i, emoticons[k], n) != 0)
            continue; /* exact: ":D" is a face, ":d" is not */
        size_t e = i + n;
        if (is_ascii_alnum_at(sc, e) || (e < sc->len && sc->s[e] == '/'))
            return 0;
        return e; /* a repeated mouth (":)))") follows as punctuation */
    }
    return 0;
}

/* The run of the ASCII punctuation byte b at i, as punct_run_end reads it. A run of up
   to seven bytes also goes into the sink as it is (folding leaves punctuation alone),
   NUL-padded to eight, with its hash. */
static size_t scan_ascii_punct(scanner *sc, size_t i, uint8_t b)
{
    size_t e = i + 1;
    while (e < sc->len && sc->s[e] == b)
        e++;
    size_t n = e - i;
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (sc->fold_at && n < 8) {
        uint64_t run = (0x0101010101010101ull >> (64 - 8 * n)) * b;
        memcpy(sc->fold_at, &run, 8);
        return push_folded(sc, i, e, MS_TOK_PUNCT, MS_TF_ASCII,
                           ms__hash_finish(ms__hash_start(), run, n));
    }
#endif
    return push(sc, i, e, MS_TOK_PUNCT, MS_TF_ASCII);
}

static size_t scan_ascii_symbol(scanner *sc, size_t i, uint8_t b)
{
    size_t e = 0;
    if ((b == ':' || b == ';' || b == '=' || b == '<' || b == '^') &&
        (e = emoticon_end(sc, i)))
        return push_span(sc, i, e, MS_TOK_EMOJI);
    if ((b == '#' || b == '*') && (e = keycap_end(sc, i)))
        return push_span(sc, i, e, MS_TOK_EMOJI);
    switch (b) {
    case '#': return scan_hashtag(sc, i, 1);
    case '@':
        e = mention_end(sc, i, 1);
        return e ? push_span(sc, i, e, MS_TOK_MENTION) : push_single(sc, i, 1);
    case '$': return scan_dollar(sc, i);
    case '+':
    case '-':
        if ((e = signed_number_end(sc, i)))
            return push_span(sc, i, e, MS_TOK_NUMBER);
        break;
    default: break;
    }
    return scan_ascii_punct(sc, i, b);
}

static size_t scan_unicode_symbol(scanner *sc, size_t i, int32_t c, size_t n)
{
    if (c == 0xFF03) /* fullwidth '＃' */
        return scan_hashtag(sc, i, n);
    if (c == 0xFF20) { /* fullwidth '＠' */
        size_t e = mention_end(sc, i, n);
        return e ? push_span(sc, i, e, MS_TOK_MENTION) : push_single(sc, i, n);
    }
    return push_span(sc, i, punct_run_end(sc, i), MS_TOK_PUNCT);
}

static size_t scan_non_ascii(scanner *sc, size_t i)
{
    size_t n, e;
    int32_t c = decode_at(sc, i, &n);
    switch (classify(c)) {
    case CC_BLANK:
    case CC_JOINER: return i + n;
    case CC_NEWLINE: sc->newline = true; return i + n;
    case CC_EMOJI: return push_span(sc, i, emoji_end(sc, i), MS_TOK_EMOJI);
    case CC_CURRENCY:
        e = prefixed_number_end(sc, i, n);
        return push_span(sc, i, e ? e : punct_run_end(sc, i),
                         e ? MS_TOK_NUMBER : MS_TOK_PUNCT);
    case CC_OTHER: return scan_unicode_symbol(sc, i, c, n);
    default: return scan_wordlike(sc, i);
    }
}

/* Scans one token (or one blank) at i; returns where the next one starts. */
static size_t scan_next(scanner *sc, size_t i)
{
    uint8_t b = sc->s[i];
    if (b >= 0x80)
        return scan_non_ascii(sc, i);
    switch (ascii_class(b)) {
    case CC_BLANK: return i + 1;
    case CC_NEWLINE: sc->newline = true; return i + 1;
    case CC_DIGIT: return scan_digit(sc, i);
    case CC_OTHER: return scan_ascii_symbol(sc, i, b);
    default: break;
    }
    plain_word w = {.fold = sc->fold_at};
    size_t e = plain_word_end(sc, i, &w);
    if (!e)
        return scan_wordlike(sc, i);
    if (w.fold)
        push_folded(sc, i, e, MS_TOK_WORD, w.flags, w.hash);
    else
        push(sc, i, e, MS_TOK_WORD, w.flags);
    return e + (sc->s[e] == ' '); /* the blank after a word, most often one space */
}

ms_tokenize_status ms__tokenize(const char *text, size_t len, ms_token_list *list)
{
    return ms__tokenize_folding(text, len, list, NULL);
}

ms_tokenize_status ms__tokenize_folding(const char *text, size_t len, ms_token_list *list,
                                        ms_fold_sink *sink)
{
    list->count = 0;
    if (len > UINT32_MAX) /* spans are 32-bit; no post comes near */
        return MS_TOKENIZE_TOO_MANY;
    bool fold =
        sink && sink->cap - sink->len >= 8 * len + 16; /* else all to the normaliser */
    scanner sc = {(const uint8_t *)text,
                  len,
                  list,
                  false,
                  MS_TOKENIZE_OK,
                  fold ? sink->data + sink->len : NULL};
    size_t i = 0;
    while (i < len && sc.status == MS_TOKENIZE_OK) {
        size_t next = scan_next(&sc, i);
        i = next > i ? next : i + 1; /* always move on, whatever a scanner returned */
    }
    if (fold)
        sink->len = (size_t)(sc.fold_at - sink->data);
    return sc.status;
}

void ms__token_list_free(ms_token_list *list)
{
    if (!list)
        return;
    free(list->items);
    list->items = NULL;
    list->count = list->cap = 0;
}
