/* test_stem.c - our normalise + stem path reproduces Snowball's vocabularies (a sample of
   every 40th word, tests/data/snowball). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

static void check_vocabulary(const char *file, ms_lang lang)
{
    FILE *f = fopen(file, "r");
    cr_assert_not_null(f, "cannot open %s", file);
    struct sb_stemmer *st = ms__stemmer_new(lang);
    char line[512];
    int n = 0, bad = 0;
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
    }
    fclose(f);
    ms__buf_free(&norm);
    ms__stemmer_free(st);
    cr_assert_gt(n, 500);
    cr_assert_eq(bad, 0, "%d of %d words stem differently", bad, n);
}

Test(stem, english_vocabulary)
{
    check_vocabulary(MS_TEST_DATA "/snowball/english.tsv", MS_LANG_EN);
}

Test(stem, dutch_vocabulary)
{
    check_vocabulary(MS_TEST_DATA "/snowball/dutch.tsv", MS_LANG_NL);
}
