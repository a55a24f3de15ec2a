#!/bin/sh
# lexicons/LANG/model.lex is what bench/label_model.py trains from corpora/dev and the real
# dev posts: new dev posts without retraining the label model fail here. Skipped (77) when
# ../shared/data is not beside the project.
set -u
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
root=$here/../..
data=$root/../shared/data
. "$here/../checks.sh"
if [ ! -d "$data" ]; then
    echo "skip: no research data at $data"
    exit 77
fi

cp -r "$root/lexicons" "$tmp/lexicons"
if python3 "$root/bench/label_model.py" --write --mindset "$bin" \
    --dev "$root/corpora/dev.jsonl" --data "$data" --lexicons "$tmp/lexicons" >"$tmp/log" 2>&1
then ok "bench/label_model.py --write runs"
else no "bench/label_model.py --write failed:"; head -5 "$tmp/log"; fi
for lang in en nl; do
    if cmp -s "$root/lexicons/$lang/model.lex" "$tmp/lexicons/$lang/model.lex"; then
        ok "lexicons/$lang/model.lex is up to date"
    else
        no "lexicons/$lang/model.lex differs from what label_model.py writes:"
        diff "$root/lexicons/$lang/model.lex" "$tmp/lexicons/$lang/model.lex" | head -10
    fi
done
finish
