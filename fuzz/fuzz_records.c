/*
 * fuzz_records.c - any bytes as bulk input: the record reader in line and CSV modes, and
 * CSV field splitting. Every record must come out bounded, nothing read out of range.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <jansson.h>
#include <stdlib.h>

#include "json_flat.h"
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

/* The fast reader may only accept what Jansson accepts: a difference is a finding. */
static void check_flat_against_jansson(const uint8_t *data, size_t size)
{
    flat_record r;
    if (flat_parse((const char *)data, size, &r) != 0)
        return;
    json_t *j = json_loadb((const char *)data, size, JSON_REJECT_DUPLICATES, NULL);
    if (!j || !json_is_object(j))
        abort();
    strbuf b = {0};
    for (int i = 0; i < r.nkeys; i++) {
        if (r.values[i].kind != FLAT_STRING)
            continue;
        b.len = 0;
        flat_decode(&r.values[i], &b);
        json_t *v = json_object_getn(j, r.keys[i].start, r.keys[i].len);
        if (!json_is_string(v) || json_string_length(v) != b.len ||
            memcmp(json_string_value(v), b.data ? b.data : "", b.len))
            abort();
    }
    sb_free(&b);
    json_decref(j);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    check_flat_against_jansson(data, size);
    read_all(data, size, 0);
    read_all(data, size, 1);
    return 0;
}
