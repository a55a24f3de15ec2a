/*
 * tokenize.h - split the original post text into tokens of known kinds.
 *
 * The tokenizer works on the ORIGINAL bytes (already validated as UTF-8), so every token's
 * span is a byte range of the text the user wrote, and case (ALL CAPS, CamelCase hashtags)
 * is still visible. Normalisation of each word happens afterwards (normalize.c).
 */
#ifndef MS_TOKENIZE_H
#define MS_TOKENIZE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum {
    MS_TOK_WORD,    /* letters, digits, apostrophes/hyphens inside: "don't", "e-mail" */
    MS_TOK_NUMBER,  /* 30%, €12M, 3,2kg, 2024, +15 */
    MS_TOK_HASHTAG, /* #BabyOnTheWay (span includes '#'); parts follow as MS_TOK_WORD
                       tokens with MS_TF_HASHPART */
    MS_TOK_MENTION, /* @user (span includes '@') */
    MS_TOK_CASHTAG, /* $AAPL */
    MS_TOK_URL,     /* https://x.org/a, www.x.org, x.com/path (twitter-text rules) */
    MS_TOK_EMAIL,   /* name@example.com */
    MS_TOK_EMOJI,   /* one emoji incl. ZWJ sequence, skin tone, flag, keycap, VS16 */
    MS_TOK_PUNCT    /* a run of one punctuation character: "!!!", "?", "...", "…" */
} ms_token_kind;

enum {
    MS_TF_ALLCAPS = 1u << 0,     /* word of >= 2 letters, all upper case */
    MS_TF_CAPITALIZED = 1u << 1, /* first letter upper case */
    MS_TF_HASHPART = 1u << 2,    /* word produced by splitting the preceding hashtag */
    MS_TF_ASCII = 1u << 3,       /* every byte of the token is ASCII */
    MS_TF_NEWLINE_BEFORE =
        1u << 4,           /* a line break lies between this token and the previous */
    MS_TF_FOLDED = 1u << 5 /* folded into the sink already; hash is set */
};

/* Whether every byte of s[0..n) is ASCII: the test behind MS_TF_ASCII, and the one the
   stemmer uses to pick its single-byte Snowball build. */
static inline bool ms__all_ascii(const void *s, size_t n)
{
    const uint8_t *b = s;
    uint8_t any = 0;
    for (size_t i = 0; i < n; i++)
        any |= b[i];
    return any < 0x80;
}

typedef struct {
    uint32_t start; /* byte offset in the original text */
    uint32_t end;   /* one past the last byte */
    uint8_t kind;   /* ms_token_kind */
    uint8_t flags;  /* MS_TF_* */
    uint32_t hash;  /* MS_TF_FOLDED only: ms__hash_bytes of the folded form */
} ms_token;

typedef struct {
    ms_token *items;
    size_t count;
    size_t cap;
} ms_token_list;

typedef enum {
    MS_TOKENIZE_OK = 0,
    MS_TOKENIZE_NOMEM = 1,
    MS_TOKENIZE_TOO_MANY = 2
} ms_tokenize_status;

/* Upper bound on tokens in one post; past it ms__tokenize fails with MS_TOKENIZE_TOO_MANY.
 */
#define MS_MAX_TOKENS (1u << 20)

/*
 * Tokenizes text[0..len), which must be valid UTF-8 (NUL bytes allowed, treated as
 * blanks). Appends to list (list->count is reset to 0 first; the array is reused and grown
 * with realloc). Blanks and other separators produce no token.
 */
ms_tokenize_status ms__tokenize(const char *text, size_t len, ms_token_list *list);

/* Room the tokenizer may fold words into: data[len..cap). */
typedef struct {
    char *data;
    size_t len, cap;
} ms_fold_sink;

/*
 * ms__tokenize, folding on the way the tokens it reads whole: words of ASCII letters
 * and digits read eight bytes at a time, and runs of up to seven of one ASCII
 * punctuation byte. Each goes to sink->data + sink->len folded to lower case, followed
 * by NUL bytes up to the next multiple of eight (at least one), the layout of
 * scratch->norm, and its token gets MS_TF_FOLDED and the hash. The folded tokens lie in
 * the sink one after another in token order, so each starts where the one before ends.
 * Tokens are folded only when the sink holds eight times the text plus 16 bytes: a
 * token of n bytes takes (n | 7) + 1 <= 8n bytes, so then they all fit. Other tokens are
 * left to the normaliser. The tokens are those ms__tokenize gives.
 */
ms_tokenize_status ms__tokenize_folding(const char *text, size_t len, ms_token_list *list,
                                        ms_fold_sink *sink);

/* Frees the list's array; the list may be reused afterwards. Accepts NULL. */
void ms__token_list_free(ms_token_list *list);

#endif
