/*
 * tokenize.c - splits the original post into words, numbers, #hashtags (plus their
 * CamelCase parts), @mentions, $cashtags, URLs, e-mail addresses, emoji and punctuation
 * runs, each with its byte span in the original text.
 *
 * Plain ASCII takes a table-driven path; other code points are classified with utf8proc
 * (letters and marks, digits, spaces, Extended_Pictographic). Emoji are whole grapheme
 * clusters, so ZWJ sequences, skin tones, flags and keycaps stay one token.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "tld_table.h"
#include "tokenize.h"

typedef enum { C_OTHER, C_SPACE, C_LETTER, C_DIGIT, C_EMOJI, C_NEWLINE } char_class;

typedef struct {
    const unsigned char *s;
    size_t len;
    ms_token_list *out;
    int newline; /* a line break since the last token */
    int failed;
} scanner;

/* ---- characters ---- */

/* Code point at i (bad bytes read as U+FFFD) and its length. */
static int32_t decode(const scanner *sc, size_t i, size_t *n)
{
    if (sc->s[i] < 0x80) {
        *n = 1;
        return sc->s[i];
    }
    utf8proc_int32_t c;
    utf8proc_ssize_t r = utf8proc_iterate(sc->s + i, (utf8proc_ssize_t)(sc->len - i), &c);
    if (r <= 0) {
        *n = 1;
        return 0xFFFD;
    }
    *n = (size_t)r;
    return c;
}

static int is_regional(int32_t c)
{
    return c >= 0x1F1E6 && c <= 0x1F1FF;
}

static char_class classify(int32_t c)
{
    if (c == 0xFFFD)
        return C_SPACE; /* an invalid byte (or its stand-in) separates, never joins */
    if (c < 0x80) {
        if (c == '\n')
            return C_NEWLINE;
        if (c <= ' ' || c == 0x7F)
            return C_SPACE;
        if ((c | 32) >= 'a' && (c | 32) <= 'z')
            return C_LETTER;
        return c >= '0' && c <= '9' ? C_DIGIT : C_OTHER;
    }
    const utf8proc_property_t *p = utf8proc_get_property(c);
    if (p->boundclass == UTF8PROC_BOUNDCLASS_EXTENDED_PICTOGRAPHIC || is_regional(c))
        return C_EMOJI;
    if ((c >= 0xFE00 && c <= 0xFE0F) || c == 0x20E3)
        return C_OTHER; /* variation selectors and the keycap mark belong to emoji */
    switch (p->category) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME: return C_LETTER;
    case UTF8PROC_CATEGORY_ND: return C_DIGIT;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF: return C_SPACE;
    default: return C_OTHER;
    }
}

/* ASCII classes, filled once: most bytes of real posts are ASCII. */
static unsigned char ascii_class[128];

static void init_ascii_class(void)
{
    for (int c = 0; c < 128; c++)
        ascii_class[c] = (unsigned char)classify(c);
}

static char_class class_at(const scanner *sc, size_t i, size_t *n)
{
    if (i >= sc->len) {
        *n = 0;
        return C_SPACE;
    }
    if (sc->s[i] < 0x80) {
        *n = 1;
        return (char_class)ascii_class[sc->s[i]];
    }
    return classify(decode(sc, i, n));
}

static int is_upper(int32_t c)
{
    return c < 0x80 ? (c >= 'A' && c <= 'Z') : utf8proc_category(c) == UTF8PROC_CATEGORY_LU;
}

static int is_lower(int32_t c)
{
    return c < 0x80 ? (c >= 'a' && c <= 'z') : utf8proc_category(c) == UTF8PROC_CATEGORY_LL;
}

static int is_word_char(const scanner *sc, size_t i)
{
    size_t n;
    char_class k = class_at(sc, i, &n);
    return k == C_LETTER || k == C_DIGIT || (i < sc->len && sc->s[i] == '_');
}

/* The code point before i is a letter or digit (hashtags and mentions need a boundary). */
static int word_before(const scanner *sc, size_t i)
{
    if (i == 0)
        return 0;
    size_t k = i - 1;
    while (k > 0 && (sc->s[k] & 0xC0) == 0x80)
        k--;
    return is_word_char(sc, k) || sc->s[k] == '&';
}

/* ---- output ---- */

static void emit(scanner *sc, size_t start, size_t end, ms_token_kind kind, unsigned flags)
{
    ms_token_list *l = sc->out;
    if (sc->failed)
        return;
    if (l->count >= MS_MAX_TOKENS) {
        sc->failed = MS_TOKENIZE_TOO_MANY;
        return;
    }
    if (l->count == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        ms_token *v = realloc(l->items, cap * sizeof *v);
        if (!v) {
            sc->failed = MS_TOKENIZE_NOMEM;
            return;
        }
        l->items = v;
        l->cap = cap;
    }
    int ascii = 1;
    for (size_t i = start; i < end && ascii; i++)
        ascii = sc->s[i] < 0x80;
    flags |= ascii ? MS_TF_ASCII : 0;
    flags |= sc->newline ? MS_TF_NEWLINE_BEFORE : 0;
    sc->newline = 0;
    l->items[l->count++] =
        (ms_token){(uint32_t)start, (uint32_t)end, (uint8_t)kind, (uint8_t)flags};
}

/* ALL CAPS / Capitalized flags of a word span. */
static unsigned case_flags(const scanner *sc, size_t start, size_t end)
{
    int upper = 0, lower = 0, first_upper = -1;
    for (size_t i = start, n; i < end; i += n) {
        int32_t c = decode(sc, i, &n);
        int u = is_upper(c), l = is_lower(c);
        if (first_upper < 0 && (u || l))
            first_upper = u;
        upper += u;
        lower += l;
    }
    unsigned f = first_upper == 1 ? MS_TF_CAPITALIZED : 0;
    return f | (upper >= 2 && lower == 0 ? MS_TF_ALLCAPS : 0);
}

/* ---- URLs and e-mail ---- */

static int compare_tld(const void *key, const void *elem)
{
    return strcmp(key, *(const char *const *)elem);
}

/* Is s[0..n) a top-level domain (any case)? */
static int is_tld(const unsigned char *s, size_t n)
{
    char low[32];
    if (n < 2 || n >= sizeof low)
        return 0;
    for (size_t i = 0; i < n; i++) {
        if (!((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z'))
            return 0;
        low[i] = (char)(s[i] | 32);
    }
    low[n] = '\0';
    return bsearch(low, ms__tlds, ms__tld_count, sizeof *ms__tlds, compare_tld) != NULL;
}

/* URLs are ASCII here: a post's text often runs straight on after a link (CJK), and
   twitter-text ends the link there too. */
static int url_char(unsigned char c)
{
    return c > ' ' && c < 0x7F && c != '"' && c != '<' && c != '>' && c != '`';
}

/* End of a URL body from i: non-blank ASCII, minus trailing punctuation and an unmatched
   closing parenthesis, as twitter-text does. */
static size_t url_end(const scanner *sc, size_t i)
{
    size_t e = i;
    int parens = 0;
    while (e < sc->len && url_char(sc->s[e])) {
        parens += sc->s[e] == '(' ? 1 : sc->s[e] == ')' ? -1 : 0;
        if (parens < 0)
            break;
        e++;
    }
    while (e > i && strchr(".,;:!?'*", sc->s[e - 1]))
        e--;
    return e;
}

/* p (lower-case ASCII) starts at i, ASCII letters compared without case. */
static int starts_with_ci(const scanner *sc, size_t i, const char *p)
{
    size_t n = strlen(p);
    if (sc->len - i < n)
        return 0;
    for (size_t k = 0; k < n; k++) {
        unsigned char c = sc->s[i + k];
        if ((c >= 'A' && c <= 'Z' ? c | 32 : c) != (unsigned char)p[k])
            return 0;
    }
    return 1;
}

/* Labels of a domain at i ("a.b.nl"): returns its end if the last label is a TLD. */
static size_t domain_end(const scanner *sc, size_t i)
{
    size_t e = i, last = i, labels = 0;
    for (;;) {
        size_t s = e;
        while (e < sc->len && sc->s[e] < 0x80 && (is_word_char(sc, e) || sc->s[e] == '-'))
            e++;
        if (e == s)
            return 0;
        labels++;
        last = s;
        if (e + 1 < sc->len && sc->s[e] == '.' && sc->s[e + 1] < 0x80 &&
            is_word_char(sc, e + 1))
            e++;
        else
            break;
    }
    return labels >= 2 && is_tld(sc->s + last, e - last) ? e : 0;
}

/* A URL at i (with scheme, www., or a bare domain with a known TLD); returns its end. */
static size_t match_url(const scanner *sc, size_t i)
{
    if (starts_with_ci(sc, i, "https://") || starts_with_ci(sc, i, "http://")) {
        size_t body = i + (sc->s[i + 4] == ':' ? 7 : 8);
        size_t e = url_end(sc, body);
        return e > body ? e : 0;
    }
    size_t d = domain_end(sc, i);
    if (!d)
        return 0;
    if (d < sc->len && (sc->s[d] == '/' || sc->s[d] == ':' || sc->s[d] == '?'))
        return url_end(sc, d) > d ? url_end(sc, d) : d;
    return d;
}

/* name@domain.tld at i; returns its end or 0. */
static size_t match_email(const scanner *sc, size_t i)
{
    size_t e = i;
    while (e < sc->len && sc->s[e] < 0x80 &&
           (is_word_char(sc, e) || strchr(".+-", sc->s[e])))
        e++;
    if (e == i || e >= sc->len || sc->s[e] != '@')
        return 0;
    return domain_end(sc, e + 1);
}

/* ---- hashtags, mentions, cashtags ---- */

/* Splits a hashtag body [s, e) into parts at '_', case changes and letter/digit changes. */
static void hashtag_parts(scanner *sc, size_t s, size_t e)
{
    size_t part = s, n, pn = 0;
    int32_t prev = 0;
    for (size_t i = s; i < e; prev = decode(sc, i, &pn), i += n) {
        int32_t c = decode(sc, i, &n);
        int cut = 0;
        if (c == '_') {
            if (i > part)
                emit(sc, part, i, MS_TOK_WORD, MS_TF_HASHPART | case_flags(sc, part, i));
            part = i + 1;
            continue;
        }
        if (i > part && prev) {
            char_class a = classify(prev), b = classify(c);
            size_t nn;
            int32_t next = i + n < e ? decode(sc, i + n, &nn) : 0;
            cut = (a != b && (a == C_DIGIT || b == C_DIGIT)) ||
                  (is_lower(prev) && is_upper(c)) ||
                  (is_upper(prev) && is_upper(c) && is_lower(next));
        }
        if (cut) {
            emit(sc, part, i, MS_TOK_WORD, MS_TF_HASHPART | case_flags(sc, part, i));
            part = i;
        }
    }
    if (e > part)
        emit(sc, part, e, MS_TOK_WORD, MS_TF_HASHPART | case_flags(sc, part, e));
}

/* Characters that may sit inside a hashtag besides letters and digits, as twitter-text
   allows them: ZWNJ/ZWJ, middle dot, Hebrew maqaf and gershayim, Tibetan tsheg, Japanese
   iteration and prolonged-sound marks, wave dashes. */
static int hashtag_joiner(int32_t c)
{
    static const int32_t joiners[] = {0x200C, 0x200D, 0xA67E, 0x05BE, 0x05F3, 0x05F4,
                                      0xFF5E, 0x301C, 0x309B, 0x309C, 0x30A0, 0x30FB,
                                      0x3003, 0x0F0B, 0x0F0C, 0x00B7};
    for (size_t i = 0; i < sizeof joiners / sizeof *joiners; i++)
        if (joiners[i] == c)
            return 1;
    return 0;
}

static int hashtag_char(const scanner *sc, size_t i, size_t *n)
{
    if (is_word_char(sc, i)) {
        class_at(sc, i, n);
        if (*n == 0)
            *n = 1;
        return 1;
    }
    return i < sc->len && hashtag_joiner(decode(sc, i, n));
}

/* Hashtag at i ('#' or fullwidth '＃'); returns its end or 0. */
static size_t match_hashtag(scanner *sc, size_t i)
{
    size_t mark = sc->s[i] == '#' ? 1 : 3;
    if (word_before(sc, i))
        return 0;
    size_t e = i + mark, n, m;
    int letters = 0;
    while (e < sc->len && hashtag_char(sc, e, &n)) {
        letters += class_at(sc, e, &m) == C_LETTER;
        e += n;
    }
    if (!letters || (e < sc->len && (sc->s[e] == '#' || sc->s[e] == '@')) ||
        starts_with_ci(sc, e, "://"))
        return 0;
    emit(sc, i, e, MS_TOK_HASHTAG, 0);
    hashtag_parts(sc, i + mark, e);
    return e;
}

static int ascii_word(unsigned char c)
{
    return (c | 32) >= 'a' && (c | 32) <= 'z' ? 1 : (c >= '0' && c <= '9') || c == '_';
}

/* @mention at i: 1 to 20 of [A-Za-z0-9_], not after an ASCII word character or one of
   !#$%&*@ (as twitter-text), not an e-mail, not a URL scheme. */
static size_t match_mention(const scanner *sc, size_t i)
{
    if (i > 0 && (ascii_word(sc->s[i - 1]) || strchr("!#$%&*@", sc->s[i - 1])))
        return 0;
    size_t e = i + 1;
    while (e < sc->len && ascii_word(sc->s[e]) && e - i <= 20)
        e++;
    size_t n;
    int latin_after = e < sc->len && sc->s[e] >= 0x80 && decode(sc, e, &n) < 0x0250 &&
                      class_at(sc, e, &n) == C_LETTER; /* "@aliceìnheiro" is no mention */
    if (e == i + 1 || (e < sc->len && sc->s[e] == '@') || latin_after ||
        starts_with_ci(sc, e, "://"))
        return 0;
    return e;
}

/* $CASHTAG: 1 to 6 letters. */
static size_t match_cashtag(const scanner *sc, size_t i)
{
    size_t e = i + 1;
    while (e < sc->len && (sc->s[e] | 32) >= 'a' && (sc->s[e] | 32) <= 'z' && e - i <= 6)
        e++;
    if (e == i + 1 || word_before(sc, i) || (e < sc->len && is_word_char(sc, e)))
        return 0;
    return e;
}

/* ---- numbers and words ---- */

static int is_currency(int32_t c)
{
    return c == '$' || c == 0x20AC || c == 0xA3 || c == 0xA5;
}

/* A number at i: [+-][currency]digits([.,]digits)*[%|unit letters]; returns its end. */
static size_t match_number(const scanner *sc, size_t i)
{
    size_t e = i, n;
    if (sc->s[e] == '+' || sc->s[e] == '-')
        e++;
    if (e < sc->len && is_currency(decode(sc, e, &n)))
        e += n;
    if (class_at(sc, e, &n) != C_DIGIT)
        return 0;
    while (class_at(sc, e, &n) == C_DIGIT || (e + 1 < sc->len && strchr(".,", sc->s[e]) &&
                                              class_at(sc, e + 1, &n) == C_DIGIT))
        e += class_at(sc, e, &n) == C_DIGIT ? n : 1;
    if (e < sc->len && sc->s[e] == '%')
        return e + 1;
    if (e < sc->len && is_currency(decode(sc, e, &n)))
        return e + n;
    size_t units = e;
    while (class_at(sc, units, &n) == C_LETTER && units - e < 3)
        units += n;
    return class_at(sc, units, &n) == C_LETTER ? e : units;
}

/* A word: letters, digits, marks, with inner apostrophes and hyphens. */
static size_t word_end(const scanner *sc, size_t i)
{
    size_t e = i, n;
    for (;;) {
        char_class k = class_at(sc, e, &n);
        if (k == C_LETTER || k == C_DIGIT) {
            e += n;
            continue;
        }
        size_t join = 0;
        if (e < sc->len && (sc->s[e] == '\'' || sc->s[e] == '-'))
            join = 1;
        else if (starts_with_ci(sc, e, "\xE2\x80\x99"))
            join = 3;
        if (join && class_at(sc, e + join, &n) == C_LETTER) {
            e += join;
            continue;
        }
        return e;
    }
}

/* ---- emoji and punctuation ---- */

/* Whole grapheme cluster from i (ZWJ sequences, modifiers, VS16, tags); a flag is a pair
   of regional indicators. */
static size_t emoji_end(const scanner *sc, size_t i)
{
    size_t n;
    int32_t c = decode(sc, i, &n);
    utf8proc_int32_t state = 0;
    size_t e = i + n;
    if (is_regional(c)) {
        int32_t d = e < sc->len ? decode(sc, e, &n) : 0;
        return is_regional(d) ? e + n : e;
    }
    while (e < sc->len) {
        int32_t next = decode(sc, e, &n);
        if (utf8proc_grapheme_break_stateful(c, next, &state))
            break;
        c = next;
        e += n;
    }
    return e;
}

/* A keycap: [0-9#*] U+FE0F? U+20E3. */
static size_t keycap_end(const scanner *sc, size_t i)
{
    size_t e = i + 1;
    if (starts_with_ci(sc, e, "\xEF\xB8\x8F"))
        e += 3;
    return starts_with_ci(sc, e, "\xE2\x83\xA3") ? e + 3 : 0;
}

static size_t punct_end(const scanner *sc, size_t i)
{
    size_t n, m;
    int32_t c = decode(sc, i, &n);
    size_t e = i + n;
    while (e < sc->len && decode(sc, e, &m) == c)
        e += m;
    return e;
}

/* ---- the scanner ---- */

/* Tokens that start with a sigil or digit; returns the end, or 0 when none applies. */
static size_t scan_special(scanner *sc, size_t i)
{
    unsigned char c = sc->s[i];
    size_t e;
    if (strchr("0123456789#*", c) && (e = keycap_end(sc, i))) {
        emit(sc, i, e, MS_TOK_EMOJI, 0);
        return e;
    }
    if (c == '#' || starts_with_ci(sc, i, "\xEF\xBC\x83"))
        return match_hashtag(sc, i);
    if (c == '@' && (e = match_mention(sc, i))) {
        emit(sc, i, e, MS_TOK_MENTION, 0);
        return e;
    }
    if (c == '$' && (e = match_cashtag(sc, i))) {
        emit(sc, i, e, MS_TOK_CASHTAG, 0);
        return e;
    }
    if ((e = match_number(sc, i)) && !(e < sc->len && is_word_char(sc, e))) {
        emit(sc, i, e, MS_TOK_NUMBER, 0);
        return e;
    }
    return 0;
}

static size_t scan_word(scanner *sc, size_t i)
{
    size_t e;
    if ((e = match_url(sc, i))) {
        emit(sc, i, e, MS_TOK_URL, 0);
        return e;
    }
    if ((e = match_email(sc, i))) {
        emit(sc, i, e, MS_TOK_EMAIL, 0);
        return e;
    }
    e = word_end(sc, i);
    size_t n;
    int digits_only = 1;
    for (size_t k = i; k < e && digits_only; k += n)
        digits_only = class_at(sc, k, &n) == C_DIGIT;
    emit(sc, i, e, digits_only ? MS_TOK_NUMBER : MS_TOK_WORD,
         digits_only ? 0 : case_flags(sc, i, e));
    return e;
}

static size_t scan_one(scanner *sc, size_t i)
{
    size_t n, e;
    char_class k = class_at(sc, i, &n);
    if (k == C_NEWLINE || k == C_SPACE) {
        sc->newline |= k == C_NEWLINE;
        return i + n;
    }
    if ((e = scan_special(sc, i)))
        return e;
    if (k == C_LETTER || k == C_DIGIT)
        return scan_word(sc, i);
    if (k == C_EMOJI) {
        e = emoji_end(sc, i);
        emit(sc, i, e, MS_TOK_EMOJI, 0);
        return e;
    }
    e = punct_end(sc, i);
    emit(sc, i, e, MS_TOK_PUNCT, 0);
    return e;
}

ms_tokenize_status ms__tokenize(const char *text, size_t len, ms_token_list *list)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, init_ascii_class);
    scanner sc = {(const unsigned char *)text, len, list, 0, 0};
    list->count = 0;
    for (size_t i = 0; i < len && !sc.failed;)
        i = scan_one(&sc, i);
    return (ms_tokenize_status)sc.failed;
}

void ms__token_list_free(ms_token_list *list)
{
    if (!list)
        return;
    free(list->items);
    list->items = NULL;
    list->count = list->cap = 0;
}
