/*
 * fold_cache.c - the folded form of a non-ASCII token, kept per thread. Emoji, curly
 * quotes, ellipses and accented words come back post after post, and folding one takes
 * utf8proc (a decomposition, a composition, an allocation) where a look-up here costs a
 * hash and a comparison. Direct-mapped: a token that collides takes the slot over. The
 * fold is a pure function of the token's bytes, so a hit gives what ms__normalize gives.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

int ms__fold_cache_init(ms_fold_cache *c)
{
    c->slots = calloc(MS_FOLD_CACHE_SLOTS, sizeof *c->slots);
    return c->slots ? 0 : -1;
}

void ms__fold_cache_free(ms_fold_cache *c)
{
    free(c->slots);
    c->slots = NULL;
}

static ms_fold_slot *slot_of(const ms_fold_cache *c, uint32_t h)
{
    return &c->slots[h & (MS_FOLD_CACHE_SLOTS - 1)];
}

/* Remembers that s[0..n) folds to the f bytes at folded, when both fit a slot. */
static void remember(ms_fold_cache *c, uint32_t h, const char *s, size_t n,
                     const char *folded, size_t f)
{
    if (n > MS_FOLD_CACHE_MAX || f > MS_FOLD_CACHE_MAX)
        return;
    ms_fold_slot *slot = slot_of(c, h);
    slot->hash = h;
    slot->raw_len = (uint8_t)n;
    slot->fold_len = (uint8_t)f;
    memcpy(slot->raw, s, n);
    memcpy(slot->fold, folded, f);
}

int ms__normalize_cached(ms_fold_cache *c, const char *s, size_t n, ms_buf *out)
{
    if (!c->slots || n > MS_FOLD_CACHE_MAX)
        return ms__normalize(s, n, 0, out);
    uint32_t h = ms__hash_bytes(s, n) | 1u; /* 0 marks an empty slot */
    const ms_fold_slot *slot = slot_of(c, h);
    if (slot->hash == h && slot->raw_len == n && memcmp(slot->raw, s, n) == 0)
        return ms__buf_append(out, slot->fold, slot->fold_len);
    size_t at = out->len;
    if (ms__normalize(s, n, 0, out) != 0)
        return -1;
    remember(c, h, s, n, out->data + at, out->len - at);
    return 0;
}
