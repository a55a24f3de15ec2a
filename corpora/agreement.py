#!/usr/bin/env python3
"""How far two independent annotations of the same posts agree, and how mindset scores on
the posts where they do.

Usage (from the repository root):

    python3 corpora/agreement.py FIRST.jsonl SECOND.jsonl [--mindset build/cli/mindset]
    python3 corpora/agreement.py corpora/dev.jsonl corpora/second-annotation/dev-second.jsonl

FIRST holds the labelled posts (corpora/dev.jsonl); SECOND a second annotation of some of
them, one object per line with "id", "mindset", "types" and "expect", made from the
labelling guidelines of corpora/README.md without sight of the first. Printed per language
and overall: the share of mindset labels the two give alike, Cohen's kappa, the confusion
of the two, the share of LinkedIn and Facebook verdicts alike, how often the two name the
same content types, and mindset's label and verdict accuracy against each annotation and
on the posts where both agree. Figures only: no post text is printed.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

LABELS = ("personal", "professional", "mixed")
NETWORKS = ("linkedin", "facebook")


def read_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                sys.exit(f"{path}:{n}:{e.colno}: {e.msg}")
    return rows


def check_second(path, rows, first):
    for n, r in enumerate(rows, 1):
        where = f"{path}:{n} (id {r.get('id')})"
        if r.get("id") not in first:
            sys.exit(f"{where}: id not in the first annotation")
        if r.get("mindset") not in LABELS:
            sys.exit(f"{where}: mindset '{r.get('mindset')}' is not one of {LABELS}")
        for net in NETWORKS:
            if r.get("expect", {}).get(net) not in ("fit", "misfit"):
                sys.exit(f"{where}: expect.{net} must be fit or misfit")


def kappa(pairs, labels):
    """Cohen's kappa of (a, b) label pairs."""
    n = len(pairs)
    if n == 0:
        return float("nan")
    observed = sum(a == b for a, b in pairs) / n
    chance = sum((sum(a == l for a, _ in pairs) / n) * (sum(b == l for _, b in pairs) / n)
                 for l in labels)
    return (observed - chance) / (1 - chance) if chance < 1 else float("nan")


def pct(k, n):
    return f"{100 * k / n:.1f} %" if n else "-"


def score(binary, posts):
    """mindset's label and verdicts for each post, by id (the post's language given)."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False,
                                     encoding="utf-8") as f:
        for p in posts:
            f.write(json.dumps({"id": p["id"], "lang": p["lang"], "text": p["text"]},
                               ensure_ascii=False) + "\n")
        name = f.name
    try:
        out = subprocess.run([binary, "score", "--no-progress", "--summary", "/dev/null",
                              "--lang-field", "lang", "--network", "linkedin",
                              "--network", "facebook", name],
                             capture_output=True, check=True, text=True).stdout
    finally:
        os.unlink(name)
    return {r["id"]: r for r in map(json.loads, out.splitlines())}


def report(title, ids, first, second, got):
    pairs = [(first[i]["mindset"], second[i]["mindset"]) for i in ids]
    n = len(pairs)
    print(f"{title}: {n} posts")
    print(f"  mindset labels alike {pct(sum(a == b for a, b in pairs), n)}, "
          f"Cohen's kappa {kappa(pairs, LABELS):.2f}")
    print("  confusion (rows: first; columns: second " + " ".join(LABELS) + ")")
    for a in LABELS:
        row = " ".join(f"{sum(1 for x, y in pairs if x == a and y == b):5d}" for b in LABELS)
        print(f"    {a:<13} {row}")
    for net in NETWORKS:
        both = [i for i in ids if net in first[i].get("expect", {})]
        alike = sum(first[i]["expect"][net] == second[i]["expect"][net] for i in both)
        print(f"  {net} verdicts alike {pct(alike, len(both))} of {len(both)}")
    same_types = sum(set(first[i]["types"]) == set(second[i]["types"]) for i in ids)
    print(f"  same set of content types {pct(same_types, n)}")
    agreed = [i for i in ids if first[i]["mindset"] == second[i]["mindset"]]
    for name, labels in (("first", first), ("second", second)):
        right = sum(got[i]["mindset"]["label"] == labels[i]["mindset"] for i in ids)
        print(f"  mindset label accuracy against the {name} annotation {pct(right, n)}")
    right = sum(got[i]["mindset"]["label"] == first[i]["mindset"] for i in agreed)
    print(f"  mindset label accuracy where both agree {pct(right, len(agreed))} "
          f"of {len(agreed)}")
    for net in NETWORKS:
        agreed_net = [i for i in ids if net in first[i].get("expect", {}) and
                      first[i]["expect"][net] == second[i]["expect"][net]]
        right = sum((got[i]["verdicts"].get(net) == "misfit") ==
                    (first[i]["expect"][net] == "misfit") for i in agreed_net)
        print(f"  {net} verdict accuracy where both agree {pct(right, len(agreed_net))} "
              f"of {len(agreed_net)}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("first")
    ap.add_argument("second")
    ap.add_argument("--mindset", default="build/cli/mindset")
    a = ap.parse_args()
    first = {r["id"]: r for r in read_jsonl(a.first)}
    rows = read_jsonl(a.second)
    check_second(a.second, rows, first)
    second = {r["id"]: r for r in rows}
    ids = [r["id"] for r in rows]
    got = score(a.mindset, [first[i] for i in ids])
    for lang in ("en", "nl"):
        part = [i for i in ids if first[i]["lang"] == lang]
        if part:
            report(lang, part, first, second, got)
    report("overall", ids, first, second, got)


if __name__ == "__main__":
    main()
