#!/usr/bin/env python3
"""What a careful reader says of samples of the real posts, against what the real-data
figures of bench/eval_real.py assume of them.

The real-data figures take the source as the label: every LinkedIn influencer post is
professional, every Facebook status and TweetEval tweet personal, every Dutch geotweet
personal, every MP tweet professional. bench/real-annotation/ holds a reader's mindset
label (personal, professional, mixed or neither) for seeded samples of the held-out fifth
of each source (record index i % 5 == 4): ids and labels only, the texts stay in
../shared/data. This script joins them with the posts, scores the posts with mindset, and
prints per source the reader's labels, mindset's labels, how often the two agree, and the
figures a reader who is always right about the mindset would reach: the share of
geotweets with signal read as personal, the share of MP tweets read as personal, and
the AUC of LinkedIn against the personal sources at 280 characters with the reader's
label as the score. Figures only: no post text is printed.

Usage (from the repository root):

    python3 bench/real_annotation.py [--mindset build/cli/mindset] [--data ../shared/data]
"""
import argparse
import collections
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ("personal", "professional", "mixed", "neither")
SOURCES = {  # sample file -> the data files its ids come from
    "geo": ["dutch-geotweets-2015/geotweets.jsonl"],
    "mp": ["dutch-mp-tweets-2020/example_raw_tweets.jsonl"],
    "li": ["linkedin-influencers-annotated/annotated_data.jsonl"],
    "pers": ["facebook-mypersonality/mypersonality.dev.jsonl",
             "twitter-tweeteval-emoji/emoji_val.jsonl"],
}
READER_SCORE = {"personal": -1, "mixed": 0, "neither": 0, "professional": 1}


def read_labels(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                sys.exit(f"{path}:{n}:{e.colno}: {e.msg}")
            if r.get("mindset") not in LABELS:
                sys.exit(f"{path}:{n} (id {r.get('id')}): mindset '{r.get('mindset')}' is "
                         f"not one of {LABELS}")
            rows.append(r)
    return rows


def read_posts(data, files):
    posts = {}
    for name in files:
        with open(os.path.join(data, name), encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                posts[r["id"]] = r["text"]
    return posts


def score(binary, texts):
    lines = "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n"
                    for i, t in enumerate(texts))
    out = subprocess.run([binary, "score", "--no-progress", "--summary", "/dev/null"],
                         input=lines, capture_output=True, text=True, check=True).stdout
    return [json.loads(l) for l in out.splitlines()]


def has_signal(r):
    return r["mindset"]["label"] not in ("unknown", "none") or bool(r["content_types"])


def auc(pos, neg):
    """Mann-Whitney AUC, ties counted half."""
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def pct(k, n):
    return f"{100 * k / n:.1f} %" if n else "-"


def load_sample(name, binary, data):
    labels = read_labels(os.path.join(HERE, "real-annotation", f"{name}.jsonl"))
    posts = read_posts(data, SOURCES[name])
    missing = [r["id"] for r in labels if r["id"] not in posts]
    if missing:
        sys.exit(f"real-annotation/{name}.jsonl: ids not in the data: {missing[:3]}")
    texts = [posts[r["id"]][:280] for r in labels]
    return labels, score(binary, texts)


def describe(name, labels, got):
    n = len(labels)
    reader = collections.Counter(r["mindset"] for r in labels)
    ours = collections.Counter(g["mindset"]["label"] for g in got)
    print(f"{name}: {n} posts")
    print("  reader:  " + ", ".join(f"{l} {pct(reader[l], n)}" for l in LABELS))
    print("  mindset: " + ", ".join(f"{l} {pct(ours[l], n)}" for l in
                                     ("personal", "professional", "mixed", "unknown")))
    judged = [(r, g) for r, g in zip(labels, got)
              if r["mindset"] != "neither" and has_signal(g)]
    alike = sum(r["mindset"] == g["mindset"]["label"] for r, g in judged)
    print(f"  mindset agrees with the reader on {pct(alike, len(judged))} of the "
          f"{len(judged)} posts that have signal and a mindset")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mindset", default="build/cli/mindset")
    ap.add_argument("--data", default="../shared/data")
    a = ap.parse_args()
    samples = {name: load_sample(name, a.mindset, a.data) for name in SOURCES}
    for name, (labels, got) in samples.items():
        describe(name, labels, got)

    labels, got = samples["geo"]
    with_signal = [r for r, g in zip(labels, got) if has_signal(g)]
    judged = [r for r in with_signal if r["mindset"] != "neither"]
    personal = sum(r["mindset"] == "personal" for r in judged)
    ours = sum(g["mindset"]["label"] == "personal" for g in got if has_signal(g))
    print(f"Dutch geotweets with signal read as personal: reader {pct(personal, len(judged))} "
          f"(of {len(judged)} with a mindset), mindset {pct(ours, len(with_signal))}")
    labels, got = samples["mp"]
    judged = [r for r in labels if r["mindset"] != "neither"]
    print(f"Dutch MP tweets read as personal: reader "
          f"{pct(sum(r['mindset'] == 'personal' for r in judged), len(judged))} (of "
          f"{len(judged)} with a mindset), mindset "
          f"{pct(sum(g['mindset']['label'] == 'personal' for g in got), len(got))}")

    li_labels, li_got = samples["li"]
    pe_labels, pe_got = samples["pers"]
    reader_auc = auc([READER_SCORE[r["mindset"]] for r in li_labels],
                     [READER_SCORE[r["mindset"]] for r in pe_labels])
    ours_auc = auc([g["mindset"]["score"] for g in li_got],
                   [g["mindset"]["score"] for g in pe_got])
    print(f"AUC LinkedIn vs Facebook and TweetEval, first 280 characters: reader's labels "
          f"{reader_auc:.3f}, mindset {ours_auc:.3f} (these samples)")


if __name__ == "__main__":
    main()
