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
        "  rules      list the rules findings are reported under (for --disable)\n"
        "  score      score a whole corpus (JSONL, CSV, TSV or text), one line per record\n"
        "  eval       measure accuracy on labelled posts (JSONL, as in corpora/)\n"
        "  lsp        Language Server Protocol server on stdio, for editors\n"
        "  serve      JSON lines on stdio: one request per line, one response per line\n"
        "  lexicon    check a lexicon set, or import a LIWC-format dictionary\n"
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

typedef int (*command_fn)(int argc, char **argv);

static int cmd_explain(int argc, char **argv)
{
    return cmd_check(argc, argv, 1);
}
static int cmd_check_only(int argc, char **argv)
{
    return cmd_check(argc, argv, 0);
}

static const struct {
    const char *name;
    command_fn run;
} commands[] = {
    {"check", cmd_check_only}, {"explain", cmd_explain}, {"networks", cmd_networks},
    {"score", cmd_score},      {"lexicon", cmd_lexicon}, {"eval", cmd_eval},
    {"lsp", cmd_lsp},          {"serve", cmd_serve},     {"rules", cmd_rules},
};

static command_fn find_command(const char *name)
{
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(commands[i].name, name) == 0)
            return commands[i].run;
    return NULL;
}

/* `mindset help COMMAND` is `mindset COMMAND --help`: one usage text per command. */
static int help(int argc, char **argv)
{
    const char *topic = argc > 2 ? argv[2] : NULL;
    if (!topic) {
        usage(stdout);
        return EXIT_PASS;
    }
    command_fn run = find_command(topic);
    if (!run) {
        fprintf(stderr, "mindset help: unknown command '%s'\n", topic);
        return EXIT_USAGE;
    }
    char *args[] = {argv[0], argv[2], "--help", NULL};
    return run(3, args);
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
    command_fn run = find_command(cmd);
    if (run)
        return run(argc, argv);
    if (strcmp(cmd, "help") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0)
        return help(argc, argv);
    fprintf(stderr, "mindset: unknown command '%s' (see 'mindset help')\n", cmd);
    return EXIT_USAGE;
}
