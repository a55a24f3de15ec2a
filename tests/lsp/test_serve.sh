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
    '{"id":4,"text":"lessons from data","lang":"en"}' \
    '{"id":5,"text":"Our newborn baby","network":"linkedin","disable":["misfit"]}' \
    '{"id":6,"text":"Our newborn baby","disable":["misfit.babies"]}' \
    '{"id":7,"text":"Our newborn baby","disable":"misfit"}' |
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
expect 6 '{"id":5,"schema":1,"network":"linkedin","lang":"en","verdict":"borderline",*'
expect 7 '{"id":6,"error":"unknown rule '"'"'misfit.babies'"'"' to disable*'
expect 8 '{"id":7,"error":"\\"disable\\" must be an array*'
n=$(printf '%s\n' "$out" | wc -l)
[ "$n" -eq 8 ] || { echo "FAIL $n responses for 8 requests"; fail=$((fail + 1)); }
echo "$((9 - fail)) passed, $fail failed"
[ $fail -eq 0 ]
