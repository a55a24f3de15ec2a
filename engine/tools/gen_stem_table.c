/*
 * gen_stem_table.c - works out, when the project is built, the Snowball stem of every word
 * in the built-in lexicons and writes them as C (the table stem_table.c reads), so that
 * loading a language need not run the stemmer.
 *
 *   gen_stem_table LEXICON_DIR OUT.c
 *
 * The lexicons are loaded from LEXICON_DIR by the engine's own loader, and every word and
 * hashtag of every entry and label model word, as the loader kept them for its messages,
 * is normalised and stemmed as the loader does. The table holds libstemmer's own answers,
 * and the loader stems any word it lacks.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtin.h"
#include "internal.h"

/* The generator links the engine without the tables it makes, or the lexicon images
   made with them, and loads the lexicons from their folder. */
const ms_builtin_file ms__builtin_files[1];
const size_t ms__builtin_file_count = 0;
const ms_stem_table ms__builtin_stems[MS_LANG_COUNT];
const ms_lexicon ms__builtin_lexicons[MS_LANG_COUNT];

typedef struct {
    ms_stemmer *stemmer;
    ms_strmap words; /* word -> offset of its record in records */
    ms_buf records;
    ms_buf norm;
    ms_token_list tokens;
} collector;

/* Adds the record of word w[0..n) and its stem, unless the table has the word. */
static int add_word(collector *c, const char *w, size_t n)
{
    if (ms__stem_input_len(c->stemmer, w, n) != n || n > MS_STEM_TABLE_WORD_MAX)
        return 0; /* the loader strips a Dutch "'s" first: the bare word is listed */
    if (ms__strmap_get(&c->words, w, n) >= 0)
        return 0;
    size_t slen;
    const char *stem = ms__stem(c->stemmer, w, n, &slen);
    if (!stem || slen > MS_STEM_TABLE_WORD_MAX)
        return stem ? 0 : -1;
    unsigned char wl = (unsigned char)n, sl = (unsigned char)slen;
    if (ms__strmap_put(&c->words, w, n, (int32_t)c->records.len) < 0)
        return -1;
    ms__buf_append(&c->records, &wl, 1);
    ms__buf_append(&c->records, w, n);
    ms__buf_append(&c->records, &sl, 1);
    ms__buf_append(&c->records, stem, slen);
    return c->records.failed ? -1 : 0;
}

/* Normalises token t of line s as the loader does (a hashtag without its '#'). */
static int add_token(collector *c, const char *s, const ms_token *t)
{
    size_t start = t->start;
    if (t->kind == MS_TOK_HASHTAG)
        start += (unsigned char)s[start] == '#' ? 1 : 3; /* '#' or fullwidth '＃' */
    c->norm.len = 0;
    if (ms__normalize(s + start, t->end - start, (t->flags & MS_TF_ASCII) != 0, &c->norm))
        return -1;
    return add_word(c, c->norm.data ? c->norm.data : "", c->norm.len);
}

/* Stems the words of every entry and label model word of lexicon lex. */
static int collect_sources(collector *c, const ms_lexicon *lex)
{
    for (uint32_t i = 0; i < lex->nsources; i++) {
        const char *text = ms__source_text(lex, i);
        if (ms__tokenize(text, strlen(text), &c->tokens) != MS_TOKENIZE_OK)
            return -1;
        for (size_t k = 0; k < c->tokens.count; k++) {
            const ms_token *t = &c->tokens.items[k];
            if ((t->kind == MS_TOK_WORD || t->kind == MS_TOK_HASHTAG) &&
                add_token(c, text, t) != 0)
                return -1;
        }
    }
    return 0;
}

/* The open-addressing slots over the records, as ms__stem_table_find probes them. */
static uint32_t *make_slots(const collector *c, uint32_t *mask)
{
    uint32_t slots = 16;
    while (slots < c->words.count + c->words.count / 2)
        slots *= 2;
    uint32_t *v = calloc(slots, sizeof *v);
    if (!v)
        return NULL;
    *mask = slots - 1;
    for (uint32_t k = 0; k < c->words.count; k++) {
        const char *w = ms__strmap_key(&c->words, k);
        uint32_t i = ms__hash_bytes(w, c->words.entries[k].len) & *mask;
        while (v[i])
            i = (i + 1) & *mask;
        v[i] = (uint32_t)c->words.entries[k].value + 1;
    }
    return v;
}

/* Writes the records and slots of one language; sets *mask. */
static int write_table(FILE *out, const collector *c, const char *lang, uint32_t *mask)
{
    uint32_t *slots = make_slots(c, mask);
    if (!slots)
        return -1;
    fprintf(out, "static const unsigned char %s_records[] = {", lang);
    for (size_t i = 0; i < c->records.len; i++)
        fprintf(out, "%s0x%02x,", i % 16 ? "" : "\n    ",
                (unsigned char)c->records.data[i]);
    fprintf(out, "\n};\nstatic const uint32_t %s_slots[] = {", lang);
    for (uint32_t i = 0; i <= *mask; i++)
        fprintf(out, "%s%u,", i % 16 ? "" : "\n    ", slots[i]);
    fprintf(out, "\n};\n\n");
    free(slots);
    return 0;
}

static void collector_free(collector *c)
{
    ms__stemmer_free(c->stemmer);
    ms__strmap_free(&c->words);
    ms__buf_free(&c->records);
    ms__buf_free(&c->norm);
    ms__token_list_free(&c->tokens);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: gen_stem_table LEXICON_DIR OUT.c\n");
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
    fprintf(
        out,
        "/* Generated by engine/tools/gen_stem_table.c from lexicons/. Do not edit. */\n"
        "#include \"internal.h\"\n\n");
    const ms_lang langs[] = {MS_LANG_EN, MS_LANG_NL};
    uint32_t counts[MS_LANG_COUNT] = {0}, masks[MS_LANG_COUNT] = {0};
    int rc = 0;
    for (size_t l = 0; l < sizeof langs / sizeof *langs && rc == 0; l++) {
        collector c = {0};
        const char *name = ms__lang_name(langs[l]);
        rc = ms__stemmer_new(langs[l], &c.stemmer) == MINDSET_OK
                 ? collect_sources(&c, &e->lex[langs[l]])
                 : -1;
        if (rc == 0)
            rc = write_table(out, &c, name, &masks[langs[l]]);
        counts[langs[l]] = c.words.count;
        collector_free(&c);
    }
    fprintf(out, "const ms_stem_table ms__builtin_stems[MS_LANG_COUNT] = {\n    {0},\n");
    for (size_t l = 0; l < sizeof langs / sizeof *langs; l++) {
        const char *name = ms__lang_name(langs[l]);
        fprintf(out, "    {(const char *)%s_records, %s_slots, %uu, %uu},\n", name, name,
                masks[langs[l]], counts[langs[l]]);
    }
    fprintf(out, "};\n");
    mindset_engine_free(e);
    if (fclose(out) != 0 || rc != 0) {
        fprintf(stderr, "gen_stem_table: could not write %s\n", argv[2]);
        remove(argv[2]);
        return 1;
    }
    return 0;
}
