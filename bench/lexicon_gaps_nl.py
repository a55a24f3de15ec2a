#!/usr/bin/env python3
"""Lists Dutch stems that separate everyday personal tweets from professional ones but
that no lexicon entry covers yet: the candidates from which lexicons/nl/vocabulary.lex was
picked by hand. Prints stems, spellings, counts and lexicon entries only, never post text.

Personal = Dutch geotweets (one day of everyday tweets, 2015), professional = tweets by
Dutch MPs (public-affairs register, 2020), read in place from ../shared/data, dev part
only: record index i (0-based, file order per source) with i % 5 != 4 (i % 5 == 4 is held
out for bench/eval_real_nl_split.py). Tokens and stems come from mindset itself
(`mindset explain --lang nl`, the Snowball dutch stemmer), so a stem is the key an entry
would get. Score: weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi
& Quinn 2008, "Fightin' words", sec. 3.5; prior = pooled frequency x --alpha0), ranked by
z, kept when enough distinct users (geotweets) or authors (MPs) use the stem -- so that
one bot or one account cannot put a word on the list -- and when the share of posts
holding it is --min-ratio times higher on its side. Covered = a one-word entry with the
same stem, or a wildcard, in a scoring category of DIR/nl/*.lex (context words do not
count); "[phrase]" = the stem occurs only inside phrase entries.

Both sources are one week or one day of tweets, so the lists are full of names, places and
the news of the day: they are candidates for a person to judge, not a lexicon.

Run from the repository root with any build, e.g.:

    python3 bench/lexicon_gaps_nl.py --mindset /tmp/build-gaps-nl/cli/mindset --top 300

Columns: z, stem, % of geotweets / MP tweets holding it, the side ratio, distinct users
(geo) and authors (MP), % of the dev geotweets that have no lexicon signal yet that hold
it (what an entry would add to coverage), commonest spellings. `--fire` lists instead the
lexicon entries that match most often on the dev geotweets, per axis. `--help` lists the
options.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys

from lexgaps import (MATCH, cover_of, coverage, explain_tokens, load, log_odds, ranked,
                     run_explain)

GEO = "dutch-geotweets-2015/geotweets.jsonl"
MP = "dutch-mp-tweets-2020/example_raw_tweets.jsonl"


def signals(binary, lexicons, texts):
    """Per text: (label, has signal), as bench/eval_real.py counts it (language auto)."""
    lines = "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n"
                    for i, t in enumerate(texts))
    cmd = [binary, "score", "--no-progress", "--summary", "/dev/null"]
    cmd += ["--lexicons", lexicons] if lexicons else []
    out = subprocess.run(cmd, input=lines.encode(), capture_output=True, check=False).stdout
    res = []
    for l in out.decode().splitlines():
        r = json.loads(l)
        lab = r.get("mindset", {}).get("label", "error")
        res.append((lab, lab not in ("unknown", "error") or bool(r.get("content_types"))))
    if len(res) != len(texts):
        sys.exit(f"lexicon_gaps_nl: mindset score returned {len(res)} for {len(texts)}")
    return res


def fired(binary, lexdir, texts, top):
    """The lexicon entries that match most often in texts, per axis (--fire)."""
    hits = collections.Counter()

    def on_line(line, n, res):
        m = MATCH.match(line or "")
        if m and m.group(2) in ("personal", "professional", "none"):
            hits[(m.group(2), m.group(1), m.group(3))] += 1

    run_explain(binary, lexdir, texts, on_line, "nl")
    lines = {}

    def entry_at(where):
        path, _, num = where.rpartition(":")
        if not num.isdigit():
            return ""  # a built-in rule
        if path not in lines:
            full = path if os.path.exists(path) else os.path.join(lexdir, path)
            with open(full, encoding="utf-8") as f:
                lines[path] = f.read().splitlines()
        return lines[path][int(num) - 1].strip()

    for axis in ("professional", "none", "personal"):
        print(f"\n## entries matching most often on the dev geotweets, axis {axis}")
        rows = sorted(((n, c, w) for (a, c, w), n in hits.items() if a == axis), reverse=True)
        for n, cat, where in rows[:top]:
            short = where.replace(os.path.join(lexdir, ""), "")
            print(f"{n:6d}  {cat:<13} {short:<26} {entry_at(where)}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mindset", default="build/cli/mindset", help="mindset binary")
    ap.add_argument("--lexicons", default="lexicons", help="lexicon dir read for coverage")
    ap.add_argument("--data", default="../shared/data", help="the shared research data")
    ap.add_argument("--per-post", action="store_true",
                    help="count a stem once per post instead of every occurrence")
    ap.add_argument("--alpha0", type=float, default=1000.0, help="prior strength")
    ap.add_argument("--min-users", type=int, default=5,
                    help="minimum distinct users (geotweets) or authors (MPs) on its side")
    ap.add_argument("--min-ratio", type=float, default=2.0,
                    help="share of posts holding the stem on its side over the other side")
    ap.add_argument("--top", type=int, default=200, help="stems listed per side")
    ap.add_argument("--all", action="store_true", help="list covered stems too")
    ap.add_argument("--fire", action="store_true",
                    help="list the entries that match most on the dev geotweets instead")
    a = ap.parse_args()

    rows = {"geo": [r for i, r in enumerate(load(a.data, GEO)) if i % 5 != 4],
            "mp": [r for i, r in enumerate(load(a.data, MP)) if i % 5 != 4]}
    if a.fire:
        fired(a.mindset, a.lexicons, [r["text"] for r in rows["geo"]], a.top)
        return

    counts = {s: collections.Counter() for s in rows}
    docs = {s: collections.Counter() for s in rows}
    users = {s: collections.defaultdict(set) for s in rows}
    gap_docs = collections.Counter()  # geotweets without any signal yet
    spell = collections.defaultdict(collections.Counter)
    geo_sig = signals(a.mindset, a.lexicons, [r["text"] for r in rows["geo"]])
    ngap = sum(1 for _, s in geo_sig if not s)
    for src, rs in rows.items():
        toks = explain_tokens(a.mindset, a.lexicons, [r["text"] for r in rs], "nl")
        for k, (r, tk) in enumerate(zip(rs, toks)):
            stems = [s for _, s in tk if re.search(r"[^\W\d_]", s) and len(s) > 1
                     and not s.startswith(("http", "@"))]
            for norm, s in tk:
                spell[s][norm] += 1
            counts[src].update(set(stems) if a.per_post else stems)
            docs[src].update(set(stems))
            who = r.get("user") or r.get("author") or r.get("handle")
            for s in set(stems):
                users[src][s].add(who)
            if src == "geo" and not geo_sig[k][1]:
                gap_docs.update(set(stems))

    covered, wild, in_phrase = coverage(a.mindset, a.lexicons, "nl")
    z = log_odds(counts["geo"], counts["mp"], a.alpha0)
    n = {s: len(rs) for s, rs in rows.items()}
    rate = {s: {w: 100.0 * c / n[s] for w, c in docs[s].items()} for s in rows}

    def cover(s):
        return cover_of(s, covered, wild, spell[s])

    def ratio(s, sign):
        g, m = rate["geo"].get(s, 0.0), rate["mp"].get(s, 0.0)
        if sign > 0:
            return g / max(m, 100.0 / n["mp"] / 2)
        return m / max(g, 100.0 / n["geo"] / 2)

    print(f"# dev four-fifths (i % 5 != 4): geotweets {n['geo']} ({ngap} without signal), "
          f"MP tweets {n['mp']}; {'one count per post' if a.per_post else 'token counts'}; "
          f"alpha0 {a.alpha0:g}; post-rate ratio >= {a.min_ratio:g}; "
          f">= {a.min_users} users")
    for name, sign, src in (("personal (geotweets)", 1, "geo"),
                            ("professional (MP tweets)", -1, "mp")):
        print(f"\n## top {a.top} {name} stems" + ("" if a.all else " no lexicon entry covers"))
        print(f"{'z':>7}  {'stem':<16} {'geo%':>5} {'mp%':>5} {'ratio':>5} {'usr':>4} "
              f"{'gap%':>5}  spellings / cover")
        def keep(s):
            return len(users[src][s]) >= a.min_users and ratio(s, sign) >= a.min_ratio

        for s, forms, mark in ranked(z, sign, a.top, keep, cover, in_phrase, spell, a.all):
            print(f"{z[s]:7.2f}  {s:<16} {rate['geo'].get(s, 0):5.2f} "
                  f"{rate['mp'].get(s, 0):5.2f} {ratio(s, sign):5.1f} "
                  f"{len(users[src][s]):4d} {100.0 * gap_docs[s] / max(1, ngap):5.2f}  "
                  f"{forms}{mark}")


if __name__ == "__main__":
    main()
