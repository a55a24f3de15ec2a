#!/bin/sh
# mindset score shows progress on stderr only when stderr is a terminal: records, posts/s,
# MB/s and errors (a terminal made with script(1)); never with --no-progress, and never
# into a file or pipe.
#   sh progress.sh MINDSET_BINARY
set -eu
bin=$1
. "$(dirname "$0")/../checks.sh"
i=0
while [ "$i" -lt 300 ]; do
    echo "{\"id\":$i,\"text\":\"We are hiring a nurse in Leeds $i\"}"
    i=$((i + 1))
done >"$tmp/in.jsonl"
echo 'not json' >>"$tmp/in.jsonl"

run_on_terminal() { # the score arguments; prints what the terminal showed
    script -qec "$bin score --summary /dev/null $* $tmp/in.jsonl >/dev/null" /dev/null |
        tr '\r' '\n'
}
run_on_terminal >"$tmp/tty.txt" || true
grep -Eq '^301 records, [0-9]+ posts/s, [0-9.]+ MB/s, 1 error$' "$tmp/tty.txt" &&
    ok "a terminal shows records, posts/s, MB/s and errors" || no "terminal: $(cat "$tmp/tty.txt")"
run_on_terminal --no-progress >"$tmp/quiet.txt" || true
! grep -q "posts/s" "$tmp/quiet.txt" && ok "--no-progress shows nothing" ||
    no "--no-progress: $(cat "$tmp/quiet.txt")"
"$bin" score --summary /dev/null "$tmp/in.jsonl" >/dev/null 2>"$tmp/err.txt" || true
! grep -q "posts/s" "$tmp/err.txt" && ok "no progress into a file" || no "file: $(cat "$tmp/err.txt")"
"$bin" score --no-progress --summary - "$tmp/in.jsonl" >"$tmp/summary.txt" 2>&1 || true
grep -q "^mindset score: 301 records, 300 scored, 1 error$" "$tmp/summary.txt" &&
    ok "the summary counts one error in the singular" || no "summary: $(grep "^mindset score:" "$tmp/summary.txt")"
finish
