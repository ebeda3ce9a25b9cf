#!/bin/sh
# regimen-cli import-csv: the sets of a CSV in Strong's columns logged into
# a plan by date and exercise name; rows no session takes named by line;
# bad files refused with the plan untouched; saved atomically.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..9"

# The logged plan's own export, read into the same plan with its log
# removed, gives back its sets (each session logged as done).
$cli export-csv "$plans/logged-weeks.json" -o "$tmp/log.csv"
python3 - "$plans/logged-weeks.json" "$tmp/plan.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
for week in plan["weeks"]:
    for day in week["days"]:
        for session in day["sessions"]:
            session.pop("log", None)
json.dump(plan, open(sys.argv[2], "w"), indent=2)
PY
printf '%s\r\n' '2026-11-09 00:00:00,Lower body,55m,Deadlift,1,100,5,,,,,' \
  '"2026-11-30 00:00:00","Lower body","50m","barbell back squat",1,110,3,,,,,' >>"$tmp/log.csv"
$cli import-csv "$tmp/plan.json" "$tmp/log.csv" >"$tmp/out" 2>"$tmp/err"
check_exit $? 0 "import-csv logs what matches"
grep -q "^Imported 14 sets; 1 row matched no session.$" "$tmp/out"
ok $? "it says how many sets it imported and how many rows matched nothing"
grep -q "log.csv: line 15: no session on 2026-11-09 00:00:00 has the exercise “Deadlift”$" "$tmp/err"
ok $? "an unmatched row is named by its line"

python3 - "$tmp/plan.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
monday = plan["weeks"][0]["days"][0]["sessions"][0]
log = monday["log"]
assert log["status"] == "done" and log["date"] == "2026-11-09" and log["minutes"] == 55, log
squat = log["items"][0]
assert squat["item"] == "mon0squat1", squat
assert squat["sets"] == [{"reps": 5, "load": 100.0, "unit": "kg"}, {"reps": 5, "load": 100.0, "unit": "kg"},
                         {"reps": 5, "load": 102.5, "unit": "kg"}], squat
assert log["items"][1]["sets"] == [{"hold_seconds": 20}, {"hold_seconds": 15}], log["items"][1]
# Week 4's Monday by its planned day, the name matched case aside.
week4 = plan["weeks"][3]["days"][0]["sessions"][0]["log"]
assert week4["items"][0]["sets"] == [{"reps": 3, "load": 110.0, "unit": "kg"}], week4
assert "log" not in plan["weeks"][2]["days"][0]["sessions"][0]
PY
ok $? "the sets land on the session of their date, by exercise name"
test -f "$tmp/plan.json~"
ok $? "the previous version is kept as PLAN~"

# A quoted field left open: the line is named, the plan left as it was.
cp "$tmp/plan.json" "$tmp/before.json"
printf 'Date,Exercise Name,Weight,Reps\n2026-11-09,"Barbell Back Squat,100,5\n' >"$tmp/open.csv"
$cli import-csv "$tmp/plan.json" "$tmp/open.csv" 2>"$tmp/err"
check_exit $? 2 "a file that cannot be read exits with 2"
grep -q "open.csv: line 2: a quoted field is not closed$" "$tmp/err" && cmp -s "$tmp/plan.json" "$tmp/before.json"
ok $? "the error names the line, and the plan is untouched"

printf 'Date,Exercise Name,Weight,Reps\n2026-11-09,Barbell Back Squat,heavy,5\n' >"$tmp/word.csv"
$cli import-csv "$tmp/plan.json" "$tmp/word.csv" 2>"$tmp/err"
grep -q "word.csv: line 2: the weight “heavy” is not a number from 0 to 2000$" "$tmp/err" &&
  cmp -s "$tmp/plan.json" "$tmp/before.json"
ok $? "a weight that is not a number is refused by line"

$cli import-csv --unit stone "$tmp/plan.json" "$tmp/log.csv" 2>/dev/null
check_exit $? 64 "an unknown unit is a usage error"

exit $fail
