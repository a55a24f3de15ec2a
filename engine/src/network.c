/*
 * network.c - network profiles from networks.def: each network's expected mindset and,
 * per content type, fit / neutral / misfit with a severity and the message that explains
 * it. Templates ([@name]) hold shared settings; "base = @name" copies them.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static const char *const type_names[MS_TYPE_COUNT] = {
    "product_pitch", "baby_family",  "party_leisure",  "entertainment",
    "political",     "confidential", "job_post",       "career_news",
    "insight",       "company_news", "engagement_bait"};

const char *ms__type_name(int type)
{
    return type >= 0 && type < MS_TYPE_COUNT ? type_names[type] : "none";
}

int ms__type_parse(const char *name)
{
    for (int i = 0; i < MS_TYPE_COUNT; i++)
        if (strcmp(type_names[i], name) == 0)
            return i;
    return -1;
}

const char *ms__axis_name(ms_axis axis)
{
    static const char *const names[] = {"none", "personal", "professional", "mixed"};
    return names[axis];
}

typedef struct {
    mindset_engine *engine;
    const char *file;
    int line;
    ms_network *current;
    mindset_error *err;
} net_parser;

static mindset_status fail(net_parser *p, const char *msg, const char *s, size_t n)
{
    ms__error_set(p->err, p->file, p->line, 0, "%s: '%.*s'", msg, (int)(n > 80 ? 80 : n),
                  s);
    return MINDSET_ERR_LEXICON;
}

static char *dup_n(const char *s, size_t n)
{
    char *d = malloc(n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

static int replace_string(char **slot, const char *s, size_t n)
{
    char *d = dup_n(s, n);
    if (!d)
        return -1;
    free(*slot);
    *slot = d;
    return 0;
}

static void network_clear(ms_network *n)
{
    free(n->name);
    free(n->label);
    free(n->kind);
    free(n->aliases);
    free(n->about);
    for (int t = 0; t < MS_TYPE_COUNT; t++)
        free(n->rules[t].message);
    free(n->mismatch.message);
}

void ms__networks_free(mindset_engine *e)
{
    for (size_t i = 0; i < e->nnetworks; i++)
        network_clear(&e->networks[i]);
    free(e->networks);
    e->networks = NULL;
    e->nnetworks = 0;
}

static ms_network *network_by_name(mindset_engine *e, const char *name, size_t n)
{
    for (size_t i = 0; i < e->nnetworks; i++)
        if (ms__word_is(name, n, e->networks[i].name))
            return &e->networks[i];
    return NULL;
}

static mindset_status start_section(net_parser *p, const char *s, size_t n)
{
    if (n < 3 || s[n - 1] != ']')
        return fail(p, "expected '[name]'", s, n);
    const char *name = s + 1;
    size_t nn = n - 2;
    if (nn == 0 || network_by_name(p->engine, name, nn))
        return fail(p, "empty or repeated section name", s, n);
    mindset_engine *e = p->engine;
    ms_network *v = realloc(e->networks, (e->nnetworks + 1) * sizeof *v);
    if (!v)
        return MINDSET_ERR_NOMEM;
    e->networks = v;
    ms_network *net = &v[e->nnetworks];
    memset(net, 0, sizeof *net);
    net->name = dup_n(name, nn);
    if (!net->name)
        return MINDSET_ERR_NOMEM;
    net->is_template = name[0] == '@';
    e->nnetworks++;
    p->current = net;
    return MINDSET_OK;
}

/* Copies a rule over one that may already hold a message of its own (set on an earlier
   line of the section): that message is replaced, never leaked. */
static int copy_rule(ms_type_rule *to, const ms_type_rule *from)
{
    char *message = to->message;
    *to = *from;
    to->message = message;
    if (from->message)
        return replace_string(&to->message, from->message, strlen(from->message));
    free(to->message);
    to->message = NULL;
    return 0;
}

/* base = @template: copy everything but the name. */
static mindset_status inherit(net_parser *p, const char *v, size_t n)
{
    ms_network *base = network_by_name(p->engine, v, n);
    ms_network *net = p->current;
    if (!base || !base->is_template || base == net)
        return fail(p, "base must name a template defined above", v, n);
    net->mindset = base->mindset;
    int bad = 0;
    for (int t = 0; t < MS_TYPE_COUNT; t++)
        bad |= copy_rule(&net->rules[t], &base->rules[t]);
    bad |= copy_rule(&net->mismatch, &base->mismatch);
    if (base->kind)
        bad |= replace_string(&net->kind, base->kind, strlen(base->kind));
    return bad ? MINDSET_ERR_NOMEM : MINDSET_OK;
}

static int parse_severity(const char *s, size_t n, mindset_severity *sev)
{
    if (ms__word_is(s, n, "error"))
        *sev = MINDSET_SEVERITY_ERROR;
    else if (ms__word_is(s, n, "warning"))
        *sev = MINDSET_SEVERITY_WARNING;
    else if (ms__word_is(s, n, "info"))
        *sev = MINDSET_SEVERITY_INFO;
    else
        return -1;
    return 0;
}

/* "fit" | "neutral" | "misfit SEVERITY : message" (also used for mismatch) */
static mindset_status parse_rule(net_parser *p, const char *v, size_t n, ms_type_rule *rule)
{
    const char *colon = memchr(v, ':', n);
    size_t head = colon ? (size_t)(colon - v) : n;
    while (head && v[head - 1] == ' ')
        head--;
    const char *sp = memchr(v, ' ', head);
    size_t w1 = sp ? (size_t)(sp - v) : head;
    if (ms__word_is(v, head, "fit") || ms__word_is(v, head, "neutral")) {
        rule->disposition = v[0] == 'f' ? MS_DISP_FIT : MS_DISP_NEUTRAL;
        return MINDSET_OK;
    }
    if (!ms__word_is(v, w1, "misfit") || !sp || !colon ||
        parse_severity(sp + 1, head - w1 - 1, &rule->severity) != 0)
        return fail(p, "expected fit, neutral or 'misfit error|warning|info : message'", v,
                    n);
    const char *msg = colon + 1;
    while (*msg == ' ' && msg < v + n)
        msg++;
    if (msg == v + n)
        return fail(p, "a misfit needs a message after ':'", v, n);
    rule->disposition = MS_DISP_MISFIT;
    return replace_string(&rule->message, msg, (size_t)(v + n - msg)) ? MINDSET_ERR_NOMEM
                                                                      : MINDSET_OK;
}

static mindset_status parse_mindset(net_parser *p, const char *v, size_t n)
{
    ms_network *net = p->current;
    if (ms__word_is(v, n, "personal"))
        net->mindset = MS_AXIS_PERSONAL;
    else if (ms__word_is(v, n, "professional"))
        net->mindset = MS_AXIS_PROFESSIONAL;
    else if (ms__word_is(v, n, "mixed"))
        net->mindset = MS_AXIS_MIXED;
    else
        return fail(p, "mindset must be personal, professional or mixed", v, n);
    return MINDSET_OK;
}

static mindset_status set_key(net_parser *p, const char *k, size_t kn, const char *v,
                              size_t vn)
{
    ms_network *net = p->current;
    char **text = ms__word_is(k, kn, "label")     ? &net->label
                  : ms__word_is(k, kn, "kind")    ? &net->kind
                  : ms__word_is(k, kn, "aliases") ? &net->aliases
                  : ms__word_is(k, kn, "about")   ? &net->about
                                                  : NULL;
    if (text)
        return replace_string(text, v, vn) ? MINDSET_ERR_NOMEM : MINDSET_OK;
    if (ms__word_is(k, kn, "base"))
        return inherit(p, v, vn);
    if (ms__word_is(k, kn, "mindset"))
        return parse_mindset(p, v, vn);
    if (ms__word_is(k, kn, "mismatch"))
        return parse_rule(p, v, vn, &net->mismatch);
    char name[64];
    if (kn >= sizeof name)
        return fail(p, "unknown key", k, kn);
    memcpy(name, k, kn);
    name[kn] = '\0';
    int type = ms__type_parse(name);
    if (type < 0)
        return fail(p, "unknown key or content type", k, kn);
    return parse_rule(p, v, vn, &net->rules[type]);
}

static mindset_status network_line(void *ctx, const char *s, size_t n, int line)
{
    net_parser *p = ctx;
    p->line = line;
    if (s[0] == '[')
        return start_section(p, s, n);
    if (!p->current)
        return fail(p, "setting before any [network] section", s, n);
    const char *eq = memchr(s, '=', n);
    if (!eq)
        return fail(p, "expected 'key = value'", s, n);
    size_t kn = (size_t)(eq - s);
    while (kn && s[kn - 1] == ' ')
        kn--;
    const char *v = eq + 1;
    while (v < s + n && *v == ' ')
        v++;
    if (kn == 0 || v == s + n)
        return fail(p, "expected 'key = value'", s, n);
    return set_key(p, s, kn, v, (size_t)(s + n - v));
}

static mindset_status check_complete(net_parser *p)
{
    for (size_t i = 0; i < p->engine->nnetworks; i++) {
        ms_network *net = &p->engine->networks[i];
        if (!net->is_template && (!net->label || net->mindset == MS_AXIS_NONE)) {
            ms__error_set(p->err, p->file, 0, 0, "network '%s' needs a label and a mindset",
                          net->name);
            return MINDSET_ERR_LEXICON;
        }
    }
    return MINDSET_OK;
}

mindset_status ms__networks_parse(mindset_engine *e, const char *file, const char *text,
                                  size_t len, mindset_error *err)
{
    net_parser p = {.engine = e, .file = file, .err = err};
    mindset_status st = ms__for_each_line(text, len, network_line, &p);
    if (st == MINDSET_ERR_NOMEM)
        ms__error_set(err, file, p.line, 0, "out of memory");
    return st != MINDSET_OK ? st : check_complete(&p);
}

static int alias_matches(const char *aliases, const char *name)
{
    size_t n = strlen(name);
    for (const char *a = aliases; a && *a;) {
        while (*a == ' ' || *a == ',')
            a++;
        const char *end = a;
        while (*end && *end != ',' && *end != ' ')
            end++;
        if ((size_t)(end - a) == n && memcmp(a, name, n) == 0)
            return 1;
        a = end;
    }
    return 0;
}

const ms_network *ms__network_find(const mindset_engine *e, const char *name)
{
    for (size_t i = 0; i < e->nnetworks; i++) {
        const ms_network *net = &e->networks[i];
        if (!net->is_template &&
            (strcmp(net->name, name) == 0 || alias_matches(net->aliases, name)))
            return net;
    }
    return NULL;
}
