"""What bench/lexicon_gaps.py (English) and bench/lexicon_gaps_nl.py (Dutch) share: mindset's
own tokens and stems for many texts at once (`mindset explain`, batched), the entries of a
lexicon directory and the stems they cover, and the weighted log-odds that rank the
candidates (Monroe, Colaresi & Quinn 2008, "Fightin' words", sec. 3.5)."""
import collections
import glob
import math
import os
import re
import subprocess
import sys
import tarfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpora"))
from agreement import read_jsonl  # noqa: E402  (one JSONL reader for corpora and bench)

SEP = "qqzzsepzzqq"  # a word that occurs in no post: separates the posts of one batch
CONTEXT = {"negation", "booster", "diminisher", "contrast", "stopword", "whole"}
TOKEN = re.compile(r'^\s*\d+\s+(word|hashtag)\s+\S+\s+"(.*)"\s+norm=(\S+)\s+stem=(\S+)(.*)$')
EMOJI = re.compile(r'^\s*\d+\s+emoji\s+\S+\s+"(.*)"\s+norm=(\S+)\s*$')
MATCH = re.compile(r'^\s+".*" -> (\S+) [+-][0-9.]+ \((\w+)\)\s+\[([^\]]+)\]')


def run_explain(binary, lexicons, texts, on_line, lang):
    """Feeds texts to `mindset explain --lang LANG` in batches separated by SEP; calls
    on_line(None, batch size, result) at the start of each batch, then once per line."""
    batch, size = [], 0

    def flush():
        nonlocal batch, size
        if not batch:
            return
        cmd = [binary, "explain", "--lang", lang] + (["--lexicons", lexicons] if lexicons else [])
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


def explain_tokens(binary, lexicons, texts, lang, raw=False, emoji=False):
    """mindset's own tokens for each text: a list of (norm, stem) per text, or of
    (norm, stem, the text as written) with raw=True. Words and hashtags only, and with
    emoji=True emoji too, whose stem is their normalised form (the engine's key)."""
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
        if m and "(hashtag part)" not in m.group(5):
            norm, stem, written = m.group(3), m.group(4), m.group(2)
        elif emoji and (e := EMOJI.match(line)):
            norm = stem = e.group(2)
            written = e.group(1)
        else:
            return
        if norm == SEP:
            state["docs"].append([])
        else:
            state["docs"][-1].append((norm, stem, written) if raw else (norm, stem))

    def finish():
        if len(state["docs"]) != state["n"]:
            sys.exit(f"lexicon gaps: mindset explain returned {len(state['docs'])} posts "
                     f"for {state['n']} (exit {state['res'].returncode}): "
                     f"{state['res'].stderr.decode()[:200]}")
        out.extend(state["docs"])

    run_explain(binary, lexicons, texts, on_line, lang)
    if state.get("docs") is not None:
        finish()
    return out


def lexicon_entries(lexdir, lang):
    """(text, category, is_wildcard) for every entry of DIR/LANG/*.lex."""
    entries = []
    for path in sorted(glob.glob(os.path.join(lexdir, lang, "*.lex"))):
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
                if line.startswith("@label-model"):
                    cat = None  # the label model's words are no entries
                if cat is None:
                    continue
                line = line.split("->")[0]
                line = re.sub(r"=\s*[-0-9.]+\s*$", "", line).strip()
                if line.startswith("#") and " " not in line:
                    line = line[1:]
                if line:
                    entries.append((line, cat, line.endswith("*")))
    return entries


def coverage(binary, lexdir, lang):
    """stem -> set of categories (one-word entries); wildcard prefixes; stems in phrases."""
    entries = lexicon_entries(lexdir, lang)
    plain = [(t, c) for t, c, w in entries if not w and c not in CONTEXT]
    toks = explain_tokens(binary, lexdir, [t for t, _ in plain], lang)
    covered, in_phrase = collections.defaultdict(set), set()
    for (_, cat), tk in zip(plain, toks):
        if len(tk) == 1:
            covered[tk[0][1]].add(cat)
        else:
            in_phrase.update(s for _, s in tk)
    wild = [(t[:-1].lower(), c) for t, c, w in entries if w and c not in CONTEXT]
    return covered, wild, in_phrase


def cover_of(stem, covered, wild, spellings):
    """The categories that already cover a stem: its one-word entries, or a wildcard that
    one of its spellings starts with ("cat*"); "" when none does."""
    if stem in covered:
        return ",".join(sorted(covered[stem]))
    for prefix, cat in wild:
        if any(f.startswith(prefix) for f in spellings):
            return cat + "*"
    return ""


def ranked(z, sign, top, keep, cover, in_phrase, spell, show_all=False):
    """The top stems of one side (sign +1 or -1 on z) that keep(stem) accepts and, unless
    show_all, that no entry covers: yields (stem, commonest spellings, cover mark)."""
    shown = 0
    for s in sorted(z, key=lambda w: -sign * z[w]):
        if sign * z[s] <= 0 or shown >= top:
            break
        if not keep(s):
            continue
        cov = cover(s)
        if cov and not show_all:
            continue
        forms = ", ".join(f for f, _ in spell[s].most_common(3))
        yield s, forms, f"  [{cov}]" if cov else ("  [phrase]" if s in in_phrase else "")
        shown += 1


def load(data, path):
    """The records of a JSONL file under data; a line that is not JSON stops with its place
    (corpora/agreement.py's reader)."""
    return read_jsonl(os.path.join(data, path))


# Blind rounds: (name, first and last id number of the round, the commit whose lexicons
# scored its posts before anything was tuned on them).
BLIND_ROUNDS = [("round 4", 7241, 7320, "ed9300d"),
                ("round 5", 7321, 7400, "03ee8b0"),
                ("round 6", 7401, 7480, "4de5399"),
                ("round 7", 7481, 7560, "9cea67f"),
                ("round 8", 7561, 7640, "8983eed"),
                ("round 9", 7641, 7800, "a7086e2"),
                ("round 10", 7801, 7960, "20c2039"),
                ("round 11", 7961, 8120, "0511ef1"),
                ("round 12", 8121, 8280, "2c4238e"),
                ("round 13", 8281, 8440, "0e3bc7b"),
                ("round 14", 8441, 8600, "cf3d29e"),
                ("round 15", 8601, 8760, "0cc64b1")]


def lexicons_at(commit, into):
    """Writes the lexicons/ directory of a commit under `into` and returns its path."""
    archive = os.path.join(into, commit + ".tar")
    subprocess.run(["git", "archive", "-o", archive, commit, "lexicons"], check=True)
    target = os.path.join(into, commit)
    with tarfile.open(archive) as tar:
        tar.extractall(target)
    return os.path.join(target, "lexicons")


def log_odds(ya, yb, alpha0):
    """Weighted log-odds with an informative Dirichlet prior: stem -> z."""
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
