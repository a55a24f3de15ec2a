#!/bin/sh
# mindset serve: one response per request line, in order, ids echoed; a bad request gets
# an error response with its id and the process keeps serving.
set -u
bin=$1
lex=$2
out=$(printf '%s\n' \
    '{"id":1,"text":"Our newborn baby","network":"linkedin"}' \
    'this is not json' \
    '{"id":"two","network":"linkedin"}' \
    '{"id":3,"text":"lessons","network":"myspace"}' \
    '{"id":4,"text":"lessons from data","lang":"en"}' |
    "$bin" serve --lexicons "$lex")
fail=0
expect() {
    line=$(printf '%s\n' "$out" | sed -n "$1p")
    case "$line" in
    $2) echo "ok   line $1" ;;
    *) echo "FAIL line $1: $line"; fail=$((fail + 1)) ;;
    esac
}
expect 1 '{"id":1,"schema":1,"network":"linkedin","lang":"en","verdict":"misfit",*'
expect 2 '{"id":null,"error":"line 2, column *: invalid request:*'
expect 3 '{"id":"two","error":"the request has no string field \\"text\\""}'
expect 4 '{"id":3,"error":"unknown network '"'"'myspace'"'"'*'
expect 5 '{"id":4,"schema":1,"network":null,"lang":"en","verdict":null,*'
n=$(printf '%s\n' "$out" | wc -l)
[ "$n" -eq 5 ] || { echo "FAIL $n responses for 5 requests"; fail=$((fail + 1)); }
echo "$((6 - fail)) passed, $fail failed"
[ $fail -eq 0 ]
