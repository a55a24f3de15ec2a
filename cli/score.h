/* score.h - pieces of `mindset score` (bulk scoring): input records, workers, summary. */
#ifndef MINDSET_CLI_SCORE_H
#define MINDSET_CLI_SCORE_H

#include <stdio.h>

#include "mindset.h"
#include "strbuf.h"

typedef enum { IN_JSONL, IN_CSV, IN_TSV, IN_TEXT } input_format;
typedef enum { OUT_JSONL, OUT_CSV } output_format;

/* Largest input record (line or CSV record) accepted, in bytes. */
#define SCORE_MAX_RECORD (4u * 1024u * 1024u)
#define SCORE_MAX_NETWORKS 32
#define SCORE_MAX_KEEP 16
#define SCORE_MAX_DISABLE 64

/* "s" unless n is one: "1 error", "2 errors", "0 errors". */
static inline const char *plural_s(long n)
{
    return n == 1 ? "" : "s";
}

typedef struct {
    input_format in;
    output_format out;
    const char *text_field, *id_field, *lang_field, *network_field, *group_field;
    const char *keep[SCORE_MAX_KEEP];
    int nkeep;
    const char *networks[SCORE_MAX_NETWORKS];
    int nnetworks;
    const char *disable[SCORE_MAX_DISABLE]; /* rules turned off (--disable) */
    int ndisable;
    mindset_lang lang;
    int jobs;
    const char *summary; /* NULL: stderr; "-": stdout */
    int progress;
    /* CSV/TSV: column index of each field, from the header (-1 when absent) */
    int col_text, col_id, col_lang, col_network, col_group;
    int col_keep[SCORE_MAX_KEEP];
} score_config;

/* One input record as read: raw bytes and where they came from. */
typedef struct {
    size_t off, len; /* into the batch's bytes */
    const char *file;
    long line;
    int too_long; /* the record was cut at SCORE_MAX_RECORD and discarded */
} raw_record;

/* What the summary needs from one scored record. */
typedef struct {
    int ok;
    int lang;  /* 0 unknown, 1 en, 2 nl */
    int label; /* 0 unknown, 1 personal, 2 professional, 3 mixed */
    double score;
    double purposes[MINDSET_PURPOSE_COUNT];
    signed char verdicts[SCORE_MAX_NETWORKS]; /* -1 none, 0 fit, 1 borderline, 2 misfit */
    const char *record_network; /* canonical name of the record's own network, or NULL */
    signed char record_verdict;
    char *group;
    char error[256];
    const char *file;
    long line;
} record_stats;

/* ---- input (score_input.c) ---- */

typedef struct {
    FILE *f;
    const char *name;
    long line; /* lines consumed so far */
    char *buf;
    size_t start, end, cap;
    int eof;
    int first; /* before the first byte: strip a BOM */
} record_reader;

int reader_open(record_reader *r, const char *path);
void reader_close(record_reader *r);
/* Next record (a line, or a CSV record that may span lines). Returns 1 with a record,
   0 at the end, -1 on a read error (message printed). The bytes are valid until the next
   call. */
int reader_next(record_reader *r, int csv, const char **data, size_t *len, long *line,
                int *too_long);

/* Splits one CSV/TSV record into fields (unquoting into store). Returns the field count,
   or -1 on a malformed record (message in err). */
int csv_split(const char *rec, size_t len, char sep, strbuf *store, size_t *offs,
              size_t *lens, int max, char *err, size_t errlen);

/* ---- one record (score_record.c) ---- */

typedef struct {
    const score_config *cfg;
    const mindset_engine *engine;
    mindset_scratch *scratch;
    strbuf fields; /* CSV unquoting */
    strbuf out;
    /* a record's id, kept fields and decoded strings: emptied for each record, kept
       with their memory so that records do not allocate */
    strbuf id, keep, decoded;
} record_worker;

/* Scores one record and appends its output line to w->out; fills st. */
void score_record(record_worker *w, const char *rec, const raw_record *raw,
                  record_stats *st);

/* ---- summary (score_summary.c) ---- */

typedef struct score_summary score_summary;
score_summary *summary_new(const score_config *cfg, const mindset_engine *engine);
void summary_add(score_summary *s, const record_stats *st);
long summary_errors(const score_summary *s);
long summary_records(const score_summary *s);
void summary_write(const score_summary *s, FILE *to);
void summary_free(score_summary *s);

#endif
