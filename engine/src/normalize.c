/*
 * normalize.c - NFKC + case folding of one token, without variation selectors or skin
 * tones.
 *
 * Tokens are cut from the original text first (tokenize.c), so spans and case stay exact;
 * each token is then folded here for matching. Plain ASCII, the bulk of real posts, takes
 * a fast path that only lower-cases; everything else goes through utf8proc.
 */
#include <stdlib.h>
#include <utf8proc.h>

#include "internal.h"

/* Variation selectors and emoji skin tones: they change how a character looks, not
   what it says, so "👍🏽" folds to "👍" and "❤️" to "❤". */
static int is_appearance_mark(utf8proc_int32_t c)
{
    return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF) ||
           (c >= 0x1F3FB && c <= 0x1F3FF);
}

static int is_apostrophe(utf8proc_int32_t c)
{
    return c == 0x2019 || c == 0x2018 || c == 0x02BC;
}

static int append_ascii_lower(const char *s, size_t n, ms_buf *out)
{
    size_t at = out->len;
    if (ms__buf_append(out, s, n) != 0)
        return -1;
    for (size_t i = at; i < out->len; i++) {
        char c = out->data[i];
        if (c >= 'A' && c <= 'Z')
            out->data[i] = (char)(c + 32);
    }
    return 0;
}

/* Writes the folded string, dropping appearance marks; also maps typographic
   apostrophes to ASCII so "don’t" and "don't" fold alike. */
static int append_folded(const utf8proc_uint8_t *folded, ms_buf *out)
{
    const utf8proc_uint8_t *p = folded;
    utf8proc_int32_t c;
    utf8proc_ssize_t n;
    while (*p && (n = utf8proc_iterate(p, -1, &c)) > 0) {
        if (is_apostrophe(c)) {
            if (ms__buf_putc(out, '\'') != 0)
                return -1;
        } else if (!is_appearance_mark(c) && ms__buf_append(out, p, (size_t)n) != 0)
            return -1;
        p += n;
    }
    return 0;
}

/* Hangul jamo and syllables compose by rule, not through utf8proc's composition table
   (comb_index), so only utf8proc can tell what they fold to. */
static int is_hangul(utf8proc_int32_t c)
{
    return (c >= 0x1100 && c <= 0x11FF) || (c >= 0xA960 && c <= 0xA97F) ||
           (c >= 0xAC00 && c <= 0xD7FF);
}

/* NFKC and case folding leave c alone when it has no decomposition, no case folding,
   takes part in no composition and is no combining mark: most emoji, CJK, symbols. */
static int folds_to_itself(utf8proc_int32_t c)
{
    if (c < 0x80)
        return !(c >= 'A' && c <= 'Z');
    if (is_hangul(c))
        return 0;
    const utf8proc_property_t *p = utf8proc_get_property(c);
    return p->decomp_seqindex == UINT16_MAX && p->casefold_seqindex == UINT16_MAX &&
           p->comb_index == UINT16_MAX && p->combining_class == 0;
}

/* The token folded without utf8proc when every code point folds to itself, apart from
   appearance marks (dropped) and typographic apostrophes (written as '): nothing
   around them can compose, so dropping a mark first changes nothing. An emoji with
   U+FE0F, the commonest non-ASCII token, takes this path. Returns 0 when done, 1 when
   utf8proc must do the work (nothing written), -1 when out of memory. */
static int append_simple(const char *s, size_t n, ms_buf *out)
{
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    size_t at = out->len;
    for (size_t i = 0; i < n;) {
        utf8proc_int32_t c;
        utf8proc_ssize_t k = utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &c);
        if (k <= 0 || (!is_appearance_mark(c) && !folds_to_itself(c))) {
            out->len = at;
            if (out->data)
                out->data[at] = '\0';
            return 1;
        }
        int rc = is_appearance_mark(c) ? 0
                 : is_apostrophe(c)    ? ms__buf_putc(out, '\'')
                                       : ms__buf_append(out, s + i, (size_t)k);
        if (rc != 0)
            return -1;
        i += (size_t)k;
    }
    return 0;
}

int ms__normalize(const char *s, size_t n, int ascii, ms_buf *out)
{
    if (ascii)
        return append_ascii_lower(s, n, out);
    int simple = append_simple(s, n, out);
    if (simple <= 0)
        return simple;
    utf8proc_uint8_t *folded = NULL;
    utf8proc_ssize_t r = utf8proc_map(
        (const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &folded,
        UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD);
    if (r < 0) {
        /* Only UTF8PROC_ERROR_NOMEM can happen on validated input. */
        free(folded);
        return -1;
    }
    int rc = append_folded(folded, out);
    free(folded);
    return rc;
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

size_t ms__number_shape(const char *s, size_t n, char *out)
{
    size_t len = 0;
    for (size_t i = 0; i < n;) {
        if (!is_digit(s[i])) {
            out[len++] = s[i++];
            continue;
        }
        while (i < n && (is_digit(s[i]) ||
                         ((s[i] == '.' || s[i] == ',') && i + 1 < n && is_digit(s[i + 1]))))
            i++;
        out[len++] = '#';
    }
    return len;
}
