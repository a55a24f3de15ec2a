/*
 * compound.c - the last part of a Dutch compound, for a word the lexicon lacks.
 *
 * Dutch writes a compound as one word and makes new ones at will: a "kinderfeestje" is a
 * feestje, a "zorgverzekeraar" a verzekeraar, a "cao-overleg" an overleg. No word list
 * holds them all, but the last part says what the whole is. A word with no key and no
 * wildcard is split where its last part is a one-word entry and its first part is a word
 * the lexicon knows as well (so "ge|zet" or "utr|echt" never split); matching then counts
 * the entry of the last part at a reduced weight (match.c), and explain says so.
 */
#include <string.h>

#include "internal.h"

/* Bytes before the head: "zorg" in "zorgverzekeraar". Shorter first parts are mostly a
   stem cut short ("gev" of "geven" in "gevecht"). */
#define MODIFIER_MIN 4
#define HEAD_MIN 4 /* bytes of the head: "baby", "werk", "reis" */

static bool is_one_of(const char *const *list, size_t count, const char *w, size_t n)
{
    for (size_t i = 0; i < count; i++)
        if (ms__word_is(w, n, list[i]))
            return true;
    return false;
}

/* Particles that begin separable verbs and derived words, not compounds: "tegenwerken"
   is no kind of "werken", "voorstellen" no kind of "stellen". The shorter ones ("uit",
   "ver", "aan") are below MODIFIER_MIN already. */
static bool is_particle(const char *w, size_t n)
{
    static const char *const particles[] = {"achter", "door",  "onder", "over",
                                            "samen",  "tegen", "terug", "voor"};
    return is_one_of(particles, sizeof particles / sizeof *particles, w, n);
}

/* Suffixes that make a new word of the one before them and are words of their own as
   well: "ouderschap" is no shelf ("schap"), "gelegenheid" no heath ("heid"), a
   "huisgenoot" no "genoot" (enjoyed). */
static bool is_suffix(const char *w, size_t n)
{
    static const char *const suffixes[] = {
        "schap", "schappen", "heid", "heden", "baar",   "bare",    "lijk",  "lijke",
        "loos",  "loze",     "zaam", "zame",  "genoot", "genoten", "genote"};
    return is_one_of(suffixes, sizeof suffixes / sizeof *suffixes, w, n);
}

/* First parts that turn the last part round: a "non-profit" is no profit, an
   "anti-vaxer" no vaxer. */
static bool is_negating(const char *w, size_t n)
{
    static const char *const negating[] = {"non", "niet", "anti", "geen", "on"};
    return is_one_of(negating, sizeof negating / sizeof *negating, w, n);
}

/* Whether key k stands alone as a one-word entry of a scoring category. */
static bool is_scoring_word(const mindset_engine *e, const ms_lexicon *lex, int32_t k)
{
    for (uint32_t i = lex->singles[k]; i < lex->first[k + 1]; i++)
        if (e->categories[lex->entries[i].category].role == MS_ROLE_SCORE)
            return true;
    return false;
}

/* Bytes of the linking sound that may join a first part to the next ("belasting|s",
   "zonn|e", "pann|en"): 0 when there is none. */
static size_t link_len(const char *w, size_t n)
{
    if (n > 2 && w[n - 2] == 'e' && w[n - 1] == 'n')
        return 2;
    return n > 1 && (w[n - 1] == 's' || w[n - 1] == 'e') ? 1 : 0;
}

/* 1 when w[0..n) is a word the lexicon knows, as written or without a linking sound,
   0 when not, -2 when stemming failed. */
static int is_known_modifier(ms_stemmer *st, const ms_lexicon *lex, const char *w, size_t n)
{
    int32_t k = ms__key_of(st, lex, w, n);
    size_t link = link_len(w, n);
    if (k == -1 && link && n - link >= MODIFIER_MIN)
        k = ms__key_of(st, lex, w, n - link);
    return k >= 0 ? 1 : (int)(k == -2 ? -2 : 0);
}

/* The key of head w[at..n) when it may end a compound: -1 when not, -2 when stemming
   failed. */
static int32_t head_key(const mindset_engine *e, ms_stemmer *st, const ms_lexicon *lex,
                        const char *w, size_t n, size_t at)
{
    if (n - at < HEAD_MIN || is_suffix(w + at, n - at))
        return -1;
    int32_t k = ms__key_of(st, lex, w + at, n - at);
    return k >= 0 && !is_scoring_word(e, lex, k) ? -1 : k;
}

/* A word with a hyphen ("cao-overleg", "hr-collega's") splits after its last hyphen. */
static int32_t hyphen_head(const mindset_engine *e, ms_stemmer *st, const ms_lexicon *lex,
                           const char *w, size_t n, size_t *at)
{
    size_t i = n;
    while (i > 0 && w[i - 1] != '-')
        i--;
    if (i < 2 || is_negating(w, i - 1))
        return -1; /* no hyphen, nothing before it, or "non-profit" */
    int32_t k = head_key(e, st, lex, w, n, i);
    if (k >= 0)
        *at = i;
    return k;
}

int32_t ms__compound_key(const mindset_engine *e, ms_stemmer *st, const ms_lexicon *lex,
                         const char *w, size_t n, size_t *at)
{
    *at = 0;
    if (n > MS_COMPOUND_MAX || !lex->first)
        return -1;
    if (memchr(w, '-', n))
        return hyphen_head(e, st, lex, w, n, at);
    if (n < MODIFIER_MIN + HEAD_MIN)
        return -1;
    for (size_t i = MODIFIER_MIN; i + HEAD_MIN <= n; i++) {
        if (is_particle(w, i))
            continue;
        int32_t k = head_key(e, st, lex, w, n, i);
        if (k < 0) {
            if (k == -2)
                return -2;
            continue;
        }
        int known = is_known_modifier(st, lex, w, i);
        if (known == -2)
            return -2;
        if (known) {
            *at = i;
            return k;
        }
    }
    return -1;
}
