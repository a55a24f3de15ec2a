/*
 * cmd_eval.c - `mindset eval`: measures the engine on labelled posts (the JSONL files
 * in corpora/): mindset label accuracy and confusion matrix, misfit
 * precision/recall/F1/accuracy per network, ROC AUC of the mindset score, coverage, and the
 * worst misses by id so a lexicon author sees what to fix. Per language and overall. With
 * --min-* thresholds it exits 1 when a figure falls below, which CI uses as a quality gate.
 */
#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define MAX_NETS 16
#define MAX_FILES 64

/* The languages of eval_state.by_lang, by index. */
static const char *const lang_names[2] = {"en", "nl"};
#define NLABELS 4 /* personal professional mixed unknown */
#define SHOW_MISSES 12

static const char *const label_names[NLABELS] = {"personal", "professional", "mixed",
                                                 "unknown"};

typedef struct {
    long n, correct, covered;
    long confusion[NLABELS][NLABELS]; /* [truth][predicted] */
    long tp[MAX_NETS], fp[MAX_NETS], fn[MAX_NETS], tn[MAX_NETS];
    double *scores; /* for AUC: score of each personal/professional post */
    int *positive;  /* 1 = professional */
    size_t nscores, capscores;
} tally;

typedef struct {
    char id[64];
    char lang[8];
    char truth[16], got[16];
    double score;
    char what[160];
} miss;

typedef struct {
    const char *networks[MAX_NETS];
    int nnetworks;
    int json;
    double min_accuracy, min_lang_accuracy, min_misfit_accuracy, min_auc, max_lang_gap;
    tally all, by_lang[2];
    miss *misses;
    size_t nmisses, capmisses;
    long errors;
} eval_state;

static int label_index(const char *s)
{
    for (int i = 0; s && i < NLABELS; i++)
        if (!strcmp(s, label_names[i]))
            return i;
    return -1;
}

static void add_score(tally *t, double score, int positive)
{
    if (t->nscores == t->capscores) {
        size_t cap = t->capscores ? t->capscores * 2 : 256;
        double *s = realloc(t->scores, cap * sizeof *s);
        int *p = realloc(t->positive, cap * sizeof *p);
        if (s)
            t->scores = s;
        if (p)
            t->positive = p;
        if (!s || !p)
            return;
        t->capscores = cap;
    }
    t->scores[t->nscores] = score;
    t->positive[t->nscores++] = positive;
}

/* Mann-Whitney AUC: share of (professional, personal) pairs ranked right, ties half. */
static double auc(const tally *t)
{
    double good = 0, pairs = 0;
    for (size_t i = 0; i < t->nscores; i++) {
        if (!t->positive[i])
            continue;
        for (size_t j = 0; j < t->nscores; j++) {
            if (t->positive[j])
                continue;
            pairs++;
            good += t->scores[i] > t->scores[j]    ? 1
                    : t->scores[i] == t->scores[j] ? 0.5
                                                   : 0;
        }
    }
    return pairs ? good / pairs : NAN; /* needs posts of both sides */
}

static void add_miss(eval_state *e, const miss *m)
{
    if (e->nmisses == e->capmisses) {
        size_t cap = e->capmisses ? e->capmisses * 2 : 64;
        miss *v = realloc(e->misses, cap * sizeof *v);
        if (!v)
            return;
        e->misses = v;
        e->capmisses = cap;
    }
    e->misses[e->nmisses++] = *m;
}

static void count_verdict(tally *t, int k, int expect_misfit, int got_misfit)
{
    if (expect_misfit && got_misfit)
        t->tp[k]++;
    else if (got_misfit)
        t->fp[k]++;
    else if (expect_misfit)
        t->fn[k]++;
    else
        t->tn[k]++;
}

static void tally_label(tally *t, int truth, int got, double score, int covered)
{
    t->n++;
    t->covered += covered;
    t->correct += truth == got;
    t->confusion[truth][got]++;
    if (truth <= 1)
        add_score(t, score, truth == 1);
}

/* Verdicts of one record against its "expect" object. */
static void check_verdicts(eval_state *e, json_t *expect, const mindset_result *r,
                           tally *lang_tally, miss *m)
{
    for (int k = 0; k < e->nnetworks; k++) {
        const char *want = json_string_value(json_object_get(expect, e->networks[k]));
        if (!want)
            continue;
        int expect_misfit = !strcmp(want, "misfit"); /* else "fit": expect_problem */
        int got_misfit = !strcmp(mindset_result_verdict_at(r, (size_t)k), "misfit");
        count_verdict(&e->all, k, expect_misfit, got_misfit);
        count_verdict(lang_tally, k, expect_misfit, got_misfit);
        if (expect_misfit != got_misfit && !m->what[0])
            snprintf(m->what, sizeof m->what, "%s: expected %s, got %s", e->networks[k],
                     want, mindset_result_verdict_at(r, (size_t)k));
    }
}

/* The first value of "expect" that is neither "fit" nor "misfit" (a typo would
   otherwise count as "fit"), or NULL. *network gets its key. */
static const char *expect_problem(json_t *expect, const char **network)
{
    const char *key;
    json_t *value;
    if (expect && !json_is_object(expect)) {
        *network = NULL;
        return "not an object";
    }
    json_object_foreach(expect, key, value)
    {
        const char *v = json_string_value(value);
        if (!v || (strcmp(v, "fit") != 0 && strcmp(v, "misfit") != 0)) {
            *network = key;
            return v ? v : "not a string";
        }
    }
    return NULL;
}

static void eval_record(eval_state *e, mindset_scratch *sc, json_t *rec, const char *file,
                        long line)
{
    const char *text = json_string_value(json_object_get(rec, "text"));
    const char *lang = json_string_value(json_object_get(rec, "lang"));
    int truth = label_index(json_string_value(json_object_get(rec, "mindset")));
    if (!text || truth < 0 || truth == 3) {
        fprintf(stderr,
                "mindset eval: %s:%ld: needs \"text\" and \"mindset\" "
                "(personal|professional|mixed)\n",
                file, line);
        e->errors++;
        return;
    }
    const char *network, *bad = expect_problem(json_object_get(rec, "expect"), &network);
    if (bad) {
        if (network)
            fprintf(stderr,
                    "mindset eval: %s:%ld: \"expect\" for %s is '%s' (fit or misfit)\n",
                    file, line, network, bad);
        else
            fprintf(stderr, "mindset eval: %s:%ld: \"expect\" is %s\n", file, line, bad);
        e->errors++;
        return;
    }
    mindset_request req = {
        .networks = e->networks, .network_count = (size_t)e->nnetworks, .figures_only = 1};
    mindset_result *r = NULL;
    mindset_error err = {0};
    if (mindset_analyze(sc, text, json_string_length(json_object_get(rec, "text")), &req,
                        &r, &err) != MINDSET_OK) {
        fprintf(stderr, "mindset eval: %s:%ld: %s\n", file, line, err.text);
        e->errors++;
        return;
    }
    int got = label_index(mindset_result_label(r));
    int covered = got != 3 || mindset_result_type_count(r) > 0;
    tally *lt = &e->by_lang[lang && !strcmp(lang, lang_names[1])];
    tally_label(&e->all, truth, got, mindset_result_score(r), covered);
    tally_label(lt, truth, got, mindset_result_score(r), covered);
    miss m = {.score = mindset_result_score(r)};
    const char *id = json_string_value(json_object_get(rec, "id"));
    snprintf(m.id, sizeof m.id, "%s", id ? id : "?");
    snprintf(m.lang, sizeof m.lang, "%s", lang ? lang : "?");
    snprintf(m.truth, sizeof m.truth, "%s", label_names[truth]);
    snprintf(m.got, sizeof m.got, "%s", label_names[got]);
    check_verdicts(e, json_object_get(rec, "expect"), r, lt, &m);
    if (truth != got || m.what[0])
        add_miss(e, &m);
    mindset_result_free(r);
}

static int eval_file(eval_state *e, mindset_scratch *sc, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "mindset eval: cannot open %s\n", path);
        return -1;
    }
    char *line = NULL;
    size_t cap = 0;
    long n = 0;
    ssize_t len;
    while ((len = getline(&line, &cap, f)) >= 0) {
        n++;
        json_error_t jerr;
        json_t *rec = json_loadb(line, (size_t)len, 0, &jerr);
        if (!json_is_object(rec)) {
            fprintf(stderr, "mindset eval: %s:%ld:%d: %s\n", path, n, jerr.column,
                    rec ? "a JSON object was expected" : jerr.text);
            e->errors++;
        } else
            eval_record(e, sc, rec, path, n);
        json_decref(rec);
    }
    int failed = ferror(f);
    if (failed)
        fprintf(stderr, "mindset eval: cannot read %s: %s\n", path, strerror(errno));
    free(line);
    fclose(f);
    return failed ? -1 : 0;
}

/* ---- figures ---- */

typedef struct {
    double precision, recall, f1, accuracy;
} binary_figures;

static binary_figures figures(const tally *t, int k)
{
    binary_figures b = {0};
    double tp = (double)t->tp[k], fp = (double)t->fp[k], fn = (double)t->fn[k],
           tn = (double)t->tn[k];
    b.precision = tp + fp > 0 ? tp / (tp + fp) : NAN;
    b.recall = tp + fn > 0 ? tp / (tp + fn) : NAN;
    b.f1 = tp + fp + fn > 0 ? 2 * tp / (2 * tp + fp + fn) : NAN;
    b.accuracy = tp + fp + fn + tn > 0 ? (tp + tn) / (tp + fp + fn + tn) : NAN;
    return b;
}

static double accuracy(const tally *t)
{
    return t->n ? (double)t->correct / (double)t->n : NAN;
}

/* A figure for the text report: "n/a" when the posts do not define it (no expected
   verdicts, no post of one side, nothing flagged). */
static const char *figure(char *buf, size_t cap, double value, int decimals, int percent)
{
    if (isnan(value))
        snprintf(buf, cap, "n/a");
    else
        snprintf(buf, cap, "%.*f%s", decimals, percent ? 100 * value : value,
                 percent ? "%" : "");
    return buf;
}

/* The same for JSON: null when undefined. */
static json_t *json_figure(double value)
{
    return isnan(value) ? json_null() : json_real(value);
}

static void print_tally(const eval_state *e, const char *name, const tally *t)
{
    if (!t->n)
        return;
    char a[16], b[16], c[16], d[16];
    printf("%s: %ld posts\n", name, t->n);
    printf("  mindset accuracy %s   ROC AUC %s   coverage %.1f%%\n",
           figure(a, sizeof a, accuracy(t), 1, 1), figure(b, sizeof b, auc(t), 3, 0),
           100.0 * (double)t->covered / (double)t->n);
    printf("  confusion (rows: truth; columns: personal professional mixed unknown)\n");
    for (int i = 0; i < 3; i++)
        printf("    %-13s %5ld %5ld %5ld %5ld\n", label_names[i], t->confusion[i][0],
               t->confusion[i][1], t->confusion[i][2], t->confusion[i][3]);
    for (int k = 0; k < e->nnetworks; k++) {
        binary_figures f = figures(t, k);
        printf("  misfit on %-10s precision %s recall %s F1 %s accuracy %s\n",
               e->networks[k], figure(a, sizeof a, f.precision, 2, 0),
               figure(b, sizeof b, f.recall, 2, 0), figure(c, sizeof c, f.f1, 2, 0),
               figure(d, sizeof d, f.accuracy, 1, 1));
    }
}

/* Most confidently wrong first. */
static int compare_misses(const void *a, const void *b)
{
    double x = fabs(((const miss *)a)->score), y = fabs(((const miss *)b)->score);
    return x < y ? 1 : x > y ? -1 : 0;
}

static void print_misses(eval_state *e)
{
    if (e->nmisses)
        qsort(e->misses, e->nmisses, sizeof *e->misses, compare_misses);
    printf("worst misses (%zu posts with a wrong label or verdict):\n", e->nmisses);
    for (size_t i = 0; i < e->nmisses && i < SHOW_MISSES; i++) {
        const miss *m = &e->misses[i];
        printf("  %-10s %s truth %-12s got %-12s score %+.2f %s\n", m->id, m->lang,
               m->truth, m->got, m->score, m->what);
    }
}

static json_t *tally_json(const eval_state *e, const tally *t)
{
    json_t *nets = json_object();
    for (int k = 0; k < e->nnetworks; k++) {
        binary_figures b = figures(t, k);
        json_object_set_new(nets, e->networks[k],
                            json_pack("{s:o,s:o,s:o,s:o}", "precision",
                                      json_figure(b.precision), "recall",
                                      json_figure(b.recall), "f1", json_figure(b.f1),
                                      "accuracy", json_figure(b.accuracy)));
    }
    json_t *conf = json_array();
    for (int i = 0; i < 3; i++)
        json_array_append_new(conf, json_pack("[I,I,I,I]", (json_int_t)t->confusion[i][0],
                                              (json_int_t)t->confusion[i][1],
                                              (json_int_t)t->confusion[i][2],
                                              (json_int_t)t->confusion[i][3]));
    return json_pack("{s:I,s:o,s:o,s:o,s:o,s:o}", "posts", (json_int_t)t->n, "accuracy",
                     json_figure(accuracy(t)), "auc", json_figure(auc(t)), "coverage",
                     json_figure(t->n ? (double)t->covered / (double)t->n : NAN),
                     "confusion", conf, "misfit", nets);
}

static void print_json(const eval_state *e)
{
    json_t *misses = json_array();
    for (size_t i = 0; i < e->nmisses; i++)
        json_array_append_new(
            misses, json_pack("{s:s,s:s,s:s,s:f,s:s}", "id", e->misses[i].id, "truth",
                              e->misses[i].truth, "got", e->misses[i].got, "score",
                              e->misses[i].score, "verdict", e->misses[i].what));
    json_t *root = json_pack("{s:o,s:o,s:o,s:o,s:I}", "overall", tally_json(e, &e->all),
                             lang_names[0], tally_json(e, &e->by_lang[0]), lang_names[1],
                             tally_json(e, &e->by_lang[1]), "misses", misses, "errors",
                             (json_int_t)e->errors);
    char *s = json_dumps(root, JSON_INDENT(2));
    puts(s ? s : "{}");
    free(s);
    json_decref(root);
}

/* Returns the number of thresholds not met (printed on stderr). */
static int check_thresholds(const eval_state *e)
{
    char buf[16];
    int failed = 0;
    if (e->min_accuracy > 0 && !(accuracy(&e->all) >= e->min_accuracy)) {
        fprintf(stderr, "mindset eval: mindset accuracy %s < %.3f\n",
                figure(buf, sizeof buf, accuracy(&e->all), 3, 0), e->min_accuracy);
        failed++;
    }
    for (int l = 0; l < 2 && e->min_lang_accuracy > 0; l++) {
        double a = accuracy(&e->by_lang[l]);
        if (e->by_lang[l].n && !(a >= e->min_lang_accuracy)) {
            fprintf(stderr, "mindset eval: %s mindset accuracy %s < %.3f\n", lang_names[l],
                    figure(buf, sizeof buf, a, 3, 0), e->min_lang_accuracy);
            failed++;
        }
    }
    for (int k = 0; k < e->nnetworks && e->min_misfit_accuracy > 0; k++) {
        double a = figures(&e->all, k).accuracy;
        if (!(a >= e->min_misfit_accuracy)) { /* undefined (no expected verdict) fails */
            fprintf(stderr, "mindset eval: misfit accuracy on %s %s < %.3f\n",
                    e->networks[k], figure(buf, sizeof buf, a, 3, 0),
                    e->min_misfit_accuracy);
            failed++;
        }
    }
    if (e->min_auc > 0 && !(auc(&e->all) >= e->min_auc)) {
        fprintf(stderr, "mindset eval: AUC %s < %.3f\n",
                figure(buf, sizeof buf, auc(&e->all), 3, 0), e->min_auc);
        failed++;
    }
    double gap = fabs(accuracy(&e->by_lang[0]) - accuracy(&e->by_lang[1]));
    if (e->max_lang_gap > 0 && e->by_lang[0].n && e->by_lang[1].n &&
        gap > e->max_lang_gap) {
        fprintf(stderr, "mindset eval: en/nl accuracy gap %.3f > %.3f\n", gap,
                e->max_lang_gap);
        failed++;
    }
    return failed;
}

/* ---- options ---- */

static int number_option(const char *v, double *out)
{
    char *end;
    *out = strtod(v, &end);
    return *end || *out < 0 || *out > 1 ? -1 : 0;
}

static void eval_usage(FILE *to)
{
    fputs("usage: mindset eval [--network NAME ...] [--format text|json]\n"
          "                    [--lexicons DIR] [--min-accuracy X]\n"
          "                    [--min-lang-accuracy X] [--min-misfit-accuracy X]\n"
          "                    [--min-auc X] [--max-lang-gap X] FILE.jsonl ...\n"
          "\n"
          "Measures the engine on labelled posts (JSONL, as in corpora/): label\n"
          "accuracy and confusion, ROC AUC and coverage per language and overall;\n"
          "misfit precision, recall, F1 and accuracy per network (default: linkedin\n"
          "and facebook); the worst misses by id. Each threshold (a number in\n"
          "[0, 1]) makes the command exit 1 when the figure falls short of it:\n"
          "this is how CI gates on corpora/test. --min-lang-accuracy holds each\n"
          "language with posts to X; --max-lang-gap bounds the difference between\n"
          "the English and the Dutch accuracy.\n",
          to);
}

/* Takes the value of an option that has one; returns 0 or -1 after saying why. */
static int take_value_option(eval_state *e, const char *a, const char *v, double *target,
                             const char **lexicons)
{
    if (target && number_option(v, target) != 0)
        return fprintf(stderr, "mindset eval: %s takes a number in [0, 1]\n", a), -1;
    if (!strcmp(a, "--network")) {
        if (e->nnetworks == MAX_NETS)
            return fprintf(stderr, "mindset eval: at most %d --network options\n",
                           MAX_NETS),
                   -1;
        e->networks[e->nnetworks++] = v;
    }
    if (!strcmp(a, "--format")) {
        if (strcmp(v, "json") && strcmp(v, "text"))
            return fprintf(stderr, "mindset eval: --format takes text or json, not '%s'\n",
                           v),
                   -1;
        e->json = !strcmp(v, "json");
    }
    if (!strcmp(a, "--lexicons"))
        *lexicons = v;
    return 0;
}

static int parse_eval_args(int argc, char **argv, eval_state *e, const char **files,
                           int *nfiles, const char **lexicons)
{
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        double *target = !strcmp(a, "--min-accuracy")          ? &e->min_accuracy
                         : !strcmp(a, "--min-lang-accuracy")   ? &e->min_lang_accuracy
                         : !strcmp(a, "--min-misfit-accuracy") ? &e->min_misfit_accuracy
                         : !strcmp(a, "--min-auc")             ? &e->min_auc
                         : !strcmp(a, "--max-lang-gap")        ? &e->max_lang_gap
                                                               : NULL;
        if (target || !strcmp(a, "--network") || !strcmp(a, "--format") ||
            !strcmp(a, "--lexicons")) {
            if (!v)
                return fprintf(stderr, "mindset eval: %s needs a value\n", a), -1;
            i++;
            if (take_value_option(e, a, v, target, lexicons) != 0)
                return -1;
        } else if (!strcmp(a, "--help") || !strcmp(a, "-h"))
            return eval_usage(stdout), 1;
        else if (a[0] == '-' && a[1])
            return fprintf(stderr, "mindset eval: unknown option '%s'\n", a), -1;
        else if (*nfiles == MAX_FILES)
            return fprintf(stderr, "mindset eval: at most %d files\n", MAX_FILES), -1;
        else
            files[(*nfiles)++] = a;
    }
    if (*nfiles == 0)
        return eval_usage(stderr), -1;
    return 0;
}

int cmd_eval(int argc, char **argv)
{
    eval_state e = {0};
    const char *files[MAX_FILES], *lexicons = NULL;
    int nfiles = 0;
    int parsed = parse_eval_args(argc, argv, &e, files, &nfiles, &lexicons);
    if (parsed != 0)
        return parsed > 0 ? EXIT_PASS : EXIT_USAGE;
    if (e.nnetworks == 0) {
        e.networks[e.nnetworks++] = "linkedin";
        e.networks[e.nnetworks++] = "facebook";
    }
    cli_options o = {.lexicons = lexicons};
    mindset_engine *engine = NULL;
    mindset_scratch *sc = NULL;
    if (cli_engine_new(&o, &engine) != 0 || mindset_scratch_new(engine, &sc) != MINDSET_OK)
        return EXIT_USAGE;
    for (int i = 0; i < e.nnetworks; i++)
        if (!mindset_engine_network_canonical(engine, e.networks[i])) {
            fprintf(stderr, "mindset eval: unknown network '%s' (see 'mindset networks')\n",
                    e.networks[i]);
            mindset_scratch_free(sc);
            mindset_engine_free(engine);
            return EXIT_USAGE;
        }
    int rc = EXIT_PASS;
    for (int i = 0; i < nfiles && rc == EXIT_PASS; i++)
        if (eval_file(&e, sc, files[i]) != 0)
            rc = EXIT_USAGE;
    if (rc == EXIT_PASS && e.all.n == 0) {
        fprintf(stderr, "mindset eval: no labelled post in the input\n");
        rc = EXIT_USAGE;
    }
    if (rc == EXIT_PASS) {
        if (e.json)
            print_json(&e);
        else {
            print_tally(&e, "overall", &e.all);
            for (int l = 0; l < 2; l++)
                print_tally(&e, lang_names[l], &e.by_lang[l]);
            print_misses(&e);
        }
        rc = check_thresholds(&e) || e.errors ? EXIT_FINDINGS : EXIT_PASS;
    }
    for (int i = 0; i < 2; i++)
        free(e.by_lang[i].scores), free(e.by_lang[i].positive);
    free(e.all.scores);
    free(e.all.positive);
    free(e.misses);
    mindset_scratch_free(sc);
    mindset_engine_free(engine);
    return rc;
}
