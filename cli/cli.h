/* cli.h - shared pieces of the mindset command (not part of the library). */
#ifndef MINDSET_CLI_H
#define MINDSET_CLI_H

#include <stddef.h>

#include "mindset.h"

enum { EXIT_PASS = 0, EXIT_FINDINGS = 1, EXIT_USAGE = 2 };

/* Command-line options shared by the subcommands. */
typedef struct {
    const char *network;
    const char *lang;
    const char *format;
    const char *fail_level;
    const char *lexicons;
    const char *disable; /* rule ids or groups, comma-separated */
    const char *file;    /* NULL or "-" reads stdin */
    int help;
} cli_options;

/* Parses argv[first..argc); prints a message and returns -1 on a usage error. */
int cli_parse_options(int argc, char **argv, int first, const char *command,
                      cli_options *o);

/* The start of a command: parses argv[2..argc) and, with --help, prints usage. Returns
   CLI_GO_ON when the command should run, else the exit status to end it with. */
enum { CLI_GO_ON = -1 };
int cli_begin(int argc, char **argv, const char *command, const char *usage,
              cli_options *o);

/* Reads a whole post. On failure prints "NAME: reason" on stderr and returns -1.
   Caller owns *data; free with free(). */
int cli_read_post(const char *path, char **data, size_t *len);

/* Prints "prog: context: message" for an engine error on stderr. */
void cli_report_error(const char *context, mindset_status st, const mindset_error *err);

/* Loads the engine (built-in lexicons or --lexicons DIR); -1 after printing an error. */
int cli_engine_new(const cli_options *o, mindset_engine **engine);

int cmd_check(int argc, char **argv, int explain);
int cmd_networks(int argc, char **argv);
int cmd_rules(int argc, char **argv);
int cmd_score(int argc, char **argv);
int cmd_lsp(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_lexicon(int argc, char **argv);
int cmd_serve(int argc, char **argv);
void cli_usage_check(void);

#endif
