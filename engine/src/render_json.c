/*
 * render_json.c - the result as one JSON object (schema in docs/json-schema.md). Written
 * straight into a buffer, keys in a fixed order, so output is byte-stable across runs.
 */
#include <string.h>

#include "internal.h"

static void key(ms_buf *b, const char *k)
{
    ms__buf_json_string(b, k, strlen(k));
    ms__buf_putc(b, ':');
}

static void string_or_null(ms_buf *b, const char *s)
{
    if (s)
        ms__buf_json_string(b, s, strlen(s));
    else
        ms__buf_puts(b, "null");
}

/* The quoted text of a span, or "" when the text was not given. */
static void span_text(ms_buf *b, const mindset_render_options *o, size_t start, size_t end)
{
    if (o->text && end <= o->len && start <= end)
        ms__buf_json_string(b, o->text + start, end - start);
    else
        ms__buf_puts(b, "\"\"");
}

static void write_types(const mindset_result *r, const mindset_render_options *o, ms_buf *b)
{
    key(b, "content_types");
    ms__buf_putc(b, '[');
    for (size_t i = 0; i < r->ntypes; i++) {
        const ms_type_score *t = &r->types[i];
        ms__buf_puts(b, i ? ",{" : "{");
        key(b, "type");
        string_or_null(b, ms__type_name(t->type));
        ms__buf_putc(b, ',');
        key(b, "weight");
        ms__buf_json_number(b, t->weight);
        ms__buf_putc(b, ',');
        key(b, "spans");
        ms__buf_putc(b, '[');
        for (size_t k = 0; k < t->nspans; k++) {
            ms__buf_printf(b, "%s{\"start\":%u,\"end\":%u,\"text\":", k ? "," : "",
                           t->spans[k].start, t->spans[k].end);
            span_text(b, o, t->spans[k].start, t->spans[k].end);
            ms__buf_putc(b, '}');
        }
        ms__buf_puts(b, "]}");
    }
    ms__buf_puts(b, "],");
}

static void write_categories(const mindset_result *r, ms_buf *b)
{
    const mindset_engine *e = r->engine;
    key(b, "categories");
    ms__buf_putc(b, '{');
    int first = 1;
    for (int c = 0; c < e->ncategories; c++) {
        const ms_category_score *cs = &r->categories[c];
        if (cs->count == 0)
            continue;
        ms__buf_puts(b, first ? "" : ",");
        first = 0;
        key(b, e->categories[c].name);
        ms__buf_printf(b, "{\"count\":%d,\"weight\":", cs->count);
        ms__buf_json_number(b, cs->weight);
        ms__buf_puts(b, ",\"per_100\":");
        ms__buf_json_number(b, r->ntokens ? 100.0 * cs->count / (double)r->ntokens : 0);
        ms__buf_putc(b, '}');
    }
    ms__buf_puts(b, "},");
}

static void write_purposes(const mindset_result *r, ms_buf *b)
{
    key(b, "purposes");
    ms__buf_putc(b, '{');
    for (size_t i = 0; i < MINDSET_PURPOSE_COUNT; i++) {
        ms__buf_puts(b, i ? "," : "");
        key(b, mindset_purpose_name(i));
        ms__buf_printf(b, "%d", r->purposes[i]);
    }
    ms__buf_puts(b, "},");
}

static void write_findings(const mindset_result *r, const mindset_render_options *o,
                           ms_buf *b)
{
    key(b, "findings");
    ms__buf_putc(b, '[');
    for (size_t i = 0; i < r->nfindings; i++) {
        const mindset_finding *f = &r->findings[i];
        ms__buf_puts(b, i ? ",{" : "{");
        key(b, "rule");
        string_or_null(b, f->rule);
        ms__buf_putc(b, ',');
        key(b, "severity");
        string_or_null(b, mindset_severity_name(f->severity));
        ms__buf_putc(b, ',');
        key(b, "message");
        string_or_null(b, f->message);
        ms__buf_printf(
            b,
            ",\"start\":%zu,\"end\":%zu,\"line\":%d,\"column\":%d,\"end_line\":%d,"
            "\"end_column\":%d,\"text\":",
            f->start, f->end, f->line, f->column, f->end_line, f->end_column);
        span_text(b, o, f->start, f->end);
        ms__buf_putc(b, '}');
    }
    ms__buf_putc(b, ']');
}

static void write_header(const mindset_result *r, ms_buf *b)
{
    ms__buf_printf(b, "{\"schema\":%d,", MINDSET_SCHEMA_VERSION);
    key(b, "network");
    string_or_null(b, mindset_result_network(r));
    ms__buf_putc(b, ',');
    key(b, "lang");
    string_or_null(b, mindset_result_lang(r));
    ms__buf_putc(b, ',');
    key(b, "verdict");
    string_or_null(b, r->verdict);
    ms__buf_puts(b, ",\"mindset\":{\"label\":");
    string_or_null(b, mindset_result_label(r));
    ms__buf_puts(b, ",\"score\":");
    ms__buf_json_number(b, r->score);
    ms__buf_puts(b, ",\"personal\":");
    ms__buf_json_number(b, r->personal);
    ms__buf_puts(b, ",\"professional\":");
    ms__buf_json_number(b, r->professional);
    ms__buf_printf(b, "},\"tokens\":%zu,\"words\":%zu,\"coverage\":", r->ntokens,
                   r->nwords);
    ms__buf_json_number(b, r->nwords ? (double)r->nmatched_words / (double)r->nwords : 0);
    ms__buf_putc(b, ',');
}

mindset_status ms__render_json(const mindset_result *r, const mindset_render_options *o,
                               ms_buf *b)
{
    write_header(r, b);
    write_types(r, o, b);
    write_categories(r, b);
    write_purposes(r, b);
    write_findings(r, o, b);
    ms__buf_puts(b, "}\n");
    return b->failed ? MINDSET_ERR_NOMEM : MINDSET_OK;
}
