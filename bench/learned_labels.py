#!/usr/bin/env python3
"""Would a learned model over mindset's own figures label new posts better than its rules?

A three-class logistic regression (personal / professional / mixed) reads, for each post,
what `mindset serve` reports: the weight of every lexicon category, the personal and
professional sums, their balance, the number of words and the language. It is trained on
corpora/dev without the posts of blind rounds 4 to 6, and tested on those rounds' dev
posts scored with the lexicons each round had before anything was tuned on it (the
closest the corpora come to new text). Beside it: the label mindset's rules give the same
posts. Nothing is written; only figures are printed.

Usage (from the repository root, after a build):

    python3 bench/learned_labels.py [--mindset build/cli/mindset] [--l2 0.001 0.01 0.05]
"""
import argparse
import json
import math
import subprocess
import tempfile

from lexgaps import BLIND_ROUNDS, lexicons_at, load

LABELS = ["personal", "professional", "mixed"]

ROUNDS = BLIND_ROUNDS[:3]  # rounds 4 to 6


def round_of(post_id):
    number = int(post_id.split("-")[1])
    for name, first, last, commit in ROUNDS:
        if first <= number <= last:
            return name, commit
    return None, None


def figures(binary, lexicons, posts):
    """The serve response of each post (network linkedin, the post's own language)."""
    command = [binary, "serve"] + (["--lexicons", lexicons] if lexicons else [])
    requests = "".join(json.dumps({"id": i, "text": p["text"], "lang": p["lang"],
                                   "network": "linkedin"}, ensure_ascii=False) + "\n"
                       for i, p in enumerate(posts))
    out = subprocess.run(command, input=requests, capture_output=True, text=True,
                         check=True).stdout.splitlines()
    return [json.loads(line) for line in out]


def features(response, post, categories):
    mindset = response["mindset"]
    p, q = mindset.get("personal", 0), mindset.get("professional", 0)
    weights = {k: v["weight"] for k, v in response.get("categories", {}).items()}
    return ([1.0] + [math.log1p(weights.get(c, 0)) for c in categories] +
            [math.log1p(p), math.log1p(q), (q - p) / (q + p + 1),
             math.log1p(response.get("words", 0)) / 3, float(post["lang"] == "nl")])


def train(rows, l2, epochs=300, rate=0.1):
    """Softmax regression by full-batch gradient descent; the bias is not penalised."""
    dims = len(rows[0][0])
    w = [[0.0] * dims for _ in LABELS]
    for _ in range(epochs):
        grad = [[0.0] * dims for _ in LABELS]
        for x, y in rows:
            s = [sum(a * b for a, b in zip(w[k], x)) for k in range(len(LABELS))]
            top = max(s)
            e = [math.exp(v - top) for v in s]
            z = sum(e)
            for k in range(len(LABELS)):
                g = e[k] / z - (k == y)
                for j, xj in enumerate(x):
                    if xj:
                        grad[k][j] += g * xj
        for k in range(len(LABELS)):
            for j in range(dims):
                w[k][j] -= rate * (grad[k][j] / len(rows) + l2 * w[k][j] * (j > 0))
    return w


def predict(w, x):
    s = [sum(a * b for a, b in zip(wk, x)) for wk in w]
    return LABELS[s.index(max(s))]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mindset", default="build/cli/mindset")
    ap.add_argument("--dev", default="corpora/dev.jsonl")
    ap.add_argument("--l2", type=float, nargs="+", default=[0.001, 0.01, 0.05])
    args = ap.parse_args()
    dev = [p for p in load("", args.dev) if p["mindset"] in LABELS]
    blind = {name: [p for p in dev if round_of(p["id"])[0] == name] for name, *_ in ROUNDS}
    rest = [p for p in dev if round_of(p["id"])[0] is None]

    train_resp = figures(args.mindset, None, rest)
    categories = sorted({c for r in train_resp for c in r.get("categories", {})})
    rows = [(features(r, p, categories), LABELS.index(p["mindset"]))
            for r, p in zip(train_resp, rest)]
    tests = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, _, _, commit in ROUNDS:
            tests[name] = (blind[name], figures(args.mindset, lexicons_at(commit, tmp),
                                                blind[name]))

    def share(hits, n):
        return f"{100 * hits / n:.1f} %"

    print(f"trained on {len(rest)} dev posts; tested on the dev posts of blind rounds 4-6,"
          " each scored with its lexicons from before tuning")
    print("| model | " + " | ".join(f"{n} ({len(tests[n][0])})" for n, *_ in ROUNDS) +
          " | all |")
    print("|---|" + "---:|" * (len(ROUNDS) + 1))
    hits_all = sum(r["mindset"]["label"] == p["mindset"]
                   for n, *_ in ROUNDS for p, r in zip(*tests[n]))
    total = sum(len(tests[n][0]) for n, *_ in ROUNDS)
    print("| mindset's rules | " + " | ".join(
        share(sum(r["mindset"]["label"] == p["mindset"] for p, r in zip(*tests[n])),
              len(tests[n][0])) for n, *_ in ROUNDS) + f" | {share(hits_all, total)} |")
    for l2 in args.l2:
        w = train(rows, l2)
        cells, hits_all = [], 0
        for n, *_ in ROUNDS:
            posts, resp = tests[n]
            hits = sum(predict(w, features(r, p, categories)) == p["mindset"]
                       for p, r in zip(posts, resp))
            hits_all += hits
            cells.append(share(hits, len(posts)))
        print(f"| logistic regression, L2 {l2:g} | " + " | ".join(cells) +
              f" | {share(hits_all, total)} |")


if __name__ == "__main__":
    main()
