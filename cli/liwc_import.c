/*
 * liwc_import.c - converts a LIWC-format dictionary (.dic: a '%'-delimited category header,
 * then "term<TAB>ids") into our .lex format and a categories.def fragment, so people can
 * bring the dictionaries they already have. Problems are reported as file:line on stderr.
 *
 * LIWC counts a term without '*' only when the word is spelt exactly so, which our format
 * says with an exact word ("boss") and, in a phrase, with each word in quotes ("kind"
 * "of"); --stemmed writes such terms as plain entries instead, which also catch their
 * inflections (boss, bosses). Wildcards, and phrases holding one, are kept as written.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "liwc_import.h"

#define LIWC_MAX_CATEGORIES 512
#define EXACT_MAX_BYTES 31 /* as the lexicon format allows */

typedef struct {
    char *ids[LIWC_MAX_CATEGORIES]; /* LIWC category id, as written */
    char *names[LIWC_MAX_CATEGORIES];
    int n;
    FILE *lex;
    const char *file;
    long skipped;
    int stemmed; /* write plain terms as plain entries, not exact words */
} liwc;

/* Splits a line at tabs or runs of blanks; CR removed. Returns the field count. */
static int fields(char *line, char **out, int max)
{
    int n = 0;
    line[strcspn(line, "\r\n")] = '\0';
    for (char *p = line; *p && n < max;) {
        while (*p == ' ' || *p == '\t')
            p++;
        if (!*p)
            break;
        out[n++] = p;
        while (*p && *p != '\t' && !(p[0] == ' ' && (p[1] == ' ' || p[1] == '\t')))
            p++;
        if (*p)
            *p++ = '\0';
    }
    return n;
}

static int category_index(const liwc *d, const char *id)
{
    for (int i = 0; i < d->n; i++)
        if (!strcmp(d->ids[i], id))
            return i;
    return -1;
}

static int header_line(liwc *d, char *line, long lineno)
{
    char *f[3];
    if (fields(line, f, 3) < 2) {
        fprintf(stderr, "mindset: %s:%ld: expected 'id<TAB>name' in the header\n", d->file,
                lineno);
        return -1;
    }
    if (d->n == LIWC_MAX_CATEGORIES)
        return fprintf(stderr, "mindset: %s:%ld: too many categories\n", d->file, lineno),
               -1;
    d->ids[d->n] = strdup(f[0]);
    d->names[d->n] = strdup(f[1]);
    d->n++;
    if (!d->ids[d->n - 1] || !d->names[d->n - 1])
        return fprintf(stderr, "mindset: %s:%ld: out of memory\n", d->file, lineno), -1;
    return 0;
}

/* A term LIWC matches exactly that an exact word can say: one word of letters, digits,
   apostrophes and hyphens (any non-ASCII byte counts as a letter), 1 to 31 bytes. */
static int exact_word(const char *term)
{
    size_t n = strlen(term);
    if (n == 0 || n > EXACT_MAX_BYTES)
        return 0;
    for (const unsigned char *p = (const unsigned char *)term; *p; p++)
        if (!(*p >= 0x80 || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
              (*p >= '0' && *p <= '9') || *p == '\'' || *p == '-'))
            return 0;
    return 1;
}

/* Whether every blank-separated word of the phrase term is an exact word. */
static int exact_phrase(const char *term)
{
    char word[EXACT_MAX_BYTES + 1];
    for (const char *p = term; *p;) {
        size_t n = strcspn(p, " ");
        if (n == 0 || n > EXACT_MAX_BYTES)
            return 0;
        memcpy(word, p, n);
        word[n] = '\0';
        if (!exact_word(word))
            return 0;
        p += n + (p[n] == ' ');
    }
    return 1;
}

/* The term as a .lex line (without the newline), in a new string: each word in quotes
   when LIWC's exact match can be said so ("boss", "kind" "of"), else as written. */
static char *lex_form(const char *term, int stemmed)
{
    int quoted = !stemmed && exact_phrase(term);
    char *out = malloc(3 * strlen(term) + 3);
    if (!out)
        return NULL;
    char *at = out;
    for (const char *p = term; *p; p++) {
        if (quoted && (p == term || p[-1] == ' '))
            *at++ = '"';
        if (quoted && *p == ' ')
            *at++ = '"';
        *at++ = *p;
    }
    if (quoted)
        *at++ = '"';
    *at = '\0';
    return out;
}

#define LIWC_MAX_CODES 128 /* category codes read per term */

/* A term line: "term<TAB>id id ..."; the term may hold blanks (a phrase) when the columns
   are separated by tabs. Codes with '(' or '/' are LIWC2007 conditionals: skipped. */
static int term_line(liwc *d, char *line, long lineno, char **per_cat, size_t *lens)
{
    char *tab = strchr(line, '\t');
    char *codes = tab;
    if (!tab) { /* blanks instead of tabs: the term is the first word */
        codes = strchr(line, ' ');
        if (!codes)
            return 0;
    }
    *codes++ = '\0';
    char *term = lex_form(line, d->stemmed);
    if (!term)
        return fprintf(stderr, "mindset: %s:%ld: out of memory\n", d->file, lineno), -1;
    size_t term_len = strlen(term);
    char *f[LIWC_MAX_CODES + 1];
    int n = fields(codes, f, LIWC_MAX_CODES + 1);
    if (n > LIWC_MAX_CODES) {
        fprintf(stderr,
                "mindset: %s:%ld: note: '%s' has more than %d category codes; the "
                "rest skipped\n",
                d->file, lineno, line, LIWC_MAX_CODES);
        n = LIWC_MAX_CODES;
    }
    for (int i = 0; i < n; i++) {
        int c = category_index(d, f[i]);
        if (strpbrk(f[i], "(/<>")) {
            fprintf(stderr,
                    "mindset: %s:%ld: note: conditional code '%s' of '%s' skipped\n",
                    d->file, lineno, f[i], line);
            d->skipped++;
            continue;
        }
        if (c < 0) {
            fprintf(stderr, "mindset: %s:%ld: note: unknown category id '%s' skipped\n",
                    d->file, lineno, f[i]);
            continue;
        }
        char *v = realloc(per_cat[c], lens[c] + term_len + 2);
        if (!v) {
            free(term);
            return fprintf(stderr, "mindset: %s:%ld: out of memory\n", d->file, lineno), -1;
        }
        per_cat[c] = v;
        memcpy(v + lens[c], term, term_len);
        lens[c] += term_len;
        v[lens[c]++] = '\n';
        v[lens[c]] = '\0';
    }
    free(term);
    return 0;
}

/* Category names usable in categories.def: "liwc_" + lower-case letters, digits, '_'. */
static void category_name(const char *liwc_name, char *out, size_t cap)
{
    size_t n = (size_t)snprintf(out, cap, "liwc_");
    for (const char *p = liwc_name; *p && n + 1 < cap && n < 31; p++) {
        char c = *p >= 'A' && *p <= 'Z' ? (char)(*p + 32) : *p;
        out[n++] = ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) ? c : '_';
    }
    out[n] = '\0';
}

static int name_taken(char names[][40], int n, const char *name)
{
    for (int i = 0; i < n; i++)
        if (strcmp(names[i], name) == 0)
            return 1;
    return 0;
}

/* Category c's name clashed with an earlier one ("work-life" and "work life", or two
   long names alike in their first 26 characters): its place in the header goes on the
   end, and a note says so, so that two categories never merge into one. */
static void unique_name(const liwc *d, int c, char names[][40])
{
    char suffix[24];
    int len = snprintf(suffix, sizeof suffix, "_%d", c + 1);
    size_t keep = strlen(names[c]);
    if (keep + (size_t)len > 31)
        keep = 31 - (size_t)len;
    snprintf(names[c] + keep, sizeof names[c] - keep, "%s", suffix);
    for (int k = 2; name_taken(names, c, names[c]); k++) /* "_2" itself taken */
        snprintf(names[c] + keep, sizeof names[c] - keep, "%s_%d", suffix, k);
    fprintf(stderr,
            "mindset: %s: note: category '%s' (id %s) is written as '%s': its "
            "name clashed with another\n",
            d->file, d->names[c], d->ids[c], names[c]);
}

static void write_output(const liwc *d, char **per_cat, FILE *lex, FILE *defs)
{
    fprintf(lex, "# Imported from the LIWC dictionary %s by mindset lexicon import-liwc.\n",
            d->file);
    fprintf(lex, "%s",
            d->stemmed
                ? "# --stemmed: plain terms also match their inflections.\n"
                : "# Plain terms and phrases are exact words, as LIWC counts them.\n");
    fprintf(defs,
            "# Categories imported from %s: append to categories.def and set the axis,\n"
            "# weight, content type and purposes each should have.\n",
            d->file);
    static char names[LIWC_MAX_CATEGORIES][40];
    for (int c = 0; c < d->n; c++) {
        char *name = names[c];
        category_name(d->names[c], name, sizeof names[c]);
        if (name_taken(names, c, name))
            unique_name(d, c, names);
        fprintf(defs, "%-24s none          1.0     -                -\n", name);
        if (per_cat[c])
            fprintf(lex, "\n@category %s\n%s", name, per_cat[c]);
    }
}

/* Writes out_dir/liwc.lex and out_dir/liwc-categories.def (creating out_dir); 0 or -1
   with a message. A directory whose path does not fit is an error, never cut short. */
static int write_files(const liwc *d, char **per_cat, const char *path, const char *out_dir)
{
    char lex_path[4096], def_path[4096];
    if ((size_t)snprintf(def_path, sizeof def_path, "%s/liwc-categories.def", out_dir) >=
        sizeof def_path) {
        fprintf(stderr, "mindset: output directory path too long: %.60s...\n", out_dir);
        return -1;
    }
    snprintf(lex_path, sizeof lex_path, "%s/liwc.lex", out_dir);
    mkdir(out_dir, 0755);
    FILE *lex = fopen(lex_path, "w"), *defs = fopen(def_path, "w");
    int rc = 0;
    if (lex && defs) {
        write_output(d, per_cat, lex, defs);
        fprintf(stderr, "%s: %d categories -> %s and %s (%ld conditional codes skipped)\n",
                path, d->n, lex_path, def_path, d->skipped);
    } else {
        fprintf(stderr, "mindset: cannot write into %s\n", out_dir);
        rc = -1;
    }
    if (lex)
        fclose(lex);
    if (defs)
        fclose(defs);
    return rc;
}

int liwc_import(const char *path, const char *out_dir, int stemmed)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return fprintf(stderr, "mindset: cannot open %s\n", path), -1;
    liwc d = {.file = path, .stemmed = stemmed};
    char *line = NULL, *per_cat[LIWC_MAX_CATEGORIES] = {0};
    size_t cap = 0, lens[LIWC_MAX_CATEGORIES] = {0};
    long lineno = 0;
    int percents = 0, rc = 0;
    while (rc == 0 && getline(&line, &cap, f) >= 0) {
        lineno++;
        char *p = line + strspn(line, " \t");
        if (*p == '%')
            percents++;
        else if (*p == '\r' || *p == '\n' || !*p)
            continue;
        else if (percents == 1)
            rc = header_line(&d, p, lineno);
        else if (percents >= 2)
            rc = term_line(&d, p, lineno, per_cat, lens);
        else {
            fprintf(stderr, "mindset: %s:%ld: a LIWC dictionary starts with '%%'\n", path,
                    lineno);
            rc = -1;
        }
    }
    fclose(f);
    free(line);
    if (rc == 0 && percents < 2) {
        fprintf(stderr, "mindset: %s: no '%%' line closes the category header\n", path);
        rc = -1;
    }
    if (rc == 0)
        rc = write_files(&d, per_cat, path, out_dir);
    for (int i = 0; i < LIWC_MAX_CATEGORIES; i++)
        free(per_cat[i]);
    for (int i = 0; i < d.n; i++)
        free(d.ids[i]), free(d.names[i]);
    return rc == 0 ? 0 : -1;
}
