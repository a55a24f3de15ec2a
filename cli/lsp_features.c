/*
 * lsp_features.c - what the language server does with a document: analyse the buffer
 * (with its marker line and file name), publish diagnostics with exact positions, explain
 * a span on hover, and build code actions that edit the document's marker line (ignore
 * a word, turn a rule off, check for another network).
 */
#include <stdlib.h>
#include <string.h>

#include "lsp_server.h"
#include "marker.h"

/* Networks offered by "Check this post for NETWORK". */
static const char *const switch_networks[] = {"linkedin", "facebook", "facebook-page",
                                              "instagram", "twitter"};
#define NSWITCH (sizeof switch_networks / sizeof *switch_networks)

int lsp_reload_engine(lsp_server *s)
{
    mindset_options o = {.lexicon_dir = s->lexicons[0] ? s->lexicons : NULL};
    mindset_engine *e = NULL;
    mindset_scratch *sc = NULL;
    mindset_error err = {0};
    if (mindset_engine_new(&o, &e, &err) != MINDSET_OK) {
        lsp_log(s, "lexicons: %s:%d: %s", err.file, err.line, err.text);
        return -1;
    }
    if (mindset_scratch_new(e, &sc) != MINDSET_OK) {
        mindset_engine_free(e);
        return -1;
    }
    mindset_scratch_free(s->scratch);
    mindset_engine_free(s->engine);
    s->engine = e;
    s->scratch = sc;
    return 0;
}

void lsp_server_free(lsp_server *s)
{
    for (size_t i = 0; i < s->ndocs; i++) {
        free(s->docs[i].uri);
        free(s->docs[i].text);
    }
    free(s->docs);
    mindset_scratch_free(s->scratch);
    mindset_engine_free(s->engine);
}

lsp_doc *lsp_doc_find(lsp_server *s, const char *uri)
{
    for (size_t i = 0; uri && i < s->ndocs; i++)
        if (!strcmp(s->docs[i].uri, uri))
            return &s->docs[i];
    return NULL;
}

lsp_doc *lsp_doc_set(lsp_server *s, const char *uri, const char *text, size_t len)
{
    lsp_doc *d = lsp_doc_find(s, uri);
    if (!d) {
        lsp_doc *v = realloc(s->docs, (s->ndocs + 1) * sizeof *v);
        if (!v)
            return NULL;
        s->docs = v;
        d = &s->docs[s->ndocs];
        memset(d, 0, sizeof *d);
        d->uri = strdup(uri);
        if (!d->uri)
            return NULL;
        s->ndocs++;
    }
    char *copy = malloc(len + 1);
    if (!copy)
        return NULL;
    memcpy(copy, text, len);
    copy[len] = '\0';
    free(d->text);
    d->text = copy;
    d->len = len;
    return d;
}

void lsp_doc_close(lsp_server *s, const char *uri)
{
    lsp_doc *d = lsp_doc_find(s, uri);
    if (!d)
        return;
    free(d->uri);
    free(d->text);
    *d = s->docs[--s->ndocs];
}

/* ---- analysis ---- */

typedef struct {
    mindset_result *r;
    post_marker marker;
    const char *network; /* canonical */
} doc_analysis;

static const char *path_of(const char *uri)
{
    return strncmp(uri, "file://", 7) == 0 ? uri + 7 : uri;
}

/* The network for the document: marker, then file name, then settings. */
static const char *doc_network(lsp_server *s, const lsp_doc *d, const post_marker *m)
{
    const char *net =
        m->network[0] ? mindset_engine_network_canonical(s->engine, m->network) : NULL;
    if (!net)
        net = network_from_filename(s->engine, path_of(d->uri));
    if (!net && s->network[0])
        net = mindset_engine_network_canonical(s->engine, s->network);
    return net;
}

static int analyse_doc(lsp_server *s, const lsp_doc *d, const char *const *others,
                       size_t nothers, doc_analysis *a)
{
    char err[200];
    memset(a, 0, sizeof *a);
    if (d->len > MINDSET_MAX_POST_BYTES)
        return -1;
    if (marker_parse(d->text, d->len, &a->marker, err, sizeof err) != 0)
        lsp_log(s, "%s: marker: %s", d->uri, err);
    a->network = doc_network(s, d, &a->marker);
    mindset_request req = {.network = a->network,
                           .keep_trace = 1,
                           .networks = others,
                           .network_count = nothers,
                           .ignore = (const char *const *)a->marker.ignore,
                           .ignore_count = (size_t)a->marker.nignore,
                           .disable = (const char *const *)a->marker.disable,
                           .disable_count = (size_t)a->marker.ndisable};
    const char *lang = a->marker.lang[0] ? a->marker.lang : s->lang;
    if (lang[0] && mindset_lang_parse(lang, &req.lang) != MINDSET_OK)
        lsp_log(s, "%s: unknown language '%s'", d->uri, lang);
    char *blanked = marker_blank(d->text, d->len, &a->marker);
    mindset_error merr = {0};
    mindset_status st =
        blanked ? mindset_analyze(s->scratch, blanked, d->len, &req, &a->r, &merr)
                : MINDSET_ERR_NOMEM;
    free(blanked);
    if (st != MINDSET_OK)
        lsp_log(s, "%s: %s", d->uri, merr.text[0] ? merr.text : mindset_strerror(st));
    return st == MINDSET_OK ? 0 : -1;
}

/* ---- diagnostics ---- */

static json_t *position(const lsp_server *s, const lsp_doc *d, size_t off)
{
    long line, ch;
    lsp_position(d->text, d->len, off, s->enc, &line, &ch);
    return json_pack("{s:i,s:i}", "line", (json_int_t)line, "character", (json_int_t)ch);
}

static json_t *range(const lsp_server *s, const lsp_doc *d, size_t start, size_t end)
{
    return json_pack("{s:o,s:o}", "start", position(s, d, start), "end",
                     position(s, d, end));
}

static json_t *diagnostic(const lsp_server *s, const lsp_doc *d, const mindset_finding *f)
{
    static const int severity[] = {3, 2, 1}; /* info, warning, error -> LSP */
    return json_pack("{s:o,s:i,s:s,s:s,s:s,s:{s:s,s:s%,s:i,s:i}}", "range",
                     range(s, d, f->start, f->end), "severity", severity[f->severity],
                     "code", f->rule, "source", "mindset", "message", f->message, "data",
                     "rule", f->rule, "text", d->text + f->start, f->end - f->start,
                     "start", (json_int_t)f->start, "end", (json_int_t)f->end);
}

static void publish(const char *uri, json_t *diags)
{
    lsp_send(json_pack("{s:s,s:{s:s,s:o}}", "method", "textDocument/publishDiagnostics",
                       "params", "uri", uri, "diagnostics", diags));
}

/* A rule in the marker's disable= that the engine does not know: the analysis stops
   there, so the marker line says why. */
static json_t *unknown_rule_diagnostic(const lsp_server *s, const lsp_doc *d,
                                       const post_marker *m, const char *rule)
{
    char msg[256];
    snprintf(
        msg, sizeof msg,
        "Unknown rule '%s' in disable=: name a rule id or a group from 'mindset rules' "
        "(for example checklist.unbacked_claim, or checklist).",
        rule);
    return json_pack("{s:o,s:i,s:s,s:s,s:s}", "range",
                     range(s, d, m->line_start, m->line_end), "severity", 1, "code",
                     "marker.unknown_rule", "source", "mindset", "message", msg);
}

void lsp_lint(lsp_server *s, lsp_doc *d)
{
    d->due = 0;
    json_t *diags = json_array();
    doc_analysis a;
    const char *bad_rule;
    if (d->len > MINDSET_MAX_POST_BYTES) {
        json_array_append_new(
            diags,
            json_pack("{s:o,s:i,s:s,s:s,s:s}", "range", range(s, d, 0, 0), "severity", 3,
                      "code", "limit.document_size", "source", "mindset", "message",
                      "This document is larger than 1 MiB; mindset checks posts up "
                      "to that size."));
    } else if (analyse_doc(s, d, NULL, 0, &a) == 0) {
        for (size_t i = 0; i < mindset_result_finding_count(a.r); i++) {
            const mindset_finding *f = mindset_result_finding(a.r, i);
            if (f->severity >= s->min_severity)
                json_array_append_new(diags, diagnostic(s, d, f));
        }
        mindset_result_free(a.r);
    } else if ((bad_rule = marker_unknown_rule(&a.marker)) != NULL) {
        json_array_append_new(diags, unknown_rule_diagnostic(s, d, &a.marker, bad_rule));
    }
    publish(d->uri, diags);
}

/* ---- hover ---- */

static size_t offset_at(const lsp_server *s, const lsp_doc *d, json_t *params)
{
    json_t *pos = json_object_get(params, "position");
    long line = (long)json_integer_value(json_object_get(pos, "line"));
    long ch = (long)json_integer_value(json_object_get(pos, "character"));
    return lsp_offset(d->text, d->len, line, ch, s->enc);
}

static void explain_matches(const doc_analysis *a, const lsp_doc *d, size_t from, size_t to,
                            json_t *lines)
{
    for (size_t i = 0; i < mindset_result_match_count(a->r); i++) {
        mindset_match m;
        mindset_result_match(a->r, i, &m);
        if (m.end <= from || m.start >= to)
            continue;
        char buf[512];
        snprintf(buf, sizeof buf, "- `%.*s`: %s %s%s%s, weight %.2f%s%s, from `%s:%d`",
                 (int)(m.end - m.start), d->text + m.start,
                 m.context_word ? "context word" : "category", m.category,
                 m.content_type ? " → content type " : "",
                 m.content_type ? m.content_type : "", m.weight, m.context ? ", " : "",
                 m.context ? m.context : "", m.source_file, m.source_line);
        json_array_append_new(lines, json_string(buf));
    }
}

static void summary_lines(const doc_analysis *a, json_t *lines)
{
    char buf[512];
    const mindset_result *r = a->r;
    snprintf(buf, sizeof buf, "**mindset**: %s (%+.2f), language %s",
             mindset_result_label(r), mindset_result_score(r), mindset_result_lang(r));
    json_array_append_new(lines, json_string(buf));
    if (a->network) {
        snprintf(buf, sizeof buf, "**verdict for %s**: %s", a->network,
                 mindset_result_verdict(r));
        json_array_append_new(lines, json_string(buf));
    }
    int n = snprintf(buf, sizeof buf, "**purposes** (10 points):");
    for (size_t i = 0; i < MINDSET_PURPOSE_COUNT && n > 0 && (size_t)n < sizeof buf; i++)
        n += snprintf(buf + n, sizeof buf - (size_t)n, " %s %d", mindset_purpose_name(i),
                      mindset_result_purpose_points(r, i));
    json_array_append_new(lines, json_string(buf));
}

static json_t *join_markdown(json_t *lines)
{
    size_t total = 1, i;
    json_t *l;
    json_array_foreach(lines, i, l) total += json_string_length(l) + 2;
    char *text = calloc(1, total);
    if (!text) {
        json_decref(lines);
        return json_null();
    }
    json_array_foreach(lines, i, l)
    {
        strcat(text, json_string_value(l));
        strcat(text, "\n\n");
    }
    json_t *v = json_pack("{s:{s:s,s:s}}", "contents", "kind", "markdown", "value", text);
    free(text);
    json_decref(lines);
    return v;
}

json_t *lsp_hover(lsp_server *s, json_t *params)
{
    lsp_doc *d = lsp_doc_find(s, json_string_value(json_object_get(
                                     json_object_get(params, "textDocument"), "uri")));
    doc_analysis a;
    if (!d || analyse_doc(s, d, NULL, 0, &a) != 0)
        return json_null();
    size_t off = offset_at(s, d, params);
    json_t *lines = json_array();
    for (size_t i = 0; i < mindset_result_finding_count(a.r); i++) {
        const mindset_finding *f = mindset_result_finding(a.r, i);
        if (f->start <= off && off < f->end) {
            char buf[1024];
            snprintf(buf, sizeof buf, "**%s** (%s): %s", f->rule,
                     mindset_severity_name(f->severity), f->message);
            json_array_append_new(lines, json_string(buf));
            explain_matches(&a, d, f->start, f->end, lines);
        }
    }
    if (json_array_size(lines) == 0)
        explain_matches(&a, d, off, off + 1, lines);
    summary_lines(&a, lines);
    mindset_result_free(a.r);
    return join_markdown(lines);
}

/* ---- code actions ---- */

/* One change to a document's marker line: another network, one more ignored word, or
   one more rule turned off (NULL: no change of that kind). */
typedef struct {
    const char *network, *ignore, *disable;
} marker_change;

/* Appends " key=a,b,more" to buf when the list or more has an item. */
static int append_list(char *buf, int n, size_t cap, const char *key, char *const *items,
                       int count, const char *more)
{
    if ((count == 0 && !more) || (size_t)n >= cap)
        return n;
    n += snprintf(buf + n, cap - (size_t)n, " %s=", key);
    for (int i = 0; i < count && (size_t)n < cap; i++)
        n += snprintf(buf + n, cap - (size_t)n, "%s%s", i ? "," : "", items[i]);
    if (more && (size_t)n < cap)
        n += snprintf(buf + n, cap - (size_t)n, "%s%s", count ? "," : "", more);
    return n;
}

/* The marker line with one change made; NULL when it would not fit. */
static char *marker_text(const post_marker *m, const marker_change *c)
{
    char buf[4096];
    int n = snprintf(buf, sizeof buf, "<!-- mindset:");
    const char *net = c->network ? c->network : m->network;
    if (*net)
        n += snprintf(buf + n, sizeof buf - (size_t)n, " network=%s", net);
    if (m->lang[0])
        n += snprintf(buf + n, sizeof buf - (size_t)n, " lang=%s", m->lang);
    n = append_list(buf, n, sizeof buf, "ignore", m->ignore, m->nignore, c->ignore);
    n = append_list(buf, n, sizeof buf, "disable", m->disable, m->ndisable, c->disable);
    if ((size_t)n + 5 > sizeof buf)
        return NULL;
    snprintf(buf + n, sizeof buf - (size_t)n, " -->");
    return strdup(buf);
}

static json_t *marker_edit(const lsp_server *s, const lsp_doc *d, const post_marker *m,
                           const marker_change *c)
{
    char *text = marker_text(m, c);
    if (!text)
        return NULL;
    json_t *edit;
    if (m->present)
        edit = json_pack("{s:o,s:s}", "range", range(s, d, m->line_start, m->line_end),
                         "newText", text);
    else {
        size_t n = strlen(text);
        char *line = malloc(n + 2);
        memcpy(line, text, n);
        memcpy(line + n, "\n", 2);
        edit = json_pack("{s:o,s:s}", "range", range(s, d, 0, 0), "newText", line);
        free(line);
    }
    free(text);
    return json_pack("{s:{s:[o]}}", "changes", d->uri, edit);
}

/* A code action that edits the marker line, when the edit could be made. */
static void add_marker_action(json_t *actions, const char *title, const char *kind,
                              json_t *diag, json_t *edit)
{
    if (!edit)
        return;
    json_t *action = json_pack("{s:s,s:s,s:o}", "title", title, "kind", kind, "edit", edit);
    if (diag)
        json_object_set_new(action, "diagnostics", json_pack("[O]", diag));
    json_array_append_new(actions, action);
}

/* The first word of a diagnostic's text, lower-cased: what "ignore" records. */
static void first_word(const char *text, char *out, size_t cap)
{
    size_t n = 0;
    while (*text == ' ')
        text++;
    for (; text[n] && text[n] != ' ' && text[n] != ',' && n + 1 < cap; n++)
        out[n] = (char)(text[n] >= 'A' && text[n] <= 'Z' ? text[n] + 32 : text[n]);
    out[n] = '\0';
}

/* "Ignore WORD in this document" for the diagnostic's first word. */
static void ignore_action(const lsp_server *s, const lsp_doc *d, const post_marker *m,
                          json_t *diag, json_t *actions)
{
    const char *text =
        json_string_value(json_object_get(json_object_get(diag, "data"), "text"));
    char word[128], title[256];
    if (!text || !*text)
        return;
    first_word(text, word, sizeof word);
    snprintf(title, sizeof title, "Ignore \"%s\" in this document", word);
    add_marker_action(actions, title, "quickfix", diag,
                      marker_edit(s, d, m, &(marker_change){.ignore = word}));
}

/* "Disable rule RULE in this document" for the diagnostic's rule. */
static void disable_action(const lsp_server *s, const lsp_doc *d, const post_marker *m,
                           json_t *diag, json_t *actions)
{
    const char *rule = json_string_value(json_object_get(diag, "code"));
    if (!rule || !mindset_rule_known(rule))
        return; /* limit.document_size, marker.unknown_rule, another server's diagnostic */
    char title[256];
    snprintf(title, sizeof title, "Disable rule %s in this document", rule);
    add_marker_action(actions, title, "quickfix", diag,
                      marker_edit(s, d, m, &(marker_change){.disable = rule}));
}

/* The marker-line quick fixes for each diagnostic the request names. */
static void diagnostic_actions(const lsp_server *s, const lsp_doc *d, const post_marker *m,
                               json_t *params, json_t *actions)
{
    size_t i;
    json_t *diag;
    json_array_foreach(json_object_get(json_object_get(params, "context"), "diagnostics"),
                       i, diag)
    {
        ignore_action(s, d, m, diag, actions);
        disable_action(s, d, m, diag, actions);
    }
}

static void network_actions(lsp_server *s, const lsp_doc *d, json_t *actions)
{
    doc_analysis a;
    if (analyse_doc(s, d, switch_networks, NSWITCH, &a) != 0)
        return;
    for (size_t i = 0; i < NSWITCH; i++) {
        const char *net = mindset_result_verdict_network(a.r, i);
        const char *verdict = mindset_result_verdict_at(a.r, i);
        if (!net || (a.network && !strcmp(net, a.network)))
            continue;
        char title[256];
        snprintf(title, sizeof title, "Check this post for %s (verdict there: %s)", net,
                 verdict);
        add_marker_action(actions, title, "refactor", NULL,
                          marker_edit(s, d, &a.marker, &(marker_change){.network = net}));
    }
    mindset_result_free(a.r);
}

/* "Replace X with Y" for lexicon matches in the range that have a neutral alternative. */
static void replace_actions(lsp_server *s, const lsp_doc *d, json_t *params,
                            json_t *actions)
{
    json_t *r = json_object_get(params, "range");
    json_t *a = json_object_get(r, "start"), *b = json_object_get(r, "end");
    size_t from =
        lsp_offset(d->text, d->len, (long)json_integer_value(json_object_get(a, "line")),
                   (long)json_integer_value(json_object_get(a, "character")), s->enc);
    size_t to =
        lsp_offset(d->text, d->len, (long)json_integer_value(json_object_get(b, "line")),
                   (long)json_integer_value(json_object_get(b, "character")), s->enc);
    doc_analysis an;
    if (analyse_doc(s, d, NULL, 0, &an) != 0)
        return;
    for (size_t i = 0; i < mindset_result_match_count(an.r); i++) {
        mindset_match m;
        mindset_result_match(an.r, i, &m);
        if (!m.alternative || m.end < from || m.start > (to > from ? to : from + 1))
            continue;
        char title[512];
        snprintf(title, sizeof title, "Replace \"%.*s\" with \"%s\"",
                 (int)(m.end - m.start), d->text + m.start, m.alternative);
        json_t *edit = json_pack("{s:{s:[{s:o,s:s}]}}", "changes", d->uri, "range",
                                 range(s, d, m.start, m.end), "newText", m.alternative);
        json_array_append_new(actions, json_pack("{s:s,s:s,s:o}", "title", title, "kind",
                                                 "quickfix", "edit", edit));
    }
    mindset_result_free(an.r);
}

json_t *lsp_code_actions(lsp_server *s, json_t *params)
{
    lsp_doc *d = lsp_doc_find(s, json_string_value(json_object_get(
                                     json_object_get(params, "textDocument"), "uri")));
    json_t *actions = json_array();
    post_marker m;
    char err[200];
    if (!d || d->len > MINDSET_MAX_POST_BYTES ||
        marker_parse(d->text, d->len, &m, err, sizeof err))
        return actions;
    diagnostic_actions(s, d, &m, params, actions);
    replace_actions(s, d, params, actions);
    network_actions(s, d, actions);
    return actions;
}
