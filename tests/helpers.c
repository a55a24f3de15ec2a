/* helpers.c - shared fixtures for the unit tests (see helpers.h). */
#include "helpers.h"

#include <criterion/criterion.h>
#include <string.h>

mindset_engine *test_engine_mini(void)
{
    mindset_options o = {.lexicon_dir = MS_TEST_DATA "/mini"};
    mindset_engine *e = NULL;
    mindset_error err = {0};
    mindset_status st = mindset_engine_new(&o, &e, &err);
    cr_assert_eq(st, MINDSET_OK, "mini lexicons: %s:%d: %s", err.file, err.line, err.text);
    return e;
}

mindset_engine *test_engine_builtin(void)
{
    mindset_engine *e = NULL;
    mindset_error err = {0};
    mindset_status st = mindset_engine_new(NULL, &e, &err);
    cr_assert_eq(st, MINDSET_OK, "built-in lexicons: %s:%d: %s", err.file, err.line,
                 err.text);
    return e;
}

json_t *test_analyze_request(mindset_engine *e, const char *text,
                             const mindset_request *req)
{
    mindset_scratch *s = NULL;
    mindset_result *r = NULL;
    mindset_error err = {0};
    cr_assert_eq(mindset_scratch_new(e, &s), MINDSET_OK);
    mindset_status st = mindset_analyze(s, text, strlen(text), req, &r, &err);
    cr_assert_eq(st, MINDSET_OK, "analyze: %s", err.text);
    mindset_render_options ro = {.text = text, .len = strlen(text)};
    char *out = NULL;
    cr_assert_eq(mindset_render(r, MINDSET_FORMAT_JSON, &ro, &out), MINDSET_OK);
    json_error_t jerr;
    json_t *j = json_loads(out, 0, &jerr);
    cr_assert_not_null(j, "invalid JSON at %d:%d: %s\n%s", jerr.line, jerr.column,
                       jerr.text, out);
    mindset_free(out);
    mindset_result_free(r);
    mindset_scratch_free(s);
    return j;
}

json_t *test_analyze_lang(mindset_engine *e, const char *text, const char *network,
                          mindset_lang lang)
{
    mindset_request req = {.network = network, .lang = lang};
    return test_analyze_request(e, text, &req);
}

json_t *test_analyze(mindset_engine *e, const char *text, const char *network)
{
    return test_analyze_lang(e, text, network, MINDSET_LANG_AUTO);
}

const char *test_str(json_t *j, const char *path1, const char *path2)
{
    json_t *v = json_object_get(j, path1);
    if (path2)
        v = json_object_get(v, path2);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

double test_category_weight(json_t *j, const char *category)
{
    json_t *c = json_object_get(json_object_get(j, "categories"), category);
    return c ? json_number_value(json_object_get(c, "weight")) : 0.0;
}

json_t *test_finding(json_t *j, const char *rule)
{
    size_t i;
    json_t *f;
    json_array_foreach(json_object_get(j, "findings"), i, f)
    {
        if (strcmp(json_string_value(json_object_get(f, "rule")), rule) == 0)
            return f;
    }
    return NULL;
}

int test_has_finding(json_t *j, const char *rule)
{
    return test_finding(j, rule) != NULL;
}

double test_type_weight(json_t *j, const char *type)
{
    size_t i;
    json_t *t;
    json_array_foreach(json_object_get(j, "content_types"), i, t)
    {
        if (strcmp(json_string_value(json_object_get(t, "type")), type) == 0)
            return json_number_value(json_object_get(t, "weight"));
    }
    return 0.0;
}
