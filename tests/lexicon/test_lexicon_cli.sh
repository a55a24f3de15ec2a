#!/bin/sh
# mindset lexicon check and import-liwc, end to end.
set -u
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
mini=$here/../data/mini
. "$here/../checks.sh"

# The project's own lexicons are clean.
if "$bin" lexicon check "$here/../../lexicons" >"$tmp/own" 2>&1; then ok "lexicons/ lints clean"
else no "lexicons/ has problems:"; head -20 "$tmp/own"; fi

# A flawed set: each problem named with file:line.
cp -r "$mini" "$tmp/flawed"
cat >"$tmp/flawed/en/flawed.lex" <<'LEX'
@category family
daughter
daughters
@category career
daughter
@category baby
newborn
newborn
kraam*
kraamzorg
@category family
"daughter"
LEX
"$bin" lexicon check "$tmp/flawed" >"$tmp/out" 2>/dev/null
status=$?
check() { grep -q "$1" "$tmp/out" && ok "$2" || { no "$2"; cat "$tmp/out"; }; }
[ $status -eq 1 ] && ok "problems give exit 1" || no "exit $status"
check "flawed.lex:3: 'daughters' stems like 'daughter'" "same stem"
check "flawed.lex:5: 'daughter' is personal and professional at once" "conflicting axes"
check "flawed.lex:8: duplicate entry 'newborn'" "duplicate with both places"
check "flawed.lex:10: 'kraamzorg' is already covered by the wildcard 'kraam\*'" "wildcard cover"
check "flawed.lex:12: '\"daughter\"' is never reached: the plain entry 'daughter'" "exact word shadowed"

# import-liwc: header, tabs or blanks, wildcards, phrases, conditional codes skipped.
"$bin" lexicon import-liwc "$here/sample.dic" --out "$tmp/liwc" 2>"$tmp/err" &&
    ok "import-liwc succeeds" || no "import-liwc failed: $(cat "$tmp/err")"
grep -q "sample.dic:16: note: conditional code" "$tmp/err" && ok "conditional code noted with its line" ||
    no "no note for the conditional code"
grep -q "^mother\*$" "$tmp/liwc/liwc.lex" && grep -q '^"day" "off"$' "$tmp/liwc/liwc.lex" &&
    grep -q '^"weekend"$' "$tmp/liwc/liwc.lex" && ok "wildcards, phrases and blank-separated lines kept" ||
    no "entries missing: $(cat "$tmp/liwc/liwc.lex")"
grep -q '^"boss"$' "$tmp/liwc/liwc.lex" && ! grep -q '^boss$' "$tmp/liwc/liwc.lex" &&
    ok "plain terms become exact words" || no "plain terms not exact: $(cat "$tmp/liwc/liwc.lex")"
"$bin" lexicon import-liwc "$here/sample.dic" --stemmed --out "$tmp/stemmed" 2>/dev/null &&
    grep -q "^boss$" "$tmp/stemmed/liwc.lex" && grep -q "^mother\*$" "$tmp/stemmed/liwc.lex" &&
    grep -q "^day off$" "$tmp/stemmed/liwc.lex" &&
    ok "--stemmed writes plain entries" || no "--stemmed: $(cat "$tmp/stemmed/liwc.lex")"
"$bin" lexicon import-liwc "$here/sample.dic" --bogus >/dev/null 2>"$tmp/err"
[ $? -eq 2 ] && grep -q "unknown option '--bogus'" "$tmp/err" && ok "unknown option named, exit 2" ||
    no "unknown option: $(cat "$tmp/err")"
"$bin" lexicon import-liwc "$here/sample.dic" --out >/dev/null 2>"$tmp/err"
[ $? -eq 2 ] && grep -q -- "--out needs a directory" "$tmp/err" && ok "--out without a directory named" ||
    no "--out without a value: $(cat "$tmp/err")"
# a term with more category codes than are read: a note names the line, nothing silent
{ printf '%%\n1\tfamily\n%%\n'; printf 'kin'; for i in $(seq 130); do printf '\t1'; done; echo; } \
    >"$tmp/many.dic"
"$bin" lexicon import-liwc "$tmp/many.dic" --out "$tmp/many" 2>"$tmp/err" &&
    grep -q "many.dic:4: note: 'kin' has more than 128 category codes" "$tmp/err" &&
    ok "codes past the 128th named in a note" || no "many codes: $(cat "$tmp/err")"

# two LIWC names that make the same category name stay two categories, with a note
printf '%%\n1\twork-life\n2\twork life\n%%\njob\t1\ncareer\t2\n' >"$tmp/clash.dic"
"$bin" lexicon import-liwc "$tmp/clash.dic" --out "$tmp/clash" 2>"$tmp/err" &&
    grep -q "^liwc_work_life " "$tmp/clash/liwc-categories.def" &&
    grep -q "^liwc_work_life_2 " "$tmp/clash/liwc-categories.def" &&
    grep -q "note: category 'work life' (id 2) is written as 'liwc_work_life_2'" "$tmp/err" &&
    ok "clashing category names kept apart, with a note" ||
    no "clash: $(cat "$tmp/err" "$tmp/clash/liwc-categories.def")"

# an output path too long for the file names is an error, not a cut name in another place
mkdir "$tmp/long"
long="$tmp/long$(printf '/.%.0s' $(seq 2100))"
if "$bin" lexicon import-liwc "$here/sample.dic" --out "$long" >/dev/null 2>"$tmp/err"; then
    no "a too long --out path was accepted"
elif grep -q "output directory path too long" "$tmp/err" && [ -z "$(ls "$tmp/long")" ]; then
    ok "too long --out path refused, nothing written"
else
    no "too long --out path: $(cat "$tmp/err"); wrote: $(ls "$tmp/long")"
fi
"$bin" lexicon import-liwc "$here/crlf.dic" --out "$tmp/crlf" 2>/dev/null &&
    grep -q '^"kids"$' "$tmp/crlf/liwc.lex" && ok "CR line ends" || no "CR line ends"

# The imported dictionary works as a lexicon.
cp -r "$mini" "$tmp/with-liwc"
cat "$tmp/liwc/liwc-categories.def" >>"$tmp/with-liwc/categories.def"
cp "$tmp/liwc/liwc.lex" "$tmp/with-liwc/en/"
out=$(echo "My mothers and the boss on a day off" |
    "$bin" check --lexicons "$tmp/with-liwc" --format json -)
case "$out" in
*'"liwc_family":{"count":1'*'"liwc_work":{"count":1'*'"liwc_leisure":{"count":1'*) ok "imported categories match" ;;
*) no "imported categories do not match: $out" ;;
esac
# Exact words count the spelling LIWC lists, --stemmed also its inflections.
count_work() {
    cp -r "$mini" "$tmp/$1"
    cat "$tmp/$2/liwc-categories.def" >>"$tmp/$1/categories.def"
    cp "$tmp/$2/liwc.lex" "$tmp/$1/en/"
    echo "Two bosses and a job" | "$bin" check --lexicons "$tmp/$1" --format json - |
        grep -o '"liwc_work":{"count":[0-9]*'
}
[ "$(count_work exact-set liwc)" = '"liwc_work":{"count":1' ] &&
    ok "exact words: 'bosses' is not 'boss'" || no "exact: $(count_work exact-set2 liwc)"
[ "$(count_work stemmed-set stemmed)" = '"liwc_work":{"count":2' ] &&
    ok "--stemmed: 'bosses' counts for 'boss'" || no "stemmed: $(count_work stemmed-set2 stemmed)"
finish
