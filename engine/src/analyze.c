/*
 * analyze.c - runs the pipeline for one post: validate, tokenise, normalise, detect the
 * language, stem, match, apply context, score, judge. Owns the per-thread scratch.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

const char *ms__lang_name(ms_lang lang)
{
    static const char *const names[] = {"unknown", "en", "nl"};
    return lang < MS_LANG_COUNT ? names[lang] : "unknown";
}

mindset_status mindset_lang_parse(const char *code, mindset_lang *out)
{
    if (!code || !out)
        return MINDSET_ERR_USAGE;
    if (strcmp(code, "auto") == 0)
        *out = MINDSET_LANG_AUTO;
    else if (strcmp(code, "en") == 0)
        *out = MINDSET_LANG_EN;
    else if (strcmp(code, "nl") == 0)
        *out = MINDSET_LANG_NL;
    else
        return MINDSET_ERR_LANG;
    return MINDSET_OK;
}

mindset_status mindset_scratch_new(const mindset_engine *engine, mindset_scratch **out)
{
    if (!engine || !out)
        return MINDSET_ERR_USAGE;
    *out = NULL;
    mindset_scratch *s = calloc(1, sizeof *s);
    if (!s)
        return MINDSET_ERR_NOMEM;
    s->engine = engine;
    /* A largest post of one-byte tokens takes eight bytes per token (MS_NORM_SPAN), and
       folding may lengthen text: room for both, with the margin ms__normalize_tokens
       reads as "too big" rather than "out of memory". */
    s->norm.limit = 24u * MINDSET_MAX_POST_BYTES;
    if (ms__word_cache_init(&s->words) != 0 || ms__fold_cache_init(&s->folds) != 0) {
        mindset_scratch_free(s);
        return MINDSET_ERR_NOMEM;
    }
    for (int l = MS_LANG_EN; l < MS_LANG_COUNT; l++) {
        mindset_status st = ms__stemmer_new((ms_lang)l, &s->stemmer[l]);
        if (st != MINDSET_OK) {
            mindset_scratch_free(s);
            return st;
        }
    }
    *out = s;
    return MINDSET_OK;
}

void mindset_scratch_warm(mindset_scratch *s)
{
    if (!s)
        return;
    if (s->words.slots && ms__word_cache_grow(&s->words) == 0)
        ms__touch_pages(s->words.slots,
                        MS_WORD_CACHE_SETS * MS_WORD_CACHE_WAYS * sizeof *s->words.slots);
    if (s->folds.slots)
        ms__touch_pages(s->folds.slots, MS_FOLD_CACHE_SLOTS * sizeof *s->folds.slots);
}

void mindset_scratch_free(mindset_scratch *s)
{
    if (!s)
        return;
    for (int l = 0; l < MS_LANG_COUNT; l++)
        ms__stemmer_free(s->stemmer[l]);
    ms__word_cache_free(&s->words);
    ms__fold_cache_free(&s->folds);
    ms__token_list_free(&s->tokens);
    free(s->model_seen);
    free(s->info);
    ms__buf_free(&s->norm);
    free(s->matches);
    free(s->compounds);
    mindset_result_free(s->spare);
    free(s);
}

static int grow_info(mindset_scratch *s, size_t n)
{
    if (n <= s->capinfo)
        return 0;
    size_t cap = s->capinfo ? s->capinfo : 256;
    while (cap < n)
        cap *= 2;
    ms_token_info *v = realloc(s->info, cap * sizeof *v);
    if (!v)
        return -1;
    s->info = v;
    s->capinfo = cap;
    return 0;
}

/* Start of the text to fold: a hashtag's body without '#' or fullwidth '＃'. */
static size_t fold_start(const char *text, const ms_token *t)
{
    if (t->kind == MS_TOK_HASHTAG)
        return t->start + ((unsigned char)text[t->start] == '#' ? 1 : 3);
    return t->start;
}

static int is_folded_kind(int kind)
{
    return kind == MS_TOK_WORD || kind == MS_TOK_HASHTAG || kind == MS_TOK_EMOJI ||
           kind == MS_TOK_NUMBER || kind == MS_TOK_PUNCT || kind == MS_TOK_CASHTAG;
}

/* Ends the folded token that started at off with NUL bytes up to MS_NORM_SPAN. */
static int pad_token(ms_buf *norm, size_t off)
{
    static const char zeros[8];
    size_t n = norm->len - off;
    return ms__buf_append(norm, zeros, MS_NORM_SPAN(n) - n);
}

/* Folds one token onto the end of scratch->norm, NUL-padded to MS_NORM_SPAN, and sets
   its span and hash. Plain ASCII folds to the same length, so when the reserved room
   holds it, it is lower-cased, padded and hashed in one pass without a check per byte;
   eight-byte loads may read on into the text, up to its end. */
static mindset_status fold_token(mindset_scratch *s, const char *text, size_t len,
                                 const ms_token *t, ms_token_info *ti)
{
    ti->norm_off = (uint32_t)s->norm.len;
    if (!is_folded_kind(t->kind)) {
        ti->norm_len = 0;
        ti->hash = ms__hash_bytes(NULL, 0);
        return pad_token(&s->norm, s->norm.len) == 0 ? MINDSET_OK : MINDSET_ERR_NOMEM;
    }
    size_t from = fold_start(text, t), n = t->end - from;
    int ascii = (t->flags & MS_TF_ASCII) != 0;
    if (ascii && s->norm.cap - s->norm.len > MS_NORM_SPAN(n)) {
        char *dst = s->norm.data + s->norm.len;
        if (len - from >= ((n + 7) & ~(size_t)7))
            ti->hash = ms__fold_ascii_hash_padded(text + from, n, dst);
        else {
            ti->hash = ms__fold_ascii_hash(text + from, n, dst);
            memset(dst + n, 0, MS_NORM_SPAN(n) - n);
        }
        s->norm.len += MS_NORM_SPAN(n);
        ti->norm_len = (uint32_t)n;
        return MINDSET_OK;
    }
    int failed = (ascii ? ms__normalize(text + from, n, 1, &s->norm)
                        : ms__normalize_cached(&s->folds, text + from, n, &s->norm)) != 0;
    ti->norm_len = (uint32_t)(s->norm.len - ti->norm_off);
    if (failed || pad_token(&s->norm, ti->norm_off) != 0)
        return s->norm.len >= s->norm.limit / 2 ? MINDSET_ERR_TOO_BIG : MINDSET_ERR_NOMEM;
    ti->hash = ms__hash_bytes(s->norm.data + ti->norm_off, ti->norm_len);
    return MINDSET_OK;
}

/* Takes the folded form the tokenizer left in scratch->norm for a plain word at *off,
   and moves *off past it to where the next such word starts. */
static void take_folded(const ms_token *t, ms_token_info *ti, uint32_t *off)
{
    uint32_t n = t->end - t->start;
    ti->norm_off = *off;
    ti->norm_len = n;
    ti->hash = t->hash;
    *off += (uint32_t)MS_NORM_SPAN(n);
}

/* Folds every token the tokenizer did not fold onto the end of scratch->norm, each
   eight-aligned and NUL-padded. Room for all tokens at their own length is reserved once
   (a hashtag's parts repeat its body, so twice the text, and up to eight bytes of padding
   per token); tokens that fold longer grow the buffer. As soon as a word's hash is known,
   its word-cache set starts loading: the lookup comes after language detection, by which
   time the set is near the core (a lookup that waited on memory was a fifth of the
   scoring time on the 200k-post reference corpus). */
mindset_status ms__normalize_tokens(mindset_scratch *s, const char *text, size_t len)
{
    size_t count = s->tokens.count;
    if (grow_info(s, count) != 0)
        return MINDSET_ERR_NOMEM;
    size_t room = 2 * len + 8 * count;
    if (ms__buf_reserve(&s->norm, room) != 0)
        return room >= s->norm.limit / 2 ? MINDSET_ERR_TOO_BIG : MINDSET_ERR_NOMEM;
    uint32_t folded_off = 0; /* the tokenizer's folded words come first, in token order */
    for (size_t i = 0; i < count; i++) {
        const ms_token *t = &s->tokens.items[i];
        if (t->flags & MS_TF_FOLDED)
            take_folded(t, &s->info[i], &folded_off);
        else {
            mindset_status st = fold_token(s, text, len, t, &s->info[i]);
            if (st != MINDSET_OK)
                return st;
        }
        if (t->kind == MS_TOK_WORD || t->kind == MS_TOK_HASHTAG)
            ms__word_cache_prefetch(&s->words, s->info[i].hash);
    }
    return MINDSET_OK;
}

static mindset_status utf8_error(const char *text, size_t len, size_t bad,
                                 mindset_error *err)
{
    int line, col;
    ms__line_col(text, len, bad, &line, &col);
    ms__error_set(err, "", line, col, "invalid UTF-8 byte 0x%02x at byte %zu",
                  (unsigned char)text[bad], bad);
    if (err)
        err->offset = (long)bad;
    return MINDSET_ERR_UTF8;
}

/* Tokenizes the post into scratch->tokens, folding plain words and punctuation runs
   into scratch->norm on the way (room for all of them is reserved first; see
   ms__tokenize_folding). */
static mindset_status tokenize_post(mindset_scratch *s, const char *text, size_t len,
                                    mindset_error *err)
{
    s->norm.len = 0;
    size_t room = 8 * len + 16;
    if (ms__buf_reserve(&s->norm, room) != 0)
        return room >= s->norm.limit / 2 ? MINDSET_ERR_TOO_BIG : MINDSET_ERR_NOMEM;
    ms_fold_sink sink = {s->norm.data, 0, s->norm.cap};
    ms_tokenize_status st = ms__tokenize_folding(text, len, &s->tokens, &sink);
    s->norm.len = sink.len;
    switch (st) {
    case MS_TOKENIZE_OK: return MINDSET_OK;
    case MS_TOKENIZE_TOO_MANY:
        ms__error_set(err, "", 0, 0, "post has more than %u tokens", MS_MAX_TOKENS);
        return MINDSET_ERR_TOO_BIG;
    default: return MINDSET_ERR_NOMEM;
    }
}

static ms_lang choose_lang(const mindset_scratch *s, const char *text,
                           const mindset_request *req)
{
    if (req && req->lang == MINDSET_LANG_EN)
        return MS_LANG_EN;
    if (req && req->lang == MINDSET_LANG_NL)
        return MS_LANG_NL;
    return ms__detect_lang(s);
}

/* Stages up to and including context rules. *lang gets the detected language. */
static mindset_status run_stages(mindset_scratch *s, const char *text, size_t len,
                                 const mindset_request *req, ms_lang *lang,
                                 mindset_error *err)
{
    size_t bad = req && req->utf8_checked ? len : ms__utf8_invalid_at(text, len);
    if (bad < len)
        return utf8_error(text, len, bad, err);
    mindset_status st = tokenize_post(s, text, len, err);
    if (st == MINDSET_OK)
        st = ms__normalize_tokens(s, text, len);
    if (st != MINDSET_OK)
        return st;
    *lang = choose_lang(s, text, req);
    ms_lang lex = *lang == MS_LANG_UNKNOWN ? MS_LANG_EN : *lang; /* emoji are in both */
    st = ms__stem_tokens(s, lex);
    if (st == MINDSET_OK)
        st = ms__match_tokens(s, lex, req);
    if (st == MINDSET_OK && ms__apply_context(s, text) != 0)
        st = MINDSET_ERR_NOMEM;
    return st;
}

static mindset_status find_network(const mindset_engine *e, const char *name,
                                   const ms_network **net, mindset_error *err)
{
    *net = ms__network_find(e, name);
    if (*net)
        return MINDSET_OK;
    ms__error_set(err, "", 0, 0, "unknown network '%s' (see 'mindset networks')", name);
    return MINDSET_ERR_NETWORK;
}

static mindset_status check_request(const mindset_engine *e, const mindset_request *req,
                                    const ms_network **net, mindset_error *err)
{
    *net = NULL;
    mindset_status st = ms__rules_check(req, err);
    if (st != MINDSET_OK || !req || !req->network)
        return st;
    return find_network(e, req->network, net, err);
}

/* The network named at place i of a request: the one found there for the last post when
   the name is its own, else looked up and kept for the next post. */
static mindset_status request_network(mindset_scratch *s, size_t i, const char *name,
                                      const ms_network **net, mindset_error *err)
{
    const ms_network *recent = i < MS_RECENT_NETWORKS ? s->recent_networks[i] : NULL;
    if (recent && strcmp(recent->name, name) == 0) {
        *net = recent;
        return MINDSET_OK;
    }
    mindset_status st = find_network(s->engine, name, net, err);
    if (st == MINDSET_OK && i < MS_RECENT_NETWORKS)
        s->recent_networks[i] = *net;
    return st;
}

/* Resolves request.networks into the result, for ms__judge_networks. */
static mindset_status resolve_networks(mindset_scratch *s, const mindset_request *req,
                                       mindset_result *r, mindset_error *err)
{
    size_t n = req ? req->network_count : 0;
    if (n == 0)
        return MINDSET_OK;
    if (n > r->capverdicts) {
        free(r->verdict_networks);
        free(r->verdicts);
        r->capverdicts = 0;
        r->verdict_networks = calloc(n, sizeof *r->verdict_networks);
        r->verdicts = calloc(n, sizeof *r->verdicts);
        if (!r->verdict_networks || !r->verdicts)
            return MINDSET_ERR_NOMEM;
        r->capverdicts = n;
    }
    for (size_t i = 0; i < n; i++) {
        mindset_status st =
            request_network(s, i, req->networks[i], &r->verdict_networks[i], err);
        if (st != MINDSET_OK)
            return st;
    }
    r->nverdicts = n;
    return MINDSET_OK;
}

/* An empty result: the one recycled into the scratch, or a new one. */
static mindset_result *new_result(mindset_scratch *s)
{
    mindset_result *r = s->spare;
    if (!r)
        return calloc(1, sizeof *r);
    s->spare = NULL;
    return r;
}

mindset_status mindset_analyze(mindset_scratch *s, const char *text, size_t len,
                               const mindset_request *req, mindset_result **out,
                               mindset_error *err)
{
    if (!s || !out || (!text && len))
        return MINDSET_ERR_USAGE;
    *out = NULL;
    if (!text)
        text = "";
    const ms_network *net;
    mindset_status st = check_request(s->engine, req, &net, err);
    if (st != MINDSET_OK)
        return st;
    if (len > MINDSET_MAX_POST_BYTES) {
        ms__error_set(err, "", 0, 0, "post of %zu bytes exceeds the limit of %u bytes", len,
                      MINDSET_MAX_POST_BYTES);
        return MINDSET_ERR_TOO_BIG;
    }
    ms_lang lang = MS_LANG_UNKNOWN;
    st = run_stages(s, text, len, req, &lang, err);
    mindset_result *r = st == MINDSET_OK ? new_result(s) : NULL;
    if (st == MINDSET_OK && !r)
        st = MINDSET_ERR_NOMEM;
    if (r) {
        r->engine = s->engine;
        r->lang = lang;
        r->network = net;
        r->disable = req ? req->disable : NULL;
        r->ndisable = req ? req->disable_count : 0;
        st = resolve_networks(s, req, r, err);
        if (st == MINDSET_OK)
            st = ms__score(s, r);
        if (st == MINDSET_OK)
            st = ms__label_model(s, lang == MS_LANG_UNKNOWN ? MS_LANG_EN : lang,
                                 req && req->keep_trace, r);
        int findings = !(req && req->figures_only);
        if (st == MINDSET_OK && findings)
            st = ms__verdict(r, text, len);
        if (st == MINDSET_OK && findings)
            st = ms__checklist(s, text, len, r);
        ms__conclude(r, findings);
        ms__judge_networks(r);
        if (st == MINDSET_OK && req && req->keep_trace)
            st = ms__trace_keep(s, lang, r);
        r->disable = NULL; /* the request's names are the caller's, not the result's */
        r->ndisable = 0;
    }
    if (st != MINDSET_OK) {
        mindset_result_recycle(s, r);
        if (st == MINDSET_ERR_NOMEM)
            ms__error_set(err, "", 0, 0, "out of memory");
        return st;
    }
    *out = r;
    return MINDSET_OK;
}
