/*
 * test_tokenize.c - the tokenizer: every token kind with its span and flags, emoji
 * sequences, hashtag parts, numbers, robustness on arbitrary bytes, and twitter-text's
 * extraction conformance suite for hashtags, mentions, URLs and cashtags
 * (tests/data/twitter-text, Apache-2.0). Each conformance case is one test; the cases the
 * tokenizer does not follow are skipped by name with the reason (convert.py holds the
 * list, SKIPPED.md shows it).
 */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
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
    cr_assert_eq(ms__tokenize(text, strlen(text), &tokens), MS_TOKENIZE_OK, "'%s'", text);
}

static const ms_token *nth(size_t i)
{
    cr_assert_lt(i, tokens.count, "only %zu tokens", tokens.count);
    return &tokens.items[i];
}

/* ---- a readable form of the token list: "kind:text kind:text ..." ---- */

static const char *kind_name(const ms_token *t)
{
    static const char *const names[] = {"word", "num",   "tag",   "at",   "cash",
                                        "url",  "email", "emoji", "punct"};
    if (t->kind == MS_TOK_WORD && (t->flags & MS_TF_HASHPART))
        return "part";
    return t->kind <= MS_TOK_PUNCT ? names[t->kind] : "?";
}

static void append(char *out, size_t cap, size_t *len, const char *s, size_t n)
{
    if (*len + n + 1 > cap)
        n = cap - *len - 1;
    memcpy(out + *len, s, n);
    *len += n;
    out[*len] = '\0';
}

/* The tokens of text as "kind:text" separated by single spaces. */
static const char *describe(const char *text)
{
    static char out[2048];
    size_t len = 0;
    out[0] = '\0';
    tokenize(text);
    for (size_t i = 0; i < tokens.count; i++) {
        const ms_token *t = &tokens.items[i];
        const char *kind = kind_name(t);
        if (i)
            append(out, sizeof out, &len, " ", 1);
        append(out, sizeof out, &len, kind, strlen(kind));
        append(out, sizeof out, &len, ":", 1);
        append(out, sizeof out, &len, text + t->start, t->end - t->start);
    }
    return out;
}

typedef struct {
    const char *text;
    const char *tokens;
} token_case;

static void check_cases(const token_case *cases, size_t n)
{
    for (size_t i = 0; i < n; i++)
        cr_expect_str_eq(describe(cases[i].text), cases[i].tokens, "input '%s'",
                         cases[i].text);
}

#define CHECK_CASES(cases) check_cases(cases, sizeof cases / sizeof *cases)

/* ---- kinds ---- */

Test(tokenize, words)
{
    static const token_case cases[] = {
        {"don't baby's e-mail kraamvisite",
         "word:don't word:baby's word:e-mail word:kraamvisite"},
        {"rock\xE2\x80\x99n\xE2\x80\x99roll", "word:rock\xE2\x80\x99n\xE2\x80\x99roll"},
        {"'quoted' - well-", "punct:' word:quoted punct:' punct:- word:well punct:-"},
        {"a--b COVID-19 x-ray",
         "word:a punct:-- word:b word:COVID punct:- num:19 word:x-ray"},
        {"caf\xC3\xA9 na\xC3\xAFve", "word:caf\xC3\xA9 word:na\xC3\xAFve"},
        /* fullwidth letters and the "fi" ligature are letters */
        {"\xEF\xBD\x88\xEF\xBD\x85\xEF\xBD\x8C\xEF\xBD\x8C\xEF\xBD\x8F \xEF\xAC\x81ne",
         "word:\xEF\xBD\x88\xEF\xBD\x85\xEF\xBD\x8C\xEF\xBD\x8C\xEF\xBD\x8F "
         "word:\xEF\xAC\x81ne"},
        /* NBSP, ideographic space and NUL are blanks */
        {"a\xC2\xA0"
         "b\xE3\x80\x80"
         "c",
         "word:a word:b word:c"},
        {"\xD1\x80\xD1\x83\xD1\x81 \xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E",
         "word:\xD1\x80\xD1\x83\xD1\x81 word:\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E"},
        {"m\xC2\xB2 4you mp3", "word:m\xC2\xB2 word:4you word:mp3"},
        {"user_name", "word:user punct:_ word:name"},
    };
    CHECK_CASES(cases);
}

Test(tokenize, numbers)
{
    static const token_case cases[] = {
        {"30% \xE2\x82\xAC"
         "12M $5 3,2kg 1.000 2024 +15 10x 3rd",
         "num:30% num:\xE2\x82\xAC"
         "12M num:$5 num:3,2kg num:1.000 num:2024 num:+15 num:10x num:3rd"},
        {"10-15 -3 12\xE2\x82\xAC 10:30 5.5.",
         "num:10 punct:- num:15 num:-3 "
         "num:12\xE2\x82\xAC num:10:30 num:5.5 punct:."},
        {"1hashtag 2day 5K 2e 1ste", "word:1hashtag word:2day num:5K num:2e num:1ste"},
        {"\xC2\xA3"
         "5bn",
         "num:\xC2\xA3"
         "5bn"},
    };
    CHECK_CASES(cases);
}

Test(tokenize, hashtags_and_parts)
{
    static const token_case cases[] = {
        {"#BabyOnTheWay", "tag:#BabyOnTheWay part:Baby part:On part:The part:Way"},
        {"#OpenToWork #tbt",
         "tag:#OpenToWork part:Open part:To part:Work tag:#tbt part:tbt"},
        {"#COVID19 #NASAMission", "tag:#COVID19 part:COVID part:19 tag:#NASAMission "
                                  "part:NASA part:Mission"},
        {"#dag_van_de_zorg", "tag:#dag_van_de_zorg part:dag part:van part:de part:zorg"},
        {"#iPhone15 #1hashtag", "tag:#iPhone15 part:i part:Phone part:15 tag:#1hashtag "
                                "part:1 part:hashtag"},
        {"#caféCrème", "tag:#caféCrème part:café part:Crème"},
        /* fullwidth mark, letters and digits */
        {"\xEF\xBC\x83\xEF\xBD\x88\xEF\xBD\x89\xEF\xBC\x91",
         "tag:\xEF\xBC\x83\xEF\xBD\x88\xEF\xBD\x89\xEF\xBC\x91 "
         "part:\xEF\xBD\x88\xEF\xBD\x89 "
         "part:\xEF\xBC\x91"},
        /* not hashtags: all digits, after a letter, after '&', followed by "://" */
        {"#123 a#b &#x #http://", "punct:# num:123 word:a punct:# word:b punct:& punct:# "
                                  "word:x punct:# word:http punct:: punct://"},
        {"##tag", "punct:# tag:#tag part:tag"},
    };
    CHECK_CASES(cases);
}

/* The parts of an ASCII body, read by runs, are those the general splitter finds: the
   same body followed by "_\u00e9" (a separator and a non-ASCII part, which sends the
   whole body down the decoding path) must give the same parts, spans and flags, then one
   part more. */
Test(tokenize, ascii_hashtag_parts_match_the_general_splitter)
{
    static const char alphabet[] = "aAzZqQ09_";
    uint32_t seed = 4242;
    char ascii[32], general[40];
    ms_token want[40];
    for (int round = 0; round < 5000; round++) {
        size_t len = 1 + (size_t)(round % 14);
        ascii[0] = '#';
        for (size_t i = 1; i <= len; i++) {
            seed = seed * 1103515245u + 12345u;
            ascii[i] = alphabet[(seed >> 16) % (sizeof alphabet - 1)];
        }
        ascii[len + 1] = '\0';
        snprintf(general, sizeof general, "%s_\xC3\xA9", ascii);
        tokenize(ascii);
        size_t n = tokens.count;
        memcpy(want, tokens.items, n * sizeof *want);
        tokenize(general);
        if (n == 0 || want[0].kind != MS_TOK_HASHTAG) /* "#_9": no hashtag either way */
            continue;
        cr_assert_eq(tokens.count, n + 1, "'%s'", ascii);
        for (size_t k = 1; k < n; k++) {
            const ms_token *got = &tokens.items[k];
            cr_assert(got->start == want[k].start && got->end == want[k].end &&
                          got->flags == want[k].flags,
                      "'%s' part %zu", ascii, k);
        }
    }
}

Test(tokenize, mentions_cashtags_emails)
{
    static const token_case cases[] = {
        {"@anna_b, @Bob!", "at:@anna_b punct:, at:@Bob punct:!"},
        {"mail@example.com a@b", "email:mail@example.com word:a punct:@ word:b"},
        {"first.last+tag@mail.example.co.uk", "email:first.last+tag@mail.example.co.uk"},
        {"RT@user x@user", "word:RT at:@user word:x punct:@ word:user"},
        {"@alic\xC3\xA9 @user@host", "punct:@ word:alic\xC3\xA9 punct:@ word:user punct:@ "
                                     "word:host"},
        {"$AAPL $TEST.T $BRK_B.", "cash:$AAPL cash:$TEST.T cash:$BRK_B punct:."},
        {"$$NG $toolong", "punct:$ punct:$ word:NG punct:$ word:toolong"},
    };
    CHECK_CASES(cases);
}

Test(tokenize, urls)
{
    static const token_case cases[] = {
        {"https://x.org/a?b=1.", "url:https://x.org/a?b=1 punct:."},
        {"www.example.nl example.com/path!!!", "url:www.example.nl url:example.com/path "
                                               "punct:!!!"},
        {"(see https://en.wikipedia.org/wiki/Primer_(film))",
         "punct:( word:see url:https://en.wikipedia.org/wiki/Primer_(film) punct:)"},
        {"HTTP://EXAMPLE.COM:8080/x", "url:HTTP://EXAMPLE.COM:8080/x"},
        {"file.txt http://no-tld", "word:file punct:. word:txt word:http punct:: "
                                   "punct:// word:no-tld"},
        /* a bare domain glued to CJK text is still found */
        {"見てexample.comです", "word:見て url:example.com word:です"},
        {"http://t.co/abc's", "url:http://t.co/abc punct:' word:s"},
        /* names reserved for examples are links after a scheme, not without one */
        {"https://shop.example/news long.test", "url:https://shop.example/news word:long "
                                                "punct:. word:test"},
    };
    CHECK_CASES(cases);
}

Test(tokenize, emoji_sequences)
{
    static const token_case cases[] = {
        /* family ZWJ sequence, thumbs up + skin tone, keycaps, heart + VS16 */
        {"\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 "
         "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD!",
         "emoji:\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 "
         "emoji:\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD punct:!"},
        {"1\xEF\xB8\x8F\xE2\x83\xA3#\xEF\xB8\x8F\xE2\x83\xA3\xE2\x9D\xA4\xEF\xB8\x8F",
         "emoji:1\xEF\xB8\x8F\xE2\x83\xA3 emoji:#\xEF\xB8\x8F\xE2\x83\xA3 "
         "emoji:\xE2\x9D\xA4\xEF\xB8\x8F"},
        /* two flags in a row: NL, BE */
        {"\xF0\x9F\x87\xB3\xF0\x9F\x87\xB1\xF0\x9F\x87\xA7\xF0\x9F\x87\xAA",
         "emoji:\xF0\x9F\x87\xB3\xF0\x9F\x87\xB1 emoji:\xF0\x9F\x87\xA7\xF0\x9F\x87\xAA"},
        /* Scotland: black flag + tag letters + cancel tag */
        {"\xF0\x9F\x8F\xB4\xF3\xA0\x81\xA7\xF3\xA0\x81\xA2\xF3\xA0\x81\xB3\xF3\xA0\x81\xA3"
         "\xF3\xA0\x81\xB4\xF3\xA0\x81\xBF",
         "emoji:"
         "\xF0\x9F\x8F\xB4\xF3\xA0\x81\xA7\xF3\xA0\x81\xA2\xF3\xA0\x81\xB3\xF3\xA0\x81\xA3"
         "\xF3\xA0\x81\xB4\xF3\xA0\x81\xBF"},
        /* three laughing faces are three tokens; an emoji ends a word */
        {"wow\xF0\x9F\x98\x82\xF0\x9F\x98\x82\xF0\x9F\x98\x82",
         "word:wow emoji:\xF0\x9F\x98\x82 emoji:\xF0\x9F\x98\x82 emoji:\xF0\x9F\x98\x82"},
    };
    CHECK_CASES(cases);
}

/* Western emoticons are one token when they stand apart; a colon in a time, a label, a
   URL or a slice is not a face, nor is ": (" with a blank inside. */
Test(tokenize, emoticons)
{
    static const token_case cases[] = {
        {"great day :) see you :-( <3", "word:great word:day emoji::) word:see word:you "
                                        "emoji::-( emoji:<3"},
        {"so sad :((( ok", "word:so word:sad emoji::( punct:(( word:ok"},
        {"(like this :D)", "punct:( word:like word:this emoji::D punct:)"},
        {";P ^_^ :'(", "emoji:;P emoji:^_^ emoji::'("},
        {"at 10:30 :D", "word:at num:10:30 emoji::D"},
        {"Note: (see above)", "word:Note punct:: punct:( word:see word:above punct:)"},
        {"Note:Done a:b :d", "word:Note punct:: word:Done word:a punct:: word:b punct:: "
                             "word:d"},
        {":Disney :/path", "punct:: word:Disney punct:: punct:/ word:path"},
        {"fine =] not =[ ok :] :-[",
         "word:fine emoji:=] word:not emoji:=[ word:ok emoji::] "
         "emoji::-["},
        {"x[:] a=[1]",
         "word:x punct:[ punct:: punct:] word:a punct:= punct:[ num:1 punct:]"},
    };
    CHECK_CASES(cases);
}

Test(tokenize, punctuation_runs)
{
    static const token_case cases[] = {
        {"Wow!!! Really?! Hmm... \xE2\x80\xA6\xE2\x80\xA6",
         "word:Wow punct:!!! word:Really punct:? punct:! word:Hmm punct:... "
         "punct:\xE2\x80\xA6\xE2\x80\xA6"},
        {"\xE3\x80\x82\xC2\xB0", "punct:\xE3\x80\x82 punct:\xC2\xB0"},
    };
    CHECK_CASES(cases);
}

/* ---- flags and spans ---- */

Test(tokenize, case_and_ascii_flags)
{
    tokenize("HIRING Now I COVID19 iPhone \xC3\x89T\xC3\x89 #BabyOnTheWay");
    cr_expect_eq(nth(0)->flags, MS_TF_ALLCAPS | MS_TF_CAPITALIZED | MS_TF_ASCII);
    cr_expect_eq(nth(1)->flags, MS_TF_CAPITALIZED | MS_TF_ASCII);
    cr_expect_eq(nth(2)->flags, MS_TF_CAPITALIZED | MS_TF_ASCII,
                 "one letter is not ALL CAPS");
    cr_expect(nth(3)->flags & MS_TF_ALLCAPS, "digits do not count as letters");
    cr_expect_eq(nth(4)->flags, MS_TF_ASCII);
    cr_expect_eq(nth(5)->flags, MS_TF_ALLCAPS | MS_TF_CAPITALIZED);
    cr_expect_eq(nth(6)->flags, MS_TF_ASCII, "a hashtag has no case flags");
    cr_expect_eq(nth(7)->flags, MS_TF_HASHPART | MS_TF_CAPITALIZED | MS_TF_ASCII);
}

Test(tokenize, newline_before)
{
    tokenize("first\nsecond third\r\n\n#tag\xE2\x80\xA8last");
    cr_assert_eq(tokens.count, 6);
    static const uint8_t newline[] = {0, 1, 0, 1, 0, 1};
    for (size_t i = 0; i < tokens.count; i++)
        cr_expect_eq((nth(i)->flags & MS_TF_NEWLINE_BEFORE) != 0, newline[i], "token %zu",
                     i);
    tokenize("\nfirst");
    cr_expect_eq(nth(0)->flags & MS_TF_NEWLINE_BEFORE, 0, "nothing is before the first");
}

Test(tokenize, spans_are_byte_offsets)
{
    const char *t = "\xC3\xA9t\xC3\xA9 #caf\xC3\xA9 \xF0\x9F\x91\x8D";
    tokenize(t);
    cr_assert_eq(tokens.count, 4);
    static const uint32_t spans[][2] = {{0, 5}, {6, 12}, {7, 12}, {13, 17}};
    for (size_t i = 0; i < tokens.count; i++) {
        cr_expect_eq(nth(i)->start, spans[i][0], "start of token %zu", i);
        cr_expect_eq(nth(i)->end, spans[i][1], "end of token %zu", i);
    }
}

/* A run of lower-case letters is scanned eight bytes at a time: a word of every length
   around those chunks ends where its next byte says, whatever that byte is, also when
   the text ends right after it. */
Test(tokenize, lower_case_runs_end_at_the_right_byte)
{
    static const struct {
        const char *after;
        size_t more; /* bytes of `after` that belong to the word */
    } ends[] = {{" x", 0}, {"!", 0},         {"\n", 0},
                {"'s", 2}, {"'", 0},         {"Xy z", 2},
                {"9 ", 1}, {"\xC3\xA9 ", 2}, {"\xF0\x9F\x91\x8D", 0},
                {"{", 0},  {"`", 0},         {"", 0}};
    char text[64];
    for (size_t n = 1; n <= 24; n++)
        for (size_t e = 0; e < sizeof ends / sizeof *ends; e++) {
            for (size_t i = 0; i < n; i++)
                text[i] = (char)('a' + (i * 7 + 25) % 26); /* every letter by 24 */
            strcpy(text + n, ends[e].after);
            tokenize(text);
            cr_assert_eq(nth(0)->kind, MS_TOK_WORD, "'%s'", text);
            cr_expect_eq(nth(0)->start, 0, "'%s'", text);
            cr_expect_eq(nth(0)->end, n + ends[e].more, "'%s'", text);
        }
}

/* Where eight bytes or more follow a word, a plain ASCII word is read by a fast path of
   its own; in the text's last eight bytes by the full word scanner. Each word shape with
   each next byte must come out the same both ways: the text alone, and the text with
   blanks after it. */
Test(tokenize, plain_words_read_as_the_full_scanner_reads_them)
{
    static const char *const words[] = {"a",
                                        "I",
                                        "ok",
                                        "OK",
                                        "Ok",
                                        "oK",
                                        "covid19",
                                        "COVID19",
                                        "B2B",
                                        "x9",
                                        "hello",
                                        "Hello",
                                        "HELLOWORLD",
                                        "HelloWorld",
                                        "helloworld",
                                        "abcdefgh",
                                        "ABCDEFGh",
                                        "Abcdefghijklmnopq",
                                        "ABCDEFGHIJKLMNOPQ",
                                        "aBCDEFGHIJKLMNOPQ"};
    static const char *const ends[] = {
        "",  " x",  "\n", "-",  "- ", "-x", "'s", "'", ".", ". ",       ".com", "@x",
        ":", "://", "_",  "#x", "!",  "%",  "+1", "`", "{", "\xC3\xA9", "\t"};
    char text[96];
    ms_token alone[16];
    for (size_t w = 0; w < sizeof words / sizeof *words; w++)
        for (size_t e = 0; e < sizeof ends / sizeof *ends; e++) {
            snprintf(text, sizeof text, "%s%s", words[w], ends[e]);
            size_t n = strlen(text);
            tokenize(text);
            size_t count = tokens.count;
            cr_assert_leq(count, 16);
            memcpy(alone, tokens.items, count * sizeof *alone);
            strcpy(text + n, "          ");
            tokenize(text);
            cr_assert_eq(tokens.count, count, "'%s'", text);
            for (size_t i = 0; i < count; i++) {
                const ms_token *a = &alone[i], *b = nth(i);
                cr_expect(a->start == b->start && a->end == b->end && a->kind == b->kind &&
                              a->flags == b->flags,
                          "'%s' token %zu: %u-%u kind %d flags %#x, padded %u-%u kind %d "
                          "flags %#x",
                          text, i, a->start, a->end, a->kind, a->flags, b->start, b->end,
                          b->kind, b->flags);
            }
        }
}

/* ---- robustness ---- */

Test(tokenize, nul_and_bad_bytes_are_blanks)
{
    const char t[] = "a\0b \xFF c\xE2\x82 d\xC3";
    cr_assert_eq(ms__tokenize(t, sizeof t - 1, &tokens), MS_TOKENIZE_OK);
    cr_assert_eq(tokens.count, 4);
    cr_expect_eq(nth(3)->start, 10);
    cr_expect_eq(nth(3)->end, 11, "the truncated sequence at the end is not part of 'd'");
}

/* Only len bytes are read: the text is copied to a buffer of exactly that size (the
   sanitizer build catches any read past it). */
Test(tokenize, never_reads_past_len)
{
    static const char *const texts[] = {"http://example.com/path",
                                        "#tag",
                                        "@user",
                                        "$CASH",
                                        "1\xEF\xB8\x8F",
                                        "a@b.co",
                                        "\xF0\x9F\x91\xA8\xE2\x80",
                                        "e-",
                                        "don'",
                                        "30",
                                        "www.x.nl",
                                        "#\xEF\xB8\x8F"};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        size_t len = strlen(texts[i]);
        for (size_t cut = 1; cut <= len; cut++) {
            char *buf = malloc(cut);
            cr_assert_not_null(buf);
            memcpy(buf, texts[i], cut);
            cr_expect_eq(ms__tokenize(buf, cut, &tokens), MS_TOKENIZE_OK);
            for (size_t k = 0; k < tokens.count; k++)
                cr_expect_leq(tokens.items[k].end, cut);
            free(buf);
        }
    }
}

/* Arbitrary bytes: spans inside the text, non-empty and in order (hashtag parts inside
   their hashtag). */
Test(tokenize, arbitrary_bytes)
{
    static const char alphabet[] = "aZ9#@$.:/-_'! \n\0\xC3\xA9\xE2\x80\x8D\xF0\x9F\x91\x8D"
                                   "\xEF\xB8\x8F\xFF\x80\xED\xA0\x80\xC0\xAF";
    uint32_t seed = 12345;
    char buf[64];
    for (int round = 0; round < 20000; round++) {
        size_t len = (size_t)(round % 64);
        for (size_t i = 0; i < len; i++) {
            seed = seed * 1103515245u + 12345u;
            buf[i] = alphabet[(seed >> 16) % (sizeof alphabet - 1)];
        }
        cr_assert_eq(ms__tokenize(buf, len, &tokens), MS_TOKENIZE_OK);
        uint32_t done = 0, tag_end = 0;
        for (size_t k = 0; k < tokens.count; k++) {
            const ms_token *t = &tokens.items[k];
            cr_assert(t->start < t->end && t->end <= len, "round %d token %zu", round, k);
            if (t->flags & MS_TF_HASHPART) {
                cr_assert(t->end <= tag_end, "round %d: part outside its hashtag", round);
                continue;
            }
            cr_assert_geq(t->start, done, "round %d: token %zu overlaps", round, k);
            done = t->end;
            tag_end = t->kind == MS_TOK_HASHTAG ? t->end : 0;
        }
    }
}

Test(tokenize, list_is_reused_and_limited)
{
    tokenize("one two three");
    cr_expect_eq(tokens.count, 3);
    tokenize("four");
    cr_expect_eq(tokens.count, 1, "count starts again at 0");
    ms__token_list_free(NULL);

    size_t n = MS_MAX_TOKENS + 1;
    char *many = malloc(2 * n);
    cr_assert_not_null(many);
    for (size_t i = 0; i < n; i++)
        memcpy(many + 2 * i, "a ", 2);
    cr_expect_eq(ms__tokenize(many, 2 * n, &tokens), MS_TOKENIZE_TOO_MANY);
    cr_expect_eq(tokens.count, MS_MAX_TOKENS);
    cr_expect_eq(ms__tokenize(many, 2 * (n - 1), &tokens), MS_TOKENIZE_OK);
    free(many);
}

/* ---- twitter-text conformance ---- */

#define SUITE_PATH MS_TEST_DATA "/twitter-text/extract.json"

/* A section that this test can check: the token kind it extracts, the name of the value in
   the "*_with_indices" objects, and the length of the sigil twitter-text strips. */
typedef struct {
    const char *section;
    int kind;
    const char *key;
} section_kind;

static const section_kind checked_sections[] = {
    {"hashtags", MS_TOK_HASHTAG, NULL},
    {"hashtags_from_astral", MS_TOK_HASHTAG, NULL},
    {"hashtags_with_indices", MS_TOK_HASHTAG, "hashtag"},
    {"mentions", MS_TOK_MENTION, NULL},
    {"mentions_with_indices", MS_TOK_MENTION, "screen_name"},
    {"urls", MS_TOK_URL, NULL},
    {"urls_with_indices", MS_TOK_URL, "url"},
    {"urls_with_directional_markers", MS_TOK_URL, "url"},
    {"tco_urls_with_params", MS_TOK_URL, NULL},
    {"cashtags", MS_TOK_CASHTAG, NULL},
    {"cashtags_with_indices", MS_TOK_CASHTAG, "cashtag"},
};

/* Parameters are copied into the worker processes: arrays, not pointers. */
typedef struct {
    char section[48];
    size_t index;
} conformance_case;

static json_t *load_suite(void)
{
    json_error_t err;
    json_t *suite = json_load_file(SUITE_PATH, 0, &err);
    cr_assert_not_null(suite, "%s: %s", SUITE_PATH, err.text);
    return suite;
}

static void free_cases(struct criterion_test_params *params)
{
    cr_free(params->params);
}

ParameterizedTestParameters(tokenize, twitter_text)
{
    json_t *suite = json_load_file(SUITE_PATH, 0, NULL), *cases;
    const char *section;
    size_t total = 0, n = 0;
    json_object_foreach(suite, section, cases) total += json_array_size(cases);
    conformance_case *params = cr_malloc((total ? total : 1) * sizeof *params);
    json_object_foreach(suite, section, cases)
    {
        for (size_t i = 0; i < json_array_size(cases) && strlen(section) < 48; i++, n++) {
            memcpy(params[n].section, section, strlen(section) + 1);
            params[n].index = i;
        }
    }
    json_decref(suite);
    return cr_make_param_array(conformance_case, params, n, free_cases);
}

static const section_kind *find_section(const char *name)
{
    for (size_t i = 0; i < sizeof checked_sections / sizeof *checked_sections; i++)
        if (!strcmp(checked_sections[i].section, name))
            return &checked_sections[i];
    return NULL;
}

static size_t sigil_length(const char *text, const ms_token *t)
{
    if (t->kind == MS_TOK_URL)
        return 0;
    return (unsigned char)text[t->start] < 0x80 ? 1 : 3; /* '#' '@' '$', or '＃' '＠' */
}

static json_int_t code_points(const char *s, size_t n)
{
    json_int_t count = 0;
    for (size_t i = 0; i < n; i++)
        count += ((unsigned char)s[i] & 0xC0) != 0x80;
    return count;
}

/* What the tokenizer extracts from text, shaped like the suite's "expected". */
static json_t *extract(const char *text, const section_kind *sec)
{
    json_t *out = json_array();
    tokenize(text);
    for (size_t i = 0; i < tokens.count; i++) {
        const ms_token *t = &tokens.items[i];
        if (t->kind != sec->kind)
            continue;
        size_t from = t->start + sigil_length(text, t);
        json_t *value = json_stringn(text + from, t->end - from);
        if (sec->key)
            value = json_pack("{s:o,s:[I,I]}", sec->key, value, "indices",
                              code_points(text, t->start), code_points(text, t->end));
        json_array_append_new(out, value);
    }
    return out;
}

ParameterizedTest(conformance_case *param, tokenize, twitter_text)
{
    json_t *suite = load_suite();
    json_t *c = json_array_get(json_object_get(suite, param->section), param->index);
    const char *description = json_string_value(json_object_get(c, "description"));
    const char *text = json_string_value(json_object_get(c, "text"));
    const char *skip = json_string_value(json_object_get(c, "skip"));
    const section_kind *sec = find_section(param->section);
    cr_assert(c && text && description, "%s #%zu", param->section, param->index);
    if (!sec) {
        cr_assert(skip, "%s: no extractor for this section and no skip reason",
                  param->section);
        cr_skip_test("%s: %s (%s)", param->section, description, skip);
    }
    json_t *got = extract(text, sec);
    int ok = json_equal(got, json_object_get(c, "expected"));
    if (skip && ok)
        cr_assert_fail("%s: '%s' passes now: remove it from convert.py's skip list",
                       param->section, description);
    if (skip)
        cr_skip_test("%s: %s (%s)", param->section, description, skip);
    char *shown = json_dumps(got, JSON_COMPACT);
    cr_expect(ok, "%s: %s\n  text: %s\n  got:  %s", param->section, description, text,
              shown);
    free(shown);
    json_decref(got);
    json_decref(suite);
}

Test(tokenize, twitter_text_suite_is_complete)
{
    json_t *suite = load_suite(), *cases;
    const char *section;
    size_t total = 0;
    json_object_foreach(suite, section, cases) total += json_array_size(cases);
    cr_expect_eq(total, 238, "extract.yml has 238 cases in 13 sections");
    json_decref(suite);
}
