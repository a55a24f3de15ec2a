/*
 * score_record.c - one bulk record: parse it (JSON object, CSV/TSV row or plain text),
 * score it, and write its output line. A record that cannot be read or scored becomes an
 * error record naming its line; it is counted, never dropped.
 */
#include <jansson.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json_flat.h"
#include "score.h"

#define MAX_COLUMNS 256

/* The fields of one record, pointing into the parsed input. */
typedef struct {
    const char *text, *lang, *network, *group;
    size_t text_len;
    strbuf id;      /* the id as JSON (a string or number), or empty */
    strbuf keep;    /* ,"name":value pairs for --keep-fields */
    strbuf decoded; /* text, lang, network, group when they held escapes (fast path) */
    /* where kept field k's pair and its value start in keep (a value ends where the next
       pair starts), for CSV output */
    size_t keep_pair_at[SCORE_MAX_KEEP], keep_value_at[SCORE_MAX_KEEP];
} record_fields;

static void error_text(record_stats *st, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void error_text(record_stats *st, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(st->error, sizeof st->error, fmt, ap);
    va_end(ap);
}

/* ,"NAME": before kept field k's value (names were checked to need no escaping) */
static void keep_key(record_fields *f, int k, const char *name)
{
    f->keep_pair_at[k] = f->keep.len;
    sb_puts(&f->keep, ",\"");
    sb_puts(&f->keep, name);
    sb_puts(&f->keep, "\":");
    f->keep_value_at[k] = f->keep.len;
}

static void dump_json(strbuf *b, json_t *v)
{
    char *s = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
    if (s)
        sb_puts(b, s);
    free(s);
}

static const char *json_field(json_t *root, const char *name, size_t *len)
{
    json_t *v = name ? json_object_get(root, name) : NULL;
    if (!json_is_string(v))
        return NULL;
    if (len)
        *len = json_string_length(v);
    return json_string_value(v);
}

static int fields_from_json(const score_config *cfg, json_t *root, record_fields *f,
                            record_stats *st)
{
    if (!json_is_object(root)) {
        error_text(st, "a JSON object was expected");
        return -1;
    }
    json_t *id = json_object_get(root, cfg->id_field);
    if (json_is_string(id) || json_is_integer(id))
        dump_json(&f->id, id);
    f->text = json_field(root, cfg->text_field, &f->text_len);
    if (!f->text) {
        error_text(st, "no string field \"%s\"", cfg->text_field);
        return -1;
    }
    f->lang = json_field(root, cfg->lang_field, NULL);
    f->network = json_field(root, cfg->network_field, NULL);
    f->group = json_field(root, cfg->group_field, NULL);
    for (int k = 0; k < cfg->nkeep; k++) {
        json_t *v = json_object_get(root, cfg->keep[k]);
        keep_key(f, k, cfg->keep[k]);
        if (v)
            dump_json(&f->keep, v);
        else
            sb_puts(&f->keep, "null");
    }
    return 0;
}

static const char *column(record_worker *w, const size_t *offs, int n, int col, size_t *len,
                          const size_t *lens)
{
    if (col < 0 || col >= n)
        return NULL;
    if (len)
        *len = lens[col];
    return w->fields.data + offs[col];
}

static void json_id_string(strbuf *b, const char *s, size_t n)
{
    json_t *v = json_stringn(s, n);
    if (v)
        dump_json(b, v);
    json_decref(v);
}

static int fields_from_csv(record_worker *w, const char *rec, size_t len, record_fields *f,
                           record_stats *st)
{
    const score_config *cfg = w->cfg;
    size_t offs[MAX_COLUMNS], lens[MAX_COLUMNS], idlen = 0;
    char sep = cfg->in == IN_TSV ? '\t' : ',';
    int n = csv_split(rec, len, sep, &w->fields, offs, lens, MAX_COLUMNS, st->error,
                      sizeof st->error);
    if (n < 0)
        return -1;
    f->text = column(w, offs, n, cfg->col_text, &f->text_len, lens);
    if (!f->text) {
        error_text(st, "the row has no \"%s\" column", cfg->text_field);
        return -1;
    }
    const char *id = column(w, offs, n, cfg->col_id, &idlen, lens);
    if (id)
        json_id_string(&f->id, id, idlen);
    f->lang = column(w, offs, n, cfg->col_lang, NULL, lens);
    f->network = column(w, offs, n, cfg->col_network, NULL, lens);
    f->group = column(w, offs, n, cfg->col_group, NULL, lens);
    for (int k = 0; k < cfg->nkeep; k++) {
        const char *v = column(w, offs, n, cfg->col_keep[k], &idlen, lens);
        keep_key(f, k, cfg->keep[k]);
        if (v)
            json_id_string(&f->keep, v, idlen);
        else
            sb_puts(&f->keep, "null");
    }
    return 0;
}

static json_t *parse_json(const char *rec, size_t len, record_stats *st)
{
    json_error_t jerr;
    json_t *root = json_loadb(rec, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!root)
        snprintf(st->error, sizeof st->error, "column %d: invalid JSON: %s", jerr.column,
                 jerr.text);
    return root;
}

/* s equals word; the first letters are compared before strcmp is asked, as the names
   below differ there. */
static int is(const char *s, const char *word)
{
    return s[0] == word[0] && strcmp(s, word) == 0;
}

static int lang_index(const char *lang)
{
    return is(lang, "en") ? 1 : is(lang, "nl") ? 2 : 0;
}

static int label_index(const char *label)
{
    return is(label, "personal")       ? 1
           : is(label, "professional") ? 2
           : is(label, "mixed")        ? 3
                                       : 0;
}

static int verdict_index(const char *v)
{
    return !v ? -1 : is(v, "fit") ? 0 : is(v, "borderline") ? 1 : 2;
}

/* at: index of the record's own network among the verdicts, or -1 */
static void collect(const mindset_result *r, int at, record_stats *st)
{
    size_t n = mindset_result_verdict_count(r);
    st->ok = 1;
    st->lang = lang_index(mindset_result_lang(r));
    st->label = label_index(mindset_result_label(r));
    st->score = mindset_result_score(r);
    for (size_t i = 0; i < MINDSET_PURPOSE_COUNT; i++)
        st->purposes[i] = mindset_result_purpose_weight(r, i);
    for (size_t i = 0; i < n && i < SCORE_MAX_NETWORKS; i++)
        st->verdicts[i] = (signed char)verdict_index(mindset_result_verdict_at(r, i));
    if (at >= 0) {
        st->record_network = mindset_result_verdict_network(r, (size_t)at);
        st->record_verdict =
            (signed char)verdict_index(mindset_result_verdict_at(r, (size_t)at));
    }
}

/* A JSON value as a CSV field: a string as its text, null as an empty field, a number,
   true, false, an array or an object as its JSON. */
static void csv_json_value(strbuf *out, const char *json, size_t len)
{
    if (len == 0 || (len == 4 && !memcmp(json, "null", 4)))
        return;
    if (json[0] != '"') {
        sb_csv_field(out, json, len);
        return;
    }
    if (!memchr(json, '\\', len)) { /* no escapes: the text between the quotes */
        sb_csv_field(out, json + 1, len - 2);
        return;
    }
    json_t *v = json_loadb(json, len, JSON_DECODE_ANY, NULL);
    if (v)
        sb_csv_field(out, json_string_value(v), json_string_length(v));
    else
        sb_csv_field(out, json, len); /* not from our encoders: kept as it is */
    json_decref(v);
}

/* The kept fields as CSV columns, each after a comma. */
static void write_csv_kept(strbuf *out, const record_fields *f, int nkeep)
{
    for (int k = 0; k < nkeep; k++) {
        sb_putc(out, ',');
        if (!f->keep.len)
            continue; /* the record ended before its kept fields were read */
        size_t end = k + 1 < nkeep ? f->keep_pair_at[k + 1] : f->keep.len;
        csv_json_value(out, f->keep.data + f->keep_value_at[k], end - f->keep_value_at[k]);
    }
}

static void write_id(strbuf *out, const record_fields *f, int csv)
{
    if (csv) {
        csv_json_value(out, f->id.data, f->id.len);
        return;
    }
    sb_puts(out, "{\"id\":");
    if (f->id.len)
        sb_append(out, f->id.data, f->id.len);
    else
        sb_puts(out, "null");
}

static void write_error(record_worker *w, const record_fields *f, record_stats *st)
{
    strbuf *out = &w->out;
    json_t *msg = json_string(st->error);
    if (w->cfg->out == OUT_CSV) {
        write_id(out, f, 1);
        write_csv_kept(out, f, w->cfg->nkeep);
        /* the commas of a result row up to its error column: lang, label, score,
           coverage, types, the verdicts, the purposes, then error itself */
        int commas = 5 + w->cfg->nnetworks + (w->cfg->network_field ? 2 : 0) +
                     MINDSET_PURPOSE_COUNT + 1;
        for (int i = 0; i < commas; i++)
            sb_putc(out, ',');
        sb_csv_field(out, st->error, strlen(st->error));
        sb_printf(out, ",%ld\n", st->line);
    } else {
        write_id(out, f, 0);
        sb_printf(out, ",\"line\":%ld,\"error\":", st->line);
        if (msg)
            dump_json(out, msg);
        else
            sb_puts(out, "\"error\"");
        sb_puts(out, "}\n");
    }
    json_decref(msg);
}

static int resolve_lang(const char *lang, const score_config *cfg, mindset_lang *out,
                        record_stats *st)
{
    *out = cfg->lang;
    if (lang && *lang && mindset_lang_parse(lang, out) != MINDSET_OK) {
        error_text(st, "unknown language \"%s\" (use en, nl or auto)", lang);
        return -1;
    }
    return 0;
}

/* id,kept fields,lang,label,score,coverage,types,verdict per
   --network[,network,network_verdict],five purposes,error,line */
static void write_csv_row(record_worker *w, const record_fields *f, const mindset_result *r,
                          int at)
{
    strbuf *out = &w->out;
    write_id(out, f, 1);
    write_csv_kept(out, f, w->cfg->nkeep);
    sb_putc(out, ',');
    sb_puts(out, mindset_result_lang(r));
    sb_putc(out, ',');
    sb_puts(out, mindset_result_label(r));
    sb_putc(out, ',');
    sb_fixed4(out, mindset_result_score(r));
    sb_putc(out, ',');
    sb_fixed4(out, mindset_result_coverage(r));
    sb_putc(out, ',');
    for (size_t i = 0; i < mindset_result_type_count(r); i++) {
        if (i)
            sb_putc(out, ';');
        sb_puts(out, mindset_result_type_name(r, i));
    }
    for (int i = 0; i < w->cfg->nnetworks; i++) {
        sb_putc(out, ',');
        sb_puts(out, mindset_result_verdict_at(r, (size_t)i));
    }
    if (w->cfg->network_field) {
        sb_putc(out, ',');
        sb_puts(out, at >= 0 ? mindset_result_verdict_network(r, (size_t)at) : "");
        sb_putc(out, ',');
        sb_puts(out, at >= 0 ? mindset_result_verdict_at(r, (size_t)at) : "");
    }
    for (size_t i = 0; i < MINDSET_PURPOSE_COUNT; i++) {
        sb_putc(out, ',');
        sb_int(out, mindset_result_purpose_points(r, i));
    }
    sb_puts(out, ",,\n");
}

static char *put(char *at, const void *s, size_t n)
{
    if (n)
        memcpy(at, s, n);
    return at + n;
}

static void write_result(record_worker *w, const record_fields *f, const mindset_result *r,
                         int at)
{
    if (w->cfg->out == OUT_CSV) {
        write_csv_row(w, f, r, at);
        return;
    }
    /* {"id":ID,KEPT then the rendered record, appended in place; its opening brace then
       becomes the comma after the kept fields */
    static const char id_key[] = "{\"id\":", no_id[] = "null";
    size_t id_len = f->id.len ? f->id.len : sizeof no_id - 1;
    char *to = sb_room(&w->out, sizeof id_key + id_len + f->keep.len);
    if (!to)
        return;
    to = put(to, id_key, sizeof id_key - 1);
    to = put(to, f->id.len ? f->id.data : no_id, id_len);
    to = put(to, f->keep.data, f->keep.len);
    sb_commit(&w->out, to);
    size_t brace = w->out.len;
    if (mindset_render_append(r, MINDSET_FORMAT_RECORD, NULL, &w->out.data, &w->out.len,
                              &w->out.cap) != MINDSET_OK) {
        w->out.failed = 1;
        return;
    }
    w->out.data[brace] = ',';
    sb_putc(&w->out, '\n');
}

/* Analyses the record's text; fills st->error and returns -1 on failure. */
static int analyse_fields(record_worker *w, const record_fields *f, record_stats *st)
{
    const score_config *cfg = w->cfg;
    const char *nets[SCORE_MAX_NETWORKS + 1];
    size_t n = 0;
    for (int i = 0; i < cfg->nnetworks; i++)
        nets[n++] = cfg->networks[i];
    int at = -1;
    if (f->network && *f->network) {
        const char *canonical = mindset_engine_network_canonical(w->engine, f->network);
        if (!canonical) {
            error_text(st, "unknown network \"%s\"", f->network);
            return -1;
        }
        for (int i = 0; i < cfg->nnetworks && at < 0; i++)
            at = strcmp(cfg->networks[i], canonical) == 0 ? i : -1;
        if (at < 0) {
            at = (int)n;
            nets[n++] = canonical;
        }
    }
    mindset_request req = {.networks = nets,
                           .network_count = n,
                           .figures_only = 1,
                           /* both JSON readers take only valid UTF-8: the flat one
                              checks every byte, Jansson its input and escapes */
                           .utf8_checked = cfg->in == IN_JSONL,
                           .disable = cfg->disable,
                           .disable_count = (size_t)cfg->ndisable};
    if (resolve_lang(f->lang, cfg, &req.lang, st) != 0)
        return -1;
    mindset_result *r = NULL;
    mindset_error err; /* only what a failure reads is cleared: the struct is 528 bytes */
    err.line = 0;
    err.text[0] = '\0';
    mindset_status s = mindset_analyze(w->scratch, f->text, f->text_len, &req, &r, &err);
    if (s != MINDSET_OK) {
        if (err.line > 0)
            snprintf(st->error, sizeof st->error, "text %d:%d: %.160s", err.line,
                     err.column, err.text);
        else
            snprintf(st->error, sizeof st->error, "%.200s",
                     err.text[0] ? err.text : mindset_strerror(s));
        return -1;
    }
    collect(r, at, st);
    write_result(w, f, r, at);
    mindset_result_recycle(w->scratch, r);
    return 0;
}

/* A number the fast path may copy as it is: an integer Jansson would read the same way. */
static int plain_integer(const flat_value *v)
{
    if (v->kind != FLAT_NUMBER || v->len > 18 || v->start[0] == '-')
        return 0;
    for (size_t i = 0; i < v->len; i++)
        if (v->start[i] < '0' || v->start[i] > '9')
            return 0;
    return 1;
}

/* Writes a value as Jansson's compact dump would; -1 when only Jansson can tell. */
static int copy_value(strbuf *out, const flat_value *v)
{
    if (v->kind == FLAT_STRING && !v->escaped) {
        char *at = sb_room(out, v->len + 2);
        if (!at)
            return 0; /* out has failed: the record's output is dropped as a whole */
        *at++ = '"';
        memcpy(at, v->start, v->len);
        at += v->len;
        *at++ = '"';
        sb_commit(out, at);
    } else if (v->kind == FLAT_LITERAL || plain_integer(v))
        sb_append(out, v->start, v->len);
    else
        return -1;
    return 0;
}

/* The decoded string of v: NUL-terminated in f->decoded, or, when the caller takes a
   length and the string has no escapes, in place in the record. */
static const char *string_of(record_fields *f, const flat_value *v, size_t *len)
{
    if (!v || v->kind != FLAT_STRING)
        return NULL;
    if (!v->escaped && len) {
        *len = v->len;
        return v->start;
    }
    size_t at = f->decoded.len;
    flat_decode(v, &f->decoded);
    if (len)
        *len = f->decoded.len - at;
    sb_putc(&f->decoded, '\0');
    return f->decoded.failed ? NULL : f->decoded.data + at;
}

/* Fields of a record the fast reader accepts: 0, -1 (error in st) or 1 (use Jansson). */
static int fields_from_flat(const score_config *cfg, const char *rec, size_t len,
                            record_fields *f, record_stats *st)
{
    flat_record r;
    if (flat_parse(rec, len, &r) != 0)
        return 1;
    const flat_value *id = flat_get(&r, cfg->id_field);
    if (id && (id->kind == FLAT_STRING || id->kind == FLAT_NUMBER) &&
        copy_value(&f->id, id))
        return 1;
    for (int k = 0; k < cfg->nkeep; k++) {
        const flat_value *v = flat_get(&r, cfg->keep[k]);
        keep_key(f, k, cfg->keep[k]);
        if (!v)
            sb_puts(&f->keep, "null");
        else if (copy_value(&f->keep, v))
            return 1;
    }
    const flat_value *text = flat_get(&r, cfg->text_field);
    if (!text || text->kind != FLAT_STRING) {
        error_text(st, "no string field \"%s\"", cfg->text_field);
        return -1;
    }
    /* Decoding never makes a string longer, so one reservation keeps every pointer
       into decoded valid. */
    f->decoded.len = 0;
    if (sb_reserve(&f->decoded, len + 4) != 0)
        return 1;
    f->lang = string_of(f, flat_get(&r, cfg->lang_field), NULL);
    f->network = string_of(f, flat_get(&r, cfg->network_field), NULL);
    f->group = string_of(f, flat_get(&r, cfg->group_field), NULL);
    f->text = string_of(f, text, &f->text_len);
    return f->decoded.failed ? 1 : 0;
}

static int read_fields(record_worker *w, const char *rec, size_t len, record_fields *f,
                       record_stats *st, json_t **root)
{
    const score_config *cfg = w->cfg;
    if (len == 0) {
        error_text(st, "empty line");
        return -1;
    }
    if (cfg->in == IN_TEXT) {
        f->text = rec;
        f->text_len = len;
        sb_int(&f->id, st->line);
        return 0;
    }
    if (cfg->in != IN_JSONL)
        return fields_from_csv(w, rec, len, f, st);
    int fast = fields_from_flat(cfg, rec, len, f, st);
    if (fast <= 0)
        return fast;
    f->id.len = f->keep.len = 0; /* start over with the full parser */
    *root = parse_json(rec, len, st);
    return *root ? fields_from_json(cfg, *root, f, st) : -1;
}

/* The worker's buffers, emptied, become the record's, and no field is found yet. Where
   the kept fields start is left as it is: it is read only once keep holds them all. */
static void borrow_buffers(record_worker *w, record_fields *f)
{
    f->text = f->lang = f->network = f->group = NULL;
    f->text_len = 0;
    f->id = w->id;
    f->keep = w->keep;
    f->decoded = w->decoded;
    f->id.len = f->keep.len = f->decoded.len = 0;
    f->id.failed = f->keep.failed = f->decoded.failed = 0;
}

static void return_buffers(record_worker *w, const record_fields *f)
{
    w->id = f->id;
    w->keep = f->keep;
    w->decoded = f->decoded;
}

/* Empty stats for the record raw. The error text is read only as a string, so only its
   first byte is cleared: it is most of the struct's bytes. */
static void start_stats(record_stats *st, const raw_record *raw)
{
    memset(st, 0, offsetof(record_stats, error));
    st->error[0] = '\0';
    memset(st->verdicts, -1, sizeof st->verdicts);
    st->record_network = NULL;
    st->record_verdict = -1;
    st->file = raw->file;
    st->line = raw->line;
}

void score_record(record_worker *w, const char *rec, const raw_record *raw,
                  record_stats *st)
{
    record_fields f;
    borrow_buffers(w, &f);
    json_t *root = NULL;
    start_stats(st, raw);
    if (raw->too_long)
        snprintf(st->error, sizeof st->error, "record longer than %u bytes",
                 SCORE_MAX_RECORD);
    else if (read_fields(w, rec, raw->len, &f, st, &root) == 0 &&
             analyse_fields(w, &f, st) == 0) {
        if (f.group)
            st->group = strdup(f.group);
    }
    if (!st->ok)
        write_error(w, &f, st);
    json_decref(root);
    return_buffers(w, &f);
}
