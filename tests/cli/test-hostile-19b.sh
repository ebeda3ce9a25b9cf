#!/bin/sh
# Issue 21, pass 19 (core and command line): sets given to a session
# logged as skipped, which no figure, export or form reads, are refused
# by log and left out by import-csv instead of said to be recorded; and
# progress says a rule's load step and cap as they were typed.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..14"

# log --status skipped with sets: the app's log form asks for none and
# drops the exercises' entries, export-csv writes no row of a skipped
# session, so the sets were kept where nothing would ever show them.
cp "$plans/progression.json" "$tmp/skip.json"
cp "$tmp/skip.json" "$tmp/before.json"
LANGUAGE=C $cli log "$tmp/skip.json" --session 3idq --status skipped --item pku4 --set 5x60kg 2> "$tmp/err"
check_exit $? 64 "log --status skipped with a set is wrong usage"
grep -q "^regimen-cli log: a skipped session has no sets or exercise notes; leave out --item, or log it as partly$" \
  "$tmp/err"
ok $? "the message says a skipped session has no sets ($(cat "$tmp/err"))"
cmp -s "$tmp/skip.json" "$tmp/before.json" && [ ! -e "$tmp/skip.json~" ]
ok $? "nothing is written"
LANGUAGE=C $cli log "$tmp/skip.json" --session 3idq --status skipped --item pku4 --item-note "knee" 2> /dev/null
check_exit $? 64 "an exercise's note for a skipped session is refused too"
$cli log "$tmp/skip.json" --session 3idq --status skipped --note "sick" > /dev/null
check_exit $? 0 "a skipped session with its note is logged"

# import-csv of a row for that session: it said “Imported 1 set” and
# kept a set that the export, the figures and the form never read.
cp "$tmp/skip.json" "$tmp/skipped.json"
printf 'Date,Exercise Name,Weight,Reps\r\n2026-11-23,Narrow Stance Squat,60,5\r\n' > "$tmp/skipped.csv"
LANGUAGE=C $cli import-csv "$tmp/skip.json" "$tmp/skipped.csv" > "$tmp/out" 2> "$tmp/err"
check_exit $? 2 "a file whose only row is for a skipped session imports nothing"
grep -q "^regimen-cli import-csv: .*skipped.csv: line 2: “Lower body A” on 2026-11-23 is logged as skipped; log it as done or partly first to import its sets$" "$tmp/err"
ok $? "the row is told with its line and the session ($(head -1 "$tmp/err"))"
cmp -s "$tmp/skip.json" "$tmp/skipped.json"
ok $? "the plan is left as it was, the skipped log as logged"

# The other rows of the file are imported; the skipped one is counted out.
printf 'Date,Exercise Name,Weight,Reps\n2026-11-23,Narrow Stance Squat,60,5\n2026-11-30,Narrow Stance Squat,62.5,5\n' \
  > "$tmp/mixed.csv"
LANGUAGE=C $cli import-csv "$tmp/skip.json" "$tmp/mixed.csv" > "$tmp/out" 2> "$tmp/err"
check_exit $? 0 "a file with another row imports that row"
/usr/bin/python3 - "$tmp/skip.json" <<'PY'
import json, sys
weeks = json.load(open(sys.argv[1]))["weeks"]
first = weeks[0]["days"][0]["sessions"][0]["log"]
second = weeks[1]["days"][0]["sessions"][0]["log"]
assert first["status"] == "skipped" and first["note"] == "sick" and not first.get("items"), first
assert second["status"] == "done" and second["items"][0]["sets"] == [{"reps": 5, "load": 62.5, "unit": "kg"}], second
PY
ok $? "week 2's set is logged and week 1 stays skipped without sets"
grep -q "^Imported 1 set; 1 row not imported\.$" "$tmp/out"
ok $? "the line counts one set, and the skipped session's row as not imported, not as matching no session ($(cat "$tmp/out"))"

# A rule's step and cap in pounds, typed with two decimals (the 1.25 lb
# plates), were said to a tenth of a pound, “add 1.2 lb each week up to
# 48.8 lb”, and a step of 0.125 kg as “add 0.12 kg each week”. (A step
# below 0.01 kg, once said as “add 0 kg”, is refused: hostile-18-left.)
cp "$plans/progression.json" "$tmp/rule.json"
$cli item edit "$tmp/rule.json" --item pku4 --load 45lb > /dev/null
ok $? "the squat given a load of 45 lb"
LANGUAGE=C $cli progress "$tmp/rule.json" --item pku4 --add 1.25lb --up-to 48.75lb --weeks 4 > "$tmp/out"
grep -q "^narrow-stance-squat (week 1, Mon): add 1.25 lb each week up to 48.75 lb, for 4 weeks; 3 weeks written\.$" \
  "$tmp/out"
ok $? "the step and the cap are said as typed ($(cat "$tmp/out"))"
LANGUAGE=C $cli progress "$tmp/rule.json" --item pku4 --add 0.125kg --weeks 4 > "$tmp/out"
grep -q "^narrow-stance-squat (week 1, Mon): add 0.125 kg each week, for 4 weeks; 3 weeks written\.$" "$tmp/out"
ok $? "a step of an eighth of a kilogram is said as typed ($(cat "$tmp/out"))"

exit $fail
