/*
 * input.c - reading one post from a file or stdin, with the checks a person pasting a
 * post needs: size limit, no NUL bytes, not empty. Errors name the file, line and column.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char *display_name(const char *path)
{
    return !path || strcmp(path, "-") == 0 ? "<stdin>" : path;
}

/* Reads at most limit + 1 bytes so an oversized input is detected without reading it all.
   Returns 0, or the errno of what went wrong (ENOMEM, EISDIR, EIO, ...). */
static int read_limited(FILE *f, size_t limit, char **data, size_t *len)
{
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    if (!buf)
        return ENOMEM;
    size_t got;
    while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n > limit)
            break;
        if (n == cap) {
            char *bigger = realloc(buf, cap * 2);
            if (!bigger) {
                free(buf);
                return ENOMEM;
            }
            buf = bigger;
            cap *= 2;
        }
    }
    *data = buf;
    *len = n;
    return ferror(f) ? (errno ? errno : EIO) : 0;
}

static int nul_position(const char *data, size_t len, int *line, int *col)
{
    const char *nul = memchr(data, '\0', len);
    if (!nul)
        return 0;
    *line = 1;
    *col = 1;
    for (const char *p = data; p < nul; p++) {
        if (*p == '\n') {
            (*line)++;
            *col = 1;
        } else if (((unsigned char)*p & 0xC0) != 0x80)
            (*col)++;
    }
    return 1;
}

static int validate(const char *name, const char *data, size_t len)
{
    int line, col;
    if (len > MINDSET_MAX_POST_BYTES) {
        fprintf(stderr, "mindset: %s: post is larger than the limit of %u bytes\n", name,
                MINDSET_MAX_POST_BYTES);
        return -1;
    }
    if (nul_position(data, len, &line, &col)) {
        fprintf(stderr,
                "mindset: %s:%d:%d: NUL byte in the post (is this a binary file?)\n", name,
                line, col);
        return -1;
    }
    size_t i = 0;
    while (i < len && strchr(" \t\r\n", data[i]))
        i++;
    if (i == len) {
        fprintf(stderr, "mindset: %s: empty post\n", name);
        return -1;
    }
    return 0;
}

int cli_read_post(const char *path, char **data, size_t *len)
{
    const char *name = display_name(path);
    *data = NULL;
    *len = 0;
    int use_stdin = !path || strcmp(path, "-") == 0;
    FILE *f = use_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "mindset: %s: %s\n", name, strerror(errno));
        return -1;
    }
    errno = 0;
    int rc = read_limited(f, MINDSET_MAX_POST_BYTES, data, len);
    if (!use_stdin)
        fclose(f);
    if (rc != 0) {
        fprintf(stderr, "mindset: %s: cannot read: %s\n", name, strerror(rc));
        free(*data);
        *data = NULL;
        return -1;
    }
    if (validate(name, *data, *len) != 0) {
        free(*data);
        *data = NULL;
        return -1;
    }
    return 0;
}
