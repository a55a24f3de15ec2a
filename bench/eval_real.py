#!/usr/bin/env python3
"""Runs mindset over the real public posts in ../shared/data (read in place, never
copied) and prints the figures of bench/RESULTS.md:

- LinkedIn influencer posts vs Facebook (myPersonality) statuses and TweetEval tweets:
  ROC AUC of the mindset score on the full texts and on length-matched texts (the first
  280 characters of each), since length alone separates them;
- LinkedIn posts labelled "Others" read as personal, against the other five labels;
- Dutch geotweets: share read as personal among those with any signal; coverage;
- Dutch MP tweets: share read as personal (should be low).

Every English figure is printed twice: on all posts, then on the held-out fifth only
(record index i, 0-based in file order per source, with i % 5 == 4). Lexicon words are
derived from the other four fifths only (bench/lexicon_gaps.py), so the held-out
figures are the figures of record.

Usage: eval_real.py [--part dev] MINDSET_BINARY SHARED_DATA_DIR [LEXICON_DIR]
(LEXICON_DIR: score with `--lexicons LEXICON_DIR` instead of the built-in lexicons;
`--part dev`: the English figures on the dev four-fifths only, i % 5 != 4, the part that
lexicon changes are judged on; the Dutch sources are skipped)
"""
import json, subprocess, sys

ARGS = sys.argv[1:]
DEV_ONLY = ARGS[:2] == ["--part", "dev"]
if DEV_ONLY:
    ARGS = ARGS[2:]
elif ARGS and ARGS[0] == "--part":
    sys.exit("eval_real.py: --part takes 'dev' only")
BIN, DATA = ARGS[0], ARGS[1]
LEXICONS = ["--lexicons", ARGS[2]] if len(ARGS) > 2 else []


def load(path, limit=None):
    rows = []
    with open(f"{DATA}/{path}", encoding="utf-8") as f:
        for line in f:
            rows.append(json.loads(line))
            if limit and len(rows) >= limit:
                break
    return rows


def score(rows, cut=None):
    """mindset score over the texts (cut to `cut` characters); one result per row."""
    lines = "".join(json.dumps({"id": i, "text": (r["text"][:cut] if cut else r["text"])},
                               ensure_ascii=False) + "\n" for i, r in enumerate(rows))
    out = subprocess.run([BIN, "score", "--no-progress", "--summary", "/dev/null"] + LEXICONS,
                         input=lines.encode(), capture_output=True, check=False).stdout
    return [json.loads(l) for l in out.decode().splitlines()]


def auc(pos, neg):
    """Mann-Whitney AUC: share of (professional, personal) pairs ranked right."""
    ranked = sorted([(s, 1) for s in pos] + [(s, 0) for s in neg])
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        avg = (i + j + 1) / 2.0
        rank_sum += avg * sum(1 for k in range(i, j) if ranked[k][1])
        i = j
    n1, n0 = len(pos), len(neg)
    return (rank_sum - n1 * (n1 + 1) / 2) / (n1 * n0) if n1 and n0 else float("nan")


def mscore(r):
    return r.get("mindset", {}).get("score", 0.0)


def label(r):
    return r.get("mindset", {}).get("label", "error")


def share(rs, pred):
    return 100.0 * sum(1 for r in rs if pred(r)) / max(1, len(rs))


def signal(r):
    return label(r) not in ("unknown", "error") or bool(r.get("content_types"))


li = load("linkedin-influencers-annotated/annotated_data.jsonl")
fb = load("facebook-mypersonality/mypersonality.dev.jsonl")
tw = load("twitter-tweeteval-emoji/emoji_val.jsonl")
geo = load("dutch-geotweets-2015/geotweets.jsonl")
mp = load("dutch-mp-tweets-2020/example_raw_tweets.jsonl")

HELD_OUT = " [held-out fifth, i % 5 == 4]"


def held_out(rows):
    """The held-out fifth of one source: record index i % 5 == 4 (file order)."""
    return [r for i, r in enumerate(rows) if i % 5 == 4]


def dev_part(rows):
    """The dev four-fifths of one source: record index i % 5 != 4 (file order)."""
    return [r for i, r in enumerate(rows) if i % 5 != 4]


def english_figures(li, li_s, fb_s, tw_s, name, full, tag=""):
    pos = [mscore(r) for r in li_s]
    print(f"AUC LinkedIn vs Facebook ({name}){tag}: {auc(pos, [mscore(r) for r in fb_s]):.3f}")
    print(f"AUC LinkedIn vs TweetEval ({name}){tag}: {auc(pos, [mscore(r) for r in tw_s]):.3f}")
    print(f"AUC LinkedIn vs both ({name}){tag}: "
          f"{auc(pos, [mscore(r) for r in fb_s + tw_s]):.3f}")
    if full:
        for nm, rs in (("LinkedIn", li_s), ("Facebook", fb_s), ("TweetEval", tw_s)):
            print(f"coverage {nm}{tag}: {share(rs, signal):.1f}%  personal {share(rs, lambda r: label(r) == 'personal'):.1f}%"
                  f"  professional {share(rs, lambda r: label(r) == 'professional'):.1f}%")
        others = [r for r, row in zip(li_s, li) if row.get("label") == "Others"]
        rest = [r for r, row in zip(li_s, li) if row.get("label") != "Others"]
        print(f"LinkedIn 'Others' read as personal{tag}: {share(others, lambda r: label(r) == 'personal'):.1f}%"
              f" of {len(others)}; other five labels: {share(rest, lambda r: label(r) == 'personal'):.1f}%"
              f" of {len(rest)}")


print(f"command: {' '.join(sys.argv)}")
if DEV_ONLY:
    li, fb, tw = dev_part(li), dev_part(fb), dev_part(tw)
    for cut, name in ((None, "full texts"), (280, "first 280 characters")):
        english_figures(li, score(li, cut), score(fb, cut), score(tw, cut), name,
                        cut is None, " [dev four-fifths, i % 5 != 4]")
    sys.exit(0)
for cut, name in ((None, "full texts"), (280, "first 280 characters")):
    li_s, fb_s, tw_s = score(li, cut), score(fb, cut), score(tw, cut)
    english_figures(li, li_s, fb_s, tw_s, name, cut is None)
    english_figures(held_out(li), held_out(li_s), held_out(fb_s), held_out(tw_s), name,
                    cut is None, HELD_OUT)

geo_s, mp_s = score(geo), score(mp)
with_signal = [r for r in geo_s if signal(r)]
print(f"Dutch geotweets: coverage {share(geo_s, signal):.1f}%, read as personal among those "
      f"with signal {share(with_signal, lambda r: label(r) == 'personal'):.1f}% "
      f"(of {len(with_signal)}), detected nl {share(geo_s, lambda r: r.get('lang') == 'nl'):.1f}%")
print(f"Dutch MP tweets: coverage {share(mp_s, signal):.1f}%, read as personal "
      f"{share(mp_s, lambda r: label(r) == 'personal'):.1f}%, professional "
      f"{share(mp_s, lambda r: label(r) == 'professional'):.1f}%, detected nl "
      f"{share(mp_s, lambda r: r.get('lang') == 'nl'):.1f}%")
