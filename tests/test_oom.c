/*
 * test_oom.c - out-of-memory paths: every allocation the library makes while loading
 * lexicons and analysing a post fails in turn; each run must end in a clean status (or
 * succeed when the failed allocation had a fallback), never crash, and leak nothing (the
 * sanitizer build checks leaks). The test binary is linked with --wrap=malloc,calloc,
 * realloc so calls from libmindset go through the counters below.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t m);
void *__real_realloc(void *p, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t m);
void *__wrap_realloc(void *p, size_t n);

static long allocations; /* counted while armed */
static long fail_at;     /* the allocation that fails (1-based); 0: none */
static int armed;

static int should_fail(void)
{
    if (!armed)
        return 0;
    allocations++;
    return allocations == fail_at;
}

void *__wrap_malloc(size_t n)
{
    return should_fail() ? NULL : __real_malloc(n);
}
void *__wrap_calloc(size_t n, size_t m)
{
    return should_fail() ? NULL : __real_calloc(n, m);
}
void *__wrap_realloc(void *p, size_t n)
{
    return should_fail() ? NULL : __real_realloc(p, n);
}

static void arm(long at)
{
    allocations = 0;
    fail_at = at;
    armed = 1;
}

static long disarm(void)
{
    armed = 0;
    return allocations;
}

static mindset_status load_mini(mindset_engine **e)
{
    mindset_options o = {.lexicon_dir = MS_TEST_DATA "/mini"};
    mindset_error err;
    return mindset_engine_new(&o, e, &err);
}

Test(oom, every_allocation_in_loading_lexicons_fails_cleanly)
{
    mindset_engine *e = NULL;
    arm(0);
    cr_assert_eq(load_mini(&e), MINDSET_OK);
    long total = disarm();
    mindset_engine_free(e);
    cr_assert_gt(total, 10);
    for (long k = 1; k <= total; k++) {
        e = NULL;
        arm(k);
        mindset_status st = load_mini(&e);
        disarm();
        cr_assert(st == MINDSET_ERR_NOMEM || st == MINDSET_OK,
                  "allocation %ld of %ld: status %d", k, total, st);
        cr_assert(st == MINDSET_OK || e == NULL);
        mindset_engine_free(e);
    }
}

static mindset_status analyse_once(mindset_scratch *s, const char *text, mindset_result **r)
{
    const char *nets[] = {"linkedin", "facebook"};
    mindset_request req = {
        .network = "linkedin", .keep_trace = 1, .networks = nets, .network_count = 2};
    return mindset_analyze(s, text, strlen(text), &req, r, NULL);
}

Test(oom, every_allocation_in_analysing_a_post_fails_cleanly)
{
    const char *text = "Our newborn! #BabyOnTheWay \xF0\x9F\x91\xB6 free trial, "
                       "not confidential. The best lessons? https://example.com";
    mindset_engine *e = NULL;
    cr_assert_eq(load_mini(&e), MINDSET_OK);
    for (long k = 1;; k++) {
        mindset_scratch *s = NULL;
        mindset_result *r = NULL;
        char *out = NULL;
        arm(k);
        mindset_status st = mindset_scratch_new(e, &s);
        if (st == MINDSET_OK)
            st = analyse_once(s, text, &r);
        if (st == MINDSET_OK)
            st = mindset_render(r, MINDSET_FORMAT_EXPLAIN, NULL, &out);
        long total = disarm();
        cr_assert(st == MINDSET_OK || st == MINDSET_ERR_NOMEM || st == MINDSET_ERR_STEMMER,
                  "allocation %ld: status %d", k, st);
        mindset_free(out);
        mindset_result_free(r);
        mindset_scratch_free(s);
        if (total < k) /* no allocation failed: every path has been tried */
            break;
    }
    mindset_engine_free(e);
}
