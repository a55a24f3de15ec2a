/*
 * render_record.c - the compact form bulk scoring writes per post: a JSON object with the
 * figures an analyst aggregates (no findings, no spans).
 *
 * This runs once per bulk record, so it is written in chunks: each chunk counts its bytes,
 * reserves them once and then copies without further checks, instead of checking the
 * buffer for every key and value.
 */
#include <pthread.h>

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

/* {"lang":L,"mindset":{"label":L,"score":S}, */
static void header_json(const mindset_result *r, ms_buf *b)
{
    const char *lang = mindset_result_lang(r), *label = mindset_result_label(r);
    size_t lang_len = strlen(lang), label_len = strlen(label);
    char score[MS_JSON_NUMBER_MAX];
    size_t score_len = ms__format_json_number(score, r->score);
    static const char k1[] = "{\"lang\":\"", k2[] = "\",\"mindset\":{\"label\":\"",
                      k3[] = "\",\"score\":", k4[] = "},";
    char *at = room(b, sizeof k1 + sizeof k2 + sizeof k3 + sizeof k4 + lang_len +
                           label_len + score_len);
    if (!at)
        return;
    at = PUT_LITERAL(at, k1);
    at = put(at, lang, lang_len);
    at = PUT_LITERAL(at, k2);
    at = put(at, label, label_len);
    at = PUT_LITERAL(at, k3);
    at = put(at, score, score_len);
    at = PUT_LITERAL(at, k4);
    chunk_done(b, at);
}

/* ,{"type":T,"weight":W} (the comma unless first) */
static void content_type_json(const ms_type_score *t, int first, ms_buf *b)
{
    const char *name = ms__type_name(t->type);
    size_t name_len = strlen(name);
    char weight[MS_JSON_NUMBER_MAX];
    size_t weight_len = ms__format_json_number(weight, t->weight);
    static const char k1[] = ",{\"type\":\"", k2[] = "\",\"weight\":";
    char *at = room(b, sizeof k1 + sizeof k2 + name_len + weight_len + 1);
    if (!at)
        return;
    at = first ? PUT_LITERAL(at, "{\"type\":\"") : PUT_LITERAL(at, k1);
    at = put(at, name, name_len);
    at = PUT_LITERAL(at, k2);
    at = put(at, weight, weight_len);
    *at++ = '}';
    chunk_done(b, at);
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

static void content_types_and_verdicts_json(const mindset_result *r, ms_buf *b)
{
    ms__buf_puts(b, "\"content_types\":[");
    for (size_t i = 0; i < r->ntypes; i++)
        content_type_json(&r->types[i], i == 0, b);
    ms__buf_puts(b, "],\"verdicts\":{");
    for (size_t i = 0; i < r->nverdicts; i++)
        verdict_json(r->verdict_networks[i]->name, r->verdicts[i], i == 0, b);
    ms__buf_puts(b, "},");
}

/* The purpose names and their lengths, measured once: they are constants, and every
   record writes all five. */
static const char *purpose_names[MINDSET_PURPOSE_COUNT];
static size_t purpose_name_lens[MINDSET_PURPOSE_COUNT], purpose_names_len;
static pthread_once_t purpose_names_once = PTHREAD_ONCE_INIT;

static void measure_purpose_names(void)
{
    for (size_t i = 0; i < MINDSET_PURPOSE_COUNT; i++) {
        purpose_names[i] = mindset_purpose_name(i);
        purpose_name_lens[i] = strlen(purpose_names[i]);
        purpose_names_len += purpose_name_lens[i];
    }
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

/* "purposes":{"NAME":POINTS,...}} - the last brace closes the record. */
static void purposes_json(const mindset_result *r, ms_buf *b)
{
    pthread_once(&purpose_names_once, measure_purpose_names);
    char *at = room(b, sizeof "\"purposes\":{}}" + purpose_names_len +
                           MINDSET_PURPOSE_COUNT * (4 + MS_INT_MAX));
    if (!at)
        return;
    at = PUT_LITERAL(at, "\"purposes\":{");
    for (size_t i = 0; i < MINDSET_PURPOSE_COUNT; i++) {
        at = i ? PUT_LITERAL(at, ",\"") : PUT_LITERAL(at, "\"");
        at = put(at, purpose_names[i], purpose_name_lens[i]);
        at = PUT_LITERAL(at, "\":");
        at = put_int(at, r->purposes[i]);
    }
    at = PUT_LITERAL(at, "}}");
    chunk_done(b, at);
}

mindset_status ms__render_record(const mindset_result *r, ms_buf *b)
{
    header_json(r, b);
    content_types_and_verdicts_json(r, b);
    purposes_json(r, b);
    return b->failed ? MINDSET_ERR_NOMEM : MINDSET_OK;
}
