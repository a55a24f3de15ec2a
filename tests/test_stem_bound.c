/* test_stem_bound.c - the stem of every word starts with what ms__stem_kept says it
   keeps, and is the word itself when it says so: checked against Snowball on its
   english and dutch vocabularies (tests/data/snowball) and on words made from them the
   way posts make them (suffixes stacked, letters stretched, words run together). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

typedef struct {
    ms_stemmer *stemmer;
    ms_lang lang;
    int words, bounded, same, bad;
} bound_check;

/* The word as stem.c hands it over: dutch words without their "'s". */
static size_t bare_len(ms_lang lang, const char *w, size_t n)
{
    if (lang == MS_LANG_NL && n > 2 && w[n - 2] == '\'' && w[n - 1] == 's')
        return n - 2;
    return n;
}

static void check_word(bound_check *c, const char *w, size_t n)
{
    size_t bare = bare_len(c->lang, w, n);
    bool same;
    size_t kept = ms__stem_kept(c->lang, w, bare, &same);
    size_t slen;
    const char *stem = ms__stem(c->stemmer, w, n, &slen);
    cr_assert_not_null(stem);
    int ok = kept <= slen && memcmp(stem, w, kept) == 0;
    if (same)
        ok = ok && kept == bare && slen == bare && memcmp(stem, w, bare) == 0;
    if (!ok && c->bad++ < 20)
        cr_log_error("stem(%.*s) = %.*s, but the bound keeps %zu%s", (int)n, w, (int)slen,
                     stem, kept, same ? " and calls it the same" : "");
    c->words++;
    c->bounded += kept > 0;
    c->same += same;
}

static void check_text(bound_check *c, const char *w)
{
    check_word(c, w, strlen(w));
}

/* Words of the vocabulary, normalised, at most max of them. */
static int read_vocabulary(const char *file, char (*words)[64], int max)
{
    FILE *f = fopen(file, "r");
    cr_assert_not_null(f, "cannot open %s", file);
    char line[512];
    int n = 0;
    ms_buf norm = {0};
    while (n < max && fgets(line, sizeof line, f)) {
        char *tab = strchr(line, '\t');
        cr_assert_not_null(tab);
        *tab = '\0';
        norm.len = 0;
        cr_assert_eq(ms__normalize(line, strlen(line), 0, &norm), 0);
        if (norm.len == 0 || norm.len >= 40)
            continue;
        memcpy(words[n], norm.data, norm.len);
        words[n][norm.len] = '\0';
        n++;
    }
    fclose(f);
    ms__buf_free(&norm);
    return n;
}

static const char *const endings[] = {
    "s",       "es",    "ies",     "ed",      "ied",    "ing",    "ingly",   "edly",
    "eed",     "ly",    "li",      "y",       "e",      "ee",     "l",       "ll",
    "al",      "ation", "ational", "ization", "izer",   "ness",   "fulness", "ousness",
    "iveness", "iviti", "ity",     "biliti",  "bility", "ogi",    "ogist",   "ogy",
    "ement",   "ment",  "ence",    "ance",    "able",   "ible",   "ous",     "ive",
    "ize",     "ion",   "ism",     "iti",     "er",     "ic",     "ical",    "icate",
    "ative",   "alize", "tional",  "ful",     "fulli",  "lessli", "'s",      "'",
    "'s'",     "en",    "ene",     "se",      "heden",  "heid",   "end",     "ig",
    "lijk",    "lijke", "baar",    "bar",     "igheid", "ingen",  "aak",     "eet",
    "oop",     "uur",   "kken",    "dden",    "tten",   "eeee",   "ooo",     "sss",
    "2",
};

/* Each word alone, with each ending, with two endings, stretched, and run into the
   next word. */
static void check_family(bound_check *c, char (*words)[64], int n)
{
    size_t ne = sizeof endings / sizeof endings[0];
    char buf[160];
    for (int i = 0; i < n; i++) {
        check_text(c, words[i]);
        for (size_t e = 0; e < ne; e++) {
            snprintf(buf, sizeof buf, "%s%s", words[i], endings[e]);
            check_text(c, buf);
            snprintf(buf, sizeof buf, "%s%s%s", words[i], endings[e],
                     endings[(e * 7 + (size_t)i) % ne]);
            check_text(c, buf);
        }
        size_t len = strlen(words[i]);
        snprintf(buf, sizeof buf, "%s%c%c%c", words[i], words[i][len - 1],
                 words[i][len - 1], words[i][len - 1]);
        check_text(c, buf);
        snprintf(buf, sizeof buf, "%s%s", words[i], words[(i + 1) % n]);
        check_text(c, buf);
    }
}

static void check_language(const char *file, ms_lang lang)
{
    static char words[2000][64];
    int n = read_vocabulary(file, words, 2000);
    cr_assert_gt(n, 500);
    bound_check c = {.lang = lang};
    cr_assert_eq(ms__stemmer_new(lang, &c.stemmer), MINDSET_OK);
    check_family(&c, words, n);
    ms__stemmer_free(c.stemmer);
    cr_assert_eq(c.bad, 0, "%d of %d words stem shorter than the bound", c.bad, c.words);
    /* The bound must be worth having: most words get one, many are kept whole. */
    cr_assert_gt(c.bounded, c.words * 9 / 10, "%d of %d bounded", c.bounded, c.words);
    cr_assert_gt(c.same, c.words / 20, "%d of %d the same", c.same, c.words);
}

Test(stem_bound, english_vocabulary_and_variants)
{
    check_language(MS_TEST_DATA "/snowball/english.tsv", MS_LANG_EN);
}

Test(stem_bound, dutch_vocabulary_and_variants)
{
    check_language(MS_TEST_DATA "/snowball/dutch.tsv", MS_LANG_NL);
}

static size_t kept_of(ms_lang lang, const char *w, bool *same)
{
    return ms__stem_kept(lang, w, strlen(w), same);
}

Test(stem_bound, words_without_a_matching_suffix_are_their_own_stem)
{
    bool same;
    cr_expect_eq(kept_of(MS_LANG_EN, "soooo", &same), 5);
    cr_expect(same);
    cr_expect_eq(kept_of(MS_LANG_EN, "covid19", &same), 7);
    cr_expect(same);
    cr_expect_eq(kept_of(MS_LANG_NL, "computer", &same), 8);
    cr_expect(same);
    cr_expect_eq(kept_of(MS_LANG_EN, "a", &same), 1);
    cr_expect(same);
}

Test(stem_bound, suffixes_shorten_what_is_kept)
{
    bool same;
    /* -ational is replaced by -ate in step 2: the stem keeps "nat" at most. */
    size_t kept = kept_of(MS_LANG_EN, "nationalizations", &same);
    cr_expect(!same);
    cr_expect_leq(kept, 6);
    cr_expect_gt(kept, 0);
    kept = kept_of(MS_LANG_NL, "mogelijkheden", &same);
    cr_expect(!same);
    cr_expect_leq(kept, 6);
}

Test(stem_bound, words_the_model_does_not_cover)
{
    bool same = true;
    cr_expect_eq(ms__stem_kept(MS_LANG_EN, "", 0, &same), 0);
    cr_expect(!same);
    /* Not ASCII: the dutch stemmer rewrites accents, and both drop characters. */
    cr_expect_eq(kept_of(MS_LANG_NL, "ideeën", &same), 0);
    cr_expect_eq(kept_of(MS_LANG_EN, "café", &same), 0);
    /* english.sbl's exception list rewrites these whole; a leading apostrophe goes. */
    cr_expect_eq(kept_of(MS_LANG_EN, "skies", &same), 0);
    cr_expect_eq(kept_of(MS_LANG_EN, "dying", &same), 0);
    cr_expect_eq(kept_of(MS_LANG_EN, "'tis", &same), 0);
    cr_expect_eq(kept_of(MS_LANG_UNKNOWN, "word", &same), 0);
    cr_expect(!same);
}

Test(stem_bound, longest_word_covered)
{
    char w[80];
    memset(w, 'o', sizeof w);
    bool same;
    cr_expect_eq(ms__stem_kept(MS_LANG_EN, w, 64, &same), 64);
    cr_expect(same);
    cr_expect_eq(ms__stem_kept(MS_LANG_EN, w, 65, &same), 0);
    cr_expect(!same);
    memcpy(w + 64 - 3, "ing", 3);
    cr_expect_gt(ms__stem_kept(MS_LANG_EN, w, 64, &same), 0);
    cr_expect(!same);
}
