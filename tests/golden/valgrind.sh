#!/bin/sh
# Every golden CLI case again under valgrind memcheck: no invalid read or write, no leak.
# Usage: valgrind.sh MINDSET_BINARY
set -u
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
command -v valgrind >/dev/null || { echo "valgrind is not installed"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/vg" <<VG
#!/bin/sh
exec valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect "$bin" "\$@"
VG
chmod +x "$tmp/vg"
pass=0 fail=0
for c in "$here"/cases/*/; do
    out=$(sh "$here/run_case.sh" "$tmp/vg" "$c" 2>&1)
    if [ $? -eq 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $c"; echo "$out" | head -20; fi
done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
