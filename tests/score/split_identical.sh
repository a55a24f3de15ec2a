#!/bin/sh
# Scoring a corpus split into chunks in parallel (GNU parallel --pipe --keep-order)
# gives byte-identical output to one process, and so does any --jobs.
set -eu
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$here/gen_posts.py" --posts 20000 --seed 3 >"$tmp/in.jsonl" 2>/dev/null
"$bin" score --no-progress --jobs 1 --network linkedin --network facebook \
    --summary "$tmp/sum1" "$tmp/in.jsonl" >"$tmp/one.jsonl"
"$bin" score --no-progress --jobs 2 --network linkedin --network facebook \
    --summary "$tmp/sum2" <"$tmp/in.jsonl" >"$tmp/two.jsonl"
parallel --pipe --keep-order --block 200k -j 2 \
    "$bin" score --no-progress --jobs 1 --network linkedin --network facebook \
    --summary /dev/null <"$tmp/in.jsonl" >"$tmp/split.jsonl"
# The same records with a nested field go through Jansson instead of the fast reader.
sed 's/}$/,"nested":{"a":[1]}}/' "$tmp/in.jsonl" >"$tmp/nested.jsonl"
"$bin" score --no-progress --jobs 2 --network linkedin --network facebook \
    --summary /dev/null "$tmp/nested.jsonl" >"$tmp/nested.out"
cmp "$tmp/one.jsonl" "$tmp/two.jsonl"
cmp "$tmp/one.jsonl" "$tmp/split.jsonl"
cmp "$tmp/one.jsonl" "$tmp/nested.out"
test "$(wc -l <"$tmp/one.jsonl")" -eq 20000
echo "ok: --jobs 1, --jobs 2, parallel --pipe and the full JSON parser agree on 20000 records"
