/* test_api.c - the public API's contracts: NULL handling, errors as values, limits. */
#include <criterion/criterion.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

Test(api, free_functions_accept_null)
{
    mindset_engine_free(NULL);
    mindset_scratch_free(NULL);
    mindset_result_free(NULL);
    mindset_free(NULL);
}

Test(api, bad_arguments_are_usage_errors)
{
    cr_assert_eq(mindset_engine_new(NULL, NULL, NULL), MINDSET_ERR_USAGE);
    cr_assert_eq(mindset_scratch_new(NULL, NULL), MINDSET_ERR_USAGE);
    mindset_result *r;
    cr_assert_eq(mindset_analyze(NULL, "x", 1, NULL, &r, NULL), MINDSET_ERR_USAGE);
    mindset_lang lang;
    cr_assert_eq(mindset_lang_parse("fr", &lang), MINDSET_ERR_LANG);
    mindset_format fmt;
    cr_assert_eq(mindset_format_parse("xml", &fmt), MINDSET_ERR_USAGE);
    cr_assert_str_eq(mindset_strerror(MINDSET_ERR_UTF8), "invalid UTF-8");
}

Test(api, invalid_utf8_names_line_and_column)
{
    mindset_engine *e = test_engine_mini();
    mindset_scratch *s;
    cr_assert_eq(mindset_scratch_new(e, &s), MINDSET_OK);
    mindset_result *r = NULL;
    mindset_error err = {0};
    const char *text = "fine\nline \xC3\xA9 then \xFF here";
    cr_assert_eq(mindset_analyze(s, text, strlen(text), NULL, &r, &err), MINDSET_ERR_UTF8);
    cr_assert_null(r);
    cr_assert_eq(err.line, 2);
    cr_assert_eq(err.column, 13);
    cr_assert_eq(err.offset, 18);
    mindset_scratch_free(s);
    mindset_engine_free(e);
}

Test(api, text_the_caller_checked_skips_the_utf8_check_but_reads_safely)
{
    mindset_engine *e = test_engine_mini();
    mindset_scratch *s;
    cr_assert_eq(mindset_scratch_new(e, &s), MINDSET_OK);
    /* A caller that promises valid UTF-8 and breaks the promise gets a result, not a
       crash: the bad bytes (a lone lead byte, a cut sequence at the end) read as blanks
       and the words around them still count. */
    const char *text = "babies \xFF newborn \xE2\x82";
    mindset_request req = {.utf8_checked = 1};
    mindset_result *r = NULL;
    mindset_error err = {0};
    cr_assert_eq(mindset_analyze(s, text, strlen(text), &req, &r, &err), MINDSET_OK);
    cr_assert_str_eq(mindset_result_label(r), "personal");
    mindset_result_free(r);
    req.utf8_checked = 0;
    r = NULL;
    cr_assert_eq(mindset_analyze(s, text, strlen(text), &req, &r, &err), MINDSET_ERR_UTF8);
    cr_assert_null(r);
    mindset_scratch_free(s);
    mindset_engine_free(e);
}

Test(api, oversized_post_is_refused)
{
    mindset_engine *e = test_engine_mini();
    mindset_scratch *s;
    cr_assert_eq(mindset_scratch_new(e, &s), MINDSET_OK);
    size_t n = MINDSET_MAX_POST_BYTES + 1;
    char *big = malloc(n);
    memset(big, 'a', n);
    mindset_result *r = NULL;
    mindset_error err = {0};
    cr_assert_eq(mindset_analyze(s, big, n, NULL, &r, &err), MINDSET_ERR_TOO_BIG);
    free(big);
    mindset_scratch_free(s);
    mindset_engine_free(e);
}

Test(api, post_at_the_limit_is_analysed)
{
    mindset_engine *e = test_engine_mini();
    mindset_scratch *s;
    cr_assert_eq(mindset_scratch_new(e, &s), MINDSET_OK);
    size_t n = MINDSET_MAX_POST_BYTES;
    char *big = malloc(n);
    for (size_t i = 0; i < n; i++)
        big[i] = i % 7 == 6 ? ' ' : 'b';
    mindset_result *r = NULL;
    cr_assert_eq(mindset_analyze(s, big, n, NULL, &r, NULL), MINDSET_OK);
    mindset_result_free(r);
    free(big);
    mindset_scratch_free(s);
    mindset_engine_free(e);
}

/* Analyses a post of `unit` repeated up to the post limit; it must succeed. */
static void analyse_repeated_to_the_limit(const char *unit, size_t unit_len)
{
    mindset_engine *e = test_engine_mini();
    mindset_scratch *s;
    cr_assert_eq(mindset_scratch_new(e, &s), MINDSET_OK);
    size_t n = MINDSET_MAX_POST_BYTES - MINDSET_MAX_POST_BYTES % unit_len;
    char *big = malloc(n);
    for (size_t i = 0; i < n; i += unit_len)
        memcpy(big + i, unit, unit_len);
    mindset_result *r = NULL;
    mindset_error err = {0};
    cr_assert_eq(mindset_analyze(s, big, n, NULL, &r, &err), MINDSET_OK, "%s", err.text);
    mindset_result_free(r);
    free(big);
    mindset_scratch_free(s);
    mindset_engine_free(e);
}

/* A token has no limit of its own: one word as long as the largest post is analysed,
   in ASCII (fast folding) and in accented text (utf8proc folding). */
Test(api, one_word_as_long_as_the_post_limit)
{
    analyse_repeated_to_the_limit("A", 1);
    analyse_repeated_to_the_limit("\xC3\x89", 2); /* É: folded by utf8proc */
}

/* The token limit is reached by the largest post of one-character punctuation runs
   ("!?" alternating: one token per byte), and such a post is still analysed; the
   tokenizer's own test covers one token past it. */
Test(api, post_of_as_many_tokens_as_the_limit)
{
    analyse_repeated_to_the_limit("!?", 2);
}

Test(api, empty_post_has_no_signal)
{
    mindset_engine *e = test_engine_mini();
    json_t *j = test_analyze(e, "", "linkedin");
    cr_assert_str_eq(test_str(j, "mindset", "label"), "unknown");
    cr_assert_str_eq(test_str(j, "lang", NULL), "unknown");
    json_decref(j);
    mindset_engine_free(e);
}

Test(api, one_engine_many_scratches)
{
    mindset_engine *e = test_engine_mini();
    mindset_scratch *a, *b;
    cr_assert_eq(mindset_scratch_new(e, &a), MINDSET_OK);
    cr_assert_eq(mindset_scratch_new(e, &b), MINDSET_OK);
    mindset_result *ra, *rb;
    cr_assert_eq(mindset_analyze(a, "newborn", 7, NULL, &ra, NULL), MINDSET_OK);
    cr_assert_eq(mindset_analyze(b, "lessons", 7, NULL, &rb, NULL), MINDSET_OK);
    cr_assert_str_eq(mindset_result_label(ra), "personal");
    cr_assert_str_eq(mindset_result_label(rb), "professional");
    mindset_result_free(ra);
    mindset_result_free(rb);
    mindset_scratch_free(a);
    mindset_scratch_free(b);
    mindset_engine_free(e);
}

/* Threads share one engine: the built-in lexicons load a language on first use, and
   several threads may ask for it at once. */
typedef struct {
    mindset_engine *engine;
    int ok;
} thread_job;

static void *analyse_in_thread(void *arg)
{
    thread_job *job = arg;
    mindset_scratch *s = NULL;
    if (mindset_scratch_new(job->engine, &s) != MINDSET_OK)
        return NULL;
    const char *posts[] = {"Wij zoeken een nieuwe collega! #vacature",
                           "We're hiring a data engineer #jobs"};
    job->ok = 1;
    for (int round = 0; round < 50; round++) {
        mindset_result *r = NULL;
        const char *p = posts[round % 2];
        job->ok &= mindset_analyze(s, p, strlen(p), NULL, &r, NULL) == MINDSET_OK &&
                   !strcmp(mindset_result_label(r), "professional");
        mindset_result_free(r);
    }
    mindset_scratch_free(s);
    return NULL;
}

Test(api, threads_share_one_engine)
{
    mindset_engine *e = test_engine_builtin();
    pthread_t t[4];
    thread_job jobs[4];
    for (int i = 0; i < 4; i++) {
        jobs[i] = (thread_job){e, 0};
        cr_assert_eq(pthread_create(&t[i], NULL, analyse_in_thread, &jobs[i]), 0);
    }
    for (int i = 0; i < 4; i++) {
        pthread_join(t[i], NULL);
        cr_assert(jobs[i].ok, "thread %d", i);
    }
    mindset_engine_free(e);
}

/* Renders post for the request as JSON; the result is recycled into s when recycle is
   set, freed otherwise. */
static char *render_post(mindset_scratch *s, const char *post, const mindset_request *req,
                         int recycle)
{
    mindset_result *r = NULL;
    cr_assert_eq(mindset_analyze(s, post, strlen(post), req, &r, NULL), MINDSET_OK);
    mindset_render_options o = {.text = post, .len = strlen(post)};
    char *json = NULL;
    cr_assert_eq(mindset_render(r, MINDSET_FORMAT_JSON, &o, &json), MINDSET_OK);
    if (recycle)
        mindset_result_recycle(s, r);
    else
        mindset_result_free(r);
    return json;
}

/* A recycled result says what a new one says: findings, types with their spans, verdicts
   for more networks than before, an explain trace, and an empty post after a full one. */
Test(api, recycled_result_reads_like_a_new_one)
{
    mindset_engine *e = test_engine_builtin();
    mindset_scratch *fresh, *reuse;
    cr_assert_eq(mindset_scratch_new(e, &fresh), MINDSET_OK);
    cr_assert_eq(mindset_scratch_new(e, &reuse), MINDSET_OK);
    const char *one[] = {"linkedin"};
    const char *three[] = {"linkedin", "facebook", "twitter"};
    mindset_request reqs[] = {
        {.network = "linkedin", .networks = one, .network_count = 1},
        {.network = "facebook", .networks = three, .network_count = 3, .keep_trace = 1},
        {.networks = three, .network_count = 3, .figures_only = 1},
        {0},
    };
    const char *posts[] = {
        "Our baby girl was born today!! 👶 So proud. #newborn #family",
        "We're hiring a senior data engineer. Apply now: https://example.com/jobs #hiring",
        "Confidential: Q3 numbers leak before the earnings call, don't share",
        "",
        "Wij zoeken een nieuwe collega! Solliciteer voor vrijdag #vacature",
    };
    for (size_t p = 0; p < sizeof posts / sizeof *posts; p++)
        for (size_t q = 0; q < sizeof reqs / sizeof *reqs; q++) {
            char *want = render_post(fresh, posts[p], &reqs[q], 0);
            char *got = render_post(reuse, posts[p], &reqs[q], 1);
            cr_assert_str_eq(got, want, "post %zu, request %zu", p, q);
            mindset_free(want);
            mindset_free(got);
        }
    mindset_result_recycle(NULL, NULL); /* does nothing */
    mindset_scratch_free(fresh);
    mindset_scratch_free(reuse); /* frees the spare */
    mindset_engine_free(e);
}

/* A scratch keeps one spare: a second recycled result is freed, not leaked (the sanitizer
   build's leak check sees to it). */
Test(api, second_recycled_result_is_freed)
{
    mindset_engine *e = test_engine_mini();
    mindset_scratch *s;
    cr_assert_eq(mindset_scratch_new(e, &s), MINDSET_OK);
    mindset_result *a, *b;
    cr_assert_eq(mindset_analyze(s, "newborn", 7, NULL, &a, NULL), MINDSET_OK);
    cr_assert_eq(mindset_analyze(s, "lessons", 7, NULL, &b, NULL), MINDSET_OK);
    mindset_result_recycle(s, a);
    mindset_result_recycle(s, b);
    mindset_result *c;
    cr_assert_eq(mindset_analyze(s, "lessons", 7, NULL, &c, NULL), MINDSET_OK);
    cr_assert_eq(c, a, "the spare is taken first");
    cr_assert_str_eq(mindset_result_label(c), "professional");
    mindset_result_free(c);
    mindset_scratch_free(s);
    mindset_engine_free(e);
}

/* Analyses post for LinkedIn. Caller owns the result; free with mindset_result_free(). */
static mindset_result *analyze_for_linkedin(mindset_scratch *s, const char *post)
{
    mindset_result *r = NULL;
    mindset_request req = {.network = "linkedin"};
    cr_assert_eq(mindset_analyze(s, post, strlen(post), &req, &r, NULL), MINDSET_OK);
    return r;
}

/* Renders post in format, as mindset_render() does, for comparison. */
static char *render_alone(mindset_scratch *s, const char *post, mindset_format format)
{
    mindset_result *r = analyze_for_linkedin(s, post);
    mindset_render_options o = {.text = post, .len = strlen(post)};
    char *out = NULL;
    cr_assert_eq(mindset_render(r, format, &o, &out), MINDSET_OK);
    mindset_result_free(r);
    return out;
}

/* Appends post's rendering to the caller's buffer. */
static void append_post(mindset_scratch *s, const char *post, mindset_format format,
                        char **buf, size_t *len, size_t *cap)
{
    mindset_result *r = analyze_for_linkedin(s, post);
    mindset_render_options o = {.text = post, .len = strlen(post)};
    cr_assert_eq(mindset_render_append(r, format, &o, buf, len, cap), MINDSET_OK);
    mindset_result_free(r);
}

/* Appended renderings, one after another in one buffer, read as the separate renderings
   joined; each append leaves a NUL after the bytes in use, an empty rendering (a post
   without findings in the line format) adds nothing, and the buffer grows from NULL. */
Test(api, render_append_joins_what_render_gives)
{
    mindset_engine *e = test_engine_builtin();
    mindset_scratch *s;
    cr_assert_eq(mindset_scratch_new(e, &s), MINDSET_OK);
    const char *posts[] = {
        "Our baby girl was born today!! 👶 So proud. #newborn #family",
        ("What did you learn from this quarter's results? Our revenue grew 12% "
         "(source: annual report)."),
        "Confidential: Q3 numbers leak before the earnings call, don't share",
    };
    const mindset_format formats[] = {MINDSET_FORMAT_LINE, MINDSET_FORMAT_RECORD,
                                      MINDSET_FORMAT_JSON};
    for (size_t f = 0; f < sizeof formats / sizeof *formats; f++) {
        char *buf = NULL, want[8192];
        size_t len = 0, cap = 0, wanted = 0;
        for (size_t p = 0; p < sizeof posts / sizeof *posts; p++) {
            char *alone = render_alone(s, posts[p], formats[f]);
            if (formats[f] == MINDSET_FORMAT_LINE && p == 1)
                cr_assert_str_eq(alone, "", "the second post has no findings");
            size_t n = strlen(alone);
            cr_assert_lt(wanted + n, sizeof want);
            memcpy(want + wanted, alone, n);
            wanted += n;
            mindset_free(alone);
            append_post(s, posts[p], formats[f], &buf, &len, &cap);
            cr_assert_not_null(buf);
            cr_assert_eq(len, wanted, "format %zu, post %zu", f, p);
            cr_assert_lt(len, cap);
            cr_assert_eq(buf[len], '\0');
            cr_assert_eq(memcmp(buf, want, len), 0, "format %zu, post %zu", f, p);
        }
        free(buf);
    }
    mindset_scratch_free(s);
    mindset_engine_free(e);
}

/* A scratch keeps the networks the last post asked for: a next post that asks for other
   networks at the same places, or for one by an alias, gets the verdicts of those. */
Test(api, verdicts_follow_the_networks_each_post_asks_for)
{
    mindset_engine *e = test_engine_builtin();
    mindset_scratch *s;
    cr_assert_eq(mindset_scratch_new(e, &s), MINDSET_OK);
    const char *post = "Our baby girl was born today!! 👶 #newborn";
    const char *li_fb[] = {"linkedin", "facebook"}, *fb_li[] = {"facebook", "linkedin"},
               *alias[] = {"li"}, *unknown[] = {"linkedin", "myspace"};
    struct {
        const char **networks;
        size_t count;
        const char *first, *second;
    } asks[] = {{li_fb, 2, "misfit", "fit"},
                {fb_li, 2, "fit", "misfit"},
                {li_fb, 2, "misfit", "fit"},
                {alias, 1, "misfit", NULL}};
    for (size_t k = 0; k < sizeof asks / sizeof *asks; k++) {
        mindset_request req = {.networks = asks[k].networks,
                               .network_count = asks[k].count};
        mindset_result *r = NULL;
        cr_assert_eq(mindset_analyze(s, post, strlen(post), &req, &r, NULL), MINDSET_OK);
        cr_assert_str_eq(mindset_result_verdict_at(r, 0), asks[k].first, "ask %zu", k);
        if (asks[k].second)
            cr_assert_str_eq(mindset_result_verdict_at(r, 1), asks[k].second, "ask %zu", k);
        mindset_result_recycle(s, r);
    }
    mindset_request req = {.networks = unknown, .network_count = 2};
    mindset_result *r = NULL;
    mindset_error err = {0};
    cr_assert_eq(mindset_analyze(s, post, strlen(post), &req, &r, &err),
                 MINDSET_ERR_NETWORK);
    cr_assert(strstr(err.text, "myspace"), "%s", err.text);
    mindset_scratch_free(s);
    mindset_engine_free(e);
}
