/*
 * render_line.c - one line per finding, FILE:LINE:COL: SEVERITY: MESSAGE [RULE], the
 * shape compilers use, so editors' error parsers (Vim's errorformat %f:%l:%c: %m) read it.
 */
#include "internal.h"

mindset_status ms__render_line(const mindset_result *r, const mindset_render_options *o,
                               ms_buf *b)
{
    const char *file = o->filename ? o->filename : "<stdin>";
    for (size_t i = 0; i < r->nfindings; i++) {
        const mindset_finding *f = &r->findings[i];
        ms__buf_printf(b, "%s:%d:%d: %s: %s [%s]\n", file, f->line, f->column,
                       mindset_severity_name(f->severity), f->message, f->rule);
    }
    return b->failed ? MINDSET_ERR_NOMEM : MINDSET_OK;
}
