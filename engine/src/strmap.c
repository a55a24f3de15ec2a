/*
 * strmap.c - an open-addressing hash map from byte strings to int32 values. Used for the
 * lexicon vocabulary (stem -> key id), wildcard prefixes, stopwords and the per-thread
 * stem cache. Keys are copied into one pool; the table doubles at 50% load.
 */
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "internal.h"

/* The last n < 8 bytes of a key as one little-endian word, and back: fixed-size moves
   of 4, 2 and 1 bytes, where memcpy with a variable length would be a libc call per key.
   Never touches a byte past the key, which may end its buffer. */
static inline uint64_t load_tail(const char *p, size_t n)
{
    uint64_t t = 0;
    unsigned at = 0;
    if (n & 4) {
        uint32_t v;
        memcpy(&v, p, 4);
        t = v;
        at = 4;
    }
    if (n & 2) {
        uint16_t v;
        memcpy(&v, p + at, 2);
        t |= (uint64_t)v << (8 * at);
        at += 2;
    }
    if (n & 1)
        t |= (uint64_t)(unsigned char)p[at] << (8 * at);
    return t;
}

static inline void store_tail(char *p, size_t n, uint64_t t)
{
    unsigned at = 0;
    if (n & 4) {
        uint32_t v = (uint32_t)t;
        memcpy(p, &v, 4);
        at = 4;
    }
    if (n & 2) {
        uint16_t v = (uint16_t)(t >> (8 * at));
        memcpy(p + at, &v, 2);
        at += 2;
    }
    if (n & 1)
        p[at] = (char)(t >> (8 * at));
}

uint32_t ms__hash_bytes(const char *s, size_t n)
{
    uint64_t h = ms__hash_start();
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        h = ms__hash_chunk(h, w);
    }
    return ms__hash_finish(h, i < n ? load_tail(s + i, n - i) : 0,
                           n); /* s is NULL if n is 0 */
}

/* Lower-cases eight ASCII bytes at once: a byte gets 0x20 where 'A' <= byte <= 'Z'.
   Bytes are below 0x80, so the additions never carry into the next byte. */
static inline uint64_t lower_ascii8(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101ull;
    uint64_t from_a = x + ones * (0x80 - 'A');
    uint64_t past_z = x + ones * (0x80 - 'Z' - 1);
    return x | ((from_a ^ past_z) & ones * 0x80) >> 2;
}

/* Lower-cases the whole eight-byte words of src into dst, hashing them into *h; returns
   where the last, partial word starts. */
static inline size_t fold_whole_words(const char *src, size_t n, char *dst, uint64_t *h)
{
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, src + i, 8);
        w = lower_ascii8(w);
        memcpy(dst + i, &w, 8);
        *h = ms__hash_chunk(*h, w);
    }
    return i;
}

uint32_t ms__fold_ascii_hash(const char *src, size_t n, char *dst)
{
    uint64_t h = ms__hash_start();
    size_t i = fold_whole_words(src, n, dst, &h);
    uint64_t tail = lower_ascii8(load_tail(src + i, n - i));
    store_tail(dst + i, n - i, tail);
    return ms__hash_finish(h, tail, n);
}

/* load_tail from one eight-byte load that may read past the key (not past its buffer:
   the caller's promise), masked to its k bytes. A big-endian host takes load_tail. */
static inline uint64_t load_masked(const char *p, size_t k)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint64_t t;
    memcpy(&t, p, 8);
    return t & (~0ull >> (64 - 8 * k)); /* 0 < k < 8 */
#else
    return load_tail(p, k);
#endif
}

/* store_tail of k bytes followed by NULs up to eight, in one move on a little-endian
   host. */
static inline void store_padded(char *p, size_t k, uint64_t t)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    (void)k;
    memcpy(p, &t, 8);
#else
    memset(p, 0, 8);
    store_tail(p, k, t);
#endif
}

uint32_t ms__fold_ascii_hash_padded(const char *src, size_t n, char *dst)
{
    uint64_t h = ms__hash_start();
    size_t i = fold_whole_words(src, n, dst, &h);
    uint64_t tail = i < n ? lower_ascii8(load_masked(src + i, n - i)) : 0;
    store_padded(dst + i, n - i, tail);
    return ms__hash_finish(h, tail, n);
}

static int key_equals(const ms_strmap *m, const ms_strmap_slot *slot, uint32_t h,
                      const char *key, size_t n)
{
    const ms_strmap_entry *e = &m->entries[slot->entry - 1];
    return slot->hash == h && e->len == n &&
           (n == 0 || memcmp(m->pool.data + e->off, key, n) == 0);
}

/* Slot holding key, or the empty slot where it would go. */
static uint32_t find_slot(const ms_strmap *m, uint32_t h, const char *key, size_t n)
{
    uint32_t i = h & m->mask;
    while (m->slots[i].entry && !key_equals(m, &m->slots[i], h, key, n))
        i = (i + 1) & m->mask;
    return i;
}

int32_t ms__strmap_get(const ms_strmap *m, const char *key, size_t n)
{
    return m->slots ? ms__strmap_get_hashed(m, ms__hash_bytes(key, n), key, n) : -1;
}

int32_t ms__strmap_get_hashed(const ms_strmap *m, uint32_t h, const char *key, size_t n)
{
    if (!m->slots)
        return -1;
    const ms_strmap_slot *slot = &m->slots[find_slot(m, h, key, n)];
    return slot->entry ? m->entries[slot->entry - 1].value : -1;
}

static int rehash(ms_strmap *m, uint32_t nslots)
{
    ms_strmap_slot *slots = calloc(nslots, sizeof *slots);
    if (!slots)
        return -1;
    for (uint32_t i = 0; m->slots && i <= m->mask; i++) {
        if (!m->slots[i].entry)
            continue;
        uint32_t k = m->slots[i].hash & (nslots - 1);
        while (slots[k].entry)
            k = (k + 1) & (nslots - 1);
        slots[k] = m->slots[i];
    }
    free(m->slots);
    m->slots = slots;
    m->mask = nslots - 1;
    return 0;
}

static int grow_entries(ms_strmap *m)
{
    uint32_t cap = m->cap ? m->cap * 2 : 64;
    ms_strmap_entry *v = realloc(m->entries, cap * sizeof *v);
    if (!v)
        return -1;
    m->entries = v;
    m->cap = cap;
    return 0;
}

int32_t ms__strmap_put(ms_strmap *m, const char *key, size_t n, int32_t value)
{
    if (!m->slots && rehash(m, 128) != 0)
        return -1;
    uint32_t h = ms__hash_bytes(key, n);
    uint32_t i = find_slot(m, h, key, n);
    if (m->slots[i].entry)
        return (int32_t)(m->slots[i].entry - 1);
    if (m->count == m->cap && grow_entries(m) != 0)
        return -1;
    size_t off = m->pool.len;
    if (ms__buf_append(&m->pool, key, n) != 0 || ms__buf_putc(&m->pool, '\0') != 0)
        return -1;
    uint32_t k = m->count++;
    m->entries[k] = (ms_strmap_entry){(uint32_t)off, (uint32_t)n, value};
    m->slots[i] = (ms_strmap_slot){h, k + 1};
    if (m->count * 2 > m->mask + 1 && rehash(m, (m->mask + 1) * 2) != 0)
        return -1;
    return (int32_t)k;
}

int ms__strmap_reserve(ms_strmap *m, uint32_t count, size_t pool_bytes)
{
    uint32_t slots = m->slots ? m->mask + 1 : 128;
    while (slots < 2 * (uint64_t)count)
        slots *= 2;
    if ((!m->slots || slots > m->mask + 1) && rehash(m, slots) != 0)
        return -1;
    if (m->cap < count) {
        ms_strmap_entry *v = realloc(m->entries, count * sizeof *v);
        if (!v)
            return -1;
        m->entries = v;
        m->cap = count;
    }
    return ms__buf_reserve(&m->pool, pool_bytes);
}

int32_t ms__strmap_intern(ms_strmap *m, const char *key, size_t n)
{
    int32_t id = ms__strmap_put(m, key, n, 0);
    if (id >= 0)
        m->entries[id].value = id;
    return id;
}

const char *ms__strmap_key(const ms_strmap *m, uint32_t i)
{
    return m->pool.data + m->entries[i].off;
}

void ms__strmap_clear(ms_strmap *m)
{
    if (m->slots)
        memset(m->slots, 0, (size_t)(m->mask + 1) * sizeof *m->slots);
    m->count = 0;
    m->pool.len = 0;
}

void ms__strmap_free(ms_strmap *m)
{
    free(m->slots);
    free(m->entries);
    ms__buf_free(&m->pool);
    memset(m, 0, sizeof *m);
}
