/*
 * args.c - option parsing for the subcommands: --name VALUE, --name=VALUE, one
 * positional FILE (or "-"). Unknown options are usage errors (exit 2).
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

typedef struct {
    const char *name;
    size_t offset; /* of the const char * field in cli_options */
} option_def;

#define OPT(n, f)                                                                          \
    {                                                                                      \
        n, offsetof(cli_options, f)                                                        \
    }
static const option_def options[] = {
    OPT("network", network),       OPT("lang", lang),         OPT("format", format),
    OPT("fail-level", fail_level), OPT("lexicons", lexicons), OPT("disable", disable),
};

static const char **field(cli_options *o, const option_def *d)
{
    return (const char **)(void *)((char *)o + d->offset);
}

/* Handles argv[*i] = "--name[=value]"; returns 0 or -1. */
static int take_option(int argc, char **argv, int *i, const char *command, cli_options *o)
{
    const char *arg = argv[*i] + 2;
    const char *eq = strchr(arg, '=');
    size_t n = eq ? (size_t)(eq - arg) : strlen(arg);
    for (size_t k = 0; k < sizeof options / sizeof *options; k++) {
        if (strlen(options[k].name) != n || strncmp(options[k].name, arg, n) != 0)
            continue;
        if (!eq && *i + 1 >= argc) {
            fprintf(stderr, "mindset %s: option --%s needs a value\n", command,
                    options[k].name);
            return -1;
        }
        *field(o, &options[k]) = eq ? eq + 1 : argv[++*i];
        return 0;
    }
    if (strcmp(arg, "help") == 0) {
        o->help = 1;
        return 0;
    }
    fprintf(stderr, "mindset %s: unknown option '%s' (see 'mindset help %s')\n", command,
            argv[*i], command);
    return -1;
}

int cli_parse_options(int argc, char **argv, int first, const char *command, cli_options *o)
{
    for (int i = first; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0) {
            o->help = 1;
        } else if (strncmp(a, "--", 2) == 0 && a[2]) {
            if (take_option(argc, argv, &i, command, o) != 0)
                return -1;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "mindset %s: unknown option '%s'\n", command, a);
            return -1;
        } else if (o->file) {
            fprintf(stderr, "mindset %s: only one FILE may be given ('%s' and '%s')\n",
                    command, o->file, a);
            return -1;
        } else
            o->file = a;
    }
    return 0;
}

int cli_begin(int argc, char **argv, const char *command, const char *usage, cli_options *o)
{
    if (cli_parse_options(argc, argv, 2, command, o) != 0)
        return EXIT_USAGE;
    if (o->help) {
        puts(usage);
        return EXIT_PASS;
    }
    return CLI_GO_ON;
}
