#!/bin/sh
# Latency of one `mindset check` including process start and lexicon loading: the
# pre-publish checker's case. Median of many runs with hyperfine; writes the table to
# bench/out/check-latency.md. Needs a build in build/ (tests/bootstrap.sh) and hyperfine
# (Debian package; installed here when missing and running as root).
set -eu
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || apt-get install -y -qq hyperfine >/dev/null
bin=build/cli/mindset
mkdir -p bench/out
short=corpora/examples/baby-announcement.txt
long=bench/out/long-post.txt
# A 2,000-character post made of the bundled examples.
cat corpora/examples/*.txt corpora/examples/*.txt | head -c 2000 >"$long"
hyperfine -N -i --warmup 20 --runs 300 \
    --export-markdown bench/out/check-latency.md --export-json bench/out/check-latency.json \
    "$bin --version" \
    "$bin check --network linkedin $short" \
    "$bin check --network linkedin --format json $long" \
    "$bin check --network facebook $short"
cat bench/out/check-latency.md
python3 -c 'import json; [print("median %.2f ms  %s" % (r["median"] * 1000, r["command"]))
                        for r in json.load(open("bench/out/check-latency.json"))["results"]]'
