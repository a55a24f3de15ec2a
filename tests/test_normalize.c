/* test_normalize.c - NFKC + case folding of tokens, ASCII fast path. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <string.h>

#include "internal.h"

/* Parameters are copied into worker processes: arrays, not pointers. */
typedef struct {
    char in[48];
    char out[48];
} fold_case;

ParameterizedTestParameters(normalize, folds)
{
    static fold_case cases[] = {
        {"Hello", "hello"},
        {"\xEF\xBC\xA8\xEF\xBD\x85\xEF\xBD\x8C\xEF\xBD\x8C\xEF\xBD\x8F",
         "hello"},                        /* fullwidth */
        {"\xEF\xAC\x81nance", "finance"}, /* ﬁ ligature */
        {"STRA\xC3\x9E"
         "E",
         "stra\xc3\xbe"
         "e"}, /* Þ folds to þ */
        {"Stra\xC3\x9F"
         "e",
         "strasse"},                                  /* ß folds to ss */
        {"don\xE2\x80\x99t", "don't"},                /* ’ -> ' */
        {"\xE2\x9D\xA4\xEF\xB8\x8F", "\xE2\x9D\xA4"}, /* ❤️ -> ❤ */
        {"Carri\xC3\xA8re", "carri\xC3\xA8re"},
        {"e\xCC\x81t\xC3\xA9", "\xC3\xA9t\xC3\xA9"}, /* NFC compose */
    };
    return cr_make_param_array(fold_case, cases, sizeof cases / sizeof *cases);
}

ParameterizedTest(fold_case *c, normalize, folds)
{
    ms_buf b = {0};
    int ascii = 1;
    for (const char *p = c->in; *p; p++)
        ascii &= (unsigned char)*p < 0x80;
    cr_assert_eq(ms__normalize(c->in, strlen(c->in), ascii, &b), 0);
    cr_assert_str_eq(b.data, c->out);
    ms__buf_free(&b);
}

Test(normalize, buffer_limit_fails_cleanly)
{
    ms_buf b = {.limit = 4};
    cr_assert_eq(ms__normalize("abcdefgh", 8, 1, &b), -1);
    cr_assert(b.failed);
    ms__buf_free(&b);
}
