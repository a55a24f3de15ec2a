#!/bin/sh
# mindset score on a TSV file with fields of other names: --text-field, --id-field,
# --lang-field (a record's language wins over detection; an unknown one is an error
# record), --network-field (the record's own network verdict; an unknown one is an error
# record), and the summary with --group-field (the purpose split and mindset mix per
# author, the counts adding up to the input); --disable turns a rule off in every verdict
# and refuses a name it does not know.
#   sh fields_and_groups.sh MINDSET_BINARY
set -eu
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tab=$(printf '\t')
{
    echo "post_id${tab}body${tab}author${tab}language${tab}net"
    echo "p1${tab}Our baby girl is here! #newborn${tab}ann${tab}${tab}linkedin"
    echo "p2${tab}We are hiring a nurse, apply now${tab}ann${tab}${tab}facebook"
    echo "p3${tab}Nieuwe vacature: verpleegkundige gezocht${tab}bob${tab}nl${tab}linkedin"
    echo "p4${tab}so bored today lol${tab}bob${tab}nl${tab}"
    echo "p5${tab}We are hiring${tab}cy${tab}fr${tab}"
    echo "p6${tab}We are hiring${tab}cy${tab}${tab}myspace"
} >"$tmp/in.tsv"
status=0
"$bin" score --input-format tsv --text-field body --id-field post_id --lang-field language \
    --network-field net --group-field author --summary "$tmp/summary.txt" --no-progress \
    "$tmp/in.tsv" >"$tmp/out.jsonl" || status=$?
"$bin" score --input-format tsv --text-field body --id-field post_id --lang-field language \
    --network-field net --disable misfit.baby_family,checklist --summary /dev/null \
    --no-progress "$tmp/in.tsv" >"$tmp/disabled.jsonl" || true
bad=0
"$bin" score --disable misfit.babies --no-progress "$tmp/in.tsv" >/dev/null \
    2>"$tmp/bad.err" || bad=$?
python3 - "$tmp/out.jsonl" "$tmp/summary.txt" "$status" "$tmp/disabled.jsonl" \
    "$tmp/bad.err" "$bad" <<'PY'
import json, re, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
summary = open(sys.argv[2], encoding="utf-8").read()
checks = []
def check(name, ok, detail=""):
    checks.append(ok)
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else f": {detail}"))
check("exit 1: some records were errors", sys.argv[3] == "1", sys.argv[3])
check("ids from --id-field", [r["id"] for r in rows] == ["p1", "p2", "p3", "p4", "p5", "p6"],
      [r.get("id") for r in rows])
check("the record's language wins over detection", rows[3]["lang"] == "nl", rows[3])
check("an empty language field means detection", rows[0]["lang"] == "en", rows[0])
check("the record's network gets its verdict",
      rows[0]["verdicts"] == {"linkedin": "misfit"} and
      rows[1]["verdicts"] == {"facebook": "fit"}, (rows[0], rows[1]))
check("no network field, no verdict", rows[3]["verdicts"] == {}, rows[3])
check("an unknown language is an error record naming its line",
      rows[4].get("line") == 6 and "unknown language" in rows[4].get("error", ""), rows[4])
check("an unknown network is an error record naming its line",
      rows[5].get("line") == 7 and "unknown network" in rows[5].get("error", ""), rows[5])
check("summary counts add up", "6 records, 4 scored, 2 errors" in summary, summary[:200])
bars = [int(n) for n in re.findall(r"^\s+[-+]\d\.\d\.\.[-+]\d\.\d \|#* (\d+)$", summary, re.M)]
check("the histogram holds every scored record", len(bars) == 10 and sum(bars) == 4, bars)
check("summary groups the scored records by author", "by author (2 groups)" in summary, summary)
ann = re.search(r"^\s+ann\s+2\s+personal 1, professional 1, mixed 0, unknown 0$", summary, re.M)
check("a group's size and mindset mix", ann is not None, summary)
check("the errors are listed with their places",
      'in.tsv:6: unknown language "fr"' in summary and 'in.tsv:7: unknown network' in summary,
      summary)
off = [json.loads(l) for l in open(sys.argv[4], encoding="utf-8")]
check("--disable: the snapshot rule off, the mismatch speaks for the post",
      off[0]["verdicts"] == {"linkedin": "borderline"} and
      [r.get("verdicts") for r in off[1:4]] == [r.get("verdicts") for r in rows[1:4]],
      [r.get("verdicts") for r in off])
err = open(sys.argv[5], encoding="utf-8").read()
check("--disable with an unknown rule is a usage error naming it",
      sys.argv[6] == "2" and "unknown rule 'misfit.babies'" in err, (sys.argv[6], err))
print(f"{sum(checks)} passed, {len(checks) - sum(checks)} failed")
sys.exit(0 if all(checks) else 1)
PY
