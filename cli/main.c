/*
 * main.c - the mindset command: dispatch to subcommands, help and version, and the
 * helpers every subcommand shares for loading the engine and reporting its errors.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static void usage(FILE *to)
{
    fputs(
        "usage: mindset COMMAND [OPTIONS] [FILE | -]\n"
        "\n"
        "Commands:\n"
        "  check      does a post fit the network it is going to? (exit 1 when not)\n"
        "  explain    tokens, stems, matches and how each moved the score\n"
        "  networks   list the network profiles with their expected mindset\n"
        "  score      score a whole corpus (JSONL, CSV, TSV or text), one line per record\n"
        "  eval       measure accuracy on labelled posts (JSONL, as in corpora/)\n"
        "  lsp        Language Server Protocol server on stdio, for editors\n"
        "  serve      JSON lines on stdio: one request per line, one response per line\n"
        "  help [COMMAND]\n"
        "\n"
        "Options: mindset --version, mindset help check\n",
        to);
}

void cli_report_error(const char *context, mindset_status st, const mindset_error *err)
{
    if (err && err->text[0]) {
        const char *file = err->file[0] ? err->file : context;
        if (err->line > 0 && err->column > 0)
            fprintf(stderr, "mindset: %s:%d:%d: %s\n", file, err->line, err->column,
                    err->text);
        else if (err->line > 0)
            fprintf(stderr, "mindset: %s:%d: %s\n", file, err->line, err->text);
        else
            fprintf(stderr, "mindset: %s: %s\n", file, err->text);
        return;
    }
    fprintf(stderr, "mindset: %s: %s\n", context, mindset_strerror(st));
}

int cli_engine_new(const cli_options *o, mindset_engine **engine)
{
    mindset_options eo = {.lexicon_dir = o->lexicons};
    mindset_error err = {0};
    mindset_status st = mindset_engine_new(&eo, engine, &err);
    if (st == MINDSET_OK)
        return 0;
    cli_report_error(o->lexicons ? o->lexicons : "lexicons", st, &err);
    return -1;
}

static int help(int argc, char **argv)
{
    const char *topic = argc > 2 ? argv[2] : NULL;
    if (!topic) {
        usage(stdout);
        return EXIT_PASS;
    }
    if (strcmp(topic, "check") == 0 || strcmp(topic, "explain") == 0) {
        cli_usage_check();
        return EXIT_PASS;
    }
    if (strcmp(topic, "score") == 0) {
        char *args[] = {argv[0], "score", "--help", NULL};
        return cmd_score(3, args);
    }
    if (strcmp(topic, "networks") == 0) {
        char *args[] = {argv[0], "networks", "--help", NULL};
        return cmd_networks(3, args);
    }
    fprintf(stderr, "mindset help: unknown command '%s'\n", topic);
    return EXIT_USAGE;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
        printf("mindset %s (JSON schema %d)\n", MINDSET_VERSION, MINDSET_SCHEMA_VERSION);
        return EXIT_PASS;
    }
    if (strcmp(cmd, "check") == 0)
        return cmd_check(argc, argv, 0);
    if (strcmp(cmd, "explain") == 0)
        return cmd_check(argc, argv, 1);
    if (strcmp(cmd, "networks") == 0)
        return cmd_networks(argc, argv);
    if (strcmp(cmd, "score") == 0)
        return cmd_score(argc, argv);
    if (strcmp(cmd, "lexicon") == 0)
        return cmd_lexicon(argc, argv);
    if (strcmp(cmd, "eval") == 0)
        return cmd_eval(argc, argv);
    if (strcmp(cmd, "lsp") == 0)
        return cmd_lsp(argc, argv);
    if (strcmp(cmd, "serve") == 0)
        return cmd_serve(argc, argv);
    if (strcmp(cmd, "help") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0)
        return help(argc, argv);
    fprintf(stderr, "mindset: unknown command '%s' (see 'mindset help')\n", cmd);
    return EXIT_USAGE;
}
