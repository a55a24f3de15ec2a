/*
 * fuzz_records.c - any bytes as bulk input: the record reader in line and CSV modes, CSV
 * field splitting, and every line scored as a JSONL record with kept fields into JSONL
 * and CSV output. Every record must come out bounded, nothing read out of range, and
 * every JSONL output line must be one JSON object (Jansson reads it back).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <jansson.h>
#include <stdlib.h>

#include "json_flat.h"
#include "score.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A record reader over the input bytes; 0, or -1 with nothing left open. */
static int open_reader(const uint8_t *data, size_t size, record_reader *r)
{
    FILE *f = fmemopen((void *)data, size, "rb");
    if (!f)
        return -1;
    if (reader_open(r, "/dev/null") != 0) {
        fclose(f);
        return -1;
    }
    fclose(r->f);
    r->f = f;
    return 0;
}

static void read_all(const uint8_t *data, size_t size, int csv)
{
    record_reader r;
    if (open_reader(data, size, &r) != 0)
        return;
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

/* A worker as `mindset score --keep-fields a,who --network linkedin --network-field net
   --lang-field lang --group-field g` sets one up, with JSONL or CSV output. */
static record_worker *worker(output_format out)
{
    static mindset_engine *engine;
    static mindset_scratch *scratch;
    static score_config cfg[2];
    static record_worker w[2];
    if (!engine) {
        if (mindset_engine_new(NULL, &engine, NULL) != MINDSET_OK ||
            mindset_scratch_new(engine, &scratch) != MINDSET_OK)
            abort();
        for (int i = 0; i < 2; i++) {
            cfg[i] = (score_config){.in = IN_JSONL,
                                    .out = i ? OUT_CSV : OUT_JSONL,
                                    .text_field = "text",
                                    .id_field = "id",
                                    .lang_field = "lang",
                                    .network_field = "net",
                                    .group_field = "g",
                                    .keep = {"a", "who"},
                                    .nkeep = 2,
                                    .networks = {"linkedin"},
                                    .nnetworks = 1};
            w[i] = (record_worker){.cfg = &cfg[i], .engine = engine, .scratch = scratch};
        }
    }
    return &w[out];
}

/* Scores every line as a JSONL record into both outputs; a JSONL output line that is not
   one JSON object is a finding. */
static void score_lines(const uint8_t *data, size_t size)
{
    record_reader r;
    if (open_reader(data, size, &r) != 0)
        return;
    const char *rec;
    size_t len;
    long line;
    int too_long;
    while (reader_next(&r, 0, &rec, &len, &line, &too_long) == 1)
        for (int out = OUT_JSONL; out <= OUT_CSV; out++) {
            record_worker *w = worker((output_format)out);
            raw_record raw = {
                .len = len, .file = "fuzz", .line = line, .too_long = too_long};
            record_stats st;
            w->out.len = 0;
            score_record(w, rec, &raw, &st);
            free(st.group);
            if (out == OUT_JSONL) {
                json_t *j = json_loadb(w->out.data, w->out.len, 0, NULL);
                if (!json_is_object(j))
                    abort();
                json_decref(j);
            }
        }
    reader_close(&r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    check_flat_against_jansson(data, size);
    read_all(data, size, 0);
    read_all(data, size, 1);
    score_lines(data, size);
    return 0;
}
