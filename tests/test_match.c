/* test_match.c - longest match, phrases, hashtags, wildcards, no double counting, and the
   context rules (negation, boosters, contrast, caps). Uses tests/data/mini. */
#include <criterion/criterion.h>

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

TestSuite(match, .init = setup, .fini = teardown);

static int count_of(json_t *j, const char *category)
{
    json_t *c = json_object_get(json_object_get(j, "categories"), category);
    return c ? (int)json_integer_value(json_object_get(c, "count")) : 0;
}

Test(match, longest_phrase_wins_and_counts_once)
{
    json_t *j = test_analyze(engine, "Invited to a baby shower", NULL);
    cr_assert_eq(count_of(j, "baby"), 1);
    cr_assert_float_eq(test_category_weight(j, "baby"), 3.0, 1e-6); /* weight 2 x 1.5 */
    json_decref(j);
}

Test(match, same_term_in_two_categories_counts_for_both)
{
    json_t *j = test_analyze(engine, "hiring", NULL);
    cr_assert_eq(count_of(j, "jobs"), 1);
    cr_assert_eq(count_of(j, "company"), 1);
    json_decref(j);
}

Test(match, phrase_beats_its_words)
{
    json_t *j = test_analyze(engine, "we are hiring", NULL);
    cr_assert_eq(count_of(j, "jobs"), 1);
    cr_assert_eq(count_of(j, "company"), 0, "'hiring' is inside the longer phrase");
    json_decref(j);
}

Test(match, hashtag_whole_then_camelcase_parts)
{
    json_t *j = test_analyze(engine, "#TBT and #BabyOnTheWay", NULL);
    cr_assert_eq(count_of(j, "nostalgia"), 1);
    cr_assert_eq(count_of(j, "baby"), 1, "parts of #BabyOnTheWay match the phrase");
    json_decref(j);
}

Test(match, hashtag_counts_once_not_again_through_its_part)
{
    json_t *j = test_analyze(engine, "#hiring", NULL);
    cr_assert_eq(count_of(j, "jobs"), 1);
    cr_assert_eq(count_of(j, "company"), 1);
    json_decref(j);
}

Test(match, dutch_prefix_wildcard)
{
    json_t *j =
        test_analyze_lang(engine, "Kraamvisitefeest bij de buren", NULL, MINDSET_LANG_NL);
    cr_assert_eq(count_of(j, "baby"), 1);
    json_decref(j);
}

Test(match, emoji_with_and_without_variation_selector)
{
    json_t *j = test_analyze(engine, "\xF0\x9F\x91\xB6 \xF0\x9F\x8E\x89", NULL);
    cr_assert_eq(count_of(j, "baby"), 1);
    cr_assert_eq(count_of(j, "celebration"), 1);
    cr_assert_str_eq(test_str(j, "lang", NULL), "unknown");
    json_decref(j);
}

Test(match, emoji_with_a_skin_tone)
{
    json_t *j =
        test_analyze(engine, "\xF0\x9F\x91\xB6\xF0\x9F\x8F\xBD", NULL); /* 👶🏽 */
    cr_assert_eq(count_of(j, "baby"), 1);
    json_decref(j);
}

Test(match, negation_cancels_a_match)
{
    json_t *j = test_analyze(engine, "We are not offering a discount", NULL);
    cr_assert_eq(count_of(j, "pitch"), 0);
    json_decref(j);
    j = test_analyze_lang(engine, "Geen korting vandaag", NULL, MINDSET_LANG_NL);
    cr_assert_eq(count_of(j, "pitch"), 0);
    json_decref(j);
}

Test(match, negation_leaves_emoji_alone)
{
    json_t *j =
        test_analyze_lang(engine, "No discount \xF0\x9F\x98\x82", NULL, MINDSET_LANG_EN);
    cr_assert_eq(count_of(j, "pitch"), 0, "the word is denied");
    cr_assert_eq(count_of(j, "casual"), 1, "the emoji says how it is written: kept");
    cr_assert_gt(test_category_weight(j, "casual"), 0.0);
    json_decref(j);
}

Test(match, negation_stops_at_the_clause)
{
    json_t *j = test_analyze(engine, "Not today, but a discount tomorrow", NULL);
    cr_assert_eq(count_of(j, "pitch"), 1);
    json_decref(j);
}

Test(match, booster_contrast_and_caps_change_weight)
{
    json_t *j = test_analyze(engine, "a discount", NULL);
    double plain = test_category_weight(j, "pitch");
    json_decref(j);
    j = test_analyze(engine, "a very discount", NULL);
    cr_assert_float_eq(test_category_weight(j, "pitch"), plain * 1.5, 1e-6);
    json_decref(j);
    j = test_analyze(engine, "fine, but a discount", NULL);
    cr_assert_float_eq(test_category_weight(j, "pitch"), plain * 1.5, 1e-6);
    json_decref(j);
    j = test_analyze(engine, "a discount but fine", NULL);
    cr_assert_float_eq(test_category_weight(j, "pitch"), plain * 0.5, 1e-6);
    json_decref(j);
    j = test_analyze(engine, "a DISCOUNT for you", NULL);
    cr_assert_float_eq(test_category_weight(j, "pitch"), plain * 1.5, 1e-6);
    json_decref(j);
}

Test(match, contrast_and_exclamation_act_within_their_sentence)
{
    json_t *j = test_analyze(engine, "a discount", NULL);
    double plain = test_category_weight(j, "pitch");
    json_decref(j);
    j = test_analyze(engine, "a discount but fine. a discount", NULL);
    cr_assert_float_eq(test_category_weight(j, "pitch"), plain * (0.5 + 1), 1e-6);
    json_decref(j);
    j = test_analyze(engine, "fine but\na discount, a discount", NULL);
    cr_assert_float_eq(test_category_weight(j, "pitch"), plain * 2, 1e-6);
    json_decref(j);
    j = test_analyze(engine, "a discount, but a discount and a discount but", NULL);
    cr_assert_float_eq(test_category_weight(j, "pitch"), plain * (0.5 + 1.5 + 1.5), 1e-6);
    json_decref(j);
    j = test_analyze(engine, "a discount!! a discount. a discount, a discount!!!", NULL);
    cr_assert_float_eq(test_category_weight(j, "pitch"), plain * (1.25 + 1 + 1.25 + 1.25),
                       1e-6);
    json_decref(j);
}

Test(match, emoji_run_is_casual_register)
{
    json_t *j =
        test_analyze(engine, "\xF0\x9F\x98\x82\xF0\x9F\x98\x82\xF0\x9F\x98\x82", NULL);
    cr_assert_eq(count_of(j, "casual"), 4, "three emoji and the run itself");
    json_decref(j);
}

/* The casual weight of text, after the rules (0 when no casual match). */
static double casual_weight(mindset_engine *e, const char *text)
{
    json_t *j = test_analyze(e, text, NULL);
    double w = test_category_weight(j, "casual");
    json_decref(j);
    return w;
}

Test(match, elongated_word_is_casual_register)
{
    const double signal = 0.5 * 0.7; /* half the casual weight, as an emoji run */
    cr_assert_float_eq(casual_weight(engine, "yesss"), signal, 1e-6);
    cr_assert_float_eq(casual_weight(engine, "YESSS we did it"), signal, 1e-6);
    cr_assert_float_eq(casual_weight(engine, "yesss yesss"), 2 * signal, 1e-6,
                       "each elongated word counts");
    cr_assert_float_eq(casual_weight(engine, "babiiies"), signal, 1e-6);
    cr_assert_float_eq(casual_weight(engine, "yess"), 0.0, 1e-6,
                       "a letter twice is spelling");
    cr_assert_float_eq(casual_weight(engine, "III AAA zzz"), 0.0, 1e-6,
                       "three letters alone");
    cr_assert_float_eq(casual_weight(engine, "1000000 ---"), 0.0, 1e-6, "no letters");
    cr_assert_float_eq(casual_weight(engine, "#yesss"), 0.0, 1e-6, "a hashtag is a tag");
    cr_assert_float_eq(casual_weight(engine, "Wwway"), signal, 1e-6,
                       "a capital counts as its letter");
}

/* The casual weight of text analysed with scratch s, in language lang. */
static double casual_weight_with(mindset_scratch *s, const char *text, mindset_lang lang)
{
    mindset_result *r = NULL;
    mindset_request req = {.lang = lang};
    cr_assert_eq(mindset_analyze(s, text, strlen(text), &req, &r, NULL), MINDSET_OK);
    mindset_render_options ro = {.text = text, .len = strlen(text)};
    char *out = NULL;
    cr_assert_eq(mindset_render(r, MINDSET_FORMAT_JSON, &ro, &out), MINDSET_OK);
    json_t *j = json_loads(out, 0, NULL);
    cr_assert_not_null(j);
    double w = test_category_weight(j, "casual");
    json_decref(j);
    mindset_free(out);
    mindset_result_recycle(s, r);
    return w;
}

/* The word cache keeps whether a word is elongated: with one scratch, a word read again
   (a cache hit) and read in the other language (learnt again beside the first) counts
   as the first time. */
Test(match, elongated_word_read_the_same_from_the_cache)
{
    const double signal = 0.5 * 0.7;
    mindset_scratch *s = NULL;
    cr_assert_eq(mindset_scratch_new(engine, &s), MINDSET_OK);
    const mindset_lang langs[] = {MINDSET_LANG_EN, MINDSET_LANG_EN, MINDSET_LANG_NL,
                                  MINDSET_LANG_EN, MINDSET_LANG_NL};
    for (size_t k = 0; k < sizeof langs / sizeof *langs; k++) {
        cr_assert_float_eq(casual_weight_with(s, "yesss", langs[k]), signal, 1e-6,
                           "round %zu", k);
        cr_assert_float_eq(casual_weight_with(s, "yess", langs[k]), 0.0, 1e-6, "round %zu",
                           k);
    }
    mindset_scratch_free(s);
    cr_assert(ms__is_elongated("jaaa", 4));
    cr_assert(!ms__is_elongated("jaa", 3));
    cr_assert(ms__is_elongated("xxyyyzz", 7), "a run away from the even offsets");
    cr_assert(!ms__is_elongated("aabbcc", 6));
    cr_assert(!ms__is_elongated("111", 3), "no letter");
}

Test(match, a_known_elongated_word_counts_once)
{
    /* "sooo" is an entry of the built-in casual list: the signal does not add to it. */
    mindset_engine *builtin = test_engine_builtin();
    json_t *j = test_analyze(builtin, "sooo", NULL);
    cr_assert_eq(count_of(j, "casual"), 1);
    json_decref(j);
    j = test_analyze(builtin, "soooo", NULL);
    cr_assert_eq(count_of(j, "casual"), 1, "the entry, not the signal too");
    json_decref(j);
    mindset_engine_free(builtin);
}

Test(match, spans_point_into_the_original_text)
{
    const char *text = "Caf\xC3\xA9 news: a FREE TRIAL!";
    json_t *j = test_analyze(engine, text, NULL);
    json_t *type = json_array_get(json_object_get(j, "content_types"), 0);
    json_t *span = json_array_get(json_object_get(type, "spans"), 0);
    cr_assert_eq(json_integer_value(json_object_get(span, "start")), 14);
    cr_assert_eq(json_integer_value(json_object_get(span, "end")), 24);
    cr_assert_str_eq(json_string_value(json_object_get(span, "text")), "FREE TRIAL");
    json_decref(j);
}

Test(match, entries_with_numbers_match_number_tokens)
{
    json_t *j = test_analyze(engine, "Our top 10 of the year", NULL);
    cr_assert_eq(count_of(j, "data"), 1);
    json_decref(j);
    j = test_analyze(engine, "Our top 11 of the year", NULL);
    cr_assert_eq(count_of(j, "data"), 0);
    json_decref(j);
}
