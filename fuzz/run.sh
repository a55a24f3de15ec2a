#!/bin/sh
# Runs every libFuzzer harness for SECONDS (default 60) each and prints executions and
# findings; crashes are kept in fuzz/findings/NAME/ (copy each into fuzz/corpus/NAME/ once
# fixed, so the replay tests keep it). Needs clang (Debian package clang).
#   sh fuzz/run.sh [SECONDS] [HARNESS ...]    (MAX_LEN=BYTES: largest input, default 4096;
#   longer inputs stay in the stored corpora, which the replay tests run in full)
set -eu
cd "$(dirname "$0")/.."
secs=${1:-60}
[ $# -gt 0 ] && shift
names=${*:-analyze lexicon records lsp liwc}
command -v clang >/dev/null || apt-get install -y -qq clang >/dev/null
CC=clang cmake -S . -B build-fuzz -DMINDSET_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j"$(nproc)" >/dev/null
for n in $names; do
    mkdir -p "fuzz/findings/$n" "build-fuzz/corpus-$n"
    log=build-fuzz/fuzz-$n.log
    ./build-fuzz/fuzz/fuzz_$n -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
        -max_len=${MAX_LEN:-4096} -close_fd_mask=2 -artifact_prefix="fuzz/findings/$n/" \
        "build-fuzz/corpus-$n" "fuzz/corpus/$n" >"$log" 2>&1 || true
    execs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log")
    found=$(ls "fuzz/findings/$n" | wc -l)
    echo "$n: $execs executions in ${secs}s, $found findings"
done
