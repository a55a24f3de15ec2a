/*
 * stem_table.c - the Snowball stems of the built-in lexicons' words, worked out when the
 * project is built (engine/tools/gen_stem_table.c), so that loading lexicons looks each
 * entry's stem up instead of running the stemmer. The build loads the built-in lexicons
 * with it (gen_lexicon_image.c); at run time it serves a --lexicons folder, which is
 * mostly the built-in words, `mindset lexicon check`, and post words that reach Snowball.
 *
 * The table is a cache of libstemmer's answers, never a source of its own: a word it
 * lacks is stemmed as before. Because libstemmer is a shared library that could change
 * under a built binary, a table is used only after a sample of its words stems the same
 * with the libstemmer at hand.
 */
#include <stdatomic.h>
#include <string.h>

#include "internal.h"

#define SAMPLES 16 /* words a table is checked on before it is trusted */

/* Record at offset off: a length byte and the word, a length byte and its stem. */
static const char *record_word(const ms_stem_table *t, uint32_t off, size_t *len)
{
    *len = (unsigned char)t->records[off];
    return t->records + off + 1;
}

static const char *record_stem(const ms_stem_table *t, uint32_t off, size_t *len)
{
    size_t wlen = (unsigned char)t->records[off];
    *len = (unsigned char)t->records[off + 1 + wlen];
    return t->records + off + 2 + wlen;
}

const char *ms__stem_table_find(const ms_stem_table *t, const char *w, size_t n,
                                size_t *stem_len)
{
    if (n > MS_STEM_TABLE_WORD_MAX)
        return NULL;
    for (uint32_t i = ms__hash_bytes(w, n) & t->mask; t->slots[i]; i = (i + 1) & t->mask) {
        uint32_t off = t->slots[i] - 1;
        size_t len;
        const char *word = record_word(t, off, &len);
        if (len == n && memcmp(word, w, n) == 0)
            return record_stem(t, off, stem_len);
    }
    return NULL;
}

/* Whether SAMPLES words spread over the table stem as the table says with stem's
   Snowball: 1 if they do, 0 if not, -1 if stemming failed (out of memory). */
static int agrees(const ms_stem_table *t, ms_stemmer *stem)
{
    uint32_t slots = t->mask + 1, step = slots / SAMPLES ? slots / SAMPLES : 1;
    for (uint32_t i = 0; i < slots; i += step) {
        uint32_t at = i;
        while (at < slots && !t->slots[at])
            at++;
        if (at == slots)
            break;
        size_t wlen, slen, got_len;
        const char *word = record_word(t, t->slots[at] - 1, &wlen);
        const char *want = record_stem(t, t->slots[at] - 1, &slen);
        const char *got = ms__stem_plain(stem, word, wlen, &got_len);
        if (!got)
            return -1;
        if (got_len != slen || memcmp(got, want, slen) != 0)
            return 0;
    }
    return 1;
}

const ms_stem_table *ms__stem_table_for(ms_lang lang, ms_stemmer *stem)
{
    /* 0: not checked yet, 1: trusted, 2: empty or not what this libstemmer says */
    static atomic_int verdict[MS_LANG_COUNT];
    if (lang <= MS_LANG_UNKNOWN || lang >= MS_LANG_COUNT)
        return NULL;
    const ms_stem_table *t = &ms__builtin_stems[lang];
    int v = atomic_load_explicit(&verdict[lang], memory_order_acquire);
    if (v == 0) {
        int same = t->count > 0 ? agrees(t, stem) : 0;
        if (same < 0)
            return NULL;
        v = same ? 1 : 2;
        atomic_store_explicit(&verdict[lang], v, memory_order_release);
    }
    return v == 1 ? t : NULL;
}
