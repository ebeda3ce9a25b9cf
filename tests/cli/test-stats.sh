#!/bin/sh
# regimen-cli stats: the numbers of every week, as text and JSON.
. "$(dirname "$0")/tap.sh"
fixtures=$2/check

echo "1..20"

$cli stats --json "$fixtures/foster-week.json" >"$tmp/json"
check_exit $? 0 "stats --json succeeds"
python3 - "$tmp/json" <<'PY'
import json, math, sys
weeks = json.load(open(sys.argv[1]))["weeks"]
assert len(weeks) == 2
w = weeks[0]
assert w["label"] == "Week 1"
assert w["daily_loads"] == [0, 100, 50, 50, 50, 50, 50], w["daily_loads"]
assert w["load"] == 350
# Foster's test vector: monotony 1.871; strain = 350 x monotony
assert abs(w["monotony"] - 1.8708) < 1e-3, w["monotony"]
assert abs(w["strain"] - 654.79) < 1e-2, w["strain"]
# No weeks before the plan: the chronic load is the baseline, 350 AU; a
# jump is above 1.3 × that (455) and 150 AU more than it (500).
assert abs(w["chronic"] - 350) < 1e-9 and w["lighter"] is False
assert abs(w["budget"] - 500) < 1e-9
assert w["hiit_sessions"] == 0
assert len(w["days"]) == 7 and all("acwr" in d for d in w["days"])
assert w["acwr"] == w["days"][6]["acwr"]
assert abs(w["tsb"] - (w["ctl"] - w["atl"])) < 1e-9
# By hand: the acute load is the plan's days up to each day (0, 100, 150,
# 200, 250, 300, 350), the chronic load before them the baseline, 350 AU.
assert [d["acute"] for d in w["days"]] == [0, 100, 150, 200, 250, 300, 350]
assert all(d["chronic"] == 350 for d in w["days"])
assert abs(w["days"][2]["acwr"] - 150 / 350) < 1e-12
assert abs(w["acwr"] - 1) < 1e-12, w["acwr"]
# CTL (decay e^-1/42) 50.0246, ATL (e^-1/7) 50.4338, TSB -0.4092, seeded at
# 350 / 7 = 50 AU a day.
assert abs(w["ctl"] - 50.02457) < 1e-4, w["ctl"]
assert abs(w["atl"] - 50.43377) < 1e-4, w["atl"]
assert abs(w["tsb"] - -0.40920) < 1e-4, w["tsb"]
# Week 1 was at the baseline, so the 28-day EWMA stays at 350 exactly.
assert weeks[1]["chronic"] == 350
# Week 2's Monday: Tuesday to Sunday of week 1 (350) and its own Monday,
# against the chronic load after week 1's Monday (still 350).
v = weeks[1]["days"][0]
assert v["acute"] == 350 + weeks[1]["daily_loads"][0] and v["chronic"] == 350
assert w["sets_per_muscle"] == {}
# Hard sets only: 3 x 10 squats at 50 % leave about 20 repetitions in reserve
# whatever the session RPE, and push-ups in an RPE 6 session are easy sets.
assert weeks[1]["sets_per_muscle"] == {}, weeks[1]["sets_per_muscle"]
PY
ok $? "the JSON has the loads, Foster's monotony and strain, ACWR and sets"

# Pass 3, N9: a chronic load of almost nothing gave ratios of 1e303 and
# inf ("inf.0" in --json, "inf" in the text, "more than 1.5 × the chronic
# load of 0 AU" in the check). It is compared as 1 AU a week, and stats
# shows no ratio against it: null, "–". A baseline under 1 AU (1e-300,
# 5e-324), which made one, is no baseline now (issue 21, pass 33a's
# leftovers; tests/cli/test-hostile-34-left-c.sh): here a baseline of
# 1 AU and an empty first week leave the chronic load under 1 AU a week
# when week 2 starts.
printf '{"format": "regimen-plan", "version": 1, "athlete": {"baseline_weekly_load": 1}, "weeks": [{"days": [{}, {}, {}, {}, {}, {}, {}]}, {"days": [{"sessions": [{"kind": "cardio", "rpe": 10, "minutes": 600}]}, {}, {}, {}, {}, {}, {}]}, {"days": [{"sessions": [{"kind": "cardio", "rpe": 5, "minutes": 60}]}, {}, {}, {}, {}, {}, {}]}]}' \
  >"$tmp/tiny.json"
$cli stats --json "$tmp/tiny.json" >"$tmp/tiny.out" &&
  python3 - "$tmp/tiny.out" <<'PY'
import json, sys
weeks = json.load(open(sys.argv[1]))["weeks"]
w = weeks[1]
assert 0 < w["chronic"] < 1, w["chronic"]
assert w["acwr"] is None and abs(w["budget"] - 151) < 1e-9, (w["acwr"], w["budget"])
assert all(d["acwr"] is None for d in w["days"]), w["days"]
# Week 3's chronic load is built from week 2's 6000 AU: a ratio again.
assert weeks[2]["chronic"] > 1 and 0 <= weeks[2]["acwr"] < 1, weeks[2]
PY
ok $? "stats --json: a ratio against under 1 AU a week is null, the budget 150 AU more than 1 AU"
$cli stats "$tmp/tiny.json" >"$tmp/tiny.txt"
! grep -qi "inf\|nan" "$tmp/tiny.txt" && grep -q "Acute:chronic ratio *Mon – Tue – Wed – Thu – Fri – Sat – Sun –$" "$tmp/tiny.txt"
ok $? "stats as text says – for it, never inf"
$cli validate "$tmp/tiny.json" >"$tmp/tiny.txt"
[ $? = 1 ] && grep -q "^Error \[LOAD-BUDGET\] Week 2, Monday: 6000 AU .* the chronic load of 1 AU a week .* here more than 301 AU" "$tmp/tiny.txt" &&
  ! grep -q "chronic load of 0 AU\|inf" "$tmp/tiny.txt"
ok $? "the check compares the jump from it with 1 AU a week: still an error, never inf"

$cli stats --json "$fixtures/warnings-only.json" >"$tmp/json"
python3 -c 'import json,sys; w = json.load(open(sys.argv[1]))["weeks"][0]; assert abs(w["chronic"] - w["load"]) < 1e-9 and w["hiit_sessions"] == 2' "$tmp/json"
ok $? "without a baseline the first week is the chronic load"

$cli stats "$fixtures/foster-week.json" >"$tmp/out"
check_exit $? 0 "stats as text succeeds"
grep -q "^Week 2$" "$tmp/out"
ok $? "the text names every week"
grep -q "Monotony *1.87$" "$tmp/out"
ok $? "the text shows the monotony"

# Planned against done (tests/fixtures/plans/logged.json): Monday planned
# RPE 7 x 45 = 315, logged partly 50 min at RPE 8 = 400; Wednesday planned
# 3 x 30 = 90, skipped = 0; Friday planned and done 6 x 40 = 240.
$cli stats --json "$2/plans/logged.json" >"$tmp/logged.json"
check_exit $? 0 "stats --json of a logged plan succeeds"
python3 - "$tmp/logged.json" <<'PY'
import json, sys
w = json.load(open(sys.argv[1]))["weeks"][0]
assert (w["planned_load"], w["done_load"], w["load"]) == (645, 640, 640), w
assert (w["sessions_planned"], w["sessions_logged"], w["sessions_done"], w["sessions_partly"],
        w["sessions_skipped"]) == (3, 3, 1, 1, 1), w
assert w["daily_loads"] == [400, 0, 0, 0, 240, 0, 0], w["daily_loads"]
assert [d["planned_load"] for d in w["days"]] == [315, 0, 90, 0, 240, 0, 0]
monday, wednesday, friday = w["sessions"]
assert (monday["status"], monday["planned_load"], monday["done_load"]) == ("partly", 315, 400), monday
assert (wednesday["status"], wednesday["done_load"]) == ("skipped", 0)
squat = monday["items"][0]
assert squat["planned"] == {"sets": 3, "reps": 10, "load_percent_1rm": 50}, squat
assert squat["done"]["sets"][1] == {"reps": 10, "load": 42.5, "unit": "kg"}, squat
assert friday["items"][0]["done"]["sets"][2] == {"reps": 10, "load": 10, "unit": "lb"}
PY
ok $? "the JSON has planned and done load, sessions done of planned, and each item's prescription and sets"

$cli stats --json "$fixtures/foster-week.json" | python3 -c 'import json,sys; w = json.load(sys.stdin)["weeks"][0]; assert w["sessions_logged"] == 0 and w["done_load"] == 0 and w["planned_load"] == w["load"] and all(s["status"] is None and s["done_load"] is None for s in w["sessions"])'
ok $? "a plan with nothing logged counts as planned, and none of it as done"

$cli stats "$2/plans/logged.json" >"$tmp/out"
grep -q "^  Planned / done load (AU) 645 / 640$" "$tmp/out" &&
  grep -q "^  Sessions done  *1 of 3 (1 partly, 1 skipped, 0 not logged)$" "$tmp/out" &&
  grep -q "^    narrow-stance-squat: planned 3 × 10 · 3-0-1-0 · 50 % 1RM · rest 90 s, done 1 × 10 at 40 kg / 1 × 10 at 42.5 kg / 1 × 8 at 42.5 kg$" "$tmp/out" &&
  grep -q "^    push-up: planned 3 × 12, done 2 × 12 / 1 × 10 at 10 lb$" "$tmp/out"
ok $? "the text shows planned against done, down to the sets, equal sets counted together"

# A planned load in kg reads in --unit, as the check panel shows it; the
# sets done stay as they were logged.
python3 - "$2/plans/logged.json" "$tmp/kg.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
plan["weeks"][0]["days"][4]["sessions"][0]["items"][0]["load_kg"] = 60
json.dump(plan, open(sys.argv[2], "w"))
PY
$cli stats --unit lb "$tmp/kg.json" | grep -q "^    push-up: planned 3 × 12 · 132.3 lb, done 2 × 12 / 1 × 10 at 10 lb$"
ok $? "stats --unit lb shows a planned load in kg in pounds"

$cli stats "$fixtures/foster-week.json" >"$tmp/out"
grep -q "^  Planned / done load (AU) [0-9]* / –$" "$tmp/out"
ok $? "a week with nothing logged has no done load, not one of 0"

$cli stats "$fixtures/broken.json" >/dev/null 2>"$tmp/err"
check_exit $? 2 "an unreadable plan exits with 2"
$cli stats >/dev/null 2>&1
check_exit $? 64 "no plan is a usage error"
$cli stats --help >"$tmp/out" 2>&1
check_exit $? 0 "--help succeeds"


# Pass 3, N9: numbers json-glib would write as 1e-300.0 or inf.0 come out
# as JSON (a ratio beyond a double is null); adv-pass-2 #16: every \u
# escape has capital hexadecimal digits.
# (A chronic load under 1 AU a week, after an empty week from a baseline
# of 1 AU: one under 1 AU, 5e-324, is no baseline now.)
printf '{"format": "regimen-plan", "version": 1, "athlete": {"baseline_weekly_load": 1}, "weeks": [{"days": [{}, {}, {}, {}, {}, {}, {}]}, {"label": "A\\u001b[2J\\u202eB", "days": [{"sessions": [{"kind": "strength", "rpe": 10, "minutes": 600, "items": [{"exercise": "burpee", "sets": 1, "reps": 1, "load_percent_1rm": 1e-300}]}]}, {}, {}, {}, {}, {}, {}]}]}' >"$tmp/tiny.json"
$cli stats --json "$tmp/tiny.json" >"$tmp/tiny.out"
python3 - "$tmp/tiny.out" <<'PY'
import json, sys
week = json.load(open(sys.argv[1]))["weeks"][1]
assert week["acwr"] is None, week["acwr"]
assert week["sessions"][0]["items"][0]["planned"]["load_percent_1rm"] == 1e-300
PY
ok $? "stats --json stays JSON for a tiny baseline and load (no 1e-300.0, no inf.0)"
grep -q '"label" : "A\\u001B\[2J\\u202EB"' "$tmp/tiny.out"
ok $? "C0 and bidi controls are escaped alike, with capital digits"

exit $fail
