#!/bin/sh
# Runs one golden CLI case: tests/golden/cases/NAME/ holds
#   args          the command line after "mindset" (one line; the word POST is replaced by
#                 the path of post.txt, STDIN feeds post.txt on standard input)
#   post.txt      the input, or
#   generate      a shell script whose standard output is the input (for huge inputs)
#   expected.out  expected standard output
#   expected.err  expected standard error (optional; compared when present)
#   expected.code expected exit status
#   verdict       optional: the verdict a person expects (fit|borderline|misfit); checked
#                 against the JSON output independently of expected.out
# Usage: run_case.sh MINDSET_BINARY CASE_DIR [--regen]
set -u
bin=$1
dir=$2
mode=${3:-}
cd "$dir" || exit 2
args=$(cat args)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
post=post.txt
if [ -f generate ]; then
    post=$tmp/post.txt
    sh generate >"$post"
fi

run() {
    case "$args" in
    *STDIN*) a=$(printf '%s' "$args" | sed 's/STDIN/-/'); eval "\"$bin\" $a" <"$post" ;;
    *) a=$(printf '%s' "$args" | sed "s|POST|$post|"); eval "\"$bin\" $a" </dev/null ;;
    esac
}
NO_COLOR=1 run >"$tmp/out" 2>"$tmp/err"
echo $? >"$tmp/code"

if [ "$mode" = "--regen" ]; then
    cp "$tmp/out" expected.out
    cp "$tmp/code" expected.code
    [ -s "$tmp/err" ] && cp "$tmp/err" expected.err || rm -f expected.err
    exit 0
fi

fail=0
if ! cmp -s "$tmp/code" expected.code; then
    echo "exit status: expected $(cat expected.code), got $(cat "$tmp/code")"
    fail=1
fi
if ! diff -u expected.out "$tmp/out"; then fail=1; fi
if [ -f expected.err ] && ! diff -u expected.err "$tmp/err"; then fail=1; fi
if [ -f verdict ]; then
    want=$(cat verdict)
    got=$(sed -n 's/.*"verdict":"\([a-z]*\)".*/\1/p' "$tmp/out" | head -n 1)
    if [ "$want" != "$got" ]; then
        echo "verdict: a person expects '$want', the engine says '$got'"
        fail=1
    fi
fi
[ $fail -eq 0 ] && echo "ok: $(basename "$dir")"
exit $fail
