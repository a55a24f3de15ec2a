/* test_utf8.c - strict UTF-8 validation and offset -> line/column. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <string.h>

#include "internal.h"

/* Parameters are copied into worker processes: arrays, not pointers. */
typedef struct {
    char bytes[16];
    size_t len;
    size_t bad_at; /* == len when valid */
} utf8_case;

ParameterizedTestParameters(utf8, validation)
{
    static utf8_case cases[] = {
        {"hello", 5, 5},
        {"caf\xC3\xA9", 5, 5},
        {"\xF0\x9F\x91\xB6 baby", 9, 9},
        {"ab\xC0\xAF", 4, 2},       /* overlong '/' */
        {"\xE0\x80\xAF", 3, 0},     /* overlong 3-byte */
        {"x\xED\xA0\x80y", 5, 1},   /* UTF-16 surrogate */
        {"\xF4\x90\x80\x80", 4, 0}, /* beyond U+10FFFF */
        {"ok\xE2\x82", 4, 2},       /* truncated */
        {"\x80start", 6, 0},        /* lone continuation */
        {"\xFF", 1, 0},
        {"12345678\xC3", 9, 8}, /* after the 8-byte fast path */
    };
    return cr_make_param_array(utf8_case, cases, sizeof cases / sizeof *cases);
}

ParameterizedTest(utf8_case *c, utf8, validation)
{
    cr_assert_eq(ms__utf8_invalid_at(c->bytes, c->len), c->bad_at, "case %zu bytes",
                 c->len);
}

Test(utf8, line_and_column_count_code_points)
{
    const char *t = "ab\n\xC3\xA9x\xF0\x9F\x91\xB6z";
    int line, col;
    ms__line_col(t, strlen(t), 0, &line, &col);
    cr_assert(line == 1 && col == 1);
    ms__line_col(t, strlen(t), 5, &line, &col); /* 'x' after é */
    cr_assert(line == 2 && col == 2, "got %d:%d", line, col);
    ms__line_col(t, strlen(t), 10, &line, &col); /* 'z' after the emoji */
    cr_assert(line == 2 && col == 4, "got %d:%d", line, col);
}
