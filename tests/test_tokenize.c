/*
 * test_tokenize.c - the tokenizer: token kinds and spans, hashtag parts, emoji clusters,
 * and twitter-text's extraction conformance suite (tests/data/twitter-text, Apache-2.0)
 * for hashtags, mentions, URLs and cashtags. Cases we do not follow are listed with the
 * reason in tests/data/twitter-text/skip.tsv; every other case must pass, and a skipped
 * case that starts passing is reported so the list stays honest.
 */
#include <criterion/criterion.h>
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "tokenize.h"

static ms_token_list tokens;

static void free_tokens(void)
{
    ms__token_list_free(&tokens);
}

TestSuite(tokenize, .fini = free_tokens);

static void tokenize(const char *text)
{
    cr_assert_eq(ms__tokenize(text, strlen(text), &tokens), MS_TOKENIZE_OK);
}

static const ms_token *nth(size_t i)
{
    cr_assert_lt(i, tokens.count, "only %zu tokens", tokens.count);
    return &tokens.items[i];
}

static void expect_token(const char *text, size_t i, int kind, const char *span)
{
    const ms_token *t = nth(i);
    cr_expect_eq(t->kind, kind, "token %zu of '%s': kind %d, expected %d", i, text, t->kind,
                 kind);
    cr_expect_eq(t->end - t->start, strlen(span));
    cr_expect(!strncmp(text + t->start, span, strlen(span)), "token %zu of '%s': '%.*s'", i,
              text, (int)(t->end - t->start), text + t->start);
}

Test(tokenize, kinds_and_spans)
{
    const char *t = "Don't miss it: 30% off, €12M raised, 3,2kg! #BabyOnTheWay @anna_b "
                    "https://x.org/a?b=1. www.example.nl $AAPL mail@example.com";
    tokenize(t);
    expect_token(t, 0, MS_TOK_WORD, "Don't");
    expect_token(t, 3, MS_TOK_PUNCT, ":");
    expect_token(t, 4, MS_TOK_NUMBER, "30%");
    expect_token(t, 7, MS_TOK_NUMBER, "€12M");
    expect_token(t, 10, MS_TOK_NUMBER, "3,2kg");
    expect_token(t, 11, MS_TOK_PUNCT, "!");
    expect_token(t, 12, MS_TOK_HASHTAG, "#BabyOnTheWay");
    expect_token(t, 13, MS_TOK_WORD, "Baby");
    expect_token(t, 16, MS_TOK_WORD, "Way");
    cr_expect(nth(16)->flags & MS_TF_HASHPART);
    expect_token(t, 17, MS_TOK_MENTION, "@anna_b");
    expect_token(t, 18, MS_TOK_URL, "https://x.org/a?b=1");
    expect_token(t, 19, MS_TOK_PUNCT, ".");
    expect_token(t, 20, MS_TOK_URL, "www.example.nl");
    expect_token(t, 21, MS_TOK_CASHTAG, "$AAPL");
    expect_token(t, 22, MS_TOK_EMAIL, "mail@example.com");
}

Test(tokenize, hashtag_parts)
{
    const char *t = "#OpenToWork #tbt #COVID19 #NASAMission #dag_van_de_zorg";
    tokenize(t);
    const char *want[] = {
        "#OpenToWork",      "Open",  "To",  "Work",         "#tbt", "tbt",
        "#COVID19",         "COVID", "19",  "#NASAMission", "NASA", "Mission",
        "#dag_van_de_zorg", "dag",   "van", "de",           "zorg"};
    cr_assert_eq(tokens.count, sizeof want / sizeof *want);
    for (size_t i = 0; i < tokens.count; i++)
        expect_token(t, i, want[i][0] == '#' ? MS_TOK_HASHTAG : MS_TOK_WORD, want[i]);
}

Test(tokenize, emoji_are_whole_clusters)
{
    /* family ZWJ sequence, thumbs up with skin tone, Dutch flag, keycap, heart + VS16 */
    const char *t =
        "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 "
        "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD \xF0\x9F\x87\xB3\xF0\x9F\x87\xB1"
        "\xF0\x9F\x87\xB3\xF0\x9F\x87\xB1 1\xEF\xB8\x8F\xE2\x83\xA3 "
        "\xE2\x9D\xA4\xEF\xB8\x8F";
    tokenize(t);
    cr_assert_eq(tokens.count, 6);
    for (size_t i = 0; i < tokens.count; i++)
        cr_expect_eq(nth(i)->kind, MS_TOK_EMOJI, "token %zu", i);
    cr_expect_eq(nth(2)->end - nth(2)->start, 8, "one flag is two regional indicators");
}

Test(tokenize, flags_and_unicode_words)
{
    const char *t = "HIRING now\nCarri\xC3\xA8re "
                    "\xEF\xBD\x88\xEF\xBD\x85\xEF\xBD\x8C\xEF\xBD\x8C\xEF\xBD\x8F !!!";
    tokenize(t);
    cr_assert_eq(tokens.count, 5);
    cr_expect(nth(0)->flags & MS_TF_ALLCAPS);
    cr_expect(!(nth(1)->flags & MS_TF_ALLCAPS));
    cr_expect(nth(2)->flags & MS_TF_NEWLINE_BEFORE);
    cr_expect(!(nth(2)->flags & MS_TF_ASCII));
    expect_token(t, 3, MS_TOK_WORD,
                 "\xEF\xBD\x88\xEF\xBD\x85\xEF\xBD\x8C\xEF\xBD\x8C\xEF\xBD\x8F");
    expect_token(t, 4, MS_TOK_PUNCT, "!!!");
}

Test(tokenize, nul_and_bad_bytes_are_blanks)
{
    const char t[] = "a\0b \xFF c";
    cr_assert_eq(ms__tokenize(t, sizeof t - 1, &tokens), MS_TOKENIZE_OK);
    cr_expect_eq(tokens.count, 3);
}

/* ---- twitter-text conformance ---- */

typedef struct {
    const char *section;
    int kind;
    int indices; /* expected items are {value, indices} objects */
} conformance_section;

static const conformance_section sections[] = {
    {"hashtags", MS_TOK_HASHTAG, 0},
    {"hashtags_from_astral", MS_TOK_HASHTAG, 0},
    {"hashtags_with_indices", MS_TOK_HASHTAG, 1},
    {"mentions", MS_TOK_MENTION, 0},
    {"mentions_with_indices", MS_TOK_MENTION, 1},
    {"urls", MS_TOK_URL, 0},
    {"urls_with_indices", MS_TOK_URL, 1},
    {"cashtags", MS_TOK_CASHTAG, 0},
    {"cashtags_with_indices", MS_TOK_CASHTAG, 1},
};

static long code_points(const char *s, size_t n)
{
    long c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* The extracted values (sigils stripped, as twitter-text returns them) and code-point
   indices, as JSON, for comparison with the expected JSON. */
static json_t *extract(const char *text, const conformance_section *sec)
{
    json_t *out = json_array();
    tokenize(text);
    for (size_t i = 0; i < tokens.count; i++) {
        const ms_token *t = &tokens.items[i];
        if (t->kind != sec->kind)
            continue;
        size_t skip = sec->kind == MS_TOK_URL ? 0
                      : ((unsigned char)text[t->start] == '#' || text[t->start] == '@' ||
                         text[t->start] == '$')
                          ? 1
                          : 3;
        json_t *value = json_stringn(text + t->start + skip, t->end - t->start - skip);
        if (!sec->indices) {
            json_array_append_new(out, value);
            continue;
        }
        const char *key = sec->kind == MS_TOK_HASHTAG   ? "hashtag"
                          : sec->kind == MS_TOK_MENTION ? "screen_name"
                          : sec->kind == MS_TOK_URL     ? "url"
                                                        : "cashtag";
        long from = code_points(text, t->start), to = code_points(text, t->end);
        json_array_append_new(out, json_pack("{s:o,s:[I,I]}", key, value, "indices",
                                             (json_int_t)from, (json_int_t)to));
    }
    return out;
}

/* skip.tsv: section<TAB>description<TAB>reason */
static int skipped(const char *section, const char *description)
{
    FILE *f = fopen(MS_TEST_DATA "/twitter-text/skip.tsv", "r");
    char line[1024];
    int found = 0;
    size_t sn = strlen(section);
    while (f && !found && fgets(line, sizeof line, f)) {
        char *tab = strchr(line, '\t');
        if (!tab || (size_t)(tab - line) != sn || strncmp(line, section, sn))
            continue;
        char *desc = tab + 1, *tab2 = strchr(desc, '\t');
        found = tab2 && (size_t)(tab2 - desc) == strlen(description) &&
                !strncmp(desc, description, strlen(description));
    }
    if (f)
        fclose(f);
    return found;
}

Test(tokenize, twitter_text_conformance)
{
    json_error_t err;
    json_t *suite = json_load_file(MS_TEST_DATA "/twitter-text/extract.json", 0, &err);
    cr_assert_not_null(suite, "extract.json: %s", err.text);
    int passed = 0, failed = 0, skips = 0, now_passing = 0;
    for (size_t s = 0; s < sizeof sections / sizeof *sections; s++) {
        size_t i;
        json_t *c;
        json_array_foreach(json_object_get(suite, sections[s].section), i, c)
        {
            const char *text = json_string_value(json_object_get(c, "text"));
            const char *desc = json_string_value(json_object_get(c, "description"));
            json_t *got = extract(text, &sections[s]);
            int ok = json_equal(got, json_object_get(c, "expected"));
            int skip = skipped(sections[s].section, desc);
            if (skip) {
                skips++;
                now_passing += ok;
                if (ok)
                    cr_log_warn("skipped case now passes: %s: %s", sections[s].section,
                                desc);
            } else if (ok)
                passed++;
            else {
                failed++;
                char *g = json_dumps(got, JSON_COMPACT);
                cr_log_error("%s: %s\n  text: %s\n  got:  %s", sections[s].section, desc,
                             text, g);
                free(g);
            }
            json_decref(got);
        }
    }
    json_decref(suite);
    cr_log_info("twitter-text: %d passed, %d skipped (%d of them pass now), %d failed",
                passed, skips, now_passing, failed);
    cr_assert_eq(failed, 0, "%d conformance cases failed (see the log)", failed);
    cr_assert_eq(now_passing, 0, "remove the cases that pass now from skip.tsv");
    cr_assert_gt(passed, 150);
}
