/*
 * stem_bound.c - how much of a word its Snowball stem keeps, found without stemming.
 *
 * Most words a corpus shows only once (run-together words, "soooo", typos) can never
 * stem to a lexicon key, yet each Snowball call costs thousands of instructions. Both
 * stemmers only rewrite the end of a word, one step after another, each step replacing
 * one suffix from a fixed list. So the stem is a start of the word followed by a few
 * bytes, and how short that start can get follows from the suffix lists alone.
 *
 * The model below plays the steps of the english and dutch Snowball algorithms on the
 * word with every condition taken as "maybe" (regions, vowel tests, exceptions that stop
 * early): at each step the word keeps its end or has any listed suffix replaced, and all
 * those outcomes are followed. The real stemmer takes one of these paths, so its stem
 * starts with the shortest start any path keeps; and when no suffix of any step matches,
 * the stem is the word itself. The lists are a superset of libstemmer's (a rule that
 * never fires only makes the bound shorter). Only plain ASCII words qualify: the dutch
 * stemmer rewrites accented vowels anywhere, and both count characters, not bytes, when
 * they drop one. English words that start with an apostrophe, or that its exception
 * list rewrites whole, are left to the stemmer.
 */
#include <string.h>

#include "internal.h"

#define TAIL_MAX 16   /* bytes of a path's end that are not the word's own */
#define NODES_MAX 512 /* more steps tried than this: give up, the stemmer decides */
#define WORD_MAX 64   /* longer words are left to the stemmer */

/* What a rule may do after its replacement, as some stemmer steps do. */
enum {
    THEN_NOTHING = 0,
    THEN_DROP,     /* undouble: may drop the last byte */
    THEN_E_OR_DROP /* english -ed/-ing: may append 'e' or drop the last byte */
};

typedef struct {
    const char *suffix, *with; /* '?' in suffix matches any byte, '?' in with copies it */
    uint8_t len, with_len, then;
} stem_rule;

#define RULE(s, r, then)                                                                   \
    {                                                                                      \
        s, r, sizeof s - 1, sizeof r - 1, then                                             \
    }
#define DROP(s) RULE(s, "", THEN_NOTHING)

typedef struct {
    const stem_rule *rules;
    size_t count;
} stem_step;

#define STEP(rules)                                                                        \
    {                                                                                      \
        rules, sizeof rules / sizeof rules[0]                                              \
    }

/* english.sbl: Step_1a's apostrophes, Step_1a, 1b, 1c, 2, 3, 4, 5. */
static const stem_rule en_apostrophe[] = {DROP("'"), DROP("'s"), DROP("'s'")};
static const stem_rule en_1a[] = {
    RULE("sses", "ss", 0), RULE("ied", "i", 0),  RULE("ied", "ie", 0),
    RULE("ies", "i", 0),   RULE("ies", "ie", 0), DROP("s"),
};
static const stem_rule en_1b[] = {
    RULE("eed", "ee", 0),
    RULE("eedly", "ee", 0),
    RULE("ed", "", THEN_E_OR_DROP),
    RULE("edly", "", THEN_E_OR_DROP),
    RULE("ing", "", THEN_E_OR_DROP),
    RULE("ingly", "", THEN_E_OR_DROP),
};
static const stem_rule en_1c[] = {RULE("y", "i", 0)};
static const stem_rule en_2[] = {
    RULE("tional", "tion", 0),
    RULE("enci", "ence", 0),
    RULE("anci", "ance", 0),
    RULE("abli", "able", 0),
    RULE("entli", "ent", 0),
    RULE("izer", "ize", 0),
    RULE("ization", "ize", 0),
    RULE("ational", "ate", 0),
    RULE("ation", "ate", 0),
    RULE("ator", "ate", 0),
    RULE("alism", "al", 0),
    RULE("aliti", "al", 0),
    RULE("alli", "al", 0),
    RULE("fulness", "ful", 0),
    RULE("ousli", "ous", 0),
    RULE("ousness", "ous", 0),
    RULE("iveness", "ive", 0),
    RULE("iviti", "ive", 0),
    RULE("biliti", "ble", 0),
    RULE("bli", "ble", 0),
    RULE("ogi", "og", 0),
    RULE("ogist", "og", 0),
    RULE("fulli", "ful", 0),
    RULE("lessli", "less", 0),
    DROP("li"),
};
static const stem_rule en_3[] = {
    RULE("tional", "tion", 0),
    RULE("ational", "ate", 0),
    RULE("alize", "al", 0),
    RULE("icate", "ic", 0),
    RULE("iciti", "ic", 0),
    RULE("ical", "ic", 0),
    DROP("ful"),
    DROP("ness"),
    DROP("ative"),
};
static const stem_rule en_4[] = {
    DROP("al"),   DROP("ance"), DROP("ence"),  DROP("er"),   DROP("ic"),  DROP("able"),
    DROP("ible"), DROP("ant"),  DROP("ement"), DROP("ment"), DROP("ent"), DROP("ism"),
    DROP("ate"),  DROP("iti"),  DROP("ous"),   DROP("ive"),  DROP("ize"), DROP("ion"),
};
static const stem_rule en_5[] = {DROP("e"), DROP("l")};

static const stem_step english[] = {STEP(en_apostrophe), STEP(en_1a), STEP(en_1b),
                                    STEP(en_1c),         STEP(en_2),  STEP(en_3),
                                    STEP(en_4),          STEP(en_5)};

/* dutch.sbl (Porter's): standard_suffix's steps in order. e_ending and en_ending may
   undouble; after -end and -ing come -ig or an undouble, after -lijk an e_ending (the
   step after the suffixes stands for both); last, a doubled vowel before the final
   consonant loses one. */
static const stem_rule nl_suffix[] = {
    RULE("heden", "heid", 0),
    RULE("en", "", THEN_DROP),
    RULE("ene", "", THEN_DROP),
    DROP("s"),
    DROP("se"),
};
static const stem_rule nl_e[] = {RULE("e", "", THEN_DROP)};
static const stem_rule nl_heid[] = {DROP("heid")};
static const stem_rule nl_heid_en[] = {RULE("en", "", THEN_DROP)};
static const stem_rule nl_derived[] = {
    RULE("end", "", THEN_DROP),
    RULE("ing", "", THEN_DROP),
    DROP("ig"),
    DROP("lijk"),
    DROP("baar"),
    DROP("bar"),
};
static const stem_rule nl_after_derived[] = {DROP("ig"), RULE("e", "", THEN_DROP)};
static const stem_rule nl_vowel[] = {RULE("aa?", "a?", 0), RULE("ee?", "e?", 0),
                                     RULE("oo?", "o?", 0), RULE("uu?", "u?", 0)};

static const stem_step dutch[] = {STEP(nl_suffix),  STEP(nl_e),
                                  STEP(nl_heid),    STEP(nl_heid_en),
                                  STEP(nl_derived), STEP(nl_after_derived),
                                  STEP(nl_vowel)};

/* english.sbl's exception1 words that it rewrites whole (the others it keeps). */
static const char en_exceptions[][7] = {"skis",  "skies", "dying",  "lying",
                                        "tying", "idly",  "gently", "ugly",
                                        "early", "only",  "singly"};

/* One path's word: the first pos bytes of the word, then tail[0 .. len). */
typedef struct {
    size_t pos, len;
    char tail[TAIL_MAX + 8]; /* room for an eight-byte load */
} stem_path;

#define STEPS_MAX 8  /* steps of a model */
#define RULES_MAX 32 /* rules of a step */
#define SUFFIX_MAX 8 /* the longest suffix, '?' included: one 64-bit compare */

/* A language's steps, with each rule's suffix as a 64-bit pattern to compare the last
   eight bytes of a word with (byte 7 is the last; bytes a suffix does not cover, and
   '?', are not compared), and by step and the word's last two bytes (end_bucket) a bit
   per rule whose suffix may end with them. Built once. */
typedef struct {
    const stem_step *steps;
    size_t nsteps;
    uint64_t pattern[STEPS_MAX][RULES_MAX], care[STEPS_MAX][RULES_MAX];
    uint32_t by_end[STEPS_MAX][1024]; /* by end_bucket() */
} stem_model;

/* The bucket of a word's last two bytes, five bits of each. */
static inline unsigned end_bucket(unsigned last, unsigned before)
{
    return (last & 31) << 5 | (before & 31);
}

static stem_model english_model, dutch_model;
static pthread_once_t models_once = PTHREAD_ONCE_INIT;

static void add_rule(stem_model *m, size_t step, size_t i, const stem_rule *r)
{
    for (size_t k = 0; k < r->len; k++) {
        unsigned shift = 8u * (unsigned)(SUFFIX_MAX - r->len + k);
        if (r->suffix[k] == '?')
            continue;
        m->pattern[step][i] |= (uint64_t)(unsigned char)r->suffix[k] << shift;
        m->care[step][i] |= 0xFFull << shift;
    }
    /* Any byte stands where the suffix is '?' or has none (a one-byte suffix). */
    int last = r->suffix[r->len - 1] == '?' ? -1 : (unsigned char)r->suffix[r->len - 1];
    int before = r->len < 2 || r->suffix[r->len - 2] == '?'
                     ? -1
                     : (unsigned char)r->suffix[r->len - 2];
    for (unsigned a = 0; a < 32; a++)
        for (unsigned b = 0; b < 32; b++)
            if ((last < 0 || (unsigned)(last & 31) == a) &&
                (before < 0 || (unsigned)(before & 31) == b))
                m->by_end[step][end_bucket(a, b)] |= 1u << i;
}

static void make_model(stem_model *m, const stem_step *steps, size_t nsteps)
{
    m->steps = steps;
    m->nsteps = nsteps;
    for (size_t s = 0; s < nsteps; s++)
        for (size_t i = 0; i < steps[s].count; i++)
            add_rule(m, s, i, &steps[s].rules[i]);
}

static void make_models(void)
{
    make_model(&english_model, english, sizeof english / sizeof english[0]);
    make_model(&dutch_model, dutch, sizeof dutch / sizeof dutch[0]);
}

typedef struct {
    const char *w;
    size_t n;
    const stem_model *m;
    size_t kept; /* shortest start of the word any path ended with */
    int changed; /* some path ended with another word */
    int nodes;   /* steps tried so far, all paths together */
    int gave_up;
} stem_walk;

/* The last eight bytes of the path's word as a little-endian word, the last byte in the
   top byte. The word sits after eight NUL bytes (ms__stem_kept copies it so), which
   stand in for the bytes before its start. */
static uint64_t path_end(const stem_walk *c, const stem_path *p)
{
    uint64_t v;
    memcpy(&v, c->w + p->pos - 8, 8);
    if (p->len == 0)
        return v;
    if (p->len >= 8) {
        memcpy(&v, p->tail + p->len - 8, 8);
        return v;
    }
    uint64_t t;
    memcpy(&t, p->tail, 8);
    unsigned bits = 8u * (unsigned)p->len;
    return v >> bits | (t & ((1ull << bits) - 1)) << (64 - bits);
}

/* Moves the tail's first bytes back into the word's start while they are the word's. */
static void absorb(const stem_walk *c, stem_path *p)
{
    size_t k = 0;
    while (k < p->len && p->pos < c->n && p->tail[k] == c->w[p->pos]) {
        p->pos++;
        k++;
    }
    if (k) {
        p->len -= k;
        memmove(p->tail, p->tail + k, p->len);
    }
}

/* Cuts the path's word to its first n bytes. */
static void cut(stem_path *p, size_t n)
{
    if (n <= p->pos) {
        p->pos = n;
        p->len = 0;
    } else
        p->len = n - p->pos;
}

/* Appends bytes to the path's tail and absorbs; 0 when the tail has no room. */
static int append(const stem_walk *c, stem_path *p, const char *s, size_t n)
{
    if (p->len + n > TAIL_MAX)
        return 0;
    memcpy(p->tail + p->len, s, n);
    p->len += n;
    absorb(c, p);
    return 1;
}

static void walk(stem_walk *c, size_t step, const stem_path *p);

/* Goes on with the next step from p, and from p's variants the rule allows after it. */
static void then(stem_walk *c, size_t step, const stem_path *p, int what)
{
    walk(c, step + 1, p);
    if (what == THEN_NOTHING || p->pos + p->len == 0)
        return;
    stem_path q = *p;
    cut(&q, q.pos + q.len - 1);
    walk(c, step + 1, &q);
    if (what == THEN_E_OR_DROP) {
        q = *p;
        if (append(c, &q, "e", 1))
            walk(c, step + 1, &q);
        else
            c->gave_up = 1;
    }
}

/* Follows the rule's replacement of the end of p, whose last byte is last. */
static void apply(stem_walk *c, size_t step, const stem_path *p, const stem_rule *r,
                  char last)
{
    stem_path q = *p;
    cut(&q, q.pos + q.len - r->len);
    char with[SUFFIX_MAX];
    memcpy(with, r->with, r->with_len);
    for (size_t i = 0; i < r->with_len; i++)
        if (with[i] == '?')
            with[i] = last; /* '?' only ever stands for the last byte */
    if (append(c, &q, with, r->with_len))
        then(c, step, &q, r->then);
    else
        c->gave_up = 1;
}

/* Follows every outcome of steps [step, nsteps) from the path p: at each step the path
   where it leaves the word alone goes on here, each matching rule's in a call. */
static void walk(stem_walk *c, size_t step, const stem_path *p)
{
    const stem_model *m = c->m;
    size_t len = p->pos + p->len;
    if (len) {
        uint64_t end = path_end(c, p);
        const uint32_t *by_end =
            &m->by_end[0][end_bucket((unsigned)(end >> 56), (unsigned)(end >> 48) & 0xFF)];
        for (; step < m->nsteps; step++) {
            uint32_t rules = by_end[step * 1024];
            if (!rules)
                continue;
            if (c->gave_up || ++c->nodes > NODES_MAX) {
                c->gave_up = 1;
                return;
            }
            for (; rules; rules &= rules - 1) {
                unsigned i = (unsigned)__builtin_ctz(rules);
                const stem_rule *r = &m->steps[step].rules[i];
                if (r->len <= len && ((end ^ m->pattern[step][i]) & m->care[step][i]) == 0)
                    apply(c, step, p, r, (char)(end >> 56));
            }
        }
    }
    if (p->pos < c->kept)
        c->kept = p->pos;
    c->changed |= p->pos != c->n || p->len != 0;
}

/* Whether w, of at most six bytes, is one of en_exceptions. */
static int is_english_exception(const char *w, size_t n)
{
    for (size_t i = 0; i < sizeof en_exceptions / sizeof en_exceptions[0]; i++)
        if (en_exceptions[i][n] == '\0' && memcmp(en_exceptions[i], w, n) == 0)
            return 1;
    return 0;
}

size_t ms__stem_kept(ms_lang lang, const char *w, size_t n, bool *same)
{
    *same = false;
    if (n == 0 || n > WORD_MAX || !ms__all_ascii(w, n))
        return 0;
    pthread_once(&models_once, make_models);
    char padded[8 + WORD_MAX] = {0};
    memcpy(padded + 8, w, n);
    stem_walk c = {.w = padded + 8, .n = n, .kept = n};
    if (lang == MS_LANG_EN) {
        if (w[0] == '\'' || (n <= 6 && is_english_exception(w, n)))
            return 0;
        c.m = &english_model;
    } else if (lang == MS_LANG_NL) {
        c.m = &dutch_model;
    } else
        return 0;
    stem_path start = {.pos = n};
    walk(&c, 0, &start);
    if (c.gave_up)
        return 0;
    *same = !c.changed;
    return c.kept;
}
