/*
 * fuzz_lsp.c - any bytes as what an editor sends the language server: Content-Length
 * framing, then each message body through the JSON parser and the position conversions.
 */
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "lsp_transport.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    lsp_reader r;
    lsp_reader_init(&r, -1);
    lsp_reader_feed(&r, (const char *)data, size);
    r.eof = 1;
    const char *body, *problem;
    size_t len;
    lsp_read_status st;
    while ((st = lsp_reader_next(&r, &body, &len, &problem)) != LSP_EOF &&
           st != LSP_NEED_MORE) {
        if (st != LSP_MESSAGE)
            continue;
        json_t *msg = json_loadb(body, len, 0, NULL);
        json_decref(msg);
        for (lsp_encoding e = LSP_UTF16; e <= LSP_UTF32; e++) {
            long line, ch;
            lsp_position(body, len, len / 2, e, &line, &ch);
            lsp_offset(body, len, line, ch, e);
        }
    }
    lsp_reader_free(&r);
    return 0;
}
