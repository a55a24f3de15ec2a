/*
 * langdetect.c - English, Dutch or unknown, from the post itself.
 *
 * Short posts rarely hold enough letters for character statistics alone, so the main
 * signal is function words (the "stopword" category of each language's context.lex).
 * Only when those tie do letter patterns typical of each language decide ("ij", "oe",
 * "aa", "sch" against "th", "wh", "ing"); with no clue at all a post with words is read
 * as English. A post without words (only emoji, links, numbers) is unknown.
 */
#include <string.h>

#include "internal.h"

typedef struct {
    const char *gram;
    int weight;
} letter_pattern;

static const letter_pattern dutch_patterns[] = {
    {"ij", 3}, {"oe", 2}, {"aa", 3}, {"ee", 1},  {"uu", 3},   {"sch", 2},  {"cht", 2},
    {"ui", 2}, {"ou", 1}, {"eu", 2}, {"tje", 3}, {"lijk", 3}, {"heid", 3}, {"gij", 3},
};
static const letter_pattern english_patterns[] = {
    {"th", 3}, {"wh", 3},   {"ing", 3}, {"ght", 3}, {"ay", 2}, {"ly", 1}, {"tion", 2},
    {"ea", 1}, {"ould", 3}, {"you", 3}, {"w", 1},   {"sh", 1}, {"ck", 1},
};

/* Score of one word: each pattern found adds its weight (one pass over the letters,
   trying only the patterns that start with the letter at hand). */
static int pattern_score(const char *word, const letter_pattern *pats, size_t npats)
{
    int score = 0;
    for (const char *p = word; *p; p++)
        for (size_t i = 0; i < npats; i++)
            if (pats[i].gram[0] == *p && !strncmp(p, pats[i].gram, strlen(pats[i].gram)))
                score += pats[i].weight;
    return score;
}

static int is_plain_word(const ms_token *t)
{
    return t->kind == MS_TOK_WORD && !(t->flags & MS_TF_HASHPART);
}

/* Letter patterns over the words, for posts whose function words do not decide. */
static ms_lang by_letters(const mindset_scratch *s)
{
    int nl = 0, en = 0;
    for (size_t i = 0; i < s->tokens.count; i++) {
        if (!is_plain_word(&s->tokens.items[i]))
            continue;
        const char *w = s->norm.data + s->info[i].norm_off;
        nl += pattern_score(w, dutch_patterns,
                            sizeof dutch_patterns / sizeof *dutch_patterns);
        en += pattern_score(w, english_patterns,
                            sizeof english_patterns / sizeof *english_patterns);
    }
    return nl > en ? MS_LANG_NL : en > 0 ? MS_LANG_EN : MS_LANG_UNKNOWN;
}

_Static_assert(MS_STOPWORD_MAX_BYTES <= 16, "a function word is two eight-byte words");

/* Whether function word sw, of n bytes, is w (NUL-padded as scratch->norm holds words):
   ms__same_padded for the two eight-byte words a function word takes at most. */
static bool is_function_word(const ms_stopword *sw, const char *w, size_t n)
{
    uint64_t x, y;
    memcpy(&x, sw->word, 8);
    memcpy(&y, w, 8);
    if (x != y || n <= 8)
        return x == y;
    memcpy(&x, sw->word + 8, 8);
    memcpy(&y, w + 8, 8);
    return x == y;
}

/* The languages (bit 1 << lang) whose function word w (NUL-padded, from scratch->norm)
   is, 0 for none. A word longer than any function word passes the filter now and then
   and is then turned away by its length, before its bytes are read. */
static unsigned stopword_langs(const mindset_engine *e, uint32_t h, const char *w, size_t n)
{
    if (!(e->stopword_filter[ms__stopword_filter_slot(h)] & ms__stopword_filter_mask(h)))
        return 0;
    for (uint32_t i = h & e->stopword_mask; e->stopwords[i].langs;
         i = (i + 1) & e->stopword_mask) {
        const ms_stopword *sw = &e->stopwords[i];
        if (e->stopword_hashes[i] == h && sw->len == n && is_function_word(sw, w, n))
            return sw->langs;
    }
    return 0;
}

/* What a function word of languages langs adds to the lead of English over Dutch. */
static int lead_of(unsigned langs)
{
    return (int)(langs >> MS_LANG_EN & 1) - (int)(langs >> MS_LANG_NL & 1);
}

static int has_plain_word(const mindset_scratch *s)
{
    for (size_t i = 0; i < s->tokens.count; i++)
        if (is_plain_word(&s->tokens.items[i]))
            return 1;
    return 0;
}

/* Function words decide: the language with more of them. Only the difference is kept,
   and whether the post has words at all is asked only when it comes out even. */
ms_lang ms__detect_lang(const mindset_scratch *s)
{
    const mindset_engine *e = s->engine;
    const ms_token *tokens = s->tokens.items;
    const ms_token_info *info = s->info;
    int lead = 0; /* function words of English less those of Dutch */
    for (size_t i = 0; i < s->tokens.count; i++)
        if (is_plain_word(&tokens[i]))
            lead += lead_of(stopword_langs(e, info[i].hash, s->norm.data + info[i].norm_off,
                                           info[i].norm_len));
    if (lead != 0)
        return lead > 0 ? MS_LANG_EN : MS_LANG_NL;
    if (!has_plain_word(s))
        return MS_LANG_UNKNOWN;
    ms_lang l = by_letters(s);
    return l == MS_LANG_UNKNOWN ? MS_LANG_EN : l; /* words but no clue: the commoner one */
}
