# checks.sh - what the shell tests share, sourced after `bin=$1`: a scratch directory
# $tmp removed on exit, ok/no to count each check, and finish to print the tally and
# give the exit status.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
no() { fail=$((fail + 1)); echo "FAIL $1"; }
finish() {
    echo "$pass passed, $fail failed"
    [ "$fail" -eq 0 ]
}
