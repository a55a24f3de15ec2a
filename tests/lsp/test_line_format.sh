#!/bin/sh
# `mindset check --format line -` as an editor filter: every line has the shape Vim's
# errorformat %f:%l:%c: %m reads (FILE:LINE:COL: SEVERITY: MESSAGE [RULE]), with the
# position of the flagged words; with Vim installed, Vim itself parses the output.
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'Hello team!\nOur newborn baby shower was amazing, the best party ever \xf0\x9f\x8e\x89\nThis is confidential, do not share.\n' >"$tmp/post.txt"
"$bin" check --network linkedin --format line - <"$tmp/post.txt" >"$tmp/out"
status=$?
fail=0
[ $status -eq 1 ] || { echo "FAIL exit status $status, expected 1"; fail=1; }
n=$(wc -l <"$tmp/out")
bad=$(grep -cvE '^<stdin>:[0-9]+:[0-9]+: (error|warning|info): .+ \[[a-z_]+\.[a-z_]+\]$' "$tmp/out")
[ "$n" -ge 2 ] && [ "$bad" -eq 0 ] && echo "ok   $n lines in the errorformat shape" ||
    { echo "FAIL line shape:"; cat "$tmp/out"; fail=1; }
grep -q '^<stdin>:2:5: error: .*\[misfit.baby_family\]$' "$tmp/out" &&
    echo "ok   the misfit points at line 2, column 5 (newborn)" || { echo "FAIL position"; fail=1; }
grep -q '^<stdin>:3:9: error: .*\[checklist.confidential\]$' "$tmp/out" &&
    echo "ok   the leak points at line 3, column 9" || { echo "FAIL confidential position"; fail=1; }
if command -v vim >/dev/null 2>&1; then
    sed 's/^<stdin>/post.txt/' "$tmp/out" >"$tmp/errors"
    (cd "$tmp" && vim -Nu NONE -es -c 'set errorformat=%f:%l:%c:\ %m' -c 'cfile errors' \
        -c 'redir! > qf.txt | silent clist | redir END' -c 'qa!') </dev/null
    grep -q 'post.txt:2 col 5' "$tmp/qf.txt" && echo "ok   Vim's quickfix reads it" ||
        { echo "FAIL vim quickfix:"; cat "$tmp/qf.txt"; fail=1; }
fi
echo "$((3 - fail)) passed, $fail failed"
[ $fail -eq 0 ]
