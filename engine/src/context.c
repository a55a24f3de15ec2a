/*
 * context.c - context rules that change what a match is worth, from per-language word
 * lists (context.lex): negation ("not hiring", "geen korting"), boosters and diminishers,
 * contrast ("but"/"maar": what follows counts more), ALL CAPS, "!!" at the end of a
 * sentence; and three casual-register signals that are not words: emoji runs, "!!!" and
 * elongated words ("yesss").
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
/* A letter three times in a row ("yesss", "jaaa") in a word of at least this many bytes,
   so that "III" and "AAA" are no elongation. */
#define ELONGATED_MIN 4

/* What a token ends (boundary_at). */
enum { ENDS_SENTENCE = 1, ENDS_CLAUSE = 2 };

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
    const uint8_t sentence = ENDS_SENTENCE | ENDS_CLAUSE;
    switch (text[t->start]) {
    case '.':
    case '!':
    case '?': return sentence;
    case ',':
    case ';':
    case ':': return ENDS_CLAUSE;
    default: return is_ellipsis(text, t) ? sentence : 0;
    }
}

/* The sentence or clause end at token i (ENDS_* bits): its punctuation, or a line break
   before the next token. */
static uint8_t boundary_at(const mindset_scratch *s, const char *text, size_t i)
{
    const ms_token *t = &s->tokens.items[i];
    if (i + 1 < s->tokens.count && (s->tokens.items[i + 1].flags & MS_TF_NEWLINE_BEFORE))
        return ENDS_SENTENCE | ENDS_CLAUSE;
    return t->kind == MS_TOK_PUNCT ? punct_boundary(text, t) : 0;
}

#define NONE SIZE_MAX

/* One sentence of a post: tokens [start, next), where its contrast words are, and whether
   it ends in "!!" or more. */
typedef struct {
    size_t start, next;
    size_t first_contrast, last_contrast; /* NONE: no contrast word */
    int exclaimed;
} sentence;

/* The roles of context words that act on the words after them. */
#define LOOKS_BACK                                                                         \
    (1u << MS_ROLE_NEGATION | 1u << MS_ROLE_BOOSTER | 1u << MS_ROLE_DIMINISHER)

/* What a post holds that the rules look for, so that rules with nothing to act on are
   skipped: most posts have no contrast word and no "!!", many no context word at all. */
typedef struct {
    int caps_ok; /* -1 until asked: whether ALL CAPS words carry emphasis */
    /* The first token of a context word that acts on the words after it (NONE: none):
       matches up to there have nothing to look back for. */
    size_t first_looking_back;
    /* Where the post's contrast words may stand, from the first token of the first to the
       last token of the last (NONE, 0: none); and one past its last "!!" or longer (0:
       none). Matches outside have no contrast or exclamation to ask about. */
    size_t first_contrast, last_contrast, exclaimed_end;
    /* The sentences holding the start and the end of the match at hand: matches come in
       the order of their tokens, so each walks forward over the post at most once. */
    sentence at_start, at_end;
} post_facts;

/* A token of the post's figures: not punctuation, not a part of a hashtag. */
static int counts_as_token(const ms_token *t)
{
    return t->kind != MS_TOK_PUNCT && !(t->flags & MS_TF_HASHPART);
}

/* A word of the post's figures: a word that is no hashtag's part, or a hashtag. */
static int counts_as_word(const ms_token *t)
{
    return (t->kind == MS_TOK_WORD && !(t->flags & MS_TF_HASHPART)) ||
           t->kind == MS_TOK_HASHTAG;
}

/* Whole post in capitals: caps then carry no emphasis. Asked only for posts with a
   matched word in capitals, so it counts the words itself. */
static int caps_carry_emphasis(const mindset_scratch *s, post_facts *f)
{
    if (f->caps_ok >= 0)
        return f->caps_ok;
    const ms_token *tokens = s->tokens.items;
    size_t words = 0, caps = 0;
    for (size_t i = 0; i < s->tokens.count; i++) {
        if (tokens[i].kind == MS_TOK_WORD && !(tokens[i].flags & MS_TF_HASHPART)) {
            words++;
            caps += (tokens[i].flags & MS_TF_ALLCAPS) != 0;
        }
    }
    f->caps_ok = !(words > 0 && caps * 2 > words);
    return f->caps_ok;
}

/* Marks each token with the context role covering it and whether a score match does,
   for the lexicon's matches [0, n), counting the words covered; notes where the context
   words stand. */
static void mark_roles(mindset_scratch *s, size_t n, post_facts *f)
{
    ms_token_info *info = s->info;
    size_t covered = 0;
    for (size_t m = 0; m < n; m++) {
        const ms_match *mt = &s->matches[m];
        if ((LOOKS_BACK >> mt->role & 1) && mt->tok_start < f->first_looking_back)
            f->first_looking_back = mt->tok_start;
        if (mt->role == MS_ROLE_CONTRAST) {
            f->first_contrast =
                mt->tok_start < f->first_contrast ? mt->tok_start : f->first_contrast;
            f->last_contrast =
                mt->tok_end - 1 > f->last_contrast ? mt->tok_end - 1 : f->last_contrast;
        }
        for (uint32_t k = mt->tok_start; k < mt->tok_end; k++) {
            info[k].role = mt->role != MS_ROLE_SCORE ? mt->role : info[k].role;
            if (mt->role == MS_ROLE_SCORE && !info[k].covered) {
                info[k].covered = 1;
                covered += counts_as_word(&s->tokens.items[k]);
            }
        }
    }
    s->ncovered = covered;
}

/* Reads the sentence that starts at token `from` into sen. */
static void read_sentence(const mindset_scratch *s, const char *text, size_t from,
                          sentence *sen)
{
    const ms_token_info *info = s->info;
    size_t n = s->tokens.count, j = from;
    *sen = (sentence){.start = from, .first_contrast = NONE, .last_contrast = NONE};
    for (; j < n; j++) {
        if (info[j].role == MS_ROLE_CONTRAST) {
            sen->first_contrast = sen->first_contrast == NONE ? j : sen->first_contrast;
            sen->last_contrast = j;
        }
        if (boundary_at(s, text, j) & ENDS_SENTENCE) {
            const ms_token *t = &s->tokens.items[j];
            sen->exclaimed = is_exclamation(text, t) && t->end - t->start >= 2;
            j++;
            break;
        }
    }
    sen->next = j;
}

/* The sentence holding token i (< the token count), moving sen forward to it. A token
   before sen starts over from the first sentence, so the answer never depends on the
   order of the questions. */
static const sentence *sentence_of(const mindset_scratch *s, const char *text,
                                   sentence *sen, size_t i)
{
    if (i < sen->start)
        *sen = (sentence){0};
    while (i >= sen->next && sen->next < s->tokens.count) /* never past the last one */
        read_sentence(s, text, sen->next, sen);
    return sen;
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
static unsigned roles_before(const mindset_scratch *s, const char *text, const ms_match *m)
{
    unsigned found = 0;
    int words = 0;
    for (size_t i = m->tok_start; i-- > 0 && words < MAX_WINDOW;) {
        if (boundary_at(s, text, i) & ENDS_CLAUSE)
            break;
        if (words < window_of(s->info[i].role))
            found |= 1u << s->info[i].role;
        words += s->tokens.items[i].kind == MS_TOK_WORD;
    }
    return found;
}

/* -1: a contrast word follows in the sentence; +1: one precedes it; 0: none. */
static int contrast_side(const mindset_scratch *s, const char *text, const ms_match *m,
                         post_facts *f)
{
    if (m->tok_start > f->first_contrast &&
        sentence_of(s, text, &f->at_start, m->tok_start)->first_contrast < m->tok_start)
        return 1;
    if (m->tok_end > f->last_contrast || m->tok_end >= s->tokens.count)
        return 0;
    const sentence *sen = sentence_of(s, text, &f->at_end, m->tok_end);
    return sen->last_contrast != NONE && sen->last_contrast >= m->tok_end ? -1 : 0;
}

static int shouting(const mindset_scratch *s, const ms_match *m)
{
    for (uint32_t k = m->tok_start; k < m->tok_end; k++)
        if (s->tokens.items[k].flags & MS_TF_ALLCAPS)
            return 1;
    return 0;
}

/* The sentence holding the match ends in "!!" or more (the first "!" after the match
   ends its sentence). */
static int exclaimed(const mindset_scratch *s, const char *text, const ms_match *m,
                     post_facts *f)
{
    return m->tok_end < f->exclaimed_end &&
           sentence_of(s, text, &f->at_end, m->tok_end)->exclaimed;
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

static void apply_rules(mindset_scratch *s, const char *text, ms_match *m, post_facts *f)
{
    unsigned before = m->tok_start > f->first_looking_back ? roles_before(s, text, m) : 0;
    if ((before & 1u << MS_ROLE_NEGATION) && negatable(s, m)) {
        m->negated = 1;
        apply(m, 0.0f, "negated");
        return;
    }
    if (before & 1u << MS_ROLE_BOOSTER)
        apply(m, BOOST, "boosted");
    if (before & 1u << MS_ROLE_DIMINISHER)
        apply(m, DIMINISH, "diminished");
    int side = contrast_side(s, text, m, f);
    if (side)
        apply(m, side > 0 ? AFTER_CONTRAST : BEFORE_CONTRAST,
              side > 0 ? "after a contrast" : "before a contrast");
    if (shouting(s, m) && caps_carry_emphasis(s, f))
        apply(m, CAPS_BOOST, "ALL CAPS");
    if (exclaimed(s, text, m, f))
        apply(m, EXCLAIM_BOOST, "exclamation");
}

/* A casual-register match that no lexicon word made (emoji run, "!!!", elongated word). */
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

static bool is_ascii_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool ms__is_elongated(const char *w, size_t n)
{
    /* Three in a row hold a pair that starts at an even offset from the word's start:
       look at those pairs only, and at the byte on either side of a pair found. */
    for (size_t k = 1; k < n; k += 2) {
        char c = w[k];
        if (c == w[k - 1] && ((k + 1 < n && w[k + 1] == c) || (k >= 2 && w[k - 2] == c)) &&
            is_ascii_letter(c))
            return true;
    }
    return false;
}

/* An elongated word (ms__is_elongated) of at least ELONGATED_MIN bytes that the
   lexicons do not know: "sooo" and "lol" are entries of their own, counted already. */
static bool is_elongated_signal(const ms_token *t, const ms_token_info *info)
{
    return info->elongated && t->kind == MS_TOK_WORD &&
           t->end - t->start >= ELONGATED_MIN && !(t->flags & MS_TF_HASHPART) &&
           info->key < 0 && info->prefix < 0;
}

/* One pass over the tokens: clears each token's role and coverage, counts the tokens and
   words of the figures, adds the casual signals (emoji runs, "!!!", elongated words)
   after the lexicon's matches, and notes where the last "!!" or longer is. */
static void scan_tokens(mindset_scratch *s, const char *text, post_facts *f)
{
    const ms_token *tokens = s->tokens.items;
    ms_token_info *info = s->info; /* a local: add_signal stores through s */
    size_t n = s->tokens.count, run = 0, ntokens = 0, nwords = 0;
    for (size_t i = 0; i < n; i++) {
        info[i].role = MS_ROLE_SCORE;
        info[i].covered = 0;
        if (counts_as_token(&tokens[i])) {
            ntokens++;
            nwords += counts_as_word(&tokens[i]);
        }
        if (tokens[i].kind == MS_TOK_EMOJI) {
            run++;
            continue;
        }
        if (run) {
            if (run >= EMOJI_RUN)
                add_signal(s, i - run, i, "emoji run");
            run = 0;
        }
        if (is_elongated_signal(&tokens[i], &info[i]))
            add_signal(s, i, i + 1, "elongated word");
        if (is_exclamation(text, &tokens[i])) {
            uint32_t len = tokens[i].end - tokens[i].start;
            f->exclaimed_end = len >= 2 ? i + 1 : f->exclaimed_end;
            if (len >= EXCLAIM_RUN)
                add_signal(s, i, i + 1, "exclamation run");
        }
    }
    if (run >= EMOJI_RUN)
        add_signal(s, n - run, n, "emoji run");
    s->ntokens = ntokens;
    s->nwords = nwords;
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

/* The signals go after the lexicon's matches [0, n), and the rules apply to those only. */
int ms__apply_context(mindset_scratch *s, const char *text)
{
    size_t n = s->nmatches;
    post_facts f = {.caps_ok = -1, .first_looking_back = NONE, .first_contrast = NONE};
    if (reserve(s) != 0)
        return -1;
    scan_tokens(s, text, &f);
    mark_roles(s, n, &f);
    for (size_t m = 0; m < n; m++)
        if (s->matches[m].role == MS_ROLE_SCORE)
            apply_rules(s, text, &s->matches[m], &f);
    return 0;
}
