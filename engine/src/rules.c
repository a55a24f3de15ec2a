/*
 * rules.c - the names findings are reported under, and the rules a request turns off.
 *
 * A rule id is "group.name": misfit.TYPE and touch.TYPE (verdict.c), mindset.mismatch,
 * and the pre-share checklist's checklist.NAME (checklist.c). A request may turn off a
 * rule by its id or a whole group by the part before the dot, as an editor's "disable
 * this rule here" does.
 */
#include <string.h>

#include "internal.h"

typedef struct {
    const char *id, *about;
} rule_def;

#define TYPE_RULES(type, what)                                                             \
    {"misfit." type, what " as the point of the post, where the network's profile "        \
                          "calls it a misfit"},                                            \
    {                                                                                      \
        "touch." type, what " that the network's profile calls a misfit, but that is "     \
                            "not the point of the post (info)"                             \
    }

static const rule_def rules[] = {
    TYPE_RULES("product_pitch", "a product pitch"),
    TYPE_RULES("baby_family", "a baby or family snapshot"),
    TYPE_RULES("party_leisure", "a party or leisure snapshot"),
    TYPE_RULES("entertainment", "entertainment or a meme"),
    TYPE_RULES("political", "political provocation"),
    TYPE_RULES("job_post", "a job post"),
    TYPE_RULES("career_news", "career news"),
    TYPE_RULES("insight", "an insight share"),
    TYPE_RULES("company_news", "company news"),
    TYPE_RULES("engagement_bait", "engagement bait"),
    {"mindset.mismatch", "the post's mindset is the opposite of the network's, and no "
                         "content type says so"},
    {"checklist.confidential", "internal or unreleased information (a misfit on every "
                               "network)"},
    {"checklist.unbacked_claim", "a superlative claim with no number, source or link"},
    {"checklist.company_bad", "criticism of the poster's own company"},
    {"checklist.no_conversation", "a professional post that invites no conversation"},
};
#define NRULES (sizeof rules / sizeof *rules)

const char *mindset_rule_at(size_t i, const char **about)
{
    if (about)
        *about = i < NRULES ? rules[i].about : NULL;
    return i < NRULES ? rules[i].id : NULL;
}

/* Length of id's group (the part before the dot), or of all of id when it has no dot. */
static size_t group_length(const char *id)
{
    const char *dot = strchr(id, '.');
    return dot ? (size_t)(dot - id) : strlen(id);
}

/* Is name the rule id or the group of rule i? */
static int names_rule(size_t i, const char *name, size_t n)
{
    const char *id = rules[i].id;
    if (id[0] != name[0])
        return 0; /* most rules differ at once: a request's names are checked per post */
    return strcmp(id, name) == 0 || (group_length(id) == n && strncmp(id, name, n) == 0);
}

int mindset_rule_known(const char *name)
{
    if (!name || !*name)
        return 0;
    size_t n = strlen(name);
    for (size_t i = 0; i < NRULES; i++)
        if (names_rule(i, name, n))
            return 1;
    return 0;
}

mindset_status ms__rules_check(const mindset_request *req, mindset_error *err)
{
    for (size_t i = 0; req && i < req->disable_count; i++) {
        if (mindset_rule_known(req->disable[i]))
            continue;
        ms__error_set(err, "", 0, 0,
                      "unknown rule '%s' to disable (see 'mindset rules': a rule id such "
                      "as checklist.unbacked_claim, or a group such as checklist)",
                      req->disable[i] ? req->disable[i] : "");
        return MINDSET_ERR_RULE;
    }
    return MINDSET_OK;
}

/* Is the rule "group.name" (group of g bytes, name of n) among the names turned off? */
static int turned_off(const mindset_result *r, const char *group, size_t g,
                      const char *name, size_t n)
{
    for (size_t i = 0; i < r->ndisable; i++) {
        const char *d = r->disable[i];
        if (strncmp(d, group, g) != 0)
            continue;
        if (d[g] == '\0' ||
            (d[g] == '.' && strlen(d + g + 1) == n && memcmp(d + g + 1, name, n) == 0))
            return 1;
    }
    return 0;
}

int ms__rule_disabled(const mindset_result *r, const char *id)
{
    if (r->ndisable == 0)
        return 0;
    size_t g = group_length(id);
    return id[g] == '.' && turned_off(r, id, g, id + g + 1, strlen(id + g + 1));
}

int ms__type_rule_disabled(const mindset_result *r, const char *group, int type)
{
    if (r->ndisable == 0)
        return 0;
    const char *name = ms__type_name(type);
    return name && turned_off(r, group, strlen(group), name, strlen(name));
}
