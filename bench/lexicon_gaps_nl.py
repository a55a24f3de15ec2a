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
import glob
import json
import math
import os
import re
import subprocess
import sys

SEP = "qqzzsepzzqq"  # a word that occurs in no post: separates the posts of one batch
CONTEXT = {"negation", "booster", "diminisher", "contrast", "stopword"}
TOKEN = re.compile(r'^\s*\d+\s+(word|hashtag)\s+\S+\s+".*"\s+norm=(\S+)\s+stem=(\S+)(.*)$')
MATCH = re.compile(r'^\s+".*" -> (\S+) [+-][0-9.]+ \((\w+)\)\s+\[([^\]]+)\]')
GEO = "dutch-geotweets-2015/geotweets.jsonl"
MP = "dutch-mp-tweets-2020/example_raw_tweets.jsonl"


def run_explain(binary, lexicons, texts, on_line):
    """Feeds texts to `mindset explain --lang nl` in batches separated by SEP."""
    batch, size = [], 0

    def flush():
        nonlocal batch, size
        if not batch:
            return
        cmd = [binary, "explain", "--lang", "nl"] + (["--lexicons", lexicons] if lexicons else [])
        res = subprocess.run(cmd, input=f"\n{SEP}\n".join(batch).encode(),
                             capture_output=True, check=False)
        on_line(None, len(batch), res)
        for line in res.stdout.decode("utf-8", "replace").splitlines():
            on_line(line, len(batch), res)
        batch, size = [], 0

    for t in texts:
        batch.append(t.replace(SEP, " "))
        size += len(t.encode()) + 16
        if size > 400_000:
            flush()
    flush()


def explain_tokens(binary, lexicons, texts):
    """mindset's own tokens for each text: a list of (norm, stem) per text."""
    out = []
    state = {}

    def on_line(line, n, res):
        if line is None:  # a new batch
            if state.get("docs") is not None:
                finish()
            state.update(docs=[[]], n=n, res=res, done=False)
            return
        if state["done"] or line.startswith("matches"):
            state["done"] = True
            return
        m = TOKEN.match(line)
        if not m or "(hashtag part)" in m.group(4):
            return
        norm, stem = m.group(2), m.group(3)
        if norm == SEP:
            state["docs"].append([])
        else:
            state["docs"][-1].append((norm, stem))

    def finish():
        if len(state["docs"]) != state["n"]:
            sys.exit(f"lexicon_gaps_nl: mindset explain returned {len(state['docs'])} posts "
                     f"for {state['n']} (exit {state['res'].returncode}): "
                     f"{state['res'].stderr.decode()[:200]}")
        out.extend(state["docs"])

    run_explain(binary, lexicons, texts, on_line)
    if state.get("docs") is not None:
        finish()
    return out


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


def lexicon_entries(lexdir):
    """(text, category, is_wildcard) for every entry of DIR/nl/*.lex."""
    entries = []
    for path in sorted(glob.glob(os.path.join(lexdir, "nl", "*.lex"))):
        cat = None
        with open(path, encoding="utf-8") as f:
            for raw in f:
                line = raw.strip()
                if not line or re.match(r"#(\s|$)", line):
                    continue
                line = re.split(r"\s#(?:\s|$)", line, maxsplit=1)[0].strip()
                if line.startswith("@category"):
                    cat = line.split()[1]
                    continue
                line = line.split("->")[0]
                line = re.sub(r"=\s*[-0-9.]+\s*$", "", line).strip()
                if line.startswith("#") and " " not in line:
                    line = line[1:]
                if line:
                    entries.append((line, cat, line.endswith("*")))
    return entries


def coverage(binary, lexdir):
    """stem -> set of categories (one-word entries); wildcard prefixes; stems in phrases."""
    entries = lexicon_entries(lexdir)
    plain = [(t, c) for t, c, w in entries if not w and c not in CONTEXT]
    toks = explain_tokens(binary, lexdir, [t for t, _ in plain])
    covered, in_phrase = collections.defaultdict(set), set()
    for (text, cat), tk in zip(plain, toks):
        if len(tk) == 1:
            covered[tk[0][1]].add(cat)
        else:
            in_phrase.update(s for _, s in tk)
    wild = [(t[:-1].lower(), c) for t, c, w in entries if w and c not in CONTEXT]
    return covered, wild, in_phrase


def load(data, path):
    with open(os.path.join(data, path), encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def log_odds(ya, yb, alpha0):
    """Monroe et al. (2008) weighted log-odds, informative Dirichlet prior: stem -> z."""
    na, nb = sum(ya.values()), sum(yb.values())
    n = na + nb
    z = {}
    for w in set(ya) | set(yb):
        a, b = ya.get(w, 0), yb.get(w, 0)
        aw = alpha0 * (a + b) / n
        d = (math.log((a + aw) / (na + alpha0 - a - aw))
             - math.log((b + aw) / (nb + alpha0 - b - aw)))
        z[w] = d / math.sqrt(1.0 / (a + aw) + 1.0 / (b + aw))
    return z


def fired(binary, lexdir, texts, top):
    """The lexicon entries that match most often in texts, per axis (--fire)."""
    hits = collections.Counter()

    def on_line(line, n, res):
        m = MATCH.match(line or "")
        if m and m.group(2) in ("personal", "professional", "none"):
            hits[(m.group(2), m.group(1), m.group(3))] += 1

    run_explain(binary, lexdir, texts, on_line)
    lines = {}

    def entry_at(where):
        path, _, num = where.rpartition(":")
        if not num.isdigit():
            return ""  # a built-in rule
        if path not in lines:
            with open(os.path.join(lexdir, path), encoding="utf-8") as f:
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
        toks = explain_tokens(a.mindset, a.lexicons, [r["text"] for r in rs])
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

    covered, wild, in_phrase = coverage(a.mindset, a.lexicons)
    z = log_odds(counts["geo"], counts["mp"], a.alpha0)
    n = {s: len(rs) for s, rs in rows.items()}
    rate = {s: {w: 100.0 * c / n[s] for w, c in docs[s].items()} for s in rows}

    def cover_of(s):
        if s in covered:
            return ",".join(sorted(covered[s]))
        for prefix, cat in wild:
            if any(f.startswith(prefix) for f in spell[s]):
                return cat + "*"
        return ""

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
        shown = 0
        for s in sorted(z, key=lambda w: -sign * z[w]):
            if sign * z[s] <= 0 or shown >= a.top:
                break
            if len(users[src][s]) < a.min_users or ratio(s, sign) < a.min_ratio:
                continue
            cov = cover_of(s)
            if cov and not a.all:
                continue
            forms = ", ".join(f for f, _ in spell[s].most_common(3))
            mark = f"  [{cov}]" if cov else ("  [phrase]" if s in in_phrase else "")
            print(f"{z[s]:7.2f}  {s:<16} {rate['geo'].get(s, 0):5.2f} "
                  f"{rate['mp'].get(s, 0):5.2f} {ratio(s, sign):5.1f} "
                  f"{len(users[src][s]):4d} {100.0 * gap_docs[s] / max(1, ngap):5.2f}  "
                  f"{forms}{mark}")
            shown += 1


if __name__ == "__main__":
    main()
