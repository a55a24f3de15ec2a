/* tld_table.h - top-level domains for recognising bare domains as URLs (tld_table.c is
   generated; see tests/data/twitter-text/gen_tld_table.py). */
#ifndef MS_TLD_TABLE_H
#define MS_TLD_TABLE_H

#include <stddef.h>

extern const char *const ms__tlds[]; /* lower case UTF-8, sorted by bytes (strcmp order) */
extern const size_t ms__tld_count;

#endif
