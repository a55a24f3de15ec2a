#!/bin/sh
# The profile-guided build (bench/build-pgo.sh) must say exactly what a normal build says:
# builds it in WORKDIR, then compares both binaries' `score` and `check` output, byte for
# byte, on the labelled corpora and the bundled examples.
#
#   sh pgo_same_output.sh MINDSET WORKDIR
set -eu
normal=$1
work=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
sh "$root/bench/build-pgo.sh" "$work" >/dev/null
fast=$work/cli/mindset

fail=0
compare() { # name, then the arguments of one mindset command
    name=$1
    shift
    "$normal" "$@" >"$work/normal.out" 2>&1 || echo "exit $?" >>"$work/normal.out"
    "$fast" "$@" >"$work/fast.out" 2>&1 || echo "exit $?" >>"$work/fast.out"
    if cmp -s "$work/normal.out" "$work/fast.out"; then
        echo "ok: $name"
    else
        echo "FAIL: $name differs between the normal and the profile-guided build"
        diff "$work/normal.out" "$work/fast.out" | head -5
        fail=1
    fi
}

for corpus in "$root"/corpora/*.jsonl; do
    compare "score $(basename "$corpus")" score --no-progress --summary - --network linkedin \
        --network facebook --network twitter "$corpus"
done
for post in "$root"/corpora/examples/*.txt; do
    compare "check $(basename "$post")" check --network linkedin --format json "$post"
    compare "explain $(basename "$post")" explain --network facebook "$post"
done
exit $fail
