/*
 * engine.c - building and freeing the engine: load categories, lexicons and network
 * profiles (compiled in, or from a directory), index them, and answer questions about
 * them. After mindset_engine_new() returns, nothing here changes the engine.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtin.h"
#include "internal.h"

/* Largest lexicon file accepted from a directory. */
#define MAX_LEXICON_FILE (16u * 1024u * 1024u)

/* A set of named files, either compiled in or read from a directory. */
typedef struct {
    char **paths; /* relative: "en/personal.lex" */
    char **names; /* shown in errors: the path as the user would open it */
    char **data;
    size_t *lens;
    size_t count;
    int owned;
} file_set;

static void file_set_free(file_set *fs)
{
    if (fs->owned) {
        for (size_t i = 0; i < fs->count; i++) {
            free(fs->paths[i]);
            free(fs->names[i]);
            free(fs->data[i]);
        }
    }
    free(fs->paths);
    free(fs->names);
    free(fs->data);
    free(fs->lens);
}

static mindset_status file_set_builtin(file_set *fs)
{
    size_t n = ms__builtin_file_count;
    fs->paths = calloc(n + 1, sizeof *fs->paths);
    fs->names = calloc(n + 1, sizeof *fs->names);
    fs->data = calloc(n + 1, sizeof *fs->data);
    fs->lens = calloc(n + 1, sizeof *fs->lens);
    if (!fs->paths || !fs->names || !fs->data || !fs->lens)
        return MINDSET_ERR_NOMEM;
    for (size_t i = 0; i < n; i++) {
        fs->paths[i] = (char *)ms__builtin_files[i].path;
        fs->names[i] = (char *)ms__builtin_files[i].path;
        fs->data[i] = (char *)ms__builtin_files[i].data;
        fs->lens[i] = ms__builtin_files[i].len;
    }
    fs->count = n;
    return MINDSET_OK;
}

static mindset_status read_file(const char *path, char **data, size_t *len,
                                mindset_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        ms__error_set(err, path, 0, 0, "cannot open: %s", strerror(errno));
        return MINDSET_ERR_IO;
    }
    ms_buf b = {.limit = MAX_LEXICON_FILE + 1};
    char chunk[65536];
    size_t n;
    int too_big = 0;
    while (!b.failed && (n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        too_big = b.len + n > MAX_LEXICON_FILE;
        ms__buf_append(&b, chunk, n);
    }
    int bad = ferror(f);
    fclose(f);
    mindset_status st = bad        ? MINDSET_ERR_IO
                        : too_big  ? MINDSET_ERR_TOO_BIG
                        : b.failed ? MINDSET_ERR_NOMEM
                                   : MINDSET_OK;
    *len = b.len;
    if (st == MINDSET_OK && !(*data = ms__buf_take(&b)))
        st = MINDSET_ERR_NOMEM;
    ms__buf_free(&b);
    if (st == MINDSET_ERR_IO || st == MINDSET_ERR_TOO_BIG)
        ms__error_set(err, path, 0, 0, bad ? "read error" : "file larger than 16 MiB");
    return st;
}

static mindset_status file_set_add(file_set *fs, const char *dir, const char *rel,
                                   mindset_error *err)
{
    char **paths = realloc(fs->paths, (fs->count + 1) * sizeof *paths);
    if (paths)
        fs->paths = paths;
    char **names = realloc(fs->names, (fs->count + 1) * sizeof *names);
    if (names)
        fs->names = names;
    char **data = realloc(fs->data, (fs->count + 1) * sizeof *data);
    if (data)
        fs->data = data;
    size_t *lens = realloc(fs->lens, (fs->count + 1) * sizeof *lens);
    if (lens)
        fs->lens = lens;
    if (!paths || !names || !data || !lens)
        return MINDSET_ERR_NOMEM;
    char full[4096];
    if ((size_t)snprintf(full, sizeof full, "%s/%s", dir, rel) >= sizeof full) {
        ms__error_set(err, rel, 0, 0, "path too long");
        return MINDSET_ERR_IO;
    }
    mindset_status st = read_file(full, &fs->data[fs->count], &fs->lens[fs->count], err);
    if (st != MINDSET_OK)
        return st;
    fs->paths[fs->count] = strdup(rel);
    fs->names[fs->count] = strdup(full);
    if (!fs->paths[fs->count] || !fs->names[fs->count]) {
        free(fs->paths[fs->count]);
        free(fs->names[fs->count]);
        free(fs->data[fs->count]);
        return MINDSET_ERR_NOMEM;
    }
    fs->count++;
    return MINDSET_OK;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n > m && strcmp(s + n - m, suffix) == 0;
}

/* The names of the *.lex files of directory d, in name order (*out NULL when none). */
static mindset_status lex_names(DIR *d, char ***out, size_t *count)
{
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    *out = NULL;
    *count = 0;
    while ((de = readdir(d))) {
        if (!has_suffix(de->d_name, ".lex"))
            continue;
        char **v = n == cap ? ms__grow_array(names, &cap, sizeof *names, 16) : names;
        char *name = v ? strdup(de->d_name) : NULL;
        if (v)
            names = v;
        if (!name) {
            while (n > 0)
                free(names[--n]);
            free(names);
            return MINDSET_ERR_NOMEM;
        }
        names[n++] = name;
    }
    if (n)
        qsort(names, n, sizeof *names, compare_names);
    *out = names;
    *count = n;
    return MINDSET_OK;
}

/* Adds every *.lex in dir/sub, in name order. A missing sub-directory is an error. */
static mindset_status add_language_dir(file_set *fs, const char *dir, const char *sub,
                                       mindset_error *err)
{
    char path[4096];
    if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, sub) >= sizeof path) {
        ms__error_set(err, dir, 0, 0, "path too long");
        return MINDSET_ERR_IO;
    }
    DIR *d = opendir(path);
    if (!d) {
        ms__error_set(err, path, 0, 0, "cannot open lexicon directory: %s",
                      strerror(errno));
        return MINDSET_ERR_IO;
    }
    char **names;
    size_t n;
    mindset_status st = lex_names(d, &names, &n);
    closedir(d);
    if (st != MINDSET_OK) {
        ms__error_set(err, path, 0, 0, "out of memory reading the lexicon directory");
        return st;
    }
    for (size_t i = 0; i < n; i++) {
        char rel[600];
        snprintf(rel, sizeof rel, "%s/%s", sub, names[i]);
        if (st == MINDSET_OK)
            st = file_set_add(fs, dir, rel, err);
        free(names[i]);
    }
    free(names);
    return st;
}

static mindset_status file_set_dir(file_set *fs, const char *dir, mindset_error *err)
{
    fs->owned = 1;
    static const char *const top[] = {"categories.def", "networks.def", "emoji.lex"};
    for (size_t i = 0; i < 3; i++) {
        mindset_status st = file_set_add(fs, dir, top[i], err);
        if (st != MINDSET_OK)
            return st;
    }
    mindset_status st = add_language_dir(fs, dir, "en", err);
    return st != MINDSET_OK ? st : add_language_dir(fs, dir, "nl", err);
}

static mindset_status require(const file_set *fs, const char *path, size_t *i,
                              mindset_error *err)
{
    for (*i = 0; *i < fs->count; (*i)++)
        if (strcmp(fs->paths[*i], path) == 0)
            return MINDSET_OK;
    ms__error_set(err, path, 0, 0, "required lexicon file is missing");
    return MINDSET_ERR_IO;
}

static void find_special_categories(mindset_engine *e)
{
    e->cat_casual = ms__category_find(e, "casual");
    e->cat_confidential = ms__category_find(e, "confidential");
    e->cat_superlative = ms__category_find(e, "superlative");
    e->cat_evidence = ms__category_find(e, "evidence");
    e->cat_company_bad = ms__category_find(e, "company_bad");
    e->cat_conversation = ms__category_find(e, "conversation");
    e->cat_lesson = ms__category_find(e, "lesson");
    e->cat_owner = ms__category_find(e, "owner");
    e->cat_politics = ms__category_find(e, "politics");
    e->cat_vocation = ms__category_find(e, "vocation");
    e->cat_food = ms__category_find(e, "food");
}

/* Whether the lexicon file at path (relative to the lexicon folder) is read for lang:
   emoji.lex and the files under the language's folder. */
static int of_language(const char *path, ms_lang lang)
{
    const char *name = ms__lang_name(lang);
    size_t n = strlen(name);
    return (strncmp(path, name, n) == 0 && path[n] == '/') ||
           strcmp(path, "emoji.lex") == 0;
}

/* Room in lexicon lang for the lines of the files it is read from. */
static mindset_status reserve_language(mindset_engine *e, const file_set *fs, ms_lang lang)
{
    size_t lines = 0, bytes = 0;
    for (size_t i = 0; i < fs->count; i++) {
        if (!of_language(fs->paths[i], lang))
            continue;
        const char *at = fs->data[i], *end = at + fs->lens[i];
        for (; at && at < end; lines++)
            if ((at = memchr(at, '\n', (size_t)(end - at))))
                at++;
        bytes += fs->lens[i];
    }
    return ms__lexicon_reserve(&e->lex[lang], lines, bytes);
}

/* Loads emoji.lex and every .lex file under the language folder into lexicon lang. */
static mindset_status load_language(mindset_engine *e, const file_set *fs, ms_lang lang,
                                    mindset_error *err)
{
    ms_stemmer *stemmer;
    mindset_status made = ms__stemmer_new(lang, &stemmer);
    if (made == MINDSET_ERR_STEMMER)
        ms__error_set(err, "", 0, 0, "cannot create the %s stemmer", ms__lang_name(lang));
    if (made != MINDSET_OK)
        return made;
    mindset_status st = reserve_language(e, fs, lang);
    for (size_t i = 0; i < fs->count && st == MINDSET_OK; i++)
        if (of_language(fs->paths[i], lang))
            st = ms__lexicon_parse(e, lang, fs->names[i], fs->data[i], fs->lens[i], stemmer,
                                   err);
    ms__stemmer_free(stemmer);
    if (st == MINDSET_OK && ms__lexicon_finish(&e->lex[lang]) != MINDSET_OK)
        st = MINDSET_ERR_NOMEM;
    return st;
}

/* Puts word w into the stopword table for language bit lang_bit (the table has room). */
static void put_stopword(mindset_engine *e, const char *w, size_t n, unsigned lang_bit)
{
    uint32_t h = ms__hash_bytes(w, n);
    uint32_t i = h & e->stopword_mask;
    for (; e->stopwords[i].langs; i = (i + 1) & e->stopword_mask) {
        ms_stopword *sw = &e->stopwords[i];
        if (e->stopword_hashes[i] == h && sw->len == n && memcmp(sw->word, w, n) == 0)
            break;
    }
    e->stopword_hashes[i] = h;
    e->stopwords[i].len = (uint8_t)n;
    memcpy(e->stopwords[i].word, w, n);
    e->stopwords[i].langs |= (uint8_t)lang_bit;
    e->stopword_filter[ms__stopword_filter_slot(h)] |= ms__stopword_filter_mask(h);
}

/* One table of all languages' function words, so detection looks each word up once.
   Words longer than detection ever asks about are left out. */
static mindset_status merge_stopwords(mindset_engine *e)
{
    size_t count = 0, slots = 16;
    for (int l = MS_LANG_EN; l < MS_LANG_COUNT; l++)
        count += e->lex[l].stopwords.count;
    while (slots < 2 * count)
        slots *= 2;
    e->stopword_hashes = calloc(slots, sizeof *e->stopword_hashes);
    e->stopwords = calloc(slots, sizeof *e->stopwords);
    if (!e->stopword_hashes || !e->stopwords)
        return MINDSET_ERR_NOMEM;
    e->stopword_mask = (uint32_t)(slots - 1);
    for (int l = MS_LANG_EN; l < MS_LANG_COUNT; l++) {
        const ms_strmap *sw = &e->lex[l].stopwords;
        for (uint32_t k = 0; k < sw->count; k++)
            if (sw->entries[k].len <= MS_STOPWORD_MAX_BYTES)
                put_stopword(e, ms__strmap_key(sw, k), sw->entries[k].len, 1u << l);
    }
    return MINDSET_OK;
}

/* The languages' lexicons: read from the files of a --lexicons folder, or the built-in
   ones as the build loaded them (gen_lexicon_image.c), in place at once. */
static mindset_status load(mindset_engine *e, const file_set *fs, int builtin,
                           mindset_error *err)
{
    size_t i;
    mindset_status st = require(fs, "categories.def", &i, err);
    if (st == MINDSET_OK)
        st = ms__categories_parse(e, fs->names[i], fs->data[i], fs->lens[i], err);
    if (st == MINDSET_OK)
        st = require(fs, "networks.def", &i, err);
    if (st == MINDSET_OK)
        st = ms__networks_parse(e, fs->names[i], fs->data[i], fs->lens[i], err);
    find_special_categories(e);
    for (int l = MS_LANG_EN; l < MS_LANG_COUNT && st == MINDSET_OK; l++) {
        if (builtin)
            e->lex[l] = ms__builtin_lexicons[l];
        else
            st = load_language(e, fs, (ms_lang)l, err);
    }
    return st == MINDSET_OK ? merge_stopwords(e) : st;
}

mindset_status mindset_engine_new(const mindset_options *options, mindset_engine **out,
                                  mindset_error *err)
{
    if (!out)
        return MINDSET_ERR_USAGE;
    *out = NULL;
    mindset_engine *e = calloc(1, sizeof *e);
    file_set fs = {0};
    if (!e)
        return MINDSET_ERR_NOMEM;
    const char *dir = options ? options->lexicon_dir : NULL;
    mindset_status st = dir ? file_set_dir(&fs, dir, err) : file_set_builtin(&fs);
    if (st == MINDSET_OK)
        st = load(e, &fs, dir == NULL, err);
    file_set_free(&fs);
    if (st == MINDSET_ERR_NOMEM)
        ms__error_set(err, "", 0, 0, "out of memory while loading lexicons");
    if (st != MINDSET_OK) {
        mindset_engine_free(e);
        return st;
    }
    *out = e;
    return MINDSET_OK;
}

void mindset_engine_free(mindset_engine *e)
{
    if (!e)
        return;
    for (int l = 0; l < MS_LANG_COUNT; l++)
        ms__lexicon_free(&e->lex[l]);
    ms__networks_free(e);
    free(e->stopword_hashes);
    free(e->stopwords);
    free(e);
}

/* Public networks are the non-template profiles, in file order. */
static const ms_network *public_network(const mindset_engine *e, size_t i)
{
    for (size_t k = 0; k < e->nnetworks; k++)
        if (!e->networks[k].is_template && i-- == 0)
            return &e->networks[k];
    return NULL;
}

size_t mindset_engine_network_count(const mindset_engine *e)
{
    size_t n = 0;
    for (size_t k = 0; e && k < e->nnetworks; k++)
        n += !e->networks[k].is_template;
    return n;
}

#define NET_FIELD(fn, expr)                                                                \
    const char *fn(const mindset_engine *e, size_t i)                                      \
    {                                                                                      \
        const ms_network *n = e ? public_network(e, i) : NULL;                             \
        return n ? (expr) : NULL;                                                          \
    }
NET_FIELD(mindset_engine_network_name, n->name)
NET_FIELD(mindset_engine_network_label, n->label)
NET_FIELD(mindset_engine_network_mindset, ms__axis_name(n->mindset))
NET_FIELD(mindset_engine_network_kind, n->kind ? n->kind : "profile")
NET_FIELD(mindset_engine_network_aliases, n->aliases ? n->aliases : "")
NET_FIELD(mindset_engine_network_about, n->about ? n->about : "")

size_t mindset_engine_entry_count(const mindset_engine *e)
{
    size_t n = 0;
    for (int l = 0; e && l < MS_LANG_COUNT; l++)
        n += e->lex[l].nentries + e->lex[l].stopwords.count;
    return n;
}

const char *mindset_engine_network_canonical(const mindset_engine *e, const char *name)
{
    const ms_network *n = e && name ? ms__network_find(e, name) : NULL;
    return n ? n->name : NULL;
}
