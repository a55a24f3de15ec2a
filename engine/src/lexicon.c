/*
 * lexicon.c - loading categories.def and *.lex files into per-language lexicons.
 *
 * Each entry is tokenised, normalised and stemmed exactly like post text, so "babies" in a
 * lexicon matches "baby" in a post. Entries are stored as sequences of key ids (one id per
 * distinct stem) and indexed by their first key, longest first, so matching is one hash
 * lookup per token. Errors name the file and line.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

typedef struct {
    mindset_engine *engine;
    ms_lexicon *lex;
    ms_lang lang;
    const char *file;
    int line;
    int category;
    ms_stemmer *stemmer;
    int in_model;            /* in an "@label-model" section (label_model.c) */
    int model_started;       /* its "@bias" or a word has been read */
    const char *alternative; /* of the entry being read: "term -> alternative" */
    size_t alternative_len;
    mindset_error *err;
    ms_token_list tokens;
    ms_buf norm;
    ms_buf shaped; /* an entry with "{n}" placeholders, each written as the digit 0 */
    ms_buf marks;  /* per byte of shaped: 1 where a placeholder stands */
} parser;

/* ---- shared line handling ----------------------------------------------------------- */

static int is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

/* Cuts a comment: '#' at the start or after a blank, followed by a blank or the end. */
static size_t strip_comment(const char *s, size_t n)
{
    const char *end = s + n;
    for (const char *h = memchr(s, '#', n); h;
         h = memchr(h + 1, '#', (size_t)(end - h - 1))) {
        if (h > s && !is_blank(h[-1]))
            continue;
        if (h + 1 == end || is_blank(h[1]))
            return (size_t)(h - s);
    }
    return n;
}

static void trim(const char **s, size_t *n)
{
    while (*n && is_blank(**s)) {
        (*s)++;
        (*n)--;
    }
    while (*n && is_blank((*s)[*n - 1]))
        (*n)--;
}

/* Calls fn on each line with comments and outer blanks removed; stops on non-OK. */
mindset_status ms__for_each_line(const char *text, size_t len, ms_line_fn fn, void *ctx)
{
    size_t i = 0;
    int line = 0;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        i = 3; /* BOM */
    while (i < len) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - text) : len;
        const char *s = text + i;
        size_t n = strip_comment(s, end - i);
        line++;
        trim(&s, &n);
        if (n) {
            mindset_status st = fn(ctx, s, n, line);
            if (st != MINDSET_OK)
                return st;
        }
        i = end + 1;
    }
    return MINDSET_OK;
}

static mindset_status fail(parser *p, const char *msg, const char *s, size_t n)
{
    ms__error_set(p->err, p->file, p->line, 0, "%s: '%.*s'", msg, (int)(n > 80 ? 80 : n),
                  s);
    return MINDSET_ERR_LEXICON;
}

/* ---- categories.def ----------------------------------------------------------------- */

static const char *const purpose_names[MINDSET_PURPOSE_COUNT] = {
    "business_driven", "community_spirit", "learning_sponge", "job_seeking",
    "vanity_project"};

const char *mindset_purpose_name(size_t i)
{
    return i < MINDSET_PURPOSE_COUNT ? purpose_names[i] : NULL;
}

static int purpose_find(const char *name, size_t n)
{
    for (int i = 0; i < MINDSET_PURPOSE_COUNT; i++)
        if (ms__word_is(name, n, purpose_names[i]))
            return i;
    return -1;
}

static ms_role role_of(const char *name)
{
    static const char *const roles[] = {"",         "negation", "booster", "diminisher",
                                        "contrast", "stopword", "whole"};
    for (int i = 1; i < (int)(sizeof roles / sizeof *roles); i++)
        if (strcmp(name, roles[i]) == 0)
            return (ms_role)i;
    return MS_ROLE_SCORE;
}

static int parse_axis(const char *s, ms_axis *axis)
{
    if (strcmp(s, "personal") == 0)
        *axis = MS_AXIS_PERSONAL;
    else if (strcmp(s, "professional") == 0)
        *axis = MS_AXIS_PROFESSIONAL;
    else if (strcmp(s, "none") == 0)
        *axis = MS_AXIS_NONE;
    else
        return -1;
    return 0;
}

/* "name:share,name:share" or "-" */
static int parse_purposes(const char *s, double out[MINDSET_PURPOSE_COUNT])
{
    if (strcmp(s, "-") == 0)
        return 0;
    while (*s) {
        const char *colon = strchr(s, ':');
        if (!colon)
            return -1;
        int i = purpose_find(s, (size_t)(colon - s));
        char *end;
        double v = strtod(colon + 1, &end);
        if (i < 0 || end == colon + 1 || !(v > 0 && v <= 10) || (*end && *end != ','))
            return -1;
        out[i] = v;
        s = *end ? end + 1 : end;
    }
    return 0;
}

/* Splits s[0..n) at blanks into at most max NUL-terminated fields in store. */
static int split_fields(const char *s, size_t n, char store[][64], int max)
{
    int count = 0;
    size_t i = 0;
    while (i < n) {
        while (i < n && is_blank(s[i]))
            i++;
        size_t start = i;
        while (i < n && !is_blank(s[i]))
            i++;
        if (i == start)
            break;
        if (count == max || i - start >= 64)
            return -1;
        memcpy(store[count], s + start, i - start);
        store[count][i - start] = '\0';
        count++;
    }
    return count;
}

static mindset_status category_line(void *ctx, const char *s, size_t n, int line)
{
    parser *p = ctx;
    _Static_assert(MS_MAX_CATEGORIES == 64, "the message below names the limit");
    mindset_engine *e = p->engine;
    char f[5][64];
    p->line = line;
    if (split_fields(s, n, f, 5) != 5)
        return fail(p, "expected 5 fields: name axis weight content_type purposes", s, n);
    if (e->ncategories == MS_MAX_CATEGORIES)
        return fail(p, "too many categories (at most 64)", s, n);
    if (strlen(f[0]) >= sizeof e->categories[0].name || ms__category_find(e, f[0]) >= 0)
        return fail(p, "category name too long or defined twice", s, n);
    ms_category *c = &e->categories[e->ncategories];
    memset(c, 0, sizeof *c);
    memcpy(c->name, f[0], strlen(f[0]) + 1);
    char *end;
    errno = 0;
    c->weight = strtod(f[2], &end);
    if (parse_axis(f[1], &c->axis) != 0)
        return fail(p, "axis must be personal, professional or none", f[1], strlen(f[1]));
    if (*end || errno || !(c->weight > 0 && c->weight <= 100))
        return fail(p, "weight must be a number in (0, 100]", f[2], strlen(f[2]));
    c->type = strcmp(f[3], "-") == 0 ? -1 : ms__type_parse(f[3]);
    if (c->type < 0 && strcmp(f[3], "-") != 0)
        return fail(p, "unknown content type", f[3], strlen(f[3]));
    if (parse_purposes(f[4], c->purposes) != 0)
        return fail(p, "purposes must be '-' or name:share pairs of the five purposes",
                    f[4], strlen(f[4]));
    c->role = role_of(c->name);
    e->ncategories++;
    return MINDSET_OK;
}

int ms__category_find(const mindset_engine *e, const char *name)
{
    for (int i = 0; i < e->ncategories; i++)
        if (strcmp(e->categories[i].name, name) == 0)
            return i;
    return -1;
}

mindset_status ms__categories_parse(mindset_engine *e, const char *file, const char *text,
                                    size_t len, mindset_error *err)
{
    parser p = {.engine = e, .file = file, .err = err};
    return ms__for_each_line(text, len, category_line, &p);
}

/* ---- *.lex entries ------------------------------------------------------------------ */

static int starts_word(const char *s, size_t n, const char *kw)
{
    size_t kwn = strlen(kw);
    return n >= kwn && memcmp(s, kw, kwn) == 0 && (n == kwn || is_blank(s[kwn]));
}

#define NUMBER_CHARS 32 /* a number written in a lexicon is shorter */

/* Reads s[0..n) as a plain decimal ("-1.234", "0.5", "3"), all of it, into *v: 0, or -1
   when it is not one. Mantissa and power of ten are exact doubles, so their quotient is
   the correctly rounded value, the one strtod gives; strtod itself spent a quarter of the
   instructions of loading a language, most of them on the label model's weights. */
static int read_plain_decimal(const char *s, size_t n, double *v)
{
    static const double tens[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
    const char *p = s, *end = s + n;
    int negative = p < end && *p == '-';
    p += p < end && (negative || *p == '+');
    uint64_t mantissa = 0; /* may wrap on a long run of digits, which is refused below */
    const char *digits = p;
    while (p < end && (unsigned char)(*p - '0') < 10)
        mantissa = mantissa * 10 + (uint64_t)(*p++ - '0');
    size_t whole = (size_t)(p - digits), decimals = 0;
    if (p < end && *p == '.') {
        digits = ++p;
        while (p < end && (unsigned char)(*p - '0') < 10)
            mantissa = mantissa * 10 + (uint64_t)(*p++ - '0');
        decimals = (size_t)(p - digits);
    }
    if (p != end || whole + decimals == 0 || whole + decimals > 15 ||
        decimals >= sizeof tens / sizeof tens[0])
        return -1;
    *v = (double)mantissa / tens[decimals];
    if (negative)
        *v = -*v;
    return 0;
}

/* Reads s[0..n) as one number, all of it; 0, or -1 when it is none. */
static int read_number(const char *s, size_t n, double *v)
{
    if (n && read_plain_decimal(s, n, v) == 0)
        return 0;
    char num[NUMBER_CHARS], *end;
    if (n == 0 || n >= sizeof num)
        return -1;
    memcpy(num, s, n);
    num[n] = '\0';
    *v = strtod(num, &end);
    return *end ? -1 : 0;
}

/* Splits s[0..n) at blanks into at most max fields, each as start and end; returns how
   many fields there are (max + 1 when there are more). */
static size_t split_at_blanks(const char *s, size_t n, size_t max, size_t (*field)[2])
{
    size_t count = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && is_blank(s[i]))
            i++;
        if (i == n)
            break;
        if (count == max)
            return max + 1;
        field[count][0] = i;
        while (i < n && !is_blank(s[i]))
            i++;
        field[count++][1] = i;
    }
    return count;
}

/* Splits one line of an "@label-model" section, "word  personal professional mixed" and
   one weight per content type of "@types" (or "@bias ..."), into the word's length and
   the n weights; 0, or -1 with msg set. */
static int model_line_split(const char *s, size_t n, size_t *word_len, float *weights,
                            size_t nweights, const char **msg)
{
    size_t field[MS_MODEL_WEIGHTS + 1][2];
    size_t count = split_at_blanks(s, n, nweights + 1, field);
    if (count > nweights + 1) {
        *msg = "a label model word is one word or one emoji";
        return -1;
    }
    if (count < nweights + 1) {
        *msg = "expected a word and three weights (personal professional mixed), and one "
               "for each content type of '@types'";
        return -1;
    }
    for (size_t k = 0; k < nweights; k++) {
        double v;
        const size_t *f = field[k + 1];
        if (read_number(s + f[0], f[1] - f[0], &v) != 0 || !(fabs(v) <= 100)) {
            *msg = "weight must be a number in [-100, 100]";
            return -1;
        }
        weights[k] = (float)v;
    }
    *word_len = field[0][1];
    return 0;
}

/* How many weights a line of lex's label model holds. */
static size_t model_weights(const ms_lexicon *lex)
{
    return MS_MODEL_CLASSES + lex->ntype_model;
}

/* "@bias personal professional mixed": the label model's scores before any word. */
static mindset_status model_bias(parser *p, const char *s, size_t n)
{
    size_t word_len;
    const char *msg;
    if (!p->in_model)
        return fail(p, "'@bias' outside an '@label-model' section", s, n);
    if (model_line_split(s, n, &word_len, p->lex->model_bias, model_weights(p->lex),
                         &msg) != 0)
        return fail(p, msg, s, n);
    p->model_started = 1;
    return MINDSET_OK;
}

/* Adds the type named name to the types the label model reads. */
static mindset_status type_model_add(parser *p, const char *name)
{
    size_t n = strlen(name);
    int type = ms__type_parse(name);
    if (type < 0)
        return fail(p, "unknown content type", name, n);
    ms_lexicon *lex = p->lex;
    for (size_t k = 0; k < lex->ntype_model; k++)
        if (lex->type_model[k] == type)
            return fail(p, "a content type is listed once in '@types'", name, n);
    if (lex->ntype_model == MS_TYPE_MODEL_MAX)
        return fail(p, "'@types' names at most 6 content types", name, n);
    lex->type_model[lex->ntype_model++] = type;
    return MINDSET_OK;
}

/* "@types TYPE ...": the content types the label model reads, one weight each after the
   three label weights of "@bias" and of every word. */
static mindset_status model_types(parser *p, const char *s, size_t n)
{
    if (!p->in_model)
        return fail(p, "'@types' outside an '@label-model' section", s, n);
    if (p->model_started || p->lex->ntype_model)
        return fail(p, "'@types' comes once, before '@bias' and the words", s, n);
    char names[2 * MS_TYPE_MODEL_MAX][64]; /* room to name what is one too many */
    size_t kw = strlen("@types");
    int count = split_fields(s + kw, n - kw, names, 2 * MS_TYPE_MODEL_MAX);
    if (count < 0)
        return fail(p, "'@types' names at most 6 content types", s, n);
    for (int i = 0; i < count; i++) {
        mindset_status st = type_model_add(p, names[i]);
        if (st != MINDSET_OK)
            return st;
    }
    if (!p->lex->ntype_model)
        return fail(p, "'@types' names one content type or more", s, n);
    return MINDSET_OK;
}

/* "@rule-bonus X": what the label model adds to the share of the label the rules chose. */
static mindset_status model_rule_bonus(parser *p, const char *s, size_t n)
{
    if (!p->in_model)
        return fail(p, "'@rule-bonus' outside an '@label-model' section", s, n);
    const char *v = s + strlen("@rule-bonus");
    size_t vn = n - strlen("@rule-bonus");
    trim(&v, &vn);
    double bonus;
    if (read_number(v, vn, &bonus) != 0 ||
        !(bonus >= 0 && bonus <= MS_MODEL_RULE_BONUS_MAX))
        return fail(p, "'@rule-bonus' takes one number in [0, 10]", s, n);
    p->lex->model_rule_bonus = (float)bonus;
    return MINDSET_OK;
}

static mindset_status directive(parser *p, const char *s, size_t n)
{
    if (starts_word(s, n, "@label-model") && n == strlen("@label-model")) {
        if (!p->lex->has_model)
            p->lex->model_rule_bonus = MS_MODEL_RULE_BONUS;
        p->in_model = p->lex->has_model = 1;
        return MINDSET_OK;
    }
    if (starts_word(s, n, "@bias"))
        return model_bias(p, s, n);
    if (starts_word(s, n, "@types"))
        return model_types(p, s, n);
    if (starts_word(s, n, "@rule-bonus"))
        return model_rule_bonus(p, s, n);
    p->in_model = 0;
    const char *kw = "@category";
    size_t kwn = strlen(kw);
    if (!starts_word(s, n, kw) || n == kwn)
        return fail(p, "unknown directive (expected '@category NAME' or '@label-model')", s,
                    n);
    const char *name = s + kwn;
    size_t nn = n - kwn;
    trim(&name, &nn);
    char buf[64];
    if (nn >= sizeof buf)
        return fail(p, "unknown category", name, nn);
    memcpy(buf, name, nn);
    buf[nn] = '\0';
    p->category = ms__category_find(p->engine, buf);
    if (p->category < 0)
        return fail(p, "unknown category (not in categories.def)", name, nn);
    return MINDSET_OK;
}

/* The '=' that starts a weight: the last one, unless it is the first byte of a term
   that goes on without a blank (the emoticons "=)" and "=D"). NULL if there is none. */
static const char *weight_sign(const char *s, size_t n)
{
    for (size_t i = n; i-- > 0;)
        if (s[i] == '=' && (i > 0 || n == 1 || is_blank(s[1])))
            return s + i;
    return NULL;
}

/* Splits "term = 2.5" into term and weight. */
static mindset_status split_weight(parser *p, const char **s, size_t *n, double *weight)
{
    *weight = 1.0;
    const char *eq = weight_sign(*s, *n);
    if (!eq)
        return MINDSET_OK;
    const char *w = eq + 1;
    size_t wn = (size_t)(*s + *n - w);
    trim(&w, &wn);
    if (wn == 0 || wn >= NUMBER_CHARS)
        return fail(p, "expected a weight after '='", *s, *n);
    if (read_number(w, wn, weight) != 0 || !(*weight > 0 && *weight <= 100))
        return fail(p, "weight must be a number in (0, 100]", w, wn);
    *n = (size_t)(eq - *s);
    trim(s, n);
    if (*n == 0)
        return fail(p, "missing term before '='", eq, 1);
    return MINDSET_OK;
}

/* Index of the current file in lex->files, adding it on first use. */
static int file_index(parser *p, uint32_t *index)
{
    ms_lexicon *e = p->lex;
    if (e->nfiles && !strcmp(e->files[e->nfiles - 1], p->file)) {
        *index = (uint32_t)(e->nfiles - 1);
        return 0;
    }
    char **v = realloc(e->files, (e->nfiles + 1) * sizeof *v);
    if (!v)
        return -1;
    e->files = v;
    size_t n = strlen(p->file) + 1;
    if (!(e->files[e->nfiles] = malloc(n)))
        return -1;
    memcpy(e->files[e->nfiles], p->file, n);
    *index = (uint32_t)e->nfiles++;
    return 0;
}

static mindset_status add_source(parser *p, const char *surface, size_t n, uint32_t *index)
{
    ms_lexicon *e = p->lex;
    if (e->nsources == e->capsources) {
        ms_source *v = ms__grow_array(e->sources, &e->capsources, sizeof *v, 4096);
        if (!v)
            return MINDSET_ERR_NOMEM;
        e->sources = v;
    }
    ms_source *src = &e->sources[e->nsources];
    src->line = (uint32_t)p->line;
    src->surface = (uint32_t)e->surfaces.len;
    src->alternative = UINT32_MAX;
    if (file_index(p, &src->file) != 0 || ms__buf_append(&e->surfaces, surface, n) != 0 ||
        ms__buf_putc(&e->surfaces, '\0') != 0)
        return MINDSET_ERR_NOMEM;
    if (p->alternative) {
        src->alternative = (uint32_t)e->surfaces.len;
        if (ms__buf_append(&e->surfaces, p->alternative, p->alternative_len) != 0 ||
            ms__buf_putc(&e->surfaces, '\0') != 0)
            return MINDSET_ERR_NOMEM;
    }
    *index = (uint32_t)e->nsources++;
    return MINDSET_OK;
}

const char *ms__source_where(const ms_lexicon *e, uint32_t i, char *buf, size_t cap)
{
    snprintf(buf, cap, "%s:%u", e->files[e->sources[i].file], e->sources[i].line);
    return buf;
}

const char *ms__source_text(const ms_lexicon *e, uint32_t i)
{
    return e->surfaces.data + e->sources[i].surface;
}

const char *ms__source_alternative(const ms_lexicon *e, uint32_t i)
{
    uint32_t at = e->sources[i].alternative;
    return at == UINT32_MAX ? NULL : e->surfaces.data + at;
}

/* Splits "term -> alternative": the part after the arrow is a neutral wording an editor
   may offer instead of the term. */
static mindset_status split_alternative(parser *p, const char **s, size_t *n)
{
    p->alternative = NULL;
    for (size_t i = 0; i + 3 <= *n; i++) {
        if (memcmp(*s + i, " ->", 3) != 0 || (i + 3 < *n && (*s)[i + 3] != ' '))
            continue;
        const char *alt = *s + i + 3;
        size_t alen = *n - i - 3;
        trim(&alt, &alen);
        if (alen == 0)
            return fail(p, "expected a neutral alternative after '->'", *s, *n);
        p->alternative = alt;
        p->alternative_len = alen;
        *n = i;
        trim(s, n);
        return *n ? MINDSET_OK : fail(p, "missing term before '->'", alt, alen);
    }
    return MINDSET_OK;
}

static mindset_status push_entry(parser *p, const ms_entry *entry, const char *surface,
                                 size_t n)
{
    ms_lexicon *lex = p->lex;
    if (lex->nentries == lex->capentries) {
        ms_entry *v = ms__grow_array(lex->entries, &lex->capentries, sizeof *v, 1024);
        if (!v)
            return MINDSET_ERR_NOMEM;
        lex->entries = v;
    }
    lex->entries[lex->nentries] = *entry;
    mindset_status st = add_source(p, surface, n, &lex->entries[lex->nentries].source);
    if (st == MINDSET_OK)
        lex->nentries++;
    return st;
}

/* Appends a phrase word: its key, and the one form it must take (-1: any). */
static mindset_status push_word(ms_lexicon *lex, int32_t key, int32_t form)
{
    if (lex->nwords == lex->capwords) {
        size_t cap = lex->capwords;
        int32_t *v = ms__grow_array(lex->words, &cap, sizeof *v, 1024);
        if (!v)
            return MINDSET_ERR_NOMEM;
        lex->words = v;
        int32_t *f = realloc(lex->forms, cap * sizeof *f);
        if (!f)
            return MINDSET_ERR_NOMEM;
        lex->forms = f;
        lex->capwords = cap;
    }
    lex->forms[lex->nwords] = form;
    lex->words[lex->nwords++] = key;
    return MINDSET_OK;
}

int ms__same_words(const ms_lexicon *lex, const ms_entry *a, const ms_entry *b)
{
    size_t n = a->nwords * sizeof *lex->words;
    return a->nwords == b->nwords &&
           !memcmp(lex->words + a->first_word, lex->words + b->first_word, n) &&
           !memcmp(lex->forms + a->first_word, lex->forms + b->first_word, n);
}

/* Normalises (and for words, stems) token t of the entry; returns its key string. A
   number that holds a placeholder is keyed by its shape. */
static const char *token_key(parser *p, const char *s, const ms_token *t, int shape,
                             size_t *klen)
{
    size_t start = t->start;
    if (t->kind == MS_TOK_HASHTAG)
        start += (unsigned char)s[start] == '#' ? 1 : 3; /* '#' or fullwidth '＃' */
    p->norm.len = 0;
    if (ms__normalize(s + start, t->end - start, (t->flags & MS_TF_ASCII) != 0, &p->norm) !=
        0)
        return NULL;
    if (shape) {
        *klen = ms__number_shape(p->norm.data, p->norm.len, p->norm.data);
        return p->norm.data;
    }
    if (t->kind != MS_TOK_WORD && t->kind != MS_TOK_HASHTAG) {
        *klen = p->norm.len;
        return p->norm.data ? p->norm.data : "";
    }
    return ms__stem(p->stemmer, p->norm.data, p->norm.len, klen);
}

#define PLACEHOLDER "{n}"
#define PLACEHOLDER_LEN (sizeof PLACEHOLDER - 1)

/* Whether a "{n}" placeholder starts at byte i of s[0..n). */
static int placeholder_at(const char *s, size_t n, size_t i)
{
    return i + PLACEHOLDER_LEN <= n && memcmp(s + i, PLACEHOLDER, PLACEHOLDER_LEN) == 0;
}

/* Whether s[0..n) holds "{N}", a placeholder with the wrong case, which would otherwise
   be read as the word "n" between braces. */
static int has_capital_placeholder(const char *s, size_t n)
{
    for (size_t i = 0; i + PLACEHOLDER_LEN <= n; i++)
        if (memcmp(s + i, "{N}", PLACEHOLDER_LEN) == 0)
            return 1;
    return 0;
}

static int has_placeholder(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (placeholder_at(s, n, i))
            return 1;
    return 0;
}

/* Writes the entry to p->shaped with each "{n}" as the digit 0, which the tokenizer reads
   as (part of) a number, and marks where the placeholders stand in p->marks. */
static mindset_status write_shaped(parser *p, const char *s, size_t n)
{
    static const char zero = '0', one = 1, none = 0;
    p->shaped.len = p->marks.len = 0;
    for (size_t i = 0; i < n;) {
        int at = placeholder_at(s, n, i);
        if (ms__buf_append(&p->shaped, at ? &zero : s + i, 1) != 0 ||
            ms__buf_append(&p->marks, at ? &one : &none, 1) != 0)
            return MINDSET_ERR_NOMEM;
        i += at ? PLACEHOLDER_LEN : 1;
    }
    return MINDSET_OK;
}

/* Whether token t of p->shaped takes in a placeholder. */
static int holds_placeholder(const parser *p, const ms_token *t)
{
    return memchr(p->marks.data + t->start, 1, t->end - t->start) != NULL;
}

static int keyable(const ms_token *t)
{
    return t->kind == MS_TOK_WORD || t->kind == MS_TOK_HASHTAG ||
           t->kind == MS_TOK_NUMBER || t->kind == MS_TOK_EMOJI || t->kind == MS_TOK_PUNCT ||
           t->kind == MS_TOK_CASHTAG;
}

/* Words of ASCII letters separated by single spaces: the tokenizer would cut them at the
   spaces and nothing else, so loading can skip it (most entries look like this). */
static int plain_words(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char c = (char)(s[i] | 32);
        int letter = c >= 'a' && c <= 'z';
        if (!letter && !(s[i] == ' ' && i > 0 && i + 1 < n && s[i - 1] != ' '))
            return 0;
    }
    return n > 0;
}

static mindset_status add_key(parser *p, const char *key, size_t klen, int32_t form)
{
    int32_t id = ms__strmap_intern(&p->lex->keys, key, klen);
    return id < 0 ? MINDSET_ERR_NOMEM : push_word(p->lex, id, form);
}

/* The form id of the word just normalised into p->norm, for a word in quotes. */
static int32_t intern_form(parser *p)
{
    return ms__strmap_intern(&p->lex->form_ids, p->norm.data, p->norm.len);
}

static int is_quote(const char *s, const ms_token *t)
{
    return t->kind == MS_TOK_PUNCT && t->end - t->start == 1 && s[t->start] == '"';
}

/* Whether token i of the entry is a word in quotes ("sign" up): the quotes right
   against it on both sides. */
static int quoted_word(const char *s, const ms_token_list *l, size_t i)
{
    if (i == 0 || i + 1 >= l->count)
        return 0;
    const ms_token *t = &l->items[i];
    return t->kind == MS_TOK_WORD && is_quote(s, &l->items[i - 1]) &&
           l->items[i - 1].end == t->start && is_quote(s, &l->items[i + 1]) &&
           l->items[i + 1].start == t->end;
}

static mindset_status plain_entry_keys(parser *p, const char *s, size_t n, uint8_t *count)
{
    *count = 0;
    for (size_t i = 0; i < n;) {
        size_t e = i;
        while (e < n && s[e] != ' ')
            e++;
        if (*count == MS_MAX_PHRASE)
            return fail(p, "phrase longer than 8 words", s, n);
        p->norm.len = 0;
        size_t klen;
        const char *key = ms__normalize(s + i, e - i, 1, &p->norm) == 0
                              ? ms__stem(p->stemmer, p->norm.data, p->norm.len, &klen)
                              : NULL;
        if (!key || add_key(p, key, klen, -1) != MINDSET_OK)
            return MINDSET_ERR_NOMEM;
        (*count)++;
        i = e + 1;
    }
    return MINDSET_OK;
}

/* Appends the key ids of the entry's tokens to lex->words; sets *count. An entry with
   "{n}" placeholders is read with a digit in each, and the numbers holding one are keyed
   by their shape. */
static mindset_status entry_keys(parser *p, const char *s, size_t n, uint8_t *count)
{
    if (plain_words(s, n))
        return plain_entry_keys(p, s, n, count);
    const char *text = s;
    int shaped = has_placeholder(s, n);
    if (shaped) {
        if (write_shaped(p, s, n) != MINDSET_OK)
            return MINDSET_ERR_NOMEM;
        text = p->shaped.data;
    }
    size_t len = shaped ? p->shaped.len : n;
    if (ms__tokenize(text, len, &p->tokens) != MS_TOKENIZE_OK)
        return MINDSET_ERR_NOMEM;
    *count = 0;
    for (size_t i = 0; i < p->tokens.count; i++) {
        const ms_token *t = &p->tokens.items[i];
        if (is_quote(text, t)) {
            if ((i > 0 && quoted_word(text, &p->tokens, i - 1)) ||
                quoted_word(text, &p->tokens, i + 1))
                continue; /* the quotes around a word that must take one form */
            return fail(p, "quote each exact word of a phrase on its own (\"sign\" up)", s,
                        n);
        }
        if (t->flags & MS_TF_HASHPART)
            continue;
        int quoted = quoted_word(text, &p->tokens, i);
        if (!keyable(t))
            return fail(p, "entries cannot contain URLs, mentions or e-mail addresses", s,
                        n);
        int shape = shaped && holds_placeholder(p, t);
        if (shape && t->kind != MS_TOK_NUMBER)
            return fail(p, "{n} must stand for a number on its own (\"{n}%\", \"top {n}\")",
                        s, n);
        if (*count == MS_MAX_PHRASE)
            return fail(p, "phrase longer than 8 words", s, n);
        size_t klen;
        const char *key = token_key(p, text, t, shape, &klen);
        if (!key)
            return MINDSET_ERR_NOMEM;
        if (shape && p->tokens.count == 1 && klen == 1) /* the shape "#" of a bare {n} */
            return fail(p,
                        "a bare {n} would count every number: give it a unit (\"{n}%\") "
                        "or words (\"{n} years of\")",
                        s, n);
        int32_t form = -1;
        if (quoted && (form = intern_form(p)) < 0) /* p->norm still holds the word */
            return MINDSET_ERR_NOMEM;
        if (add_key(p, key, klen, form) != MINDSET_OK)
            return MINDSET_ERR_NOMEM;
        (*count)++;
    }
    if (*count == 0)
        return fail(p, "entry has no words", s, n);
    p->lex->number_shapes |= shaped;
    return MINDSET_OK;
}

/* Lets words that start like the prefix w through the gate of ms__wildcard_prefix. */
static void open_prefix_gate(ms_lexicon *lex, const char *w, size_t n)
{
    if (n <= 2) {
        unsigned bit = ms__prefix_lead(w, n);
        lex->short_prefixes[bit >> 3] |= (uint8_t)(1u << (bit & 7));
    } else {
        unsigned bit = ms__prefix_head(w);
        lex->prefix_heads[bit >> 3] |= (uint8_t)(1u << (bit & 7));
        unsigned size = ms__prefix_size(bit, n);
        lex->prefix_sizes[size >> 3] |= (uint8_t)(1u << (size & 7));
    }
}

/* Interns the normalised prefix p->norm as a prefix of the given kind (MS_PREFIX_*). */
static mindset_status intern_prefix(parser *p, unsigned kind, int32_t *id)
{
    ms_lexicon *lex = p->lex;
    *id = ms__strmap_intern(&lex->prefixes, p->norm.data, p->norm.len);
    if (*id < 0)
        return MINDSET_ERR_NOMEM;
    if ((size_t)*id >= lex->capprefix_info) {
        size_t old = lex->capprefix_info;
        ms_prefix_info *v =
            ms__grow_array(lex->prefix_info, &lex->capprefix_info, sizeof *v, 64);
        if (!v)
            return MINDSET_ERR_NOMEM;
        memset(v + old, 0, (lex->capprefix_info - old) * sizeof *v);
        lex->prefix_info = v;
    }
    lex->prefix_info[*id].kinds |= (uint8_t)kind;
    lex->prefix_info[*id].len = (uint8_t)p->norm.len;
    lex->prefix_lengths |= 1u << p->norm.len;
    open_prefix_gate(lex, p->norm.data, p->norm.len);
    return MINDSET_OK;
}

/* A prefix entry (klasgeno*: kind MS_PREFIX_WILDCARD) or an exact word ("like": kind
   MS_PREFIX_EXACT): one word, normalised but not stemmed. surface_len covers the '*' or
   the quotes, as written. */
static mindset_status prefix_entry(parser *p, const char *s, size_t n, size_t surface_len,
                                   unsigned kind, ms_entry *entry)
{
    int exact = kind == MS_PREFIX_EXACT;
    if (has_placeholder(s, n))
        return fail(p,
                    "{n} stands for a number in plain entries only, not in wildcards or "
                    "exact words",
                    s, n);
    if (memchr(s, ' ', n) || memchr(s, '\t', n))
        return fail(p,
                    exact ? "an exact entry must be a single word"
                          : "a wildcard must be a single word",
                    s, n);
    p->norm.len = 0;
    if (ms__normalize(s, n, 0, &p->norm) != 0)
        return MINDSET_ERR_NOMEM;
    if (p->norm.len < (exact ? 1u : 3u) || p->norm.len >= 32)
        return fail(p,
                    exact ? "an exact word needs 1 to 31 bytes"
                          : "a wildcard prefix needs 3 to 31 bytes",
                    s, n);
    int32_t id;
    mindset_status st = intern_prefix(p, kind, &id);
    if (st != MINDSET_OK)
        return st;
    entry->wildcard = 1;
    entry->exact = (uint8_t)exact;
    entry->first_word = (uint32_t)id;
    entry->key = (uint32_t)id;
    entry->nwords = 1;
    return push_entry(p, entry, exact ? s - 1 : s, surface_len);
}

static mindset_status stopword_entry(parser *p, const char *s, size_t n)
{
    p->norm.len = 0;
    if (ms__normalize(s, n, 0, &p->norm) != 0)
        return MINDSET_ERR_NOMEM;
    if (ms__strmap_put(&p->lex->stopwords, p->norm.data, p->norm.len, 1) < 0)
        return MINDSET_ERR_NOMEM;
    return MINDSET_OK;
}

/* The key of a label model word: one word, stemmed like post text, or one emoji. */
static mindset_status model_key(parser *p, const char *s, size_t n, uint32_t *key)
{
    ms_token plain = {
        .start = 0, .end = (uint32_t)n, .kind = MS_TOK_WORD, .flags = MS_TF_ASCII};
    const ms_token *t = &plain; /* ASCII letters are one word; most model words are */
    if (!plain_words(s, n)) {   /* s has no blank: plain means letters only */
        if (ms__tokenize(s, n, &p->tokens) != MS_TOKENIZE_OK)
            return MINDSET_ERR_NOMEM;
        t = &p->tokens.items[0];
        if (p->tokens.count != 1 || !(t->kind == MS_TOK_WORD || t->kind == MS_TOK_HASHTAG ||
                                      t->kind == MS_TOK_EMOJI))
            return fail(p, "a label model word is one word or one emoji", s, n);
    }
    size_t klen;
    const char *k = token_key(p, s, t, 0, &klen);
    int32_t id = k ? ms__strmap_intern(&p->lex->keys, k, klen) : -1;
    if (id < 0)
        return MINDSET_ERR_NOMEM;
    *key = (uint32_t)id;
    return MINDSET_OK;
}

/* "word  personal professional mixed": a word of the label model and its weights. */
static mindset_status model_line(parser *p, const char *s, size_t n)
{
    size_t word_len;
    const char *msg;
    ms_model_word w = {0};
    uint32_t key;
    if (model_line_split(s, n, &word_len, w.weights, model_weights(p->lex), &msg) != 0)
        return fail(p, msg, s, n);
    p->model_started = 1;
    mindset_status st = model_key(p, s, word_len, &key);
    if (st == MINDSET_OK)
        st = add_source(p, s, word_len, &w.source);
    if (st != MINDSET_OK)
        return st;
    const ms_model_word *dup;
    int added = ms__model_add(p->lex, key, &w, &dup);
    if (added == -2)
        return MINDSET_ERR_NOMEM;
    if (added == -1) {
        ms__error_set(
            p->err, p->file, p->line, 0,
            "'%.*s' stems like '%s' on line %u: a label model word is listed once",
            (int)word_len, s, ms__source_text(p->lex, dup->source),
            p->lex->sources[dup->source].line);
        return MINDSET_ERR_LEXICON;
    }
    return MINDSET_OK;
}

static mindset_status entry_line(void *ctx, const char *s, size_t n, int line)
{
    parser *p = ctx;
    p->line = line;
    if (s[0] == '@')
        return directive(p, s, n);
    if (p->in_model)
        return model_line(p, s, n);
    if (p->category < 0)
        return fail(p, "entry before any '@category' line", s, n);
    double weight;
    mindset_status st = split_alternative(p, &s, &n);
    if (st == MINDSET_OK)
        st = split_weight(p, &s, &n, &weight);
    if (st != MINDSET_OK)
        return st;
    const ms_category *c = &p->engine->categories[p->category];
    if (c->role == MS_ROLE_STOPWORD)
        return stopword_entry(p, s, n);
    ms_entry entry = {.category = (uint8_t)p->category,
                      .weight = (float)(weight * c->weight)};
    if (has_capital_placeholder(s, n))
        return fail(p, "write the number placeholder as {n}, in lower case", s, n);
    if (s[n - 1] == '*')
        return prefix_entry(p, s, n - 1, n, MS_PREFIX_WILDCARD, &entry);
    if (n >= 2 && s[0] == '"' && s[n - 1] == '"' && !memchr(s, ' ', n))
        return prefix_entry(p, s + 1, n - 2, n, MS_PREFIX_EXACT, &entry);
    entry.first_word = (uint32_t)p->lex->nwords;
    st = entry_keys(p, s, n, &entry.nwords);
    if (st != MINDSET_OK)
        return st;
    entry.key = (uint32_t)p->lex->words[entry.first_word];
    for (uint32_t w = entry.first_word; w < entry.first_word + entry.nwords; w++)
        entry.exact |= p->lex->forms[w] >= 0;
    return push_entry(p, &entry, s, n);
}

mindset_status ms__lexicon_parse(mindset_engine *e, ms_lang lang, const char *file,
                                 const char *text, size_t len, ms_stemmer *stemmer,
                                 mindset_error *err)
{
    parser p = {.engine = e,
                .lex = &e->lex[lang],
                .lang = lang,
                .file = file,
                .category = -1,
                .stemmer = stemmer,
                .err = err};
    mindset_status st = ms__for_each_line(text, len, entry_line, &p);
    if (st == MINDSET_ERR_NOMEM)
        ms__error_set(err, file, p.line, 0, "out of memory");
    ms__token_list_free(&p.tokens);
    ms__buf_free(&p.norm);
    ms__buf_free(&p.shaped);
    ms__buf_free(&p.marks);
    return st;
}

/* Grows *items to n elements of size bytes unless it has room for them already. */
static int reserve_array(void **items, size_t *cap, size_t n, size_t size)
{
    if (*cap >= n)
        return 0;
    void *v = realloc(*items, n * size);
    if (!v)
        return -1;
    *items = v;
    *cap = n;
    return 0;
}

/* The arrays get room for all a language's lines at once, so that they are not copied as
   they grow: each copy writes to pages that are new to the process, and a page fault
   costs more than the instructions that fill the page. Room never written is never
   mapped, so room the language does not use costs nothing. */
mindset_status ms__lexicon_reserve(ms_lexicon *lex, size_t lines, size_t bytes)
{
    size_t words = lex->capwords;
    int failed =
        reserve_array((void **)&lex->entries, &lex->capentries, lines,
                      sizeof *lex->entries) ||
        reserve_array((void **)&lex->sources, &lex->capsources, lines,
                      sizeof *lex->sources) ||
        reserve_array((void **)&lex->model_words, &lex->capmodel_words, lines,
                      sizeof *lex->model_words) ||
        reserve_array((void **)&lex->words, &words, 2 * lines, sizeof *lex->words) ||
        reserve_array((void **)&lex->forms, &lex->capwords, 2 * lines,
                      sizeof *lex->forms) ||
        ms__strmap_reserve(&lex->keys, (uint32_t)lines, bytes / 2) ||
        ms__buf_reserve(&lex->surfaces, bytes);
    return failed ? MINDSET_ERR_NOMEM : MINDSET_OK;
}

/* ---- index ----------------------------------------------------------------------------
 */

static int compare_entries(const void *a, const void *b)
{
    const ms_entry *x = a, *y = b;
    if (x->wildcard != y->wildcard)
        return x->wildcard - y->wildcard;
    uint32_t kx = x->key, ky = y->key;
    if (kx != ky)
        return kx < ky ? -1 : 1;
    if (x->nwords != y->nwords)
        return y->nwords - x->nwords;
    if (!x->wildcard && x->exact != y->exact)
        return y->exact - x->exact; /* "sign" up is tried before sign up */
    return x->source < y->source ? -1 : x->source > y->source;
}

/* first[k]..first[k+1] = entries whose key is k, for n keys over entries [from, to). */
static uint32_t *build_index(const ms_lexicon *lex, size_t from, size_t to, size_t nkeys)
{
    uint32_t *first = calloc(nkeys + 1, sizeof *first);
    if (!first)
        return NULL;
    for (size_t i = from; i < to; i++)
        first[lex->entries[i].key + 1]++;
    first[0] = (uint32_t)from;
    for (size_t k = 1; k <= nkeys; k++)
        first[k] += first[k - 1];
    return first;
}

/* Where each key's one-word entries start, the bit of each phrase's first two words and
   the bit of each key that starts an entry (ms_lexicon.singles, phrase_pairs and
   entry_keys). Entries are sorted by key, longest first. */
static mindset_status index_phrases(ms_lexicon *lex)
{
    size_t nkeys = lex->keys.count;
    lex->singles = malloc((nkeys + 1) * sizeof *lex->singles);
    lex->entry_keys = calloc(nkeys / 8 + 1, 1);
    if (!lex->singles || !lex->entry_keys)
        return MINDSET_ERR_NOMEM;
    memset(lex->phrase_pairs, 0, sizeof lex->phrase_pairs);
    for (size_t k = 0; k < nkeys; k++) {
        uint32_t e = lex->first[k];
        if (e < lex->first[k + 1])
            lex->entry_keys[k >> 3] |= (uint8_t)(1u << (k & 7));
        for (; e < lex->first[k + 1] && lex->entries[e].nwords > 1; e++) {
            const int32_t *w = lex->words + lex->entries[e].first_word;
            unsigned bit = ms__phrase_pair((uint32_t)w[0], (uint32_t)w[1]);
            lex->phrase_pairs[bit >> 3] |= (uint8_t)(1u << (bit & 7));
        }
        lex->singles[k] = e;
    }
    lex->singles[nkeys] = lex->first[nkeys];
    return MINDSET_OK;
}

/* Sets the key_starts bit of every start of every key, the whole key included. */
static mindset_status index_key_starts(ms_lexicon *lex)
{
    free(lex->key_starts);
    lex->key_starts = calloc(MS_KEY_START_BITS / 8, 1);
    if (!lex->key_starts)
        return MINDSET_ERR_NOMEM;
    for (uint32_t k = 0; k < lex->keys.count; k++) {
        const char *key = ms__strmap_key(&lex->keys, k);
        for (size_t n = 1; n <= lex->keys.entries[k].len; n++) {
            unsigned bit = ms__key_start_bit(key, n);
            lex->key_starts[bit >> 3] |= (uint8_t)(1u << (bit & 7));
        }
    }
    return MINDSET_OK;
}

/* The bucket of entry x when sorting: plain entries by key, then wildcards by prefix. */
static size_t entry_bucket(const ms_lexicon *lex, const ms_entry *x)
{
    return x->wildcard ? lex->keys.count + x->key : x->key;
}

/* Orders the entries as compare_entries says: a stable counting sort by bucket (most
   buckets hold one entry or two), then insertion sort within each; qsort took a tenth of
   the instructions of loading a language. */
static mindset_status sort_entries(ms_lexicon *lex)
{
    size_t nbuckets = lex->keys.count + lex->prefixes.count;
    size_t *start = calloc(nbuckets + 1, sizeof *start);
    ms_entry *sorted = malloc(lex->nentries * sizeof *sorted);
    if (!start || !sorted) {
        free(start);
        free(sorted);
        return MINDSET_ERR_NOMEM;
    }
    for (size_t i = 0; i < lex->nentries; i++)
        start[entry_bucket(lex, &lex->entries[i]) + 1]++;
    for (size_t b = 1; b <= nbuckets; b++)
        start[b] += start[b - 1];
    for (size_t i = 0; i < lex->nentries; i++)
        sorted[start[entry_bucket(lex, &lex->entries[i])]++] = lex->entries[i];
    free(start); /* start[b] is now the end of bucket b */
    for (size_t i = 1; i < lex->nentries; i++) {
        ms_entry x = sorted[i];
        size_t j = i;
        for (; j > 0 && compare_entries(&sorted[j - 1], &x) > 0; j--)
            sorted[j] = sorted[j - 1];
        sorted[j] = x;
    }
    free(lex->entries);
    lex->entries = sorted;
    lex->capentries = lex->nentries;
    return MINDSET_OK;
}

mindset_status ms__lexicon_finish(ms_lexicon *lex)
{
    if (lex->nentries && sort_entries(lex) != MINDSET_OK)
        return MINDSET_ERR_NOMEM;
    size_t nplain = 0;
    while (nplain < lex->nentries && !lex->entries[nplain].wildcard)
        nplain++;
    lex->first = build_index(lex, 0, nplain, lex->keys.count);
    lex->wfirst = build_index(lex, nplain, lex->nentries, lex->prefixes.count);
    if (!lex->first || !lex->wfirst)
        return MINDSET_ERR_NOMEM;
    mindset_status st = index_phrases(lex);
    if (st == MINDSET_OK)
        st = ms__model_finish(lex);
    return st == MINDSET_OK ? index_key_starts(lex) : st;
}

void ms__lexicon_free(ms_lexicon *lex)
{
    if (lex->borrowed) { /* a built-in image: static storage */
        memset(lex, 0, sizeof *lex);
        return;
    }
    for (size_t i = 0; i < lex->nfiles; i++)
        free(lex->files[i]);
    free(lex->files);
    free(lex->sources);
    ms__buf_free(&lex->surfaces);
    ms__strmap_free(&lex->keys);
    ms__strmap_free(&lex->prefixes);
    ms__strmap_free(&lex->stopwords);
    ms__strmap_free(&lex->form_ids);
    free(lex->words);
    free(lex->forms);
    free(lex->entries);
    free(lex->first);
    free(lex->singles);
    free(lex->entry_keys);
    free(lex->wfirst);
    free(lex->prefix_info);
    free(lex->key_starts);
    free(lex->model_words);
    free(lex->model_index);
    memset(lex, 0, sizeof *lex);
}
