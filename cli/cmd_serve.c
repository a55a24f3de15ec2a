/*
 * cmd_serve.c - `mindset serve`: JSON lines over stdio for scripts and small editor
 * plugins. Each request line {"id","text","network","lang","disable"} gets one response
 * line, in order, with the fields of `check --format json` plus the request's id; a bad
 * request gets {"id","error"} and the process keeps serving.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "marker.h"

static void respond_error(json_t *id, const char *message)
{
    json_t *r = json_pack("{s:O,s:s}", "id", id ? id : json_null(), "error", message);
    char *s = json_dumps(r, JSON_COMPACT);
    if (s)
        printf("%s\n", s);
    free(s);
    json_decref(r);
}

static void respond(json_t *id, const char *body)
{
    char *ids = json_dumps(id ? id : json_null(), JSON_COMPACT | JSON_ENCODE_ANY);
    /* body is the check JSON object "{...}\n": splice the id in front */
    printf("{\"id\":%s,%s", ids ? ids : "null", body + 1);
    free(ids);
}

#define MAX_DISABLED 64

/* The request's "disable": an array of rule ids or groups (absent: none). Returns NULL,
   or what is wrong with it. */
static const char *disabled_rules(json_t *req, mindset_request *mr, const char **names)
{
    json_t *list = json_object_get(req, "disable");
    if (!list)
        return NULL;
    if (!json_is_array(list) || json_array_size(list) > MAX_DISABLED)
        return "\"disable\" must be an array of at most 64 rule names (see 'mindset "
               "rules')";
    for (size_t i = 0; i < json_array_size(list); i++) {
        names[i] = json_string_value(json_array_get(list, i));
        if (!names[i])
            return "\"disable\" must hold rule names as strings (see 'mindset rules')";
    }
    mr->disable = names;
    mr->disable_count = json_array_size(list);
    return NULL;
}

static void handle(mindset_scratch *sc, const char *line, size_t len, long lineno)
{
    json_error_t jerr;
    json_t *req = json_loadb(line, len, 0, &jerr);
    if (!json_is_object(req)) {
        char msg[300];
        snprintf(msg, sizeof msg, "line %ld, column %d: invalid request: %s", lineno,
                 jerr.column, req ? "a JSON object was expected" : jerr.text);
        respond_error(NULL, msg);
        json_decref(req);
        return;
    }
    json_t *id = json_object_get(req, "id");
    json_t *text = json_object_get(req, "text");
    const char *network = json_string_value(json_object_get(req, "network"));
    const char *lang = json_string_value(json_object_get(req, "lang"));
    mindset_request mr = {.network = network && *network ? network : NULL};
    const char *names[MAX_DISABLED];
    const char *bad_rules = disabled_rules(req, &mr, names);
    mindset_result *r = NULL;
    mindset_error err = {0};
    char *out = NULL;
    if (!json_is_string(text))
        respond_error(id, "the request has no string field \"text\"");
    else if (bad_rules)
        respond_error(id, bad_rules);
    else if (lang && mindset_lang_parse(lang, &mr.lang) != MINDSET_OK)
        respond_error(id, "unknown language (use en, nl or auto)");
    else if (mindset_analyze(sc, json_string_value(text), json_string_length(text), &mr, &r,
                             &err) != MINDSET_OK)
        respond_error(id, err.text[0] ? err.text : "the post could not be analysed");
    else {
        mindset_render_options ro = {.text = json_string_value(text),
                                     .len = json_string_length(text)};
        if (mindset_render(r, MINDSET_FORMAT_JSON, &ro, &out) == MINDSET_OK)
            respond(id, out);
        else
            respond_error(id, "out of memory");
    }
    mindset_free(out);
    mindset_result_free(r);
    json_decref(req);
}

int cmd_serve(int argc, char **argv)
{
    cli_options o = {0};
    int status = cli_begin(
        argc, argv, "serve",
        "usage: mindset serve [--lexicons DIR]\n\nOne JSON request per line on stdin, "
        "{\"id\":1,\"text\":\"...\",\"network\":\"linkedin\",\"lang\":\"auto\"};\n"
        "optional \"disable\":[\"checklist\",...] turns rules off (see 'mindset "
        "rules').\nOne response per line on stdout, in order: the fields of check "
        "--format json\nplus the id, or {\"id\",\"error\"}.",
        &o);
    if (status != CLI_GO_ON)
        return status;
    mindset_engine *e = NULL;
    mindset_scratch *sc = NULL;
    if (cli_engine_new(&o, &e) != 0 || mindset_scratch_new(e, &sc) != MINDSET_OK) {
        mindset_engine_free(e);
        return EXIT_USAGE;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long lineno = 0;
    while ((n = getline(&line, &cap, stdin)) >= 0) {
        lineno++;
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            n--;
        if (n > 0)
            handle(sc, line, (size_t)n, lineno);
        fflush(stdout);
    }
    free(line);
    mindset_scratch_free(sc);
    mindset_engine_free(e);
    return EXIT_PASS;
}
