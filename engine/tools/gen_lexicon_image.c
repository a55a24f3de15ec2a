/*
 * gen_lexicon_image.c - loads the built-in lexicons when the project is built and writes
 * each language's finished lexicon as C initializers, so that the library starts with
 * them in place: reading, stemming and indexing a language's fifteen thousand lines was
 * nearly all of a `mindset check`.
 *
 *   gen_lexicon_image LEXICON_DIR OUT.c
 *
 * The lexicons are loaded by the engine's own loader from LEXICON_DIR, so the image is
 * what loading them at run time would give (a unit test compares the two field by field);
 * only the file names lose the LEXICON_DIR/ they were read under, as for the built-in
 * files. Every array is written typed, with its fields named and floats in hexadecimal,
 * so the image is exact and does not depend on how the compiler lays structs out.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtin.h"
#include "internal.h"

/* The generator links the engine without the images it makes. */
const ms_builtin_file ms__builtin_files[1];
const size_t ms__builtin_file_count = 0;
const ms_lexicon ms__builtin_lexicons[MS_LANG_COUNT];

typedef struct {
    FILE *out;
    const char *lang; /* prefix of every array's name */
} image;

/* Writes the values of an array, sixteen to a line, each as fmt formats it. */
#define WRITE_VALUES(out, n, fmt, ...)                                                     \
    for (size_t i_ = 0; i_ < (n); i_++)                                                    \
        fprintf(out, "%s" fmt ",", i_ % 16 ? "" : "\n   ", __VA_ARGS__);

static void write_u8(const image *im, const char *name, const uint8_t *v, size_t n)
{
    fprintf(im->out, "static const uint8_t %s_%s[%zu] = {", im->lang, name, n ? n : 1);
    WRITE_VALUES(im->out, n, "%u", (unsigned)v[i_]);
    fprintf(im->out, "};\n");
}

static void write_u32(const image *im, const char *name, const uint32_t *v, size_t n)
{
    fprintf(im->out, "static const uint32_t %s_%s[%zu] = {", im->lang, name, n ? n : 1);
    WRITE_VALUES(im->out, n, "%" PRIu32 "u", v[i_]);
    fprintf(im->out, "};\n");
}

static void write_i32(const image *im, const char *name, const int32_t *v, size_t n)
{
    fprintf(im->out, "static const int32_t %s_%s[%zu] = {", im->lang, name, n ? n : 1);
    WRITE_VALUES(im->out, n, "%" PRId32, v[i_]);
    fprintf(im->out, "};\n");
}

/* Bytes as character constants: a long string literal is more than ISO C promises. */
static void write_chars(const image *im, const char *name, const char *v, size_t n)
{
    fprintf(im->out, "static const char %s_%s[%zu] = {", im->lang, name, n + 1);
    WRITE_VALUES(im->out, n, "'\\x%02x'", (unsigned char)v[i_]);
    fprintf(im->out, "0};\n");
}

/* A pointer field: the array written under name, or NULL. */
static void field(const image *im, const char *field, const char *type, const void *p,
                  const char *name)
{
    if (p)
        fprintf(im->out, "    .%s = (%s *)%s_%s,\n", field, type, im->lang, name);
    else
        fprintf(im->out, "    .%s = NULL,\n", field);
}

static void write_map(const image *im, const char *name, const ms_strmap *m)
{
    char part[64];
    size_t nslots = m->slots ? (size_t)m->mask + 1 : 0;
    fprintf(im->out, "static const ms_strmap_slot %s_%s_slots[%zu] = {", im->lang, name,
            nslots ? nslots : 1);
    WRITE_VALUES(im->out, nslots, "{%" PRIu32 "u,%" PRIu32 "u}", m->slots[i_].hash,
                 m->slots[i_].entry);
    fprintf(im->out, "};\nstatic const ms_strmap_entry %s_%s_entries[%zu] = {", im->lang,
            name, m->count ? (size_t)m->count : 1);
    WRITE_VALUES(im->out, m->count,
                 "{.off=%" PRIu32 "u,.len=%" PRIu32 "u,.value=%" PRId32 "}",
                 m->entries[i_].off, m->entries[i_].len, m->entries[i_].value);
    fprintf(im->out, "};\n");
    snprintf(part, sizeof part, "%s_pool", name);
    write_chars(im, part, m->pool.data ? m->pool.data : "", m->pool.len);
}

/* The initializer of a map written by write_map. */
static void map_field(const image *im, const char *field, const char *name,
                      const ms_strmap *m)
{
    fprintf(im->out, "    .%s = {", field);
    if (m->slots)
        fprintf(im->out, ".slots = (ms_strmap_slot *)%s_%s_slots, .mask = %" PRIu32 "u, ",
                im->lang, name, m->mask);
    fprintf(im->out,
            ".count = %" PRIu32 "u,\n"
            "        .pool = {.data = (char *)%s_%s_pool, .len = %zu, .cap = %zu},\n"
            "        .entries = (ms_strmap_entry *)%s_%s_entries, .cap = %" PRIu32 "u},\n",
            m->count, im->lang, name, m->pool.len, m->pool.len + 1, im->lang, name,
            m->count);
}

static void write_entries(const image *im, const ms_lexicon *lex)
{
    fprintf(im->out, "static const ms_entry %s_entries[%zu] = {", im->lang,
            lex->nentries ? lex->nentries : 1);
    for (size_t i = 0; i < lex->nentries; i++) {
        const ms_entry *x = &lex->entries[i];
        fprintf(im->out,
                "\n    {.first_word=%" PRIu32 "u,.key=%" PRIu32 "u,.nwords=%u,.category=%u,"
                ".wildcard=%u,.exact=%u,.weight=%af,.source=%" PRIu32 "u},",
                x->first_word, x->key, x->nwords, x->category, x->wildcard, x->exact,
                (double)x->weight, x->source);
    }
    fprintf(im->out, "};\n");
}

static void write_sources(const image *im, const ms_lexicon *lex)
{
    fprintf(im->out, "static const ms_source %s_sources[%zu] = {", im->lang,
            lex->nsources ? lex->nsources : 1);
    WRITE_VALUES(im->out, lex->nsources,
                 "{%" PRIu32 "u,%" PRIu32 "u,%" PRIu32 "u,%" PRIu32 "u}",
                 lex->sources[i_].file, lex->sources[i_].line, lex->sources[i_].surface,
                 lex->sources[i_].alternative);
    fprintf(im->out, "};\n");
}

static void write_model_words(const image *im, const ms_lexicon *lex)
{
    fprintf(im->out, "static const ms_model_word %s_model_words[%zu] = {", im->lang,
            lex->nmodel_words ? lex->nmodel_words : 1);
    for (size_t i = 0; i < lex->nmodel_words; i++) {
        const ms_model_word *w = &lex->model_words[i];
        fprintf(im->out, "\n    {.source=%" PRIu32 "u,.weights={", w->source);
        for (size_t k = 0; k < MS_MODEL_WEIGHTS; k++)
            fprintf(im->out, "%af,", (double)w->weights[k]);
        fprintf(im->out, "}},");
    }
    fprintf(im->out, "};\n");
}

static void write_prefix_info(const image *im, const ms_lexicon *lex)
{
    size_t n = lex->prefixes.count;
    fprintf(im->out, "static const ms_prefix_info %s_prefix_info[%zu] = {", im->lang,
            n ? n : 1);
    WRITE_VALUES(im->out, n, "{%u,%u}", lex->prefix_info[i_].kinds,
                 lex->prefix_info[i_].len);
    fprintf(im->out, "};\n");
}

/* The file names as the built-in loader gives them: without "dir/". */
static void write_files(const image *im, const ms_lexicon *lex, const char *dir)
{
    size_t skip = strlen(dir) + 1;
    fprintf(im->out, "static char *const %s_files[%zu] = {", im->lang,
            lex->nfiles ? lex->nfiles : 1);
    for (size_t i = 0; i < lex->nfiles; i++) {
        const char *f = lex->files[i];
        fprintf(im->out, "\n    (char *)\"%s\",",
                strncmp(f, dir, skip - 1) == 0 && f[skip - 1] == '/' ? f + skip : f);
    }
    fprintf(im->out, "};\n");
}

/* An inline bit array of the lexicon, its set bytes by index. */
static void inline_bits(const image *im, const char *field, const uint8_t *v, size_t n)
{
    fprintf(im->out, "    .%s = {", field);
    for (size_t i = 0, shown = 0; i < n; i++)
        if (v[i])
            fprintf(im->out, "%s[%zu]=%u,", shown++ % 8 ? "" : "\n        ", i, v[i]);
    fprintf(im->out, "},\n");
}

static void write_floats(const image *im, const char *field, const float *v, size_t n)
{
    fprintf(im->out, "    .%s = {", field);
    for (size_t i = 0; i < n; i++)
        fprintf(im->out, "%af,", (double)v[i]);
    fprintf(im->out, "},\n");
}

/* The arrays of one finished lexicon. */
static void write_arrays(const image *im, const ms_lexicon *lex, const char *dir)
{
    size_t nkeys = lex->keys.count, nprefixes = lex->prefixes.count;
    write_map(im, "keys", &lex->keys);
    write_map(im, "form_ids", &lex->form_ids);
    write_map(im, "prefixes", &lex->prefixes);
    write_map(im, "stopwords", &lex->stopwords);
    write_i32(im, "words", lex->words, lex->nwords);
    write_i32(im, "forms", lex->forms, lex->nwords);
    write_entries(im, lex);
    write_u32(im, "first", lex->first, nkeys + 1);
    write_u32(im, "wfirst", lex->wfirst, nprefixes + 1);
    write_u32(im, "singles", lex->singles, nkeys + 1);
    write_u8(im, "entry_keys", lex->entry_keys, nkeys / 8 + 1);
    write_u8(im, "key_starts", lex->key_starts, MS_KEY_START_BITS / 8);
    write_prefix_info(im, lex);
    write_sources(im, lex);
    write_files(im, lex, dir);
    write_chars(im, "surfaces", lex->surfaces.data ? lex->surfaces.data : "",
                lex->surfaces.len);
    write_model_words(im, lex);
    write_u32(im, "model_index", lex->model_index, lex->nmodel_index);
}

/* The initializer of the lexicon over the arrays write_arrays wrote. */
static void write_lexicon(const image *im, const ms_lexicon *lex)
{
    FILE *out = im->out;
    fprintf(out, "[MS_LANG_%c%c] = {\n", im->lang[0] - 32, im->lang[1] - 32);
    map_field(im, "keys", "keys", &lex->keys);
    map_field(im, "form_ids", "form_ids", &lex->form_ids);
    map_field(im, "prefixes", "prefixes", &lex->prefixes);
    map_field(im, "stopwords", "stopwords", &lex->stopwords);
    field(im, "words", "int32_t", lex->words, "words");
    field(im, "forms", "int32_t", lex->forms, "forms");
    fprintf(out, "    .nwords = %zu, .capwords = %zu,\n", lex->nwords, lex->nwords);
    field(im, "entries", "ms_entry", lex->entries, "entries");
    fprintf(out, "    .nentries = %zu, .capentries = %zu,\n", lex->nentries, lex->nentries);
    field(im, "first", "uint32_t", lex->first, "first");
    field(im, "wfirst", "uint32_t", lex->wfirst, "wfirst");
    field(im, "singles", "uint32_t", lex->singles, "singles");
    field(im, "entry_keys", "uint8_t", lex->entry_keys, "entry_keys");
    field(im, "key_starts", "uint8_t", lex->key_starts, "key_starts");
    field(im, "prefix_info", "ms_prefix_info", lex->prefix_info, "prefix_info");
    fprintf(out, "    .capprefix_info = %zu,\n", (size_t)lex->prefixes.count);
    fprintf(out, "    .prefix_lengths = %" PRIu32 "u,\n", lex->prefix_lengths);
    inline_bits(im, "short_prefixes", lex->short_prefixes, sizeof lex->short_prefixes);
    inline_bits(im, "prefix_heads", lex->prefix_heads, sizeof lex->prefix_heads);
    inline_bits(im, "prefix_sizes", lex->prefix_sizes, sizeof lex->prefix_sizes);
    inline_bits(im, "phrase_pairs", lex->phrase_pairs, sizeof lex->phrase_pairs);
    field(im, "sources", "ms_source", lex->sources, "sources");
    fprintf(out, "    .nsources = %zu, .capsources = %zu,\n", lex->nsources, lex->nsources);
    field(im, "files", "char *", lex->files, "files");
    fprintf(out, "    .nfiles = %zu,\n", lex->nfiles);
    fprintf(out, "    .surfaces = {.data = (char *)%s_surfaces, .len = %zu, .cap = %zu},\n",
            im->lang, lex->surfaces.len, lex->surfaces.len + 1);
    fprintf(out, "    .number_shapes = %d,\n", lex->number_shapes);
    field(im, "model_words", "ms_model_word", lex->model_words, "model_words");
    fprintf(out, "    .nmodel_words = %zu, .capmodel_words = %zu,\n", lex->nmodel_words,
            lex->nmodel_words);
    field(im, "model_index", "uint32_t", lex->model_index, "model_index");
    fprintf(out, "    .nmodel_index = %zu,\n", lex->nmodel_index);
    write_floats(im, "model_bias", lex->model_bias, MS_MODEL_WEIGHTS);
    fprintf(out, "    .type_model = {");
    for (size_t i = 0; i < MS_TYPE_MODEL_MAX; i++)
        fprintf(out, "%d,", lex->type_model[i]);
    fprintf(out, "},\n    .ntype_model = %zu,\n", lex->ntype_model);
    fprintf(out, "    .model_rule_bonus = %af,\n", (double)lex->model_rule_bonus);
    fprintf(out, "    .has_model = %d,\n    .borrowed = 1,\n},\n", lex->has_model);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: gen_lexicon_image LEXICON_DIR OUT.c\n");
        return 2;
    }
    mindset_options o = {.lexicon_dir = argv[1]};
    mindset_engine *e;
    mindset_error err = {0};
    if (mindset_engine_new(&o, &e, &err) != MINDSET_OK) {
        fprintf(stderr, "%s:%d: %s\n", err.file, err.line, err.text);
        return 1;
    }
    FILE *out = fopen(argv[2], "w");
    if (!out) {
        perror(argv[2]);
        mindset_engine_free(e);
        return 1;
    }
    fprintf(out, "/* Generated by engine/tools/gen_lexicon_image.c from lexicons/. Do not "
                 "edit. */\n#include \"internal.h\"\n\n");
    const ms_lang langs[] = {MS_LANG_EN, MS_LANG_NL};
    for (size_t l = 0; l < 2; l++)
        write_arrays(&(image){out, ms__lang_name(langs[l])}, &e->lex[langs[l]], argv[1]);
    fprintf(out, "\nconst ms_lexicon ms__builtin_lexicons[MS_LANG_COUNT] = {\n");
    for (size_t l = 0; l < 2; l++)
        write_lexicon(&(image){out, ms__lang_name(langs[l])}, &e->lex[langs[l]]);
    fprintf(out, "};\n");
    mindset_engine_free(e);
    if (ferror(out) | fclose(out)) {
        fprintf(stderr, "gen_lexicon_image: could not write %s\n", argv[2]);
        remove(argv[2]);
        return 1;
    }
    return 0;
}
