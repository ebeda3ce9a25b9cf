#!/bin/sh
# Adversarial pass 8 (files and disks): what it found, on real files,
# in a few calls (each costs about a second under valgrind).
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..10"

# A8a-5: an empty CSV file (what a failed download leaves) is refused
# like a file without a header; it crashed (NULL bytes of an empty file).
cp "$plans/one-week.json" "$tmp/plan.json"
: >"$tmp/empty.csv"
$cli import-csv "$tmp/plan.json" "$tmp/empty.csv" 2>"$tmp/err"
check_exit $? 2 "import-csv of an empty file exits with 2"
grep -q 'empty.csv: line 1: the header has no “Date” column$' "$tmp/err" && cmp -s "$tmp/plan.json" "$plans/one-week.json"
ok $? "it names the file and the missing column, and the plan is untouched"

# A8a-7: a PLAN~ that is a hard link of PLAN (ln plan plan~): rename()
# of two names of one file does nothing, and the stashed previous
# version was left beside the plan as a “.regimen-temporary-…~” file.
mkdir "$tmp/linked"
cp "$plans/one-week.json" "$tmp/linked/plan.json"
ln "$tmp/linked/plan.json" "$tmp/linked/plan.json~"
$cli log "$tmp/linked/plan.json" --session 3idq --status done >/dev/null
check_exit $? 0 "log saves a plan whose backup is a hard link of it"
[ "$(ls -A "$tmp/linked" | tr '\n' ' ')" = "plan.json plan.json~ " ] &&
  cmp -s "$tmp/linked/plan.json~" "$plans/one-week.json"
ok $? "the backup is the previous version and nothing else is left beside the plan"

# A8a-12: a block's NAME that is not UTF-8 is refused like --title, not
# stored with a replacement character.
$cli block add "$tmp/plan.json" "$(printf 'Base\377')" --weeks 1 2>"$tmp/err"
check_exit $? 64 "block add refuses a name that is not UTF-8"
grep -q 'the text given with NAME is not valid UTF-8$' "$tmp/err" && cmp -s "$tmp/plan.json" "$plans/one-week.json"
ok $? "it says so, and the plan is untouched"

# A8a-11: a plan without a start date (a template's) logged without
# dates: export-csv wrote rows with an empty Date that import-csv cannot
# place. Refused now, and --start on both sides brings the log back.
sed -e '/"start_date"/d' -e 's/"id": "3idq5p2ox2",/"id": "3idq5p2ox2", "log": {"status": "done", "items": [{"item": "pku4rcrzoo", "sets": [{"reps": 5, "load": 40}]}]},/' \
  "$plans/one-week.json" >"$tmp/undated.json"
$cli export-csv "$tmp/undated.json" -o "$tmp/undated.csv" 2>"$tmp/err"
check_exit $? 64 "export-csv refuses rows that would have no date"
$cli export-csv "$tmp/undated.json" -o "$tmp/undated.csv" --start 2026-11-23 &&
  $cli log "$tmp/undated.json" --session 3idq --clear >/dev/null &&
  $cli import-csv "$tmp/undated.json" "$tmp/undated.csv" --start 2026-11-23 >/dev/null &&
  python3 - "$tmp/undated.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
assert "start_date" not in plan, plan.get("start_date")
log = plan["weeks"][0]["days"][0]["sessions"][0]["log"]
assert log["date"] == "2026-11-23", log
assert log["items"] == [{"item": "pku4rcrzoo", "sets": [{"reps": 5, "load": 40, "unit": "kg"}]}], log
PY
ok $? "with --start the rows are dated and read back to the same sets; the plan keeps no start date"

# A8a-8: `new -o DIR/` wrote a file called DIR (GFile drops the slash).
mkdir "$tmp/slash"
$cli new -o "$tmp/slash/plans/" 2>"$tmp/err"
check_exit $? 1 "new -o refuses a name that ends in a slash"
grep -q 'plans/: the name ends in “/”, “/.” or “/..”, so it names a folder, not a file$' "$tmp/err" &&
  [ -z "$(ls -A "$tmp/slash")" ]
ok $? "it says why, and nothing is written"

exit $fail
