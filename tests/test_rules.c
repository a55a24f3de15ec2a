/* test_rules.c - rules turned off by a request: by id or group, in the findings and in
   every verdict alike; unknown names refused; the list of rules. Uses tests/data/mini. */
#include <criterion/criterion.h>
#include <string.h>

#include "helpers.h"
#include "internal.h"

static mindset_engine *engine;

static void setup(void)
{
    engine = test_engine_mini();
}
static void teardown(void)
{
    mindset_engine_free(engine);
}

TestSuite(rules, .init = setup, .fini = teardown);

#define BABY "Our newborn babies \xF0\x9F\x91\xB6"

static json_t *analyze_without(const char *text, const char *network, const char *rule)
{
    const char *off[] = {rule};
    mindset_request req = {.network = network, .disable = off, .disable_count = 1};
    return test_analyze_request(engine, text, &req);
}

Test(rules, a_rule_turned_off_gives_no_finding_and_no_say_in_the_verdict)
{
    json_t *j = analyze_without(BABY, "linkedin", "misfit.baby_family");
    cr_assert_not(test_has_finding(j, "misfit.baby_family"));
    /* The other rules are judged as usual: a personal post on LinkedIn is a mismatch,
       which the snapshot rule no longer speaks for. */
    cr_assert(test_has_finding(j, "mindset.mismatch"));
    cr_assert_str_eq(test_str(j, "verdict", NULL), "borderline");
    json_decref(j);
    j = analyze_without(BABY, "linkedin", "misfit");
    cr_assert_str_eq(test_str(j, "verdict", NULL), "borderline", "the group, too");
    json_decref(j);
}

Test(rules, a_group_turns_off_every_rule_in_it)
{
    json_t *j =
        test_analyze(engine, "The best lessons. Honestly my company sucks", "linkedin");
    cr_assert(test_has_finding(j, "checklist.unbacked_claim"));
    cr_assert(test_has_finding(j, "checklist.company_bad"));
    json_decref(j);
    j = analyze_without("The best lessons. Honestly my company sucks", "linkedin",
                        "checklist");
    cr_assert_not(test_has_finding(j, "checklist.unbacked_claim"));
    cr_assert_not(test_has_finding(j, "checklist.company_bad"));
    json_decref(j);
}

Test(rules, a_name_is_a_whole_id_or_a_whole_group)
{
    cr_assert_not(mindset_rule_known("checklist.unbacked"));
    cr_assert_not(mindset_rule_known("check"));
    cr_assert_not(mindset_rule_known("checklist."));
    cr_assert_not(mindset_rule_known("unbacked_claim"));
}

Test(rules, confidential_can_be_turned_off_for_an_internal_channel)
{
    json_t *j =
        analyze_without("This is confidential", "linkedin", "checklist.confidential");
    cr_assert_str_neq(test_str(j, "verdict", NULL), "misfit");
    cr_assert_not(test_has_finding(j, "checklist.confidential"));
    json_decref(j);
}

/* Bulk scoring reads verdicts without findings: they must agree with the findings'. */
Test(rules, every_verdict_agrees_with_the_findings)
{
    const char *texts[] = {BABY, "This is confidential", "Free trial and a discount",
                           "The election", "Five lessons from data scientist interviews"};
    const char *rules[] = {"misfit.baby_family",     "misfit",    "mindset.mismatch",
                           "checklist.confidential", "checklist", "misfit.product_pitch"};
    const char *nets[] = {"linkedin", "facebook", "twitter", "facebook-page"};
    mindset_scratch *s = NULL;
    cr_assert_eq(mindset_scratch_new(engine, &s), MINDSET_OK);
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++)
        for (size_t k = 0; k < sizeof rules / sizeof *rules; k++)
            for (size_t n = 0; n < 4; n++) {
                mindset_request full = {.network = nets[n],
                                        .networks = nets,
                                        .network_count = 4,
                                        .disable = &rules[k],
                                        .disable_count = 1};
                mindset_request figures = full;
                figures.figures_only = 1;
                mindset_result *a = NULL, *b = NULL;
                const char *x = texts[t];
                cr_assert_eq(mindset_analyze(s, x, strlen(x), &full, &a, NULL), MINDSET_OK);
                cr_assert_eq(mindset_analyze(s, x, strlen(x), &figures, &b, NULL),
                             MINDSET_OK);
                cr_expect_str_eq(mindset_result_verdict(b), mindset_result_verdict(a),
                                 "%s on %s without %s", x, nets[n], rules[k]);
                cr_expect_str_eq(mindset_result_verdict_at(a, n), mindset_result_verdict(a),
                                 "%s on %s without %s", x, nets[n], rules[k]);
                mindset_result_free(a);
                mindset_result_free(b);
            }
    mindset_scratch_free(s);
}

Test(rules, an_unknown_rule_is_refused_by_name)
{
    mindset_scratch *s = NULL;
    mindset_result *r = NULL;
    mindset_error err = {0};
    const char *off[] = {"checklist", "checklst.unbacked_claim"};
    mindset_request req = {.network = "linkedin", .disable = off, .disable_count = 2};
    cr_assert_eq(mindset_scratch_new(engine, &s), MINDSET_OK);
    cr_assert_eq(mindset_analyze(s, "hi", 2, &req, &r, &err), MINDSET_ERR_RULE);
    cr_assert_null(r);
    cr_assert(strstr(err.text, "'checklst.unbacked_claim'"), "%s", err.text);
    const char *empty[] = {""};
    req.disable = empty;
    req.disable_count = 1;
    cr_assert_eq(mindset_analyze(s, "hi", 2, &req, &r, &err), MINDSET_ERR_RULE);
    mindset_scratch_free(s);
}

Test(rules, the_list_names_both_rules_of_every_content_type)
{
    size_t n = 0;
    const char *about;
    for (; mindset_rule_at(n, &about); n++)
        cr_assert(about && *about, "%s has a description", mindset_rule_at(n, NULL));
    cr_assert_null(about, "past the end");
    for (int type = 0; type < MS_TYPE_COUNT; type++) {
        if (type == MS_TYPE_CONFIDENTIAL)
            continue; /* the checklist's rule judges it */
        char id[64];
        snprintf(id, sizeof id, "misfit.%s", ms__type_name(type));
        cr_assert(mindset_rule_known(id), "%s", id);
        snprintf(id, sizeof id, "touch.%s", ms__type_name(type));
        cr_assert(mindset_rule_known(id), "%s", id);
    }
    cr_assert(mindset_rule_known("checklist"));
    cr_assert(mindset_rule_known("mindset.mismatch"));
    cr_assert_not(mindset_rule_known("misfit.confidential"));
    cr_assert_not(mindset_rule_known("misfit."));
    cr_assert_not(mindset_rule_known(""));
    cr_assert_not(mindset_rule_known(NULL));
}
