/* test_word_cache.c - the per-thread word cache finds what it holds, never confuses two
   words with one hash, and keeps the words a corpus keeps using when a long tail of
   one-off words runs through the same set; it starts small and grows; warmed up, it has
   all its memory mapped. */
#define _DEFAULT_SOURCE /* mincore */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "helpers.h"
#include "internal.h"

/* Hashes that all fall in one set: the set index comes from bits 7 to 21 of the hash
   (at most 2^15 sets), so hashes that differ only from bit 22 up share a set. */
static uint32_t same_set_hash(unsigned k)
{
    return 0x1234u << 7 | (uint32_t)k << 22;
}

/* Looks w up and marks it learnt; returns 1 on a hit, 0 when it had to be learnt. The
   word goes in NUL-padded, as scratch->norm holds it. */
static int look_up(ms_word_cache *c, uint32_t h, const char *w)
{
    char padded[MS_NORM_SPAN(MS_WORD_CACHE_MAX)] = {0};
    size_t n = strlen(w);
    cr_assert_lt(n, sizeof padded);
    memcpy(padded, w, n);
    ms_word_slot *slot = ms__word_cache_find(c, h, padded, n);
    cr_assert_not_null(slot);
    if (slot->known & 1u << MS_LANG_EN)
        return 1;
    slot->known |= 1u << MS_LANG_EN;
    slot->key[MS_LANG_EN] = 7;
    return 0;
}

Test(word_cache, finds_what_it_holds_and_tells_equal_hashes_apart)
{
    ms_word_cache c;
    cr_assert_eq(ms__word_cache_init(&c), 0);
    cr_assert_eq(look_up(&c, 42, "coffee"), 0);
    cr_assert_eq(look_up(&c, 42, "coffee"), 1);
    cr_assert_eq(look_up(&c, 42, "coffees"), 0, "same hash, other word: not a hit");
    cr_assert_eq(look_up(&c, 42, "coffee"), 1);
    cr_assert_null(ms__word_cache_find(&c, 1, "a-word-longer-than-thirty-two-bytes", 35));
    ms__word_cache_free(&c);
}

Test(word_cache, a_word_in_use_survives_a_tail_of_one_off_words)
{
    ms_word_cache c;
    cr_assert_eq(ms__word_cache_init(&c), 0);
    const uint32_t hot = same_set_hash(0);
    look_up(&c, hot, "meeting");
    int misses = 0;
    char word[16];
    for (unsigned k = 1; k < 600; k++) {
        snprintf(word, sizeof word, "tail%u", k); /* never seen again */
        look_up(&c, same_set_hash(k), word);
        if (k % 3 == 0)
            misses += !look_up(&c, hot, "meeting");
    }
    cr_assert_eq(misses, 0, "the word in use was given up %d times", misses);
    ms__word_cache_free(&c);
}

/* A cache starts small and grows to full size once it has taken in enough words; the
   words after that are found as before. */
Test(word_cache, grows_to_full_size_after_its_first_words)
{
    ms_word_cache c;
    cr_assert_eq(ms__word_cache_init(&c), 0);
    uint32_t first = MS_WORD_CACHE_FIRST_SETS < MS_WORD_CACHE_SETS
                         ? MS_WORD_CACHE_FIRST_SETS
                         : MS_WORD_CACHE_SETS;
    cr_assert_eq(c.set_mask + 1, first);
    char word[16];
    for (unsigned k = 0; k < MS_WORD_CACHE_FIRST_FILLS; k++) {
        snprintf(word, sizeof word, "w%u", k);
        look_up(&c, ms__hash_bytes(word, strlen(word)), word);
    }
    cr_assert_eq(c.set_mask + 1, MS_WORD_CACHE_SETS);
    cr_assert_eq(look_up(&c, 77, "after"), 0);
    cr_assert_eq(look_up(&c, 77, "after"), 1);
    ms__word_cache_free(&c);
}

/* Pages of [p, p + n) that the kernel has mapped. */
static size_t mapped_pages(const void *p, size_t n, size_t *total)
{
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t start = (uintptr_t)p & ~(page - 1);
    uintptr_t end = ((uintptr_t)p + n + page - 1) & ~(page - 1);
    *total = (end - start) / page;
    unsigned char *in = malloc(*total);
    cr_assert_not_null(in);
    cr_assert_eq(mincore((void *)start, end - start, in), 0);
    size_t mapped = 0;
    for (size_t i = 0; i < *total; i++)
        mapped += in[i] & 1;
    free(in);
    return mapped;
}

/* mindset_scratch_warm maps every page of the word cache up front (bulk scoring calls it
   so that no page is first read, then written, by a post), and analysis gives the same
   result after it. */
Test(word_cache, warm_maps_every_page)
{
    mindset_engine *e = test_engine_builtin();
    mindset_scratch *s;
    cr_assert_eq(mindset_scratch_new(e, &s), MINDSET_OK);
    size_t bytes = MS_WORD_CACHE_SETS * MS_WORD_CACHE_WAYS * sizeof *s->words.slots, total;
    cr_assert_eq(s->words.set_mask + 1, MS_WORD_CACHE_FIRST_SETS,
                 "a new scratch starts small");
    mindset_scratch_warm(s);
    cr_assert_eq(s->words.set_mask + 1, MS_WORD_CACHE_SETS, "warm grows it to full size");
    size_t after = mapped_pages(s->words.slots, bytes, &total);
    cr_assert_eq(after, total, "mapped %zu of %zu pages", after, total);
    const char *post = "Our baby girl was born today!! #newborn";
    mindset_result *r;
    cr_assert_eq(mindset_analyze(s, post, strlen(post), NULL, &r, NULL), MINDSET_OK);
    cr_assert_str_eq(mindset_result_label(r), "personal");
    mindset_result_free(r);
    mindset_scratch_free(s);
    mindset_engine_free(e);
}
