/*
 * cmd_check.c - `mindset check` (does this post fit the network?) and `mindset explain`
 * (how the engine got there). Exit 0: nothing reaches the fail level; 1: something does;
 * 2: usage, lexicon or input error.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "marker.h"

void cli_usage_check(void)
{
    puts(
        "usage: mindset check [--network NAME] [--lang en|nl|auto] [--format "
        "text|json|line]\n"
        "                     [--fail-level error|warning|info] [--disable RULE,...]\n"
        "                     [--lexicons DIR] [FILE | -]\n"
        "       mindset explain [--network NAME] [--lang en|nl|auto] [--lexicons DIR] "
        "[FILE | -]\n"
        "\n"
        "Reads one post (FILE, or stdin when FILE is '-' or missing) and reports its "
        "mindset\n"
        "(personal / professional / mixed), its content types and, with --network, "
        "whether\n"
        "it fits that network, with the words that triggered each finding.\n"
        "\n"
        "  --network NAME    linkedin, facebook, twitter, ... (see 'mindset networks')\n"
        "  --lang CODE       language of the post; default auto-detect\n"
        "  --format FMT      text (default), json (schema in docs/json-schema.md) or line\n"
        "                    (FILE:LINE:COL: SEVERITY: MESSAGE [RULE])\n"
        "  --fail-level LVL  lowest severity that makes the exit status 1 (default error)\n"
        "  --disable RULES   turn off rules (ids or groups, comma-separated; see 'mindset\n"
        "                    rules'): no finding, and no say in the verdict\n"
        "  --lexicons DIR    use the lexicons in DIR instead of the built-in ones\n"
        "\n"
        "Exit status: 0 nothing reached the fail level, 1 something did, 2 usage or input\n"
        "error. Colour only on a terminal, and never when NO_COLOR is set.");
}

typedef struct {
    mindset_request req;
    mindset_format format;
    mindset_severity fail_level;
    const char *disable; /* --disable, checked; the marker's rules join it */
} check_settings;

/* Checks each rule of a --disable list (comma-separated) by name. */
static int check_disable(const char *list)
{
    post_marker m;
    char err[200];
    memset(&m, 0, sizeof m);
    if (marker_add_rules(&m, list, err, sizeof err) != 0) {
        fprintf(stderr, "mindset: --disable: %s\n", err);
        return -1;
    }
    const char *unknown = marker_unknown_rule(&m);
    if (unknown)
        fprintf(stderr, "mindset: unknown rule '%s' in --disable (see 'mindset rules')\n",
                unknown);
    return unknown ? -1 : 0;
}

static int settle(const cli_options *o, int explain, check_settings *cs)
{
    memset(cs, 0, sizeof *cs);
    cs->req.network = o->network;
    cs->req.keep_trace = explain;
    cs->format = explain ? MINDSET_FORMAT_EXPLAIN : MINDSET_FORMAT_TEXT;
    cs->fail_level = MINDSET_SEVERITY_ERROR;
    if (o->lang && mindset_lang_parse(o->lang, &cs->req.lang) != MINDSET_OK) {
        fprintf(stderr, "mindset: unknown language '%s' (use en, nl or auto)\n", o->lang);
        return -1;
    }
    if (o->format &&
        (explain || mindset_format_parse(o->format, &cs->format) != MINDSET_OK ||
         cs->format == MINDSET_FORMAT_EXPLAIN)) {
        fprintf(stderr, "mindset: unknown format '%s' (use text, json or line)\n",
                o->format);
        return -1;
    }
    if (o->disable && check_disable(o->disable) != 0)
        return -1;
    cs->disable = o->disable;
    if (o->fail_level &&
        mindset_severity_parse(o->fail_level, &cs->fail_level) != MINDSET_OK) {
        fprintf(stderr, "mindset: unknown fail level '%s' (use error, warning or info)\n",
                o->fail_level);
        return -1;
    }
    return 0;
}

static int use_color(void)
{
    const char *no = getenv("NO_COLOR");
    return isatty(STDOUT_FILENO) && !(no && *no);
}

static int print_result(const mindset_result *r, const check_settings *cs, const char *file,
                        const char *text, size_t len)
{
    mindset_render_options ro = {
        .filename = file, .text = text, .len = len, .color = use_color()};
    char *out = NULL;
    mindset_status st = mindset_render(r, cs->format, &ro, &out);
    if (st != MINDSET_OK) {
        cli_report_error("render", st, NULL);
        return -1;
    }
    fputs(out, stdout);
    mindset_free(out);
    return 0;
}

/* Settings from the post's marker line and its file name, where options left them open. */
static int apply_marker(const mindset_engine *engine, const char *file, const char *text,
                        size_t len, post_marker *m, check_settings *cs, int lang_given)
{
    char err[200];
    if (marker_parse(text, len, m, err, sizeof err) != 0) {
        fprintf(stderr, "mindset: %s:%d: %s\n", file, marker_line(text, m), err);
        return -1;
    }
    const char *unknown = marker_unknown_rule(m);
    if (unknown) {
        fprintf(stderr,
                "mindset: %s:%d: unknown rule '%s' in the marker's disable= (see 'mindset "
                "rules')\n",
                file, marker_line(text, m), unknown);
        return -1;
    }
    if (cs->disable && marker_add_rules(m, cs->disable, err, sizeof err) != 0) {
        fprintf(stderr, "mindset: --disable: %s\n", err);
        return -1;
    }
    if (!cs->req.network && m->network[0])
        cs->req.network = m->network;
    if (!cs->req.network && strcmp(file, "<stdin>") != 0)
        cs->req.network = network_from_filename(engine, file);
    if (!lang_given && m->lang[0] &&
        mindset_lang_parse(m->lang, &cs->req.lang) != MINDSET_OK) {
        fprintf(stderr, "mindset: %s:%d: unknown language '%s' in the marker\n", file,
                marker_line(text, m), m->lang);
        return -1;
    }
    cs->req.ignore = (const char *const *)m->ignore;
    cs->req.ignore_count = (size_t)m->nignore;
    cs->req.disable = (const char *const *)m->disable;
    cs->req.disable_count = (size_t)m->ndisable;
    return 0;
}

static int analyse(mindset_engine *engine, check_settings *cs, const char *file,
                   const char *text, size_t len, int lang_given)
{
    mindset_scratch *scratch = NULL;
    mindset_result *r = NULL;
    mindset_error err = {0};
    post_marker marker;
    if (apply_marker(engine, file, text, len, &marker, cs, lang_given) != 0)
        return EXIT_USAGE;
    char *blanked = marker_blank(text, len, &marker);
    mindset_status st = blanked ? mindset_scratch_new(engine, &scratch) : MINDSET_ERR_NOMEM;
    if (st == MINDSET_OK)
        st = mindset_analyze(scratch, blanked, len, &cs->req, &r, &err);
    free(blanked);
    int rc = EXIT_USAGE;
    if (st != MINDSET_OK) {
        snprintf(err.file, sizeof err.file, "%s", file);
        cli_report_error(file, st, &err);
    } else if (print_result(r, cs, file, text, len) == 0) {
        int worst = mindset_result_max_severity(r);
        rc = cs->req.network && worst >= (int)cs->fail_level ? EXIT_FINDINGS : EXIT_PASS;
    }
    mindset_result_free(r);
    mindset_scratch_free(scratch);
    return rc;
}

int cmd_check(int argc, char **argv, int explain)
{
    const char *command = explain ? "explain" : "check";
    cli_options o = {0};
    check_settings cs;
    if (cli_parse_options(argc, argv, 2, command, &o) != 0)
        return EXIT_USAGE;
    if (o.help) {
        cli_usage_check();
        return EXIT_PASS;
    }
    if (settle(&o, explain, &cs) != 0)
        return EXIT_USAGE;
    mindset_engine *engine = NULL;
    if (cli_engine_new(&o, &engine) != 0)
        return EXIT_USAGE;
    char *text = NULL;
    size_t len = 0;
    int rc = EXIT_USAGE;
    const char *file = o.file && strcmp(o.file, "-") != 0 ? o.file : "<stdin>";
    if (cli_read_post(o.file, &text, &len) == 0)
        rc = analyse(engine, &cs, file, text, len, o.lang != NULL);
    free(text);
    mindset_engine_free(engine);
    return rc;
}
