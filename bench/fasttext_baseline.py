#!/usr/bin/env python3
"""fastText baselines beside mindset (issue 4), on the same inputs:

A. trained on corpora/dev.jsonl (labels personal/professional/mixed; one more model per
   network on the `expect` labels), predicting corpora/test.jsonl;
B. trained on real posts (LinkedIn influencers as professional, myPersonality and
   TweetEval as personal; every 5th post held out), scored on the held-out posts (AUC on
   full texts and on the first 280 characters) and on corpora/test.jsonl.

mindset is measured on exactly the same posts. Real posts are read in place from
../shared/data and written only to a temporary directory, never into the project.

Usage: fasttext_baseline.py MINDSET_BINARY SHARED_DATA_DIR
"""
import json, os, subprocess, sys, tempfile

BIN, DATA = sys.argv[1], sys.argv[2]
FT_ARGS = ["-epoch", "50", "-lr", "0.5", "-wordNgrams", "2", "-dim", "50", "-minCount", "1",
           "-thread", "1", "-seed", "1", "-verbose", "0"]
tmp = tempfile.mkdtemp(prefix="mindset-fasttext-")


def jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def flat(text):
    return " ".join(text.lower().split())


def train(name, rows):
    """rows: (label, text); returns the model path."""
    path = os.path.join(tmp, name)
    with open(path + ".train", "w", encoding="utf-8") as f:
        for lab, text in rows:
            f.write(f"__label__{lab} {flat(text)}\n")
    subprocess.run(["fasttext", "supervised", "-input", path + ".train", "-output", path]
                   + FT_ARGS, check=True)
    return path + ".bin"


def predict(model, texts):
    """Probability of every label per text."""
    path = os.path.join(tmp, "predict.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(flat(t) + "\n" for t in texts)
    out = subprocess.run(["fasttext", "predict-prob", model, path, "3"], check=True,
                         capture_output=True, text=True).stdout.splitlines()
    probs = []
    for line in out:
        parts = line.split()
        probs.append({parts[i][9:]: float(parts[i + 1]) for i in range(0, len(parts), 2)})
    return probs


def best(p):
    return max(p, key=p.get)


def auc(pos, neg):
    ranked = sorted([(s, 1) for s in pos] + [(s, 0) for s in neg])
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        rank_sum += (i + j + 1) / 2.0 * sum(1 for k in range(i, j) if ranked[k][1])
        i = j
    n1, n0 = len(pos), len(neg)
    return (rank_sum - n1 * (n1 + 1) / 2) / (n1 * n0) if n1 and n0 else float("nan")


def pct(hits, n):
    return f"{100.0 * hits / n:.1f} %" if n else "-"


def mindset(texts, networks=()):
    lines = "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n"
                    for i, t in enumerate(texts))
    args = [BIN, "score", "--no-progress", "--summary", "/dev/null"]
    for n in networks:
        args += ["--network", n]
    out = subprocess.run(args, input=lines.encode(), capture_output=True).stdout.decode()
    return [json.loads(l) for l in out.splitlines()]


def score_of(p):
    return p.get("professional", 0.0) - p.get("personal", 0.0)


dev, test = jsonl("corpora/dev.jsonl"), jsonl("corpora/test.jsonl")
texts = [r["text"] for r in test]
ours = mindset(texts, ("linkedin", "facebook"))
model_a = train("a", [(r["mindset"], r["text"]) for r in dev])
pa = predict(model_a, texts)
rows = []


def label_rows(name, preds):
    for lang in (None, "en", "nl"):
        idx = [i for i, r in enumerate(test) if lang in (None, r["lang"])]
        hits = sum(1 for i in idx if preds[i] == test[i]["mindset"])
        rows.append((f"label accuracy, corpora/test {lang or 'all'}", name, pct(hits, len(idx))))


label_rows("mindset", [r.get("mindset", {}).get("label") for r in ours])
label_rows("fastText A", [best(p) for p in pa])
pp = [i for i, r in enumerate(test) if r["mindset"] != "mixed"]
for name, s in (("mindset", [r.get("mindset", {}).get("score", 0) for r in ours]),
                ("fastText A", [score_of(p) for p in pa])):
    rows.append(("AUC personal vs professional, corpora/test", name,
                 f"{auc([s[i] for i in pp if test[i]['mindset'] == 'professional'], [s[i] for i in pp if test[i]['mindset'] == 'personal']):.3f}"))
for net in ("linkedin", "facebook"):
    model = train("a-" + net, [(r["expect"][net], r["text"]) for r in dev])
    pn = predict(model, texts)
    mine = [r.get("verdicts", {}).get(net) == "misfit" for r in ours]
    theirs = [best(p) == "misfit" for p in pn]
    truth = [r["expect"][net] == "misfit" for r in test]
    for name, got in (("mindset", mine), ("fastText A", theirs)):
        rows.append((f"misfit accuracy on {net}, corpora/test", name,
                     pct(sum(1 for g, t in zip(got, truth) if g == t), len(truth))))

li = jsonl(f"{DATA}/linkedin-influencers-annotated/annotated_data.jsonl")
fb = jsonl(f"{DATA}/facebook-mypersonality/mypersonality.dev.jsonl")
tw = jsonl(f"{DATA}/twitter-tweeteval-emoji/emoji_val.jsonl")
real = [("professional", r["text"]) for r in li] + [("personal", r["text"]) for r in fb + tw]
held = [x for i, x in enumerate(real) if i % 5 == 0]
model_b = train("b", [x for i, x in enumerate(real) if i % 5 != 0])
for cut, what in ((None, "full texts"), (280, "first 280 characters")):
    ht = [t[:cut] if cut else t for _, t in held]
    pos = [i for i, (lab, _) in enumerate(held) if lab == "professional"]
    neg = [i for i, (lab, _) in enumerate(held) if lab == "personal"]
    for name, s in (("mindset", [r.get("mindset", {}).get("score", 0) for r in mindset(ht)]),
                    ("fastText B", [score_of(p) for p in predict(model_b, ht)])):
        rows.append((f"AUC LinkedIn vs Facebook+TweetEval, held-out fifth, {what}", name,
                     f"{auc([s[i] for i in pos], [s[i] for i in neg]):.3f}"))
label_rows("fastText B", [best(p) for p in predict(model_b, texts)])

figures = {}
for fig, name, val in rows:
    figures.setdefault(fig, {})[name] = val
print(f"command: {' '.join(sys.argv)}; fastText {' '.join(FT_ARGS)}")
print("| figure | mindset | fastText A (corpora/dev) | fastText B (real posts) |")
print("|---|---:|---:|---:|")
for fig, vals in figures.items():
    print(f"| {fig} | {vals.get('mindset', '-')} | {vals.get('fastText A', '-')} | "
          f"{vals.get('fastText B', '-')} |")
