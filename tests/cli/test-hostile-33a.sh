#!/bin/sh
# Issue 21, adversarial pass 33a (hostile files): what a plan's texts at
# their limits do to what the command line says and writes.
. "$(dirname "$0")/tap.sh"
fixtures=$2

echo "1..11"

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

# Custom exercises named only with what shows nothing, in an
# exercises.json edited by hand: a zero-width space, two line breaks,
# three spaces. Each is named by its id wherever it is shown (the
# library's list and page, the check, the printed sheet, the calendar),
# where each was a blank: “the progression rule of  does not fit it”, a
# row of the sheet with no name. The file keeps the names.
mkdir -p "$tmp/data/regimen"
cat >"$tmp/data/regimen/exercises.json" <<'JSON'
{"format": "regimen-exercises", "version": 1, "exercises": [
  {"id": "custom-zw", "name": "\u200b", "category": "strength"},
  {"id": "custom-nl", "name": "\n\n", "category": "strength"},
  {"id": "custom-sp", "name": "   ", "category": "strength"}]}
JSON
python3 - "$fixtures/plans/one-week.json" "$tmp/custom.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
items = plan["weeks"][0]["days"][0]["sessions"][0]["items"]
items[0]["exercise"] = "custom-zw"
items[0]["progression"] = {"rule": "add", "weeks": 2, "member": "hold_seconds", "step": 5}
items[1]["exercise"] = "custom-nl"
json.dump(plan, open(sys.argv[2], "w"), indent=2)
PY

XDG_DATA_HOME="$tmp/data" $cli library list --search custom- >"$tmp/library.out" 2>&1
grep -q '^custom-zw  *custom-zw  *Strength' "$tmp/library.out" &&
  grep -q '^custom-nl  *custom-nl  *Strength' "$tmp/library.out" &&
  grep -q '^custom-sp  *custom-sp  *Strength' "$tmp/library.out"
ok $? "library list names each of them by its id: $(grep custom-zw "$tmp/library.out")"

XDG_DATA_HOME="$tmp/data" $cli library show custom-nl >"$tmp/show.out" 2>&1
[ "$(head -n 1 "$tmp/show.out")" = custom-nl ]
ok $? "library show titles the page with the id: $(head -n 1 "$tmp/show.out")"

XDG_DATA_HOME="$tmp/data" $cli validate "$tmp/custom.json" >"$tmp/custom-validate.out" 2>&1
grep -q 'the progression rule of custom-zw does not fit it' "$tmp/custom-validate.out"
ok $? "the check names the exercise by its id: $(grep 'progression rule' "$tmp/custom-validate.out")"

XDG_DATA_HOME="$tmp/data" $cli print "$tmp/custom.json" -o "$tmp/custom.pdf" &&
  pdftotext "$tmp/custom.pdf" - | grep -q 'custom-nl'
ok $? "the printed sheet names the exercise by its id"

XDG_DATA_HOME="$tmp/data" $cli export-ics "$tmp/custom.json" -o "$tmp/custom.ics" &&
  python3 - "$tmp/custom.ics" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8", newline="").read().replace("\r\n ", "")
description = next(line for line in text.split("\r\n") if line.startswith("DESCRIPTION:"))
assert "\\n1a custom-zw: 3 × 10" in description and "\\ncustom-nl: 2 × 20 s" in description, description
PY
ok $? "the calendar's event lists the exercises by their ids"

exit $fail
