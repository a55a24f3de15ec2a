/*
 * lint.c - checks a loaded lexicon set for entries that cannot do what their author
 * meant: duplicates, different words that stem to the same key, one term on both sides
 * of the mindset axis, and entries that can never add anything because an identical
 * entry or a wildcard of the same category already matches the same words, or (exact
 * words) because a plain entry takes the word first.
 */
#include <stdio.h>
#include <string.h>

#include "internal.h"

typedef struct {
    const mindset_engine *e;
    const ms_lexicon *lex;
    ms_stemmer *stemmer; /* of lex's language */
    mindset_lint_fn fn;
    void *ctx;
    size_t problems;
} linter;

static void report(linter *l, const ms_entry *at, const char *msg)
{
    char buf[300];
    l->fn(l->ctx, ms__source_where(l->lex, at->source, buf, sizeof buf), msg);
    l->problems++;
}

static const char *surface(const linter *l, const ms_entry *x)
{
    return ms__source_text(l->lex, x->source);
}

/* "file:line" of x; valid until the next call on this thread. */
static const char *where(const linter *l, const ms_entry *x)
{
    static _Thread_local char buf[300];
    return ms__source_where(l->lex, x->source, buf, sizeof buf);
}

static int same_words(const ms_lexicon *lex, const ms_entry *a, const ms_entry *b)
{
    return !a->wildcard && !b->wildcard && ms__same_words(lex, a, b);
}

static int opposite_axes(const mindset_engine *e, const ms_entry *a, const ms_entry *b)
{
    ms_axis x = e->categories[a->category].axis, y = e->categories[b->category].axis;
    return (x == MS_AXIS_PERSONAL && y == MS_AXIS_PROFESSIONAL) ||
           (x == MS_AXIS_PROFESSIONAL && y == MS_AXIS_PERSONAL);
}

/* a comes after b in the files: report a, pointing at b. */
static void compare_pair(linter *l, const ms_entry *a, const ms_entry *b)
{
    char m[512];
    if (!same_words(l->lex, a, b))
        return;
    if (a->category == b->category && !strcmp(surface(l, a), surface(l, b)))
        snprintf(m, sizeof m, "duplicate entry '%s' (first at %s)", surface(l, a),
                 where(l, b));
    else if (a->category == b->category)
        snprintf(m, sizeof m, "'%s' stems like '%s' (%s) in the same category",
                 surface(l, a), surface(l, b), where(l, b));
    else if (opposite_axes(l->e, a, b))
        snprintf(m, sizeof m, "'%s' is personal and professional at once: also at %s (%s)",
                 surface(l, a), where(l, b), l->e->categories[b->category].name);
    else
        return;
    report(l, a, m);
}

/* A plain one-word entry whose stem starts with a wildcard prefix of its category. */
static void wildcard_cover(linter *l, const ms_entry *a)
{
    if (a->wildcard || a->nwords != 1)
        return;
    const char *stem =
        ms__strmap_key(&l->lex->keys, (uint32_t)l->lex->words[a->first_word]);
    for (size_t k = 0; k < l->lex->nentries; k++) {
        const ms_entry *w = &l->lex->entries[k];
        if (!w->wildcard || w->exact || w->category != a->category)
            continue;
        const char *prefix = ms__strmap_key(&l->lex->prefixes, w->first_word);
        if (!strncmp(stem, prefix, strlen(prefix))) {
            char m[512];
            snprintf(m, sizeof m, "'%s' is already covered by the wildcard '%s' (%s)",
                     surface(l, a), surface(l, w), where(l, w));
            report(l, a, m);
            return;
        }
    }
}

/* The plain one-word entry with the key of stem, or NULL. */
static const ms_entry *plain_word_entry(const ms_lexicon *lex, const char *stem, size_t n)
{
    int32_t key = ms__strmap_get(&lex->keys, stem, n);
    if (key < 0)
        return NULL;
    for (uint32_t k = lex->first[key]; k < lex->first[key + 1]; k++)
        if (lex->entries[k].nwords == 1)
            return &lex->entries[k];
    return NULL;
}

/* An exact word is tried only on a word no plain entry matches: one whose stem is a
   plain one-word entry is never reached. */
static void exact_shadowed(linter *l, const ms_entry *a)
{
    if (!a->wildcard || !a->exact)
        return;
    const char *word = ms__strmap_key(&l->lex->prefixes, a->first_word);
    size_t n;
    const char *stem = ms__stem(l->stemmer, word, strlen(word), &n);
    const ms_entry *p = stem ? plain_word_entry(l->lex, stem, n) : NULL;
    if (p) {
        char m[512];
        snprintf(m, sizeof m,
                 "'%s' is never reached: the plain entry '%s' (%s) takes the word first",
                 surface(l, a), surface(l, p), where(l, p));
        report(l, a, m);
    }
}

static int from_emoji_file(const linter *l, const ms_entry *a)
{
    const char *file = l->lex->files[l->lex->sources[a->source].file];
    size_t n = strlen(file);
    return n >= 9 && !strcmp(file + n - 9, "emoji.lex");
}

static void lint_lexicon(linter *l)
{
    const ms_lexicon *lex = l->lex;
    for (size_t i = 0; i < lex->nentries; i++) {
        const ms_entry *a = &lex->entries[i];
        if (l->lex != &l->e->lex[MS_LANG_EN] && from_emoji_file(l, a))
            continue; /* emoji.lex is loaded for every language: lint it once */
        for (size_t j = 0; j < lex->nentries; j++) {
            const ms_entry *b = &lex->entries[j];
            if (b->source < a->source)
                compare_pair(l, a, b);
        }
        wildcard_cover(l, a);
        exact_shadowed(l, a);
    }
}

size_t mindset_engine_lint(const mindset_engine *e, mindset_lint_fn fn, void *ctx)
{
    linter l = {.e = e, .fn = fn, .ctx = ctx};
    for (int lang = MS_LANG_EN; lang < MS_LANG_COUNT; lang++) {
        l.lex = &e->lex[lang];
        if (ms__stemmer_new((ms_lang)lang, &l.stemmer) != MINDSET_OK)
            return l.problems + 1;
        lint_lexicon(&l);
        ms__stemmer_free(l.stemmer);
    }
    return l.problems;
}
