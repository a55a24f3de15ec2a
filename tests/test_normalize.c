/* test_normalize.c - NFKC + case folding of tokens, ASCII fast path. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "internal.h"

/* Parameters are copied into worker processes: arrays, not pointers. */
typedef struct {
    char in[48];
    char out[48];
} fold_case;

ParameterizedTestParameters(normalize, folds)
{
    static fold_case cases[] = {
        {"Hello", "hello"},
        {"\xEF\xBC\xA8\xEF\xBD\x85\xEF\xBD\x8C\xEF\xBD\x8C\xEF\xBD\x8F",
         "hello"},                        /* fullwidth */
        {"\xEF\xAC\x81nance", "finance"}, /* ﬁ ligature */
        {"STRA\xC3\x9E"
         "E",
         "stra\xc3\xbe"
         "e"}, /* Þ folds to þ */
        {"Stra\xC3\x9F"
         "e",
         "strasse"},                                              /* ß folds to ss */
        {"don\xE2\x80\x99t", "don't"},                            /* ’ -> ' */
        {"\xE2\x9D\xA4\xEF\xB8\x8F", "\xE2\x9D\xA4"},             /* ❤️ -> ❤ */
        {"\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD", "\xF0\x9F\x91\x8D"}, /* 👍🏽 -> 👍 */
        {"\xF0\x9F\x91\xA9\xF0\x9F\x8F\xBF\xE2\x80\x8D\xF0\x9F\x92\xBB",
         "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB"}, /* 👩🏿‍💻 -> 👩‍💻
                                                           */
        {"Carri\xC3\xA8re", "carri\xC3\xA8re"},
        {"e\xCC\x81t\xC3\xA9", "\xC3\xA9t\xC3\xA9"},  /* NFC compose */
        {"\xE1\x84\x80\xE1\x85\xA1", "\xEA\xB0\x80"}, /* jamo compose to a syllable */
        {"\xEA\xB0\x80\xE1\x86\xA8", "\xEA\xB0\x81"}, /* syllable + final jamo */
        {"\xEF\xB8\x8E\xE1\x84\x80\xE1\x85\xA1", "\xEA\xB0\x80"}, /* after a selector */
        {"\xF0\x9F\x98\x80\xEF\xB8\x8F\xE2\x80\x98", "\xF0\x9F\x98\x80'"}, /* 😀️‘ */
    };
    return cr_make_param_array(fold_case, cases, sizeof cases / sizeof *cases);
}

ParameterizedTest(fold_case *c, normalize, folds)
{
    ms_buf b = {0};
    int ascii = 1;
    for (const char *p = c->in; *p; p++)
        ascii &= (unsigned char)*p < 0x80;
    cr_assert_eq(ms__normalize(c->in, strlen(c->in), ascii, &b), 0);
    cr_assert_str_eq(b.data, c->out);
    ms__buf_free(&b);
}

Test(normalize, buffer_limit_fails_cleanly)
{
    ms_buf b = {.limit = 4};
    cr_assert_eq(ms__normalize("abcdefgh", 8, 1, &b), -1);
    cr_assert(b.failed);
    ms__buf_free(&b);
}

/* The shortcut for code points that fold to themselves must agree with utf8proc on
   every scalar value, alone and after a letter it could compose with. */
static void check_code_point(utf8proc_int32_t c)
{
    utf8proc_uint8_t in[8] = {'e'};
    utf8proc_ssize_t n = utf8proc_encode_char(c, in + 1);
    for (int with_letter = 0; with_letter < 2; with_letter++) {
        const char *s = (const char *)in + (with_letter ? 0 : 1);
        size_t len = (size_t)n + (with_letter ? 1 : 0);
        ms_buf fast = {0};
        cr_assert_eq(ms__normalize(s, len, 0, &fast), 0);
        utf8proc_uint8_t *slow = NULL;
        utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &slow,
                     UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
                         UTF8PROC_CASEFOLD);
        /* the slow path also drops variation selectors and maps apostrophes */
        if (fast.len == len && memcmp(fast.data, s, len) == 0)
            cr_assert_str_eq((const char *)slow, s, "U+%04X folds to something else",
                             (unsigned)c);
        free(slow);
        ms__buf_free(&fast);
    }
}

Test(normalize, unchanged_shortcut_agrees_with_utf8proc_on_every_code_point, .timeout = 120)
{
    for (utf8proc_int32_t c = 0x80; c <= 0x10FFFF; c++)
        if (c < 0xD800 || c > 0xDFFF)
            check_code_point(c);
}

/* Fills src[0..len) with capitals, and byte c at one place among the first n. */
static void fill_source(char *src, size_t len, size_t n, int c)
{
    for (size_t i = 0; i < len; i++)
        src[i] = (char)(i == c % (n ? n : 1) ? c : 'A' + (int)(i % 26));
}

/* The n plain-ASCII bytes of src folded by ms__normalize, the reference for the fused
   folds. */
static void fold_plainly(const char *src, size_t n, char *folded)
{
    ms_buf b = {0};
    cr_assert_eq(ms__normalize(src, n, 1, &b), 0);
    memcpy(folded, b.data ? b.data : "", n);
    free(b.data);
}

/* The fused fold-and-hash of plain-ASCII tokens must give what folding and then hashing
   gives, for every length around the 8-byte chunks and every ASCII byte in each place. */
Test(normalize, fold_ascii_hash_agrees_with_fold_then_hash)
{
    char src[40], folded[40], fused[41];
    for (size_t n = 0; n <= sizeof src; n++) {
        for (int c = 1; c < 0x80; c++) {
            fill_source(src, n, n, c);
            fold_plainly(src, n, folded);
            memset(fused, '#', sizeof fused);
            uint32_t h = ms__fold_ascii_hash(src, n, fused);
            cr_assert_eq(memcmp(fused, folded, n), 0, "length %zu, byte 0x%02x", n, c);
            cr_assert_eq(fused[n], '#', "wrote past length %zu", n); /* nothing past n */
            cr_assert_eq(h, ms__hash_bytes(folded, n), "length %zu, byte 0x%02x", n, c);
        }
    }
}

/* The padded fold reads the source only up to the next multiple of eight (a buffer of
   exactly that size, so that AddressSanitizer sees any read beyond it), gives the same
   bytes and hash as folding and then hashing, and writes NULs up to MS_NORM_SPAN. */
Test(normalize, padded_fold_agrees_and_writes_nul_padding)
{
    char folded[40], fused[MS_NORM_SPAN(40) + 1];
    for (size_t n = 0; n <= sizeof folded; n++) {
        size_t readable = (n + 7) & ~(size_t)7;
        char *src = malloc(readable ? readable : 1);
        cr_assert_not_null(src);
        for (int c = 1; c < 0x80; c++) {
            fill_source(src, readable, n, c);
            fold_plainly(src, n, folded);
            memset(fused, '#', sizeof fused);
            uint32_t h = ms__fold_ascii_hash_padded(src, n, fused);
            cr_assert_eq(memcmp(fused, folded, n), 0, "length %zu, byte 0x%02x", n, c);
            for (size_t i = n; i < MS_NORM_SPAN(n); i++)
                cr_assert_eq(fused[i], '\0', "length %zu: byte %zu is not NUL", n, i);
            cr_assert_eq(fused[MS_NORM_SPAN(n)], '#', "wrote past the span of %zu", n);
            cr_assert_eq(h, ms__hash_bytes(folded, n), "length %zu, byte 0x%02x", n, c);
        }
        free(src);
    }
}

/* ---- folding while tokenizing ---- */

/* Random texts of letters in both cases, digits, blanks and the bytes that end a plain
   word or make it something else ('\'', '.', '@', '-', '#', 'é'). */
static size_t random_text(uint32_t *seed, char *buf, size_t cap)
{
    static const char alphabet[] = "aaeeinoorstAEZQ0159   \n.,'@-#!:\xC3\xA9";
    size_t len = *seed % cap;
    for (size_t i = 0; i < len; i++) {
        *seed = *seed * 1103515245u + 12345u;
        buf[i] = alphabet[(*seed >> 16) % (sizeof alphabet - 1)];
    }
    *seed = *seed * 1103515245u + 12345u;
    return len;
}

/* Checks the words the tokenizer folded: in token order from the start of the sink, each
   the token's text in lower case, NUL-padded to MS_NORM_SPAN, with the hash of that.
   Returns how many were folded. */
static size_t check_folded(const char *text, const ms_token_list *list,
                           const ms_fold_sink *sink)
{
    size_t off = 0, folded = 0;
    char expect[MS_NORM_SPAN(160)];
    for (size_t k = 0; k < list->count; k++) {
        const ms_token *t = &list->items[k];
        if (!(t->flags & MS_TF_FOLDED))
            continue;
        size_t n = t->end - t->start;
        memset(expect, 0, sizeof expect);
        for (size_t i = 0; i < n; i++)
            expect[i] = (char)tolower((unsigned char)text[t->start + i]);
        cr_assert(t->kind == MS_TOK_WORD || t->kind == MS_TOK_PUNCT);
        cr_assert_eq(memcmp(sink->data + off, expect, MS_NORM_SPAN(n)), 0,
                     "'%.*s' folded wrong", (int)n, text + t->start);
        cr_assert_eq(t->hash, ms__hash_bytes(expect, n), "'%.*s'", (int)n, text + t->start);
        off += MS_NORM_SPAN(n);
        folded++;
    }
    cr_assert_eq(sink->len, off, "the sink holds exactly the folded words");
    return folded;
}

/* Folding on the way changes no token, and folds plain words exactly as the normaliser
   would: the same bytes, padding and hash. */
Test(normalize, tokenizer_folds_plain_words_as_the_normaliser_does)
{
    ms_token_list plain = {0}, folding = {0};
    char text[160], room[8 * sizeof text + 16];
    uint32_t seed = 2024;
    size_t folded = 0;
    for (int round = 0; round < 20000; round++) {
        size_t len = random_text(&seed, text, sizeof text);
        cr_assert_eq(ms__tokenize(text, len, &plain), MS_TOKENIZE_OK);
        ms_fold_sink sink = {room, 0, 8 * len + 16};
        cr_assert_eq(ms__tokenize_folding(text, len, &folding, &sink), MS_TOKENIZE_OK);
        cr_assert_eq(folding.count, plain.count, "round %d", round);
        for (size_t k = 0; k < plain.count; k++) {
            const ms_token *a = &plain.items[k], *b = &folding.items[k];
            cr_assert(a->start == b->start && a->end == b->end && a->kind == b->kind &&
                          a->flags == (b->flags & ~MS_TF_FOLDED),
                      "round %d token %zu", round, k);
        }
        folded += check_folded(text, &folding, &sink);
    }
    cr_expect_gt(folded, 10000, "most plain words are folded on the way");
    ms__token_list_free(&plain);
    ms__token_list_free(&folding);
}

/* A sink without room for the whole text folds nothing: every word is left to the
   normaliser rather than some. */
Test(normalize, tokenizer_folds_nothing_without_room)
{
    const char *text = "Plain words here, folded only with room for all of them.";
    size_t len = strlen(text);
    char room[8 * 64 + 16];
    ms_token_list list = {0};
    ms_fold_sink sink = {room, 0, 8 * len + 15};
    cr_assert_eq(ms__tokenize_folding(text, len, &list, &sink), MS_TOKENIZE_OK);
    cr_assert_gt(list.count, 5);
    for (size_t k = 0; k < list.count; k++)
        cr_expect_eq(list.items[k].flags & MS_TF_FOLDED, 0, "token %zu", k);
    cr_expect_eq(sink.len, 0);
    sink.cap = 8 * len + 16;
    cr_assert_eq(ms__tokenize_folding(text, len, &list, &sink), MS_TOKENIZE_OK);
    /* every word but "them" (a plain word is read eight bytes at a time, and it ends
       within the text's last eight), and both punctuation marks */
    cr_expect_eq(check_folded(text, &list, &sink), 12);
    ms__token_list_free(&list);
}

/* A number's shape: each run of digits, with the separators inside one number, is '#'. */
Test(normalize, number_shape_keeps_all_but_the_digits)
{
    static const char *const cases[][2] = {
        {"35%", "#%"}, {"3.5%", "#%"}, {"1,300", "#"},     {"22:00", "#:#"},
        {"10k", "#k"}, {"€41", "€#"},  {"2nd", "#nd"},     {"1.", "#."},
        {"0", "#"},    {"3x", "#x"},   {"2025-26", "#-#"}, {"v2.0.1", "v#"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char out[32];
        size_t n = ms__number_shape(cases[i][0], strlen(cases[i][0]), out);
        cr_expect_eq(n, strlen(cases[i][1]), "%s", cases[i][0]);
        cr_expect(memcmp(out, cases[i][1], n) == 0, "%s -> %.*s", cases[i][0], (int)n, out);
    }
}
