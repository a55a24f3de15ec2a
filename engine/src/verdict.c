/*
 * verdict.c - does the post fit the network it is going to?
 *
 * The seeds' rule of thumb: a misfit is a post whose DOMINANT content is wrong for the
 * network, not one that mentions a wrong word. A personal touch on a professional page is
 * good and professional passion on a personal page is fine. So a content type that the
 * network's profile marks as a misfit only counts when it carries enough of the post's
 * content weight and, for personal or professional content, when the post as a whole
 * leans that way too. Otherwise it is reported as information.
 */
#include <stdio.h>

#include "internal.h"

/* Share of the content weight a type needs to be the point of the post. */
#define DOMINANT_AXIS_SHARE 0.5
#define DOMINANT_SHARE 0.34
/* Least weight of personal content that makes a snapshot: one word at full weight. A
   half-weight hint ("zon", a flat "band") is not a snapshot on its own. */
#define SNAPSHOT_MIN_WEIGHT 1.0
/* Share of its weight a meal (category "food") brings to a snapshot. Coffee in the garden,
   pizza and a film on the sofa, hot chocolate on a snow day: a meal is everyday life
   more often than a party, and the guidelines call a short casual update fit on
   LinkedIn. Judged on the LinkedIn verdicts of corpora/dev and, apart, of the dev posts of
   three blind rounds scored by the lexicons of the day before any tuning on them (364
   posts, the most like new text): at half weight 11 verdicts right and 5 wrong on dev
   (ids of even number +5 -4, odd +6 -1), 7 right and 3 wrong on the untuned posts
   (even +5 -2, odd +2 -1); a share of 0.25 to 0.6 gains on all four, 0 loses on dev. */
#define MEAL_SNAPSHOT_SHARE 0.5

static ms_axis type_axis(int type)
{
    switch (type) {
    case MS_TYPE_BABY_FAMILY:
    case MS_TYPE_PARTY_LEISURE:
    case MS_TYPE_ENTERTAINMENT: return MS_AXIS_PERSONAL;
    case MS_TYPE_JOB_POST:
    case MS_TYPE_CAREER_NEWS:
    case MS_TYPE_INSIGHT:
    case MS_TYPE_COMPANY_NEWS: return MS_AXIS_PROFESSIONAL;
    default: return MS_AXIS_NONE;
    }
}

/* Weight of the content types that compete to be the point of the post. Confidential
   content is judged on its own (the checklist), so it does not hide the rest. */
static double total_type_weight(const mindset_result *r)
{
    double total = 0;
    for (size_t i = 0; i < r->ntypes; i++)
        if (r->types[i].type != MS_TYPE_CONFIDENTIAL)
            total += r->types[i].weight;
    return total;
}

/* Weight of meals in the post when they count towards a personal content type; else 0. */
static double meal_weight(const mindset_result *r)
{
    int cat = r->engine->cat_food;
    if (cat < 0 || type_axis(r->engine->categories[cat].type) != MS_AXIS_PERSONAL)
        return 0;
    return ms__category_weight(r, cat);
}

/* The personal content types (baby and family, party and leisure, entertainment) are all
   "spending time": a weekend away told as friends, chips and a film is one snapshot, not
   three small ones. So they count together, and the strongest of them (types are sorted
   strongest first) stands for the snapshot. On corpora/dev, together with the minimum
   weight, LinkedIn misfit accuracy rose from 88.8 to 90.4 %. */
static int is_snapshot(const mindset_result *r, const ms_type_score *ts, double total)
{
    double weight = 0;
    int strongest = -1;
    for (size_t i = 0; i < r->ntypes; i++) {
        if (type_axis(r->types[i].type) != MS_AXIS_PERSONAL)
            continue;
        if (strongest < 0)
            strongest = r->types[i].type;
        weight += r->types[i].weight;
    }
    double meals = (1 - MEAL_SNAPSHOT_SHARE) * meal_weight(r);
    weight -= meals;
    /* Engagement bait at least as strong as the personal content ("share if you remember
       ... type AMEN", "deel dit als je van je kleinkinderen houdt") is the point of the
       post: a call for reactions, judged as bait (a warning on LinkedIn), not as a
       snapshot. On corpora/dev LinkedIn misfit accuracy 89.1 -> 89.8 % (ids of even
       number 86.3 -> 87.0, odd 92.0 -> 92.5; 7 posts right, 2 wrong, among them "this
       meme ... tag someone"); with bait at half the personal weight 89.9 %. */
    if (ms__type_weight(r, MS_TYPE_ENGAGEMENT_BAIT) >= weight)
        return 0;
    return ts->type == strongest && weight >= SNAPSHOT_MIN_WEIGHT &&
           weight / (total - meals) >= DOMINANT_AXIS_SHARE;
}

/* Whether content type ts is the point of the post. Where the label model reads the type
   (lexicons/README.md, "Content types the model reads"), its reading decides when it is
   sure either way: a post the model reads as a snapshot is one however few snapshot words
   the lexicons know, and "a quick coffee before the board meeting" is no snapshot
   however many they know. Otherwise the weights decide. */
static int is_dominant(const mindset_result *r, const ms_type_score *ts, double total)
{
    ms_axis axis = type_axis(ts->type);
    int read = ms__model_point(r, ts->type);
    if (read >= 0)
        return read && (axis == MS_AXIS_NONE || r->label == axis);
    /* Engagement bait asks for a reaction to whatever the post is about ("this meme ...
       tag someone"): it can be the point of the post itself, but it does not dilute the
       subject's share (a snapshot as weak as the bait is the bait's, is_snapshot). On
       corpora/dev: LinkedIn misfit accuracy 91.6 -> 92.4 %. */
    if (ts->type != MS_TYPE_ENGAGEMENT_BAIT)
        total -= ms__type_weight(r, MS_TYPE_ENGAGEMENT_BAIT);
    if (total <= 0)
        return 0;
    if (axis == MS_AXIS_NONE)
        return ts->weight / total >= DOMINANT_SHARE;
    if (r->label != axis)
        return 0;
    if (axis == MS_AXIS_PERSONAL)
        return is_snapshot(r, ts, total);
    return ts->weight / total >= DOMINANT_AXIS_SHARE;
}

static mindset_status type_finding(mindset_result *r, const ms_type_score *ts,
                                   const ms_type_rule *rule, int dominant, const char *text,
                                   size_t len)
{
    char id[64];
    char msg[512];
    const ms_span *sp = &ts->spans[0];
    if (dominant) {
        snprintf(id, sizeof id, "misfit.%s", ms__type_name(ts->type));
        return ms__finding_add(r, id, rule->severity, rule->message, text, len, sp->start,
                               sp->end, 1);
    }
    snprintf(id, sizeof id, "touch.%s", ms__type_name(ts->type));
    snprintf(msg, sizeof msg,
             "A touch of %s content, but it is not the point of the post: that is fine on "
             "%s.",
             ms__type_name(ts->type), r->network->label);
    return ms__finding_add(r, id, MINDSET_SEVERITY_INFO, msg, text, len, sp->start, sp->end,
                           0);
}

static int opposite(ms_axis a, ms_axis b)
{
    return (a == MS_AXIS_PERSONAL && b == MS_AXIS_PROFESSIONAL) ||
           (a == MS_AXIS_PROFESSIONAL && b == MS_AXIS_PERSONAL);
}

/* The post's mindset is the opposite of the network's and no content type said so. */
static mindset_status mismatch_finding(mindset_result *r, int flagged, const char *text,
                                       size_t len)
{
    const ms_network *net = r->network;
    if (flagged || net->mismatch.disposition != MS_DISP_MISFIT ||
        !opposite(net->mindset, r->label))
        return MINDSET_OK;
    size_t at = ms__post_start(text, len);
    return ms__finding_add(r, "mindset.mismatch", net->mismatch.severity,
                           net->mismatch.message, text, len, at, at, 1);
}

mindset_status ms__verdict(mindset_result *r, const char *text, size_t len)
{
    if (!r->network)
        return MINDSET_OK;
    double total = total_type_weight(r);
    int flagged = 0;
    for (size_t i = 0; i < r->ntypes; i++) {
        const ms_type_score ts = r->types[i];
        const ms_type_rule *rule = &r->network->rules[ts.type];
        if (rule->disposition != MS_DISP_MISFIT || ts.type == MS_TYPE_CONFIDENTIAL)
            continue; /* confidential content is the checklist's, on every network */
        int dominant = is_dominant(r, &ts, total);
        flagged |= dominant && rule->severity >= MINDSET_SEVERITY_WARNING &&
                   !ms__type_rule_disabled(r, "misfit", ts.type);
        mindset_status st = type_finding(r, &ts, rule, dominant, text, len);
        if (st != MINDSET_OK)
            return st;
    }
    return mismatch_finding(r, flagged, text, len);
}

static const char *verdict_name(int worst)
{
    return worst == MINDSET_SEVERITY_ERROR     ? "misfit"
           : worst == MINDSET_SEVERITY_WARNING ? "borderline"
                                               : "fit";
}

/* Same rules as ms__verdict and the confidential check, reduced to the worst severity;
   a rule the request turned off has no say here either. */
const char *ms__verdict_for(const mindset_result *r, const ms_network *net)
{
    if (ms__category_weight(r, r->engine->cat_confidential) > 0 &&
        !ms__rule_disabled(r, "checklist.confidential"))
        return verdict_name(MINDSET_SEVERITY_ERROR);
    double total = total_type_weight(r);
    int worst = -1, flagged = 0;
    for (size_t i = 0; i < r->ntypes; i++) {
        int type = r->types[i].type;
        const ms_type_rule *rule = &net->rules[type];
        if (rule->disposition != MS_DISP_MISFIT || type == MS_TYPE_CONFIDENTIAL ||
            ms__type_rule_disabled(r, "misfit", type) ||
            !is_dominant(r, &r->types[i], total))
            continue;
        flagged |= rule->severity >= MINDSET_SEVERITY_WARNING;
        if ((int)rule->severity > worst)
            worst = (int)rule->severity;
    }
    if (!flagged && net->mismatch.disposition == MS_DISP_MISFIT &&
        opposite(net->mindset, r->label) && (int)net->mismatch.severity > worst &&
        !ms__rule_disabled(r, "mindset.mismatch"))
        worst = (int)net->mismatch.severity;
    return verdict_name(worst);
}
