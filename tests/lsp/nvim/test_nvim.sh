#!/bin/sh
# Neovim as a real LSP client of `mindset lsp` (see client.lua); compares what the editor
# saw with expected.json. Usage: test_nvim.sh MINDSET_BINARY LEXICON_DIR
set -u
here=$(cd "$(dirname "$0")" && pwd)
command -v nvim >/dev/null || { echo "neovim is not installed"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$here/post.md" "$tmp/post.md"
cd "$tmp" && MINDSET_BIN=$1 MINDSET_LEXICONS=$2 POST_FILE="$tmp/post.md" \
    RESULT_FILE="$tmp/result.json" timeout 60 nvim --headless -u NONE -i NONE -n \
    -c "luafile $here/client.lua" >/dev/null 2>&1
[ -f "$tmp/result.json" ] || { echo "FAIL neovim wrote no result"; exit 1; }
python3 - "$tmp/result.json" "$here/expected.json" <<'PY'
import json, sys
got, want = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
bad = [k for k in want if got.get(k) != want[k]]
for k in want:
    print(("ok   " if k not in bad else "FAIL ") + k + ("" if k not in bad else f": got {got.get(k)!r}, expected {want[k]!r}"))
print(f"{len(want) - len(bad)} passed, {len(bad)} failed")
sys.exit(1 if bad else 0)
PY
