/*
 * cmd_score.c - `mindset score`: bulk scoring as a pure line-in/line-out filter. Records
 * are read in batches; while worker threads score one batch, the main thread writes the
 * batch before and reads the next, then scores alongside them. Every thread takes chunks
 * of the batch from a shared counter, so the main thread's reading and writing, a run of
 * long posts or a preempted thread does not leave a core idle. Output keeps input order
 * whatever --jobs is, and memory stays bounded by the batch size. Exit 0: every record
 * scored; 1: some records were errors (each one is an error record in the output and
 * counted in the summary); 2: usage or I/O error.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "score.h"

#define BATCH_RECORDS 4096
#define BATCH_BYTES (8u << 20)
#define MAX_JOBS 64
#define CHUNK_RECORDS 16
#define BATCH_CHUNKS (BATCH_RECORDS / CHUNK_RECORDS)

/* Where the output of one chunk of records went: a range of one job's buffer. */
typedef struct {
    int job;
    size_t off, len;
} chunk_output;

typedef struct {
    raw_record *recs;
    record_stats *stats;
    size_t n;
    strbuf bytes;
    /* The next chunk a worker may take, on a cache line of its own: every take writes
       it, and the fields above are read for every record. */
    _Alignas(64) atomic_size_t next_chunk;
    _Alignas(64) chunk_output chunks[BATCH_CHUNKS];
    strbuf out[MAX_JOBS]; /* each job's output for this batch */
} batch;

/* The worker threads live for the whole run; the main thread hands them a batch by
   bumping round and waits until pending is back to 0. */
typedef struct {
    pthread_mutex_t lock;
    pthread_cond_t go, done;
    unsigned long round;
    int pending; /* threads still scoring this round */
    int quit;
    batch *b;
} crew;

/* Each job on cache lines of its own: a thread writes its buffer lengths for every record,
   and a neighbour reading its own engine and scratch pointers from the same line would
   miss on every record. */
typedef struct {
    _Alignas(64) record_worker w;
    int index;
    crew *crew;
    pthread_t thread;
} job;

typedef struct {
    score_config cfg;
    const char **files;
    int nfiles;
    int help;
} score_args;

static void usage(void)
{
    puts("usage: mindset score [--network NAME ...] [--input-format jsonl|csv|tsv|text]\n"
         "                     [--text-field F] [--id-field F] [--lang-field F]\n"
         "                     [--network-field F] [--group-field F] [--keep-fields F,G]\n"
         "                     [--lang en|nl|auto] [--disable RULE,...]\n"
         "                     [--format jsonl|csv] [--jobs N] [--summary FILE|-]\n"
         "                     [--no-progress] [--lexicons DIR]\n"
         "                     [FILE ... | -]\n"
         "\n"
         "Scores every record: one output line per input record, in input order. Reads\n"
         "stdin when no FILE is given. A record that cannot be read or scored becomes\n"
         "{\"id\",\"line\",\"error\"} and is counted; nothing is dropped. The summary goes "
         "to\n"
         "stderr (or --summary FILE, '-' for stdout). --disable turns rules off in every\n"
         "verdict (see 'mindset rules').\n"
         "\n"
         "Exit status: 0 every record scored, 1 some records were errors, 2 usage or I/O\n"
         "error.");
}

/* ---- options ---- */

static int parse_jobs(const char *v, int *jobs)
{
    char *end;
    long n = strtol(v, &end, 10);
    if (*end || n < 1 || n > MAX_JOBS) {
        fprintf(stderr, "mindset score: --jobs must be 1..%d\n", MAX_JOBS);
        return -1;
    }
    *jobs = (int)n;
    return 0;
}

static int parse_input_format(const char *v, input_format *f)
{
    static const char *const names[] = {"jsonl", "csv", "tsv", "text"};
    for (int i = 0; i < 4; i++)
        if (strcmp(v, names[i]) == 0) {
            *f = (input_format)i;
            return 0;
        }
    fprintf(stderr, "mindset score: unknown input format '%s' (jsonl, csv, tsv, text)\n",
            v);
    return -1;
}

/* A kept field must not clash with a key every output record has, and must be
   writable as a JSON key as it is. */
static int keep_name_is_free(const char *name)
{
    static const char *const taken[] = {"id",       "line",     "file",
                                        "lang",     "mindset",  "error",
                                        "verdicts", "purposes", "content_types"};
    for (size_t i = 0; i < sizeof taken / sizeof *taken; i++)
        if (strcmp(name, taken[i]) == 0) {
            fprintf(stderr,
                    "mindset score: --keep-fields: '%s' is in every record already\n",
                    name);
            return 0;
        }
    for (const char *p = name; *p; p++)
        if (*p == '"' || *p == '\\' || (unsigned char)*p < 0x20) {
            fprintf(stderr,
                    "mindset score: --keep-fields: '%s' has a quote, backslash or "
                    "control character\n",
                    name);
            return 0;
        }
    return 1;
}

static int keep_name_is_new(const score_config *c, const char *name)
{
    if (!*name) {
        fputs("mindset score: --keep-fields: an empty field name\n", stderr);
        return 0;
    }
    for (int k = 0; k < c->nkeep; k++)
        if (strcmp(c->keep[k], name) == 0) {
            fprintf(stderr, "mindset score: --keep-fields: '%s' named twice\n", name);
            return 0;
        }
    return 1;
}

/* Cuts the comma-separated list v in place and hands each item to take, in order; stops
   at the first item take turns away (-1). */
static int split_list(char *v, int (*take)(char *item, score_config *c), score_config *c)
{
    for (char *item = v, *comma; item; item = comma ? comma + 1 : NULL) {
        comma = strchr(item, ',');
        if (comma)
            *comma = '\0';
        if (take(item, c) != 0)
            return -1;
    }
    return 0;
}

/* One name of --keep-fields. */
static int take_keep(char *name, score_config *c)
{
    if (c->nkeep == SCORE_MAX_KEEP) {
        fprintf(stderr, "mindset score: at most %d --keep-fields\n", SCORE_MAX_KEEP);
        return -1;
    }
    if (!keep_name_is_new(c, name) || !keep_name_is_free(name))
        return -1;
    c->keep[c->nkeep++] = name;
    return 0;
}

/* The value of option name at argv[*i] ("--name V" or "--name=V"), or NULL. */
static const char *value_of(int argc, char **argv, int *i, const char *name)
{
    size_t n = strlen(name);
    const char *a = argv[*i];
    if (strncmp(a, name, n) != 0)
        return NULL;
    if (a[n] == '=')
        return a + n + 1;
    if (a[n] == '\0' && *i + 1 < argc)
        return argv[++*i];
    return NULL;
}

/* One rule of --disable, checked by name; an empty item ("a,,b") is passed over. */
static int take_disable(char *name, score_config *c)
{
    if (!*name)
        return 0;
    if (!mindset_rule_known(name)) {
        fprintf(stderr,
                "mindset score: unknown rule '%s' in --disable (see 'mindset rules')\n",
                name);
        return -1;
    }
    if (c->ndisable == SCORE_MAX_DISABLE) {
        fprintf(stderr, "mindset score: at most %d rules in --disable\n",
                SCORE_MAX_DISABLE);
        return -1;
    }
    c->disable[c->ndisable++] = name;
    return 0;
}

static int take_value(score_args *s, const char *opt, char *v, const char **lexicons)
{
    score_config *c = &s->cfg;
    if (!strcmp(opt, "--network")) {
        if (c->nnetworks == SCORE_MAX_NETWORKS)
            return -1;
        c->networks[c->nnetworks++] = v;
    } else if (!strcmp(opt, "--input-format"))
        return parse_input_format(v, &c->in);
    else if (!strcmp(opt, "--format")) {
        if (strcmp(v, "jsonl") && strcmp(v, "csv")) {
            fprintf(stderr, "mindset score: unknown format '%s' (jsonl, csv)\n", v);
            return -1;
        }
        c->out = !strcmp(v, "csv") ? OUT_CSV : OUT_JSONL;
    } else if (!strcmp(opt, "--text-field"))
        c->text_field = v;
    else if (!strcmp(opt, "--id-field"))
        c->id_field = v;
    else if (!strcmp(opt, "--lang-field"))
        c->lang_field = v;
    else if (!strcmp(opt, "--network-field"))
        c->network_field = v;
    else if (!strcmp(opt, "--group-field"))
        c->group_field = v;
    else if (!strcmp(opt, "--keep-fields"))
        return split_list(v, take_keep, c);
    else if (!strcmp(opt, "--disable"))
        return split_list(v, take_disable, c);
    else if (!strcmp(opt, "--jobs"))
        return parse_jobs(v, &c->jobs);
    else if (!strcmp(opt, "--summary"))
        c->summary = v;
    else if (!strcmp(opt, "--lexicons"))
        *lexicons = v;
    else if (!strcmp(opt, "--lang")) {
        if (mindset_lang_parse(v, &c->lang) != MINDSET_OK) {
            fprintf(stderr, "mindset score: unknown language '%s' (en, nl, auto)\n", v);
            return -1;
        }
    } else
        return 1;
    return 0;
}

static const char *const valued[] = {
    "--network",    "--input-format",  "--format",      "--text-field",  "--id-field",
    "--lang-field", "--network-field", "--group-field", "--keep-fields", "--jobs",
    "--summary",    "--lexicons",      "--lang",        "--disable"};

static int parse_args(int argc, char **argv, score_args *s, const char **lexicons)
{
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        int matched = 0;
        for (size_t k = 0; k < sizeof valued / sizeof *valued && !matched; k++) {
            char *v = (char *)value_of(argc, argv, &i, valued[k]);
            if (!v)
                continue;
            matched = 1;
            if (take_value(s, valued[k], v, lexicons) != 0)
                return -1;
        }
        if (matched)
            continue;
        if (!strcmp(a, "--no-progress"))
            s->cfg.progress = 0;
        else if (!strcmp(a, "--help") || !strcmp(a, "-h"))
            s->help = 1;
        else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "mindset score: unknown option or missing value '%s'\n", a);
            return -1;
        } else
            s->files[s->nfiles++] = a;
    }
    return 0;
}

/* Checks --network names and stores their canonical names. */
static int canonical_networks(score_config *c, const mindset_engine *e)
{
    for (int i = 0; i < c->nnetworks; i++) {
        const char *name = mindset_engine_network_canonical(e, c->networks[i]);
        if (!name) {
            fprintf(stderr,
                    "mindset score: unknown network '%s' (see 'mindset networks')\n",
                    c->networks[i]);
            return -1;
        }
        c->networks[i] = name;
    }
    return 0;
}

/* ---- CSV header ---- */

static int find_column(const strbuf *store, const size_t *offs, int n, const char *name)
{
    for (int i = 0; name && i < n; i++)
        if (strcmp(store->data + offs[i], name) == 0)
            return i;
    return -1;
}

static int read_header(record_reader *r, score_config *c)
{
    const char *data;
    size_t len, offs[256], lens[256];
    long line;
    int too_long;
    char err[200];
    strbuf store = {0};
    int n = reader_next(r, 1, &data, &len, &line, &too_long);
    if (n <= 0 || too_long) {
        fprintf(stderr, "mindset score: %s: missing header row\n", r->name);
        return -1;
    }
    n = csv_split(data, len, c->in == IN_TSV ? '\t' : ',', &store, offs, lens, 256, err,
                  sizeof err);
    if (n < 0 || find_column(&store, offs, n, c->text_field) < 0) {
        fprintf(stderr, "mindset score: %s:1: header has no \"%s\" column%s%s\n", r->name,
                c->text_field, n < 0 ? ": " : "", n < 0 ? err : "");
        sb_free(&store);
        return -1;
    }
    c->col_text = find_column(&store, offs, n, c->text_field);
    c->col_id = find_column(&store, offs, n, c->id_field);
    c->col_lang = find_column(&store, offs, n, c->lang_field);
    c->col_network = find_column(&store, offs, n, c->network_field);
    c->col_group = find_column(&store, offs, n, c->group_field);
    int missing = -1;
    for (int k = 0; k < c->nkeep; k++)
        if ((c->col_keep[k] = find_column(&store, offs, n, c->keep[k])) < 0 && missing < 0)
            missing = k;
    sb_free(&store);
    if (missing >= 0) {
        fprintf(stderr,
                "mindset score: %s:1: header has no \"%s\" column (--keep-fields)\n",
                r->name, c->keep[missing]);
        return -1;
    }
    return 0;
}

static void write_csv_header(const score_config *c, FILE *out)
{
    fputs("id", out);
    for (int k = 0; k < c->nkeep; k++)
        fprintf(out, ",%s", c->keep[k]);
    fputs(",lang,label,score,coverage,types", out);
    for (int i = 0; i < c->nnetworks; i++)
        fprintf(out, ",verdict_%s", c->networks[i]);
    if (c->network_field)
        fputs(",network,network_verdict", out);
    for (size_t i = 0; i < MINDSET_PURPOSE_COUNT; i++)
        fprintf(out, ",%s", mindset_purpose_name(i));
    fputs(",error,line\n", out);
}

/* ---- batches and workers ---- */

static int batch_add(batch *b, const char *file, const char *data, size_t len, long line,
                     int too_long)
{
    raw_record *r = &b->recs[b->n++];
    r->off = b->bytes.len;
    r->len = len;
    r->file = file;
    r->line = line;
    r->too_long = too_long;
    char *to = sb_room(&b->bytes, len + 1); /* the record and its NUL */
    if (!to)
        return -1;
    if (len)
        memcpy(to, data, len);
    to[len] = '\0';
    sb_commit(&b->bytes, to + len + 1);
    return 0;
}

typedef struct {
    record_reader reader;
    const char **files;
    int nfiles, next_file, open;
    const score_config *cfg;
    long bytes_read;
} input_stream;

static int open_next(input_stream *in)
{
    if (in->next_file >= in->nfiles)
        return 0;
    if (reader_open(&in->reader, in->files[in->next_file++]) != 0)
        return -1;
    in->open = 1;
    if (in->cfg->in == IN_CSV || in->cfg->in == IN_TSV)
        return read_header(&in->reader, (score_config *)in->cfg) == 0 ? 1 : -1;
    return 1;
}

/* Fills b with up to BATCH_RECORDS records; returns 0, or -1 on a read error. */
static int fill_batch(input_stream *in, batch *b)
{
    int csv = in->cfg->in == IN_CSV || in->cfg->in == IN_TSV;
    b->n = 0;
    b->bytes.len = 0;
    while (b->n < BATCH_RECORDS && b->bytes.len < BATCH_BYTES) {
        if (!in->open) {
            int rc = open_next(in);
            if (rc <= 0)
                return rc;
        }
        const char *data;
        size_t len;
        long line;
        int too_long;
        int rc = reader_next(&in->reader, csv, &data, &len, &line, &too_long);
        if (rc < 0)
            return -1;
        if (rc == 0) {
            reader_close(&in->reader);
            in->open = 0;
            continue;
        }
        in->bytes_read += (long)len + 1;
        if (batch_add(b, in->reader.name, data, len, line, too_long) != 0)
            return -1;
    }
    return 0;
}

/* Scores chunks of j->b until none is left; the output goes to the batch's buffer for
   this job, and each chunk notes where its lines are. */
static void score_chunks(job *j, batch *b)
{
    j->w.out = b->out[j->index];
    j->w.out.len = 0;
    for (;;) {
        size_t c = atomic_fetch_add_explicit(&b->next_chunk, 1, memory_order_relaxed);
        size_t lo = c * CHUNK_RECORDS;
        if (lo >= b->n)
            break;
        size_t hi = lo + CHUNK_RECORDS < b->n ? lo + CHUNK_RECORDS : b->n;
        size_t start = j->w.out.len;
        for (size_t i = lo; i < hi; i++)
            score_record(&j->w, b->bytes.data + b->recs[i].off, &b->recs[i], &b->stats[i]);
        b->chunks[c] = (chunk_output){j->index, start, j->w.out.len - start};
    }
    b->out[j->index] = j->w.out;
}

/* A worker thread: scores its share of each round's batch until told to quit. */
static void *worker_main(void *arg)
{
    job *j = arg;
    crew *c = j->crew;
    unsigned long seen = 0;
    pthread_mutex_lock(&c->lock);
    for (;;) {
        while (c->round == seen && !c->quit)
            pthread_cond_wait(&c->go, &c->lock);
        if (c->quit)
            break;
        seen = c->round;
        batch *b = c->b;
        pthread_mutex_unlock(&c->lock);
        score_chunks(j, b);
        pthread_mutex_lock(&c->lock);
        if (--c->pending == 0)
            pthread_cond_signal(&c->done);
    }
    pthread_mutex_unlock(&c->lock);
    return NULL;
}

/* Starts threads for jobs 1..njobs-1 and returns how many started (fewer when the system
   refuses: the main thread then takes their share, as every job takes chunks from one
   counter). Job 0 is the main thread. */
static int start_crew(crew *c, job *jobs, int njobs)
{
    pthread_mutex_init(&c->lock, NULL);
    pthread_cond_init(&c->go, NULL);
    pthread_cond_init(&c->done, NULL);
    int started = 0;
    for (int k = 0; k < njobs; k++) {
        jobs[k].index = k;
        jobs[k].crew = c;
        if (k > 0 && pthread_create(&jobs[k].thread, NULL, worker_main, &jobs[k]) == 0)
            started++;
        else if (k > 0)
            break;
    }
    return started;
}

static void stop_crew(crew *c, job *jobs, int started)
{
    pthread_mutex_lock(&c->lock);
    c->quit = 1;
    pthread_cond_broadcast(&c->go);
    pthread_mutex_unlock(&c->lock);
    for (int k = 1; k <= started; k++)
        pthread_join(jobs[k].thread, NULL);
    pthread_cond_destroy(&c->done);
    pthread_cond_destroy(&c->go);
    pthread_mutex_destroy(&c->lock);
}

/* Hands b to the worker threads; the main thread joins in with finish_batch once it has
   written the batch before and read the next, so N jobs use N cores and never one more. */
static void start_batch(crew *c, int threads, batch *b)
{
    atomic_store(&b->next_chunk, 0);
    pthread_mutex_lock(&c->lock);
    c->b = b;
    c->pending = threads;
    c->round++;
    pthread_cond_broadcast(&c->go);
    pthread_mutex_unlock(&c->lock);
}

/* The main thread scores what is left of the batch, then waits for the workers. */
static void finish_batch(crew *c, job *main_job, batch *b)
{
    score_chunks(main_job, b);
    pthread_mutex_lock(&c->lock);
    while (c->pending > 0)
        pthread_cond_wait(&c->done, &c->lock);
    pthread_mutex_unlock(&c->lock);
}

/* Writes a scored batch's lines in input order and adds its records to the summary. */
static int write_batch(int njobs, batch *b, score_summary *sum)
{
    for (int k = 0; k < njobs; k++)
        if (b->out[k].failed)
            return -1;
    size_t nchunks = (b->n + CHUNK_RECORDS - 1) / CHUNK_RECORDS;
    for (size_t c = 0; c < nchunks; c++) {
        const chunk_output *o = &b->chunks[c];
        if (o->len)
            fwrite(b->out[o->job].data + o->off, 1, o->len, stdout);
    }
    for (size_t i = 0; i < b->n; i++)
        summary_add(sum, &b->stats[i]);
    b->n = 0;
    return ferror(stdout) ? -1 : 0;
}

/* ---- progress ---- */

typedef struct {
    struct timespec start, last;
    long total_bytes; /* -1 when unknown */
} progress;

static double seconds_since(const struct timespec *t)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - t->tv_sec) + (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

static void show_progress(progress *p, const score_summary *s, long bytes, int final)
{
    if (!final && seconds_since(&p->last) < 0.5)
        return;
    clock_gettime(CLOCK_MONOTONIC, &p->last);
    double t = seconds_since(&p->start);
    double rate = t > 0 ? summary_records(s) / t : 0;
    long records = summary_records(s), errors = summary_errors(s);
    fprintf(stderr, "\r%ld record%s, %.0f posts/s, %.1f MB/s, %ld error%s", records,
            plural_s(records), rate, t > 0 ? bytes / t / 1e6 : 0, errors, plural_s(errors));
    if (p->total_bytes > 0 && bytes > 0 && !final)
        fprintf(stderr, ", ETA %.0fs",
                t * (double)(p->total_bytes - bytes) / (double)bytes);
    fputs(final ? "\n" : "   ", stderr);
}

static long total_size(const char **files, int n)
{
    long total = 0;
    struct stat st;
    for (int i = 0; i < n; i++) {
        if (strcmp(files[i], "-") == 0 || stat(files[i], &st) != 0 || !S_ISREG(st.st_mode))
            return -1;
        total += (long)st.st_size;
    }
    return total;
}

/* ---- the run ---- */

typedef struct {
    batch b[2];
    job jobs[MAX_JOBS];
    int njobs;
    crew crew;
    int threads; /* worker threads running beside the main thread */
    int crew_up;
} run_state;

static int run_init(run_state *rs, const score_config *cfg, const mindset_engine *e)
{
    for (int i = 0; i < 2; i++) {
        rs->b[i].recs = calloc(BATCH_RECORDS, sizeof *rs->b[i].recs);
        rs->b[i].stats = calloc(BATCH_RECORDS, sizeof *rs->b[i].stats);
        if (!rs->b[i].recs || !rs->b[i].stats)
            return -1;
    }
    for (int k = 0; k < rs->njobs; k++) {
        rs->jobs[k].w.cfg = cfg;
        rs->jobs[k].w.engine = e;
        if (mindset_scratch_new(e, &rs->jobs[k].w.scratch) != MINDSET_OK)
            return -1;
        mindset_scratch_warm(rs->jobs[k].w.scratch); /* a corpus will fill its caches */
    }
    rs->threads = start_crew(&rs->crew, rs->jobs, rs->njobs);
    rs->crew_up = 1;
    return 0;
}

static void run_free(run_state *rs)
{
    if (rs->crew_up)
        stop_crew(&rs->crew, rs->jobs, rs->threads);
    for (int i = 0; i < 2; i++) {
        free(rs->b[i].recs);
        free(rs->b[i].stats);
        sb_free(&rs->b[i].bytes);
    }
    for (int k = 0; k < rs->njobs; k++) {
        mindset_scratch_free(rs->jobs[k].w.scratch);
        sb_free(&rs->jobs[k].w.fields);
        sb_free(&rs->jobs[k].w.id);
        sb_free(&rs->jobs[k].w.keep);
        sb_free(&rs->jobs[k].w.decoded);
        for (int i = 0; i < 2; i++)
            sb_free(&rs->b[i].out[k]);
    }
}

/* Two batches take turns: while the workers score one, the main thread writes the other
   (scored the round before) and then reads the next records into it. */
static int pump(run_state *rs, input_stream *in, score_summary *sum, progress *pg, int show)
{
    int cur = 0, rc = fill_batch(in, &rs->b[cur]);
    while (rc == 0 && rs->b[cur].n > 0) {
        batch *other = &rs->b[!cur];
        start_batch(&rs->crew, rs->threads, &rs->b[cur]);
        if (other->n > 0)
            rc = write_batch(rs->njobs, other, sum);
        if (rc == 0)
            rc = fill_batch(in, other);
        finish_batch(&rs->crew, &rs->jobs[0], &rs->b[cur]);
        if (show)
            show_progress(pg, sum, in->bytes_read, 0);
        cur = !cur;
    }
    batch *last = &rs->b[!cur];
    if (last->n > 0 && write_batch(rs->njobs, last, sum) != 0)
        rc = -1;
    return rc;
}

static int default_jobs(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > MAX_JOBS ? MAX_JOBS : (int)n;
}

static int write_summary(const score_summary *sum, const char *where)
{
    FILE *to = !where ? stderr : strcmp(where, "-") == 0 ? stdout : fopen(where, "w");
    if (!to) {
        fprintf(stderr, "mindset score: cannot write summary to %s\n", where);
        return -1;
    }
    summary_write(sum, to);
    if (to != stderr && to != stdout)
        fclose(to);
    return 0;
}

/* Output goes out in large writes: a batch is written as one chunk of lines per 16
   records, and through stdio's default buffer each of them would be a write of its own
   (about 15,000 system calls for the 200k-post reference corpus, 240 with this buffer).
   Static, since stdio uses it until the process exits. */
static char stdout_buffer[1 << 18];

static int score_all(score_args *a, const mindset_engine *e)
{
    static const char *stdin_only[] = {"-"};
    setvbuf(stdout, stdout_buffer, _IOFBF, sizeof stdout_buffer);
    input_stream in = {.files = a->nfiles ? a->files : stdin_only,
                       .nfiles = a->nfiles ? a->nfiles : 1,
                       .cfg = &a->cfg};
    run_state rs = {.njobs = a->cfg.jobs};
    score_summary *sum = summary_new(&a->cfg, e);
    progress pg = {.total_bytes = total_size(in.files, in.nfiles)};
    clock_gettime(CLOCK_MONOTONIC, &pg.start);
    int show = a->cfg.progress && isatty(STDERR_FILENO);
    int rc = !sum || run_init(&rs, &a->cfg, e) != 0 ? -1 : 0;
    if (rc == 0 && a->cfg.out == OUT_CSV && a->cfg.in != IN_CSV && a->cfg.in != IN_TSV)
        write_csv_header(&a->cfg, stdout);
    if (rc == 0 && (a->cfg.in == IN_CSV || a->cfg.in == IN_TSV) && open_next(&in) < 0)
        rc = -1;
    if (rc == 0 && a->cfg.out == OUT_CSV && (a->cfg.in == IN_CSV || a->cfg.in == IN_TSV))
        write_csv_header(&a->cfg, stdout);
    if (rc == 0)
        rc = pump(&rs, &in, sum, &pg, show);
    if (in.open)
        reader_close(&in.reader);
    fflush(stdout);
    if (show)
        show_progress(&pg, sum, in.bytes_read, 1);
    if (sum && write_summary(sum, a->cfg.summary) != 0)
        rc = -1;
    int status = rc != 0 ? EXIT_USAGE : summary_errors(sum) ? EXIT_FINDINGS : EXIT_PASS;
    run_free(&rs);
    summary_free(sum);
    return status;
}

int cmd_score(int argc, char **argv)
{
    const char *files[256];
    score_args a = {.files = files};
    if (argc - 2 > 256) {
        fputs("mindset score: at most 254 files\n", stderr);
        return EXIT_USAGE;
    }
    a.cfg = (score_config){
        .text_field = "text", .id_field = "id", .jobs = default_jobs(), .progress = 1};
    const char *lexicons = NULL;
    if (parse_args(argc, argv, &a, &lexicons) != 0)
        return EXIT_USAGE;
    if (a.help) {
        usage();
        return EXIT_PASS;
    }
    if (a.cfg.in == IN_TEXT && a.cfg.nkeep) {
        fputs(
            "mindset score: --keep-fields needs fields: --input-format jsonl, csv or tsv\n",
            stderr);
        return EXIT_USAGE;
    }
    cli_options o = {.lexicons = lexicons};
    mindset_engine *e = NULL;
    if (cli_engine_new(&o, &e) != 0)
        return EXIT_USAGE;
    int rc = canonical_networks(&a.cfg, e) == 0 ? score_all(&a, e) : EXIT_USAGE;
    mindset_engine_free(e);
    return rc;
}
