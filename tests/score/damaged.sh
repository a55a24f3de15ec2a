#!/bin/sh
# 100k records with 1% damage plus a BOM, CRLF line ends and one 50 MB line: every bad
# record becomes an error record with its line number, every good one is scored, the
# counts add up to the input's line count, and the exit status is 1.
set -u
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$here/gen_posts.py" --posts 100000 --seed 5 --damage 1 --huge-line --bom --crlf \
    >"$tmp/in.jsonl" 2>"$tmp/gen.err" || exit 1
damaged=$(sed -n 's/^damaged //p' "$tmp/gen.err")
"$bin" score --no-progress --summary "$tmp/summary" "$tmp/in.jsonl" >"$tmp/out.jsonl"
status=$?
lines_in=$(wc -l <"$tmp/in.jsonl")
lines_out=$(wc -l <"$tmp/out.jsonl")
errors=$(grep -c '"error":' "$tmp/out.jsonl")
fail=0
[ "$status" -eq 1 ] || { echo "exit status $status, expected 1"; fail=1; }
[ "$lines_in" -eq "$lines_out" ] || { echo "$lines_in lines in, $lines_out out"; fail=1; }
[ "$errors" -eq "$damaged" ] || { echo "$errors error records, $damaged damaged"; fail=1; }
grep -q "^mindset score: $lines_in records, $((lines_in - damaged)) scored, $damaged errors" \
    "$tmp/summary" || { echo "summary:"; head -3 "$tmp/summary"; fail=1; }
grep -q '"id":"huge","line":[0-9]*,"error":"record longer than' "$tmp/out.jsonl" ||
    grep -q '"line":[0-9]*,"error":"record longer than' "$tmp/out.jsonl" ||
    { echo "the 50 MB line is not reported"; fail=1; }
[ $fail -eq 0 ] && echo "ok: $lines_in records, $damaged damaged, all accounted for"
exit $fail
