/*
 * fuzz_records.c - any bytes as bulk input: the record reader in line and CSV modes, and
 * CSV field splitting. Every record must come out bounded, nothing read out of range.
 */
#include <stdint.h>
#include <stdio.h>

#include "score.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void read_all(const uint8_t *data, size_t size, int csv)
{
    FILE *f = fmemopen((void *)data, size, "rb");
    if (!f)
        return;
    record_reader r;
    if (reader_open(&r, "/dev/null") != 0)
        return;
    fclose(r.f);
    r.f = f;
    const char *rec;
    size_t len, offs[64], lens[64];
    long line;
    int too_long;
    strbuf store = {0};
    char err[128];
    while (reader_next(&r, csv, &rec, &len, &line, &too_long) == 1)
        if (csv && !too_long)
            csv_split(rec, len, line % 2 ? ',' : '\t', &store, offs, lens, 64, err,
                      sizeof err);
    sb_free(&store);
    reader_close(&r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    read_all(data, size, 0);
    read_all(data, size, 1);
    return 0;
}
