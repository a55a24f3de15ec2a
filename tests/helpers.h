/* helpers.h - shared fixtures for the unit tests. */
#ifndef MS_TEST_HELPERS_H
#define MS_TEST_HELPERS_H

#include <jansson.h>

#include "mindset.h"

/* Engine over tests/data/mini (small lexicons written for the tests), or the built-in one.
 */
mindset_engine *test_engine_mini(void);
mindset_engine *test_engine_builtin(void);

/* Analyses text (optionally for a network) and returns the JSON rendering, parsed.
   Fails the test on any error. Caller owns the result; free with json_decref(). */
json_t *test_analyze(mindset_engine *e, const char *text, const char *network);
/* The JSON of one post analysed with a request of the caller's. */
json_t *test_analyze_request(mindset_engine *e, const char *text,
                             const mindset_request *req);
json_t *test_analyze_lang(mindset_engine *e, const char *text, const char *network,
                          mindset_lang lang);

/* Shortcuts into the JSON. Borrowed; valid while the json_t lives. */
const char *test_str(json_t *j, const char *path1, const char *path2);
double test_category_weight(json_t *j, const char *category);
/* The first finding of the rule, or NULL. */
json_t *test_finding(json_t *j, const char *rule);
int test_has_finding(json_t *j, const char *rule);
double test_type_weight(json_t *j, const char *type);

#endif
