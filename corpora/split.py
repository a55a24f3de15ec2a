#!/usr/bin/env python3
"""Adds newly written labelled posts to corpora/dev.jsonl and corpora/test.jsonl.

Usage: python3 corpora/split.py NEW.jsonl ...

Each post goes to dev or test by its id alone (SHA-1 of the id: 3 in 5 to dev, 2 in 5 to
test), so the split does not depend on the order posts were written in, on their labels
or on how the engine scores them, and anyone can recompute it. Every record is checked
against the corpus format (corpora/README.md) first; a bad record is reported with its
file and line and nothing is written. Ids already in the corpus are refused.
"""
import hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
MINDSETS = {"personal", "professional", "mixed"}
TYPES = {"baby_family", "party_leisure", "entertainment", "political", "engagement_bait",
         "product_pitch", "job_post", "career_news", "insight", "company_news",
         "confidential"}
VERDICTS = {"fit", "misfit"}


def problem(r):
    """What is wrong with record r, or None."""
    for key in ("id", "lang", "text", "mindset", "types", "expect"):
        if key not in r:
            return f"missing '{key}'"
    if r["lang"] not in ("en", "nl"):
        return f"lang '{r['lang']}' is not en or nl"
    if r["mindset"] not in MINDSETS:
        return f"mindset '{r['mindset']}' is not one of {sorted(MINDSETS)}"
    bad = [t for t in r["types"] if t not in TYPES]
    if bad:
        return f"unknown content types {bad}"
    if not r["text"].strip():
        return "empty text"
    for net, v in r["expect"].items():
        if v not in VERDICTS:
            return f"expect.{net} is '{v}', not fit or misfit"
    return None


def to_dev(post_id):
    return hashlib.sha1(post_id.encode()).digest()[0] % 5 < 3


def read(path):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                yield n, line


def main(paths):
    known = {json.loads(l)["id"] for name in ("dev.jsonl", "test.jsonl")
             for _, l in read(os.path.join(HERE, name))}
    dev, test, errors = [], [], []
    for path in paths:
        for n, line in read(path):
            try:
                r = json.loads(line)
                why = problem(r) or (f"id {r['id']} is already in the corpus"
                                     if r["id"] in known else None)
            except json.JSONDecodeError as e:
                why = f"invalid JSON: {e}"
            if why:
                errors.append(f"{path}:{n}: {why}")
                continue
            known.add(r["id"])
            (dev if to_dev(r["id"]) else test).append(json.dumps(r, ensure_ascii=False))
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    for name, rows in (("dev.jsonl", dev), ("test.jsonl", test)):
        with open(os.path.join(HERE, name), "a", encoding="utf-8") as f:
            f.writelines(row + "\n" for row in rows)
    print(f"added {len(dev)} posts to dev.jsonl, {len(test)} to test.jsonl")
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    if not args or args[0] in ("-h", "--help"):
        print(__doc__)
        sys.exit(0 if args else 2)
    missing = [a for a in args if not os.path.isfile(a)]
    if missing:
        sys.exit(f"split.py: cannot read {', '.join(missing)}")
    sys.exit(main(args))
