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

millis() {
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    echo $((($(date +%s%N) - start) / 1000000))
}

: >"$out/pgo-gain.txt"
i=0
while [ "$i" -lt "$rounds" ]; do
    echo "normal $(millis build/cli/mindset $args)" >>"$out/pgo-gain.txt"
    echo "pgo $(millis build-pgo/cli/mindset $args)" >>"$out/pgo-gain.txt"
    i=$((i + 1))
done

for what in min median; do
    sort -k1,1 -k2,2n "$out/pgo-gain.txt" | awk -v what="$what" '
        { t[$1, ++n[$1]] = $2 }
        END {
            for (c in n) v[c] = what == "min" ? t[c, 1] : t[c, int((n[c] + 1) / 2)]
            printf "%-6s normal %.3f s, profile-guided %.3f s (%.3fx)\n",
                what, v["normal"] / 1000, v["pgo"] / 1000, v["normal"] / v["pgo"]
        }'
done
