/* test_stem_table.c - the stems worked out at build time are libstemmer's own: every
   record of both built-in tables agrees with Snowball, the lexicons' words are in them,
   and a word they lack is still stemmed. */
#include <criterion/criterion.h>
#include <string.h>

#include "internal.h"

static ms_stemmer *stemmer(ms_lang lang)
{
    ms_stemmer *st;
    cr_assert_eq(ms__stemmer_new(lang, &st), MINDSET_OK);
    return st;
}

static void check_every_record(ms_lang lang)
{
    const ms_stem_table *t = &ms__builtin_stems[lang];
    ms_stemmer *st = stemmer(lang);
    uint32_t records = 0;
    for (uint32_t i = 0; i <= t->mask; i++) {
        if (!t->slots[i])
            continue;
        const char *r = t->records + t->slots[i] - 1;
        size_t wlen = (unsigned char)r[0], slen = (unsigned char)r[1 + wlen], got_len;
        const char *got = ms__stem_plain(st, r + 1, wlen, &got_len);
        cr_assert_not_null(got);
        cr_expect(got_len == slen && memcmp(got, r + 2 + wlen, slen) == 0,
                  "table says %.*s -> %.*s, Snowball says %.*s", (int)wlen, r + 1,
                  (int)slen, r + 2 + wlen, (int)got_len, got);
        size_t found_len;
        cr_expect_eq(ms__stem_table_find(t, r + 1, wlen, &found_len), r + 2 + wlen,
                     "%.*s is not found where it is", (int)wlen, r + 1);
        records++;
    }
    cr_expect_eq(records, t->count);
    cr_expect_gt(t->count, 3000, "a language's lexicons hold thousands of words");
    ms__stemmer_free(st);
}

Test(stem_table, every_english_record_is_snowballs_stem)
{
    check_every_record(MS_LANG_EN);
}

Test(stem_table, every_dutch_record_is_snowballs_stem)
{
    check_every_record(MS_LANG_NL);
}

static void expect_in_table(ms_lang lang, const char *word, const char *stem)
{
    size_t len;
    const char *got =
        ms__stem_table_find(&ms__builtin_stems[lang], word, strlen(word), &len);
    cr_assert_not_null(got, "%s is not in the table", word);
    cr_expect(len == strlen(stem) && memcmp(got, stem, len) == 0, "%s -> %.*s, not %s",
              word, (int)len, got, stem);
}

Test(stem_table, lexicon_words_are_in_it)
{
    expect_in_table(MS_LANG_EN, "graduation", "graduat");
    expect_in_table(MS_LANG_EN, "stakeholders", "stakehold");
    expect_in_table(MS_LANG_NL, "kraamvisite", "kraamvisit");
    expect_in_table(MS_LANG_NL, "vacature", "vacatur");
}

Test(stem_table, is_trusted_with_this_libstemmer)
{
    ms_stemmer *st = stemmer(MS_LANG_EN);
    cr_expect_eq(ms__stem_table_for(MS_LANG_EN, st), &ms__builtin_stems[MS_LANG_EN]);
    cr_expect_null(ms__stem_table_for(MS_LANG_UNKNOWN, st));
    ms__stemmer_free(st);
}

Test(stem_table, a_word_it_lacks_is_still_stemmed)
{
    const char *word = "zorbulating";
    size_t len, plain_len;
    cr_assert_null(
        ms__stem_table_find(&ms__builtin_stems[MS_LANG_EN], word, strlen(word), &len));
    ms_stemmer *st = stemmer(MS_LANG_EN);
    const char *got = ms__stem(st, word, strlen(word), &len);
    cr_assert_not_null(got);
    char copy[64];
    memcpy(copy, got, len);
    const char *plain = ms__stem_plain(st, word, strlen(word), &plain_len);
    cr_expect(len == plain_len && memcmp(copy, plain, len) == 0);
    cr_expect(len == strlen("zorbul") && memcmp(copy, "zorbul", len) == 0);
    ms__stemmer_free(st);
}

Test(stem_table, words_longer_than_a_record_holds_are_not_looked_up)
{
    char word[300];
    memset(word, 'a', sizeof word);
    size_t len;
    cr_expect_null(
        ms__stem_table_find(&ms__builtin_stems[MS_LANG_EN], word, sizeof word, &len));
}
