#!/bin/sh
# Hostile files, session 33 (issue 21, pass 32's leftovers): the command
# line.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..12"

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

# An id typed with a character that shows as nothing (a zero-width space
# pasted from a web page) was said back as “pistol-squat”, not found,
# beside the suggestion “pistol-squat”: the typed id is spelt.
zwsp=$(printf '\342\200\213')
$cli library show "pistol-squat$zwsp" >"$tmp/out" 2>"$tmp/err"; status=$?
[ $status = 64 ] && grep -qF 'regimen-cli library show: No exercise has the id “pistol-squat[U+200B]”.' "$tmp/err" &&
  grep -q '^  pistol-squat ' "$tmp/err"
ok $? "library show spells the unseen character of an id no exercise has (exit $status)"
$cli render "pistol-squat$zwsp" -o "$tmp/figure.png" >"$tmp/out" 2>"$tmp/err"; status=$?
[ $status = 64 ] && grep -qF 'regimen-cli render: No exercise has the id “pistol-squat[U+200B]”.' "$tmp/err" &&
  [ ! -e "$tmp/figure.png" ]
ok $? "render spells it too (exit $status)"
$cli new --template "strong-enough-to-run$zwsp" -o "$tmp/new.json" >"$tmp/out" 2>"$tmp/err"; status=$?
[ $status = 64 ] && grep -qF 'regimen-cli new: No template has the id “strong-enough-to-run[U+200B]”.' "$tmp/err" &&
  [ ! -e "$tmp/new.json" ]
ok $? "new --template spells a template id no template has (exit $status)"
cp "$plans/one-week.json" "$tmp/log.json"
$cli log "$tmp/log.json" --session "3idq$zwsp" --status done >"$tmp/out" 2>"$tmp/err"; status=$?
[ $status = 2 ] && grep -qF 'no session has the id or code “3idq[U+200B]”' "$tmp/err" &&
  cmp -s "$plans/one-week.json" "$tmp/log.json"
ok $? "log spells a session id no session has, the plan left as it was (exit $status)"

# A date in another form (“7.12.26”) was refused without naming the
# option: the message names --start or --date, what it was given and the
# form to write.
$cli new --start 7.12.26 -o "$tmp/dated.json" >"$tmp/out" 2>"$tmp/err"; status=$?
[ $status = 64 ] && grep -qF 'regimen-cli new: --start “7.12.26” is not a date from 1900 to 2999; write it as YYYY-MM-DD' "$tmp/err" &&
  [ ! -e "$tmp/dated.json" ]
ok $? "new names --start, the value and YYYY-MM-DD (exit $status)"
named=0
$cli export-ics "$plans/one-week.json" --start 7.12.26 -o "$tmp/dated.ics" 2>"$tmp/err"
grep -qF 'regimen-cli export-ics: --start “7.12.26” is not a date' "$tmp/err" && [ ! -e "$tmp/dated.ics" ] || named=$((named + 1))
$cli export-csv "$plans/one-week.json" --start 7.12.26 -o "$tmp/dated.csv" 2>"$tmp/err"
grep -qF 'regimen-cli export-csv: --start “7.12.26” is not a date' "$tmp/err" && [ ! -e "$tmp/dated.csv" ] || named=$((named + 1))
printf 'Date,Session\n' >"$tmp/empty.csv"
$cli import-csv "$tmp/log.json" "$tmp/empty.csv" --start 7.12.26 2>"$tmp/err"
grep -qF 'regimen-cli import-csv: --start “7.12.26” is not a date' "$tmp/err" || named=$((named + 1))
[ $named = 0 ]; ok $? "export-ics, export-csv and import-csv name --start ($named did not)"
$cli log "$tmp/log.json" --session 3idq --status done --date 7.12.26 >"$tmp/out" 2>"$tmp/err"; status=$?
[ $status = 64 ] && grep -qF 'regimen-cli log: --date “7.12.26” is not a date from 1900 to 2999; write it as YYYY-MM-DD' "$tmp/err" &&
  cmp -s "$plans/one-week.json" "$tmp/log.json"
ok $? "log names --date, the plan left as it was (exit $status)"

# On a FUSE or NFS folder a signal whose handler was installed without
# SA_RESTART interrupts a call, which fails with EINTR: the save failed,
# “(Interrupted system call)”. The preloaded module interrupts every other
# open, openat, fsync, link, rename and flock in the folder, so each call
# of the save is interrupted once; it is tried again and the save is done.
mkdir "$tmp/eintr"
dir=$(cd "$tmp/eintr" && pwd -P)
cp "$plans/logged-weeks.json" "$dir/plan.json"
echo older >"$dir/plan.json~"
if ldd "$bare_cli" | grep -q libasan || [ -z "${REGIMEN_EINTR_MODULE:-}" ]; then
  for i in 1 2; do
    n=$((n + 1)); echo "ok $n # SKIP no interrupting folder preloaded under AddressSanitizer"
  done
else
  LD_PRELOAD="$REGIMEN_EINTR_MODULE" REGIMEN_EINTR_DIR="$dir" \
    $bare_cli week insert "$dir/plan.json" 1 >"$tmp/out" 2>"$tmp/err"; status=$?
  [ $status = 0 ] && cmp -s "$plans/logged-weeks.json" "$dir/plan.json~" &&
    [ "$(ls -A "$dir")" = "$(printf 'plan.json\nplan.json~')" ] &&
    [ "$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["weeks"]))' "$dir/plan.json")" = \
      "$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["weeks"]) + 1)' "$plans/logged-weeks.json")" ]
  ok $? "week insert saves the plan and its previous version when each call is interrupted once (exit $status): $(tr "\n" " " <"$tmp/err")"
  LD_PRELOAD="$REGIMEN_EINTR_MODULE" REGIMEN_EINTR_DIR="$dir" \
    $bare_cli format "$dir/plan.json" -o "$dir/formatted.json" >"$tmp/out" 2>"$tmp/err"; status=$?
  [ $status = 0 ] && $cli validate "$dir/formatted.json" >/dev/null
  ok $? "format writes a new file there too (exit $status): $(tr "\n" " " <"$tmp/err")"
fi

exit $fail
