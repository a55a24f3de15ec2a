/*
 * stem.c - Snowball stemming (english / dutch) and the per-token key lookup.
 *
 * Each scratch owns its stemmers (libstemmer objects are not thread-safe); the key of a
 * word goes into the scratch's word cache (word_cache.c), so a frequent word is stemmed
 * once per thread, not once per occurrence.
 */
#include <libstemmer.h>
#include <string.h>

#include "internal.h"

#define PREFETCH_AHEAD 4 /* tokens: about one cache miss of lookahead */

struct sb_stemmer *ms__stemmer_new(ms_lang lang)
{
    if (lang == MS_LANG_EN)
        return sb_stemmer_new("english", "UTF_8");
    if (lang == MS_LANG_NL)
        return sb_stemmer_new("dutch", "UTF_8");
    return NULL;
}

void ms__stemmer_free(struct sb_stemmer *s)
{
    if (s)
        sb_stemmer_delete(s);
}

const char *ms__stem(struct sb_stemmer *s, const char *word, size_t n, size_t *out_len)
{
    if (!s) {
        *out_len = n;
        return word;
    }
    const sb_symbol *r = sb_stemmer_stem(s, (const sb_symbol *)word, (int)n);
    if (!r) {
        *out_len = 0;
        return NULL;
    }
    *out_len = (size_t)sb_stemmer_length(s);
    return (const char *)r;
}

static int is_stemmed_kind(const ms_token *t)
{
    return t->kind == MS_TOK_WORD || t->kind == MS_TOK_HASHTAG;
}

/* Key id of a word: from the word cache, or stem it and look the stem up. */
static int word_key(mindset_scratch *s, ms_lang lang, const ms_token_info *ti, int32_t *key)
{
    const char *w = s->norm.data + ti->norm_off;
    ms_word_slot *slot = ms__word_cache_find(&s->words, ti->hash, w, ti->norm_len);
    if (slot && (slot->known & (1u << lang))) {
        *key = slot->key[lang];
        return 0;
    }
    size_t slen;
    const char *stem = ms__stem(s->stemmer[lang], w, ti->norm_len, &slen);
    if (!stem)
        return -1;
    *key = ms__strmap_get(&s->engine->lex[lang].keys, stem, slen);
    if (slot) {
        slot->key[lang] = *key;
        slot->known |= (uint8_t)(1u << lang);
    }
    return 0;
}

mindset_status ms__stem_tokens(mindset_scratch *s, ms_lang lang)
{
    const ms_lexicon *lex = &s->engine->lex[lang];
    for (size_t i = 0; i < s->tokens.count; i++) {
        const ms_token *t = &s->tokens.items[i];
        ms_token_info *ti = &s->info[i];
        if (i + PREFETCH_AHEAD < s->tokens.count)
            ms__word_cache_prefetch(&s->words, s->info[i + PREFETCH_AHEAD].hash);
        const char *w = s->norm.data + ti->norm_off;
        ti->key = -1;
        if (t->kind == MS_TOK_EMOJI || t->kind == MS_TOK_PUNCT ||
            t->kind == MS_TOK_NUMBER || t->kind == MS_TOK_CASHTAG)
            ti->key = ms__strmap_get_hashed(&lex->keys, ti->hash, w, ti->norm_len);
        else if (is_stemmed_kind(t) && ti->norm_len && word_key(s, lang, ti, &ti->key) != 0)
            return MINDSET_ERR_NOMEM;
    }
    return MINDSET_OK;
}
