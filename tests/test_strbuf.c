/* test_strbuf.c - the command's own number writers print what printf prints: sb_int as
   "%lld", sb_fixed4 as "%.4f" (the CSV output of `mindset score` depends on both). */
#include <criterion/criterion.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../cli/strbuf.h"

static void expect_fixed4(double v)
{
    char want[512]; /* "%.4f" of 1e300 is 306 bytes */
    snprintf(want, sizeof want, "%.4f", v);
    strbuf b = {0};
    sb_fixed4(&b, v);
    cr_assert_not(b.failed);
    cr_assert_str_eq(b.data, want, "sb_fixed4(%.17g)", v);
    sb_free(&b);
}

static void expect_int(long long v)
{
    char want[32];
    snprintf(want, sizeof want, "%lld", v);
    strbuf b = {0};
    sb_int(&b, v);
    cr_assert_not(b.failed);
    cr_assert_str_eq(b.data, want);
    sb_free(&b);
}

Test(strbuf, sb_int_writes_what_printf_writes)
{
    const long long values[] = {0,         1,        -1, 9, 10, -10, 99999, 1234567890123LL,
                                LLONG_MAX, LLONG_MIN};
    for (size_t i = 0; i < sizeof values / sizeof *values; i++)
        expect_int(values[i]);
}

Test(strbuf, sb_fixed4_rounds_as_printf_does)
{
    /* Ties in the fifth decimal (exact in binary or not), signs, zero and values that
       round to it, whole numbers, and the edge of the fast path and past it. */
    const double values[] = {
        0.0,     -0.0,     0.5,     -0.5,     0.00005,   -0.00005,
        0.00015, 0.00025,  1.23445, 1.23455,  2.5e-5,    -4.9e-5,
        0.99995, -0.99995, 12345.0, -0.12345, 1e10,      99999999999.99995,
        1e11,    -1e11,    1e300,   INFINITY, -INFINITY, NAN};
    for (size_t i = 0; i < sizeof values / sizeof *values; i++)
        expect_fixed4(values[i]);
    srand(7);
    for (int i = 0; i < 200000; i++) {
        double scale = pow(10.0, rand() % 12 - 5);
        double v = ((double)rand() / RAND_MAX - 0.5) * scale;
        if (i % 4 == 0)
            v = round(v * 20000.0) / 20000.0; /* near a tie in the fifth decimal */
        expect_fixed4(v);
    }
}
