/* test_compound.c - a Dutch compound the lexicon lacks counts by its last part, at half
   weight, when its first part is a known word too; particles, suffixes and unknown first
   parts never split a word. Uses tests/data/mini (nl/test.lex). */
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

TestSuite(compound, .init = setup, .fini = teardown);

/* The weight of category in the Dutch analysis of text. */
static double dutch_weight(const char *text, const char *category)
{
    json_t *j = test_analyze_lang(engine, text, NULL, MINDSET_LANG_NL);
    double w = test_category_weight(j, category);
    json_decref(j);
    return w;
}

Test(compound, last_part_counts_at_half_weight)
{
    cr_assert_float_eq(dutch_weight("kinderfeestje", "celebration"), 0.5, 1e-6);
    cr_assert_float_eq(dutch_weight("kinderfeestje", "family"), 0.0, 1e-6,
                       "the first part only licenses the split");
}

Test(compound, a_word_of_the_lexicon_counts_whole)
{
    cr_assert_float_eq(dutch_weight("feestje", "celebration"), 1.0, 1e-6);
}

Test(compound, first_part_may_end_in_a_linking_sound)
{
    cr_assert_float_eq(dutch_weight("verjaardagsfeestje", "celebration"), 0.5, 1e-6);
}

Test(compound, unknown_first_part_does_not_split)
{
    cr_assert_float_eq(dutch_weight("gezfeestje", "celebration"), 0.0, 1e-6);
    cr_assert_float_eq(dutch_weight("xyzwfeestje", "celebration"), 0.0, 1e-6);
}

Test(compound, hyphen_splits_after_the_last_one)
{
    cr_assert_float_eq(dutch_weight("cao-overleg", "company"), 0.5, 1e-6);
    cr_assert_float_eq(dutch_weight("hr-team-overleg", "company"), 0.5, 1e-6);
    cr_assert_float_eq(dutch_weight("overleg-xyz", "company"), 0.0, 1e-6,
                       "the part after the hyphen is no entry");
}

Test(compound, particle_before_a_word_is_no_compound)
{
    /* "tegen" is a known word (the phrase "fietsen tegen de wind"), but "tegenwerken" is
       a verb of its own, not a kind of "werken"; "uit" is too short to be a first part. */
    cr_assert_float_eq(dutch_weight("tegenwerken", "company"), 0.0, 1e-6);
    cr_assert_float_eq(dutch_weight("uitwerken", "company"), 0.0, 1e-6);
}

Test(compound, suffix_is_no_last_part)
{
    /* "schap" is the stem of "schapen", and "ouder" a known word: "ouderschap" is still
       parenthood, not sheep. */
    cr_assert_float_eq(dutch_weight("ouderschap", "pets"), 0.0, 1e-6);
}

Test(compound, english_words_are_not_split)
{
    json_t *j = test_analyze_lang(engine, "kinderfeestje", NULL, MINDSET_LANG_EN);
    cr_assert_float_eq(test_category_weight(j, "celebration"), 0.0, 1e-6);
    json_decref(j);
}

Test(compound, phrase_that_takes_in_a_compound_counts_at_half_weight)
{
    /* "avondje" is an entry and starts the phrase "avondje uit" (weight 1 each): the
       phrase wins over the word, and the compound halves it. */
    cr_assert_float_eq(dutch_weight("kinderavondje", "leisure"), 0.5, 1e-6);
    json_t *j = test_analyze_lang(engine, "een kinderavondje uit", NULL, MINDSET_LANG_NL);
    cr_assert_float_eq(test_category_weight(j, "leisure"), 0.5, 1e-6);
    json_t *c = json_object_get(json_object_get(j, "categories"), "leisure");
    cr_assert_eq(json_integer_value(json_object_get(c, "count")), 1,
                 "one match, the phrase");
    json_decref(j);
}

Test(compound, negation_reaches_a_compound)
{
    cr_assert_float_eq(dutch_weight("geen kinderfeestje", "celebration"), 0.0, 1e-6);
}

/* Analyses text in Dutch on scratch s, keeping the trace that explain reads. */
static mindset_result *analyze_dutch(mindset_scratch *s, const char *text)
{
    mindset_result *r = NULL;
    mindset_request req = {.lang = MINDSET_LANG_NL, .keep_trace = 1};
    cr_assert_eq(mindset_analyze(s, text, strlen(text), &req, &r, NULL), MINDSET_OK);
    return r;
}

/* A Dutch post analysed on a scratch of its own, with its explain text. */
typedef struct {
    mindset_scratch *s;
    mindset_result *r;
    char *out;
} explained;

static explained explain_dutch(const char *text)
{
    explained e = {0};
    cr_assert_eq(mindset_scratch_new(engine, &e.s), MINDSET_OK);
    e.r = analyze_dutch(e.s, text);
    mindset_render_options o = {.text = text, .len = strlen(text)};
    cr_assert_eq(mindset_render(e.r, MINDSET_FORMAT_EXPLAIN, &o, &e.out), MINDSET_OK);
    return e;
}

static void explained_free(explained *e)
{
    mindset_free(e->out);
    mindset_result_free(e->r);
    mindset_scratch_free(e->s);
}

/* Analyses text in Dutch on scratch s and returns the celebration weight. */
static double celebration_on(mindset_scratch *s, const char *text)
{
    mindset_result *r = analyze_dutch(s, text);
    char *out = NULL;
    cr_assert_eq(mindset_render(r, MINDSET_FORMAT_JSON, NULL, &out), MINDSET_OK);
    json_t *j = json_loads(out, 0, NULL);
    double w = test_category_weight(j, "celebration");
    json_decref(j);
    mindset_free(out);
    mindset_result_free(r);
    return w;
}

Test(compound, word_cache_keeps_the_split)
{
    mindset_scratch *s = NULL;
    cr_assert_eq(mindset_scratch_new(engine, &s), MINDSET_OK);
    cr_assert_float_eq(celebration_on(s, "kinderfeestje"), 0.5, 1e-6);
    cr_assert_float_eq(celebration_on(s, "kinderfeestje en kinderfeestje"), 1.0, 1e-6,
                       "a word found in the cache is still counted by its last part");
    cr_assert_float_eq(celebration_on(s, "feestje"), 1.0, 1e-6);
    mindset_scratch_free(s);
}

Test(compound, explain_names_the_compound_inside_a_phrase)
{
    explained e = explain_dutch("Een leuk kinderfeestje");
    cr_assert(strstr(e.out, "\"leuk kinderfeestje\" -> celebration +1.00"), "%s", e.out);
    cr_assert(strstr(e.out, "compound, by its last part \"feestje\" x0.50"), "%s", e.out);
    explained_free(&e);
}

Test(compound, explain_names_the_last_part)
{
    explained e = explain_dutch("Een kinderfeestje!");
    cr_assert(strstr(e.out, "compound, by its last part \"feestje\" x0.50"), "%s", e.out);
    mindset_match m;
    cr_assert_eq(mindset_result_match(e.r, 0, &m), MINDSET_OK);
    cr_assert_str_eq(m.context, "compound, by its last part");
    explained_free(&e);
}

Test(compound, whole_word_counts_for_nothing_and_is_not_split)
{
    /* "ouder" (from "ouders") and "feestje" are known: only the entry keeps it whole. */
    cr_assert_float_eq(dutch_weight("ouderfeestje", "celebration"), 0.0, 1e-6);
    json_t *j = test_analyze_lang(engine, "ouderfeestje", NULL, MINDSET_LANG_NL);
    cr_assert_str_eq(test_str(j, "mindset", "label"), "unknown");
    json_decref(j);
}

Test(compound, negating_first_part_does_not_split)
{
    cr_assert_float_eq(dutch_weight("non-overleg", "company"), 0.0, 1e-6);
    cr_assert_float_eq(dutch_weight("anti-overleg", "company"), 0.0, 1e-6);
}
