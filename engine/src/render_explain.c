/*
 * render_explain.c - how the engine reached its result: every token with its kind,
 * normalised form and stem (an emoji's normalised form is its key); every match with the
 * lexicon line it came from and the context rule that changed it; then the sums. This is
 * what a lexicon author reads.
 */
#include <string.h>

#include "internal.h"

static const char *kind_name(int kind)
{
    static const char *const names[] = {"word", "number", "hashtag", "mention", "cashtag",
                                        "url",  "email",  "emoji",   "punct"};
    return kind >= 0 && kind <= MS_TOK_PUNCT ? names[kind] : "?";
}

static void tokens(const mindset_result *r, const mindset_render_options *o, ms_buf *b)
{
    ms__buf_printf(b, "tokens (%zu):\n", r->ntrace);
    for (size_t i = 0; i < r->ntrace; i++) {
        const ms_trace_token *t = &r->trace[i];
        ms__buf_printf(b, "  %3zu %-8s %5u-%-5u ", i, kind_name(t->tok.kind), t->tok.start,
                       t->tok.end);
        if (o->text && t->tok.end <= o->len)
            ms__buf_json_string(b, o->text + t->tok.start, t->tok.end - t->tok.start);
        if (t->stem)
            ms__buf_printf(b, "  norm=%s stem=%s", t->norm, t->stem);
        else if (t->tok.kind == MS_TOK_EMOJI)
            ms__buf_printf(b, "  norm=%s", t->norm);
        ms__buf_puts(b, (t->tok.flags & MS_TF_HASHPART) ? "  (hashtag part)\n" : "\n");
    }
}

static const char *role_name(int role)
{
    static const char *const names[] = {"",         "negation", "booster",   "diminisher",
                                        "contrast", "stopword", "whole word"};
    return names[role];
}

/* A word counted by its last part (compound.c): the part, as the post writes it when
   the word is plain ASCII (folding kept its length), and the weight it counts at. */
static void compound_part(const mindset_render_options *o, const ms_token *t, size_t head,
                          ms_buf *b)
{
    ms__buf_puts(b, "  compound, by its last part");
    size_t from = t->start + head + (t->kind == MS_TOK_HASHTAG ? 1 : 0);
    if (o->text && (t->flags & MS_TF_ASCII) && from < t->end && t->end <= o->len) {
        ms__buf_putc(b, ' ');
        ms__buf_json_string(b, o->text + from, t->end - from);
    }
    ms__buf_printf(b, " x%.2f", MS_COMPOUND_WEIGHT);
}

static void one_match(const mindset_result *r, const mindset_render_options *o,
                      const ms_match *m, ms_buf *b)
{
    const mindset_engine *e = r->engine;
    const ms_token *first = &r->trace[m->tok_start].tok;
    const ms_token *last = &r->trace[m->tok_end - 1].tok;
    ms__buf_puts(b, "  ");
    if (o->text && last->end <= o->len)
        ms__buf_json_string(b, o->text + first->start, last->end - first->start);
    ms__buf_printf(b, " -> %s", e->categories[m->category].name);
    if (m->role != MS_ROLE_SCORE)
        ms__buf_printf(b, " (context: %s)", role_name(m->role));
    else
        ms__buf_printf(b, " %+.2f (%s)", m->weight,
                       ms__axis_name(e->categories[m->category].axis));
    char where[300];
    const ms_lexicon *lex = &e->lex[r->trace_lang];
    const char *src =
        m->entry == UINT32_MAX
            ? "built-in rule"
            : ms__source_where(lex, lex->entries[m->entry].source, where, sizeof where);
    ms__buf_printf(b, "  [%s]", src);
    if (m->head)
        compound_part(o, &r->trace[m->tok_start + m->head_token].tok, m->head, b);
    if (m->why)
        ms__buf_printf(b, "  %s x%.2f", m->why, m->multiplier);
    ms__buf_putc(b, '\n');
}

mindset_status ms__render_explain(const mindset_result *r, const mindset_render_options *o,
                                  ms_buf *b)
{
    if (!r->trace)
        return MINDSET_ERR_USAGE; /* analysed without keep_trace */
    ms__buf_printf(b, "language: %s\n", mindset_result_lang(r));
    tokens(r, o, b);
    ms__buf_printf(b, "matches (%zu):\n", r->ntrace_matches);
    for (size_t i = 0; i < r->ntrace_matches; i++)
        one_match(r, o, &r->trace_matches[i], b);
    ms__buf_printf(b,
                   "axis: personal %.2f, professional %.2f -> score (prof - pers) / "
                   "(prof + pers + 1) = %+.3f -> %s\n",
                   r->personal, r->professional, r->score, ms__axis_name(r->rules_label));
    ms__explain_label(r, b);
    ms__explain_model(r, b);
    ms__buf_printf(b, "coverage: %zu of %zu words matched\n", r->nmatched_words, r->nwords);
    return ms__render_text(r, o, b);
}
