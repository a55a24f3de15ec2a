/*
 * fuzz_lexicon.c - any bytes as a lexicon file (en/fuzz.lex beside valid categories and
 * networks) and as networks.def. Loading must fail cleanly with file:line or succeed.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fuzz_scratch.h"
#include "mindset.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[64];

static void write_file(const char *name, const void *data, size_t size);

static void write_text(const char *name, const char *text)
{
    write_file(name, text, strlen(text));
}

static void write_file(const char *name, const void *data, size_t size)
{
    char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    fwrite(data, 1, size, f);
    fclose(f);
}

/* The scratch directory goes when the process ends (replay and fuzzing alike). */
static void cleanup(void)
{
    static const char *const names[] = {
        "categories.def", "networks.def", "emoji.lex", "en/fuzz.lex",
        "nl/a.lex",       "en",           "nl",        ""};
    char path[128];
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        remove(path);
    }
}

static void setup(void)
{
    snprintf(dir, sizeof dir, "%s/mindset-fuzz-lex-%d", fuzz_scratch_root(), (int)getpid());
    char sub[96];
    mkdir(dir, 0700);
    snprintf(sub, sizeof sub, "%s/en", dir);
    mkdir(sub, 0700);
    snprintf(sub, sizeof sub, "%s/nl", dir);
    mkdir(sub, 0700);
    write_text(
        "categories.def",
        "baby personal 1.5 baby_family -\njobs professional 1 job_post job_seeking:1\n"
        "negation none 1 - -\nstopword none 1 - -\n");
    write_text("emoji.lex", "@category baby\n\xF0\x9F\x91\xB6\n");
    write_text("nl/a.lex", "@category baby\nbaby\n");
    atexit(cleanup);
}

static const char networks[] = "[linkedin]\nlabel = LinkedIn\nmindset = professional\n"
                               "baby_family = misfit error : no\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!dir[0])
        setup();
    mindset_options o = {.lexicon_dir = dir};
    for (int round = 0; round < 2; round++) {
        write_file("networks.def", round ? (const char *)data : networks,
                   round ? size : sizeof networks - 1);
        if (round)
            write_text("en/fuzz.lex", "@category jobs\nhiring\n");
        else
            write_file("en/fuzz.lex", data, size);
        mindset_engine *e = NULL;
        mindset_error err;
        if (mindset_engine_new(&o, &e, &err) == MINDSET_OK) {
            mindset_scratch *s = NULL;
            mindset_result *r = NULL;
            if (mindset_scratch_new(e, &s) == MINDSET_OK)
                mindset_analyze(s, (const char *)data, size, NULL, &r, NULL);
            mindset_result_free(r);
            mindset_scratch_free(s);
        }
        mindset_engine_free(e);
    }
    return 0;
}
