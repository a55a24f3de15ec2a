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

#define MAX_STOPWORD_BYTES 12

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

ms_lang ms__detect_lang(const mindset_scratch *s)
{
    const mindset_engine *e = s->engine;
    int stop[MS_LANG_COUNT] = {0}, words = 0;
    for (size_t i = 0; i < s->tokens.count; i++) {
        if (!is_plain_word(&s->tokens.items[i]))
            continue;
        const char *w = s->norm.data + s->info[i].norm_off;
        size_t n = s->info[i].norm_len;
        words++;
        if (n > MAX_STOPWORD_BYTES)
            continue; /* function words are short */
        uint32_t h = s->info[i].hash;
        if (!(e->stopword_filter[ms__stopword_filter_slot(h)] &
              ms__stopword_filter_mask(h)))
            continue;
        int32_t langs = ms__strmap_get_hashed(&e->stopwords, s->info[i].hash, w, n);
        for (int l = MS_LANG_EN; langs > 0 && l < MS_LANG_COUNT; l++)
            stop[l] += (langs >> l) & 1;
    }
    if (words == 0)
        return MS_LANG_UNKNOWN;
    if (stop[MS_LANG_EN] != stop[MS_LANG_NL])
        return stop[MS_LANG_NL] > stop[MS_LANG_EN] ? MS_LANG_NL : MS_LANG_EN;
    ms_lang l = by_letters(s);
    return l == MS_LANG_UNKNOWN ? MS_LANG_EN : l; /* words but no clue: the commoner one */
}
