/*
 * hash.h - the string hash every map of the engine uses, in three steps, so that code
 * that already holds a string eight bytes at a time (folding, tokenizing) can hash it on
 * the way instead of reading it again. ms__hash_bytes (strmap.c) is the reference.
 */
#ifndef MS_HASH_H
#define MS_HASH_H

#include <stddef.h>
#include <stdint.h>

/* Multiplicative hash over 8-byte chunks: words are short, so this is a few
   multiplications per key instead of one per byte. */
#define MS_HASH_K 0x9E3779B97F4A7C15ull

/* The state before the first chunk. The length comes in at the end, so that a scanner
   that does not know yet where a word ends can start hashing it. */
static inline uint64_t ms__hash_start(void)
{
    return MS_HASH_K;
}

/* Mixes in a whole chunk of eight bytes (in memory order, read little-endian). */
static inline uint64_t ms__hash_chunk(uint64_t h, uint64_t w)
{
    h = (h ^ w) * MS_HASH_K;
    return h ^ h >> 29;
}

/* Mixes in the last n % 8 bytes (0 when n is a multiple of eight) and the length n. */
static inline uint32_t ms__hash_finish(uint64_t h, uint64_t tail, size_t n)
{
    h = ((h ^ tail) + n) * MS_HASH_K;
    return (uint32_t)(h ^ h >> 32);
}

#endif
