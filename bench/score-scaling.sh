#!/bin/sh
# How --jobs 2 scales on a noisy shared machine: `mindset score --jobs 1`, `--jobs 2` and
# two `--jobs 1` processes on half the corpus each (the machine's own ceiling) run in
# turn, ROUNDS times, so that a busy minute slows all three alike instead of one
# hyperfine block. Prints the minimum and median wall time of each and the ratios.
# Run bench/score-throughput.sh once first (it generates the corpus and its halves).
#
#   sh bench/score-scaling.sh [ROUNDS]      (default 9; MINDSET=build-pgo/cli/mindset for
#                                            the profile-guided build)
set -eu
cd "$(dirname "$0")/.."
rounds=${1:-9}
out=bench/out
bin=${MINDSET:-build/cli/mindset}
corpus=$out/en-200000.jsonl
for f in "$corpus" "$out/half-a.jsonl" "$out/half-b.jsonl"; do
    [ -f "$f" ] || { echo "missing $f: run sh bench/score-throughput.sh first" >&2; exit 2; }
done
score="$bin score --no-progress --summary /dev/null --network linkedin"

. bench/timing.sh

: >"$out/scaling.txt"
i=0
while [ "$i" -lt "$rounds" ]; do
    echo "jobs1 $(millis "$score --jobs 1 $corpus")" >>"$out/scaling.txt"
    echo "jobs2 $(millis "$score --jobs 2 $corpus")" >>"$out/scaling.txt"
    echo "two $(millis "$score --jobs 1 $out/half-a.jsonl & $score --jobs 1 $out/half-b.jsonl; wait")" \
        >>"$out/scaling.txt"
    i=$((i + 1))
done

# min and median per command, then the ratios to --jobs 1
for what in min median; do
    awk -v what="$what" -v j1="$(timing_stat "$out/scaling.txt" "$what" jobs1)" \
        -v j2="$(timing_stat "$out/scaling.txt" "$what" jobs2)" \
        -v two="$(timing_stat "$out/scaling.txt" "$what" two)" 'BEGIN {
        printf "%-6s jobs1 %.3f s, jobs2 %.3f s (%.2fx), two processes %.3f s (%.2fx)\n",
            what, j1 / 1000, j2 / 1000, j1 / j2, two / 1000, j1 / two }'
done
