/*
 * checklist.c - the pre-share checklist as findings: is it confidential (an error on
 * every network), can the claims be backed up (a superlative with no number, source or
 * link, in a post that does not read personal), does it make the company look bad, does it
 * invite a conversation.
 */
#include <stdio.h>

#include "internal.h"

#define MAX_CLAIM_FINDINGS 3

typedef struct {
    const mindset_scratch *s;
    mindset_result *r;
    const char *text;
    size_t len;
} checklist;

static ms_span match_span(const mindset_scratch *s, const ms_match *m)
{
    return (ms_span){s->tokens.items[m->tok_start].start,
                     s->tokens.items[m->tok_end - 1].end};
}

/* Adds a finding at every live match of category cat, at most max. */
static mindset_status per_match(checklist *c, int cat, const char *rule,
                                mindset_severity sev, const char *message, int max,
                                int affects_verdict)
{
    int added = 0;
    for (size_t m = 0; m < c->s->nmatches && added < max; m++) {
        const ms_match *mt = &c->s->matches[m];
        if (cat < 0 || mt->category != cat || mt->weight <= 0)
            continue;
        ms_span sp = match_span(c->s, mt);
        mindset_status st = ms__finding_add(c->r, rule, sev, message, c->text, c->len,
                                            sp.start, sp.end, affects_verdict);
        if (st != MINDSET_OK)
            return st;
        added++;
    }
    return MINDSET_OK;
}

static int has_token_kind(const mindset_scratch *s, int kind)
{
    for (size_t i = 0; i < s->tokens.count; i++)
        if (s->tokens.items[i].kind == kind)
            return 1;
    return 0;
}

static int has_question(const mindset_scratch *s, const char *text)
{
    for (size_t i = 0; i < s->tokens.count; i++) {
        const ms_token *t = &s->tokens.items[i];
        if (t->kind == MS_TOK_PUNCT && text[t->start] == '?')
            return 1;
    }
    return 0;
}

/* The seed asks "can I back up what I am saying" of professional sharing: a post that
   reads personal ("best day ever", "the best dad in the world") makes no claim to back. */
static mindset_status unbacked_claims(checklist *c)
{
    const mindset_engine *e = c->s->engine;
    if (c->r->label == MS_AXIS_PERSONAL)
        return MINDSET_OK;
    int backed = has_token_kind(c->s, MS_TOK_NUMBER) || has_token_kind(c->s, MS_TOK_URL) ||
                 ms__category_weight(c->r, e->cat_evidence) > 0;
    if (backed)
        return MINDSET_OK;
    return per_match(
        c, e->cat_superlative, "checklist.unbacked_claim", MINDSET_SEVERITY_WARNING,
        "Can you back this up? A claim like this needs a number, a source or a "
        "link.",
        MAX_CLAIM_FINDINGS, 0);
}

/* Professional sharing is a conversation: suggest one when nothing invites it. */
static mindset_status conversation(checklist *c)
{
    const mindset_engine *e = c->s->engine;
    const ms_network *net = c->r->network;
    int professional = c->r->label == MS_AXIS_PROFESSIONAL;
    if (!net || net->mindset == MS_AXIS_PERSONAL || !professional ||
        has_question(c->s, c->text) || ms__category_weight(c->r, e->cat_conversation) > 0)
        return MINDSET_OK;
    size_t at = ms__post_start(c->text, c->len);
    return ms__finding_add(c->r, "checklist.no_conversation", MINDSET_SEVERITY_INFO,
                           "Nothing here invites a conversation: a question or a call for "
                           "experiences gets people to respond.",
                           c->text, c->len, at, at, 0);
}

mindset_status ms__checklist(const mindset_scratch *s, const char *text, size_t len,
                             mindset_result *r)
{
    const mindset_engine *e = s->engine;
    checklist c = {s, r, text, len};
    mindset_status st =
        per_match(&c, e->cat_confidential, "checklist.confidential", MINDSET_SEVERITY_ERROR,
                  "Is this confidential? Internal or unreleased information "
                  "is a misfit on every network.",
                  1, 1);
    if (st == MINDSET_OK)
        st = unbacked_claims(&c);
    if (st == MINDSET_OK)
        st = per_match(
            &c, e->cat_company_bad, "checklist.company_bad", MINDSET_SEVERITY_WARNING,
            "Does this make your company look bad? Criticism of your own employer "
            "stays visible to clients and recruiters.",
            1, 0);
    if (st == MINDSET_OK)
        st = conversation(&c);
    return st;
}
