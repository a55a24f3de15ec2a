/* test_verdict.c - network fit: the seeds' classic misfits, the "personal touch is fine"
   cases, brand pages, the checklist, purposes. Uses tests/data/mini. */
#include <criterion/criterion.h>
#include <string.h>

#include "helpers.h"

static mindset_engine *engine;

static void setup(void)
{
    engine = test_engine_mini();
}
static void teardown(void)
{
    mindset_engine_free(engine);
}

TestSuite(verdict, .init = setup, .fini = teardown);

static void expect_verdict(const char *text, const char *network, const char *verdict)
{
    json_t *j = test_analyze(engine, text, network);
    cr_expect_str_eq(test_str(j, "verdict", NULL), verdict, "%s on %s", text, network);
    json_decref(j);
}

/* The mindset label of text posted to network; why says what the case shows. */
static void expect_label(const char *text, const char *network, const char *label,
                         const char *why)
{
    json_t *j = test_analyze(engine, text, network);
    cr_assert_str_eq(test_str(j, "mindset", "label"), label, "%s", why ? why : text);
    json_decref(j);
}

Test(verdict, baby_photos_on_linkedin_are_a_misfit)
{
    expect_verdict("Our newborn babies \xF0\x9F\x91\xB6", "linkedin", "misfit");
    expect_verdict("Our newborn babies \xF0\x9F\x91\xB6", "facebook", "fit");
}

Test(verdict, a_personal_touch_on_linkedin_is_fine)
{
    json_t *j = test_analyze(engine, "My daughter wants to be a data scientist: lessons",
                             "linkedin");
    cr_assert_str_eq(test_str(j, "verdict", NULL), "fit");
    cr_assert(test_has_finding(j, "touch.baby_family"));
    json_decref(j);
}

Test(verdict, personal_content_types_add_up_to_one_snapshot)
{
    /* family 1 + nostalgia 1 against lessons 1: no single personal type carries half of
       the content, together they do. */
    json_t *j = test_analyze(engine, "daughter tbt lessons", "linkedin");
    cr_assert_str_eq(test_str(j, "mindset", "label"), "personal");
    cr_assert_str_eq(test_str(j, "verdict", NULL), "misfit");
    cr_assert(test_has_finding(j, "misfit.baby_family"),
              "the strongest type stands for it");
    cr_assert_not(test_has_finding(j, "misfit.party_leisure"), "one finding, not two");
    json_decref(j);
}

Test(verdict, bait_does_not_hide_the_snapshot)
{
    /* baby 3 against "tag a friend" 2: the call to action is not the subject. */
    json_t *j = test_analyze(engine, "babies newborn tag a friend", "linkedin");
    cr_assert_str_eq(test_str(j, "verdict", NULL), "misfit");
    cr_assert(test_has_finding(j, "misfit.baby_family"));
    cr_assert(test_has_finding(j, "misfit.engagement_bait"), "the bait is still reported");
    json_decref(j);
}

Test(verdict, bait_as_strong_as_the_snapshot_is_the_point)
{
    /* family 1 against "tag a friend" 2: a call for reactions around a family word is
       bait (a warning on LinkedIn), not a family snapshot. */
    json_t *j = test_analyze(engine, "daughter tag a friend", "linkedin");
    cr_assert_str_eq(test_str(j, "verdict", NULL), "borderline");
    cr_assert(test_has_finding(j, "touch.baby_family"));
    cr_assert(test_has_finding(j, "misfit.engagement_bait"));
    json_decref(j);
}

Test(verdict, half_a_word_is_no_snapshot)
{
    /* "but" halves the weight of what comes before it: 0.5 of family is a casual update
       on LinkedIn (borderline), not a family snapshot. */
    expect_verdict("daughter but whatever", "linkedin", "borderline");
    expect_verdict("daughter", "linkedin", "misfit");
}

Test(verdict, a_meal_is_half_a_snapshot)
{
    /* Food counts at half its weight towards a snapshot: a pizza on its own is a casual
       update on LinkedIn, a pizza beside a #tbt (1.5 in all) is a snapshot. */
    json_t *j = test_analyze(engine, "pizza", "linkedin");
    cr_assert(test_has_finding(j, "touch.party_leisure"));
    cr_assert_not(test_has_finding(j, "misfit.party_leisure"),
                  "half a word is no snapshot");
    json_decref(j);
    j = test_analyze(engine, "pizza tbt", "linkedin");
    cr_assert(test_has_finding(j, "misfit.party_leisure"));
    json_decref(j);
}

Test(verdict, professional_passion_in_a_personal_voice_is_mixed)
{
    expect_label("babies newborn babies newborn lessons lessons lessons", "facebook",
                 "mixed", NULL);
    expect_label("babies newborn babies newborn lessons lessons", "facebook", "personal",
                 "two words are a touch");
    expect_label("lessons lessons lessons lessons lessons lessons lessons lessons "
                 "lessons lessons lessons lessons lessons lessons lessons lessons "
                 "lessons lessons babies newborn",
                 "linkedin", "professional", "a personal touch on a professional post");
}

Test(verdict, half_a_story_word_is_story_enough_for_a_lesson)
{
    /* "but" halves the daughter (0.5 of family) and raises what follows: the lesson rule
       still reads the story told to make a professional point. */
    expect_label("daughter but taught me lessons lessons lessons", "linkedin", "mixed",
                 "a story word at half weight");
}

Test(verdict, a_personal_story_told_for_a_lesson_at_work_is_mixed)
{
    /* family 1 against lessons 3: professional by weight, but the daughter's story with
       a lesson drawn from it is told to make a professional point. */
    expect_label("daughter taught me lessons lessons lessons", "linkedin", "mixed", NULL);
    expect_label("party lessons lessons lessons", "linkedin", "professional",
                 "a party and no lesson drawn");
    expect_label("taught me lessons lessons lessons", "linkedin", "professional",
                 "no personal story");
    expect_label("daughter newborn babies taught me", "linkedin", "personal", "no work");
}

Test(verdict, a_family_story_beside_work_is_mixed)
{
    /* family 1 against lessons 3: a family story beside knowledge, no lesson cue. */
    expect_label("daughter lessons lessons lessons", "linkedin", "mixed", NULL);
    expect_label("daughter lessons lessons lessons lessons lessons lessons lessons "
                 "lessons lessons lessons lessons lessons",
                 "linkedin", "professional",
                 "family 1 is under 0.3 of the professional 12: a relative in passing");
    expect_label("daughter daughter we are hiring we are hiring we are hiring", "linkedin",
                 "professional", "no knowledge or career news beside the story");
}

/* The explain rendering of text; caller frees with mindset_free(). */
static char *explain(const char *text)
{
    mindset_scratch *s;
    cr_assert_eq(mindset_scratch_new(engine, &s), MINDSET_OK);
    mindset_request req = {.keep_trace = 1};
    mindset_result *r = NULL;
    cr_assert_eq(mindset_analyze(s, text, strlen(text), &req, &r, NULL), MINDSET_OK);
    char *out = NULL;
    cr_assert_eq(mindset_render(r, MINDSET_FORMAT_EXPLAIN, NULL, &out), MINDSET_OK);
    mindset_result_free(r);
    mindset_scratch_free(s);
    return out;
}

static void expect_label_line(const char *text, const char *line)
{
    char *out = explain(text);
    cr_expect(strstr(out, line) != NULL, "%s: no \"%s\" in\n%s", text, line, out);
    mindset_free(out);
}

Test(verdict, a_pitch_for_personal_goods_is_professional)
{
    /* family 3 and lessons 1 lean personal, but the pitch (3.6) is the strongest content
       type: the baby words describe the goods. */
    const char *pitch = "our babies and newborn lessons: a discount and a free trial and a "
                        "discount";
    json_t *j = test_analyze(engine, pitch, "facebook");
    cr_assert_str_eq(test_str(j, "mindset", "label"), "professional");
    cr_assert_str_eq(test_str(j, "verdict", NULL), "misfit");
    json_decref(j);
    expect_label("our babies and newborn babies lessons: a discount and a free trial",
                 "facebook", "personal", "the babies weigh more");
    expect_label_line(pitch,
                      "label: professional: a product pitch (3.60, at least 2.4) is the "
                      "strongest content of the post");
}

Test(verdict, a_small_business_told_by_its_owner_is_mixed)
{
    /* family 3 against the owner's 1: leans personal, but the owner speaks of their own
       business, which is professional passion in a personal voice. */
    json_t *j = test_analyze(engine, "our bakery babies newborn", "linkedin");
    cr_assert_str_eq(test_str(j, "mindset", "label"), "mixed");
    cr_assert_str_eq(test_str(j, "verdict", NULL), "fit", "no snapshot in a mixed post");
    json_decref(j);
    expect_label("babies newborn babies hiring", "linkedin", "personal",
                 "company words without the owner's voice");
    expect_label("our bakery lessons lessons tbt", "linkedin", "professional",
                 "leaning professional, the owner's voice is work");
    expect_label_line("our bakery babies newborn",
                      "label: mixed: it leans personal, but its owner speaks of their own "
                      "business (1.00 of owner words)");
}

Test(verdict, a_poster_naming_their_occupation_in_a_personal_post_is_mixed)
{
    /* baby 3 against the vocation's 1: leans personal, but the poster speaks as a
       professional, which is professional passion in a personal voice. */
    expect_label("babies newborn as a nurse", "facebook", "mixed", NULL);
    expect_label("as a nurse lessons lessons tbt", "linkedin", "professional",
                 "leaning professional, the occupation is work");
    expect_label_line("babies newborn as a nurse",
                      "label: mixed: it leans personal, but its poster names their own "
                      "occupation (1.00 of vocation words)");
}

/* explain reads the result after its content types are ranked: the story's weight is
   that of the personal types, not of whatever types rank where they first stood. */
Test(verdict, the_lesson_line_weighs_the_personal_types_however_they_rank)
{
    expect_label_line("daughter taught me lessons lessons lessons discount",
                      "label: mixed: a personal story (1.00 of family, leisure and "
                      "entertainment content, at least 0.5)");
}

Test(verdict, explain_says_which_rule_chose_the_label)
{
    expect_label_line("", "label: unknown: no word of either side matched\n");
    expect_label_line("babies newborn", "label: personal: only personal words matched\n");
    expect_label_line("babies lessons lessons",
                      "label: mixed: the sides differ by 14 % of their sum, under 20 %\n");
    expect_label_line("babies newborn babies newborn lessons lessons lessons",
                      "label: mixed: it leans personal, but 3.00 of professional weight");
    expect_label_line("babies newborn babies newborn lessons lessons",
                      "falls short of professional passion (at least 2.5");
    expect_label_line("daughter taught me lessons lessons lessons",
                      "label: mixed: a personal story (1.00 of family, leisure and "
                      "entertainment content, at least 0.5) and work (3.00 of professional "
                      "weight, at least 1.0) with a lesson drawn from it (1.00 of lesson "
                      "words)");
    expect_label_line("daughter lessons lessons lessons",
                      "label: mixed: it leans professional, but tells a family story (1.00 "
                      "of baby_family content, at least 1.0) beside knowledge or career "
                      "news (3.00, at least 1.0), and its personal 1.00 is at least 0.3 of "
                      "the professional");
    expect_label_line(
        "lessons lessons lessons lessons lessons lessons lessons lessons babies",
        "label: professional: the sides differ by 68 % of their sum (mixed "
        "needs under 20 %)\n");
}

Test(verdict, product_pitch_on_a_personal_profile_but_not_on_a_brand_page)
{
    expect_verdict("Free trial and a discount", "facebook", "misfit");
    expect_verdict("Free trial and a discount", "facebook-page", "fit");
    expect_verdict("Free trial and a discount", "linkedin", "fit");
}

Test(verdict, not_selling_is_not_a_pitch)
{
    expect_verdict("Not a discount, just lessons", "facebook", "fit");
}

Test(verdict, politics_in_a_casual_register_is_a_personal_rant)
{
    /* politics 1.2 and casual 0.7 against lessons 1: the rant's politics counts on the
       personal side (1.9 against 1), so it is personal rather than balanced. */
    expect_label("election lessons lol", "linkedin", "personal", "a citizen venting");
    expect_label("election lessons", "linkedin", "professional",
                 "politics without a casual word weighs on neither side");
    expect_label_line("election lessons lol",
                      "venting: the personal side holds 1.20 of political words, said in a "
                      "casual register (0.70 of casual words, at least 0.35)");
}

Test(verdict, politics_on_linkedin)
{
    expect_verdict("The election", "linkedin", "misfit");
    expect_verdict("The election", "twitter", "borderline");
}

Test(verdict, confidential_is_a_misfit_everywhere)
{
    const char *nets[] = {"linkedin", "facebook", "twitter", "facebook-page"};
    for (size_t i = 0; i < 4; i++)
        expect_verdict("This is confidential", nets[i], "misfit");
}

Test(verdict, aliases_resolve)
{
    json_t *j = test_analyze(engine, "lessons", "x");
    cr_assert_str_eq(test_str(j, "network", NULL), "twitter");
    json_decref(j);
}

Test(verdict, no_network_means_no_verdict)
{
    json_t *j = test_analyze(engine, "Our newborn", NULL);
    cr_assert(json_is_null(json_object_get(j, "verdict")));
    cr_assert_str_eq(test_str(j, "mindset", "label"), "personal");
    json_decref(j);
}

Test(verdict, unknown_network_is_an_error)
{
    mindset_scratch *s;
    mindset_result *r = NULL;
    mindset_error err = {0};
    mindset_request req = {.network = "myspace"};
    cr_assert_eq(mindset_scratch_new(engine, &s), MINDSET_OK);
    cr_assert_eq(mindset_analyze(s, "hi", 2, &req, &r, &err), MINDSET_ERR_NETWORK);
    cr_assert_null(r);
    cr_assert(strstr(err.text, "myspace"));
    mindset_scratch_free(s);
}

Test(verdict, checklist_unbacked_claim_needs_no_number_source_or_link)
{
    json_t *j = test_analyze(engine, "The best lessons", "linkedin");
    cr_assert(test_has_finding(j, "checklist.unbacked_claim"));
    json_decref(j);
    j = test_analyze(engine, "The best lessons, 40% faster", "linkedin");
    cr_assert_not(test_has_finding(j, "checklist.unbacked_claim"));
    json_decref(j);
    j = test_analyze(engine, "The best lessons according to the survey", "linkedin");
    cr_assert_not(test_has_finding(j, "checklist.unbacked_claim"));
    json_decref(j);
}

Test(verdict, checklist_unbacked_claim_is_for_posts_that_do_not_read_personal)
{
    const char *home = "The best pizza with my daughter lol";
    const char *nets[] = {"facebook", "linkedin"};
    for (size_t i = 0; i < 2; i++) {
        json_t *j = test_analyze(engine, home, nets[i]);
        cr_assert_str_eq(test_str(j, "mindset", "label"), "personal");
        cr_assert_not(test_has_finding(j, "checklist.unbacked_claim"), "%s", nets[i]);
        json_decref(j);
    }
    json_t *j = test_analyze(engine, "The best lessons from a data scientist", "facebook");
    cr_assert_str_neq(test_str(j, "mindset", "label"), "personal");
    cr_assert(test_has_finding(j, "checklist.unbacked_claim"));
    json_decref(j);
}

Test(verdict, checklist_company_bad_and_conversation)
{
    json_t *j = test_analyze(engine, "Honestly my company sucks", "linkedin");
    cr_assert(test_has_finding(j, "checklist.company_bad"));
    json_decref(j);
    j = test_analyze(engine, "Five lessons from data scientist interviews", "linkedin");
    cr_assert(test_has_finding(j, "checklist.no_conversation"));
    json_decref(j);
    j = test_analyze(engine,
                     "Five lessons from data scientist interviews. What do you think",
                     "linkedin");
    cr_assert_not(test_has_finding(j, "checklist.no_conversation"));
    json_decref(j);
}

Test(verdict, purposes_split_ten_points)
{
    json_t *j = test_analyze(engine, "We are hiring! Lessons and a free trial", NULL);
    json_t *p = json_object_get(j, "purposes");
    const char *key;
    json_t *v;
    long total = 0;
    json_object_foreach(p, key, v) total += (long)json_integer_value(v);
    cr_assert_eq(total, 10);
    cr_assert_gt(json_integer_value(json_object_get(p, "job_seeking")), 0);
    cr_assert_gt(json_integer_value(json_object_get(p, "business_driven")), 0);
    json_decref(j);
    j = test_analyze(engine, "nothing to see", NULL);
    total = 0;
    json_object_foreach(json_object_get(j, "purposes"), key, v) total +=
        (long)json_integer_value(v);
    cr_assert_eq(total, 0, "no signal, no points");
    json_decref(j);
}

Test(verdict, score_stays_in_range)
{
    json_t *j = test_analyze(engine, "babies babies babies babies newborn newborn", NULL);
    double score =
        json_number_value(json_object_get(json_object_get(j, "mindset"), "score"));
    cr_assert(score >= -1.0 && score < -0.8, "score %f", score);
    json_decref(j);
}

/* Bulk scoring asks for figures only: no findings, but every verdict as with them. */
static void expect_same_verdicts(const char *text, const char *network)
{
    const char *nets[] = {"linkedin", "facebook", "twitter", "facebook-page"};
    mindset_scratch *s = NULL;
    cr_assert_eq(mindset_scratch_new(engine, &s), MINDSET_OK);
    mindset_request full = {.network = network, .networks = nets, .network_count = 4};
    mindset_request figures = full;
    figures.figures_only = 1;
    mindset_result *a = NULL, *b = NULL;
    cr_assert_eq(mindset_analyze(s, text, strlen(text), &full, &a, NULL), MINDSET_OK);
    cr_assert_eq(mindset_analyze(s, text, strlen(text), &figures, &b, NULL), MINDSET_OK);
    cr_expect_str_eq(mindset_result_verdict(b), mindset_result_verdict(a), "%s on %s", text,
                     network);
    for (size_t i = 0; i < 4; i++)
        cr_expect_str_eq(mindset_result_verdict_at(b, i), mindset_result_verdict_at(a, i),
                         "%s on %s", text, nets[i]);
    cr_expect_eq(mindset_result_finding_count(b), 0);
    cr_expect_eq(mindset_result_score(b), mindset_result_score(a));
    mindset_result_free(a);
    mindset_result_free(b);
    mindset_scratch_free(s);
}

Test(verdict, figures_only_keeps_every_verdict)
{
    const char *texts[] = {"Our newborn babies \xF0\x9F\x91\xB6",
                           "Free trial and a discount",
                           "This is confidential",
                           "The election",
                           "My daughter wants to be a data scientist: lessons",
                           "Not a discount, just lessons",
                           ""};
    const char *nets[] = {"linkedin", "facebook", "twitter", "facebook-page"};
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++)
        for (size_t n = 0; n < 4; n++)
            expect_same_verdicts(texts[t], nets[n]);
}

/* A finding about the whole post points at the post's first word: a marker line blanked
   out before analysis (spaces) or an empty first line is passed over. */
Test(verdict, a_whole_post_finding_points_at_the_first_word)
{
    json_t *j = test_analyze(engine, "                 \n\n  lol lol", "linkedin");
    json_t *f = test_finding(j, "mindset.mismatch");
    cr_assert(f);
    cr_assert_eq(json_integer_value(json_object_get(f, "line")), 3);
    cr_assert_eq(json_integer_value(json_object_get(f, "column")), 3);
    cr_assert_eq(json_integer_value(json_object_get(f, "start")), 21);
    cr_assert_eq(json_integer_value(json_object_get(f, "end")), 21);
    json_decref(j);
    j = test_analyze(engine, "lol lol", "linkedin");
    f = test_finding(j, "mindset.mismatch");
    cr_assert(f);
    cr_assert_eq(json_integer_value(json_object_get(f, "column")), 1);
    json_decref(j);
}
