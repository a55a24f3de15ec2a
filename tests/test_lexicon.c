/* test_lexicon.c - loading lexicon sets: errors name file and line, entries stem like
   post text, the built-in set loads and is big enough to be useful. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "helpers.h"
#include "internal.h"

static void write_file(const char *dir, const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f, "cannot write %s", path);
    fputs(text, f);
    fclose(f);
}

static void copy_file(const char *from_dir, const char *to_dir, const char *name)
{
    char path[512], buf[1 << 16];
    snprintf(path, sizeof path, "%s/%s", from_dir, name);
    FILE *f = fopen(path, "r");
    cr_assert_not_null(f);
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    write_file(to_dir, name, buf);
}

/* A copy of the mini set in a fresh directory, with one file replaced. */
static char *lexicon_dir_with(const char *name, const char *text)
{
    char tmpl[] = "/tmp/mindset-lex-XXXXXX";
    char *dir = mkdtemp(tmpl);
    cr_assert_not_null(dir);
    char sub[600];
    snprintf(sub, sizeof sub, "%s/en", dir);
    mkdir(sub, 0700);
    snprintf(sub, sizeof sub, "%s/nl", dir);
    mkdir(sub, 0700);
    const char *files[] = {"categories.def", "networks.def", "emoji.lex", "en/test.lex",
                           "nl/test.lex"};
    for (size_t i = 0; i < 5; i++)
        copy_file(MS_TEST_DATA "/mini", dir, files[i]);
    write_file(dir, name, text);
    return strdup(dir);
}

static void remove_lexicon_dir(const char *dir);

/* An engine over the mini set with one file replaced; fails the test if it does not load.
   Caller frees with mindset_engine_free(). */
static mindset_engine *engine_with(const char *name, const char *text)
{
    char *dir = lexicon_dir_with(name, text);
    mindset_options o = {.lexicon_dir = dir};
    mindset_engine *e = NULL;
    mindset_error err = {0};
    mindset_status st = mindset_engine_new(&o, &e, &err);
    remove_lexicon_dir(dir);
    free(dir);
    cr_assert_eq(st, MINDSET_OK, "%s", err.text);
    return e;
}

/* Parameters are copied into worker processes: arrays, not pointers. */
static void remove_lexicon_dir(const char *dir)
{
    const char *files[] = {"categories.def", "networks.def", "emoji.lex", "en/test.lex",
                           "nl/test.lex",    "en",           "nl",        ""};
    char path[600];
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        remove(path);
    }
}

typedef struct {
    char file[32];
    char text[128];
    int line;
    char message[48];
} broken_case;

ParameterizedTestParameters(lexicon, errors_name_file_and_line)
{
    static broken_case cases[] = {
        {"en/test.lex", "@category baby\nbaby\n@category nonsense\n", 3,
         "unknown category"},
        {"en/test.lex", "# comment\nbaby\n", 2, "entry before any '@category'"},
        {"en/test.lex", "@category baby\nbaby = heavy\n", 2, "weight must be a number"},
        {"en/test.lex", "@category baby\nbaby = -1\n", 2, "weight must be a number"},
        {"en/test.lex", "@category baby\nba*\n", 2, "wildcard prefix needs 3"},
        {"en/test.lex", "@category baby\nbaby shower*\n", 2, "single word"},
        {"en/test.lex", "@category baby\n\"baby shower\"\n", 2,
         "quote each exact word of a phrase"},
        {"en/test.lex", "@category baby\nbaby \"shower\n", 2,
         "quote each exact word of a phrase"},
        {"en/test.lex", "@category baby\n\"\"\n", 2, "exact word needs 1 to 31"},
        {"en/test.lex", "@categry baby\n", 1, "unknown directive"},
        {"en/test.lex", "@category baby\nsee https://example.com\n", 2, "URLs"},
        {"en/test.lex", "@category baby\na b c d e f g h i\n", 2, "longer than 8"},
        {"nl/test.lex", "@category baby\n\n\n = 2\n", 4, "missing term"},
        {"en/test.lex", "@category baby\nbaby ->\n", 2, "expected a neutral alternative"},
        {"categories.def", "family personal 1.0 baby_family\n", 1, "expected 5 fields"},
        {"categories.def", "family sideways 1.0 baby_family -\n", 1, "axis must be"},
        {"categories.def", "family personal 1.0 cats -\n", 1, "unknown content type"},
        {"categories.def", "family personal 1.0 - fame:1\n", 1, "purposes must be"},
        {"networks.def", "[x]\nlabel = X\nmindset = sideways\n", 3, "mindset must be"},
        {"networks.def", "[x]\nlabel = X\nmindset = personal\nbaby_family = misfit\n", 4,
         "expected fit, neutral"},
        {"networks.def", "[x]\nbase = @nothing\n", 2, "base must name a template"},
        {"networks.def", "[@t]\nmindset = personal\nbase = @t\n", 3,
         "base must name a template"},
        {"networks.def", "label = X\n", 1, "before any [network]"},
        {"networks.def", "[x]\nlabel = X\nmindset = personal\ncats = fit\n", 4,
         "unknown key"},
        {"en/test.lex", "@category baby\nbaby\n{n}\n", 3, "a bare {n}"},
        {"en/test.lex", "@category baby\ntop{n} tips\n", 2, "a number on its own"},
        {"en/test.lex", "@category baby\n{n}*\n", 2, "plain entries only"},
        {"en/test.lex", "@category baby\n\"{n}\"\n", 2, "plain entries only"},
        {"en/test.lex", "@category baby\n{N}% off\n", 2, "{n}, in lower case"},
        {"en/test.lex", "@label-model\nbaby 1 2\n", 2, "a word and three weights"},
        {"en/test.lex", "@label-model\nbaby 1 2 x\n", 2,
         "weight must be a number in [-100"},
        {"en/test.lex", "@label-model\nbaby 1 2 300\n", 2,
         "weight must be a number in [-100"},
        {"en/test.lex", "@label-model\nbaby shower 1 2 3\n", 2, "one word"},
        {"en/test.lex", "@label-model\nbaby\xf0\x9f\x8e\x89 1 2 3\n", 2,
         "one word or one emoji"},
        {"en/test.lex", "@label-model\nbaby 1 2 3\nbabies 3 2 1\n", 3, "listed once"},
        {"en/test.lex", "@category baby\n@bias 1 2 3\n", 2, "outside an '@label-model'"},
        {"en/test.lex", "@label-model\n@bias 1 2\n", 2, "a word and three weights"},
        {"en/test.lex", "@category baby\n@rule-bonus 1\n", 2, "outside an '@label-model'"},
        {"en/test.lex", "@label-model\n@rule-bonus\n", 2, "one number in [0, 10]"},
        {"en/test.lex", "@label-model\n@rule-bonus 0.5x\n", 2, "one number in [0, 10]"},
        {"en/test.lex", "@label-model\n@rule-bonus -1\n", 2, "one number in [0, 10]"},
        {"en/test.lex", "@label-model\n@types nonsense\n", 2, "unknown content type"},
        {"en/test.lex", "@label-model\n@types political political\n", 2, "listed once"},
        {"en/test.lex", "@label-model\n@bias 0 0 0\n@types political\n", 3,
         "before '@bias' and the words"},
        {"en/test.lex", "@category baby\n@types political\n", 2,
         "outside an '@label-model'"},
        {"en/test.lex", "@label-model\n@types\n", 2, "one content type or more"},
        {"en/test.lex", "@label-model\n@types political\nbaby 1 2 3\n", 3,
         "a word and three weights"},
    };
    return cr_make_param_array(broken_case, cases, sizeof cases / sizeof *cases);
}

ParameterizedTest(broken_case *c, lexicon, errors_name_file_and_line)
{
    char *dir = lexicon_dir_with(c->file, c->text);
    mindset_options o = {.lexicon_dir = dir};
    mindset_engine *e = NULL;
    mindset_error err = {0};
    mindset_status st = mindset_engine_new(&o, &e, &err);
    if (st != MINDSET_ERR_LEXICON)
        remove_lexicon_dir(dir);
    cr_assert_eq(st, MINDSET_ERR_LEXICON, "%s: status %d (%s)", c->file, st, err.text);
    cr_assert_null(e);
    char want[600];
    snprintf(want, sizeof want, "%s/%s", dir, c->file);
    cr_assert_str_eq(err.file, want);
    cr_assert_eq(err.line, c->line, "%s: line %d, expected %d (%s)", c->file, err.line,
                 c->line, err.text);
    remove_lexicon_dir(dir);
    cr_assert(strstr(err.text, c->message), "message '%s' lacks '%s'", err.text,
              c->message);
    free(dir);
}

/* Found by fuzzing: a rule set before "base =" leaked its message when the template's
   rule replaced it (the sanitizer build checks for leaks when each test ends). */
Test(lexicon, base_after_a_rule_replaces_the_rule)
{
    mindset_engine *e = engine_with(
        "networks.def", "[@t]\nmindset = personal\nbaby_family = misfit error : t\n"
                        "[x]\nlabel = X\nbaby_family = misfit warning : own\n"
                        "mismatch = misfit info : own\nbase = @t\n");
    size_t n = mindset_engine_network_count(e), x = n;
    for (size_t i = 0; i < n; i++)
        if (strcmp(mindset_engine_network_name(e, i), "x") == 0)
            x = i;
    cr_assert_lt(x, n);
    cr_assert_str_eq(mindset_engine_network_mindset(e, x), "personal");
    mindset_engine_free(e);
}

Test(lexicon, missing_directory_is_an_io_error)
{
    mindset_options o = {.lexicon_dir = "/nonexistent/lexicons"};
    mindset_engine *e = NULL;
    mindset_error err = {0};
    cr_assert_eq(mindset_engine_new(&o, &e, &err), MINDSET_ERR_IO);
    cr_assert(strstr(err.file, "/nonexistent/lexicons"), "file: %s", err.file);
}

Test(lexicon, builtin_set_loads_with_hundreds_of_entries_per_language)
{
    mindset_engine *e = test_engine_builtin();
    cr_assert_gt(mindset_engine_entry_count(e), 1500);
    cr_assert_eq(mindset_engine_network_count(e), 12);
    mindset_engine_free(e);
}

Test(lexicon, inflections_match_through_the_stemmer)
{
    mindset_engine *e = test_engine_mini();
    /* the entry is written "babies"; "baby" and "babies" share the stem "babi" */
    json_t *j = test_analyze(e, "The baby is here, and the babies sleep", NULL);
    json_t *baby = json_object_get(json_object_get(j, "categories"), "baby");
    cr_assert_eq(json_integer_value(json_object_get(baby, "count")), 2);
    json_decref(j);
    mindset_engine_free(e);
}

Test(lexicon, neutral_alternatives_reach_the_match)
{
    mindset_engine *e = test_engine_mini();
    mindset_scratch *s;
    cr_assert_eq(mindset_scratch_new(e, &s), MINDSET_OK);
    mindset_request req = {.keep_trace = 1};
    mindset_result *r = NULL;
    const char *text = "The best lessons";
    cr_assert_eq(mindset_analyze(s, text, strlen(text), &req, &r, NULL), MINDSET_OK);
    int found = 0;
    for (size_t i = 0; i < mindset_result_match_count(r); i++) {
        mindset_match m;
        cr_assert_eq(mindset_result_match(r, i, &m), MINDSET_OK);
        if (!strcmp(m.category, "superlative")) {
            cr_expect_str_eq(m.alternative, "a strong");
            cr_expect_eq(m.start, 4);
            found = 1;
        } else
            cr_expect_null(m.alternative);
    }
    cr_assert(found);
    mindset_result_free(r);
    mindset_scratch_free(s);
    mindset_engine_free(e);
}

/* English text, the category it should count for, and the weight it should add there. */
typedef struct {
    const char *text, *category;
    double weight;
} weight_case;

/* Loads en/test.lex with the given entries and checks every case against it. */
static void expect_weights(const char *entries, const weight_case *cases, size_t n)
{
    mindset_engine *e = engine_with("en/test.lex", entries);
    for (size_t i = 0; i < n; i++) {
        json_t *j = test_analyze_lang(e, cases[i].text, NULL, MINDSET_LANG_EN);
        cr_expect_float_eq(test_category_weight(j, cases[i].category), cases[i].weight,
                           1e-9, "'%s' in %s", cases[i].text, cases[i].category);
        json_decref(j);
    }
    mindset_engine_free(e);
}

/* "mom" is that word only, not stemmed: not "moms" or "mommy". An exact word that is a
   prefix of a longer word ("lecture" in "lecturer") does not hide a shorter wildcard
   (lectur*); on the word itself it is the longest prefix and wins, as a longer wildcard
   would. A one-letter or two-letter exact word is allowed ("ai"). Category data weighs
   0.8 in the test set. */
Test(lexicon, exact_words_match_only_themselves)
{
    weight_case cases[] = {
        {"mom", "family", 1},     {"Mom!", "family", 1},       {"moms", "family", 0},
        {"mommy", "family", 0},   {"ai rocks", "learning", 1}, {"aid", "learning", 0},
        {"lecture", "data", 0.8}, {"lecture", "learning", 0},  {"lecturer", "learning", 1},
        {"lecturer", "data", 0},  {"lectures", "learning", 1},
    };
    expect_weights("@category family\n\"mom\"\n"
                   "@category learning\n\"ai\"\nlectur*\n"
                   "@category data\n\"lecture\"\n",
                   cases, sizeof cases / sizeof *cases);
}

/* A word in quotes inside a phrase takes that one form: "sign" up is "sign up" and
   "Sign up!", never "signed up", which the plain phrase sign up (the same stems) takes
   instead. Of the two, the phrase that asks for a form is tried first, and each counts
   only for its own category. */
Test(lexicon, quoted_words_of_a_phrase_take_one_form)
{
    weight_case cases[] = {
        {"sign up now", "learning", 1},        {"Sign up!", "learning", 1},
        {"sign up now", "family", 0},          {"I signed up for it", "learning", 0},
        {"I signed up for it", "family", 1},   {"we are signing up", "family", 1},
        {"we launched it", "data", 0.8},       {"we launch it", "data", 0},
        {"We Launched it today", "data", 0.8},
    };
    expect_weights("@category learning\n\"sign\" up\n"
                   "@category family\nsign up\n"
                   "@category data\nwe \"launched\"\n",
                   cases, sizeof cases / sizeof *cases);
}

/* "{n}" stands for any number in a plain entry, by its shape: "35%" and "3.5%" are
   "{n}%", "1,300" is "{n}", "€41" is "€{n}". A number written out in an entry stays that
   number, and is matched before any shape. A shape is not a word: "{n} years of" wants a
   number, and a percentage is not a plain number. */
Test(lexicon, placeholders_match_numbers_by_their_shape)
{
    weight_case cases[] = {
        {"35% off today", "pitch", 2.4},
        {"a 3.5% discount is 3.5% off", "pitch", 2.4},
        {"35 off", "pitch", 0},
        {"save €41 now", "pitch", 1.2},
        {"after 15 years of teaching", "learning", 1},
        {"1,300 years of history", "learning", 1},
        {"many years of teaching", "learning", 0},
        {"15% years of", "learning", 0},
        {"top 10 of the year", "data", 0.8},
        {"top 11 of the year", "data", 0},
        {"at 22:00 sharp", "family", 1},
    };
    expect_weights("@category pitch\n{n}% off = 2\nsave €{n}\n"
                   "@category learning\n{n} years of\n"
                   "@category data\ntop 10\n"
                   "@category family\n{n}:{n} sharp\n",
                   cases, sizeof cases / sizeof *cases);
}

/* A term may start with '=' (the emoticons "=D", "=)"): that '=' is part of the term, and
   a weight can still follow it. A lone '=' before a weight still lacks its term. */
Test(lexicon, terms_may_start_with_an_equals_sign)
{
    weight_case cases[] = {
        {"so happy =D", "family", 1},
        {"fine =)", "learning", 2},
        {"fine =)", "family", 0},
        {"so happy :D", "family", 0},
    };
    expect_weights("@category family\n=D\n"
                   "@category learning\n=) = 2\n",
                   cases, sizeof cases / sizeof *cases);
}

/* Prefix lookups sit behind a gate of first bytes (match.c): exact words and wildcards of
   every length must still be found, the gate must not let a word reach a prefix that only
   shares its first bytes, and a long word reaches its short exact word only when it is
   that word. Category data weighs 0.8 in the test set. */
Test(lexicon, prefixes_of_every_length_pass_the_gate)
{
    weight_case cases[] = {
        {"u there?", "family", 1},
        {"us", "family", 0},
        {"ok then", "family", 1},
        {"oki", "family", 0},
        {"kraken", "family", 1},
        {"kr", "family", 0},
        {"abcdefghijklmnopqrstuvwxyzabcdef", "data", 0.8},
        {"abcdefghijklmnopqrstuvwxyzabc", "data", 0},
    };
    expect_weights("@category family\n\"u\"\n\"ok\"\nkra*\n"
                   "@category data\nabcdefghijklmnopqrstuvwxyzabcd*\n",
                   cases, sizeof cases / sizeof *cases);
}

/* A language directory may hold any number of .lex files: all 1,100 load (a fixed table
   of names once dropped those past the 1,024th without a word). */
Test(lexicon, every_file_of_a_large_directory_loads)
{
    char *dir = lexicon_dir_with("en/test.lex", "@category family\ndaughter\n");
    char name[64], text[64], path[700];
    for (int i = 0; i < 1100; i++) {
        snprintf(name, sizeof name, "en/part%04d.lex", i);
        snprintf(text, sizeof text, "@category pets\nzzpet%04d\n", i);
        write_file(dir, name, text);
    }
    mindset_options o = {.lexicon_dir = dir};
    mindset_engine *e = NULL;
    mindset_error err = {0};
    mindset_status st = mindset_engine_new(&o, &e, &err);
    for (int i = 0; i < 1100; i++) {
        snprintf(path, sizeof path, "%s/en/part%04d.lex", dir, i);
        remove(path);
    }
    remove_lexicon_dir(dir);
    free(dir);
    cr_assert_eq(st, MINDSET_OK, "%s", err.text);
    static char post[1100 * 10 + 1];
    for (int i = 0; i < 1100; i++)
        snprintf(post + 10 * i, 11, "zzpet%04d ", i);
    json_t *j = test_analyze_lang(e, post, NULL, MINDSET_LANG_EN);
    cr_assert_float_eq(test_category_weight(j, "pets"), 1100.0, 1e-9);
    json_decref(j);
    mindset_engine_free(e);
}

/* The mini lexicon with a label model after it: "newborn" and "daughter" are personal
   there, "lessons" professional. */
static mindset_engine *engine_with_model(const char *model)
{
    char text[1024];
    snprintf(text, sizeof text,
             "@category baby\nnewborn\n@category family\ndaughter\n@category learning\n"
             "lessons\n@label-model\n%s",
             model);
    return engine_with("en/test.lex", text);
}

/* Asserts the label e gives text on LinkedIn. */
static void expect_label(mindset_engine *e, const char *text, const char *want)
{
    json_t *j = test_analyze_lang(e, text, "linkedin", MINDSET_LANG_EN);
    cr_assert_str_eq(test_str(j, "mindset", "label"), want, "'%s'", text);
    json_decref(j);
}

Test(lexicon, label_model_moves_a_label_to_mixed)
{
    mindset_engine *e = engine_with_model("@bias 0 0 0\nweekend 0 0 3\n");
    expect_label(e, "Our newborn and our daughter", "personal");
    expect_label(e, "Our newborn and our daughter this weekend", "mixed");
    mindset_engine_free(e);
}

Test(lexicon, label_model_does_not_cross_the_axis)
{
    mindset_engine *e = engine_with_model("@bias 0 0 0\nweekend -5 5 -5\n");
    /* professional only by way of mixed: not here */
    expect_label(e, "Our newborn and our daughter this weekend", "personal");
    mindset_engine_free(e);
}

Test(lexicon, label_model_counts_a_word_once_and_needs_the_rules_outdone)
{
    /* One "weekend" gives mixed a share of 0.77 against personal's 0.06 (0.56 with the
       rules' bonus); said three times it still counts once. A weaker push stays under. */
    mindset_engine *strong = engine_with_model("@bias 0 0 0\nweekend -1 0 1.5\n");
    mindset_engine *weak = engine_with_model("@bias 0 0 0\nweekend 0 0 0.5\n");
    expect_label(strong, "Our newborn, this weekend", "mixed");
    expect_label(strong, "Our newborn, this weekend, weekend, weekend", "mixed");
    expect_label(weak, "Our newborn, this weekend", "personal");
    mindset_engine_free(strong);
    mindset_engine_free(weak);
}

Test(lexicon, label_model_reads_emoji_as_words)
{
    /* A briefcase is a model word like "weekend": it moves the label once, however
       often it is said, and a heart the model does not list moves nothing. */
    mindset_engine *e = engine_with_model("@bias 0 0 0\n\xf0\x9f\x92\xbc -1 0 1.5\n");
    expect_label(e, "Our newborn, this weekend \xf0\x9f\x92\xbc\xf0\x9f\x92\xbc", "mixed");
    expect_label(e, "Our newborn, this weekend \xe2\x9d\xa4\xef\xb8\x8f", "personal");
    mindset_engine_free(e);
}

Test(lexicon, label_model_rule_bonus_sets_how_sure_the_model_must_be)
{
    /* "weekend" gives mixed 0.77 and personal 0.06: above the default bonus of 0.7 it
       moves the label, below a bonus of 0.8 it does not, and with no bonus a weaker
       push does. */
    mindset_engine *dflt = engine_with_model("@bias 0 0 0\nweekend -1 0 1.5\n");
    mindset_engine *high =
        engine_with_model("@rule-bonus 0.8\n@bias 0 0 0\nweekend -1 0 1.5\n");
    mindset_engine *none =
        engine_with_model("@rule-bonus 0\n@bias 0 0 0\nweekend 0 0 0.5\n");
    expect_label(dflt, "Our newborn, this weekend", "mixed");
    expect_label(high, "Our newborn, this weekend", "personal");
    expect_label(none, "Our newborn, this weekend", "mixed");
    mindset_engine_free(dflt);
    mindset_engine_free(high);
    mindset_engine_free(none);
}

/* A casual word, a film and a daughter, and a label model that reads entertainment. */
static mindset_engine *engine_with_types(const char *model)
{
    char text[1024];
    snprintf(text, sizeof text,
             "@category casual\nlol\n@category leisure\nfilm\n@category family\n"
             "daughter\n@label-model\n@types entertainment\n%s",
             model);
    return engine_with("en/test.lex", text);
}

/* Asserts whether e gives the finding rule to text on LinkedIn (where the mini set calls
   an entertainment snapshot a warning). */
static void expect_finding(mindset_engine *e, const char *text, const char *rule, int given)
{
    json_t *j = test_analyze_lang(e, text, "linkedin", MINDSET_LANG_EN);
    cr_assert_eq(test_has_finding(j, rule), given, "'%s' %s %s", text,
                 given ? "lacks" : "gives", rule);
    json_decref(j);
}

Test(lexicon, type_model_finds_the_point_the_lexicons_missed)
{
    /* "match" is no lexicon word; the model reads entertainment from it (0.88), so the
       casual post is a snapshot on LinkedIn, marked at the word. Without it the post is
       a casual update. */
    mindset_engine *e = engine_with_types("@bias 0 0 0 -1\nmatch 0 0 0 3\n");
    expect_finding(e, "lol the match tonight", "misfit.entertainment", 1);
    json_t *j = test_analyze_lang(e, "lol the match tonight", "linkedin", MINDSET_LANG_EN);
    json_t *f = test_finding(j, "misfit.entertainment");
    cr_assert_eq(json_integer_value(json_object_get(f, "start")), 8);
    cr_assert_eq(json_integer_value(json_object_get(f, "end")), 13);
    json_decref(j);
    expect_finding(e, "lol tonight", "misfit.entertainment", 0);
    expect_finding(e, "lol tonight", "mindset.mismatch", 1);
    mindset_engine_free(e);
}

Test(lexicon, type_model_sets_aside_a_type_it_knows_better)
{
    /* The lexicons find entertainment in "film"; the model, which knows the word, gives
       it 0.002: no snapshot, a touch. */
    mindset_engine *e = engine_with_types("@bias 0 0 0 0\nfilm 0 0 0 -6\n");
    expect_finding(e, "lol the film tonight", "misfit.entertainment", 0);
    expect_finding(e, "lol the film tonight", "touch.entertainment", 1);
    mindset_engine_free(e);
}

Test(lexicon, type_model_cannot_set_aside_what_it_never_saw)
{
    /* The model reads entertainment as unlikely from "tonight" alone; it does not know
       "film", by which the lexicons found it, so their weights decide. */
    mindset_engine *e = engine_with_types("@bias 0 0 0 0\ntonight 0 0 0 -6\n");
    expect_finding(e, "lol the film tonight", "misfit.entertainment", 1);
    mindset_engine_free(e);
}

/* Label model weights are read by a one-pass reader for plain decimals and by strtod for
   anything else; either way each weight is the float strtod gives, whatever the blanks. */
Test(lexicon, model_weights_are_what_strtod_reads)
{
    static const char *const weights[][3] = {
        {"1.589", "-1.591", "-1.444"},  {"0", "+2", "-0.000"},
        {"1.", ".5", "-.25"},           {"1e2", "-3E-1", "0x10"},
        {"99.99999999", "100", "-100"}, {"0.30000000000000004", "1.23456789012345678", "7"},
    };
    const char *words[] = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta"};
    char text[1024] = "@label-model\n";
    for (size_t i = 0; i < sizeof weights / sizeof *weights; i++) {
        size_t at = strlen(text);
        snprintf(text + at, sizeof text - at, "%s%s%s \t%s  %s\n", words[i],
                 i % 2 ? "\t" : " ", weights[i][0], weights[i][1], weights[i][2]);
    }
    mindset_engine *e = engine_with("en/test.lex", text);
    const ms_lexicon *lex = &e->lex[MS_LANG_EN];
    ms_stemmer *st;
    cr_assert_eq(ms__stemmer_new(MS_LANG_EN, &st), MINDSET_OK);
    for (size_t i = 0; i < sizeof weights / sizeof *weights; i++) {
        size_t n;
        const char *stem = ms__stem(st, words[i], strlen(words[i]), &n);
        int32_t key = ms__strmap_get(&lex->keys, stem, n);
        cr_assert_geq(key, 0, "%s has no key", words[i]);
        cr_assert_gt(lex->model_index[key], 0, "%s is not a model word", words[i]);
        const ms_model_word *w = &lex->model_words[lex->model_index[key] - 1];
        for (int k = 0; k < 3; k++)
            cr_expect_eq(w->weights[k], (float)strtod(weights[i][k], NULL),
                         "%s: %s read as %g", words[i], weights[i][k],
                         (double)w->weights[k]);
    }
    ms__stemmer_free(st);
    mindset_engine_free(e);
}
