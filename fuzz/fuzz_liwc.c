/*
 * fuzz_liwc.c - any bytes as a LIWC .dic for `mindset lexicon import-liwc`. The import must
 * fail with a file:line message or write both output files; never crash or leak.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz_scratch.h"
#include "liwc_import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[64];
static char dic[96], lex[96], defs[96];

static void cleanup(void)
{
    unlink(dic);
    unlink(lex);
    unlink(defs);
    rmdir(dir);
}

static void setup(void)
{
    snprintf(dir, sizeof dir, "%s/mindset-fuzz-liwc-XXXXXX", fuzz_scratch_root());
    if (!mkdtemp(dir))
        abort();
    snprintf(dic, sizeof dic, "%s/in.dic", dir);
    snprintf(lex, sizeof lex, "%s/liwc.lex", dir);
    snprintf(defs, sizeof defs, "%s/liwc-categories.def", dir);
    atexit(cleanup);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!dir[0])
        setup();
    FILE *f = fopen(dic, "wb");
    if (!f)
        abort();
    fwrite(data, 1, size, f);
    fclose(f);
    for (int stemmed = 0; stemmed < 2; stemmed++) { /* exact words, then --stemmed */
        unlink(lex);
        unlink(defs);
        if (liwc_import(dic, dir, stemmed) == 0 &&
            (access(lex, R_OK) != 0 || access(defs, R_OK) != 0))
            abort(); /* success must leave both files */
    }
    return 0;
}
