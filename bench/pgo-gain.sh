#!/bin/sh
# Wall-time gain of the profile-guided build (bench/build-pgo.sh) over the normal build:
# `mindset score --jobs 1` of each on the same half of the reference corpus, in turn,
# ROUNDS times, so that a busy minute slows both alike. Prints the minimum and median of
# each and the ratio. Run bench/score-throughput.sh once first (it makes the corpus).
#
#   sh bench/pgo-gain.sh [ROUNDS]      (default 7)
set -eu
cd "$(dirname "$0")/.."
rounds=${1:-7}
out=bench/out
corpus=$out/half-a.jsonl
[ -f "$corpus" ] || { echo "missing $corpus: run sh bench/score-throughput.sh first" >&2; exit 2; }
sh bench/build-pgo.sh >/dev/null
args="score --jobs 1 --no-progress --summary /dev/null --network linkedin $corpus"

. bench/timing.sh

: >"$out/pgo-gain.txt"
i=0
while [ "$i" -lt "$rounds" ]; do
    echo "normal $(millis "build/cli/mindset $args")" >>"$out/pgo-gain.txt"
    echo "pgo $(millis "build-pgo/cli/mindset $args")" >>"$out/pgo-gain.txt"
    i=$((i + 1))
done

for what in min median; do
    awk -v what="$what" -v normal="$(timing_stat "$out/pgo-gain.txt" "$what" normal)" \
        -v pgo="$(timing_stat "$out/pgo-gain.txt" "$what" pgo)" 'BEGIN {
        printf "%-6s normal %.3f s, profile-guided %.3f s (%.3fx)\n",
            what, normal / 1000, pgo / 1000, normal / pgo }'
done
