#!/bin/sh
# Where the time of `mindset score --jobs 1` goes, sampled (perf, the cpu-clock software
# event, so it works where hardware counters are not exposed), beside where the
# instructions go (callgrind). The two differ: a function that waits on memory or on a
# mispredicted branch takes a larger share of the time than of the instructions. Needs
# the reference corpus (bench/score-throughput.sh makes it) and the normal build.
#
#   sh bench/time-profile.sh [POSTS_FOR_CALLGRIND]   (default 20000; 0 skips callgrind)
set -eu
cd "$(dirname "$0")/.."
bin=build/cli/mindset
corpus=bench/out/en-200000.jsonl
out=bench/out
cg_posts=${1:-20000}
[ -x "$bin" ] || { echo "time-profile: build first (tests/bootstrap.sh)" >&2; exit 2; }
[ -f "$corpus" ] || { echo "time-profile: $corpus missing (bench/score-throughput.sh)" >&2; exit 2; }
command -v perf >/dev/null || apt-get install -y -qq linux-perf >/dev/null
score="score --jobs 1 --no-progress --summary /dev/null --network linkedin --network facebook"

echo "== time (perf, cpu-clock, 10 kHz, $corpus)"
perf record -q -e cpu-clock -F 10000 -o "$out/time.perf" $bin $score "$corpus" >/dev/null
perf report -i "$out/time.perf" --no-children --sort symbol --stdio 2>/dev/null |
    awk '/^ +[0-9.]+%/ { print; if (++n == 25) exit }'

[ "$cg_posts" -gt 0 ] || exit 0
command -v valgrind >/dev/null || apt-get install -y -qq valgrind >/dev/null
echo "== instructions (callgrind, first $cg_posts posts, self cost)"
head -n "$cg_posts" "$corpus" >"$out/time-head.jsonl"
valgrind -q --tool=callgrind --callgrind-out-file="$out/time.callgrind" \
    $bin $score "$out/time-head.jsonl" >/dev/null
callgrind_annotate "$out/time.callgrind" 2>/dev/null |
    awk '/^ *[0-9,]+ \( *[0-9.]+%\)/ && !/PROGRAM TOTALS/ { print; if (++n == 25) exit }'
