/*
 * word_cache.c - what the pipeline has learnt about a normalised word, kept per thread:
 * its lexicon key in each language (stemming is the dearest step per word) and its
 * wildcard prefix. Set-associative with the word stored inline: a lookup reads the hash
 * of each of a set's four ways (four cache lines, which normalisation has already asked
 * for) and the bytes of the way whose hash agrees. A full set gives up a way by second
 * chance: each hit raises the way's use count (up to a small cap), and the search for a
 * victim lowers the counts it passes over, so the one-off words of a long tail go first
 * and the words a corpus keeps using stay. The memory is fixed however many distinct
 * words a corpus holds.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define SETS MS_WORD_CACHE_SETS
#define WAYS MS_WORD_CACHE_WAYS
#define USES_MAX 3u /* hits a way can bank against eviction */

int ms__word_cache_init(ms_word_cache *c)
{
    uint32_t sets = MS_WORD_CACHE_FIRST_SETS < SETS ? MS_WORD_CACHE_FIRST_SETS : SETS;
    c->slots = calloc((size_t)sets * WAYS, sizeof *c->slots);
    c->set_mask = sets - 1;
    c->clock = 0;
    c->fills_left = sets < SETS ? MS_WORD_CACHE_FIRST_FILLS : 0;
    return c->slots ? 0 : -1;
}

int ms__word_cache_grow(ms_word_cache *c)
{
    if (c->set_mask == SETS - 1)
        return 0;
    ms_word_slot *full = calloc((size_t)SETS * WAYS, sizeof *full);
    if (!full)
        return -1;
    free(c->slots);
    c->slots = full;
    c->set_mask = SETS - 1;
    c->fills_left = 0;
    return 0;
}

void ms__word_cache_free(ms_word_cache *c)
{
    free(c->slots);
    c->slots = NULL;
}

/* Whether a slot whose hash is the word's holds the word itself. */
static int holds(const ms_word_slot *slot, const char *w, size_t n)
{
    return slot->len == n && ms__same_padded(slot->word, w, n);
}

/* The ways of a set whose hash is h, as bits. Testing all four at once leaves one
   branch, taken for nearly every word, where a test per way took a branch no predictor
   can learn: which way holds a word is as random as its hash. */
static unsigned same_hash_ways(const ms_word_slot *set, uint32_t h)
{
    _Static_assert(WAYS == 4, "one test per way below");
    return (unsigned)(set[0].hash == h) | (unsigned)(set[1].hash == h) << 1 |
           (unsigned)(set[2].hash == h) << 2 | (unsigned)(set[3].hash == h) << 3;
}

/* The way of a full set to give up: the first, from a rotating start, with no uses
   left; each way passed over loses one. Ends within (USES_MAX + 1) * WAYS steps. */
static ms_word_slot *victim(ms_word_cache *c, ms_word_slot *set)
{
    for (;;) {
        ms_word_slot *v = &set[c->clock++ % WAYS];
        if (v->uses == 0)
            return v;
        v->uses--;
    }
}

ms_word_slot *ms__word_cache_find(ms_word_cache *c, uint32_t hash, const char *w, size_t n)
{
    if (!c->slots || n > MS_WORD_CACHE_MAX)
        return NULL;
    uint32_t h = hash | 1u; /* 0 marks an empty slot */
    ms_word_slot *set = ms__word_cache_set(c, h);
    for (unsigned ways = same_hash_ways(set, h); ways; ways &= ways - 1) {
        ms_word_slot *slot = &set[__builtin_ctz(ways)];
        if (holds(slot, w, n)) {
            if (slot->uses < USES_MAX) /* no store once saturated: hot lines stay clean */
                slot->uses++;
            return slot;
        }
    }
    if (c->fills_left && --c->fills_left == 0 && ms__word_cache_grow(c) == 0)
        set = ms__word_cache_set(c, h); /* the words so far are dropped */
    ms_word_slot *slot = victim(c, set);
    memset(slot, 0, sizeof *slot);
    slot->hash = h;
    slot->len = (uint8_t)n;
    memcpy(slot->word, w, n);
    return slot;
}
