/*
 * match.c - finds lexicon entries in the token stream.
 *
 * At each token the longest entry wins (entries are indexed by first key, longest first);
 * its tokens are consumed so nothing is counted twice. A term listed in several
 * categories yields one match per category over the same span. A hashtag is tried whole
 * first (#tbt); if its body is no entry, its CamelCase parts are matched like words.
 * Wildcards (klasgeno*) and exact words ("like", not stemmed) are tried on a word no
 * plain entry covers. A match that takes in a Dutch compound keyed by its last part
 * (compound.c) counts at MS_COMPOUND_WEIGHT.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define NO_ENTRY UINT32_MAX

/* Doubles the room for matches; kept out of line, as most posts never need it. */
static __attribute__((noinline)) mindset_status grow_matches(mindset_scratch *s)
{
    ms_match *v = ms__grow_array(s->matches, &s->capmatches, sizeof *v, 64);
    if (!v)
        return MINDSET_ERR_NOMEM;
    s->matches = v;
    return MINDSET_OK;
}

/* Whether the tokens from i on take the forms the phrase e asks of its words in quotes
   ("sign" up: "sign", not "signed"). */
static int forms_match(const mindset_scratch *s, const ms_lexicon *lex, const ms_entry *e,
                       size_t i)
{
    for (size_t k = 0; k < e->nwords; k++) {
        int32_t form = lex->forms[e->first_word + k];
        const ms_token_info *ti = &s->info[i + k];
        if (form >= 0 &&
            ms__strmap_get_hashed(&lex->form_ids, ti->hash, s->norm.data + ti->norm_off,
                                  ti->norm_len) != form)
            return 0;
    }
    return 1;
}

/* Does the phrase e, whose first word is token i's key, match the tokens from i on? */
static int phrase_matches(const mindset_scratch *s, const ms_lexicon *lex,
                          const ms_entry *e, size_t i)
{
    if (i + e->nwords > s->tokens.count)
        return 0;
    for (size_t k = 1; k < e->nwords; k++)
        if (s->info[i + k].key != lex->words[e->first_word + k])
            return 0;
    return !e->exact || forms_match(s, lex, e, i);
}

/* A match of entry k at token i, unless its category already has one here (seen).
   Inlined into its callers: it runs once per match, and the call cost a third of it. */
static inline __attribute__((always_inline)) mindset_status
match_entry(mindset_scratch *s, const ms_lexicon *lex, uint32_t k, size_t i, uint64_t *seen)
{
    const ms_entry *e = &lex->entries[k];
    if (*seen & (1ull << e->category))
        return MINDSET_OK;
    *seen |= 1ull << e->category;
    if (s->nmatches == s->capmatches && grow_matches(s) != MINDSET_OK)
        return MINDSET_ERR_NOMEM;
    s->matches[s->nmatches++] =
        (ms_match){.tok_start = (uint32_t)i,
                   .tok_end = (uint32_t)(i + e->nwords),
                   .entry = k,
                   .category = e->category,
                   .role = (uint8_t)s->engine->categories[e->category].role,
                   .weight = e->weight,
                   .multiplier = 1.0f};
    return MINDSET_OK;
}

/* Adds one match per category for every entry equal to the winning one. */
static mindset_status add_matches(mindset_scratch *s, const ms_lexicon *lex, uint32_t from,
                                  uint32_t to, uint32_t winner, size_t i)
{
    uint64_t seen = 0;
    const ms_entry *w = &lex->entries[winner];
    mindset_status st = MINDSET_OK;
    for (uint32_t k = from; k < to && st == MINDSET_OK; k++)
        if (k == winner || ms__same_words(lex, &lex->entries[k], w))
            st = match_entry(s, lex, k, i, &seen);
    return st;
}

/* Longest phrase (two words or more) starting with key at token i; NO_ENTRY if none.
   The pair filter turns most words away before any phrase is compared. */
static uint32_t longest_phrase(const mindset_scratch *s, const ms_lexicon *lex, int32_t key,
                               size_t i)
{
    uint32_t from = lex->first[key], to = lex->singles[key];
    if (from == to || i + 1 >= s->tokens.count)
        return NO_ENTRY; /* no phrase starts with key, or no word follows */
    int32_t next = s->info[i + 1].key;
    if (next < 0 ||
        !ms__bit(lex->phrase_pairs, ms__phrase_pair((uint32_t)key, (uint32_t)next)))
        return NO_ENTRY;
    for (uint32_t k = from; k < to; k++)
        if (phrase_matches(s, lex, &lex->entries[k], i))
            return k;
    return NO_ENTRY;
}

/* One match per category for the one-word entries [from, to) at token i: every one of
   them equals the word, and none of the phrases of its key does. */
static mindset_status add_word_matches(mindset_scratch *s, const ms_lexicon *lex,
                                       uint32_t from, uint32_t to, size_t i)
{
    uint64_t seen = 0;
    mindset_status st = MINDSET_OK;
    for (uint32_t k = from; k < to && st == MINDSET_OK; k++)
        st = match_entry(s, lex, k, i, &seen);
    return st;
}

/* The longest prefix of w that a wildcard starts, or w itself when it is an exact word.
   An exact word that is only a prefix of w ("like" in "likes") is passed over, so it
   never hides a shorter wildcard. */
int32_t ms__wildcard_prefix(const ms_lexicon *lex, const char *w, size_t n)
{
    uint32_t lengths = lex->prefix_lengths;
    size_t longest = n < 31 ? n : 31;
    if (n == 0)
        return -1;
    unsigned head = longest >= 3 ? ms__prefix_head(w) : 0;
    if (longest >= 3 && !ms__bit(lex->prefix_heads, head))
        longest = 2; /* no prefix of three bytes or more starts like w */
    if (longest == 2 && !ms__bit(lex->short_prefixes, ms__prefix_lead(w, 2)))
        longest = 1;
    if (longest == 1 && !ms__bit(lex->short_prefixes, ms__prefix_lead(w, 1)))
        return -1;
    for (size_t len = longest; len >= 1; len--) {
        if (!(lengths & (1u << len)))
            continue;
        if (len >= 3 && !ms__bit(lex->prefix_sizes, ms__prefix_size(head, len)))
            continue; /* no prefix of this length starts like w */
        int32_t id = ms__strmap_get(&lex->prefixes, w, len);
        if (id < 0)
            continue;
        unsigned kinds = lex->prefix_info[id].kinds;
        if ((kinds & MS_PREFIX_WILDCARD) || len == n)
            return id;
    }
    return -1;
}

/* One match per category for the wildcard and exact entries of prefix p at token i;
   exact entries only when the prefix is the whole word. */
static mindset_status add_prefix_matches(mindset_scratch *s, const ms_lexicon *lex,
                                         int32_t p, size_t i)
{
    int whole = lex->prefix_info[p].len == s->info[i].norm_len;
    uint64_t seen = 0;
    mindset_status st = MINDSET_OK;
    for (uint32_t k = lex->wfirst[p]; k < lex->wfirst[p + 1] && st == MINDSET_OK; k++)
        if (whole || !lex->entries[k].exact)
            st = match_entry(s, lex, k, i, &seen);
    return st;
}

/* Past the tokens [i, end) and the parts of any hashtag among them. */
static size_t skip_consumed(const mindset_scratch *s, size_t i, size_t end)
{
    int had_hashtag = 0;
    for (size_t k = i; k < end; k++)
        had_hashtag |= s->tokens.items[k].kind == MS_TOK_HASHTAG;
    while (had_hashtag && end < s->tokens.count &&
           (s->tokens.items[end].flags & MS_TF_HASHPART))
        end++;
    return end;
}

/* Whether some plain entry starts with key (-1: none does). */
static inline int starts_entry(const ms_lexicon *lex, int32_t key)
{
    return key >= 0 && ms__bit(lex->entry_keys, (unsigned)key);
}

/* Matches at token i; returns the index of the next token to look at. The longest entry
   wins: a phrase, else the word itself (a hashtag only whole), else a wildcard or exact
   word. */
static size_t match_at(mindset_scratch *s, const ms_lexicon *lex, size_t i,
                       mindset_status *st)
{
    const ms_token *t = &s->tokens.items[i];
    int32_t key = s->info[i].key;
    if (starts_entry(lex, key)) {
        uint32_t k = t->kind == MS_TOK_HASHTAG ? NO_ENTRY : longest_phrase(s, lex, key, i);
        if (k != NO_ENTRY) {
            *st = add_matches(s, lex, lex->first[key], lex->first[key + 1], k, i);
            return skip_consumed(s, i, i + lex->entries[k].nwords);
        }
        if (lex->singles[key] < lex->first[key + 1]) {
            *st = add_word_matches(s, lex, lex->singles[key], lex->first[key + 1], i);
            return t->kind == MS_TOK_HASHTAG ? skip_consumed(s, i, i + 1) : i + 1;
        }
    }
    if (t->kind != MS_TOK_WORD)
        return i + 1;
    int32_t p = s->info[i].prefix;
    if (p >= 0)
        *st = add_prefix_matches(s, lex, p, i);
    return i + 1;
}

static int token_ignored(const mindset_scratch *s, size_t i, const mindset_request *req)
{
    const char *w = s->norm.data + s->info[i].norm_off;
    size_t n = s->info[i].norm_len;
    for (size_t k = 0; k < req->ignore_count; k++)
        if (ms__word_is(w, n, req->ignore[k]))
            return 1;
    return 0;
}

/* Drops the matches that contain a word the request says to ignore. */
static void drop_ignored(mindset_scratch *s, const mindset_request *req)
{
    size_t kept = 0;
    for (size_t m = 0; m < s->nmatches; m++) {
        const ms_match *mt = &s->matches[m];
        int ignored = 0;
        for (uint32_t t = mt->tok_start; t < mt->tok_end && !ignored; t++)
            ignored = token_ignored(s, t, req);
        if (!ignored)
            s->matches[kept++] = *mt;
    }
    s->nmatches = kept;
}

/* Weighs down the matches that take in a compound token. Both lists are in token order
   (matches by their first token, and no two spans overlap unless they are the same), so
   one walk over each does it. */
static void weigh_compounds(mindset_scratch *s)
{
    size_t c = 0;
    for (size_t m = 0; m < s->nmatches; m++) {
        ms_match *mt = &s->matches[m];
        while (c < s->ncompounds && s->compounds[c].token < mt->tok_start)
            c++;
        if (c == s->ncompounds)
            return;
        const ms_compound *cp = &s->compounds[c];
        if (cp->token >= mt->tok_end)
            continue;
        mt->weight *= MS_COMPOUND_WEIGHT;
        mt->head = cp->head;
        mt->head_token = (uint8_t)(cp->token - mt->tok_start);
    }
}

/* The first token from i on at which an entry may start: one whose key starts a plain
   entry, or a word with a wildcard prefix. Most tokens have neither: no key, or the key
   of a phrase's later word or of a label model word only. */
static size_t next_candidate(const ms_lexicon *lex, const ms_token_info *info, size_t i,
                             size_t n)
{
    while (i < n && info[i].prefix < 0 && !starts_entry(lex, info[i].key))
        i++;
    return i;
}

mindset_status ms__match_tokens(mindset_scratch *s, ms_lang lang,
                                const mindset_request *req)
{
    const ms_lexicon *lex = &s->engine->lex[lang];
    mindset_status st = MINDSET_OK;
    size_t n = s->tokens.count;
    s->nmatches = 0;
    if (!lex->first)
        return MINDSET_OK;
    for (size_t i = next_candidate(lex, s->info, 0, n); i < n && st == MINDSET_OK;
         i = next_candidate(lex, s->info, i, n)) {
        /* A word with a wildcard prefix only: what match_at would end in, taken here
           without the call (1 to 2 % of scoring time when match_at did it). */
        if (!starts_entry(lex, s->info[i].key)) {
            st = add_prefix_matches(s, lex, s->info[i].prefix, i);
            i++;
        } else {
            i = match_at(s, lex, i, &st);
        }
    }
    if (s->ncompounds)
        weigh_compounds(s);
    if (st == MINDSET_OK && req && req->ignore_count)
        drop_ignored(s, req);
    return st;
}
