/* liwc_import.h - LIWC dictionary import (liwc_import.c). */
#ifndef MINDSET_LIWC_IMPORT_H
#define MINDSET_LIWC_IMPORT_H

/* Writes OUT_DIR/liwc.lex and OUT_DIR/liwc-categories.def from the .dic at path; plain
   terms become exact words, or plain (stemmed) entries when stemmed is set.
   Returns 0, or -1 after printing file:line: message on stderr. */
int liwc_import(const char *path, const char *out_dir, int stemmed);

#endif
