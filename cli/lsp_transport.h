/* lsp_transport.h - JSON-RPC messages over stdio with Content-Length framing. */
#ifndef MINDSET_CLI_LSP_TRANSPORT_H
#define MINDSET_CLI_LSP_TRANSPORT_H

#include <jansson.h>
#include <stddef.h>

/* Largest message body accepted; larger frames are skipped with an error. */
#define LSP_MAX_MESSAGE (16u * 1024u * 1024u)

typedef struct {
    int fd;
    char *buf;
    size_t len, cap;
    size_t skip; /* bytes of an oversized body still to drop */
    char *msg;   /* the last message handed out */
    int eof;
} lsp_reader;

typedef enum {
    LSP_MESSAGE = 1, /* *body holds one message */
    LSP_NEED_MORE = 0,
    LSP_EOF = -1,
    LSP_BAD_FRAME = -2 /* a malformed or oversized frame was skipped; *problem says why */
} lsp_read_status;

void lsp_reader_init(lsp_reader *r, int fd);
void lsp_reader_free(lsp_reader *r);
/* Appends bytes as if read from the fd (tests and fuzzing); 0 or -1 on OOM. */
int lsp_reader_feed(lsp_reader *r, const char *data, size_t n);
/* Reads what is available on the fd (call when poll() says readable). 0, or -1 at EOF. */
int lsp_reader_fill(lsp_reader *r);
/* Takes the next complete message from the buffer. The body is NUL-terminated and valid
   until the next call. */
lsp_read_status lsp_reader_next(lsp_reader *r, const char **body, size_t *len,
                                const char **problem);

/* Writes one message (compact JSON) with its header to stdout; steals msg. */
int lsp_send(json_t *msg);

/* Position encodings (LSP 3.17 general.positionEncodings). */
typedef enum { LSP_UTF16 = 0, LSP_UTF8, LSP_UTF32 } lsp_encoding;

/* Byte offset <-> (line, character) in the given encoding. Offsets past the text clamp. */
void lsp_position(const char *text, size_t len, size_t offset, lsp_encoding enc, long *line,
                  long *character);
size_t lsp_offset(const char *text, size_t len, long line, long character,
                  lsp_encoding enc);

#endif
