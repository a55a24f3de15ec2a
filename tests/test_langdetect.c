/* test_langdetect.c - language detection: function words decide, letter patterns break
   a tie, a post without words is unknown. Uses the built-in lexicons. */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "helpers.h"

static mindset_engine *engine;

static void setup(void)
{
    engine = test_engine_builtin();
}
static void teardown(void)
{
    mindset_engine_free(engine);
}

TestSuite(langdetect, .init = setup, .fini = teardown);

/* The language detected for text, as the JSON rendering names it. */
static void expect_lang(const char *text, const char *lang)
{
    json_t *j = test_analyze(engine, text, NULL);
    const char *got = test_str(j, "lang", NULL);
    cr_assert(got && strcmp(got, lang) == 0, "\"%s\": %s, expected %s", text,
              got ? got : "(none)", lang);
    json_decref(j);
}

Test(langdetect, function_words_decide)
{
    expect_lang("the cat and you", "en");
    expect_lang("de kat en het huis", "nl");
    expect_lang("yesterday", "en");  /* a function word of nine bytes */
    expect_lang("vanochtend", "nl"); /* and of ten */
}

Test(langdetect, letters_break_a_tie)
{
    expect_lang("schijnlijkheid", "nl"); /* no function word: letter patterns */
    expect_lang("thinking", "en");
    expect_lang("the de", "en");        /* one each: letters, "th" against none */
    expect_lang("eigenlijk the", "nl"); /* one each: "ij" and "lijk" against "th" */
    expect_lang("zzq", "en");           /* words but no clue: the commoner language */
}

Test(langdetect, a_post_without_words_is_unknown)
{
    expect_lang("🎉🎉 https://example.com 2024 !!!", "unknown");
    expect_lang("", "unknown");
}

Test(langdetect, hashtag_parts_and_long_words_are_no_function_words)
{
    expect_lang("#DeHetEen the", "en");
    expect_lang("thethethethethethethe de", "nl");
}

/* Random posts of function words of one language or the other, fillers that are no
   function word of either (one longer than any function word) and non-words: whichever
   language has more function words is detected. */
Test(langdetect, more_function_words_win_in_random_posts)
{
    static const char *const en[] = {"the", "and", "you", "with", "that", "yesterday"};
    static const char *const nl[] = {"de", "het", "een", "niet", "ook", "vanochtend"};
    static const char *const other[] = {
        "zzq", "xylophones", "onderwaterfotografie", "🎉", "2024", "!!", "#DeHet", "@the"};
    uint32_t seed = 2024;
    for (int post = 0; post < 500; post++) {
        char text[2048] = "";
        int lead = 0;
        for (int w = 0; w < 40; w++) {
            seed = seed * 1103515245u + 12345u;
            unsigned r = (seed >> 16) % 20;
            const char *word = r < 6 ? en[r] : r < 12 ? nl[r - 6] : other[r - 12];
            lead += r < 6 ? 1 : r < 12 ? -1 : 0;
            strcat(text, word);
            strcat(text, " ");
        }
        if (lead != 0)
            expect_lang(text, lead > 0 ? "en" : "nl");
    }
}
