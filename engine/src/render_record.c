/*
 * render_record.c - the compact form bulk scoring writes per post: a JSON object with the
 * figures an analyst aggregates (no findings, no spans).
 *
 * This runs once per bulk record, so it is written in three chunks: each chunk reserves
 * the most it can take once and then copies without further checks, instead of checking
 * the buffer for every key and value. The names it writes come from fixed lists and are
 * measured once, not per record.
 */
#include <pthread.h>
#include <stdio.h>

#include "internal.h"

/* Room for n more bytes at the end of b, or NULL (b->failed is then set). */
static char *room(ms_buf *b, size_t n)
{
    if (ms__buf_reserve(b, n) != 0)
        return NULL;
    return b->data + b->len;
}

/* Ends a chunk whose bytes end at at. */
static void chunk_done(ms_buf *b, char *at)
{
    b->len = (size_t)(at - b->data);
    b->data[b->len] = '\0';
}

static char *put(char *at, const char *s, size_t n)
{
    memcpy(at, s, n);
    return at + n;
}

/* A string literal: its length is known when compiling. */
#define PUT_LITERAL(at, lit) put(at, lit, sizeof(lit) - 1)

/* A name the record writes: its text, and a copy NUL-padded to NAME_PAD bytes when it
   is shorter, so that one copy of fixed size writes it (the room a chunk reserves allows
   for the bytes past its end, which the next write covers). */
#define NAME_PAD 32
typedef struct {
    const char *text;
    size_t len;
    char padded[NAME_PAD];
} name;

/* The names a record takes from fixed lists, measured once, as every record writes
   several: its language, its label, its content types and, before each purpose's points,
   the purpose's key with what goes before it ("purposes":{"NAME": for the first, ,"NAME":
   for the others). */
#define PURPOSE_KEY_MAX 64 /* purpose names are short words: far more than they take */
static name lang_names[MS_LANG_COUNT], label_names[MS_AXIS_MIXED + 1],
    type_names[MS_TYPE_COUNT], purpose_keys[MINDSET_PURPOSE_COUNT];
static size_t purpose_keys_len, longest_name;
static pthread_once_t names_once = PTHREAD_ONCE_INIT;

static name name_of(const char *text)
{
    name n = {.text = text, .len = strlen(text)};
    if (n.len < NAME_PAD)
        memcpy(n.padded, text, n.len);
    return n;
}

/* Writes a name: one fixed-size copy when it is padded, else its bytes. */
static char *put_name(char *at, const name *n)
{
    if (n->len >= NAME_PAD)
        return put(at, n->text, n->len);
    memcpy(at, n->padded, NAME_PAD);
    return at + n->len;
}

/* name_of, and the longest of the names measured so far. */
static name measured(const char *text)
{
    name n = name_of(text);
    if (n.len > longest_name)
        longest_name = n.len;
    return n;
}

static void measure_purpose_keys(void)
{
    static char keys[MINDSET_PURPOSE_COUNT][PURPOSE_KEY_MAX];
    for (size_t i = 0; i < MINDSET_PURPOSE_COUNT; i++) {
        snprintf(keys[i], PURPOSE_KEY_MAX, "%s\"%s\":", i ? "," : "\"purposes\":{",
                 mindset_purpose_name(i));
        purpose_keys[i] = name_of(keys[i]);
        purpose_keys_len += purpose_keys[i].len;
    }
}

static void measure_names(void)
{
    for (int l = 0; l < MS_LANG_COUNT; l++)
        lang_names[l] = measured(ms__lang_name((ms_lang)l));
    label_names[MS_AXIS_NONE] = measured("unknown");
    for (int a = MS_AXIS_PERSONAL; a <= MS_AXIS_MIXED; a++)
        label_names[a] = measured(ms__axis_name((ms_axis)a));
    for (int t = 0; t < MS_TYPE_COUNT; t++)
        type_names[t] = measured(ms__type_name(t));
    measured(ms__type_name(-1)); /* what a type out of range is called */
    measure_purpose_keys();
}

/* {"lang":L,"mindset":{"label":L,"score":S},"content_types":[ */
static char *header_json(char *at, const mindset_result *r)
{
    const name *lang = &lang_names[r->lang < MS_LANG_COUNT ? r->lang : MS_LANG_UNKNOWN];
    const name *label = &label_names[r->label];
    at = PUT_LITERAL(at, "{\"lang\":\"");
    at = put_name(at, lang);
    at = PUT_LITERAL(at, "\",\"mindset\":{\"label\":\"");
    at = put_name(at, label);
    at = PUT_LITERAL(at, "\",\"score\":");
    at += ms__format_json_number(at, r->score);
    return PUT_LITERAL(at, "},\"content_types\":[");
}

/* ,{"type":T,"weight":W} (the comma unless first) */
static char *content_type_json(char *at, const ms_type_score *t, int first)
{
    name other;
    const name *type = t->type >= 0 && t->type < MS_TYPE_COUNT
                           ? &type_names[t->type]
                           : (other = name_of(ms__type_name(t->type)), &other);
    at = first ? PUT_LITERAL(at, "{\"type\":\"") : PUT_LITERAL(at, ",{\"type\":\"");
    at = put_name(at, type);
    at = PUT_LITERAL(at, "\",\"weight\":");
    at += ms__format_json_number(at, t->weight);
    *at++ = '}';
    return at;
}

/* The room the header and the content types take at most. */
static size_t header_and_types_room(const mindset_result *r)
{
    size_t per_type = sizeof ",{\"type\":\"\",\"weight\":}" + longest_name +
                      MS_JSON_NUMBER_MAX + NAME_PAD;
    size_t keys = sizeof "{\"lang\":\"\",\"mindset\":{\"label\":\"\",\"score\":},";
    return keys + sizeof "\"content_types\":[" + 2 * (longest_name + NAME_PAD) +
           MS_JSON_NUMBER_MAX + r->ntypes * per_type;
}

/* ,"NETWORK":"VERDICT" (the comma unless first) */
static void verdict_json(const char *net, const char *verdict, int first, ms_buf *b)
{
    size_t net_len = strlen(net), verdict_len = strlen(verdict);
    char *at = room(b, net_len + verdict_len + 6);
    if (!at)
        return;
    at = first ? PUT_LITERAL(at, "\"") : PUT_LITERAL(at, ",\"");
    at = put(at, net, net_len);
    at = PUT_LITERAL(at, "\":\"");
    at = put(at, verdict, verdict_len);
    *at++ = '"';
    chunk_done(b, at);
}

/* Purpose points are mostly single digits. */
static char *put_int(char *at, int v)
{
    if (v >= 0 && v < 10) {
        *at = (char)('0' + v);
        return at + 1;
    }
    return at + ms__format_int(at, v);
}

/* },"purposes":{"NAME":POINTS,...}} - the first brace closes the verdicts, the last the
   record. */
static void purposes_json(const mindset_result *r, ms_buf *b)
{
    char *at = room(b, sizeof "},}}" + purpose_keys_len +
                           MINDSET_PURPOSE_COUNT * MS_INT_MAX + NAME_PAD);
    if (!at)
        return;
    at = PUT_LITERAL(at, "},");
    for (size_t i = 0; i < MINDSET_PURPOSE_COUNT; i++) {
        at = put_name(at, &purpose_keys[i]);
        at = put_int(at, r->purposes[i]);
    }
    at = PUT_LITERAL(at, "}}");
    chunk_done(b, at);
}

/* Three chunks: the header with the content types and the verdicts' key, each verdict,
   and the purposes. */
mindset_status ms__render_record(const mindset_result *r, ms_buf *b)
{
    pthread_once(&names_once, measure_names);
    char *at = room(b, header_and_types_room(r) + sizeof "],\"verdicts\":{");
    if (!at)
        return MINDSET_ERR_NOMEM;
    at = header_json(at, r);
    for (size_t i = 0; i < r->ntypes; i++)
        at = content_type_json(at, &r->types[i], i == 0);
    at = PUT_LITERAL(at, "],\"verdicts\":{");
    chunk_done(b, at);
    for (size_t i = 0; i < r->nverdicts; i++)
        verdict_json(r->verdict_networks[i]->name, r->verdicts[i], i == 0, b);
    purposes_json(r, b);
    return b->failed ? MINDSET_ERR_NOMEM : MINDSET_OK;
}
