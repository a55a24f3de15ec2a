#!/usr/bin/env python3
"""Words learned from the labelled dev posts: lexicons/LANG/learned.lex.

The hand-made lexicons fix the posts they were made from, but a lexicon round gains little
on new posts by the same writers, while a bag of words learned from corpora/dev (fastText)
reads about ten points more of new posts right. This script learns such a bag of words in a
form mindset can explain: one lexicon entry per stem, in category learned_personal or
learned_professional, with a weight from its weighted log-odds (Monroe, Colaresi & Quinn
2008, "Fightin' words", sec. 3.5) between the personal and the professional dev posts.
Only stems that no hand-made entry covers are learned; mixed posts are not counted.

Our posts are all written by the same few hands, so some words lean one way through the
writers' habits alone (in Dutch, "mensen" or "jaar" in the longer professional posts). A
stem is therefore kept only when the real posts of ../shared/data lean the same way too,
by a z of at least --real-z (dev four-fifths only: LinkedIn influencers against Facebook
statuses and TweetEval tweets in English, MP tweets against geotweets in Dutch; the held-
out fifths stay for bench/eval_real.py and bench/eval_real_nl_split.py). Left out too:
function words (FUNCTION_WORDS) and stems mostly written with a capital (names).

    --check   for each blind round 4 to 9: learn from the dev posts written before it, add
              the words to the lexicons the round was first scored with (untuned), and
              compare labels and verdicts on the round's dev posts with and without them:
              the closest measure of new text. Test posts are never read.
    --write   learn from all of corpora/dev and write lexicons/en/learned.lex and
              lexicons/nl/learned.lex.

Tokens and stems come from mindset itself (`mindset explain`), so a stem is the key an
entry gets. Run from the repository root after a build:

    python3 bench/corpus_vocabulary.py --check [--mindset build/cli/mindset]
    python3 bench/corpus_vocabulary.py --write
"""
import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import tempfile

from lexgaps import (BLIND_ROUNDS, explain_tokens, lexicon_entries, lexicons_at, load,
                     log_odds)

LANGS = ("en", "nl")
CATEGORIES = {1: "learned_professional", -1: "learned_personal"}

# Function words mark register and length, not a mindset; an explanation that blames "of"
# explains nothing. Left out whatever their counts (matched on the normalised word).
FUNCTION_WORDS = set("""
a about above after again against all am an and any are aren't as at be because been
before being below between both but by can can't cannot could couldn't did didn't do does
doesn't doing don't down during each few for from further had hadn't has hasn't have
haven't having he he'd he'll he's her here here's hers herself him himself his how how's
i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my
myself no nor not of off on once only or other ought our ours ourselves out over own same
shan't she she'd she'll she's should shouldn't so some such than that that's the their
theirs them themselves then there there's these they they'd they'll they're they've this
those through to too under until up very was wasn't we we'd we'll we're we've were weren't
what what's when when's where where's which while who who's whom why why's with won't
would wouldn't you you'd you'll you're you've your yours yourself yourselves also just
will can much many may might must shall yet still even ever every already
aan al alle alles als altijd andere ben bij dan dat de der deze die dit doch doen door
dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iets
ik in is ja je jij jou jouw jullie kan kon kunnen maar me meer men met mij mijn mn m'n
moet na naar niet niets nog nu of om omdat ons onze ook op over reeds te tegen toch toen
tot u uit uw van veel voor want waren was wat we wel werd wezen wie wil worden wordt zal
ze zelf zich zij zijn zo zonder zou zullen hen hebt heb had hadden deed doet gaat ga gaan
""".split())



# The real posts of ../shared/data (read in place, never copied), dev four-fifths only
# (record index i % 5 != 4; bench/eval_real.py and bench/eval_real_nl_split.py hold out the
# rest): per language, the professional and the personal sources.
REAL = {"en": (["linkedin-influencers-annotated/annotated_data.jsonl"],
               ["facebook-mypersonality/mypersonality.dev.jsonl",
                "twitter-tweeteval-emoji/emoji_val.jsonl"]),
        "nl": (["dutch-mp-tweets-2020/example_raw_tweets.jsonl"],
               ["dutch-geotweets-2015/geotweets.jsonl"])}


def real_log_odds(a, lang):
    """stem -> z of professional over personal in the real dev posts (first 280 chars)."""
    sides = []
    for paths in REAL[lang]:
        docs = collections.Counter()
        for path in paths:
            texts = [r["text"][:280] for i, r in enumerate(load(a.data, path)) if i % 5 != 4]
            for tk in explain_tokens(a.mindset, None, texts, lang):
                docs.update({stem for _, stem in tk})
        sides.append(docs)
    return log_odds(sides[0], sides[1], a.alpha0)


def number(post):
    return int(post["id"].split("-")[1])


def covered_stems(binary, lexdir, lang):
    """Stems that an entry of any category holds as a word, and wildcard prefixes."""
    entries = lexicon_entries(lexdir, lang)
    words = [t.strip('"') for t, _, wild in entries if not wild and " " not in t.strip()]
    stems = set()
    for tk in explain_tokens(binary, lexdir, words, lang):
        stems.update(s for _, s in tk)
    prefixes = [t[:-1].lower() for t, _, wild in entries if wild]
    return stems, prefixes


def tokens_by_id(binary, posts):
    """Post id -> mindset's (norm, stem, as written) tokens of the post."""
    tokens = {}
    for lang in LANGS:
        mine = [p for p in posts if p["lang"] == lang]
        texts = [p["text"] for p in mine]
        for p, tk in zip(mine, explain_tokens(binary, None, texts, lang, raw=True)):
            tokens[p["id"]] = tk
    return tokens


def learn(posts, tokens, covered, prefixes, a, real=None):
    """[(spelling, sign, weight)] for the stems that separate the two sides."""
    docs = {1: collections.Counter(), -1: collections.Counter()}
    spell = collections.defaultdict(collections.Counter)
    capitalised = collections.Counter()
    for p in posts:
        side = {"professional": 1, "personal": -1}.get(p["mindset"])
        if side is None:
            continue
        stems = []
        for norm, stem, raw in tokens[p["id"]]:
            if re.search(r"[^\W\d_]", stem) and len(stem) > 1 and norm not in FUNCTION_WORDS:
                stems.append(stem)
                spell[stem][norm] += 1
                capitalised[stem] += raw.lstrip("#@")[:1].isupper()
        docs[side].update(set(stems))
    z = log_odds(docs[1], docs[-1], a.alpha0)
    out = []
    for stem, score in z.items():
        sign = 1 if score > 0 else -1
        if abs(score) < a.min_z or docs[sign][stem] < a.min_docs or stem in covered:
            continue
        if real is not None and sign * real.get(stem, 0.0) < a.real_z:
            continue  # the real posts do not lean the same way
        forms = [f for f, _ in spell[stem].most_common()]
        if capitalised[stem] >= a.name_share * sum(spell[stem].values()):
            continue  # mostly written with a capital: a name of a person, place or firm
        if any(f.startswith(pre) for f in forms for pre in prefixes):
            continue
        weight = min(1.0, abs(score) / a.full_z)
        out.append((forms[0], sign, weight))
    return sorted(out, key=lambda e: (e[1], -e[2], e[0]))


def write_lexicon(path, learned, header):
    with open(path, "w", encoding="utf-8") as f:
        f.write(header)
        for sign in (-1, 1):
            f.write(f"\n@category {CATEGORIES[sign]}\n")
            for form, s, weight in learned:
                if s == sign:
                    f.write(f"{form} = {weight:.2f}\n" if weight < 0.995 else f"{form}\n")


def add_categories(lexdir):
    """Gives an older lexicon set the two learned categories, as categories.def has them."""
    path = os.path.join(lexdir, "categories.def")
    with open(path, encoding="utf-8") as f:
        if "learned_personal" in f.read():
            return
    with open(path, "a", encoding="utf-8") as f:
        f.write("\nlearned_personal      personal      1.0  -  -\n"
                "learned_professional  professional  1.0  -  -\n")


def evaluate(binary, lexdir, posts, into):
    path = os.path.join(into, "posts.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for p in posts:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    res = subprocess.run([binary, "eval", "--format", "json", "--lexicons", lexdir, path],
                         capture_output=True, text=True, check=False)
    if res.returncode not in (0, 1):
        raise SystemExit(f"mindset eval failed: {res.stderr[:300]}")
    return json.loads(res.stdout)


def figures(report):
    o = report["overall"]
    return (o["posts"], o["accuracy"], report["en"]["accuracy"], report["nl"]["accuracy"],
            o["misfit"]["linkedin"]["accuracy"], o["misfit"]["facebook"]["accuracy"])


def check(a, dev, tokens):
    reals = {lang: None if a.without_real else real_log_odds(a, lang) for lang in LANGS}
    totals = collections.defaultdict(lambda: [0, 0.0, 0.0, 0.0, 0.0, 0.0])
    with tempfile.TemporaryDirectory() as tmp:
        for name, first, last, commit in BLIND_ROUNDS:
            before = [p for p in dev if number(p) < first]
            target = [p for p in dev if first <= number(p) <= last]
            base = lexicons_at(commit, tmp)
            for lang in LANGS:  # lexicons of a later round hold learned words already
                path = os.path.join(base, lang, "learned.lex")
                if os.path.exists(path):
                    os.remove(path)
            learned_dir = os.path.join(tmp, commit + "-learned")
            shutil.copytree(base, learned_dir)
            add_categories(learned_dir)
            sizes = []
            for lang in LANGS:
                covered, prefixes = covered_stems(a.mindset, base, lang)
                mine = [p for p in before if p["lang"] == lang]
                learned = learn(mine, tokens, covered, prefixes, a, reals[lang])
                sizes.append(len(learned))
                write_lexicon(os.path.join(learned_dir, lang, "learned.lex"), learned, "")
            for label, lexdir in (("untuned", base), ("+learned", learned_dir)):
                f = figures(evaluate(a.mindset, lexdir, target, tmp))
                t = totals[label]
                t[0] += f[0]
                for i in range(1, 6):
                    t[i] += f[i] * f[0]
                print(f"{name} {label:9} posts {f[0]:3d}  labels {100 * f[1]:5.1f} "
                      f"(en {100 * f[2]:5.1f}, nl {100 * f[3]:5.1f})  LinkedIn "
                      f"{100 * f[4]:5.1f}  Facebook {100 * f[5]:5.1f}"
                      + (f"  words en {sizes[0]}, nl {sizes[1]}" if label != "untuned" else ""))
    for label, t in totals.items():
        n = t[0]
        print(f"all     {label:9} posts {n:3d}  labels {100 * t[1] / n:5.1f} "
              f"(en {100 * t[2] / n:5.1f}, nl {100 * t[3] / n:5.1f} weighted by round)  "
              f"LinkedIn {100 * t[4] / n:5.1f}  Facebook {100 * t[5] / n:5.1f}")


HEADER = """\
# Words learned from the labelled dev posts (corpora/dev.jsonl), {lang}: generated, do not
# edit by hand. Regenerate after a change to corpora/dev or to the other lexicon files with
#
#     python3 bench/corpus_vocabulary.py --write
#
# Each stem that no other entry covers and that separates the personal from the
# professional dev posts is one entry under its commonest spelling: weighted log-odds with
# an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008; prior strength {alpha0:g})
# over the posts holding the stem, |z| >= {min_z:g}, at least {min_docs} posts on its side,
# mixed posts not counted, weight |z| / {full_z:g} up to 1. A stem is kept only when the
# real posts of ../shared/data (dev four-fifths) lean the same way by z >= {real_z:g}, so
# that a habit of the corpus writers is not learned as a mindset. Function words and
# names are left out. Why and how well: bench/RESULTS.md, "Words learned from the dev
# posts"; `python3 bench/corpus_vocabulary.py --check` measures them on the blind rounds'
# posts, learned only from the posts written before each round.
"""


def write(a, dev, tokens):
    with tempfile.TemporaryDirectory() as tmp:
        hand = os.path.join(tmp, "lexicons")
        shutil.copytree(a.lexicons, hand)
        for lang in LANGS:
            path = os.path.join(hand, lang, "learned.lex")
            if os.path.exists(path):
                os.remove(path)
        for lang in LANGS:
            covered, prefixes = covered_stems(a.mindset, hand, lang)
            real = None if a.without_real else real_log_odds(a, lang)
            learned = learn([p for p in dev if p["lang"] == lang], tokens, covered,
                            prefixes, a, real)
            header = HEADER.format(lang={"en": "English", "nl": "Dutch"}[lang],
                                   **vars(a))
            path = os.path.join(a.lexicons, lang, "learned.lex")
            write_lexicon(path, learned, header)
            print(f"{path}: {len(learned)} words")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mindset", default="build/cli/mindset", help="mindset binary")
    ap.add_argument("--dev", default="corpora/dev.jsonl")
    ap.add_argument("--lexicons", default="lexicons", help="lexicon dir written by --write")
    ap.add_argument("--alpha0", type=float, default=300.0, help="prior strength")
    ap.add_argument("--min-z", type=float, default=0.5, help="least |z| of a learned stem")
    ap.add_argument("--full-z", type=float, default=3.0, help="|z| that earns weight 1")
    ap.add_argument("--min-docs", type=int, default=3, help="least posts on its side")
    ap.add_argument("--name-share", type=float, default=0.7,
                    help="leave out stems written with a capital at least this often")
    ap.add_argument("--data", default="../shared/data", help="the shared research data")
    ap.add_argument("--real-z", type=float, default=2.0,
                    help="keep a stem only if the real dev posts lean its way by this z")
    ap.add_argument("--without-real", action="store_true",
                    help="do not ask the real posts (and do not read them)")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--write", action="store_true")
    a = ap.parse_args()
    dev = load("", a.dev)
    tokens = tokens_by_id(a.mindset, dev)
    if a.check:
        check(a, dev, tokens)
    if a.write:
        write(a, dev, tokens)


if __name__ == "__main__":
    main()
