#!/bin/sh
# mindset score --keep-fields: kept fields pass through JSONL output as they were, become
# columns of CSV output (strings as their text, ids too), and a name that cannot work (a
# CSV column that is not there, a name given twice, an empty name, plain-text input) is a
# usage error, not a silent column of nulls.
#   sh keep_fields.sh MINDSET_BINARY
set -eu
bin=$1
. "$(dirname "$0")/../checks.sh"
score() { "$bin" score --no-progress --summary /dev/null "$@"; }

cat >"$tmp/in.jsonl" <<'JSON'
{"id":"x,y","text":"our baby girl is here","who":{"name":"Ann","tags":[1,2]},"note":"say \"hi\", é"}
{"id":7,"text":"we are hiring a nurse","note":"plain"}
not json
JSON

# JSONL in, JSONL out: values as they were, a missing one null, the error record too
score --keep-fields who,note "$tmp/in.jsonl" >"$tmp/out.jsonl" || [ $? -eq 1 ]
python3 - "$tmp/out.jsonl" <<'PY' && ok "JSONL: kept values pass through, missing is null" || no "JSONL keep"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert rows[0]["who"] == {"name": "Ann", "tags": [1, 2]}, rows[0]
assert rows[0]["note"] == 'say "hi", é', rows[0]
assert rows[1]["who"] is None and rows[1]["note"] == "plain", rows[1]
assert list(rows[0])[:3] == ["id", "who", "note"], list(rows[0])
assert rows[2]["line"] == 3 and "error" in rows[2], rows[2]
PY

# JSONL in, CSV out: a column per kept field, strings as their text, ids too
score --keep-fields who,note --format csv "$tmp/in.jsonl" >"$tmp/out.csv" || [ $? -eq 1 ]
python3 - "$tmp/out.csv" <<'PY' && ok "CSV: kept columns, string ids and values as text" || no "CSV keep"
import csv, json, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
head = rows[0]
assert head[:4] == ["id", "who", "note", "lang"], head
assert all(len(r) == len(head) for r in rows), [len(r) for r in rows]
assert rows[1][0] == "x,y" and json.loads(rows[1][1]) == {"name": "Ann", "tags": [1, 2]}, rows[1]
assert rows[1][2] == 'say "hi", é', rows[1]
assert rows[2][:3] == ["7", "", "plain"], rows[2]
assert rows[3][head.index("line")] == "3" and rows[3][head.index("error")], rows[3]
PY

# an error row's columns line up with the header, with verdict columns too
score --keep-fields note --format csv --network linkedin --network-field net "$tmp/in.jsonl" \
    >"$tmp/nets.csv" || [ $? -eq 1 ]
python3 - "$tmp/nets.csv" <<'PY' && ok "CSV: error rows line up with verdict columns" || no "CSV error row"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
head = rows[0]
assert all(len(r) == len(head) for r in rows), [len(r) for r in rows]
err = dict(zip(head, rows[3]))
assert err["line"] == "3" and "invalid JSON" in err["error"] and err["lang"] == "", err
PY

# CSV in, CSV out: the id as it was written, a kept column with a comma
printf 'id,text,author\nA-1,our baby girl is here,"Doe, Jan"\n' >"$tmp/in.csv"
score --input-format csv --keep-fields author --format csv "$tmp/in.csv" >"$tmp/csv.csv"
python3 - "$tmp/csv.csv" <<'PY' && ok "CSV in and out: id and kept column as written" || no "CSV to CSV"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
assert rows[0][:3] == ["id", "author", "lang"] and rows[1][:2] == ["A-1", "Doe, Jan"], rows
PY

# names that cannot work: usage errors that say why
usage() { # expected message, then the score arguments
    want=$1
    shift
    if score "$@" </dev/null >/dev/null 2>"$tmp/err"; then
        no "accepted: $*"
    elif [ $? -eq 2 ] && grep -q -- "$want" "$tmp/err"; then
        ok "refused: $want"
    else
        no "$*: $(cat "$tmp/err")"
    fi
}
usage 'header has no "editor" column (--keep-fields)' --input-format csv --keep-fields editor "$tmp/in.csv"
usage "'note' named twice" --keep-fields note,note "$tmp/in.jsonl"
usage "an empty field name" --keep-fields note,,who "$tmp/in.jsonl"
usage "needs fields" --input-format text --keep-fields note "$tmp/in.jsonl"
usage "is in every record already" --keep-fields lang "$tmp/in.jsonl"

finish
