/*
 * internal.h - types shared by the pipeline stages of libmindset. Not installed.
 *
 * Data flow (one direction): utf8.c validates, tokenize.c splits the original bytes,
 * normalize.c folds each token, langdetect.c picks the language, stem.c maps words to
 * lexicon keys, match.c finds lexicon entries, context.c applies negation and emphasis,
 * score.c sums categories, axis, content types and purposes, verdict.c and checklist.c
 * turn scores into findings, render_*.c write them out.
 */
#ifndef MS_INTERNAL_H
#define MS_INTERNAL_H

#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "mindset.h"
#include "tokenize.h"

typedef struct ms_stemmer ms_stemmer; /* stem.c */

/* ---- growing buffer with a hard limit (buf.c) -------------------------------------- */

typedef struct {
    char *data;
    size_t len;
    size_t cap;
    size_t limit; /* appends that would grow past this fail; 0 means MS_BUF_LIMIT */
    int failed;   /* sticky: set on the first failed append */
} ms_buf;

#define MS_BUF_LIMIT ((size_t)64 * 1024 * 1024)

int ms__buf_append_slow(ms_buf *b, const void *data, size_t n);
/* Grows an array of elements of size bytes to twice *cap elements (first when *cap is 0):
   returns the moved array and sets *cap, or returns NULL and leaves both alone (out of
   memory, or a size that would overflow). For the typed arrays of lexicons and results. */
void *ms__grow_array(void *items, size_t *cap, size_t size, size_t first);
/* Grows an array of elements of size bytes, *cap of them (first when *cap is 0, doubled
   until need fit; need > *cap), the new elements zero: returns the moved array and sets
   *cap, or returns NULL and leaves both alone. For indexes where zero means "none". */
void *ms__grow_zeroed(void *items, size_t *cap, size_t need, size_t size, size_t first);
/* Writes one byte of every page of [p, p + n) that holds zeros already, so that the
   kernel maps each page for writing now. */
void ms__touch_pages(void *p, size_t n);
/* Makes room for n more bytes (and a NUL) so that appends up to n cannot fail. */
int ms__buf_reserve(ms_buf *b, size_t n);
int ms__buf_put_int(ms_buf *b, long long v);

/* Appends n bytes; the common case (room left) is a bounds check and a memcpy. */
static inline int ms__buf_append(ms_buf *b, const void *data, size_t n)
{
    if (b->failed || n >= b->cap - b->len || !b->data)
        return ms__buf_append_slow(b, data, n);
    memcpy(b->data + b->len, data, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

static inline int ms__buf_putc(ms_buf *b, char c)
{
    return ms__buf_append(b, &c, 1);
}

/* Inline, so the length of a string literal is known when compiling. */
static inline int ms__buf_puts(ms_buf *b, const char *s)
{
    return ms__buf_append(b, s, strlen(s));
}
int ms__buf_printf(ms_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int ms__buf_json_string(ms_buf *b, const char *s, size_t n);
int ms__buf_json_number(ms_buf *b, double v);
/* The same texts written to out, for renderers that reserve room themselves; each
   returns the length. An integer takes at most MS_INT_MAX bytes, a JSON number at most
   MS_JSON_NUMBER_MAX (a huge one is printed whole). */
#define MS_INT_MAX 20
#define MS_JSON_NUMBER_MAX 330
size_t ms__format_int(char *out, long long v);
size_t ms__format_json_number(char *out, double v);
void ms__buf_free(ms_buf *b);
/* Hands the buffer's NUL-terminated data to the caller; the buffer is empty afterwards. */
char *ms__buf_take(ms_buf *b);

/* ---- errors (status.c) ------------------------------------------------------------- */

void ms__error_set(mindset_error *err, const char *file, int line, int column,
                   const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* ---- UTF-8 (utf8.c) ---------------------------------------------------------------- */

/* Returns the offset of the first invalid byte, or len when text is valid UTF-8. */
size_t ms__utf8_invalid_at(const char *text, size_t len);
/* 1-based line and code-point column of byte offset off. */
void ms__line_col(const char *text, size_t len, size_t off, int *line, int *col);

/* ---- string -> int map (strmap.c) -------------------------------------------------- */

typedef struct {
    uint32_t hash;  /* full hash: most misses are rejected without touching the key */
    uint32_t entry; /* index + 1 into entries, 0 = empty */
} ms_strmap_slot;

typedef struct {
    uint32_t off, len; /* key bytes in pool */
    int32_t value;
} ms_strmap_entry;

typedef struct {
    ms_strmap_slot *slots;
    uint32_t mask;
    uint32_t count;
    ms_buf pool; /* key bytes, each NUL-terminated */
    ms_strmap_entry *entries;
    uint32_t cap;
} ms_strmap;

/* Returns the value for key, or -1. */
/* The hash every map here uses; computed once per token and passed on. */
uint32_t ms__hash_bytes(const char *s, size_t n);
/* Lower-cases the n plain-ASCII bytes of src into dst and returns ms__hash_bytes(dst, n),
   in one pass over eight bytes at a time. */
uint32_t ms__fold_ascii_hash(const char *src, size_t n, char *dst);
/* The room a folded token of n bytes takes in scratch->norm: itself, then NUL bytes up
   to the next multiple of eight (at least one), so that a token starts eight-aligned
   and can be compared eight bytes at a time. */
#define MS_NORM_SPAN(n) (((size_t)(n) | 7u) + 1u)
/* Whether the n bytes at s are the string w, neither more nor less. */
static inline bool ms__word_is(const char *s, size_t n, const char *w)
{
    return strlen(w) == n && memcmp(s, w, n) == 0;
}
/* Whether two words of n bytes are equal when both are NUL-padded to a multiple of eight
   (as scratch->norm holds them): whole eight-byte words compare, so a word of up to
   eight bytes takes one comparison. */
static inline bool ms__same_padded(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i += 8) {
        uint64_t x, y;
        memcpy(&x, a + i, 8);
        memcpy(&y, b + i, 8);
        if (x != y)
            return false;
    }
    return true;
}
/* ms__fold_ascii_hash for a source that may be read up to the next multiple of eight
   bytes past src (its buffer goes on): writes MS_NORM_SPAN(n) bytes to dst, the folded
   token and its NUL padding, with one masked load for the last bytes instead of a move
   per power of two. */
uint32_t ms__fold_ascii_hash_padded(const char *src, size_t n, char *dst);
int32_t ms__strmap_get(const ms_strmap *m, const char *key, size_t n);
int32_t ms__strmap_get_hashed(const ms_strmap *m, uint32_t hash, const char *key, size_t n);
/* Inserts key with value unless present; returns the key's index (>= 0) or -1 on OOM. */
int32_t ms__strmap_put(ms_strmap *m, const char *key, size_t n, int32_t value);
/* Inserts key if absent with its own index as value; returns that index or -1 on OOM. */
int32_t ms__strmap_intern(ms_strmap *m, const char *key, size_t n);
/* Makes room for count keys of pool_bytes bytes in all, so that putting them neither
   rehashes nor moves the map's arrays; 0, or -1 when out of memory. */
int ms__strmap_reserve(ms_strmap *m, uint32_t count, size_t pool_bytes);
const char *ms__strmap_key(const ms_strmap *m, uint32_t i);
void ms__strmap_clear(ms_strmap *m);
void ms__strmap_free(ms_strmap *m);

/* ---- normalisation (normalize.c) --------------------------------------------------- */

/* Appends the NFKC + case-folded form of s[0..n) to out, without variation selectors.
   Returns 0, or -1 on OOM. */
int ms__normalize(const char *s, size_t n, int ascii, ms_buf *out);

/* The shape of a normalised number token, as a lexicon's "{n}" placeholder stands for
   it: each run of digits, with the '.' or ',' between digits of one number, becomes one
   '#' ("35%" and "3.5%" -> "#%", "1,300" -> "#", "22:00" -> "#:#", "10k" -> "#k",
   "€41" -> "€#"). Writes at most n bytes to out; returns its length. */
size_t ms__number_shape(const char *s, size_t n, char *out);
#define MS_NUMBER_SHAPE_MAX 64 /* longer numbers have no shape key */

/* ---- per-thread cache of non-ASCII folds (fold_cache.c) ---------------------------- */

#define MS_FOLD_CACHE_MAX 29 /* longer tokens, or longer folds, are not cached */

typedef struct {
    uint32_t hash; /* 0: empty */
    uint8_t raw_len, fold_len;
    char raw[MS_FOLD_CACHE_MAX];
    char fold[MS_FOLD_CACHE_MAX];
} ms_fold_slot; /* 64 bytes: one cache line */

typedef struct {
    ms_fold_slot *slots;
} ms_fold_cache;

/* Slots of 64 bytes: 256 KiB. The fuzz build makes it tiny, as the word cache. */
#ifndef MS_FOLD_CACHE_SLOTS
#define MS_FOLD_CACHE_SLOTS 4096u
#endif

int ms__fold_cache_init(ms_fold_cache *c);
void ms__fold_cache_free(ms_fold_cache *c);
/* ms__normalize of a token that is not plain ASCII, from the cache when it was folded
   before. Returns 0, or -1 on OOM. */
int ms__normalize_cached(ms_fold_cache *c, const char *s, size_t n, ms_buf *out);

/* ---- categories, content types, purposes ------------------------------------------- */

typedef enum {
    MS_AXIS_NONE = 0,
    MS_AXIS_PERSONAL,
    MS_AXIS_PROFESSIONAL,
    MS_AXIS_MIXED
} ms_axis;

typedef enum {
    MS_TYPE_PRODUCT_PITCH,
    MS_TYPE_BABY_FAMILY,
    MS_TYPE_PARTY_LEISURE,
    MS_TYPE_ENTERTAINMENT,
    MS_TYPE_POLITICAL,
    MS_TYPE_CONFIDENTIAL,
    MS_TYPE_JOB_POST,
    MS_TYPE_CAREER_NEWS,
    MS_TYPE_INSIGHT,
    MS_TYPE_COMPANY_NEWS,
    MS_TYPE_ENGAGEMENT_BAIT,
    MS_TYPE_COUNT
} ms_type;

const char *ms__type_name(int type);
int ms__type_parse(const char *name); /* -1 if unknown */
const char *ms__axis_name(ms_axis axis);

typedef enum {
    MS_ROLE_SCORE = 0, /* an ordinary category */
    MS_ROLE_NEGATION,
    MS_ROLE_BOOSTER,
    MS_ROLE_DIMINISHER,
    MS_ROLE_CONTRAST,
    MS_ROLE_STOPWORD,
    MS_ROLE_WHOLE /* a word that is no compound of its last part (compound.c) */
} ms_role;

#define MS_MAX_CATEGORIES 64
#define MS_MODEL_REASONS 3     /* label model words explain names */
#define MS_MODEL_MAX_WORDS 256 /* distinct label model words counted per post */
/* What the label model adds to the share of the label the rules chose, unless its
   lexicon says otherwise with @rule-bonus: the model overrules the rules only when it is
   clearly surer. */
#define MS_MODEL_RULE_BONUS 0.7f
#define MS_MODEL_RULE_BONUS_MAX 10
/* A content type the label model reads (@types) is the point of the post when the model
   gives it this much or more, whatever weight the lexicons found, and is not when it gets
   less than MS_TYPE_ASIDE_MAX and knows a word the lexicons found it by; otherwise the
   lexicons' weights decide (verdict.c). Set
   on the LinkedIn verdicts of the dev posts of blind rounds 4-13 (1,524 posts), each
   round read by the lexicons from before it and a model trained without it: 77.4 % by
   the weights alone, 83.9 % with these bounds (bench/RESULTS.md, "The label model reads
   content types"). */
#define MS_TYPE_POINT_MIN 0.4f
#define MS_TYPE_ASIDE_MAX 0.1f

typedef struct {
    char name[32];
    ms_axis axis;
    double weight;
    int type; /* ms_type or -1 */
    double purposes[MINDSET_PURPOSE_COUNT];
    ms_role role;
} ms_category;

/* ---- lexicons (lexicon.c) ---------------------------------------------------------- */

typedef enum { MS_LANG_UNKNOWN = 0, MS_LANG_EN, MS_LANG_NL, MS_LANG_COUNT } ms_lang;
const char *ms__lang_name(ms_lang lang);

#define MS_MAX_PHRASE 8

typedef struct {
    uint32_t first_word; /* index of the first word in lexicon->words */
    uint32_t key;        /* key id of the first word (wildcards: prefix id) */
    uint8_t nwords;
    uint8_t category;
    uint8_t wildcard; /* prefix entry: first_word is a prefix id (lexicon->prefixes) */
    uint8_t exact;    /* with wildcard: the prefix must be the whole word ("like");
                         without: a phrase with some word in one form ("sign" up) */
    float weight;     /* entry weight times the category weight */
    uint32_t source;  /* index into engine->sources: where the entry was written */
} ms_entry;

/* Where a lexicon entry was written: file, line and the entry's text. */
typedef struct {
    uint32_t file; /* index into the lexicon's files */
    uint32_t line;
    uint32_t surface;     /* offset of the entry's text in the lexicon's surfaces */
    uint32_t alternative; /* offset of its neutral alternative there, or UINT32_MAX */
} ms_source;

/* What a prefix id stands for: a wildcard prefix (klasgeno*), an exact word ("like"), or
   both, and its length in bytes. */
enum { MS_PREFIX_WILDCARD = 1, MS_PREFIX_EXACT = 2 };
typedef struct {
    uint8_t kinds; /* MS_PREFIX_* */
    uint8_t len;
} ms_prefix_info;

/* Bit index of a prefix of one or two bytes in ms_lexicon.short_prefixes. */
static inline unsigned ms__prefix_lead(const char *w, size_t n)
{
    return (unsigned)(uint8_t)w[0] << 8 | (n > 1 ? (uint8_t)w[1] : 0u);
}

/* Bit index of the first three bytes of a longer prefix in ms_lexicon.prefix_heads. */
static inline unsigned ms__prefix_head(const char *w)
{
    uint32_t b =
        (uint32_t)(uint8_t)w[0] << 16 | (uint32_t)(uint8_t)w[1] << 8 | (uint8_t)w[2];
    return (b * 2654435761u) >> 16;
}

/* Bit index of a longer prefix's head (ms__prefix_head) together with its length in
   ms_lexicon.prefix_sizes. */
static inline unsigned ms__prefix_size(unsigned head, size_t len)
{
    return (head ^ (unsigned)len * 40503u) & 0xFFFFu;
}

static inline int ms__bit(const uint8_t *bits, unsigned i)
{
    return bits[i >> 3] >> (i & 7) & 1;
}

/* Bit index of the first two key ids of a phrase in ms_lexicon.phrase_pairs. */
static inline unsigned ms__phrase_pair(uint32_t first, uint32_t second)
{
    return ((first * 2654435761u) ^ (second * 2246822519u)) >> 16;
}

#define MS_KEY_START_BITS (1u << 19) /* 64 KiB per language */

/* Bit index of the start s[0..n) of some key in ms_lexicon.key_starts. */
static inline unsigned ms__key_start_bit(const char *s, size_t n)
{
    return ms__hash_bytes(s, n) & (MS_KEY_START_BITS - 1);
}

/* A word of the label model as read (label_model.c): what it adds to the personal,
   professional and mixed scores and, after those, to the score of each content type the
   model reads ("@types"); ms_lexicon.model_index finds it by key id. */
#define MS_MODEL_CLASSES 3
#define MS_TYPE_MODEL_MAX 6 /* content types one label model can read */
#define MS_MODEL_WEIGHTS (MS_MODEL_CLASSES + MS_TYPE_MODEL_MAX)
typedef struct {
    uint32_t source; /* index into the lexicon's sources: where it was written */
    float weights[MS_MODEL_WEIGHTS];
} ms_model_word;

/* A model word that pushed a post toward its label (label_model.c). */
typedef struct {
    uint32_t source; /* the model word, as written in its lexicon */
    float weight;    /* its push toward the label over the runner-up */
} ms_model_reason;

/* One language's entries. Keys are stems (emoji: the normalised emoji). */
typedef struct {
    ms_strmap keys; /* stem -> key id */
    int32_t *words; /* phrase words as key ids, entries point into it */
    /* Beside words: the one form a word must take (its id in form_ids), or -1. */
    int32_t *forms;
    size_t nwords, capwords;
    ms_strmap form_ids; /* normalised word -> id: the forms phrases ask for ("sign") */
    ms_entry *entries;  /* plain entries by first key, longest first; then wildcards */
    size_t nentries, capentries;
    uint32_t *first;    /* entries starting with key id k: [first[k], first[k+1]) */
    ms_strmap prefixes; /* normalised wildcard prefix -> prefix id */
    uint32_t *wfirst;   /* entries[wfirst[p] .. wfirst[p+1]) are wildcards of prefix p */
    uint32_t prefix_lengths; /* bit n set: some prefix has n bytes (n < 32) */
    /* The gate in front of the prefix lookups, so that most words skip them: a bit per
       first two bytes of the prefixes of one or two bytes (ms__prefix_lead), and a bit
       per hashed first three bytes of the longer ones (ms__prefix_head). */
    uint8_t short_prefixes[8192];
    uint8_t prefix_heads[8192];
    /* And a bit per head and length of the longer prefixes (ms__prefix_size), so that a
       word that passes the gate looks up only the lengths some prefix of its head has. */
    uint8_t prefix_sizes[8192];
    /* The plain entries of key id k that are one word: entries[singles[k] .. first[k+1])
       (the phrases come first); and a bit per first two key ids of every phrase
       (ms__phrase_pair), so that most words skip the phrases without comparing any. */
    uint32_t *singles;
    uint8_t phrase_pairs[8192];
    /* A bit per key id that starts some plain entry. Many keys only continue a phrase
       or are label model words (function words among them, in most posts); this small
       map turns those away before first[] and singles[], rarely in cache, are read. */
    uint8_t *entry_keys;
    /* A bit per hashed start of every key (ms__key_start_bit), so that a word whose stem
       cannot begin like any key is never stemmed (stem.c); NULL until the lexicon is
       finished. */
    uint8_t *key_starts;
    ms_prefix_info *prefix_info; /* by prefix id: which entries use it, its length */
    size_t capprefix_info;
    ms_strmap stopwords; /* normalised stopword -> 1 */
    ms_source *sources;  /* where each entry was written */
    size_t nsources, capsources;
    char **files; /* lexicon file names, as shown to users */
    size_t nfiles;
    ms_buf surfaces;   /* each entry as written, NUL-terminated, for messages */
    int number_shapes; /* some entry holds a "{n}" placeholder (ms__number_shape) */
    /* The label model (label_model.c), read from an "@label-model" section: its words
       as read, then by key id once the lexicon is finished (NULL without a model). */
    ms_model_word *model_words;
    size_t nmodel_words, capmodel_words;
    uint32_t *model_index; /* by key id: 1 + the index of its model word, or 0 */
    size_t nmodel_index;   /* keys it covers: all of them once finished */
    float model_bias[MS_MODEL_WEIGHTS];
    int type_model[MS_TYPE_MODEL_MAX]; /* the content types it reads, as "@types" names them
                                        */
    size_t ntype_model;
    float model_rule_bonus; /* added to the share of the rules' label (@rule-bonus) */
    int has_model;
    int borrowed; /* the built-in image: nothing of it is freed */
} ms_lexicon;

/* The built-in lexicons, loaded when the project was built (tools/gen_lexicon_image.c);
   an engine copies the struct and borrows the arrays. [MS_LANG_UNKNOWN] is empty. */
extern const ms_lexicon ms__builtin_lexicons[MS_LANG_COUNT];

/* ---- networks (network.c) ---------------------------------------------------------- */

typedef enum { MS_DISP_NEUTRAL = 0, MS_DISP_FIT, MS_DISP_MISFIT } ms_disposition;

typedef struct {
    ms_disposition disposition;
    mindset_severity severity;
    char *message;
} ms_type_rule;

typedef struct ms_network_s {
    char *name;
    char *label;
    char *kind;    /* profile | brand */
    char *aliases; /* comma-separated */
    char *about;
    ms_axis mindset;
    ms_type_rule rules[MS_TYPE_COUNT];
    ms_type_rule mismatch;
    int is_template;
} ms_network;

/* ---- the engine --------------------------------------------------------------------- */

/* "file:line" of entry source i into buf (lexicon.c). Returns buf. */
const char *ms__source_where(const ms_lexicon *lex, uint32_t i, char *buf, size_t cap);
const char *ms__source_text(const ms_lexicon *lex, uint32_t i);
/* The entry's neutral alternative ("term -> alternative"), or NULL. */
const char *ms__source_alternative(const ms_lexicon *lex, uint32_t i);

#define MS_STOPWORD_FILTER_BITS 4096u /* 2^(32 - 20) */
#define MS_STOPWORD_MAX_BYTES 12      /* longer words are no function words */

/* One function word of at most MS_STOPWORD_MAX_BYTES in the engine's stopword table,
   NUL-padded to whole eight-byte words (the table is calloc'd) for ms__same_padded. */
typedef struct {
    uint8_t langs; /* bit 1 << lang for each language it belongs to; 0: empty slot */
    uint8_t len;
    char word[(MS_STOPWORD_MAX_BYTES + 7) / 8 * 8];
} ms_stopword;

struct mindset_engine {
    ms_category categories[MS_MAX_CATEGORIES];
    int ncategories;
    int cat_casual, cat_confidential, cat_superlative, cat_evidence, cat_company_bad,
        cat_conversation;          /* -1 when the lexicon set lacks them */
    int cat_lesson;                /* -1 when the lexicon set lacks it */
    int cat_owner;                 /* -1 when the lexicon set lacks it */
    int cat_politics;              /* -1 when the lexicon set lacks it */
    int cat_vocation;              /* -1 when the lexicon set lacks it */
    int cat_food;                  /* -1 when the lexicon set lacks it */
    ms_lexicon lex[MS_LANG_COUNT]; /* [MS_LANG_UNKNOWN] stays empty: emoji are in both */
    ms_network *networks;
    size_t nnetworks;
    /* Every language's function words in an open-addressing table by hash (linear
       probing from hash & stopword_mask): detection reads the hash beside the word. */
    uint32_t *stopword_hashes;
    ms_stopword *stopwords;
    uint32_t stopword_mask;
    /* Bit (hash >> 20) of each function word: a clear bit means "no function word"
       without probing the map, which is most of the words of a post. */
    uint64_t stopword_filter[MS_STOPWORD_FILTER_BITS / 64];
};

/* Where a word's hash sits in stopword_filter: the 64-bit word, and the bit in it. */
static inline size_t ms__stopword_filter_slot(uint32_t hash)
{
    return (hash >> 20) / 64;
}

static inline uint64_t ms__stopword_filter_mask(uint32_t hash)
{
    return 1ull << (hash >> 20) % 64;
}

/* Calls fn on each line of a definition file, comments and outer blanks removed, empty
   lines skipped; stops at the first status that is not MINDSET_OK (lexicon.c). */
typedef mindset_status (*ms_line_fn)(void *ctx, const char *s, size_t n, int line);
mindset_status ms__for_each_line(const char *text, size_t len, ms_line_fn fn, void *ctx);

/* Loaders (lexicon.c, network.c). Each returns MINDSET_OK or fills err with file:line. */
mindset_status ms__categories_parse(mindset_engine *e, const char *file, const char *text,
                                    size_t len, mindset_error *err);
mindset_status ms__lexicon_parse(mindset_engine *e, ms_lang lang, const char *file,
                                 const char *text, size_t len, ms_stemmer *stemmer,
                                 mindset_error *err);
/* Makes room in lex for a language of lines lexicon lines and bytes bytes before they
   are read. */
mindset_status ms__lexicon_reserve(ms_lexicon *lex, size_t lines, size_t bytes);
mindset_status ms__lexicon_finish(ms_lexicon *lex);
void ms__lexicon_free(ms_lexicon *lex);
/* Whether two plain entries are the same words, each in the same form if one is asked. */
int ms__same_words(const ms_lexicon *lex, const ms_entry *a, const ms_entry *b);
mindset_status ms__networks_parse(mindset_engine *e, const char *file, const char *text,
                                  size_t len, mindset_error *err);
void ms__networks_free(mindset_engine *e);
const ms_network *ms__network_find(const mindset_engine *e, const char *name);
int ms__category_find(const mindset_engine *e, const char *name);

/* ---- stemming (stem.c) ------------------------------------------------------------- */

/* MINDSET_ERR_STEMMER when Snowball has no such stemmer or cannot make one. */
mindset_status ms__stemmer_new(ms_lang lang, ms_stemmer **out);
void ms__stemmer_free(ms_stemmer *s);
/* Stems a normalised word. Borrowed; valid until the next call on the same stemmer. */
const char *ms__stem(ms_stemmer *s, const char *word, size_t n, size_t *out_len);
/* Stems word[0..n) as it is with Snowball, never from the table of stems worked out at
   build time (and without dropping a Dutch "'s"). Borrowed, as ms__stem. */
const char *ms__stem_plain(ms_stemmer *s, const char *word, size_t n, size_t *out_len);

/* ---- stems worked out at build time (stem_table.c) ---------------------------------- */

#define MS_STEM_TABLE_WORD_MAX 255 /* a record's lengths are one byte each */

/* Word -> Snowball stem for the words of a language's built-in lexicons, generated by
   engine/tools/gen_stem_table.c. records holds, per word, a length byte and the word
   (normalised, as ms__stem is given it, without the Dutch "'s"), a length byte and the
   stem; slots is an open-addressing table by ms__hash_bytes of the word, probed
   linearly, holding a record's offset plus one (0: empty). */
typedef struct {
    const char *records;
    const uint32_t *slots;
    uint32_t mask; /* slots - 1; slots is a power of two */
    uint32_t count;
} ms_stem_table;

extern const ms_stem_table ms__builtin_stems[MS_LANG_COUNT];

/* The stem of w[0..n) the table holds, or NULL. Borrowed; static storage. */
const char *ms__stem_table_find(const ms_stem_table *t, const char *w, size_t n,
                                size_t *stem_len);
/* The built-in table of lang once a sample of its words stems the same with stem's
   Snowball; NULL if it does not, if the table is empty, or if stemming ran out of memory
   (then the next stemmer checks again). Thread-safe. */
const ms_stem_table *ms__stem_table_for(ms_lang lang, ms_stemmer *stem);
/* How much of word w[0..n) ms__stem stems: all of it but a Dutch "'s". */
size_t ms__stem_input_len(const ms_stemmer *s, const char *w, size_t n);

/* How many first bytes of the normalised word w the Snowball stem of lang keeps for sure
   (the stem is those bytes, then a few others), found without stemming; *same is set
   when the stem is w itself. 0 when the word is not one the model covers (stem_bound.c).
   Dutch words come without the "'s" ms__stem drops. */
size_t ms__stem_kept(ms_lang lang, const char *w, size_t n, bool *same);

/* The lexicon key id of word w[0..n): its stem looked up; -1 if none, -2 when stemming
   failed. st may be NULL (no stemming). */
int32_t ms__key_of(ms_stemmer *st, const ms_lexicon *lex, const char *w, size_t n);

/* ---- the last part of a Dutch compound (compound.c) --------------------------------- */

#define MS_COMPOUND_MAX 64      /* longer words are not split */
#define MS_COMPOUND_WEIGHT 0.5f /* what an entry counts for as a compound's last part */

/* For a Dutch word with no key of its own: the key of its last part, when that is a
   one-word entry of a scoring category and the part before it a word the lexicon knows
   (kinder|feestje, zorg|verzekeraar, cao-|overleg); *at is where the last part starts.
   -1 when the word is no such compound, -2 when stemming failed. */
int32_t ms__compound_key(const mindset_engine *e, ms_stemmer *st, const ms_lexicon *lex,
                         const char *w, size_t n, size_t *at);

/* ---- per-thread word cache (word_cache.c) ----------------------------------------- */

#define MS_WORD_CACHE_MAX 32 /* longer words are not cached */
#define MS_WORD_LANGS (MS_LANG_COUNT - MS_LANG_EN)
#define MS_WORD_ELONGATED 0x80u /* in ms_word_slot.known: ms__is_elongated of the word */

typedef struct {
    uint32_t hash; /* 0: empty */
    uint8_t len;
    uint8_t known; /* bit l: key[l] and prefix[l] are set; MS_WORD_ELONGATED with any */
    uint8_t uses;  /* hits not yet spent against eviction (word_cache.c) */
    uint8_t head;  /* Dutch key of a compound: where its last part starts (stem.c); or 0 */
    /* By language less one (ms__word_lang): only English and Dutch words are stemmed. */
    int32_t key[MS_WORD_LANGS];    /* lexicon key id of the stem, -1 if none */
    int32_t prefix[MS_WORD_LANGS]; /* wildcard prefix id, -1 if none */
    uint32_t model[MS_WORD_LANGS]; /* 1 + the index of the key's label model word, or 0 */
    char word[MS_WORD_CACHE_MAX];
} ms_word_slot;
_Static_assert(sizeof(ms_word_slot) == 64, "a word cache slot is one cache line");

/* Where a language's figures sit in a word cache slot. */
static inline int ms__word_lang(ms_lang lang)
{
    return (int)lang - MS_LANG_EN;
}

typedef struct {
    ms_word_slot *slots;
    uint32_t set_mask;   /* sets - 1 */
    uint32_t clock;      /* which way of a full set goes next */
    uint32_t fills_left; /* words to take in before growing to full size; 0: full */
} ms_word_cache;

/* MS_WORD_CACHE_SETS x MS_WORD_CACHE_WAYS slots of 64 bytes: 8 MiB, 128k words. The
   fuzz build makes it tiny (the harnesses make a scratch per input, and a small cache
   evicts all the time). A cache starts with MS_WORD_CACHE_FIRST_SETS sets and grows to
   full size once it has taken in MS_WORD_CACHE_FIRST_FILLS words: one check of one post
   then maps four pages of it, not one page per distinct word (a page fault costs more
   than stemming the word). */
#ifndef MS_WORD_CACHE_SETS
#define MS_WORD_CACHE_SETS 32768u
#endif
#define MS_WORD_CACHE_WAYS 4u
#define MS_WORD_CACHE_FIRST_SETS 64u
#define MS_WORD_CACHE_FIRST_FILLS 2048u

int ms__word_cache_init(ms_word_cache *c);
/* Grows the cache to full size now (its words are dropped); -1 if out of memory, when it
   keeps its size and words. */
int ms__word_cache_grow(ms_word_cache *c);
void ms__word_cache_free(ms_word_cache *c);

/* The set of ways a word with this hash (| 1, as stored) lives in. */
static inline ms_word_slot *ms__word_cache_set(const ms_word_cache *c, uint32_t h)
{
    return c->slots + (h >> 7 & c->set_mask) * MS_WORD_CACHE_WAYS;
}

/* Starts loading the set a word would be in, as soon as its hash is known (the fold
   pass); the lookup comes after language detection. A set spans MS_WORD_CACHE_WAYS cache
   lines and the word may sit in any of them. Always inlined: it runs for every token,
   and a call that is not inlined is deleted at -O2 (GCC finds the function free of side
   effects, prefetches not counting as one). */
__attribute__((always_inline)) static inline void
ms__word_cache_prefetch(const ms_word_cache *c, uint32_t hash)
{
    const ms_word_slot *set = ms__word_cache_set(c, hash | 1u);
#pragma GCC unroll 4 /* MS_WORD_CACHE_WAYS: one prefetch per way, no loop */
    for (unsigned i = 0; i < MS_WORD_CACHE_WAYS; i++)
        __builtin_prefetch(&set[i]);
}

/* The slot of word w: the one holding it, or one just emptied for it (known == 0).
   NULL when the word is too long to cache. Valid until the next call. w must be
   NUL-padded to a multiple of eight bytes past n, as scratch->norm holds words. */
ms_word_slot *ms__word_cache_find(ms_word_cache *c, uint32_t hash, const char *w, size_t n);

/* ---- per-thread scratch and the analysis state ------------------------------------- */

typedef struct {
    uint32_t norm_off, norm_len; /* normalised text in scratch->norm */
    uint32_t hash;               /* ms__hash_bytes of the normalised text */
    int32_t key;                 /* lexicon key id of the stem, -1 if none */
    int32_t prefix;              /* wildcard prefix id of a word, -1 if none */
    uint8_t role;                /* ms_role of a context word covering this token */
    uint8_t covered;             /* some scoring match covers this token */
    uint8_t elongated;           /* a word that draws a letter out (ms__is_elongated) */
} ms_token_info;

typedef struct {
    uint32_t tok_start, tok_end; /* tokens [tok_start, tok_end) */
    uint32_t entry;              /* index into the lexicon's entries */
    uint8_t category;
    uint8_t role;
    uint8_t negated;
    uint8_t head;       /* takes in a compound, keyed by its part from this byte; or 0 */
    uint8_t head_token; /* with head: that compound, as a token after tok_start */
    float weight;       /* after context rules */
    float multiplier;   /* context effect (1 = none) */
    const char *why;    /* context rule that changed it, or NULL */
} ms_match;

/* A token keyed by a compound's last part (compound.c): few posts have one, so they
   are listed per post rather than marked on every token. */
typedef struct {
    uint32_t token;
    uint8_t head; /* where the last part starts in the normalised word */
} ms_compound;

#define MS_RECENT_NETWORKS 8

struct mindset_scratch {
    const mindset_engine *engine;
    ms_stemmer *stemmer[MS_LANG_COUNT];
    ms_word_cache words;
    ms_fold_cache folds;
    ms_token_list tokens;
    ms_token_info *info;
    size_t capinfo;
    ms_buf norm;
    ms_match *matches;
    size_t nmatches, capmatches;
    ms_compound *compounds; /* this post's compound tokens, in token order */
    size_t ncompounds, capcompounds;
    /* This post's label model words (label_model.c), each once, in the order of their
       first token, as indexes into its lexicon's model words; model_seen has a bit set
       for each of them. */
    uint32_t model_hits[MS_MODEL_MAX_WORDS];
    uint32_t model_tokens[MS_MODEL_MAX_WORDS]; /* the first token of each */
    size_t nmodel_hits;
    uint64_t *model_seen;
    size_t capmodel_seen; /* its length in 64-bit words */
    /* Counted by context.c on its way over the tokens, for score.c: tokens other than
       punctuation and hashtag parts, the words among them (a hashtag counts once), and
       the words a scoring match covers. */
    size_t ntokens, nwords, ncovered;
    struct mindset_result *spare; /* a recycled result, emptied, for the next post */
    /* The networks the last post asked for, by place in its request: bulk scoring asks
       for the same ones post after post, and a name compared with one is cheaper than a
       search of every network and alias. */
    const struct ms_network_s *recent_networks[MS_RECENT_NETWORKS];
};

/* Stages. Each reads and fills the scratch; errors are statuses. */
mindset_status ms__normalize_tokens(mindset_scratch *s, const char *text, size_t len);
ms_lang ms__detect_lang(const mindset_scratch *s);
mindset_status ms__stem_tokens(mindset_scratch *s, ms_lang lang);
/* Id of the longest wildcard prefix that starts the normalised word w, -1 if none. */
int32_t ms__wildcard_prefix(const ms_lexicon *lex, const char *w, size_t n);
mindset_status ms__match_tokens(mindset_scratch *s, ms_lang lang,
                                const mindset_request *req);
int ms__apply_context(mindset_scratch *s, const char *text);
/* Whether the normalised word w[0..n) draws a letter out, as people do in chat ("yesss",
   "jaaa"): an ASCII letter three times in a row. Asked once per distinct word (the word
   cache keeps the answer); context.c reads it as a casual signal. */
bool ms__is_elongated(const char *w, size_t n);

/* ---- results ------------------------------------------------------------------------ */

typedef struct {
    uint32_t start, end; /* bytes */
} ms_span;

typedef struct {
    int type;
    double weight;
    ms_span *spans;
    size_t nspans, capspans;
} ms_type_score;

typedef struct {
    double weight;
    int count;
} ms_category_score;

typedef struct {
    char *rule;
    mindset_severity severity;
    char *message;
    size_t start, end;
    int line, column, end_line, end_column;
    int affects_verdict; /* network findings and confidential content do */
    int order;           /* position in the order found, for a stable sort */
} ms_finding_store;

/* What explain shows for each token. */
typedef struct {
    ms_token tok;
    char *norm;
    char *stem;
} ms_trace_token;

struct mindset_result {
    const mindset_engine *engine;
    ms_lang lang;
    const ms_network *network;
    double score;
    ms_axis label;      /* MS_AXIS_NONE means unknown */
    uint8_t label_rule; /* ms_label_rule: which rule of score.c chose the label */
    size_t ntokens, nwords, nmatched_words;
    double personal, professional; /* axis weights */
    ms_category_score categories[MS_MAX_CATEGORIES];
    ms_type_score types[MS_TYPE_COUNT]; /* sorted strongest first; ntypes used */
    size_t ntypes;
    int purposes[MINDSET_PURPOSE_COUNT];
    double purpose_weights[MINDSET_PURPOSE_COUNT];
    const ms_network **verdict_networks; /* request.networks, resolved */
    const char **verdicts;
    size_t nverdicts, capverdicts;
    mindset_finding *findings; /* public view of store */
    ms_finding_store *store;
    size_t nfindings, capfindings;
    const char *verdict;
    /* request.disable, while the post is analysed (rules.c); NULL after */
    const char *const *disable;
    size_t ndisable;
    /* trace (keep_trace) */
    ms_trace_token *trace;
    size_t ntrace;
    ms_match *trace_matches;
    size_t ntrace_matches;
    ms_lang trace_lang; /* lexicon the matches refer to */
    /* The label model's say (label_model.c): the label the rules chose, the model's
       shares of personal, professional and mixed, and the words that pushed hardest
       toward the final label, strongest first. */
    ms_axis rules_label;
    uint8_t model_used;
    float model_shares[MS_MODEL_CLASSES];
    size_t nmodel_reasons;
    ms_model_reason model_reasons[MS_MODEL_REASONS];
    /* Its reading of content types ("@types"): a bit per type it read; for each, how
       likely the type is the point of the post, and the word that pushed hardest toward
       it (weight 0 when none did) with that word's span in the text. */
    uint32_t types_read;
    uint32_t
        types_known; /* read, and the lexicons found it by a model word, or not at all */
    float type_point[MS_TYPE_COUNT];
    ms_model_reason type_reason[MS_TYPE_COUNT];
    ms_span type_reason_span[MS_TYPE_COUNT];
};

/* Which rule chose a result's label, so that explain can say why. */
typedef enum {
    MS_LABEL_NO_SIGNAL = 0, /* no word of either side matched */
    MS_LABEL_ONE_SIDE,      /* words of one side only */
    MS_LABEL_LEAN,          /* both sides, one clearly heavier: the score's sign */
    MS_LABEL_BALANCED,      /* both sides within MIXED_BALANCE of their sum: mixed */
    MS_LABEL_PASSION,       /* leans personal with real professional weight: mixed */
    MS_LABEL_LESSON,        /* a personal story, work and a lesson drawn: mixed */
    MS_LABEL_PITCH,         /* a product pitch is the strongest content: professional */
    MS_LABEL_FAMILY_STORY,  /* leans professional, a family story beside work: mixed */
    MS_LABEL_OWNER,         /* leans personal, told by a small business's owner: mixed */
    MS_LABEL_VOCATION       /* leans personal, the poster names their occupation: mixed */
} ms_label_rule;

/* Runs after ms__apply_context, whose counts of tokens and words it takes. */
mindset_status ms__score(const mindset_scratch *s, mindset_result *r);
/* Weight of one content type in r, whether or not the types are ranked yet (score.c). */
double ms__type_weight(const mindset_result *r, int type);
/* Weight of category cat in r; 0 when the lexicon set lacks it (cat -1) (score.c). */
double ms__category_weight(const mindset_result *r, int cat);
/* Appends one line saying which rule chose r's label, with the figures it compared. */
void ms__explain_label(const mindset_result *r, ms_buf *b);
/* The label model's say over the label the rules chose, and its reading of the content
   types of "@types" (label_model.c): runs after ms__score, over the model words
   ms__stem_tokens noted, of language lang's lexicon. with_reasons: also keep the words
   that pushed hardest toward the label, which only explain shows. */
mindset_status ms__label_model(const mindset_scratch *s, ms_lang lang, int with_reasons,
                               mindset_result *r);
/* Forgets the last post's label model words and makes room to note those of lex. */
int ms__model_forget(mindset_scratch *s, const ms_lexicon *lex);
/* Notes model word w (an index into the model words) of a post's word or whole hashtag,
   unless it is noted already; ms__stem_tokens calls it in token order. */
void ms__model_note(mindset_scratch *s, uint32_t w, size_t token);
/* What the label model says of content type type being the point of the post: 1 it is,
   0 it is not, -1 it leaves that to the lexicons' weights (verdict.c). */
int ms__model_point(const mindset_result *r, int type);
/* Adds type, which the lexicons did not find, to r's content types at weight 0, with
   one span: the label model read it (score.c). */
mindset_status ms__type_add_read(mindset_result *r, int type, ms_span at);
/* Appends the line saying how the label model weighed in, if it did. */
void ms__explain_model(const mindset_result *r, ms_buf *b);
/* Adds model word w of key id key to lex; -1 when the key has one already (*dup set to
   it), -2 when out of memory. */
int ms__model_add(ms_lexicon *lex, uint32_t key, const ms_model_word *w,
                  const ms_model_word **dup);
/* Extends the model index over every key of lex; after the keys are all interned. */
mindset_status ms__model_finish(ms_lexicon *lex);
mindset_status ms__verdict(mindset_result *r, const char *text, size_t len);
/* The verdict a network would give the scored result, without findings (verdict.c). */
const char *ms__verdict_for(const mindset_result *r, const ms_network *net);
mindset_status ms__checklist(const mindset_scratch *s, const char *text, size_t len,
                             mindset_result *r);
/* Checks the names in req->disable; MINDSET_ERR_RULE with a message for an unknown one
   (rules.c). */
mindset_status ms__rules_check(const mindset_request *req, mindset_error *err);
/* Is the rule id ("checklist.unbacked_claim") turned off for this result, by its id or
   its group? The type rule "GROUP.TYPE" the same, without building the id. */
int ms__rule_disabled(const mindset_result *r, const char *id);
int ms__type_rule_disabled(const mindset_result *r, const char *group, int type);
/* Appends a finding, unless its rule is turned off; rule and message are copied. Line and
   column come from text. */
mindset_status ms__finding_add(mindset_result *r, const char *rule, mindset_severity sev,
                               const char *message, const char *text, size_t len,
                               size_t start, size_t end, int affects_verdict);
/* Where a finding about the whole post points: the post's first byte that is not a blank
   or a line break, so a marker line blanked out before analysis (or an empty first line)
   is passed over; 0 for a blank post. */
size_t ms__post_start(const char *text, size_t len);
/* Sets r->verdict (NULL without a network): from the findings that affect it, or, when
   there are none by request (findings 0), by the same rules from the figures. */
void ms__conclude(mindset_result *r, int findings);
/* Fills r->verdicts for r->verdict_networks (result.c). */
void ms__judge_networks(mindset_result *r);
/* Copies tokens, stems and matches into the result for the explain format (result.c). */
mindset_status ms__trace_keep(const mindset_scratch *s, ms_lang lang, mindset_result *r);

mindset_status ms__render_json(const mindset_result *r, const mindset_render_options *o,
                               ms_buf *out);
mindset_status ms__render_text(const mindset_result *r, const mindset_render_options *o,
                               ms_buf *out);
mindset_status ms__render_line(const mindset_result *r, const mindset_render_options *o,
                               ms_buf *out);
mindset_status ms__render_record(const mindset_result *r, ms_buf *out);
mindset_status ms__render_explain(const mindset_result *r, const mindset_render_options *o,
                                  ms_buf *out);

#endif
