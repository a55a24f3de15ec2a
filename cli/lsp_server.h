/* lsp_server.h - state and features of `mindset lsp` (documents, lint, hover, actions). */
#ifndef MINDSET_CLI_LSP_SERVER_H
#define MINDSET_CLI_LSP_SERVER_H

#include <jansson.h>
#include <stdio.h>

#include "lsp_transport.h"
#include "mindset.h"

typedef struct {
    char *uri;
    char *text;
    size_t len;
    double due; /* monotonic time of a pending debounced lint, 0 when none */
} lsp_doc;

typedef struct {
    mindset_engine *engine;
    mindset_scratch *scratch;
    int initialized, shutdown;
    lsp_encoding enc;
    char network[64];
    char lang[8];
    char lexicons[1024];
    mindset_severity min_severity;
    int debounce_ms;
    lsp_doc *docs;
    size_t ndocs;
    FILE *log;
} lsp_server;

void lsp_log(lsp_server *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
double lsp_now(void);

/* (Re)loads the engine from s->lexicons (built-in when empty); 0 or -1 (logged). */
int lsp_reload_engine(lsp_server *s);
void lsp_server_free(lsp_server *s);

lsp_doc *lsp_doc_find(lsp_server *s, const char *uri);
/* Stores the document's text (copied); returns the document or NULL on OOM. */
lsp_doc *lsp_doc_set(lsp_server *s, const char *uri, const char *text, size_t len);
void lsp_doc_close(lsp_server *s, const char *uri);

/* Analyses the document and publishes its diagnostics. */
void lsp_lint(lsp_server *s, lsp_doc *d);
/* textDocument/hover and textDocument/codeAction results (new references). */
json_t *lsp_hover(lsp_server *s, json_t *params);
json_t *lsp_code_actions(lsp_server *s, json_t *params);

#endif
