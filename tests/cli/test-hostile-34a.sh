#!/bin/sh
# Adversarial pass 34a (issue 21): hostile files through every command.
. "$(dirname "$0")/tap.sh"
fixtures=$2

echo "1..15"

# diff: the exercises of a session put in another order. Exercises are
# done in their order, and diff said such a plan did not differ (exit 0,
# nothing printed), so a reviewer under git difftool saw no change.
python3 - "$fixtures/plans/one-week.json" "$tmp/reordered.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1], encoding="utf-8"))
items = plan["weeks"][0]["days"][0]["sessions"][0]["items"]
items.reverse()
json.dump(plan, open(sys.argv[2], "w", encoding="utf-8"), indent=2)
PY
$cli diff "$fixtures/plans/one-week.json" "$tmp/reordered.json" >"$tmp/out" 2>"$tmp/err"
check_exit $? 1 "diff of a session whose exercises are in another order exits with 1 (got: $(cat "$tmp/out" "$tmp/err"))"
grep -qx 'Week 1, Monday: Strength session “Lower body A”: exercises in another order: narrow-stance-squat, single-leg-high-knee-hold, burpee → burpee, single-leg-high-knee-hold, narrow-stance-squat' "$tmp/out"
ok $? "and says the order before and after on one line (got: $(cat "$tmp/out"))"
$cli diff --json "$fixtures/plans/one-week.json" "$tmp/reordered.json" >"$tmp/out"
python3 - "$tmp/out" "$tmp/reordered.json" <<'PY'
import json, sys
out = json.load(open(sys.argv[1], encoding="utf-8"))
plan = json.load(open(sys.argv[2], encoding="utf-8"))
ids = [item["id"] for item in plan["weeks"][0]["days"][0]["sessions"][0]["items"]]
[change] = out["changes"]
assert change["change"] == "session", change
assert change["before"] == {"items": ids[::-1]}, change
assert change["after"] == {"items": ids}, change
PY
ok $? "--json gives the exercises' ids in each order"
# An exercise added or removed between the others is its own change, not
# a change of order.
python3 - "$fixtures/plans/one-week.json" "$tmp/removed.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1], encoding="utf-8"))
items = plan["weeks"][0]["days"][0]["sessions"][0]["items"]
del items[1]
json.dump(plan, open(sys.argv[2], "w", encoding="utf-8"), indent=2)
PY
$cli diff "$fixtures/plans/one-week.json" "$tmp/removed.json" >"$tmp/out"
! grep -q 'another order' "$tmp/out"
ok $? "an exercise removed from between two others is no change of order (got: $(cat "$tmp/out"))"
$cli diff "$tmp/reordered.json" "$tmp/reordered.json" >"$tmp/out"
check_exit $? 0 "a reordered plan against itself still exits with 0"
# Two exercises of one id swapped (a top set and its back-off sets) read
# the same in both orders: each is named with its own id too.
python3 - "$fixtures/plans/one-week.json" "$tmp/same-a.json" "$tmp/same-b.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1], encoding="utf-8"))
items = plan["weeks"][0]["days"][0]["sessions"][0]["items"]
items[1]["exercise"] = items[0]["exercise"]
json.dump(plan, open(sys.argv[2], "w", encoding="utf-8"), indent=2)
items[0], items[1] = items[1], items[0]
json.dump(plan, open(sys.argv[3], "w", encoding="utf-8"), indent=2)
PY
$cli diff "$tmp/same-a.json" "$tmp/same-b.json" >"$tmp/out"
python3 - "$tmp/same-b.json" "$tmp/out" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1], encoding="utf-8"))
a, b, c = (item["id"] for item in plan["weeks"][0]["days"][0]["sessions"][0]["items"])
out = open(sys.argv[2], encoding="utf-8").read()
assert out == ("Week 1, Monday: Strength session “Lower body A”: exercises in another order: "
               f"narrow-stance-squat ({b}), narrow-stance-squat ({a}), burpee ({c}) → "
               f"narrow-stance-squat ({a}), narrow-stance-squat ({b}), burpee ({c})\n"), out
PY
ok $? "two exercises of one id swapped are named with their ids (got: $(cat "$tmp/out"))"

# export-csv: rounds logged against an exercise that is no interval (the
# exercise changed since it was logged, a file edited by hand) have no
# column. A set of only rounds was written as a row of neither reps nor
# seconds, which import-csv refuses (“the set has no reps and no
# seconds”), and the rounds of the others were left out, both without a
# word.
python3 - "$fixtures/plans/one-week.json" "$tmp/rounds.json" "$tmp/cleared.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1], encoding="utf-8"))
session = plan["weeks"][0]["days"][0]["sessions"][0]
squat = session["items"][0]
assert "interval" not in squat and squat["exercise"] == "narrow-stance-squat"
json.dump(plan, open(sys.argv[3], "w", encoding="utf-8"), indent=2)
session["log"] = {"status": "done", "date": "2026-11-23", "items": [
    {"item": squat["id"], "note": "first set as rounds",
     "sets": [{"rounds": 3}, {"reps": 10, "load": 40, "unit": "kg"}, {"reps": 8, "load": 42.5, "unit": "kg"}]}]}
json.dump(plan, open(sys.argv[2], "w", encoding="utf-8"), indent=2)
PY
$cli export-csv -o "$tmp/rounds.csv" "$tmp/rounds.json" 2>"$tmp/err"
check_exit $? 0 "export-csv of a plan with rounds logged against a sets-and-reps exercise writes the CSV"
grep -q 'rounds.json: 1 set logs rounds of an exercise that is no interval; the CSV has no column for them, a set of only rounds has no row, and import-csv cannot bring them back$' "$tmp/err"
ok $? "and says the rounds are not in it (got: $(cat "$tmp/err"))"
python3 - "$tmp/rounds.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
squat = [(r["Set Order"], r["Weight"], r["Reps"], r["Seconds"], r["Notes"]) for r in rows
         if r["Exercise Name"] == "Narrow Stance Squat"]
assert squat == [("1", "40", "10", "", "first set as rounds"), ("2", "42.5", "8", "", "")], squat
PY
ok $? "the set of only rounds has no row, the others are numbered from 1 and the exercise's note is on the first"
$cli import-csv "$tmp/cleared.json" "$tmp/rounds.csv" >"$tmp/out" 2>"$tmp/err"
check_exit $? 0 "import-csv reads that CSV back (got: $(cat "$tmp/out" "$tmp/err"))"
python3 - "$tmp/cleared.json" "$tmp/err" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1], encoding="utf-8"))
entry, = plan["weeks"][0]["days"][0]["sessions"][0]["log"]["items"]
assert entry["sets"] == [{"reps": 10, "load": 40, "unit": "kg"}, {"reps": 8, "load": 42.5, "unit": "kg"}], entry
assert entry["note"] == "first set as rounds", entry
assert open(sys.argv[2], encoding="utf-8").read() == "", "a row was refused"
PY
ok $? "every row of it logged, none refused, the note kept"

# log --rounds against an exercise that is no interval wrote rounds no
# figure, form or export reads; the app's form offers rounds only for
# an interval.
cp "$tmp/cleared.json" "$tmp/before.json"
$cli log "$tmp/cleared.json" --session "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["weeks"][0]["days"][0]["sessions"][0]["id"])' "$tmp/cleared.json")" \
  --status done --item pku4 --rounds 6 >"$tmp/out" 2>"$tmp/err"
check_exit $? 64 "log --rounds for a sets-and-reps exercise is wrong usage (got: $(cat "$tmp/err"))"
cmp -s "$tmp/cleared.json" "$tmp/before.json" && grep -q 'is no interval; give its sets with --set or --hold$' "$tmp/err"
ok $? "naming the exercise and what to give, the plan unchanged"

# diff: a log's entries are found by their exercise; their order in the
# file is read by nothing, and diff said “log changed” with nothing it
# could name.
python3 - "$fixtures/plans/logged.json" "$tmp/entries.json" "$tmp/entries-changed.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1], encoding="utf-8"))
log = plan["weeks"][0]["days"][0]["sessions"][0]["log"]
assert len(log["items"]) > 1
log["items"].reverse()
json.dump(plan, open(sys.argv[2], "w", encoding="utf-8"), indent=2)
log["items"][0]["sets"][0]["hold_seconds" if "hold_seconds" in log["items"][0]["sets"][0] else "rounds" if "rounds" in log["items"][0]["sets"][0] else "reps"] += 1
json.dump(plan, open(sys.argv[3], "w", encoding="utf-8"), indent=2)
PY
$cli diff "$fixtures/plans/logged.json" "$tmp/entries.json" >"$tmp/out"
check_exit $? 0 "diff of a log whose entries are in another order says nothing (got: $(cat "$tmp/out"))"
$cli diff "$fixtures/plans/logged.json" "$tmp/entries-changed.json" >"$tmp/out"
check_exit $? 1 "and a set changed in such a log is still a change (got: $(cat "$tmp/out"))"

exit $fail
