/*
 * context.c - context rules that change what a match is worth, from per-language word
 * lists (context.lex): negation ("not hiring", "geen korting"), boosters and diminishers,
 * contrast ("but"/"maar": what follows counts more), ALL CAPS, "!!" at the end of a
 * sentence; and two casual-register signals that are not words: emoji runs and "!!!".
 * Every change keeps a reason, so explain can say why a word counted as it did.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define NEGATION_WINDOW 3
#define BOOSTER_WINDOW 2
#define MAX_WINDOW (NEGATION_WINDOW > BOOSTER_WINDOW ? NEGATION_WINDOW : BOOSTER_WINDOW)
#define BOOST 1.5f
#define DIMINISH 0.5f
#define BEFORE_CONTRAST 0.5f
#define AFTER_CONTRAST 1.5f
#define CAPS_BOOST 1.5f
#define EXCLAIM_BOOST 1.25f
#define EMOJI_RUN 3
#define EXCLAIM_RUN 3

static int is_exclamation(const char *text, const ms_token *t)
{
    return t->kind == MS_TOK_PUNCT && text[t->start] == '!';
}

static int is_ellipsis(const char *text, const ms_token *t)
{
    return t->kind == MS_TOK_PUNCT && t->end - t->start == 3 &&
           memcmp(text + t->start, "\xE2\x80\xA6", 3) == 0;
}

/* What the punctuation token t ends: a sentence (. ! ? …), a clause (, ; :) or
   nothing (0). */
static uint8_t punct_boundary(const char *text, const ms_token *t)
{
    const uint8_t sentence = MS_CTX_ENDS_SENTENCE | MS_CTX_ENDS_CLAUSE;
    switch (text[t->start]) {
    case '.':
    case '!':
    case '?': return sentence;
    case ',':
    case ';':
    case ':': return MS_CTX_ENDS_CLAUSE;
    default: return is_ellipsis(text, t) ? sentence : 0;
    }
}

/* The sentence or clause end at token i (MS_CTX_ENDS_* bits): its punctuation, or a
   line break before the next token. */
static uint8_t boundary_at(const mindset_scratch *s, const char *text, size_t i)
{
    const ms_token *t = &s->tokens.items[i];
    if (i + 1 < s->tokens.count && (s->tokens.items[i + 1].flags & MS_TF_NEWLINE_BEFORE))
        return MS_CTX_ENDS_SENTENCE | MS_CTX_ENDS_CLAUSE;
    return t->kind == MS_TOK_PUNCT ? punct_boundary(text, t) : 0;
}

/* Whole post in capitals: caps then carry no emphasis. */
static int mostly_caps(size_t words, size_t caps)
{
    return words > 0 && caps * 2 > words;
}

/* Marks each token with the context role covering it and whether a score match does;
   returns whether the post is mostly in capitals (one pass over the tokens for both). */
static int mark_roles(mindset_scratch *s)
{
    ms_token_info *info = s->info;
    const ms_token *tokens = s->tokens.items;
    size_t n = s->tokens.count, words = 0, caps = 0;
    for (size_t i = 0; i < n; i++) {
        info[i].role = MS_ROLE_SCORE;
        info[i].covered = 0;
        if (tokens[i].kind == MS_TOK_WORD && !(tokens[i].flags & MS_TF_HASHPART)) {
            words++;
            caps += (tokens[i].flags & MS_TF_ALLCAPS) != 0;
        }
    }
    for (size_t m = 0; m < s->nmatches; m++) {
        const ms_match *mt = &s->matches[m];
        for (uint32_t k = mt->tok_start; k < mt->tok_end; k++) {
            info[k].role = mt->role != MS_ROLE_SCORE ? mt->role : info[k].role;
            info[k].covered |= mt->role == MS_ROLE_SCORE;
        }
    }
    return mostly_caps(words, caps);
}

/* Sentence facts for every token in two linear passes, so each rule below is a lookup
   instead of a scan over the sentence per match. */
static void mark_sentences(mindset_scratch *s, const char *text)
{
    size_t n = s->tokens.count;
    int contrast_before = 0;
    for (size_t i = 0; i < n; i++) {
        ms_token_info *ti = &s->info[i];
        ti->context = (uint8_t)((contrast_before ? MS_CTX_CONTRAST_BEFORE : 0) |
                                boundary_at(s, text, i));
        contrast_before = !(ti->context & MS_CTX_ENDS_SENTENCE) &&
                          (contrast_before || ti->role == MS_ROLE_CONTRAST);
    }
    uint8_t later = 0; /* CONTRAST_FROM | EXCLAIMED_FROM of the token after i */
    for (size_t i = n; i-- > 0;) {
        ms_token_info *ti = &s->info[i];
        const ms_token *t = &s->tokens.items[i];
        uint8_t here = ti->context & MS_CTX_ENDS_SENTENCE ? 0 : later;
        if (ti->role == MS_ROLE_CONTRAST)
            here |= MS_CTX_CONTRAST_FROM;
        if (is_exclamation(text, t))
            here = (uint8_t)((here & ~MS_CTX_EXCLAIMED_FROM) |
                             (t->end - t->start >= 2 ? MS_CTX_EXCLAIMED_FROM : 0));
        ti->context |= here;
        later = here;
    }
}

static void apply(ms_match *m, float factor, const char *why)
{
    m->multiplier *= factor;
    m->weight *= factor;
    if (!m->why)
        m->why = why;
}

/* How many words before a match a context word reaches: 0 for roles that do not act on
   the words after them. */
static int window_of(int role)
{
    if (role == MS_ROLE_NEGATION)
        return NEGATION_WINDOW;
    if (role == MS_ROLE_BOOSTER || role == MS_ROLE_DIMINISHER)
        return BOOSTER_WINDOW;
    return 0;
}

/* The roles (a bit per ms_role) of the context words before the match that reach it: each
   within its own window of words, all in the match's clause. One look back serves
   negation, booster and diminisher. */
static unsigned roles_before(const mindset_scratch *s, const ms_match *m)
{
    unsigned found = 0;
    int words = 0;
    for (size_t i = m->tok_start; i-- > 0 && words < MAX_WINDOW;) {
        if (s->info[i].context & MS_CTX_ENDS_CLAUSE)
            break;
        if (words < window_of(s->info[i].role))
            found |= 1u << s->info[i].role;
        words += s->tokens.items[i].kind == MS_TOK_WORD;
    }
    return found;
}

/* -1: a contrast word follows in the sentence; +1: one precedes it; 0: none. */
static int contrast_side(const mindset_scratch *s, const ms_match *m)
{
    if (s->info[m->tok_start].context & MS_CTX_CONTRAST_BEFORE)
        return 1;
    if (m->tok_end < s->tokens.count &&
        (s->info[m->tok_end].context & MS_CTX_CONTRAST_FROM))
        return -1;
    return 0;
}

static int shouting(const mindset_scratch *s, const ms_match *m)
{
    for (uint32_t k = m->tok_start; k < m->tok_end; k++)
        if (s->tokens.items[k].flags & MS_TF_ALLCAPS)
            return 1;
    return 0;
}

/* The sentence holding the match ends in "!!" or more. */
static int exclaimed(const mindset_scratch *s, const ms_match *m)
{
    return m->tok_end < s->tokens.count &&
           (s->info[m->tok_end].context & MS_CTX_EXCLAIMED_FROM);
}

/* A negation denies words, not the emoji and emoticons around them: in "not again 😭"
   or "zonder gedoe 📊" the emoji still counts. */
static int negatable(const mindset_scratch *s, const ms_match *m)
{
    for (uint32_t k = m->tok_start; k < m->tok_end; k++)
        if (s->tokens.items[k].kind != MS_TOK_EMOJI)
            return 1;
    return 0;
}

static void apply_rules(mindset_scratch *s, ms_match *m, int caps_ok)
{
    unsigned before = roles_before(s, m);
    if ((before & 1u << MS_ROLE_NEGATION) && negatable(s, m)) {
        m->negated = 1;
        apply(m, 0.0f, "negated");
        return;
    }
    if (before & 1u << MS_ROLE_BOOSTER)
        apply(m, BOOST, "boosted");
    if (before & 1u << MS_ROLE_DIMINISHER)
        apply(m, DIMINISH, "diminished");
    int side = contrast_side(s, m);
    if (side)
        apply(m, side > 0 ? AFTER_CONTRAST : BEFORE_CONTRAST,
              side > 0 ? "after a contrast" : "before a contrast");
    if (caps_ok && shouting(s, m))
        apply(m, CAPS_BOOST, "ALL CAPS");
    if (exclaimed(s, m))
        apply(m, EXCLAIM_BOOST, "exclamation");
}

/* A casual-register match that no lexicon word made (emoji run, "!!!"). */
static void add_signal(mindset_scratch *s, size_t from, size_t to, const char *why)
{
    int cat = s->engine->cat_casual;
    if (cat < 0 || s->nmatches == s->capmatches)
        return; /* capacity was reserved by the caller; never grows here */
    ms_match m = {.tok_start = (uint32_t)from,
                  .tok_end = (uint32_t)to,
                  .entry = UINT32_MAX,
                  .category = (uint8_t)cat,
                  .role = MS_ROLE_SCORE,
                  .weight = (float)(0.5 * s->engine->categories[cat].weight),
                  .multiplier = 1.0f,
                  .why = why};
    s->matches[s->nmatches++] = m;
}

static void register_signals(mindset_scratch *s, const char *text)
{
    const ms_token *tokens = s->tokens.items;
    size_t n = s->tokens.count, run = 0;
    for (size_t i = 0; i < n; i++) {
        if (tokens[i].kind == MS_TOK_EMOJI) {
            run++;
            continue;
        }
        if (run >= EMOJI_RUN)
            add_signal(s, i - run, i, "emoji run");
        run = 0;
        if (is_exclamation(text, &tokens[i]) &&
            tokens[i].end - tokens[i].start >= EXCLAIM_RUN)
            add_signal(s, i, i + 1, "exclamation run");
    }
    if (run >= EMOJI_RUN)
        add_signal(s, n - run, n, "emoji run");
}

/* Room for the signals: at most one per token. */
static int reserve(mindset_scratch *s)
{
    size_t need = s->nmatches + s->tokens.count + 1;
    if (need <= s->capmatches)
        return 0;
    ms_match *v = realloc(s->matches, need * sizeof *v);
    if (!v)
        return -1;
    s->matches = v;
    s->capmatches = need;
    return 0;
}

int ms__apply_context(mindset_scratch *s, const char *text)
{
    int caps_ok = !mark_roles(s);
    mark_sentences(s, text);
    for (size_t m = 0; m < s->nmatches; m++)
        if (s->matches[m].role == MS_ROLE_SCORE)
            apply_rules(s, &s->matches[m], caps_ok);
    if (reserve(s) != 0)
        return -1;
    register_signals(s, text);
    return 0;
}
