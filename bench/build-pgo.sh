#!/bin/sh
# Builds the fastest mindset for bulk scoring: a profile-guided, link-time optimised
# Release build in build-pgo/ (or DIR). Step one builds an instrumented binary and scores
# the project's own labelled corpora with it (both languages, one and two jobs, JSONL and
# plain text, plus `check` on the bundled examples); step two rebuilds from that profile.
# The profile only steers code layout and inlining: the output is byte for byte that of a
# normal build (CTest build/pgo_same_output checks it).
#
#   sh bench/build-pgo.sh [DIR]
set -eu
cd "$(dirname "$0")/.."
dir=${1:-build-pgo}
train=$dir/pgo-train
jobs=$(nproc 2>/dev/null || echo 2)

rm -rf "$dir/pgo"
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release -DMINDSET_TESTS=OFF -DMINDSET_PGO=generate \
    >/dev/null
cmake --build "$dir" -j"$jobs" --target mindset_cli >/dev/null

mkdir -p "$train"
: >"$train/posts.jsonl"
for round in 1 2 3 4 5 6 7 8 9 10; do
    cat corpora/dev.jsonl corpora/test.jsonl >>"$train/posts.jsonl"
done
bin=$dir/cli/mindset
for j in 1 2; do
    "$bin" score --jobs "$j" --no-progress --summary /dev/null --network linkedin \
        --network facebook "$train/posts.jsonl" >/dev/null
done
sed -n 's/.*"text": *"\([^"\\]*\)".*/\1/p' corpora/dev.jsonl >"$train/posts.txt"
"$bin" score --input-format text --no-progress --summary /dev/null "$train/posts.txt" >/dev/null
for post in corpora/examples/*.txt; do
    "$bin" check --network linkedin "$post" >/dev/null || [ $? -eq 1 ]
done

cmake -S . -B "$dir" -DMINDSET_PGO=use >/dev/null
cmake --build "$dir" -j"$jobs" --target mindset_cli >/dev/null
echo "built $bin (profile-guided)"
