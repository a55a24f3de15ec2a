/*
 * cmd_lexicon.c - `mindset lexicon check DIR` (load and lint a lexicon set, file:line
 * messages) and `mindset lexicon import-liwc FILE.dic` (convert a LIWC-format dictionary
 * into our .lex format so people can bring the dictionaries they already have).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "liwc_import.h"

static void print_problem(void *ctx, const char *where, const char *message)
{
    (void)ctx;
    printf("%s: %s\n", where, message);
}

static int lexicon_check(const char *dir)
{
    cli_options o = {.lexicons = dir};
    mindset_engine *e = NULL;
    if (cli_engine_new(&o, &e) != 0)
        return EXIT_USAGE;
    size_t problems = mindset_engine_lint(e, print_problem, NULL);
    fprintf(stderr, "%s: %zu entries, %zu problems\n", dir, mindset_engine_entry_count(e),
            problems);
    mindset_engine_free(e);
    return problems ? EXIT_FINDINGS : EXIT_PASS;
}

static void usage(void)
{
    puts("usage: mindset lexicon check DIR\n"
         "       mindset lexicon import-liwc FILE.dic [--out DIR] [--stemmed]\n"
         "\n"
         "check lints a lexicon set (layout of lexicons/): exit 1 when it finds problems.\n"
         "import-liwc writes DIR/liwc.lex and DIR/liwc-categories.def (default DIR: .).\n"
         "  Terms without '*' become exact words, as LIWC counts them; with --stemmed\n"
         "  they become plain entries, which also match inflections.");
}

/* mindset lexicon import-liwc FILE.dic [--out DIR] [--stemmed], options in any order. */
static int import_liwc(int argc, char **argv)
{
    const char *out = ".";
    int stemmed = 0;
    for (int i = 4; i < argc; i++) {
        if (!strcmp(argv[i], "--out") && i + 1 == argc) {
            fprintf(stderr, "mindset: import-liwc: --out needs a directory\n");
            return usage(), EXIT_USAGE;
        } else if (!strcmp(argv[i], "--out"))
            out = argv[++i];
        else if (!strcmp(argv[i], "--stemmed"))
            stemmed = 1;
        else {
            fprintf(stderr, "mindset: import-liwc: unknown option '%s'\n", argv[i]);
            return usage(), EXIT_USAGE;
        }
    }
    return liwc_import(argv[3], out, stemmed) == 0 ? EXIT_PASS : EXIT_USAGE;
}

int cmd_lexicon(int argc, char **argv)
{
    if (argc < 4 || !strcmp(argv[2], "--help")) {
        usage();
        return argc < 3 || strcmp(argv[2], "--help") ? EXIT_USAGE : EXIT_PASS;
    }
    if (!strcmp(argv[2], "check") && argc == 4)
        return lexicon_check(argv[3]);
    if (!strcmp(argv[2], "import-liwc"))
        return import_liwc(argc, argv);
    usage();
    return EXIT_USAGE;
}
