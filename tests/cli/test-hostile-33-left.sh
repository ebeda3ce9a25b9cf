#!/bin/sh
# Hostile files, session 33 (issue 21, pass 32's leftovers): the command
# line.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..3"

# RFC 5545 wants at least one component in a calendar: a plan with no
# session (no week, or weeks of empty days) was written as a VCALENDAR
# with none. It is refused saying why, exit 1, and a previous export is
# left as it was.
printf '%s' '{"format":"regimen-plan","version":1,"start_date":"2026-11-23","weeks":[]}' >"$tmp/no-weeks.json"
printf 'BEGIN:VCALENDAR\r\nearlier\r\n' >"$tmp/earlier.ics"
cp "$tmp/earlier.ics" "$tmp/kept.ics"
$cli export-ics "$tmp/no-weeks.json" -o "$tmp/kept.ics" >"$tmp/out" 2>"$tmp/err"
check_exit $? 1 "export-ics of a plan without weeks is refused with exit 1"
grep -qF "regimen-cli export-ics: $tmp/no-weeks.json: The plan has no session, and a calendar needs at least one event" "$tmp/err" &&
  cmp -s "$tmp/earlier.ics" "$tmp/kept.ics" && [ ! -s "$tmp/out" ]
ok $? "it says the plan has no session and leaves the previous calendar whole"
python3 - "$plans/one-week.json" "$tmp/empty-days.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
for week in plan["weeks"]:
    for day in week["days"]:
        day["sessions"] = []
json.dump(plan, open(sys.argv[2], "w"))
PY
$cli export-ics "$tmp/empty-days.json" >"$tmp/out" 2>"$tmp/err"; status=$?
[ $status = 1 ] && [ ! -s "$tmp/out" ] && grep -q "has no session" "$tmp/err"
ok $? "weeks whose days hold no session are refused too, nothing on standard output (exit $status)"

exit $fail
