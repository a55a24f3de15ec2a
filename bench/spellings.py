#!/usr/bin/env python3
"""Shows which words of the real posts an English lexicon entry would match: for each
entry as written in a .lex file (`business`, `business*`, `"business"`), the spellings
that the dev four-fifths of the real posts give its key, with the number of posts holding
each spelling per source. Prints words and counts only, never post text.

A plain word matches every spelling with the same Snowball stem; a wildcard every
spelling that starts with it; an exact word its own normalised spelling only. Tokens,
spellings and stems come from mindset itself (`mindset explain --lang en`), as in
bench/lexicon_gaps.py; dev part only (record index i % 5 != 4 per source).

    python3 bench/spellings.py business 'business*' '"business"' intern

Columns: posts of LinkedIn (LI), Facebook (FB) and TweetEval (TW) holding the spelling.
"""
import argparse
import collections

from lexgaps import explain_tokens, load

SOURCES = {"li": "linkedin-influencers-annotated/annotated_data.jsonl",
           "fb": "facebook-mypersonality/mypersonality.dev.jsonl",
           "tw": "twitter-tweeteval-emoji/emoji_val.jsonl"}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("entries", nargs="+", help="entries as written in a .lex file")
    ap.add_argument("--mindset", default="build/cli/mindset", help="mindset binary")
    ap.add_argument("--data", default="../shared/data", help="the shared research data")
    ap.add_argument("--top", type=int, default=12, help="spellings listed per entry")
    a = ap.parse_args()

    docs = {s: collections.Counter() for s in SOURCES}  # (norm, stem) -> posts
    ndev = {}
    for src, path in SOURCES.items():
        rows = [r for i, r in enumerate(load(a.data, path)) if i % 5 != 4]  # dev part only
        ndev[src] = len(rows)
        for tk in explain_tokens(a.mindset, None, [r["text"] for r in rows], "en"):
            docs[src].update(set(tk))
    pairs = set().union(*(set(d) for d in docs.values()))

    words = [e.strip('"*') for e in a.entries]
    stems = {w: s for w, tk in zip(words, explain_tokens(a.mindset, None, words, "en"))
             for _, s in tk[:1]}
    print(f"# dev four-fifths: LinkedIn {ndev['li']}, Facebook {ndev['fb']}, "
          f"TweetEval {ndev['tw']} posts")
    for entry, word in zip(a.entries, words):
        low = word.lower()
        if entry.endswith("*"):
            hit, how = [p for p in pairs if p[0].startswith(low)], f"prefix {low}"
        elif entry.startswith('"'):
            hit, how = [p for p in pairs if p[0] == low], "exact"
        else:
            stem = stems.get(word, low)
            hit, how = [p for p in pairs if p[1] == stem], f"stem {stem}"
        tot = {s: 0 for s in SOURCES}
        rows = []
        for norm in {p[0] for p in hit}:
            n = {s: sum(docs[s][p] for p in hit if p[0] == norm) for s in SOURCES}
            rows.append((sum(n.values()), norm, n))
            for s in SOURCES:
                tot[s] += n[s]
        rows.sort(key=lambda r: (-r[0], r[1]))
        print(f"\n{entry}  ({how}): LI {tot['li']}  FB {tot['fb']}  TW {tot['tw']}")
        for _, norm, n in rows[:a.top]:
            print(f"  {n['li']:5d} {n['fb']:5d} {n['tw']:5d}  {norm}")
        if len(rows) > a.top:
            print(f"  ... {len(rows) - a.top} more spellings")


if __name__ == "__main__":
    main()
