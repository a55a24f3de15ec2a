/*
 * marker.c - settings written in the post itself and in its file name. Shared by
 * `mindset check` and the language server, so a post checks the same everywhere.
 */
#include "marker.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t line_end(const char *t, size_t len, size_t from)
{
    const char *nl = memchr(t + from, '\n', len - from);
    return nl ? (size_t)(nl - t) : len;
}

static int is_fence(const char *t, size_t s, size_t e)
{
    while (e > s && (t[e - 1] == '\r' || t[e - 1] == ' '))
        e--;
    return e - s == 3 && memcmp(t + s, "---", 3) == 0;
}

/* What a marker's list holds: ignored words (lower-cased) or rules turned off. */
typedef struct {
    const char *plural, *singular;
    int lower;
} item_kind;

static const item_kind ignored_words = {"ignored words", "word", 1};
static const item_kind disabled_rules = {"disabled rules", "rule", 0};

/* Appends the comma-separated items of v to list, each copied into m->store. */
static int add_items(post_marker *m, const item_kind *kind, const char *v, size_t vn,
                     char **list, int *count, char *err, size_t errlen)
{
    for (size_t i = 0, j; i < vn; i = j + 1) {
        for (j = i; j < vn && v[j] != ',';)
            j++;
        if (j == i)
            continue; /* an empty item: "a,,b" */
        if (*count == MARKER_MAX_ITEMS)
            return snprintf(err, errlen, "more than %d %s", MARKER_MAX_ITEMS, kind->plural),
                   -1;
        if (m->used + (j - i) + 1 > sizeof m->store)
            return snprintf(err, errlen,
                            "%s take more than %zu bytes (each %s counts one byte more)",
                            kind->plural, sizeof m->store, kind->singular),
                   -1;
        char *w = m->store + m->used;
        for (size_t c = 0; c < j - i; c++) {
            char b = v[i + c];
            w[c] = (char)(kind->lower && b >= 'A' && b <= 'Z' ? b + 32 : b);
        }
        w[j - i] = '\0';
        list[(*count)++] = w;
        m->used += j - i + 1;
    }
    return 0;
}

static int key_is(const char *k, size_t kn, const char *name)
{
    return kn == strlen(name) && memcmp(k, name, kn) == 0;
}

/* Copies one key=value into m. */
static int setting(post_marker *m, const char *k, size_t kn, const char *v, size_t vn,
                   char *err, size_t errlen)
{
    char *dst = key_is(k, kn, "network") ? m->network
                : key_is(k, kn, "lang")  ? m->lang
                                         : NULL;
    size_t cap = dst == m->network ? sizeof m->network : sizeof m->lang;
    if (dst) {
        if (vn >= cap)
            return snprintf(err, errlen, "marker value too long: %.*s", (int)kn, k), -1;
        memcpy(dst, v, vn);
        dst[vn] = '\0';
        return 0;
    }
    if (key_is(k, kn, "ignore"))
        return add_items(m, &ignored_words, v, vn, m->ignore, &m->nignore, err, errlen);
    if (key_is(k, kn, "disable"))
        return add_items(m, &disabled_rules, v, vn, m->disable, &m->ndisable, err, errlen);
    return snprintf(err, errlen,
                    "unknown marker setting '%.*s' (network, lang, ignore, disable)",
                    (int)kn, k),
           -1;
}

/* Parses "mindset: k=v k=v" inside line [s, e); returns 1 if found, -1 on error. */
static int parse_line(const char *t, size_t s, size_t e, post_marker *m, char *err,
                      size_t errlen)
{
    const char *key = "mindset:";
    const char *p = NULL;
    for (size_t i = s; i + 8 <= e && !p; i++)
        if (memcmp(t + i, key, 8) == 0)
            p = t + i + 8;
    if (!p)
        return 0;
    m->line_start = s; /* so that an error below can name this line */
    m->line_end = e;
    const char *end = t + e;
    while (p < end) {
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\r'))
            p++;
        const char *w = p;
        while (p < end && *p != ' ' && *p != '\t' && *p != '\r')
            p++;
        if (p == w || (p - w >= 3 && !memcmp(w, "-->", 3)) ||
            (p - w == 2 && !memcmp(w, "*/", 2)))
            continue;
        const char *eq = memchr(w, '=', (size_t)(p - w));
        if (!eq)
            return snprintf(err, errlen, "marker setting '%.*s' lacks '='", (int)(p - w),
                            w),
                   -1;
        if (setting(m, w, (size_t)(eq - w), eq + 1, (size_t)(p - eq - 1), err, errlen))
            return -1;
    }
    m->present = 1;
    m->line_start = s;
    m->line_end = e;
    return 1;
}

int marker_parse(const char *text, size_t len, post_marker *m, char *err, size_t errlen)
{
    memset(m, 0, sizeof *m);
    size_t e = line_end(text, len, 0);
    if (!is_fence(text, 0, e)) {
        int rc = parse_line(text, 0, e, m, err, errlen);
        m->start = 0;
        m->end = e;
        return rc < 0 ? -1 : 0;
    }
    for (size_t s = e + 1; s < len; s = e + 1) {
        e = line_end(text, len, s);
        if (is_fence(text, s, e)) {
            m->start = 0;
            m->end = e;
            return 0;
        }
        if (parse_line(text, s, e, m, err, errlen) < 0)
            return -1;
    }
    m->present = 0; /* an unclosed fence is no front matter */
    return 0;
}

int marker_add_rules(post_marker *m, const char *list, char *err, size_t errlen)
{
    return add_items(m, &disabled_rules, list, strlen(list), m->disable, &m->ndisable, err,
                     errlen);
}

const char *marker_unknown_rule(const post_marker *m)
{
    for (int i = 0; i < m->ndisable; i++)
        if (!mindset_rule_known(m->disable[i]))
            return m->disable[i];
    return NULL;
}

int marker_line(const char *text, const post_marker *m)
{
    int line = 1;
    for (size_t i = 0; i < m->line_start; i++)
        line += text[i] == '\n';
    return line;
}

char *marker_blank(const char *text, size_t len, const post_marker *m)
{
    char *copy = malloc(len + 1);
    if (!copy)
        return NULL;
    memcpy(copy, text, len);
    copy[len] = '\0';
    if (m->present || m->end > m->start)
        for (size_t i = m->start; i < m->end && m->present; i++)
            if (copy[i] != '\n' && copy[i] != '\r')
                copy[i] = ' ';
    return copy;
}

const char *network_from_filename(const mindset_engine *e, const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *last = strrchr(base, '.');
    if (!last || last == base)
        return NULL;
    const char *prev = last;
    while (prev > base && prev[-1] != '.')
        prev--;
    if (prev == base)
        return NULL; /* "linkedin.md": one dot, the stem is the name, not a network */
    char name[64];
    size_t n = (size_t)(last - prev);
    if (n == 0 || n >= sizeof name)
        return NULL;
    memcpy(name, prev, n);
    name[n] = '\0';
    return mindset_engine_network_canonical(e, name);
}
