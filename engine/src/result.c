/*
 * result.c - the analysis result: findings, the verdict, accessors, the trace kept for
 * explain, and freeing. A result copies what it needs from the scratch, so the scratch
 * can analyse the next post while the result is still in use.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static char *dup_str(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d)
        memcpy(d, s, n);
    return d;
}

static int grow_findings(mindset_result *r)
{
    if (r->nfindings < r->capfindings)
        return 0;
    size_t cap = r->capfindings ? r->capfindings * 2 : 8;
    ms_finding_store *v = realloc(r->store, cap * sizeof *v);
    if (!v)
        return -1;
    r->store = v;
    mindset_finding *f = realloc(r->findings, cap * sizeof *f);
    if (!f)
        return -1;
    r->findings = f;
    r->capfindings = cap;
    return 0;
}

mindset_status ms__finding_add(mindset_result *r, const char *rule, mindset_severity sev,
                               const char *message, const char *text, size_t len,
                               size_t start, size_t end, int affects_verdict)
{
    if (ms__rule_disabled(r, rule))
        return MINDSET_OK;
    if (grow_findings(r) != 0)
        return MINDSET_ERR_NOMEM;
    ms_finding_store *f = &r->store[r->nfindings];
    memset(f, 0, sizeof *f);
    f->rule = dup_str(rule);
    f->message = dup_str(message);
    if (!f->rule || !f->message) {
        free(f->rule);
        free(f->message);
        return MINDSET_ERR_NOMEM;
    }
    f->severity = sev;
    f->start = start;
    f->end = end;
    f->affects_verdict = affects_verdict;
    f->order = (int)r->nfindings;
    ms__line_col(text, len, start, &f->line, &f->column);
    ms__line_col(text, len, end, &f->end_line, &f->end_column);
    r->nfindings++;
    return MINDSET_OK;
}

size_t ms__post_start(const char *text, size_t len)
{
    size_t i = 0;
    while (i < len &&
           (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n'))
        i++;
    return i < len ? i : 0;
}

/* Findings in text order, those about the whole post (no width) first among those that
   start at one place, ties in the order found. */
static int compare_findings(const void *a, const void *b)
{
    const ms_finding_store *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    int x_word = x->end > x->start, y_word = y->end > y->start;
    if (x_word != y_word)
        return x_word - y_word;
    return x->order < y->order ? -1 : x->order > y->order;
}

/* Public views point into the store; built once the store stops moving. */
static void publish_findings(mindset_result *r)
{
    if (r->nfindings > 1)
        qsort(r->store, r->nfindings, sizeof *r->store, compare_findings);
    for (size_t i = 0; i < r->nfindings; i++) {
        const ms_finding_store *f = &r->store[i];
        r->findings[i] =
            (mindset_finding){f->rule, f->severity, f->message,  f->start,     f->end,
                              f->line, f->column,   f->end_line, f->end_column};
    }
}

void ms__conclude(mindset_result *r, int findings)
{
    publish_findings(r);
    if (!r->network) {
        r->verdict = NULL;
        return;
    }
    if (!findings) {
        r->verdict = ms__verdict_for(r, r->network);
        return;
    }
    int worst = -1;
    for (size_t i = 0; i < r->nfindings; i++)
        if (r->store[i].affects_verdict && (int)r->store[i].severity > worst)
            worst = (int)r->store[i].severity;
    r->verdict = worst == MINDSET_SEVERITY_ERROR     ? "misfit"
                 : worst == MINDSET_SEVERITY_WARNING ? "borderline"
                                                     : "fit";
}

void ms__judge_networks(mindset_result *r)
{
    for (size_t i = 0; i < r->nverdicts; i++)
        r->verdicts[i] = ms__verdict_for(r, r->verdict_networks[i]);
}

static void free_trace(mindset_result *r)
{
    for (size_t i = 0; i < r->ntrace; i++) {
        free(r->trace[i].norm);
        free(r->trace[i].stem);
    }
    free(r->trace);
    free(r->trace_matches);
}

static void free_finding_texts(mindset_result *r)
{
    for (size_t i = 0; i < r->nfindings; i++) {
        free(r->store[i].rule);
        free(r->store[i].message);
    }
}

void mindset_result_free(mindset_result *r)
{
    if (!r)
        return;
    free_finding_texts(r);
    free(r->store);
    free(r->findings);
    free(r->verdict_networks);
    free(r->verdicts);
    for (size_t t = 0; t < MS_TYPE_COUNT; t++)
        free(r->types[t].spans);
    free_trace(r);
    free(r);
}

/* What a cleared result keeps besides its spans: the arrays, each with its capacity. */
typedef struct {
    ms_finding_store *store;
    mindset_finding *findings;
    size_t capfindings;
    const ms_network **verdict_networks;
    const char **verdicts;
    size_t capverdicts;
} kept_arrays;

/* Zeroes r but for two arrays that are most of its bytes. Of the categories only those
   its engine has are cleared: the others are never written (a match names a category of
   the engine), so they are still zero from calloc. Each content type keeps its spans
   array and capacity. */
static void zero_result(mindset_result *r)
{
    _Static_assert(offsetof(mindset_result, categories) < offsetof(mindset_result, types),
                   "the regions below are in member order");
    char *base = (char *)r;
    size_t categories = offsetof(mindset_result, categories),
           categories_end = categories + sizeof r->categories,
           types = offsetof(mindset_result, types), types_end = types + sizeof r->types;
    size_t used = r->engine ? (size_t)r->engine->ncategories : MS_MAX_CATEGORIES;
    memset(base, 0, categories);
    memset(r->categories, 0, used * sizeof r->categories[0]);
    memset(base + categories_end, 0, types - categories_end);
    for (size_t t = 0; t < MS_TYPE_COUNT; t++)
        r->types[t] =
            (ms_type_score){.spans = r->types[t].spans, .capspans = r->types[t].capspans};
    memset(base + types_end, 0, sizeof *r - types_end);
}

/* Empties r for another post, keeping the arrays it has grown. */
static void clear_result(mindset_result *r)
{
    free_finding_texts(r);
    if (r->trace || r->trace_matches) /* only explain keeps a trace */
        free_trace(r);
    kept_arrays k = {.store = r->store,
                     .findings = r->findings,
                     .capfindings = r->capfindings,
                     .verdict_networks = r->verdict_networks,
                     .verdicts = r->verdicts,
                     .capverdicts = r->capverdicts};
    zero_result(r);
    r->store = k.store;
    r->findings = k.findings;
    r->capfindings = k.capfindings;
    r->verdict_networks = k.verdict_networks;
    r->verdicts = k.verdicts;
    r->capverdicts = k.capverdicts;
}

void mindset_result_recycle(mindset_scratch *s, mindset_result *r)
{
    if (!r)
        return;
    if (!s || s->spare) {
        mindset_result_free(r);
        return;
    }
    clear_result(r);
    s->spare = r;
}

static mindset_status trace_token(const mindset_scratch *s, ms_lang lang, size_t i,
                                  ms_trace_token *tt)
{
    const ms_token_info *ti = &s->info[i];
    const char *norm = s->norm.data + ti->norm_off;
    tt->tok = s->tokens.items[i];
    tt->norm = dup_str(norm);
    if (!tt->norm)
        return MINDSET_ERR_NOMEM;
    if (tt->tok.kind != MS_TOK_WORD && tt->tok.kind != MS_TOK_HASHTAG)
        return MINDSET_OK;
    size_t n;
    ms_lang stem_lang = lang == MS_LANG_UNKNOWN ? MS_LANG_EN : lang;
    const char *stem = ms__stem(s->stemmer[stem_lang], norm, ti->norm_len, &n);
    tt->stem = stem ? strndup(stem, n) : NULL;
    return tt->stem ? MINDSET_OK : MINDSET_ERR_NOMEM;
}

mindset_status ms__trace_keep(const mindset_scratch *s, ms_lang lang, mindset_result *r)
{
    r->trace = calloc(s->tokens.count + 1, sizeof *r->trace);
    r->trace_matches = malloc((s->nmatches + 1) * sizeof *r->trace_matches);
    if (!r->trace || !r->trace_matches)
        return MINDSET_ERR_NOMEM;
    for (size_t i = 0; i < s->tokens.count; i++) {
        r->ntrace = i + 1;
        if (trace_token(s, lang, i, &r->trace[i]) != MINDSET_OK)
            return MINDSET_ERR_NOMEM;
    }
    if (s->nmatches)
        memcpy(r->trace_matches, s->matches, s->nmatches * sizeof *s->matches);
    r->ntrace_matches = s->nmatches;
    r->trace_lang = lang == MS_LANG_UNKNOWN ? MS_LANG_EN : lang;
    return MINDSET_OK;
}

/* ---- accessors ------------------------------------------------------------------------
 */

const char *mindset_result_lang(const mindset_result *r)
{
    return ms__lang_name(r->lang);
}

const char *mindset_result_network(const mindset_result *r)
{
    return r->network ? r->network->name : NULL;
}

const char *mindset_result_verdict(const mindset_result *r)
{
    return r->verdict;
}

const char *mindset_result_label(const mindset_result *r)
{
    return r->label == MS_AXIS_NONE ? "unknown" : ms__axis_name(r->label);
}

double mindset_result_score(const mindset_result *r)
{
    return r->score;
}

size_t mindset_result_finding_count(const mindset_result *r)
{
    return r->nfindings;
}

const mindset_finding *mindset_result_finding(const mindset_result *r, size_t i)
{
    return i < r->nfindings ? &r->findings[i] : NULL;
}

int mindset_result_max_severity(const mindset_result *r)
{
    int worst = -1;
    for (size_t i = 0; i < r->nfindings; i++)
        if ((int)r->findings[i].severity > worst)
            worst = (int)r->findings[i].severity;
    return worst;
}

size_t mindset_result_type_count(const mindset_result *r)
{
    return r->ntypes;
}

const char *mindset_result_type_name(const mindset_result *r, size_t i)
{
    return i < r->ntypes ? ms__type_name(r->types[i].type) : NULL;
}

double mindset_result_type_weight(const mindset_result *r, size_t i)
{
    return i < r->ntypes ? r->types[i].weight : 0;
}

int mindset_result_purpose_points(const mindset_result *r, size_t i)
{
    return i < MINDSET_PURPOSE_COUNT ? r->purposes[i] : 0;
}

double mindset_result_purpose_weight(const mindset_result *r, size_t i)
{
    return i < MINDSET_PURPOSE_COUNT ? r->purpose_weights[i] : 0;
}

size_t mindset_result_verdict_count(const mindset_result *r)
{
    return r->nverdicts;
}

const char *mindset_result_verdict_network(const mindset_result *r, size_t i)
{
    return i < r->nverdicts ? r->verdict_networks[i]->name : NULL;
}

const char *mindset_result_verdict_at(const mindset_result *r, size_t i)
{
    return i < r->nverdicts ? r->verdicts[i] : NULL;
}

size_t mindset_result_token_count(const mindset_result *r)
{
    return r->ntokens;
}

double mindset_result_coverage(const mindset_result *r)
{
    return r->nwords ? (double)r->nmatched_words / (double)r->nwords : 0;
}

/* ---- names and rendering dispatch ------------------------------------------------------
 */

static const char *const severity_names[] = {"info", "warning", "error"};

const char *mindset_severity_name(mindset_severity severity)
{
    return (unsigned)severity < 3 ? severity_names[severity] : "unknown";
}

mindset_status mindset_severity_parse(const char *name, mindset_severity *out)
{
    for (int i = 0; name && i < 3; i++)
        if (strcmp(name, severity_names[i]) == 0) {
            *out = (mindset_severity)i;
            return MINDSET_OK;
        }
    return MINDSET_ERR_USAGE;
}

mindset_status mindset_format_parse(const char *name, mindset_format *out)
{
    static const char *const names[] = {"text", "json", "line", "explain"};
    for (int i = 0; name && i < 4; i++)
        if (strcmp(name, names[i]) == 0) {
            *out = (mindset_format)i;
            return MINDSET_OK;
        }
    return MINDSET_ERR_USAGE;
}

static mindset_status render_into(const mindset_result *r, mindset_format format,
                                  const mindset_render_options *options, ms_buf *b)
{
    mindset_render_options none = {0};
    const mindset_render_options *o = options ? options : &none;
    mindset_status st = format == MINDSET_FORMAT_JSON      ? ms__render_json(r, o, b)
                        : format == MINDSET_FORMAT_TEXT    ? ms__render_text(r, o, b)
                        : format == MINDSET_FORMAT_LINE    ? ms__render_line(r, o, b)
                        : format == MINDSET_FORMAT_EXPLAIN ? ms__render_explain(r, o, b)
                        : format == MINDSET_FORMAT_RECORD  ? ms__render_record(r, b)
                                                           : MINDSET_ERR_USAGE;
    return st == MINDSET_OK && b->failed ? MINDSET_ERR_NOMEM : st;
}

mindset_status mindset_render(const mindset_result *r, mindset_format format,
                              const mindset_render_options *options, char **out)
{
    if (!r || !out)
        return MINDSET_ERR_USAGE;
    *out = NULL;
    ms_buf b = {0};
    (void)ms__buf_reserve(&b, 512); /* most renderings fit; on failure appends fail too */
    mindset_status st = render_into(r, format, options, &b);
    if (st == MINDSET_OK)
        *out = ms__buf_take(&b);
    ms__buf_free(&b);
    return st == MINDSET_OK && !*out ? MINDSET_ERR_NOMEM : st;
}

mindset_status mindset_render_append(const mindset_result *r, mindset_format format,
                                     const mindset_render_options *options, char **buf,
                                     size_t *len, size_t *cap)
{
    if (!r || !buf || !len || !cap || (*buf ? *len >= *cap : *len || *cap))
        return MINDSET_ERR_USAGE; /* room for the NUL after *len is part of the contract */
    size_t limit = *len <= SIZE_MAX - MS_BUF_LIMIT ? *len + MS_BUF_LIMIT : SIZE_MAX;
    ms_buf b = {.data = *buf, .len = *len, .cap = *cap, .limit = limit};
    mindset_status st = render_into(r, format, options, &b);
    if (st == MINDSET_OK && !b.data && ms__buf_append(&b, "", 0) != 0)
        st = MINDSET_ERR_NOMEM; /* an empty rendering still ends in a NUL */
    *buf = b.data;
    *cap = b.cap;
    if (st == MINDSET_OK)
        *len = b.len;
    else if (b.data)
        b.data[*len] = '\0';
    return st;
}

size_t mindset_result_match_count(const mindset_result *r)
{
    return r->ntrace_matches;
}

mindset_status mindset_result_match(const mindset_result *r, size_t i, mindset_match *out)
{
    if (!r || !out || i >= r->ntrace_matches)
        return MINDSET_ERR_USAGE;
    const ms_match *m = &r->trace_matches[i];
    const mindset_engine *e = r->engine;
    const ms_category *c = &e->categories[m->category];
    out->start = r->trace[m->tok_start].tok.start;
    out->end = r->trace[m->tok_end - 1].tok.end;
    out->category = c->name;
    out->axis = ms__axis_name(c->axis);
    out->content_type = c->type >= 0 ? ms__type_name(c->type) : NULL;
    const ms_lexicon *lex = &e->lex[r->trace_lang];
    const ms_source *src =
        m->entry == UINT32_MAX ? NULL : &lex->sources[lex->entries[m->entry].source];
    out->source_file = src ? lex->files[src->file] : "built-in rule";
    out->alternative =
        src ? ms__source_alternative(lex, lex->entries[m->entry].source) : NULL;
    out->source_line = src ? (int)src->line : 0;
    out->context = m->why ? m->why : m->head ? "compound, by its last part" : NULL;
    out->weight = m->weight;
    out->context_word = m->role != MS_ROLE_SCORE;
    return MINDSET_OK;
}
