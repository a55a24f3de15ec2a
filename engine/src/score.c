/*
 * score.c - from matches to figures: per-category weights and counts, coverage, the
 * mindset axis in [-1, 1] (negative = personal "spend time", positive = professional
 * "invest time"), content types with their spans, and the five purposes of LinkedIn split
 * into 10 whole points.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Damps the axis for thin evidence: one weak word should not read as certainty. */
#define AXIS_PRIOR 1.0
/* Signal on both sides, balanced within this (|q - p| / (q + p), undamped, so that a
   short post's thin evidence does not make it look balanced), is "mixed". Chosen on
   corpora/dev: 0.2 to 0.3 give the same accuracy there. */
#define MIXED_BALANCE 0.2
/* A post that leans personal but carries at least this much professional weight (two or
   three professional words), and at least MIXED_LEAN of its personal weight, is
   professional passion told in a personal voice ("my last shift on the ward after 22
   years ... from Monday I teach"): mixed. Personal words are many and weak (everyday,
   casual), so the balance rule alone reads such posts as personal; the other way round a
   personal touch on a professional post stays professional. Inside information does not
   count here (passion_weight). On corpora/dev, any minimum from 1.5 to 4 with a lean of
   0.2 to 0.3 raises label accuracy (2.5: 85.1 -> 86.3 %); on the real posts it changes
   the label of 0.1 % of them. */
#define MIXED_PROFESSIONAL_MIN 2.5
#define MIXED_LEAN 0.3
/* A lesson drawn from experience or advice turned to the reader (category "lesson": "taught
   me", "same with users", "to every parent heading back") in a post that also tells a
   personal story (at least LESSON_STORY_MIN of family, leisure or entertainment content)
   and speaks of work (at least LESSON_WORK_MIN of professional weight besides inside
   information) is the guidelines' "personal story told to make a professional point":
   mixed, whichever side weighs more. Without the story it is a professional lesson,
   without the work a lesson about life. On corpora/dev label accuracy rises from 87.6 to
   90.0 % (six mixed posts, no loss) for a story minimum of 0.5 or 1 with a work minimum
   from 0.5 to 2; on the dev part of the real posts it changes 5 labels of 18,000. With
   the larger corpora/dev of later rounds a minimum of 0.5 (one story word at half weight)
   beats 1: 89.6 -> 90.0 % (three mixed posts, no loss; ids of even number 90.2 -> 90.7,
   odd 89.1 -> 89.3), and any minimum above 0 gives the same. */
#define LESSON_STORY_MIN 0.5
#define LESSON_WORK_MIN 1.0
/* A family story in a post that leans professional and shares knowledge or career news
   (at least FAMILY_STORY_MIN of baby_family content and FAMILY_WORK_MIN of insight and
   career_news), with personal weight at least FAMILY_LEAN of the professional, is the
   other shape of "a personal story told to make a professional point": a child's
   question about meetings, a lay-off and an afternoon with the kids, a father in the
   cabin on the first flight as captain. No lesson cue is needed. Party, leisure and
   entertainment content do not count (a team outing is work), and a relative in passing
   on a long professional post (under FAMILY_LEAN) stays a personal touch: the mirror of
   the passion rule, at its lean. On corpora/dev (601 posts) label accuracy rose from
   83.0 to 83.7 % with the lexicons before the third blind round's (83.4 to 83.7 % for a
   lean from 0 to 0.4, each minimum from 0.5 to 2), and from 86.9 to 87.2 % with them;
   the gain is among the blind posts, which are the most like new text. */
#define FAMILY_STORY_MIN 1.0
#define FAMILY_WORK_MIN 1.0
#define FAMILY_LEAN MIXED_LEAN /* the passion rule's lean, mirrored */
/* The guidelines count a product pitch as professional. When a pitch is the strongest
   content type of a post and holds at least PITCH_MIN (two pitch words), the personal
   words around it describe the goods ("cakes for birthdays and baby showers", "wedding
   photos") rather than the poster's life, so the post is professional whatever the
   balance. On corpora/dev label accuracy rises from 90.0 to 90.8 % (two bakery pitches
   read as mixed before) for any minimum from 1.2 to 4.8, with no loss; on the dev part of
   the real posts it changes 4 labels of 18,000. */
#define PITCH_MIN 2.4

/* Politics (category "politics") weighs on neither side: a policy note or a member of
   parliament on a motion is work. Said in a casual register (at least VENT_CASUAL_MIN of
   casual words, one casual word even at half weight: "shameful", "cool cool cool",
   "schaamteloos", an eye-roll emoji) it is a citizen venting, which is personal: its
   weight then counts on the personal side, so that a word like "economy" or "council"
   beside it does not make a rant read mixed or professional. On corpora/dev label
   accuracy rises from 88.8 to 89.6 % (en 89.8 -> 90.6, nl 87.8 -> 88.6; ids of even
   number 89.4 -> 90.2, odd 88.3 -> 89.1), verdicts unchanged; a minimum from 0.35 to 0.6
   gives the same on the even ids. Counting all politics as personal gains as much on dev
   but reads 33 % of the Dutch MP tweets of bench/eval-real.sh as personal instead of
   17.5 %; this rule 17.9 %. */
#define VENT_CASUAL_MIN 0.35

/* The counts context.c took on its way over the tokens. */
static void count_tokens(const mindset_scratch *s, mindset_result *r)
{
    r->ntokens += s->ntokens;
    r->nwords += s->nwords;
    r->nmatched_words = s->ncovered;
}

static mindset_status add_span(ms_type_score *ts, uint32_t start, uint32_t end)
{
    for (size_t k = 0; k < ts->nspans; k++)
        if (ts->spans[k].start == start && ts->spans[k].end == end)
            return MINDSET_OK;
    if (ts->nspans == ts->capspans) {
        ms_span *v = ms__grow_array(ts->spans, &ts->capspans, sizeof *v, 4);
        if (!v)
            return MINDSET_ERR_NOMEM;
        ts->spans = v;
    }
    ts->spans[ts->nspans++] = (ms_span){start, end};
    return MINDSET_OK;
}

/* Adds a scoring match to its category (setting its bit in fired), axis and type. */
static mindset_status add_match(const mindset_scratch *s, mindset_result *r,
                                const ms_match *m, uint64_t *fired)
{
    const ms_category *c = &s->engine->categories[m->category];
    if (m->role != MS_ROLE_SCORE || m->weight <= 0)
        return MINDSET_OK;
    *fired |= 1ull << m->category;
    r->categories[m->category].weight += m->weight;
    r->categories[m->category].count++;
    if (c->axis == MS_AXIS_PERSONAL)
        r->personal += m->weight;
    else if (c->axis == MS_AXIS_PROFESSIONAL)
        r->professional += m->weight;
    if (c->type < 0)
        return MINDSET_OK;
    ms_type_score *ts = &r->types[c->type];
    ts->weight += m->weight;
    return add_span(ts, s->tokens.items[m->tok_start].start,
                    s->tokens.items[m->tok_end - 1].end);
}

/* Professional weight that speaks of the work itself: inside information leans
   professional so that a leak reads as work, but it is no professional passion. */
static double passion_weight(const mindset_result *r)
{
    const mindset_engine *e = r->engine;
    double q = r->professional;
    int cat = e->cat_confidential;
    if (cat >= 0 && e->categories[cat].axis == MS_AXIS_PROFESSIONAL)
        q -= ms__category_weight(r, cat);
    return q;
}

/* Weight of political words said in a casual register, which count on the personal side
   (VENT_CASUAL_MIN); 0 when the post is not such a rant. */
static double venting_weight(const mindset_result *r)
{
    const mindset_engine *e = r->engine;
    int cat = e->cat_politics;
    if (cat < 0 || e->categories[cat].axis != MS_AXIS_NONE ||
        ms__category_weight(r, e->cat_casual) < VENT_CASUAL_MIN)
        return 0; /* a lexicon set that puts politics on a side counts it there already */
    return ms__category_weight(r, cat);
}

/* How far apart the two sides are, as a share of their sum (0 when neither has weight). */
static double imbalance(double p, double q)
{
    return p + q > 0 ? fabs(q - p) / (q + p) : 0;
}

double ms__category_weight(const mindset_result *r, int cat)
{
    return cat >= 0 ? r->categories[cat].weight : 0;
}

/* Types sit at their own index until rank_types sorts them (explain reads them after):
   look a type up by its field, not by its index. A dropped type's slot has type -1. */
double ms__type_weight(const mindset_result *r, int type)
{
    for (int t = 0; t < MS_TYPE_COUNT; t++)
        if (r->types[t].type == type)
            return r->types[t].weight;
    return 0;
}

/* Weight of the personal story: the personal content types. */
static double story_weight(const mindset_result *r)
{
    return ms__type_weight(r, MS_TYPE_BABY_FAMILY) +
           ms__type_weight(r, MS_TYPE_PARTY_LEISURE) +
           ms__type_weight(r, MS_TYPE_ENTERTAINMENT);
}

static double lesson_weight(const mindset_result *r)
{
    return ms__category_weight(r, r->engine->cat_lesson);
}

static int is_lesson(const mindset_result *r)
{
    return lesson_weight(r) > 0 && story_weight(r) >= LESSON_STORY_MIN &&
           passion_weight(r) >= LESSON_WORK_MIN;
}

static double family_story_weight(const mindset_result *r)
{
    return ms__type_weight(r, MS_TYPE_BABY_FAMILY);
}

static double family_work_weight(const mindset_result *r)
{
    return ms__type_weight(r, MS_TYPE_INSIGHT) + ms__type_weight(r, MS_TYPE_CAREER_NEWS);
}

static int is_family_story(const mindset_result *r)
{
    double p = r->personal, q = r->professional;
    return q > p && p >= FAMILY_LEAN * q && family_story_weight(r) >= FAMILY_STORY_MIN &&
           family_work_weight(r) >= FAMILY_WORK_MIN;
}

static int is_pitch(const mindset_result *r)
{
    double pitch = ms__type_weight(r, MS_TYPE_PRODUCT_PITCH);
    if (pitch < PITCH_MIN)
        return 0;
    for (int t = 0; t < MS_TYPE_COUNT; t++)
        if (r->types[t].type != MS_TYPE_PRODUCT_PITCH && r->types[t].weight >= pitch)
            return 0;
    return 1;
}

/* Weight of the owner's voice: a small business told by its owner ("our bakery", "onze
   zaak", "mijn eigen salon"; category "owner"), counted only in a post with company news,
   which the owner's words feed. */
static double owner_weight(const mindset_result *r)
{
    if (!(ms__type_weight(r, MS_TYPE_COMPANY_NEWS) > 0))
        return 0;
    return ms__category_weight(r, r->engine->cat_owner);
}

static int is_passion(const mindset_result *r)
{
    double p = r->personal, q = passion_weight(r);
    return p > r->professional && q >= MIXED_PROFESSIONAL_MIN && q >= MIXED_LEAN * p;
}

/* What the passion rule says holds, whatever the weights, for a post that leans personal
   around the owner's voice: a shop's anniversary or an owner looking for a successor
   carries one business phrase among many personal words (cake, coffee, "thank you all").
   On corpora/dev all 18 posts with an owner's phrase are professional or mixed, none
   personal; reading them so takes label accuracy from 87.4 to 88.2 % (five mixed posts, no
   loss) and LinkedIn misfit accuracy from 89.4 to 90.2 %; the real-data figures of
   bench/eval-real.sh do not move. */
static int is_owner_voice(const mindset_result *r)
{
    return r->personal > r->professional && owner_weight(r) > 0;
}

/* Weight of the poster naming their own occupation ("as a physio", "als ecoloog";
   category "vocation"). */
static double vocation_weight(const mindset_result *r)
{
    return ms__category_weight(r, r->engine->cat_vocation);
}

/* The owner's rule for the poster's own trade: a post that leans personal while its
   poster names their occupation ("as a physio I say: ...", "als ecoloog tel ik vogels
   voor mijn werk, maar vanochtend voor mezelf") is professional passion in a personal
   voice, whatever the weights. On corpora/dev the 16 posts with such a phrase (15 of
   them Dutch) are all professional or mixed; the rule takes label accuracy from 90.1
   to 90.4 % (two mixed posts, no loss; ids of even number 90.9 -> 91.5, odd 89.3
   unchanged); misfit accuracy and the figures of bench/eval-real.sh do not move. */
static int is_vocation_voice(const mindset_result *r)
{
    return r->personal > r->professional && vocation_weight(r) > 0;
}

/* The rule that decides the label of a result with weight on at least one side. */
static ms_label_rule label_rule(const mindset_result *r)
{
    double p = r->personal, q = r->professional;
    if (p <= 0 || q <= 0)
        return MS_LABEL_ONE_SIDE;
    if (is_pitch(r))
        return MS_LABEL_PITCH;
    if (imbalance(p, q) < MIXED_BALANCE)
        return MS_LABEL_BALANCED;
    if (is_lesson(r))
        return MS_LABEL_LESSON;
    if (is_family_story(r))
        return MS_LABEL_FAMILY_STORY;
    if (is_passion(r))
        return MS_LABEL_PASSION;
    if (is_owner_voice(r))
        return MS_LABEL_OWNER;
    return is_vocation_voice(r) ? MS_LABEL_VOCATION : MS_LABEL_LEAN;
}

static void score_axis(mindset_result *r)
{
    double p = r->personal, q = r->professional;
    if (p + q <= 0) {
        r->label = MS_AXIS_NONE;
        r->label_rule = MS_LABEL_NO_SIGNAL;
        r->score = 0;
        return;
    }
    r->score = (q - p) / (q + p + AXIS_PRIOR);
    r->label_rule = (uint8_t)label_rule(r);
    if (r->label_rule == MS_LABEL_BALANCED || r->label_rule == MS_LABEL_PASSION ||
        r->label_rule == MS_LABEL_LESSON || r->label_rule == MS_LABEL_FAMILY_STORY ||
        r->label_rule == MS_LABEL_OWNER || r->label_rule == MS_LABEL_VOCATION)
        r->label = MS_AXIS_MIXED;
    else if (r->label_rule == MS_LABEL_PITCH)
        r->label = MS_AXIS_PROFESSIONAL;
    else
        r->label = r->score > 0 ? MS_AXIS_PROFESSIONAL : MS_AXIS_PERSONAL;
}

/* Says when political words count as a citizen's rant (venting_weight). */
static void explain_venting(const mindset_result *r, ms_buf *b)
{
    double vent = venting_weight(r);
    if (vent > 0)
        ms__buf_printf(b,
                       "venting: the personal side holds %.2f of political words, said in "
                       "a casual register (%.2f of casual words, at least %.2f): a "
                       "citizen's rant\n",
                       vent, ms__category_weight(r, r->engine->cat_casual),
                       VENT_CASUAL_MIN);
}

void ms__explain_label(const mindset_result *r, ms_buf *b)
{
    double p = r->personal, q = r->professional;
    double gap = 100.0 * imbalance(p, q);
    const char *label = ms__axis_name(r->rules_label); /* the label model may overrule */
    explain_venting(r, b);
    switch ((ms_label_rule)r->label_rule) {
    case MS_LABEL_NO_SIGNAL:
        ms__buf_printf(b, "label: unknown: no word of either side matched\n");
        break;
    case MS_LABEL_ONE_SIDE:
        ms__buf_printf(b, "label: %s: only %s words matched\n", label, label);
        break;
    case MS_LABEL_BALANCED:
        ms__buf_printf(
            b, "label: mixed: the sides differ by %.0f %% of their sum, under %.0f %%\n",
            gap, 100 * MIXED_BALANCE);
        break;
    case MS_LABEL_OWNER:
        ms__buf_printf(b,
                       "label: mixed: it leans personal, but its owner speaks of their own "
                       "business (%.2f of owner words): professional passion in a personal "
                       "voice\n",
                       owner_weight(r));
        break;
    case MS_LABEL_VOCATION:
        ms__buf_printf(b,
                       "label: mixed: it leans personal, but its poster names their own "
                       "occupation (%.2f of vocation words): professional passion in a "
                       "personal voice\n",
                       vocation_weight(r));
        break;
    case MS_LABEL_PASSION:
        ms__buf_printf(
            b,
            "label: mixed: it leans personal, but %.2f of professional weight "
            "speaks of the work (at least %.1f, and at least %.1f of the personal "
            "%.2f): professional passion in a personal voice\n",
            passion_weight(r), MIXED_PROFESSIONAL_MIN, MIXED_LEAN, p);
        break;
    case MS_LABEL_LESSON:
        ms__buf_printf(b,
                       "label: mixed: a personal story (%.2f of family, leisure and "
                       "entertainment content, at least %.1f) and work (%.2f of "
                       "professional weight, at least %.1f) with a lesson drawn from it "
                       "(%.2f of lesson words): a personal story told to make a "
                       "professional point\n",
                       story_weight(r), LESSON_STORY_MIN, passion_weight(r),
                       LESSON_WORK_MIN, lesson_weight(r));
        break;
    case MS_LABEL_FAMILY_STORY:
        ms__buf_printf(b,
                       "label: mixed: it leans professional, but tells a family story "
                       "(%.2f of baby_family content, at least %.1f) beside knowledge or "
                       "career news (%.2f, at least %.1f), and its personal %.2f is at "
                       "least %.1f of the professional: a personal story told to make a "
                       "professional point\n",
                       family_story_weight(r), FAMILY_STORY_MIN, family_work_weight(r),
                       FAMILY_WORK_MIN, p, FAMILY_LEAN);
        break;
    case MS_LABEL_PITCH:
        ms__buf_printf(b,
                       "label: professional: a product pitch (%.2f, at least %.1f) is the "
                       "strongest content of the post, so its personal words describe the "
                       "goods\n",
                       ms__type_weight(r, MS_TYPE_PRODUCT_PITCH), PITCH_MIN);
        break;
    case MS_LABEL_LEAN:
        ms__buf_printf(b,
                       "label: %s: the sides differ by %.0f %% of their sum (mixed needs "
                       "under %.0f %%)",
                       label, gap, 100 * MIXED_BALANCE);
        if (r->rules_label == MS_AXIS_PERSONAL)
            ms__buf_printf(
                b,
                ", and its %.2f of professional weight falls short of professional "
                "passion (at least %.1f, and at least %.1f of the personal %.2f)",
                passion_weight(r), MIXED_PROFESSIONAL_MIN, MIXED_LEAN, p);
        ms__buf_putc(b, '\n');
        break;
    }
}

/* Strongest first; equal weights by type. */
static int ranks_before(const ms_type_score *x, const ms_type_score *y)
{
    if (x->weight != y->weight)
        return x->weight > y->weight;
    return x->type < y->type;
}

/* Keeps the types with weight, strongest first, by insertion: a post has a few. A dropped
   type's slot keeps a span array for the next post the result is recycled for. */
static void rank_types(mindset_result *r)
{
    ms_type_score kept[MS_TYPE_COUNT], spare[MS_TYPE_COUNT];
    size_t n = 0, nspare = 0;
    for (int t = 0; t < MS_TYPE_COUNT; t++) {
        ms_type_score ts = r->types[t];
        ts.type = t;
        if (!(ts.weight > 0)) {
            spare[nspare++] =
                (ms_type_score){.type = -1, .spans = ts.spans, .capspans = ts.capspans};
            continue;
        }
        size_t at = n++;
        for (; at > 0 && ranks_before(&ts, &kept[at - 1]); at--)
            kept[at] = kept[at - 1];
        kept[at] = ts;
    }
    memcpy(r->types, kept, n * sizeof *kept);
    memcpy(r->types + n, spare, nspare * sizeof *spare);
    r->ntypes = n;
}

mindset_status ms__type_add_read(mindset_result *r, int type, ms_span at)
{
    if (r->ntypes == MS_TYPE_COUNT)
        return MINDSET_OK;
    ms_type_score *ts = &r->types[r->ntypes]; /* a spare slot: ranked types come first */
    ts->type = type;
    ts->weight = 0;
    ts->nspans = 0;
    mindset_status st = add_span(ts, at.start, at.end);
    if (st == MINDSET_OK)
        r->ntypes++;
    return st;
}

/* Largest-remainder split of 10 points, as the seed's self-assessment does. */
void mindset_purposes_split(const double raw[MINDSET_PURPOSE_COUNT],
                            int points[MINDSET_PURPOSE_COUNT])
{
    double total = 0;
    for (int i = 0; i < MINDSET_PURPOSE_COUNT; i++)
        total += raw[i];
    memset(points, 0, MINDSET_PURPOSE_COUNT * sizeof *points);
    if (total <= 0)
        return;
    double rem[MINDSET_PURPOSE_COUNT];
    int given = 0;
    for (int i = 0; i < MINDSET_PURPOSE_COUNT; i++) {
        double share = raw[i] * 10.0 / total;
        points[i] = (int)share;
        points[i] -= points[i] > share; /* floor, without a libm call per purpose */
        rem[i] = share - points[i];
        given += points[i];
    }
    for (; given < 10; given++) {
        int best = 0;
        for (int i = 1; i < MINDSET_PURPOSE_COUNT; i++)
            if (rem[i] > rem[best])
                best = i;
        points[best]++;
        rem[best] = -1;
    }
}

/* The purposes of the categories with weight, a bit each in fired (a post has a few of
   the categories), in category order as a scan over them all would add them. */
static void purposes_from_categories(const mindset_engine *e,
                                     const ms_category_score *scores, uint64_t fired,
                                     double raw[], int points[])
{
    for (int p = 0; p < MINDSET_PURPOSE_COUNT; p++)
        raw[p] = 0;
    for (; fired; fired &= fired - 1) {
        int c = __builtin_ctzll(fired);
        for (int p = 0; p < MINDSET_PURPOSE_COUNT; p++)
            raw[p] += scores[c].weight * e->categories[c].purposes[p];
    }
    mindset_purposes_split(raw, points);
}

mindset_status ms__score(const mindset_scratch *s, mindset_result *r)
{
    uint64_t fired = 0; /* categories given weight */
    count_tokens(s, r);
    for (int t = 0; t < MS_TYPE_COUNT; t++)
        r->types[t].type = t;
    for (size_t m = 0; m < s->nmatches; m++) {
        mindset_status st = add_match(s, r, &s->matches[m], &fired);
        if (st != MINDSET_OK) {
            rank_types(r);
            return st;
        }
    }
    r->personal += venting_weight(r);
    score_axis(r);
    rank_types(r);
    purposes_from_categories(s->engine, r->categories, fired, r->purpose_weights,
                             r->purposes);
    return MINDSET_OK;
}
