#!/bin/sh
# lexicons/LANG/learned.lex is what bench/corpus_vocabulary.py makes from corpora/dev, the
# other lexicon files and the real dev posts: a change to any of them without regenerating
# the learned words fails here. Skipped (77) when ../shared/data is not beside the project.
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
if python3 "$root/bench/corpus_vocabulary.py" --write --mindset "$bin" \
    --dev "$root/corpora/dev.jsonl" --data "$data" --lexicons "$tmp/lexicons" >"$tmp/log" 2>&1
then ok "bench/corpus_vocabulary.py --write runs"
else no "bench/corpus_vocabulary.py --write failed:"; head -5 "$tmp/log"; fi
for lang in en nl; do
    if cmp -s "$root/lexicons/$lang/learned.lex" "$tmp/lexicons/$lang/learned.lex"; then
        ok "lexicons/$lang/learned.lex is up to date"
    else
        no "lexicons/$lang/learned.lex differs from what corpus_vocabulary.py writes:"
        diff "$root/lexicons/$lang/learned.lex" "$tmp/lexicons/$lang/learned.lex" | head -10
    fi
done
finish
