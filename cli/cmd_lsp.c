/*
 * cmd_lsp.c - `mindset lsp`: a Language Server Protocol server over stdio. It lints the
 * editor's buffer (full text sync), publishes diagnostics after a debounce, explains a
 * finding on hover, and offers code actions (ignore a word in this document, check the
 * post for another network). Settings come from initializationOptions and
 * workspace/didChangeConfiguration, per document from a marker line or the file name.
 * Only protocol goes to stdout; logs go to stderr or --log-file.
 */
#include <errno.h>
#include <jansson.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "lsp_server.h"
#include "lsp_transport.h"

enum {
    RPC_PARSE_ERROR = -32700,
    RPC_INVALID_REQUEST = -32600,
    RPC_METHOD_NOT_FOUND = -32601,
    RPC_INVALID_PARAMS = -32602,
    RPC_INTERNAL_ERROR = -32603,
    RPC_NOT_INITIALIZED = -32002
};

void lsp_log(lsp_server *s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(s->log, fmt, ap);
    va_end(ap);
    fputc('\n', s->log);
    fflush(s->log);
}

double lsp_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void reply(json_t *id, json_t *result)
{
    lsp_send(json_pack("{s:O,s:o}", "id", id, "result", result ? result : json_null()));
}

static void reply_error(json_t *id, int code, const char *message)
{
    lsp_send(json_pack("{s:O,s:{s:i,s:s}}", "id", id ? id : json_null(), "error", "code",
                       code, "message", message));
}

/* ---- settings ---- */

/* Takes setting key into dst when it is a string that fits; one too long for dst is
   logged and the old value kept, never cut short (a cut directory could load another). */
static void copy_setting(lsp_server *s, json_t *obj, const char *key, char *dst, size_t cap)
{
    const char *v = json_string_value(json_object_get(obj, key));
    if (!v)
        return;
    size_t n = strlen(v);
    if (n >= cap) {
        lsp_log(s, "settings: %s of %zu bytes is too long (at most %zu); kept '%s'", key, n,
                cap - 1, dst);
        return;
    }
    memcpy(dst, v, n + 1);
}

/* Applies {"network","lang","failLevel","lexicons","debounceMs"}; reloads lexicons when
   their directory changes. */
static void apply_settings(lsp_server *s, json_t *opts)
{
    if (!json_is_object(opts))
        return;
    json_t *nested = json_object_get(opts, "mindset");
    if (json_is_object(nested))
        opts = nested;
    char lexicons[sizeof s->lexicons];
    memcpy(lexicons, s->lexicons, sizeof lexicons);
    copy_setting(s, opts, "network", s->network, sizeof s->network);
    copy_setting(s, opts, "lang", s->lang, sizeof s->lang);
    copy_setting(s, opts, "lexicons", s->lexicons, sizeof s->lexicons);
    const char *level = json_string_value(json_object_get(opts, "failLevel"));
    if (level && mindset_severity_parse(level, &s->min_severity) != MINDSET_OK)
        lsp_log(s, "settings: unknown failLevel '%s'", level);
    json_t *debounce = json_object_get(opts, "debounceMs");
    if (json_is_integer(debounce) && json_integer_value(debounce) >= 0)
        s->debounce_ms = (int)json_integer_value(debounce);
    if (strcmp(lexicons, s->lexicons) != 0)
        lsp_reload_engine(s);
}

static lsp_encoding choose_encoding(json_t *params)
{
    json_t *offered =
        json_object_get(json_object_get(json_object_get(params, "capabilities"), "general"),
                        "positionEncodings");
    size_t i;
    json_t *e;
    json_array_foreach(offered, i, e)
    {
        const char *name = json_string_value(e);
        if (name && !strcmp(name, "utf-8"))
            return LSP_UTF8;
        if (name && !strcmp(name, "utf-32"))
            return LSP_UTF32;
    }
    return LSP_UTF16;
}

static const char *encoding_name(lsp_encoding e)
{
    return e == LSP_UTF8 ? "utf-8" : e == LSP_UTF32 ? "utf-32" : "utf-16";
}

static json_t *capabilities(const lsp_server *s)
{
    return json_pack("{s:s,s:{s:b,s:i,s:{s:b}},s:b,s:{s:[s,s]}}", "positionEncoding",
                     encoding_name(s->enc), "textDocumentSync", "openClose", 1, "change", 1,
                     "save", "includeText", 1, "hoverProvider", 1, "codeActionProvider",
                     "codeActionKinds", "quickfix", "refactor");
}

static void on_initialize(lsp_server *s, json_t *id, json_t *params)
{
    s->enc = choose_encoding(params);
    apply_settings(s, json_object_get(params, "initializationOptions"));
    if (!s->engine && lsp_reload_engine(s) != 0) {
        reply_error(id, RPC_INTERNAL_ERROR,
                    "cannot load the lexicons (see the server log)");
        return;
    }
    s->initialized = 1;
    reply(id, json_pack("{s:o,s:{s:s,s:s}}", "capabilities", capabilities(s), "serverInfo",
                        "name", "mindset", "version", MINDSET_VERSION));
}

/* ---- documents ---- */

static const char *uri_of(json_t *params)
{
    return json_string_value(
        json_object_get(json_object_get(params, "textDocument"), "uri"));
}

static void on_did_open(lsp_server *s, json_t *params)
{
    json_t *td = json_object_get(params, "textDocument");
    const char *uri = json_string_value(json_object_get(td, "uri"));
    const char *text = json_string_value(json_object_get(td, "text"));
    if (!uri || !text) {
        lsp_log(s, "didOpen without uri or text");
        return;
    }
    lsp_doc *d = lsp_doc_set(s, uri, text, json_string_length(json_object_get(td, "text")));
    if (d)
        lsp_lint(s, d); /* no debounce on open */
}

static void on_did_change(lsp_server *s, json_t *params)
{
    const char *uri = uri_of(params);
    json_t *changes = json_object_get(params, "contentChanges");
    json_t *last = json_array_get(changes, json_array_size(changes) - 1);
    json_t *text = json_object_get(last, "text");
    if (!uri || !json_is_string(text) || json_object_get(last, "range")) {
        lsp_log(s, "didChange: expected full text sync");
        return;
    }
    lsp_doc *d = lsp_doc_set(s, uri, json_string_value(text), json_string_length(text));
    if (d)
        d->due = lsp_now() + s->debounce_ms / 1000.0;
}

static void on_did_save(lsp_server *s, json_t *params)
{
    json_t *text = json_object_get(params, "text");
    const char *uri = uri_of(params);
    lsp_doc *d = uri && json_is_string(text) ? lsp_doc_set(s, uri, json_string_value(text),
                                                           json_string_length(text))
                                             : lsp_doc_find(s, uri);
    if (d)
        lsp_lint(s, d);
}

static void on_did_close(lsp_server *s, json_t *params)
{
    const char *uri = uri_of(params);
    if (!uri)
        return;
    lsp_send(json_pack("{s:s,s:{s:s,s:[]}}", "method", "textDocument/publishDiagnostics",
                       "params", "uri", uri, "diagnostics"));
    lsp_doc_close(s, uri);
}

static void on_configuration(lsp_server *s, json_t *params)
{
    apply_settings(s, json_object_get(params, "settings"));
    for (size_t i = 0; i < s->ndocs; i++)
        lsp_lint(s, &s->docs[i]);
}

/* ---- dispatch ---- */

static int handle_request(lsp_server *s, const char *method, json_t *id, json_t *params)
{
    if (!strcmp(method, "initialize")) {
        on_initialize(s, id, params);
        return 0;
    }
    if (!s->initialized) {
        reply_error(id, RPC_NOT_INITIALIZED, "the server is not initialized");
        return 0;
    }
    if (s->shutdown) {
        reply_error(id, RPC_INVALID_REQUEST, "the server is shutting down");
        return 0;
    }
    if (!strcmp(method, "shutdown")) {
        s->shutdown = 1;
        reply(id, NULL);
    } else if (!strcmp(method, "textDocument/hover"))
        reply(id, lsp_hover(s, params));
    else if (!strcmp(method, "textDocument/codeAction"))
        reply(id, lsp_code_actions(s, params));
    else
        reply_error(id, RPC_METHOD_NOT_FOUND, "method not found");
    return 0;
}

/* Returns 1 when the server should exit. */
static int handle_notification(lsp_server *s, const char *method, json_t *params)
{
    if (!strcmp(method, "exit"))
        return 1;
    if (!s->initialized || s->shutdown)
        return 0; /* notifications before initialize are dropped */
    if (!strcmp(method, "textDocument/didOpen"))
        on_did_open(s, params);
    else if (!strcmp(method, "textDocument/didChange"))
        on_did_change(s, params);
    else if (!strcmp(method, "textDocument/didSave"))
        on_did_save(s, params);
    else if (!strcmp(method, "textDocument/didClose"))
        on_did_close(s, params);
    else if (!strcmp(method, "workspace/didChangeConfiguration"))
        on_configuration(s, params);
    return 0;
}

static int handle_message(lsp_server *s, const char *body, size_t len)
{
    json_error_t err;
    json_t *msg = json_loadb(body, len, 0, &err);
    if (!msg) {
        lsp_log(s, "invalid JSON at column %d: %s", err.column, err.text);
        reply_error(NULL, RPC_PARSE_ERROR, "parse error: invalid JSON");
        return 0;
    }
    json_t *id = json_object_get(msg, "id");
    const char *method = json_string_value(json_object_get(msg, "method"));
    json_t *params = json_object_get(msg, "params");
    int quit = 0;
    if (!json_is_object(msg) || !method) {
        if (!json_object_get(msg, "result") && !json_object_get(msg, "error"))
            reply_error(id, RPC_INVALID_REQUEST, "invalid request: no method");
    } else if (id)
        handle_request(s, method, id, params);
    else
        quit = handle_notification(s, method, params);
    json_decref(msg);
    return quit;
}

/* Milliseconds until the next debounced lint, or -1 when none is pending. */
static int next_timeout(const lsp_server *s)
{
    double soonest = -1, now = lsp_now();
    for (size_t i = 0; i < s->ndocs; i++)
        if (s->docs[i].due > 0 && (soonest < 0 || s->docs[i].due < soonest))
            soonest = s->docs[i].due;
    if (soonest < 0)
        return -1;
    return soonest <= now ? 0 : (int)((soonest - now) * 1000.0) + 1;
}

static void lint_due(lsp_server *s)
{
    double now = lsp_now();
    for (size_t i = 0; i < s->ndocs; i++)
        if (s->docs[i].due > 0 && s->docs[i].due <= now)
            lsp_lint(s, &s->docs[i]);
}

/* Handles every complete message in the buffer; 1 when the server should exit. */
static int drain(lsp_server *s, lsp_reader *in)
{
    for (;;) {
        const char *body, *problem = NULL;
        size_t len;
        lsp_read_status st = lsp_reader_next(in, &body, &len, &problem);
        if (st == LSP_NEED_MORE)
            return 0;
        if (st == LSP_EOF)
            return 1;
        if (st == LSP_BAD_FRAME) {
            lsp_log(s, "bad frame: %s", problem);
            reply_error(NULL, RPC_INVALID_REQUEST, problem);
            continue;
        }
        if (handle_message(s, body, len))
            return 1;
    }
}

static int serve(lsp_server *s)
{
    lsp_reader in;
    lsp_reader_init(&in, STDIN_FILENO);
    int quit = 0;
    while (!quit) {
        struct pollfd p = {.fd = STDIN_FILENO, .events = POLLIN};
        int n = poll(&p, 1, next_timeout(s));
        if (n < 0 && errno != EINTR)
            break;
        if (n > 0 && lsp_reader_fill(&in) != 0 && in.len == 0)
            quit = 1;
        if (!quit)
            quit = drain(s, &in);
        lint_due(s);
    }
    lsp_reader_free(&in);
    return s->shutdown ? EXIT_PASS : 1;
}

static int parse_lsp_args(int argc, char **argv, const char **log_file)
{
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--log-file") && i + 1 < argc)
            *log_file = argv[++i];
        else if (!strncmp(argv[i], "--log-file=", 11))
            *log_file = argv[i] + 11;
        else if (!strcmp(argv[i], "--stdio"))
            continue; /* what most clients pass */
        else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            puts("usage: mindset lsp [--stdio] [--log-file FILE]\n\nA Language Server "
                 "Protocol server on stdin/stdout. Editor setup: docs/editors.md.");
            return 1;
        } else {
            fprintf(stderr, "mindset lsp: unknown option '%s'\n", argv[i]);
            return -1;
        }
    }
    return 0;
}

int cmd_lsp(int argc, char **argv)
{
    const char *log_file = NULL;
    int rc = parse_lsp_args(argc, argv, &log_file);
    if (rc != 0)
        return rc > 0 ? EXIT_PASS : EXIT_USAGE;
    lsp_server s = {.debounce_ms = 150, .min_severity = MINDSET_SEVERITY_INFO};
    s.log = log_file ? fopen(log_file, "a") : stderr;
    if (!s.log) {
        fprintf(stderr, "mindset lsp: cannot open log file %s\n", log_file);
        return EXIT_USAGE;
    }
    rc = serve(&s); /* the lexicons load at initialize, after its settings */
    lsp_server_free(&s);
    if (s.log != stderr)
        fclose(s.log);
    return rc;
}
