#!/usr/bin/env python3
"""Dutch real-data figures on the fixed split, to judge lexicons/nl/vocabulary.lex
without fooling ourselves. Same definitions as bench/eval_real.py (signal = a label other
than unknown/error, or any content type), but printed per part:

- held-out fifth: record index i (0-based, file order per source) with i % 5 == 4 -- the
  figures of record, since bench/lexicon_gaps_nl.py derives words from the rest only;
- dev four-fifths (i % 5 != 4) and all posts, for comparison.

Posts are read in place from ../shared/data (research use only) and only figures are
printed, never post text.

Usage (from the repository root):

    python3 bench/eval_real_nl_split.py [--mindset build/cli/mindset] [--lexicons DIR]
"""
import argparse
import json
import os
import subprocess


def load(data, path):
    with open(os.path.join(data, path), encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def score(binary, lexicons, rows):
    lines = "".join(json.dumps({"id": i, "text": r["text"]}, ensure_ascii=False) + "\n"
                    for i, r in enumerate(rows))
    cmd = [binary, "score", "--no-progress", "--summary", "/dev/null"]
    if lexicons:
        cmd += ["--lexicons", lexicons]
    out = subprocess.run(cmd, input=lines.encode(), capture_output=True, check=False).stdout
    res = [json.loads(l) for l in out.decode().splitlines()]
    if len(res) != len(rows):
        raise SystemExit(f"mindset score returned {len(res)} results for {len(rows)} posts")
    return res


def label(r):
    return r.get("mindset", {}).get("label", "error")


def signal(r):
    return label(r) not in ("unknown", "error") or bool(r.get("content_types"))


def share(rs, pred):
    return 100.0 * sum(1 for r in rs if pred(r)) / max(1, len(rs))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mindset", default="build/cli/mindset")
    ap.add_argument("--lexicons", default=None, help="lexicon dir (default: built-in)")
    ap.add_argument("--data", default="../shared/data")
    a = ap.parse_args()

    geo = score(a.mindset, a.lexicons, load(a.data, "dutch-geotweets-2015/geotweets.jsonl"))
    mp = score(a.mindset, a.lexicons, load(a.data, "dutch-mp-tweets-2020/example_raw_tweets.jsonl"))
    parts = (("held-out fifth (i % 5 == 4)", lambda i: i % 5 == 4),
             ("dev four-fifths (i % 5 != 4)", lambda i: i % 5 != 4),
             ("all posts", lambda i: True))
    print(f"mindset {a.mindset}, lexicons {a.lexicons or 'built-in'}")
    for name, keep in parts:
        g = [r for i, r in enumerate(geo) if keep(i)]
        m = [r for i, r in enumerate(mp) if keep(i)]
        sig = [r for r in g if signal(r)]
        print(f"{name}:")
        print(f"  Dutch geotweets: coverage {share(g, signal):.1f}%, read as personal among "
              f"those with signal {share(sig, lambda r: label(r) == 'personal'):.1f}% "
              f"(of {len(sig)}; {len(g)} posts), professional "
              f"{share(sig, lambda r: label(r) == 'professional'):.1f}%, mixed "
              f"{share(sig, lambda r: label(r) == 'mixed'):.1f}%")
        print(f"  Dutch MP tweets: coverage {share(m, signal):.1f}%, read as personal "
              f"{share(m, lambda r: label(r) == 'personal'):.1f}%, professional "
              f"{share(m, lambda r: label(r) == 'professional'):.1f}% ({len(m)} posts)")


if __name__ == "__main__":
    main()
