/*
 * render_text.c - the human report: verdict and mindset first, then each finding the way
 * a compiler shows a diagnostic, with the post's line and the matched words underlined.
 * Colour only when the caller asks (the CLI asks on a terminal without NO_COLOR).
 */
#include <string.h>

#include "internal.h"

typedef struct {
    ms_buf *b;
    int color;
} painter;

static void paint(painter *p, const char *ansi, const char *s)
{
    if (p->color)
        ms__buf_printf(p->b, "\x1b[%sm%s\x1b[0m", ansi, s);
    else
        ms__buf_puts(p->b, s);
}

static const char *severity_color(mindset_severity s)
{
    return s == MINDSET_SEVERITY_ERROR     ? "1;31"
           : s == MINDSET_SEVERITY_WARNING ? "1;33"
                                           : "1;36";
}

static const char *verdict_color(const char *v)
{
    return strcmp(v, "misfit") == 0       ? "1;31"
           : strcmp(v, "borderline") == 0 ? "1;33"
                                          : "1;32";
}

static void summary(const mindset_result *r, const char *file, painter *p)
{
    ms_buf *b = p->b;
    if (r->verdict) {
        ms__buf_printf(b, "%s: ", file);
        paint(p, verdict_color(r->verdict), r->verdict);
        ms__buf_printf(b, " for %s, a %s network\n", r->network->label,
                       ms__axis_name(r->network->mindset));
    } else
        ms__buf_printf(b, "%s: no network given (use --network NAME for a verdict)\n",
                       file);
    ms__buf_printf(b, "  mindset:  %s (%+.2f)   language: %s\n", mindset_result_label(r),
                   r->score, mindset_result_lang(r));
    ms__buf_puts(b, "  content: ");
    for (size_t i = 0; i < r->ntypes; i++)
        ms__buf_printf(b, " %s %.1f%s", ms__type_name(r->types[i].type), r->types[i].weight,
                       i + 1 < r->ntypes ? "," : "");
    ms__buf_puts(b, r->ntypes ? "\n  purposes:" : " none\n  purposes:");
    for (size_t i = 0; i < MINDSET_PURPOSE_COUNT; i++)
        ms__buf_printf(b, " %s %d", mindset_purpose_name(i), r->purposes[i]);
    ms__buf_puts(b, "\n");
}

/* Width in columns of text[from..to), counting code points (wide emoji approximate). */
static size_t columns(const char *text, size_t from, size_t to)
{
    size_t n = 0;
    for (size_t i = from; i < to; i++)
        n += ((unsigned char)text[i] & 0xC0) != 0x80;
    return n;
}

/* The line holding the finding, then ^~~~ under its words (first line of the span). */
static void excerpt(const mindset_finding *f, const mindset_render_options *o, painter *p)
{
    if (!o->text || f->start > o->len || f->end <= f->start)
        return;
    size_t ls = f->start, le = f->start;
    while (ls > 0 && o->text[ls - 1] != '\n')
        ls--;
    while (le < o->len && o->text[le] != '\n' && o->text[le] != '\r')
        le++;
    size_t end = f->end < le ? f->end : le;
    ms__buf_printf(p->b, "  %4d | ", f->line);
    ms__buf_append(p->b, o->text + ls, le - ls);
    ms__buf_puts(p->b, "\n       | ");
    for (size_t i = columns(o->text, ls, f->start); i > 0; i--)
        ms__buf_putc(p->b, ' ');
    size_t width = columns(o->text, f->start, end);
    char mark[256];
    size_t m = 0;
    for (; m < width && m < sizeof mark - 1; m++)
        mark[m] = m == 0 ? '^' : '~';
    mark[m] = '\0';
    paint(p, severity_color(f->severity), mark);
    ms__buf_putc(p->b, '\n');
}

mindset_status ms__render_text(const mindset_result *r, const mindset_render_options *o,
                               ms_buf *b)
{
    const char *file = o->filename ? o->filename : "<stdin>";
    painter p = {b, o->color};
    summary(r, file, &p);
    for (size_t i = 0; i < r->nfindings; i++) {
        const mindset_finding *f = &r->findings[i];
        ms__buf_printf(b, "\n%s:%d:%d: ", file, f->line, f->column);
        paint(&p, severity_color(f->severity), mindset_severity_name(f->severity));
        ms__buf_printf(b, ": %s [%s]\n", f->message, f->rule);
        excerpt(f, o, &p);
    }
    return b->failed ? MINDSET_ERR_NOMEM : MINDSET_OK;
}
