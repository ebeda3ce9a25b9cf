#!/bin/sh
# regimen-cli import-csv: the sets of a CSV in Strong's columns logged into
# a plan by date and exercise name; rows no session takes named by line;
# bad files refused with the plan untouched; saved atomically.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..19"

# The logged plan's own export, read into the same plan with its log
# removed, gives back its sets (each session logged as done).
$cli export-csv "$plans/logged-weeks.json" -o "$tmp/log.csv"
without_log "$plans/logged-weeks.json" "$tmp/plan.json"
printf '%s\r\n' '2026-11-09 00:00:00,Lower body,55m,Deadlift,1,100,5,,,,,' \
  '"2026-11-30 00:00:00","Lower body","50m","barbell back squat",1,110,3,,,,,' >>"$tmp/log.csv"
$cli import-csv "$tmp/plan.json" "$tmp/log.csv" >"$tmp/out" 2>"$tmp/err"
check_exit $? 0 "import-csv logs what matches"
grep -q "^Imported 14 sets; 1 row not imported.$" "$tmp/out"
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
ok $? "a weight that is not a number is named by its line"

$cli import-csv --unit stone "$tmp/plan.json" "$tmp/log.csv" 2>/dev/null
check_exit $? 64 "an unknown unit is a usage error"

# One exercise twice in a session (top set and back-off sets) and in two
# sessions of one day, titled apart or alike: the export read back into
# the plan leaves it as it was, byte for byte.
python3 - "$plans/logged-weeks.json" "$tmp/twice.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
def squat(id, sets):
    return {"id": id, "exercise": "barbell-back-squat", "sets": len(sets), "reps": sets[0][0]}
def logged(id, sets):
    return {"item": id, "sets": [{"reps": r, "load": l, "unit": "kg"} for r, l in sets]}
monday = plan["weeks"][0]["days"][0]
morning = monday["sessions"][0]
morning["items"].append(squat("mon0squat2", [(8, 80), (8, 77.5)]))
morning["log"]["items"].append(logged("mon0squat2", [(8, 80), (8, 77.5)]))
monday["sessions"].append({"id": "mon0sess02", "title": "Evening", "kind": "strength", "rpe": 7, "minutes": 20,
                           "items": [squat("mon0squat3", [(3, 90)])],
                           "log": {"status": "done", "date": "2026-11-09", "minutes": 20,
                                   "items": [logged("mon0squat3", [(3, 90)])]}})
wednesday = plan["weeks"][0]["days"][2]
for n, sets in enumerate([[(5, 60), (5, 62.5)], [(4, 70)]]):
    wednesday["sessions"].append({"id": "wed0sess0%d" % n, "title": "Squat", "kind": "strength", "rpe": 6, "minutes": 30,
                                  "items": [squat("wed0squat%d" % n, sets)],
                                  "log": {"status": "done", "date": "2026-11-11", "minutes": 30,
                                          "items": [logged("wed0squat%d" % n, sets)]}})
json.dump(plan, open(sys.argv[2], "w"))
PY
$cli format "$tmp/twice.json" && cp "$tmp/twice.json" "$tmp/twice-before.json" &&
  $cli export-csv "$tmp/twice.json" -o "$tmp/twice.csv" &&
  $cli import-csv "$tmp/twice.json" "$tmp/twice.csv" >/dev/null
check_exit $? 0 "a plan's own export imports into it"
$cli format "$tmp/twice.json" && cmp "$tmp/twice.json" "$tmp/twice-before.json" >&2
ok $? "each set goes back to its own item and session: the plan is unchanged"

# Bad numbers are rows left out, not a refused file; the rest is imported.
printf 'Date,Exercise Name,Weight,Reps
%s
%s
%s
%s
%s
'   '2026-11-23,Barbell Back Squat,0x10,5' '2026-11-23,Barbell Back Squat,1e3,5'   '2026-11-23,Barbell Back Squat, 100 ,+5' '2026-11-23,Barbell Back Squat,1e-300,5'   '2026-11-23,Barbell Back Squat, 102.5 ,5 ' >"$tmp/numbers.csv"
$cli import-csv "$tmp/plan.json" "$tmp/numbers.csv" >"$tmp/out" 2>"$tmp/err"
check_exit $? 0 "a file with bad numbers imports its good rows"
grep -q "numbers.csv: line 2: the weight “0x10” is not a number from 0 to 2000$" "$tmp/err" &&
  grep -q "numbers.csv: line 3: the weight “1e3” is not a number from 0 to 2000$" "$tmp/err" &&
  grep -q "numbers.csv: line 4: Reps “+5” is not a whole number from 0 to 1000$" "$tmp/err" &&
  grep -q "numbers.csv: line 5: the weight “1e-300” is not a number from 0 to 2000$" "$tmp/err" &&
  grep -q "^Imported 1 set; 4 rows not imported.$" "$tmp/out"
ok $? "hexadecimal, exponents and signs are named by line; spaces around a number are not"

# A spreadsheet's CSV in Windows-1252 (an “é” as the byte 0xE9), or one
# with a NUL byte, is refused naming the line and column of the byte, as
# every other bad file is named by its line; the plan stays as it was.
cp "$plans/logged.json" "$tmp/latin.json"
printf 'Date,Exercise Name,Weight,Reps,Notes\r\n2026-11-24,Narrow Stance Squat,40,10,"Easy\r\nthen h\303\266rd"\r\n2026-11-24,Narrow Stance Squat,40,10,Caf\351 first\r\n' \
  >"$tmp/latin.csv"
$cli import-csv "$tmp/latin.json" "$tmp/latin.csv" 2>"$tmp/err"
check_exit $? 2 "a CSV that is not UTF-8 is refused"
grep -q "^regimen-cli import-csv: $tmp/latin.csv: line 4, column 41: the file is not UTF-8 text (a byte 0xE9 there); save it as UTF-8 CSV$" "$tmp/err" &&
  cmp -s "$tmp/latin.json" "$plans/logged.json"
ok $? "naming the line and column of the byte (lines of quoted notes counted), the plan untouched"
printf 'Date,Exercise Name,Weight,Reps\n2026-11-24,Narr\303\266w\000,40,10\n' >"$tmp/nul.csv"
$cli import-csv "$tmp/latin.json" "$tmp/nul.csv" 2>"$tmp/err"
check_exit $? 2 "a CSV with a NUL byte is refused"
grep -q "^regimen-cli import-csv: $tmp/nul.csv: line 2, column 18: the file holds a NUL byte; it is not UTF-8 text$" "$tmp/err"
ok $? "naming where the NUL byte is"

# A file for another plan: the first 50 rows by line, then a count.
{
  echo 'Date,Exercise Name,Weight,Reps'
  echo '2026-11-23,Barbell Back Squat,100,5'
  i=0
  while [ $i -lt 60 ]; do echo '2026-11-23,Deadlift,100,5'; i=$((i + 1)); done
} >"$tmp/many.csv"
$cli import-csv "$tmp/plan.json" "$tmp/many.csv" >/dev/null 2>"$tmp/err"
[ "$(grep -c 'has the exercise “Deadlift”$' "$tmp/err")" = 50 ] && [ "$(wc -l <"$tmp/err")" = 51 ] &&
  grep -q "many.csv: line 52: no session" "$tmp/err" && ! grep -q "many.csv: line 53:" "$tmp/err" &&
  grep -q "many.csv: and 10 more rows$" "$tmp/err"
ok $? "rows no session takes are listed up to 50, then counted"

# A cell holding an invisible character (a zero-width space pasted with
# the name, a soft hyphen, a byte order mark) is quoted with it spelt:
# “Barbell Back Squat” said not to match looked like the plan's own name.
# (Names are compared without them since session 44, as export-csv
# leaves them out: these two match nothing for their letters.)
printf 'Date,Exercise Name,Weight,Reps\n2026-11-23,Barbell Front Squat\342\200\213,100,5\n2026-11-23,Dead\302\255lift\357\273\277,100,5\n' \
  >"$tmp/unseen.csv"
$cli import-csv "$tmp/plan.json" "$tmp/unseen.csv" >/dev/null 2>"$tmp/err"
grep -q "unseen.csv: line 2: no session on 2026-11-23 has the exercise “Barbell Front Squat\[U+200B\]”$" "$tmp/err" &&
  grep -q "unseen.csv: line 3: no session on 2026-11-23 has the exercise “Dead\[U+00AD\]lift\[U+FEFF\]”$" "$tmp/err"
ok $? "a cell's invisible characters are spelt where a message quotes it"

exit $fail
