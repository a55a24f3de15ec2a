/*
 * fuzz_analyze.c - any bytes as a post: every network, both languages and auto-detect,
 * all renderers. Must never crash, leak or hang; errors are fine.
 */
#include <stdint.h>
#include <stdlib.h>

#include "mindset.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static mindset_engine *engine;
static mindset_scratch *scratch;

static void render_all(const mindset_result *r, const char *text, size_t len)
{
    static const mindset_format formats[] = {MINDSET_FORMAT_TEXT, MINDSET_FORMAT_JSON,
                                             MINDSET_FORMAT_LINE, MINDSET_FORMAT_EXPLAIN,
                                             MINDSET_FORMAT_RECORD};
    mindset_render_options o = {.filename = "fuzz", .text = text, .len = len, .color = 1};
    for (size_t i = 0; i < sizeof formats / sizeof *formats; i++) {
        char *out = NULL;
        mindset_render(r, formats[i], &o, &out);
        mindset_free(out);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!engine && (mindset_engine_new(NULL, &engine, NULL) != MINDSET_OK ||
                    mindset_scratch_new(engine, &scratch) != MINDSET_OK))
        abort();
    const char *text = (const char *)data;
    size_t n = mindset_engine_network_count(engine);
    const char *all[32];
    for (size_t i = 0; i < n && i < 32; i++)
        all[i] = mindset_engine_network_name(engine, i);
    static const mindset_lang langs[] = {MINDSET_LANG_AUTO, MINDSET_LANG_EN,
                                         MINDSET_LANG_NL};
    for (size_t l = 0; l < 3; l++) {
        const char *ignore[] = {"baby", "the"};
        mindset_request req = {.network = size % 2 ? "linkedin" : "facebook",
                               .lang = langs[l],
                               .keep_trace = 1,
                               .networks = all,
                               .network_count = n < 32 ? n : 32,
                               .ignore = ignore,
                               .ignore_count = size % 3 == 0 ? 2 : 0};
        mindset_result *r = NULL;
        if (mindset_analyze(scratch, text, size, &req, &r, NULL) == MINDSET_OK)
            render_all(r, text, size);
        mindset_result_free(r);
    }
    return 0;
}
