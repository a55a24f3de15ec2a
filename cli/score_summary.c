/*
 * score_summary.c - what an analyst reads after a bulk run: counts by language, mindset
 * label and verdict per network, the five-purposes profile of the whole input (10 points,
 * as the seed's self-assessment), a histogram of the mindset score, the first errors, and
 * per group (--group-field, e.g. the author) the purpose split and mindset mix.
 */
#include <stdlib.h>
#include <string.h>

#include "score.h"

#define HIST_BINS 10
#define FIRST_ERRORS 5
#define MAX_RECORD_NETWORKS 32

typedef struct {
    char *name;
    long n;
    long labels[4];
    double purposes[MINDSET_PURPOSE_COUNT];
} group_stats;

struct score_summary {
    const score_config *cfg;
    long records, errors;
    long langs[3], labels[4];
    long verdicts[SCORE_MAX_NETWORKS][3];
    const char *record_networks[MAX_RECORD_NETWORKS];
    long record_verdicts[MAX_RECORD_NETWORKS][3];
    int nrecord_networks;
    double purposes[MINDSET_PURPOSE_COUNT];
    long hist[HIST_BINS];
    char first_errors[FIRST_ERRORS][300];
    group_stats *groups; /* open addressing, cap a power of two */
    size_t ngroups, capgroups;
};

static const char *const lang_names[] = {"unknown", "en", "nl"};
static const char *const label_names[] = {"unknown", "personal", "professional", "mixed"};
static const char *const verdict_names[] = {"fit", "borderline", "misfit"};

score_summary *summary_new(const score_config *cfg, const mindset_engine *engine)
{
    (void)engine;
    score_summary *s = calloc(1, sizeof *s);
    if (s)
        s->cfg = cfg;
    return s;
}

static size_t hash_name(const char *s)
{
    size_t h = 5381;
    while (*s)
        h = h * 33 + (unsigned char)*s++;
    return h;
}

static int grow_groups(score_summary *s)
{
    size_t cap = s->capgroups ? s->capgroups * 2 : 64;
    group_stats *g = calloc(cap, sizeof *g);
    if (!g)
        return -1;
    for (size_t i = 0; i < s->capgroups; i++) {
        if (!s->groups[i].name)
            continue;
        size_t k = hash_name(s->groups[i].name) & (cap - 1);
        while (g[k].name)
            k = (k + 1) & (cap - 1);
        g[k] = s->groups[i];
    }
    free(s->groups);
    s->groups = g;
    s->capgroups = cap;
    return 0;
}

/* The group named name; takes ownership of name. NULL on OOM. */
static group_stats *find_group(score_summary *s, char *name)
{
    if ((s->ngroups + 1) * 2 > s->capgroups && grow_groups(s) != 0)
        return NULL;
    size_t k = hash_name(name) & (s->capgroups - 1);
    while (s->groups[k].name && strcmp(s->groups[k].name, name) != 0)
        k = (k + 1) & (s->capgroups - 1);
    if (s->groups[k].name)
        free(name);
    else {
        s->groups[k].name = name;
        s->ngroups++;
    }
    return &s->groups[k];
}

static void add_group(score_summary *s, const record_stats *st)
{
    group_stats *g = find_group(s, st->group);
    if (!g)
        return;
    g->n++;
    g->labels[st->label]++;
    for (int i = 0; i < MINDSET_PURPOSE_COUNT; i++)
        g->purposes[i] += st->purposes[i];
}

static void add_record_network(score_summary *s, const record_stats *st)
{
    int i = 0;
    while (i < s->nrecord_networks &&
           strcmp(s->record_networks[i], st->record_network) != 0)
        i++;
    if (i == MAX_RECORD_NETWORKS)
        return;
    if (i == s->nrecord_networks)
        s->record_networks[s->nrecord_networks++] = st->record_network;
    if (st->record_verdict >= 0)
        s->record_verdicts[i][st->record_verdict]++;
}

static void add_error(score_summary *s, const record_stats *st)
{
    if (s->errors < FIRST_ERRORS)
        snprintf(s->first_errors[s->errors], sizeof s->first_errors[0], "%s:%ld: %s",
                 st->file, st->line, st->error);
    s->errors++;
}

void summary_add(score_summary *s, const record_stats *st)
{
    s->records++;
    if (!st->ok) {
        add_error(s, st);
        free(st->group);
        return;
    }
    s->langs[st->lang]++;
    s->labels[st->label]++;
    for (int i = 0; i < s->cfg->nnetworks; i++)
        if (st->verdicts[i] >= 0)
            s->verdicts[i][st->verdicts[i]]++;
    if (st->record_network)
        add_record_network(s, st);
    for (int i = 0; i < MINDSET_PURPOSE_COUNT; i++)
        s->purposes[i] += st->purposes[i];
    int bin = (int)((st->score + 1.0) / 2.0 * HIST_BINS);
    s->hist[bin < 0 ? 0 : bin >= HIST_BINS ? HIST_BINS - 1 : bin]++;
    if (st->group)
        add_group(s, st);
}

long summary_errors(const score_summary *s)
{
    return s->errors;
}
long summary_records(const score_summary *s)
{
    return s->records;
}

static double percent(long part, long whole)
{
    return whole ? 100.0 * part / whole : 0;
}

static void write_counts(FILE *to, const char *title, const char *const *names,
                         const long *counts, int n, long whole)
{
    if (*title)
        fprintf(to, "  %-10s", title);
    for (int i = 0; i < n; i++)
        fprintf(to, " %s %ld (%.1f%%)%s", names[i], counts[i], percent(counts[i], whole),
                i + 1 < n ? "," : "\n");
}

static void write_purposes(FILE *to, const char *indent, const double *weights)
{
    int points[MINDSET_PURPOSE_COUNT];
    mindset_purposes_split(weights, points);
    fprintf(to, "%s", indent);
    for (size_t i = 0; i < MINDSET_PURPOSE_COUNT; i++)
        fprintf(to, " %s %d", mindset_purpose_name(i), points[i]);
    fputc('\n', to);
}

static void write_histogram(FILE *to, const score_summary *s)
{
    long most = 1;
    for (int i = 0; i < HIST_BINS; i++)
        most = s->hist[i] > most ? s->hist[i] : most;
    fputs("  mindset score (personal -1 .. +1 professional):\n", to);
    for (int i = 0; i < HIST_BINS; i++) {
        double lo = -1.0 + 2.0 * i / HIST_BINS;
        fprintf(to, "    %+.1f..%+.1f |", lo, lo + 2.0 / HIST_BINS);
        for (long k = 0; k < s->hist[i] * 40 / most; k++)
            fputc('#', to);
        fprintf(to, " %ld\n", s->hist[i]);
    }
}

static void write_groups(FILE *to, const score_summary *s)
{
    if (!s->cfg->group_field)
        return;
    fprintf(to, "  by %s (%zu groups): posts, mindset mix, purposes (10 points)\n",
            s->cfg->group_field, s->ngroups);
    for (size_t i = 0; i < s->capgroups; i++) {
        const group_stats *g = &s->groups[i];
        if (!g->name)
            continue;
        fprintf(to,
                "    %-20s %5ld  personal %ld, professional %ld, mixed %ld, unknown %ld\n",
                g->name, g->n, g->labels[1], g->labels[2], g->labels[3], g->labels[0]);
        write_purposes(to, "                               ", g->purposes);
    }
}

static void write_verdicts(FILE *to, const score_summary *s)
{
    long scored = s->records - s->errors;
    for (int i = 0; i < s->cfg->nnetworks; i++) {
        fprintf(to, "  verdicts for %s:", s->cfg->networks[i]);
        write_counts(to, "", verdict_names, s->verdicts[i], 3, scored);
    }
    for (int i = 0; i < s->nrecord_networks; i++) {
        fprintf(to, "  verdicts for %s (%s):", s->record_networks[i],
                s->cfg->network_field);
        write_counts(to, "", verdict_names, s->record_verdicts[i], 3, scored);
    }
}

void summary_write(const score_summary *s, FILE *to)
{
    long scored = s->records - s->errors;
    fprintf(to, "mindset score: %ld record%s, %ld scored, %ld error%s\n", s->records,
            plural_s(s->records), scored, s->errors, plural_s(s->errors));
    write_counts(to, "language", lang_names, s->langs, 3, scored);
    write_counts(to, "mindset", label_names, s->labels, 4, scored);
    write_verdicts(to, s);
    write_purposes(to, "  purposes (10 points):", s->purposes);
    write_histogram(to, s);
    write_groups(to, s);
    for (long i = 0; i < s->errors && i < FIRST_ERRORS; i++)
        fprintf(to, "  %s %s\n", i == 0 ? "errors:" : "       ", s->first_errors[i]);
}

void summary_free(score_summary *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->capgroups; i++)
        free(s->groups[i].name);
    free(s->groups);
    free(s);
}
