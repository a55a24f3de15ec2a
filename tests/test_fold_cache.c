/* test_fold_cache.c - a non-ASCII token folded from the per-thread cache gives exactly
   what folding it afresh gives: on the first look, on a hit, after another token took
   its slot, and for tokens too long to keep. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Folds s with the cache and without it, and asserts the two agree. */
static void expect_same_fold(ms_fold_cache *c, const char *s)
{
    ms_buf fresh = {0}, cached = {0};
    cr_assert_eq(ms__normalize(s, strlen(s), 0, &fresh), 0);
    cr_assert_eq(ms__normalize_cached(c, s, strlen(s), &cached), 0);
    cr_assert_eq(cached.len, fresh.len, "'%s': %zu bytes, want %zu", s, cached.len,
                 fresh.len);
    cr_assert_eq(memcmp(cached.data, fresh.data, fresh.len), 0, "'%s' folds otherwise", s);
    free(fresh.data);
    free(cached.data);
}

Test(fold_cache, a_hit_gives_what_folding_gives)
{
    static const char *const tokens[] = {
        "\xe2\x80\xa6",                  /* … folds to "..." */
        "Caf\xc3\xa9",                   /* Café */
        "\xe2\x9d\xa4\xef\xb8\x8f",      /* ❤️: the selector goes */
        "\xef\xbc\xa1\xef\xbc\xa2",      /* fullwidth ＡＢ */
        "\xef\xac\x81ne",                /* the ligature ﬁ */
        "\xe2\x80\x9cquoted\xe2\x80\x9d" /* curly quotes stay */
    };
    ms_fold_cache c;
    cr_assert_eq(ms__fold_cache_init(&c), 0);
    for (int round = 0; round < 2; round++) /* a miss, then a hit */
        for (size_t i = 0; i < sizeof tokens / sizeof *tokens; i++)
            expect_same_fold(&c, tokens[i]);
    ms__fold_cache_free(&c);
}

/* Two tokens whose hashes share a slot: each takes it over from the other in turn. */
Test(fold_cache, tokens_that_share_a_slot_take_it_in_turn)
{
    char first[16] = "\xc3\xa9"
                     "0",
         other[16];
    uint32_t slot = (ms__hash_bytes(first, strlen(first)) | 1u) & (MS_FOLD_CACHE_SLOTS - 1);
    unsigned k = 1;
    for (;; k++) {
        snprintf(other, sizeof other, "\xc3\xa9%u", k);
        if (((ms__hash_bytes(other, strlen(other)) | 1u) & (MS_FOLD_CACHE_SLOTS - 1)) ==
            slot)
            break;
    }
    ms_fold_cache c;
    cr_assert_eq(ms__fold_cache_init(&c), 0);
    for (int round = 0; round < 3; round++) {
        expect_same_fold(&c, first);
        expect_same_fold(&c, other);
    }
    ms__fold_cache_free(&c);
}

Test(fold_cache, a_token_too_long_to_keep_still_folds)
{
    char s[3 * MS_FOLD_CACHE_MAX + 1] = "";
    for (int i = 0; i < MS_FOLD_CACHE_MAX; i++)
        strcat(s, "\xc3\x89"); /* É, folded to é */
    ms_fold_cache c;
    cr_assert_eq(ms__fold_cache_init(&c), 0);
    expect_same_fold(&c, s);
    expect_same_fold(&c, s);
    expect_same_fold(&c, "\xc3\x89"); /* and the short one still caches */
    expect_same_fold(&c, "\xc3\x89");
    ms__fold_cache_free(&c);
}
