/*
 * stem.c - Snowball stemming (english / dutch) and the per-token key lookup.
 *
 * Each scratch owns its stemmers (libstemmer objects are not thread-safe); the key of a
 * word goes into the scratch's word cache (word_cache.c), so a frequent word is stemmed
 * once per thread, not once per occurrence.
 */
#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* A language's Snowball stemmer twice: the UTF-8 build for any word, and the ISO-8859-1
   build for pure ASCII words, the common case. Both are generated from the same Snowball
   source; on ASCII input they differ only in how they decode a character, and the
   single-byte one does that without a multi-byte decoder (about 15 % less time per word;
   the stems were equal for every ASCII word of the Snowball english and dutch test
   vocabularies and of the reference corpus). */
struct ms_stemmer {
    struct sb_stemmer *utf8, *latin1;
    const ms_stem_table *table; /* stems worked out at build time, or NULL */
    ms_lang lang;
};

mindset_status ms__stemmer_new(ms_lang lang, ms_stemmer **out)
{
    const char *algorithm = lang == MS_LANG_EN   ? "english"
                            : lang == MS_LANG_NL ? "dutch"
                                                 : NULL;
    *out = NULL;
    if (!algorithm)
        return MINDSET_ERR_STEMMER;
    ms_stemmer *s = calloc(1, sizeof *s);
    if (!s)
        return MINDSET_ERR_NOMEM;
    s->utf8 = sb_stemmer_new(algorithm, "UTF_8");
    s->latin1 = sb_stemmer_new(algorithm, "ISO_8859_1");
    if (!s->utf8 || !s->latin1) {
        ms__stemmer_free(s);
        return MINDSET_ERR_STEMMER;
    }
    s->lang = lang;
    s->table = ms__stem_table_for(lang, s);
    *out = s;
    return MINDSET_OK;
}

void ms__stemmer_free(ms_stemmer *s)
{
    if (!s)
        return;
    if (s->utf8)
        sb_stemmer_delete(s->utf8);
    if (s->latin1)
        sb_stemmer_delete(s->latin1);
    free(s);
}

/* Dutch writes the plural and the possessive of a word that ends in a vowel with "'s"
   (oma's, auto's, baby's, risico's): that word is stemmed without it, as English
   Snowball does itself. Dutch Snowball keeps the apostrophe ("oma'"), so those forms
   never reached the entry for the word. */
static size_t without_dutch_s(const ms_stemmer *s, const char *word, size_t n)
{
    if (s->lang == MS_LANG_NL && n > 2 && word[n - 2] == '\'' && word[n - 1] == 's')
        return n - 2;
    return n;
}

size_t ms__stem_input_len(const ms_stemmer *s, const char *w, size_t n)
{
    return without_dutch_s(s, w, n);
}

const char *ms__stem(ms_stemmer *s, const char *word, size_t n, size_t *out_len)
{
    if (!s) {
        *out_len = n;
        return word;
    }
    n = without_dutch_s(s, word, n);
    if (s->table) {
        const char *known = ms__stem_table_find(s->table, word, n, out_len);
        if (known)
            return known;
    }
    return ms__stem_plain(s, word, n, out_len);
}

const char *ms__stem_plain(ms_stemmer *s, const char *word, size_t n, size_t *out_len)
{
    struct sb_stemmer *sb = ms__all_ascii(word, n) ? s->latin1 : s->utf8;
    const sb_symbol *r = sb_stemmer_stem(sb, (const sb_symbol *)word, (int)n);
    if (!r) {
        *out_len = 0;
        return NULL;
    }
    *out_len = (size_t)sb_stemmer_length(sb);
    return (const char *)r;
}

/* Whether some key of the lexicon begins with w[0..n) (or may: the bits are hashed). */
static int may_start_key(const ms_lexicon *lex, const char *w, size_t n)
{
    if (n == 0 || !lex->key_starts)
        return 1;
    unsigned bit = ms__key_start_bit(w, n);
    return lex->key_starts[bit >> 3] >> (bit & 7) & 1;
}

/* The stem begins with the first ms__stem_kept bytes of the word, so when no key begins
   like those the word has no key, and when the stem is the word itself it is looked up
   as it is: either way without calling Snowball, which most words a corpus shows once
   never need. */
int32_t ms__key_of(ms_stemmer *st, const ms_lexicon *lex, const char *w, size_t n)
{
    size_t bare = st ? without_dutch_s(st, w, n) : n;
    bool same;
    size_t kept = st ? ms__stem_kept(st->lang, w, bare, &same) : 0;
    if (kept && same)
        return ms__strmap_get(&lex->keys, w, bare);
    if (kept && !may_start_key(lex, w, kept))
        return -1;
    size_t slen;
    const char *stem = ms__stem(st, w, n, &slen);
    return stem ? ms__strmap_get(&lex->keys, stem, slen) : -2;
}

/* What the pipeline needs of a word in one language: its key id (stem it and look the
   stem up), its wildcard prefix id (which matching uses for plain words only) and, for a
   Dutch word that has neither, the key of its last part when it is a compound. */
static int learn_word(mindset_scratch *s, ms_lang lang, const char *w, size_t n,
                      int32_t *key, int32_t *prefix, uint8_t *head)
{
    const ms_lexicon *lex = &s->engine->lex[lang];
    *head = 0;
    *key = ms__key_of(s->stemmer[lang], lex, w, n);
    if (*key == -2)
        return -1;
    *prefix = lex->prefix_lengths ? ms__wildcard_prefix(lex, w, n) : -1;
    if (lang == MS_LANG_NL && *key == -1 && *prefix == -1) {
        size_t at;
        *key = ms__compound_key(s->engine, s->stemmer[lang], lex, w, n, &at);
        *head = (uint8_t)at;
    }
    return *key == -2 ? -1 : 0;
}

/* Lists token i as keyed by the last part of a compound, from byte head on. */
static __attribute__((noinline)) int note_compound(mindset_scratch *s, size_t i,
                                                   uint8_t head)
{
    if (s->ncompounds == s->capcompounds) {
        ms_compound *v =
            ms__grow_array(s->compounds, &s->capcompounds, sizeof *s->compounds, 16);
        if (!v)
            return -1;
        s->compounds = v;
    }
    s->compounds[s->ncompounds++] = (ms_compound){.token = (uint32_t)i, .head = head};
    return 0;
}

/* The label model word of key in lex: 1 + its index, or 0. */
static uint32_t model_of(const ms_lexicon *lex, int32_t key)
{
    return key >= 0 && lex->has_model ? lex->model_index[key] : 0;
}

/* Key and prefix ids of word token i (both set), whether it is elongated and its label
   model word (*model): from the word cache, or learnt and cached. */
static int word_ids(mindset_scratch *s, ms_lang lang, size_t i, uint32_t *model)
{
    ms_token_info *ti = &s->info[i];
    const char *w = s->norm.data + ti->norm_off;
    ms_word_slot *slot = ms__word_cache_find(&s->words, ti->hash, w, ti->norm_len);
    int at = ms__word_lang(lang);
    if (slot && (slot->known & (1u << lang))) {
        ti->key = slot->key[at];
        ti->prefix = slot->prefix[at];
        *model = slot->model[at];
        ti->elongated = (slot->known & MS_WORD_ELONGATED) != 0;
        return slot->head && lang == MS_LANG_NL ? note_compound(s, i, slot->head) : 0;
    }
    uint8_t head;
    if (learn_word(s, lang, w, ti->norm_len, &ti->key, &ti->prefix, &head) != 0)
        return -1;
    ti->elongated = ms__is_elongated(w, ti->norm_len);
    *model = model_of(&s->engine->lex[lang], ti->key);
    if (slot) {
        slot->key[at] = ti->key;
        slot->prefix[at] = ti->prefix;
        slot->model[at] = *model;
        if (lang == MS_LANG_NL)
            slot->head = head;
        slot->known |= (uint8_t)(1u << lang | (ti->elongated ? MS_WORD_ELONGATED : 0));
    }
    return head ? note_compound(s, i, head) : 0;
}

/* The key of a number that no entry names as written: the key of its shape ("{n}%" in a
   lexicon, ms__number_shape), or -1. */
static int32_t shape_key(const ms_lexicon *lex, const char *number, size_t n)
{
    char shape[MS_NUMBER_SHAPE_MAX];
    if (n > sizeof shape)
        return -1;
    return ms__strmap_get(&lex->keys, shape, ms__number_shape(number, n, shape));
}

mindset_status ms__stem_tokens(mindset_scratch *s, ms_lang lang)
{
    const ms_lexicon *lex = &s->engine->lex[lang];
    s->ncompounds = 0;
    if (ms__model_forget(s, lex) != 0)
        return MINDSET_ERR_NOMEM;
    for (size_t i = 0; i < s->tokens.count; i++) {
        const ms_token *t = &s->tokens.items[i];
        ms_token_kind kind = t->kind;
        ms_token_info *ti = &s->info[i];
        ti->elongated = 0;
        switch (kind) {
        case MS_TOK_WORD:
        case MS_TOK_HASHTAG: {
            uint32_t model;
            if (ti->norm_len == 0)
                break;
            if (word_ids(s, lang, i, &model) != 0)
                return MINDSET_ERR_NOMEM;
            if (kind == MS_TOK_HASHTAG)
                ti->prefix = -1; /* wildcards match plain words only */
            if (model && !(t->flags & MS_TF_HASHPART))
                ms__model_note(s, model - 1, i);
            continue;
        }
        case MS_TOK_EMOJI:
        case MS_TOK_PUNCT:
        case MS_TOK_NUMBER:
        case MS_TOK_CASHTAG:
            ti->key = ms__strmap_get_hashed(&lex->keys, ti->hash,
                                            s->norm.data + ti->norm_off, ti->norm_len);
            if (ti->key < 0 && kind == MS_TOK_NUMBER && lex->number_shapes)
                ti->key = shape_key(lex, s->norm.data + ti->norm_off, ti->norm_len);
            ti->prefix = -1;
            if (kind == MS_TOK_EMOJI) {
                uint32_t model = model_of(lex, ti->key);
                if (model)
                    ms__model_note(s, model - 1, i);
            }
            continue;
        default: break;
        }
        ti->key = -1;
        ti->prefix = -1;
    }
    return MINDSET_OK;
}
