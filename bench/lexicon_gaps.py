#!/usr/bin/env python3
"""Lists English stems that separate professional from personal posts but that no lexicon
entry covers yet: the candidates from which lexicons/en/vocabulary.lex was picked by hand.
Prints stems, spellings and counts only, never post text.

Professional = LinkedIn influencer posts, personal = Facebook statuses + TweetEval tweets,
read in place from ../shared/data, dev part only: record index i (0-based, file order per
source) with i % 5 != 4 (i % 5 == 4 is held out for bench/eval_real.py). Tokens and stems
come from mindset itself (`mindset explain --lang en`), so a stem is the key an entry
would get. Score: weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi
& Quinn 2008, "Fightin' words", sec. 3.5; prior = pooled frequency x --alpha0), ranked by
z, filtered by the ratio of the share of posts holding the stem on each side. Covered =
a one-word entry with the same stem, or a wildcard, in a scoring category of DIR/en/*.lex
(context words do not count); "[phrase]" = the stem occurs only inside phrase entries.

Run from the repository root with any build, e.g.:

    python3 bench/lexicon_gaps.py --mindset /tmp/build-gaps-en/cli/mindset --top 200

Columns: z (vs both personal sources), zFB, zTW, stem, % of LinkedIn / Facebook /
TweetEval posts holding it, the side ratio, distinct Facebook authors and LinkedIn authors
(follower count as proxy), commonest spellings. `--help` lists the options.
"""
import argparse
import collections
import re

from lexgaps import cover_of, coverage, explain_tokens, load, log_odds, ranked


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mindset", default="build/cli/mindset", help="mindset binary")
    ap.add_argument("--lexicons", default="lexicons", help="lexicon dir read for coverage")
    ap.add_argument("--data", default="../shared/data", help="the shared research data")
    ap.add_argument("--cut", type=int, default=280,
                    help="count the first N characters of each post only (0: all)")
    ap.add_argument("--per-post", action="store_true",
                    help="count a stem once per post instead of every occurrence")
    ap.add_argument("--alpha0", type=float, default=1000.0, help="prior strength")
    ap.add_argument("--min-docs", type=int, default=5, help="minimum posts on its side")
    ap.add_argument("--min-ratio", type=float, default=3.0,
                    help="professional: share of LinkedIn posts over the share of "
                         "Facebook and of TweetEval posts")
    ap.add_argument("--min-ratio-personal", type=float, default=2.0,
                    help="personal: share of pooled Facebook+TweetEval posts over the "
                         "LinkedIn share, and either source at least half the LinkedIn "
                         "share (looser than --min-ratio: a stray professional word moves "
                         "a short personal post more than a personal word a long post)")
    ap.add_argument("--top", type=int, default=150, help="stems listed per side")
    ap.add_argument("--all", action="store_true", help="list covered stems too")
    ap.add_argument("--uncovered", action="store_true",
                    help="instead: the stems held by the most Facebook posts that have no "
                         "signal at all (bench/eval_real.py's coverage), with their share "
                         "of LinkedIn posts: candidates for Facebook coverage")
    a = ap.parse_args()
    if a.uncovered:
        return uncovered(a)

    sources = {"li": "linkedin-influencers-annotated/annotated_data.jsonl",
               "fb": "facebook-mypersonality/mypersonality.dev.jsonl",
               "tw": "twitter-tweeteval-emoji/emoji_val.jsonl"}
    counts = {s: collections.Counter() for s in sources}
    docs = {s: collections.Counter() for s in sources}
    authors = {s: collections.defaultdict(set) for s in ("li", "fb")}
    spell = collections.defaultdict(collections.Counter)
    ndev = {}
    for src, path in sources.items():
        rows = [r for i, r in enumerate(load(a.data, path)) if i % 5 != 4]  # dev part only
        ndev[src] = len(rows)
        texts = [r["text"][:a.cut] if a.cut else r["text"] for r in rows]
        for r, tk in zip(rows, explain_tokens(a.mindset, None, texts, "en")):
            stems = [s for _, s in tk if re.search(r"[^\W\d_]", s) and len(s) > 1]
            for norm, s in tk:
                spell[s][norm] += 1
            counts[src].update(set(stems) if a.per_post else stems)
            docs[src].update(set(stems))
            who = {"li": r.get("followers"), "fb": r.get("author")}.get(src)
            if who:
                for s in set(stems):
                    authors[src][s].add(who)

    covered, wild, in_phrase = coverage(a.mindset, a.lexicons, "en")
    z = log_odds(counts["li"], counts["fb"] + counts["tw"], a.alpha0)
    z_fb = log_odds(counts["li"], counts["fb"], a.alpha0)
    z_tw = log_odds(counts["li"], counts["tw"], a.alpha0)
    rate = {s: {w: 100.0 * n / ndev[s] for w, n in docs[s].items()} for s in sources}

    def cover(s):
        return cover_of(s, covered, wild, spell[s])

    def ratio(s, sign):
        li, fb, tw = (rate[x].get(s, 0.0) for x in ("li", "fb", "tw"))
        if sign > 0:
            return li / max(fb, tw, 100.0 / ndev["fb"] / 2)
        if 2 * min(fb, tw) < li:
            return 0.0  # one personal source has it less than half as often as LinkedIn
        pooled = 100.0 * (docs["fb"][s] + docs["tw"][s]) / (ndev["fb"] + ndev["tw"])
        return pooled / max(li, 100.0 / ndev["li"] / 2)

    print(f"# dev four-fifths (i % 5 != 4): LinkedIn {ndev['li']}, Facebook {ndev['fb']}, "
          f"TweetEval {ndev['tw']} posts; cut {a.cut or 'none'}; "
          f"{'one count per post' if a.per_post else 'token counts'}; alpha0 {a.alpha0:g}; "
          f"post-rate ratio >= {a.min_ratio:g} professional, {a.min_ratio_personal:g} personal")
    for name, sign, srcs in (("professional", 1, ("li",)), ("personal", -1, ("fb", "tw"))):
        print(f"\n## top {a.top} {name} stems" + ("" if a.all else " no lexicon entry covers"))
        print(f"{'z':>7} {'zFB':>6} {'zTW':>6}  {'stem':<14} {'LI%':>5} {'FB%':>5} {'TW%':>5} "
              f"{'ratio':>5} {'FBa':>4} {'LIa':>4}  spellings / cover")
        def keep(s):
            return sum(docs[x][s] for x in srcs) >= a.min_docs and ratio(s, sign) >= (
                a.min_ratio if sign > 0 else a.min_ratio_personal)

        for s, forms, mark in ranked(z, sign, a.top, keep, cover, in_phrase, spell, a.all):
            print(f"{z[s]:7.2f} {z_fb.get(s, 0.0):6.2f} {z_tw.get(s, 0.0):6.2f}  {s:<14} "
                  f"{rate['li'].get(s, 0):5.1f} {rate['fb'].get(s, 0):5.1f} "
                  f"{rate['tw'].get(s, 0):5.1f} {ratio(s, sign):5.1f} "
                  f"{len(authors['fb'][s]):4d} {len(authors['li'][s]):4d}  {forms}{mark}")


def uncovered(a):
    """The stems in the most Facebook dev posts that mindset gives no signal, next to the
    share of all Facebook and of LinkedIn dev posts holding them (full texts)."""
    import json
    import subprocess
    rows = {s: [r for i, r in enumerate(load(a.data, p)) if i % 5 != 4]
            for s, p in (("li", "linkedin-influencers-annotated/annotated_data.jsonl"),
                         ("fb", "facebook-mypersonality/mypersonality.dev.jsonl"))}
    fb = rows["fb"]
    lines = "".join(json.dumps({"id": i, "text": r["text"]}, ensure_ascii=False) + "\n"
                    for i, r in enumerate(fb))
    out = subprocess.run([a.mindset, "score", "--no-progress", "--summary", "/dev/null",
                          "--lexicons", a.lexicons], input=lines.encode(),
                         capture_output=True, check=False).stdout.decode().splitlines()
    res = [json.loads(l) for l in out]
    bare = [r.get("mindset", {}).get("label") in ("unknown", None) and not r.get("content_types")
            for r in res]
    docs = {}
    spell = collections.defaultdict(collections.Counter)
    ubare = collections.Counter()
    for src in ("li", "fb"):
        docs[src] = collections.Counter()
        tokens = explain_tokens(a.mindset, None, [r["text"] for r in rows[src]], "en")
        for i, tk in enumerate(tokens):
            for norm, s in tk:
                spell[s][norm] += 1
            stems = {s for _, s in tk if re.search(r"[^\W\d_]", s)}
            docs[src].update(stems)
            if src == "fb" and bare[i]:
                ubare.update(stems)
    nbare = sum(bare)
    print(f"# Facebook dev four-fifths: {len(fb)} posts, {nbare} without signal "
          f"({100.0 * nbare / len(fb):.1f} %); LinkedIn {len(rows['li'])} posts")
    print(f"{'bare':>5} {'FB%':>5} {'LI%':>5}  {'stem':<14} spellings")
    for s, n in ubare.most_common(a.top):
        print(f"{n:5d} {100.0 * docs['fb'][s] / len(fb):5.1f} "
              f"{100.0 * docs['li'][s] / len(rows['li']):5.1f}  {s:<14} "
              + ", ".join(f for f, _ in spell[s].most_common(3)))


if __name__ == "__main__":
    main()
