/* test_stem.c - our normalise + stem path reproduces Snowball's vocabularies (a sample of
   every 40th word, tests/data/snowball). ASCII words take the single-byte stemmer and the
   others the UTF-8 one (stem.c), so the Dutch sample must hold both kinds. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

static int is_ascii_word(const char *w)
{
    for (; *w; w++)
        if ((unsigned char)*w >= 0x80)
            return 0;
    return 1;
}

/* Returns how many of the words were not ASCII. */
static int check_vocabulary(const char *file, ms_lang lang)
{
    FILE *f = fopen(file, "r");
    cr_assert_not_null(f, "cannot open %s", file);
    ms_stemmer *st;
    cr_assert_eq(ms__stemmer_new(lang, &st), MINDSET_OK);
    char line[512];
    int n = 0, bad = 0, non_ascii = 0;
    ms_buf norm = {0};
    while (fgets(line, sizeof line, f)) {
        char *tab = strchr(line, '\t');
        cr_assert_not_null(tab);
        *tab = '\0';
        char *want = tab + 1;
        want[strcspn(want, "\r\n")] = '\0';
        norm.len = 0;
        cr_assert_eq(ms__normalize(line, strlen(line), 0, &norm), 0);
        size_t len;
        const char *got = ms__stem(st, norm.data, norm.len, &len);
        if (len != strlen(want) || memcmp(got, want, len) != 0) {
            cr_log_error("%s: stem(%s) = %.*s, Snowball says %s", file, line, (int)len, got,
                         want);
            bad++;
        }
        n++;
        non_ascii += !is_ascii_word(line);
    }
    fclose(f);
    ms__buf_free(&norm);
    ms__stemmer_free(st);
    cr_assert_gt(n, 500);
    cr_assert_eq(bad, 0, "%d of %d words stem differently", bad, n);
    return non_ascii;
}

Test(stem, english_vocabulary)
{
    check_vocabulary(MS_TEST_DATA "/snowball/english.tsv", MS_LANG_EN);
}

Test(stem, dutch_vocabulary)
{
    int non_ascii = check_vocabulary(MS_TEST_DATA "/snowball/dutch.tsv", MS_LANG_NL);
    cr_assert_gt(non_ascii, 10, "the sample must try the UTF-8 stemmer too");
}

static void expect_same_stem(ms_stemmer *st, const char *a, const char *b)
{
    size_t na, nb;
    char first[64];
    const char *sa = ms__stem(st, a, strlen(a), &na);
    cr_assert(na < sizeof first);
    memcpy(first, sa, na);
    const char *sb = ms__stem(st, b, strlen(b), &nb);
    cr_expect(na == nb && memcmp(first, sb, na) == 0, "stem(%s) = %.*s, stem(%s) = %.*s", a,
              (int)na, first, b, (int)nb, sb);
}

/* Dutch "'s" (oma's, auto's, risico's) is the plural or possessive of the word before
   it: stemmed without it, as the English stemmer does on its own. */
Test(stem, dutch_apostrophe_s_is_the_word_itself)
{
    ms_stemmer *st;
    cr_assert_eq(ms__stemmer_new(MS_LANG_NL, &st), MINDSET_OK);
    expect_same_stem(st, "oma's", "oma");
    expect_same_stem(st, "risico's", "risico");
    expect_same_stem(st, "baby's", "baby");
    size_t n;
    const char *alone = ms__stem(st, "'s", 2, &n);
    cr_expect(n == 2 && memcmp(alone, "'s", 2) == 0, "a bare 's stays what it is");
    ms__stemmer_free(st);
    cr_assert_eq(ms__stemmer_new(MS_LANG_EN, &st), MINDSET_OK);
    expect_same_stem(st, "mom's", "mom");
    ms__stemmer_free(st);
}
