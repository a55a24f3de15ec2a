/*
 * render_record.c - the compact form bulk scoring writes per post: a JSON object with the
 * figures an analyst aggregates (no findings, no spans).
 */
#include "internal.h"

static void verdicts_json(const mindset_result *r, ms_buf *b)
{
    ms__buf_puts(b, "\"verdicts\":{");
    for (size_t i = 0; i < r->nverdicts; i++) {
        const char *net = r->verdict_networks[i]->name;
        ms__buf_puts(b, i ? ",\"" : "\"");
        ms__buf_puts(b, net);
        ms__buf_puts(b, "\":\"");
        ms__buf_puts(b, r->verdicts[i]);
        ms__buf_putc(b, '"');
    }
    ms__buf_puts(b, "},");
}

static void content_types_json(const mindset_result *r, ms_buf *b)
{
    ms__buf_puts(b, "\"content_types\":[");
    for (size_t i = 0; i < r->ntypes; i++) {
        ms__buf_puts(b, i ? ",{\"type\":\"" : "{\"type\":\"");
        ms__buf_puts(b, ms__type_name(r->types[i].type));
        ms__buf_puts(b, "\",\"weight\":");
        ms__buf_json_number(b, r->types[i].weight);
        ms__buf_putc(b, '}');
    }
    ms__buf_puts(b, "],");
}

static void purposes_json(const mindset_result *r, ms_buf *b)
{
    ms__buf_puts(b, "\"purposes\":{");
    for (size_t i = 0; i < MINDSET_PURPOSE_COUNT; i++) {
        ms__buf_puts(b, i ? ",\"" : "\"");
        ms__buf_puts(b, mindset_purpose_name(i));
        ms__buf_puts(b, "\":");
        ms__buf_put_int(b, r->purposes[i]);
    }
    ms__buf_putc(b, '}');
}

/* Written with puts and hand-made numbers, not printf: this runs once per bulk record. */
mindset_status ms__render_record(const mindset_result *r, ms_buf *b)
{
    ms__buf_puts(b, "{\"lang\":\"");
    ms__buf_puts(b, mindset_result_lang(r));
    ms__buf_puts(b, "\",\"mindset\":{\"label\":\"");
    ms__buf_puts(b, mindset_result_label(r));
    ms__buf_puts(b, "\",\"score\":");
    ms__buf_json_number(b, r->score);
    ms__buf_puts(b, "},");
    content_types_json(r, b);
    verdicts_json(r, b);
    purposes_json(r, b);
    ms__buf_putc(b, '}');
    return b->failed ? MINDSET_ERR_NOMEM : MINDSET_OK;
}
