/*
 * mindset.h - the public interface of libmindset.
 *
 * libmindset reads a social-media post (English or Dutch), says which mindset it speaks
 * to (personal "spend time" vs professional "invest time"), which kinds of content it
 * contains, and whether it fits the network it is going to, with the exact words that
 * triggered each finding.
 *
 * Use:
 *   mindset_engine *eng;  mindset_error err;
 *   mindset_engine_new(NULL, &eng, &err);          // built-in lexicons
 *   mindset_scratch *s;   mindset_scratch_new(eng, &s);   // one per thread
 *   mindset_result *r;    mindset_analyze(s, text, len, &req, &r, &err);
 *   char *json;           mindset_render(r, MINDSET_FORMAT_JSON, NULL, &json);
 *   mindset_free(json);   mindset_result_free(r);
 *   mindset_scratch_free(s);  mindset_engine_free(eng);
 *
 * Threads: an engine is immutable after mindset_engine_new() and may be shared by any
 * number of threads; each thread needs its own mindset_scratch. The library never prints
 * and never aborts: every failure is a mindset_status, with details in a mindset_error.
 */
#ifndef MINDSET_H
#define MINDSET_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define MINDSET_VERSION "0.1.0"
#define MINDSET_VERSION_MAJOR 0
#define MINDSET_VERSION_MINOR 1
#define MINDSET_VERSION_PATCH 0
/* Version of the JSON output schema (docs/json-schema.md). */
#define MINDSET_SCHEMA_VERSION 1

/* Largest post mindset_analyze() accepts, in bytes. */
#define MINDSET_MAX_POST_BYTES (1024u * 1024u)

typedef enum {
    MINDSET_OK = 0,
    MINDSET_ERR_NOMEM,   /* out of memory */
    MINDSET_ERR_USAGE,   /* invalid argument (NULL where an object is needed, bad option) */
    MINDSET_ERR_UTF8,    /* the post is not valid UTF-8 */
    MINDSET_ERR_TOO_BIG, /* the post exceeds MINDSET_MAX_POST_BYTES or too many tokens */
    MINDSET_ERR_LEXICON, /* a lexicon or network file has an error */
    MINDSET_ERR_IO,      /* a lexicon file or directory could not be read */
    MINDSET_ERR_NETWORK, /* unknown network name */
    MINDSET_ERR_LANG,    /* unknown language code */
    MINDSET_ERR_STEMMER, /* the Snowball stemmer could not be created */
    MINDSET_ERR_RULE     /* unknown rule name (see mindset_rule_known()) */
} mindset_status;

/* A short English description of a status. Borrowed; valid forever. */
const char *mindset_strerror(mindset_status status);

/*
 * Where and why something failed. file is "" when no file is involved (a post given as a
 * string); line and column are 1-based, 0 when unknown; offset is a byte offset into the
 * post or file, or -1 when unknown.
 */
typedef struct {
    char file[256];
    int line;
    int column;
    long offset;
    char text[256];
} mindset_error;

/* ---- engine ------------------------------------------------------------------------ */

typedef struct mindset_engine mindset_engine;

typedef struct {
    /* Directory with categories.def, networks.def, emoji.lex, en/, nl/ (layout of the
       project's lexicons/); NULL uses the lexicons compiled into the library. */
    const char *lexicon_dir;
} mindset_options;

/*
 * Loads the lexicons and network profiles and builds an engine. options may be NULL.
 * On failure *out is NULL and err (if not NULL) names the file and line.
 * Caller owns the result; free with mindset_engine_free().
 */
mindset_status mindset_engine_new(const mindset_options *options, mindset_engine **out,
                                  mindset_error *err);

/* Frees an engine; every scratch made from it must be freed first. Accepts NULL. */
void mindset_engine_free(mindset_engine *engine);

/* Number of network profiles, and the i-th one's properties. Borrowed; valid until the
   engine is freed. i must be < mindset_engine_network_count(). */
size_t mindset_engine_network_count(const mindset_engine *engine);
const char *mindset_engine_network_name(const mindset_engine *engine, size_t i);
const char *mindset_engine_network_label(const mindset_engine *engine, size_t i);
const char *mindset_engine_network_mindset(const mindset_engine *engine, size_t i);
const char *mindset_engine_network_kind(const mindset_engine *engine, size_t i);
const char *mindset_engine_network_aliases(const mindset_engine *engine, size_t i);
const char *mindset_engine_network_about(const mindset_engine *engine, size_t i);

/* Canonical name of a network given by name or alias, or NULL when unknown. Borrowed;
   valid until the engine is freed. */
const char *mindset_engine_network_canonical(const mindset_engine *engine,
                                             const char *name);

/*
 * Lints the loaded lexicons: duplicate entries, entries that stem to the same key as
 * another in the same category, the same term in a personal and a professional category,
 * and entries shadowed by a wildcard of the same category (they never add anything).
 * Calls fn once per problem with "file:line" and a message; returns the number of
 * problems.
 */
typedef void (*mindset_lint_fn)(void *ctx, const char *where, const char *message);
size_t mindset_engine_lint(const mindset_engine *engine, mindset_lint_fn fn, void *ctx);

/* Number of lexicon entries loaded (all languages and categories). */
size_t mindset_engine_entry_count(const mindset_engine *engine);

/* ---- per-thread scratch ------------------------------------------------------------ */

typedef struct mindset_scratch mindset_scratch;

/*
 * Makes the mutable state one thread needs to analyse posts: stemmers, stem cache,
 * buffers. Caller owns the result; free with mindset_scratch_free().
 */
mindset_status mindset_scratch_new(const mindset_engine *engine, mindset_scratch **out);
void mindset_scratch_free(mindset_scratch *scratch);

/*
 * Readies a scratch for many posts: its word and fold caches (about 8 MiB) get their
 * memory now, page by page, instead of page by page as posts first use them. Call it
 * once per thread before scoring a corpus. In a process with several threads, a page
 * that a post reads before it writes it costs the other threads an interrupt when the
 * write arrives (the processors drop their stale address translations); warmed up, no
 * page takes that path. Costs a few milliseconds, which a single `check` of one post
 * should not pay, so mindset_scratch_new() does not do it.
 */
void mindset_scratch_warm(mindset_scratch *scratch);

/* ---- analysis ---------------------------------------------------------------------- */

typedef enum { MINDSET_LANG_AUTO = 0, MINDSET_LANG_EN, MINDSET_LANG_NL } mindset_lang;

typedef struct {
    const char *network; /* network name or alias; NULL: no verdict */
    mindset_lang lang;   /* MINDSET_LANG_AUTO detects it from the text */
    int keep_trace;      /* non-zero: keep tokens and matches for the explain format */
    /* More networks to judge the post for (bulk scoring): each gets a verdict, read with
       mindset_result_verdict_at(); findings are given for `network` only. */
    const char *const *networks;
    size_t network_count;
    /* Words to ignore (compared after normalisation, e.g. from an editor's "ignore this
       word"): a lexicon match containing one of them is dropped before scoring. */
    const char *const *ignore;
    size_t ignore_count;
    /* Rules to turn off: a rule id ("checklist.unbacked_claim", "misfit.baby_family") or a
       group, the part before the dot ("checklist", "touch"). A rule turned off gives no
       finding and has no say in any verdict, as if it had not fired; the other rules are
       judged as usual. An unknown name is MINDSET_ERR_RULE. */
    const char *const *disable;
    size_t disable_count;
    /* Non-zero: figures and verdicts only, no findings (bulk scoring reports none). The
       verdicts are the same as with findings; the pre-share checklist is not run. */
    int figures_only;
    /* Non-zero: the caller has already checked that text is valid UTF-8 (a JSON reader
       does), so the engine skips its own check. Text that is not valid UTF-8 is still read
       safely (a malformed byte reads as a blank), but it is no longer reported as
       MINDSET_ERR_UTF8. */
    int utf8_checked;
} mindset_request;

typedef struct mindset_result mindset_result;

/*
 * Analyses one post text[0..len) (UTF-8; need not be NUL-terminated). req may be NULL
 * (no network, language detected). On MINDSET_ERR_UTF8 err->offset, line and column name
 * the first bad byte. Caller owns the result; free with mindset_result_free(). The result
 * does not point into text, but rendering it needs the same text (see mindset_render()).
 */
mindset_status mindset_analyze(mindset_scratch *scratch, const char *text, size_t len,
                               const mindset_request *req, mindset_result **out,
                               mindset_error *err);

void mindset_result_free(mindset_result *result);
/*
 * Frees result like mindset_result_free(), but hands its memory to scratch: the next
 * mindset_analyze() on that scratch takes it instead of allocating a result. For loops
 * over many posts; the scratch keeps one spare at most and frees it with itself. result
 * may come from any scratch of any engine; NULL does nothing.
 */
void mindset_result_recycle(mindset_scratch *scratch, mindset_result *result);

/* Resolves a language code ("en", "nl", "auto"); returns MINDSET_ERR_LANG if unknown. */
mindset_status mindset_lang_parse(const char *code, mindset_lang *out);

typedef enum {
    MINDSET_SEVERITY_INFO = 0,
    MINDSET_SEVERITY_WARNING = 1,
    MINDSET_SEVERITY_ERROR = 2
} mindset_severity;

/* The rules findings are reported under, one per index from 0 until NULL: the id
   ("misfit.baby_family") and, in *about, one line on what it flags. Borrowed; valid
   forever. */
const char *mindset_rule_at(size_t i, const char **about);

/* Non-zero when name is a rule id or a group of rules (the part of an id before the dot),
   which mindset_request.disable accepts. */
int mindset_rule_known(const char *name);

/* Parses "info", "warning", "error"; returns MINDSET_ERR_USAGE if unknown. */
mindset_status mindset_severity_parse(const char *name, mindset_severity *out);
const char *mindset_severity_name(mindset_severity severity);

/* A finding: one thing the author should know, pointing at the words that caused it.
   Offsets are bytes into the analysed text; line and column are 1-based, columns count
   Unicode code points. */
typedef struct {
    const char *rule; /* e.g. "misfit.baby_family", "checklist.confidential" */
    mindset_severity severity;
    const char *message;
    size_t start, end; /* byte span; start == end when the finding is about the post */
    int line, column, end_line, end_column;
} mindset_finding;

/* Accessors. Strings are borrowed; valid until the result is freed. */
const char *mindset_result_lang(const mindset_result *r);    /* "en" | "nl" | "unknown" */
const char *mindset_result_network(const mindset_result *r); /* canonical name or NULL */
const char *
mindset_result_verdict(const mindset_result *r); /* fit|borderline|misfit|NULL */
const char *
mindset_result_label(const mindset_result *r); /* personal|professional|mixed|unknown */
double mindset_result_score(const mindset_result *r); /* [-1, 1] */
size_t mindset_result_finding_count(const mindset_result *r);
const mindset_finding *mindset_result_finding(const mindset_result *r, size_t i);
/* Highest severity among the findings, or -1 when there are none. */
int mindset_result_max_severity(const mindset_result *r);

/* Verdicts for request.networks, in the order given: canonical network name and verdict
   (fit|borderline|misfit). */
size_t mindset_result_verdict_count(const mindset_result *r);
const char *mindset_result_verdict_network(const mindset_result *r, size_t i);
const char *mindset_result_verdict_at(const mindset_result *r, size_t i);

/* Tokens with content, and the share of words a lexicon entry covered. */
size_t mindset_result_token_count(const mindset_result *r);
double mindset_result_coverage(const mindset_result *r);

/* Content types found, strongest first. */
size_t mindset_result_type_count(const mindset_result *r);
const char *mindset_result_type_name(const mindset_result *r, size_t i);
double mindset_result_type_weight(const mindset_result *r, size_t i);

/* The five purposes of LinkedIn as whole points summing to 10 (all 0 without signal).
   Order: business_driven, community_spirit, learning_sponge, job_seeking, vanity_project.
 */
#define MINDSET_PURPOSE_COUNT 5
const char *mindset_purpose_name(size_t i);
int mindset_result_purpose_points(const mindset_result *r, size_t i);
/* The unrounded weight behind purpose i, to add up over many posts (a whole author or
   corpus) before splitting 10 points with mindset_purposes_split(). */
double mindset_result_purpose_weight(const mindset_result *r, size_t i);
/* Splits 10 whole points over the five purposes in proportion to weights (largest
   remainder); all 0 when every weight is 0. */
void mindset_purposes_split(const double weights[MINDSET_PURPOSE_COUNT],
                            int points[MINDSET_PURPOSE_COUNT]);

/* A lexicon match, for explaining a finding (needs request.keep_trace). Strings are
   borrowed; valid until the result is freed. */
typedef struct {
    size_t start, end;        /* byte span in the analysed text */
    const char *category;     /* e.g. "baby" */
    const char *axis;         /* personal | professional | none */
    const char *content_type; /* e.g. "baby_family", or NULL */
    const char *source_file;  /* lexicon file, e.g. "en/personal.lex" */
    int source_line;          /* line in that file (0 for built-in rules) */
    const char *context;      /* context rule that changed the weight, or NULL */
    const char *alternative;  /* a neutral wording the lexicon offers instead, or NULL */
    double weight;            /* after context rules; 0 when negated */
    int context_word;         /* non-zero: a negation/booster/contrast word, not a score */
} mindset_match;

size_t mindset_result_match_count(const mindset_result *r);
/* Fills *out with match i; returns MINDSET_ERR_USAGE when i is out of range. */
mindset_status mindset_result_match(const mindset_result *r, size_t i, mindset_match *out);

/* ---- rendering --------------------------------------------------------------------- */

typedef enum {
    MINDSET_FORMAT_TEXT = 0, /* human report with the matched words underlined */
    MINDSET_FORMAT_JSON,     /* one JSON object, schema MINDSET_SCHEMA_VERSION */
    MINDSET_FORMAT_LINE,     /* FILE:LINE:COL: SEVERITY: MESSAGE [RULE], one per finding */
    MINDSET_FORMAT_EXPLAIN,  /* tokens, stems, matches and how each moved the score */
    MINDSET_FORMAT_RECORD    /* bulk scoring: one compact JSON object, no newline:
                                {"lang","mindset":{"label","score"},"content_types":[{"type",
                                "weight"}],"verdicts":{NETWORK:VERDICT},"purposes":{...}} */
} mindset_format;

/* Parses "text", "json", "line", "explain"; returns MINDSET_ERR_USAGE if unknown. */
mindset_status mindset_format_parse(const char *name, mindset_format *out);

typedef struct {
    const char *filename; /* shown in text and line formats; NULL shows "<stdin>" */
    const char *text;     /* the analysed text (needed to quote the matched words) */
    size_t len;
    int color; /* non-zero: ANSI colours in the text format */
} mindset_render_options;

/*
 * Renders a result into a NUL-terminated string. Caller owns the result; free with
 * mindset_free().
 */
mindset_status mindset_render(const mindset_result *r, mindset_format format,
                              const mindset_render_options *options, char **out);

/*
 * Like mindset_render(), but appends the rendering and a NUL to a buffer the caller keeps,
 * so that rendering many results costs no allocation or copy each: *buf is NULL or from
 * malloc() (it grows with realloc()), *cap its size and *len the bytes in use. On success
 * *len counts the rendering too; on failure it is unchanged, and *buf and *cap still
 * describe the caller's (possibly grown) buffer. A rendering may add at most 64 MiB.
 */
mindset_status mindset_render_append(const mindset_result *r, mindset_format format,
                                     const mindset_render_options *options, char **buf,
                                     size_t *len, size_t *cap);

/* Frees memory the library handed to the caller (rendered strings). Accepts NULL. */
void mindset_free(void *p);

#ifdef __cplusplus
}
#endif

#endif
