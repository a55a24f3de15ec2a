/* test_lexicon_image.c - the built-in lexicons the library starts with (the image
   engine/tools/gen_lexicon_image.c writes at build time) are field for field what loading
   lexicons/ gives, file names aside, which the image holds as the built-in files name
   them. */
#include <criterion/criterion.h>
#include <string.h>

#include "internal.h"

#define EXPECT_SAME_FIELD(a, b, f) cr_expect_eq((a)->f, (b)->f, #f)
#define EXPECT_SAME_ARRAY(a, b, f, n)                                                      \
    cr_expect(((n) == 0 || memcmp((a)->f, (b)->f, (n) * sizeof *(a)->f) == 0),             \
              #f " differs")

static void expect_same_map(const ms_strmap *a, const ms_strmap *b, const char *name)
{
    cr_expect_eq(a->count, b->count, "%s: count", name);
    cr_expect_eq(a->mask, b->mask, "%s: mask", name);
    cr_expect_eq(a->pool.len, b->pool.len, "%s: pool", name);
    cr_expect(!a->slots ||
                  memcmp(a->slots, b->slots, (a->mask + 1) * sizeof *a->slots) == 0,
              "%s: slots differ", name);
    cr_expect(a->count == 0 ||
                  memcmp(a->entries, b->entries, a->count * sizeof *a->entries) == 0,
              "%s: entries differ", name);
    cr_expect(a->pool.len == 0 || memcmp(a->pool.data, b->pool.data, a->pool.len) == 0,
              "%s: keys differ", name);
}

static void expect_same_lexicon(const ms_lexicon *image, const ms_lexicon *read)
{
    expect_same_map(&image->keys, &read->keys, "keys");
    expect_same_map(&image->form_ids, &read->form_ids, "form_ids");
    expect_same_map(&image->prefixes, &read->prefixes, "prefixes");
    expect_same_map(&image->stopwords, &read->stopwords, "stopwords");
    size_t nkeys = read->keys.count, nprefixes = read->prefixes.count;
    EXPECT_SAME_FIELD(image, read, nwords);
    EXPECT_SAME_ARRAY(image, read, words, read->nwords);
    EXPECT_SAME_ARRAY(image, read, forms, read->nwords);
    EXPECT_SAME_FIELD(image, read, nentries);
    EXPECT_SAME_ARRAY(image, read, entries, read->nentries);
    EXPECT_SAME_ARRAY(image, read, first, nkeys + 1);
    EXPECT_SAME_ARRAY(image, read, wfirst, nprefixes + 1);
    EXPECT_SAME_ARRAY(image, read, singles, nkeys + 1);
    EXPECT_SAME_ARRAY(image, read, entry_keys, nkeys / 8 + 1);
    EXPECT_SAME_ARRAY(image, read, key_starts, MS_KEY_START_BITS / 8);
    EXPECT_SAME_ARRAY(image, read, prefix_info, nprefixes);
    EXPECT_SAME_FIELD(image, read, prefix_lengths);
    EXPECT_SAME_ARRAY(image, read, short_prefixes, sizeof read->short_prefixes);
    EXPECT_SAME_ARRAY(image, read, prefix_heads, sizeof read->prefix_heads);
    EXPECT_SAME_ARRAY(image, read, prefix_sizes, sizeof read->prefix_sizes);
    EXPECT_SAME_ARRAY(image, read, phrase_pairs, sizeof read->phrase_pairs);
    EXPECT_SAME_FIELD(image, read, nsources);
    EXPECT_SAME_ARRAY(image, read, sources, read->nsources);
    EXPECT_SAME_FIELD(image, read, surfaces.len);
    EXPECT_SAME_ARRAY(image, read, surfaces.data, read->surfaces.len);
    EXPECT_SAME_FIELD(image, read, number_shapes);
    EXPECT_SAME_FIELD(image, read, nmodel_words);
    EXPECT_SAME_ARRAY(image, read, model_words, read->nmodel_words);
    EXPECT_SAME_FIELD(image, read, nmodel_index);
    EXPECT_SAME_ARRAY(image, read, model_index, read->nmodel_index);
    EXPECT_SAME_ARRAY(image, read, model_bias, MS_MODEL_WEIGHTS);
    EXPECT_SAME_FIELD(image, read, ntype_model);
    EXPECT_SAME_ARRAY(image, read, type_model, MS_TYPE_MODEL_MAX);
    EXPECT_SAME_FIELD(image, read, model_rule_bonus);
    EXPECT_SAME_FIELD(image, read, has_model);
    EXPECT_SAME_FIELD(image, read, nfiles);
    size_t dir = strlen(MS_LEXICON_DIR "/");
    for (size_t i = 0; i < read->nfiles && i < image->nfiles; i++)
        cr_expect_str_eq(image->files[i], read->files[i] + dir);
    cr_expect(image->borrowed && !read->borrowed);
}

Test(lexicon_image, is_what_loading_the_lexicons_gives)
{
    mindset_options o = {.lexicon_dir = MS_LEXICON_DIR};
    mindset_engine *read;
    mindset_error err = {0};
    cr_assert_eq(mindset_engine_new(&o, &read, &err), MINDSET_OK, "%s:%d: %s", err.file,
                 err.line, err.text);
    mindset_engine *builtin;
    cr_assert_eq(mindset_engine_new(NULL, &builtin, &err), MINDSET_OK);
    for (int l = MS_LANG_EN; l < MS_LANG_COUNT; l++) {
        cr_assert_gt(read->lex[l].nentries, 1000);
        expect_same_lexicon(&builtin->lex[l], &read->lex[l]);
    }
    mindset_engine_free(builtin);
    mindset_engine_free(read);
}

/* Freeing an engine leaves the image alone: a second engine finds it whole. */
Test(lexicon_image, outlives_the_engines_that_borrow_it)
{
    for (int round = 0; round < 2; round++) {
        mindset_engine *e;
        cr_assert_eq(mindset_engine_new(NULL, &e, NULL), MINDSET_OK);
        cr_expect_eq(e->lex[MS_LANG_NL].nentries,
                     ms__builtin_lexicons[MS_LANG_NL].nentries);
        cr_expect_gt(ms__builtin_lexicons[MS_LANG_NL].nentries, 1000);
        mindset_engine_free(e);
    }
}
