#!/bin/sh
# A generated lexicon file is what its generator writes from corpora/dev, the other
# lexicon files and the real dev posts: a change to any of them without regenerating it
# fails here. Skipped (77) when ../shared/data is not beside the project.
#
#   generated_up_to_date.sh MINDSET GENERATOR FILE
#   (bench/corpus_vocabulary.py learned.lex, bench/label_model.py model.lex)
set -u
bin=$1
generator=$2
file=$3
here=$(cd "$(dirname "$0")" && pwd)
root=$here/../..
data=$root/../shared/data
. "$here/../checks.sh"
if [ ! -d "$data" ]; then
    echo "skip: no research data at $data"
    exit 77
fi

cp -r "$root/lexicons" "$tmp/lexicons"
if python3 "$root/$generator" --write --mindset "$bin" \
    --dev "$root/corpora/dev.jsonl" --data "$data" --lexicons "$tmp/lexicons" >"$tmp/log" 2>&1
then ok "$generator --write runs"
else no "$generator --write failed:"; head -5 "$tmp/log"; fi
for lang in en nl; do
    if cmp -s "$root/lexicons/$lang/$file" "$tmp/lexicons/$lang/$file"; then
        ok "lexicons/$lang/$file is up to date"
    else
        no "lexicons/$lang/$file differs from what $generator writes:"
        diff "$root/lexicons/$lang/$file" "$tmp/lexicons/$lang/$file" | head -10
    fi
done
finish
