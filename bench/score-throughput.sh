#!/bin/sh
# Bulk scoring throughput, side by side in one run (the machine is shared and noisy, so
# compare ratios within a run): mindset score --jobs 1 and --jobs 2 (the normal build in
# build/ and the profile-guided build in build-pgo/, made by bench/build-pgo.sh), the
# Python peer (PyStemmer) and fastText predict on the same reference corpus. Also peak RSS
# from 10k to 2M posts, and the machine's ceiling for two workers (two processes at once).
# Figures go to bench/out/; copy them into bench/RESULTS.md with the machine.
#
#   sh bench/score-throughput.sh [POSTS]      (default 200000, the reference corpus)
set -eu
cd "$(dirname "$0")/.."
posts=${1:-200000}
shared=../shared/bench
out=bench/out
bin=build/cli/mindset
fast=build-pgo/cli/mindset
mkdir -p "$out"
sh bench/build-pgo.sh # always: a profile of older sources would be stale
need=""
for p in wamerican wdutch python3-stemmer hyperfine fasttext time; do
    dpkg -s "$p" >/dev/null 2>&1 || need="$need $p"
done
[ -z "$need" ] || apt-get install -y -qq $need >/dev/null

corpus=$out/en-$posts.jsonl
[ -f "$corpus" ] || python3 $shared/gen_corpus.py --lang en --posts "$posts" --seed 42 \
    --jsonl "$corpus" --texts "$out/en-$posts.txt"
[ -f "$out/nl.jsonl" ] || python3 $shared/gen_corpus.py --lang nl --posts 50000 --seed 7 \
    --jsonl "$out/nl.jsonl" --texts "$out/nl.txt"
[ -f "$out/lexicon_en.tsv" ] || python3 $shared/gen_lexicon.py --lang en --out "$out/lexicon_en.tsv"

# fastText: a model trained on mindset's own labels of the first 20k posts (speed only).
if [ ! -f "$out/ft.bin" ]; then
    head -n 20000 "$corpus" | $bin score --jobs 2 --no-progress --summary /dev/null |
        sed -n 's/.*"label":"\([a-z]*\)".*/__label__\1/p' >"$out/ft.labels"
    head -n 20000 "$out/en-$posts.txt" | paste -d ' ' "$out/ft.labels" - >"$out/ft.train"
    fasttext supervised -input "$out/ft.train" -output "$out/ft" -epoch 5 -verbose 0
fi

# The machine's own ceiling for two workers: two independent --jobs 1 processes (the
# profile-guided build), each on half of the corpus, at once. --jobs 2 cannot beat the
# ratio this gives.
half=$((posts / 2))
[ -f "$out/half-a.jsonl" ] || head -n "$half" "$corpus" >"$out/half-a.jsonl"
[ -f "$out/half-b.jsonl" ] || tail -n +"$((half + 1))" "$corpus" >"$out/half-b.jsonl"
one="$fast score --jobs 1 --no-progress --summary /dev/null --network linkedin"

# Commands run through the shell so that stdout goes to /dev/null.
hyperfine --warmup 1 --runs 5 --export-markdown "$out/score-throughput.md" \
    -n "mindset --jobs 1" "$bin score --jobs 1 --no-progress --summary /dev/null --network linkedin $corpus >/dev/null" \
    -n "mindset --jobs 2" "$bin score --jobs 2 --no-progress --summary /dev/null --network linkedin $corpus >/dev/null" \
    -n "mindset --jobs 1 (profile-guided)" "$fast score --jobs 1 --no-progress --summary /dev/null --network linkedin $corpus >/dev/null" \
    -n "mindset --jobs 2 (profile-guided)" "$fast score --jobs 2 --no-progress --summary /dev/null --network linkedin $corpus >/dev/null" \
    -n "two --jobs 1 processes, half each" "$one $out/half-a.jsonl >/dev/null & $one $out/half-b.jsonl >/dev/null; wait" \
    -n "python peer (PyStemmer)" "/usr/bin/python3 $shared/py_peer.py --stemmer pystemmer --cache --lexicon $out/lexicon_en.tsv $corpus >/dev/null 2>&1" \
    -n "fasttext predict" "fasttext predict $out/ft.bin $out/en-$posts.txt >/dev/null"
cat "$out/score-throughput.md"
echo "posts: $posts"

# Peak RSS must stay flat with input size (bounded batches).
for n in 10000 200000 2000000; do
    if [ "$n" -le "$posts" ]; then
        head -n "$n" "$corpus" >"$out/rss.jsonl"
    else
        python3 $shared/gen_corpus.py --lang en --posts "$n" --seed 43 --jsonl "$out/rss.jsonl" \
            --texts /dev/null
    fi
    /usr/bin/time -f "posts $n: peak RSS %M KB, %e s" \
        $bin score --jobs 2 --no-progress --summary /dev/null "$out/rss.jsonl" >/dev/null
    rm -f "$out/rss.jsonl"
done
