/*
 * label_model.c - the label model's say over the label the rules chose.
 *
 * A three-class logistic regression (personal, professional, mixed) over the stems of a
 * post, written as an "@label-model" section of a lexicon file (lexicons/LANG/model.lex,
 * trained by bench/label_model.py on corpora/dev and the real dev posts). Each model word
 * the post holds counts 1 / sqrt(m), m the number of distinct model words in it, and
 * @bias is added once; the three scores become shares (softmax), the label the rules of
 * score.c chose gets @rule-bonus more, and the largest share the rules allow (to or from
 * mixed, never across the axis) is the label. A post without lexicon signal stays unknown,
 * and the score on the axis is the lexicons' alone, so the model moves labels (and the
 * verdicts that follow them), never the score.
 *
 * The same words also read content types ("@types", one more weight per type on each
 * line): per type a logistic score, how likely the type is the point of the post. The
 * verdicts follow that reading where it is sure (verdict.c, MS_TYPE_POINT_MIN).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

enum { MS_MODEL_PERSONAL, MS_MODEL_PROFESSIONAL, MS_MODEL_MIXED };
static const ms_axis class_axes[MS_MODEL_CLASSES] = {MS_AXIS_PERSONAL, MS_AXIS_PROFESSIONAL,
                                                     MS_AXIS_MIXED};

/* Grows the model index to cover key ids below n, the new part zero. */
static int grow_index(ms_lexicon *lex, size_t n)
{
    if (n <= lex->nmodel_index)
        return 0;
    uint32_t *v = ms__grow_zeroed(lex->model_index, &lex->nmodel_index, n, sizeof *v, 1024);
    if (!v)
        return -1;
    lex->model_index = v;
    return 0;
}

int ms__model_add(ms_lexicon *lex, uint32_t key, const ms_model_word *w,
                  const ms_model_word **dup)
{
    if (grow_index(lex, (size_t)key + 1) != 0)
        return -2;
    if (lex->model_index[key]) {
        *dup = &lex->model_words[lex->model_index[key] - 1];
        return -1;
    }
    if (lex->nmodel_words == lex->capmodel_words) {
        ms_model_word *v =
            ms__grow_array(lex->model_words, &lex->capmodel_words, sizeof *v, 256);
        if (!v)
            return -2;
        lex->model_words = v;
    }
    lex->model_words[lex->nmodel_words++] = *w;
    lex->model_index[key] = (uint32_t)lex->nmodel_words;
    return 0;
}

mindset_status ms__model_finish(ms_lexicon *lex)
{
    if (!lex->has_model)
        return MINDSET_OK;
    return grow_index(lex, lex->keys.count + 1) == 0 ? MINDSET_OK : MINDSET_ERR_NOMEM;
}

int ms__model_forget(mindset_scratch *s, const ms_lexicon *lex)
{
    for (size_t k = 0; k < s->nmodel_hits; k++)
        s->model_seen[s->model_hits[k] / 64] &= ~(1ull << s->model_hits[k] % 64);
    s->nmodel_hits = 0;
    size_t words = (lex->nmodel_words + 63) / 64;
    if (words <= s->capmodel_seen)
        return 0;
    uint64_t *v =
        ms__grow_zeroed(s->model_seen, &s->capmodel_seen, words, sizeof *v, words);
    if (!v)
        return -1;
    s->model_seen = v;
    return 0;
}

/* A word is counted at its first token; past MS_MODEL_MAX_WORDS words, no more are. */
void ms__model_note(mindset_scratch *s, uint32_t w, size_t token)
{
    uint64_t bit = 1ull << w % 64;
    if ((s->model_seen[w / 64] & bit) || s->nmodel_hits == MS_MODEL_MAX_WORDS)
        return;
    s->model_seen[w / 64] |= bit;
    s->model_tokens[s->nmodel_hits] = (uint32_t)token;
    s->model_hits[s->nmodel_hits++] = w;
}

static int class_of(ms_axis axis)
{
    for (int c = 0; c < MS_MODEL_CLASSES; c++)
        if (class_axes[c] == axis)
            return c;
    return -1;
}

/* Keeps push as a reason if it is among the MS_MODEL_REASONS strongest so far. */
static void keep_reason(mindset_result *r, uint32_t source, float push)
{
    size_t n = r->nmodel_reasons;
    if (n == MS_MODEL_REASONS && r->model_reasons[n - 1].weight >= push)
        return;
    size_t at = n < MS_MODEL_REASONS ? n : n - 1;
    for (; at > 0 && r->model_reasons[at - 1].weight < push; at--)
        r->model_reasons[at] = r->model_reasons[at - 1];
    r->model_reasons[at] = (ms_model_reason){source, push};
    if (n < MS_MODEL_REASONS)
        r->nmodel_reasons++;
}

/* The words that pushed hardest from the runner-up toward the label, strongest first. */
static void keep_reasons(mindset_result *r, const ms_model_word *const *words, size_t m,
                         int label, int runner_up)
{
    float scale = 1.0f / sqrtf((float)m);
    for (size_t i = 0; i < m; i++) {
        float push = (words[i]->weights[label] - words[i]->weights[runner_up]) * scale;
        if (push > 0)
            keep_reason(r, words[i]->source, push);
    }
}

/* Whether the model may give class c where the rules chose class rules: to or from
   mixed, never across the axis. Which side a post leans to is the lexicons' call (their
   score separates the personal from the professional posts better than the model's
   shares do); what the model adds is when both sides belong in one post. */
static int allowed(int rules, int c)
{
    return c == rules || c == MS_MODEL_MIXED || rules == MS_MODEL_MIXED;
}

/* Whether a word by which the lexicons found content type type is a model word: only
   then can the model's reading overrule them. A word the dev posts never showed ("Netflix"
   in Dutch) leaves the model reading the type from the other words alone. */
static int knows_evidence(const mindset_scratch *s, const mindset_result *r, int type)
{
    const ms_type_score *ts = NULL;
    for (size_t i = 0; i < r->ntypes && !ts; i++)
        if (r->types[i].type == type)
            ts = &r->types[i];
    if (!ts)
        return 1; /* nothing of the lexicons' to overrule */
    for (size_t k = 0; k < s->nmodel_hits; k++) {
        uint32_t at = s->tokens.items[s->model_tokens[k]].start;
        for (size_t j = 0; j < ts->nspans; j++)
            if (at >= ts->spans[j].start && at < ts->spans[j].end)
                return 1;
    }
    return 0;
}

/* The index among words of the one that pushed hardest toward column col, or m if none
   pushed toward it. */
static size_t strongest(const ms_model_word *const *words, size_t m, size_t col)
{
    size_t best = m;
    for (size_t i = 0; i < m; i++)
        if (words[i]->weights[col] > 0 &&
            (best == m || words[i]->weights[col] > words[best]->weights[col]))
            best = i;
    return best;
}

/* The model's reading of each content type of "@types" from z, the sums of its words'
   weights per column: how likely the type is the point of the post (a logistic score,
   scaled as the label's), and for a type read as the point the word that pushed hardest
   toward it. Such a type joins the post's types if the lexicons did not find it. */
static mindset_status read_types(const mindset_scratch *s, const ms_lexicon *lex,
                                 const ms_model_word *const *words, size_t m,
                                 const double *z, mindset_result *r)
{
    for (size_t k = 0; k < lex->ntype_model; k++) {
        size_t col = MS_MODEL_CLASSES + k;
        int type = lex->type_model[k];
        double score = lex->model_bias[col] + (m ? z[col] / sqrt((double)m) : 0);
        r->types_read |= 1u << type;
        r->type_point[type] = (float)(1 / (1 + exp(-score)));
        if (r->type_point[type] < MS_TYPE_ASIDE_MAX && knows_evidence(s, r, type))
            r->types_known |= 1u << type;
        if (ms__model_point(r, type) != 1)
            continue;
        size_t best = strongest(words, m, col);
        if (best < m) {
            const ms_token *t = &s->tokens.items[s->model_tokens[best]];
            r->type_reason[type] = (ms_model_reason){
                words[best]->source, words[best]->weights[col] / sqrtf((float)m)};
            r->type_reason_span[type] = (ms_span){t->start, t->end};
        }
        if (ms__type_weight(r, type) <= 0 &&
            ms__type_add_read(r, type, r->type_reason_span[type]) != MINDSET_OK)
            return MINDSET_ERR_NOMEM;
    }
    return MINDSET_OK;
}

int ms__model_point(const mindset_result *r, int type)
{
    if (!(r->types_read >> type & 1))
        return -1;
    float p = r->type_point[type];
    if (p >= MS_TYPE_POINT_MIN)
        return 1;
    return p < MS_TYPE_ASIDE_MAX && (r->types_known >> type & 1) ? 0 : -1;
}

mindset_status ms__label_model(const mindset_scratch *s, ms_lang lang, int with_reasons,
                               mindset_result *r)
{
    const ms_lexicon *lex = &s->engine->lex[lang];
    r->rules_label = r->label;
    if (!lex->has_model || r->label == MS_AXIS_NONE)
        return MINDSET_OK;
    const ms_model_word *words[MS_MODEL_MAX_WORDS];
    double z[MS_MODEL_WEIGHTS] = {0};
    size_t m = s->nmodel_hits, columns = MS_MODEL_CLASSES + lex->ntype_model;
    for (size_t k = 0; k < m; k++) {
        words[k] = &lex->model_words[s->model_hits[k]];
        for (size_t c = 0; c < columns; c++)
            z[c] += words[k]->weights[c];
    }
    double top = -INFINITY, total = 0;
    for (int c = 0; c < MS_MODEL_CLASSES; c++) {
        z[c] = lex->model_bias[c] + (m ? z[c] / sqrt((double)m) : 0);
        top = z[c] > top ? z[c] : top;
    }
    for (int c = 0; c < MS_MODEL_CLASSES; c++)
        total += z[c] = exp(z[c] - top);
    int rules = class_of(r->label), label = rules, runner_up = -1;
    float boosted[MS_MODEL_CLASSES];
    for (int c = 0; c < MS_MODEL_CLASSES; c++) {
        r->model_shares[c] = (float)(z[c] / total);
        boosted[c] = r->model_shares[c] + (c == rules ? lex->model_rule_bonus : 0.0f);
    }
    for (int c = 0; c < MS_MODEL_CLASSES; c++)
        if (allowed(rules, c) && boosted[c] > boosted[label])
            label = c;
    for (int c = 0; c < MS_MODEL_CLASSES; c++)
        if (c != label && allowed(rules, c) &&
            (runner_up < 0 || boosted[c] > boosted[runner_up]))
            runner_up = c;
    r->model_used = 1;
    r->label = class_axes[label];
    if (m && with_reasons)
        keep_reasons(r, words, m, label, runner_up);
    return read_types(s, lex, words, m, z, r);
}

/* "model types: entertainment 0.83, the point ('stream' +0.91), political 0.02, not the
   point, ...": how the model read each type of "@types", in the order written there. */
static void explain_types(const mindset_result *r, const ms_lexicon *lex, ms_buf *b)
{
    if (!r->types_read)
        return;
    ms__buf_printf(b, "model types:");
    for (size_t k = 0; k < lex->ntype_model; k++) {
        int type = lex->type_model[k];
        int read = ms__model_point(r, type);
        ms__buf_printf(b, "%s %s %.2f%s", k ? "," : "", ms__type_name(type),
                       (double)r->type_point[type],
                       read == 1   ? ", the point"
                       : read == 0 ? ", not the point"
                                   : "");
        const ms_model_reason *why = &r->type_reason[type];
        if (read == 1 && why->weight > 0)
            ms__buf_printf(b, " ('%s' %+.2f)", ms__source_text(lex, why->source),
                           (double)why->weight);
    }
    ms__buf_printf(b, " (the point from %.2f up, not under %.2f)\n",
                   (double)MS_TYPE_POINT_MIN, (double)MS_TYPE_ASIDE_MAX);
}

void ms__explain_model(const mindset_result *r, ms_buf *b)
{
    if (!r->model_used)
        return;
    const ms_lexicon *lex =
        &r->engine->lex[r->lang == MS_LANG_UNKNOWN ? MS_LANG_EN : r->lang];
    ms__buf_printf(b,
                   "model: personal %.2f, professional %.2f, mixed %.2f, and %.2f more for "
                   "the rules' %s -> %s",
                   r->model_shares[0], r->model_shares[1], r->model_shares[2],
                   (double)lex->model_rule_bonus, ms__axis_name(r->rules_label),
                   ms__axis_name(r->label));
    if (r->label != r->rules_label)
        ms__buf_printf(b, " (the model overrules the rules)");
    for (size_t i = 0; i < r->nmodel_reasons; i++) {
        ms__buf_printf(b, "%s'%s' %+.2f", i ? ", " : "; most of all ",
                       ms__source_text(lex, r->model_reasons[i].source),
                       (double)r->model_reasons[i].weight);
    }
    ms__buf_putc(b, '\n');
    explain_types(r, lex, b);
}
