#!/bin/sh
# Issue 21, pass 33a's leftovers (c): texts that show nothing where a
# person reads them, on the command line.
. "$(dirname "$0")/tap.sh"
fixtures=$2

pdf_text () {
  pdftotext "$1" - | tr '\n\f' '  ' | tr -s ' '
}

echo "1..8"

# An acknowledgement whose reason is a zero-width space, which Regimen
# before session 33 took from a paste into its acknowledge dialog: the
# plan is read (refused, a plan Regimen saved would no longer open), and
# the reason is spelt where it is shown, on the sheet and by validate,
# where both said “Acknowledged: ” and a blank.
$cli validate --json "$fixtures/check/too-much-hiit.json" >"$tmp/check.json"
python3 - "$fixtures/check/too-much-hiit.json" "$tmp/check.json" "$tmp/ack.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
d = json.load(open(sys.argv[2]))["diagnostics"]
first = [x for x in d if x["severity"] == "error"][0]
plan["acknowledgements"] = [{"finding": first["key"], "fingerprint": first["fingerprint"],
                             "reason": "\u200b"}]
json.dump(plan, open(sys.argv[3], "w"), indent=2)
PY
$cli validate "$tmp/ack.json" >"$tmp/out" 2>&1
status=$?
grep -q 'Acknowledged: \[U+200B\]' "$tmp/out"
ok $? "a reason of a zero-width space is read and spelt by validate (exit $status: $(grep Acknowledged "$tmp/out"))"
$cli print "$tmp/ack.json" -o "$tmp/ack.pdf" >/dev/null 2>&1
pdf_text "$tmp/ack.pdf" | grep -q 'Acknowledged HIIT-FREQ: \[U+200B\]'
ok $? "the sheet spells a reason of a zero-width space"

# A session titled with a zero-width space, against the same session
# without a title: diff spells the title, as the check and import-csv
# quote such a text. It said “title “” → —”, a change from nothing to
# nothing.
python3 - "$fixtures/plans/one-week.json" "$tmp/untitled.json" "$tmp/zw.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
session = plan["weeks"][0]["days"][0]["sessions"][0]
session.pop("title", None)
json.dump(plan, open(sys.argv[2], "w"), indent=2)
session["title"] = "\u200b"
json.dump(plan, open(sys.argv[3], "w"), indent=2)
PY
$cli diff "$tmp/zw.json" "$tmp/untitled.json" >"$tmp/diff.out" 2>&1
grep -q 'title “\[U+200B\]” → —' "$tmp/diff.out" &&
  ! grep -q 'title “” → —' "$tmp/diff.out"
ok $? "diff spells a title of a zero-width space: $(grep title "$tmp/diff.out" | head -n 1)"

$cli diff "$tmp/untitled.json" "$tmp/zw.json" >"$tmp/diff.out" 2>&1
grep -q 'title — → “\[U+200B\]”' "$tmp/diff.out"
ok $? "and the other way round: $(grep title "$tmp/diff.out" | head -n 1)"

# A baseline under 1 AU a week (less than one minute at RPE 1: 1e-300,
# 0.3) is unknown, as 0 is: the check said “the baseline of 0 AU” while
# it counted it as known, turning LOAD-BUDGET on and seeding the chronic
# load at almost nothing. The check and stats now read such a plan as the
# same plan without a baseline (week 3's jump is a warning, not a
# LOAD-BUDGET error against the baseline); the file keeps the number.
for baseline in 0 1e-300 0.3 1; do
  printf '{"format": "regimen-plan", "version": 1, "athlete": {"baseline_weekly_load": %s}, "weeks": [{"days": [{"sessions": [{"id": "big", "kind": "cardio", "rpe": 10, "minutes": 600}]}, {}, {}, {}, {}, {}, {}]}, {"days": [{"sessions": [{"id": "easy", "kind": "cardio", "rpe": 5, "minutes": 60}]}, {}, {}, {}, {}, {}, {}]}, {"days": [{"sessions": [{"id": "jump1", "kind": "cardio", "rpe": 10, "minutes": 600}, {"id": "jump2", "kind": "cardio", "rpe": 10, "minutes": 600}]}, {}, {}, {}, {}, {}, {}]}]}' \
    "$baseline" >"$tmp/baseline-$baseline.json"
  $cli validate "$tmp/baseline-$baseline.json" >"$tmp/validate-$baseline.out" 2>&1
  $cli stats --json "$tmp/baseline-$baseline.json" >"$tmp/stats-$baseline.out" 2>&1
done
r=0
for baseline in 1e-300 0.3; do
  ! grep -q "LOAD-BUDGET\|baseline of 0 AU" "$tmp/validate-$baseline.out" &&
    cmp -s "$tmp/validate-0.out" "$tmp/validate-$baseline.out" &&
    cmp -s "$tmp/stats-0.out" "$tmp/stats-$baseline.out" || r=1
done
[ $r = 0 ]
ok $? "a baseline of 1e-300 or 0.3 AU is checked and counted as none: $(grep -h 'LOAD-BUDGET' "$tmp/validate-1e-300.out" "$tmp/validate-0.3.out" | head -n 1)"

grep -q "^Error \[LOAD-BUDGET\] Week 1, Monday: .*baseline of 1 AU" "$tmp/validate-1.out"
ok $? "one of 1 AU counts: $(grep -h 'LOAD-BUDGET' "$tmp/validate-1.out" | head -n 1)"

$cli format "$tmp/baseline-1e-300.json" -o "$tmp/formatted.json" &&
  python3 -c 'import json, sys; assert json.load(open(sys.argv[1]))["athlete"]["baseline_weekly_load"] == 1e-300' "$tmp/formatted.json"
ok $? "the file keeps the baseline as it was"

python3 -c 'import json, sys; w = json.load(open(sys.argv[1]))["weeks"][0]; assert w["acwr"] is not None, w' "$tmp/stats-1e-300.out"
ok $? "stats seeds the chronic load from the first week, as without a baseline: a ratio, where it was none against almost nothing"

exit $fail
