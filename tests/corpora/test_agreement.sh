#!/bin/sh
# corpora/agreement.py: an annotation agrees fully with itself, one changed label shows in
# the figures, and a bad record of the second annotation is named by file and line.
#   sh test_agreement.sh MINDSET_BINARY REPO_ROOT
set -eu
bin=$1
root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dev=$root/corpora/dev.jsonl
agree() { python3 "$root/corpora/agreement.py" --mindset "$bin" "$@"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

head -n 20 "$dev" >"$tmp/first.jsonl"
agree "$tmp/first.jsonl" "$tmp/first.jsonl" >"$tmp/self.txt"
grep -q "^overall: 20 posts" "$tmp/self.txt" || fail "self: post count"
grep -A1 "^overall" "$tmp/self.txt" | grep -q "labels alike 100.0 %, Cohen's kappa 1.00" ||
    fail "self: not full agreement"

# the first post's label changed to one of the other two: 19 of 20 alike
python3 - "$tmp/first.jsonl" "$tmp/changed.jsonl" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
rows[0]["mindset"] = "mixed" if rows[0]["mindset"] != "mixed" else "personal"
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
PY
agree "$tmp/first.jsonl" "$tmp/changed.jsonl" >"$tmp/changed.txt"
grep -A1 "^overall" "$tmp/changed.txt" | grep -q "labels alike 95.0 %" ||
    fail "one changed label: $(grep -A1 '^overall' "$tmp/changed.txt")"

# a second annotation with a wrong value on line 2: an error naming file, line and id
head -n 1 "$tmp/first.jsonl" >"$tmp/bad.jsonl"
sed -n 2p "$tmp/first.jsonl" | sed 's/"mindset": *"[a-z]*"/"mindset":"casual"/' >>"$tmp/bad.jsonl"
if agree "$tmp/first.jsonl" "$tmp/bad.jsonl" >"$tmp/out.txt" 2>"$tmp/err.txt"; then
    fail "a bad mindset value was accepted"
fi
grep -q "bad.jsonl:2 (id .*): mindset 'casual'" "$tmp/err.txt" || fail "error: $(cat "$tmp/err.txt")"

# the stored second annotations of corpora/dev.jsonl and corpora/test.jsonl read without
# error, and the test one covers the 468 test posts written before the seventh blind round
agree "$dev" "$root/corpora/second-annotation/dev-second.jsonl" >"$tmp/dev.txt"
grep -q "^overall: [0-9]* posts" "$tmp/dev.txt" || fail "stored second annotation (dev)"
agree "$root/corpora/test.jsonl" "$root/corpora/second-annotation/test-second.jsonl" \
    >"$tmp/test.txt"
grep -q "^overall: 468 posts" "$tmp/test.txt" || fail "stored second annotation (test)"
echo "agreement: 5 checks passed"
