#!/bin/sh
# Issue 21, adversarial pass 33a (hostile files): what a plan's texts at
# their limits do to what the command line says and writes.
. "$(dirname "$0")/tap.sh"
fixtures=$2

echo "1..6"

# A session titled with a zero-width space, and one with three spaces: a
# title that shows nothing, which a file edited by hand or pasted from a
# web page holds. The session is named by its kind, as one without a title
# is (and as a week's label of such characters is shown as none): it was
# named as a blank everywhere, “Week 1, Monday, “​”: one of 1 HIIT
# session this week (Monday “​”)”, a summary “​ (Strength)” in the
# calendar, a blank name in `log --list` and `stats`. The file keeps the
# title as it was.
python3 - "$fixtures/plans/logged.json" "$tmp/blank.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
days = plan["weeks"][0]["days"]
days[0]["sessions"][0]["title"] = "\u200b"
days[2]["sessions"][0]["title"] = "   "
plan["athlete"]["max_hiit_per_week"] = 0
json.dump(plan, open(sys.argv[2], "w"), indent=2)
PY

$cli validate "$tmp/blank.json" >"$tmp/validate.out" 2>&1
grep -q 'Week 1, Monday, “Strength”: one of 1 HIIT session this week (Monday “Strength”)' "$tmp/validate.out" &&
  ! grep -q "$(printf '“\342\200\213”')" "$tmp/validate.out"
ok $? "the check names a session titled with a zero-width space by its kind: $(grep HIIT "$tmp/validate.out" | head -n 1)"

$cli log --list "$tmp/blank.json" >"$tmp/list.out" 2>&1
grep -q '^3idq5p2ox2  week 1 Mon  Strength  (Partly done)$' "$tmp/list.out" &&
  grep -q '^wedrun0001  week 1 Wed  Cardio  (Skipped)$' "$tmp/list.out"
ok $? "log --list names the sessions titled with nothing to see by their kinds"

$cli stats "$tmp/blank.json" >"$tmp/stats.out" 2>&1
grep -q '^  Mon “Strength” (Partly done)$' "$tmp/stats.out" &&
  grep -q '^  Wed “Cardio” (Skipped)$' "$tmp/stats.out"
ok $? "stats names them by their kinds"

$cli export-ics "$tmp/blank.json" -o "$tmp/blank.ics"
check_exit $? 0 "export-ics writes the plan"
tr -d '\r' <"$tmp/blank.ics" | grep '^SUMMARY:' >"$tmp/summaries"
printf 'SUMMARY:Strength\nSUMMARY:Cardio\nSUMMARY:Upper body (Strength)\n' | cmp -s - "$tmp/summaries"
ok $? "each event's summary is the kind, as for a session without a title: $(tr '\n' ' ' <"$tmp/summaries")"

# The file keeps the titles: only what is shown changes.
$cli format "$tmp/blank.json" -o "$tmp/formatted.json" &&
  python3 - "$tmp/formatted.json" <<'PY'
import json, sys
days = json.load(open(sys.argv[1]))["weeks"][0]["days"]
assert days[0]["sessions"][0]["title"] == "\u200b", days[0]["sessions"][0]
assert days[2]["sessions"][0]["title"] == "   ", days[2]["sessions"][0]
PY
ok $? "the plan written again keeps the titles as they were"

exit $fail
