#!/bin/sh
# regimen-cli stats: the numbers of every week, as text and JSON.
. "$(dirname "$0")/tap.sh"
fixtures=$2/check

echo "1..9"

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
assert abs(w["budget"] - 455) < 1e-9
assert w["hiit_sessions"] == 0
assert len(w["days"]) == 7 and all("acwr" in d for d in w["days"])
assert w["acwr"] == w["days"][6]["acwr"]
assert abs(w["tsb"] - (w["ctl"] - w["atl"])) < 1e-9
for key in ("ctl", "atl", "tsb", "acwr"):
    assert math.isfinite(w[key])
assert w["sets_per_muscle"] == {}
assert weeks[1]["sets_per_muscle"]["quadriceps"] == 3, weeks[1]["sets_per_muscle"]
assert weeks[1]["sets_per_muscle"]["chest"] == 3
PY
ok $? "the JSON has the loads, Foster's monotony and strain, ACWR and sets"

$cli stats --json "$fixtures/warnings-only.json" >"$tmp/json"
python3 -c 'import json,sys; w = json.load(open(sys.argv[1]))["weeks"][0]; assert w["budget"] is None and w["hiit_sessions"] == 2' "$tmp/json"
ok $? "no baseline means no budget (null)"

$cli stats "$fixtures/foster-week.json" >"$tmp/out"
check_exit $? 0 "stats as text succeeds"
grep -q "^Week 2$" "$tmp/out"
ok $? "the text names every week"
grep -q "Monotony *1.87$" "$tmp/out"
ok $? "the text shows the monotony"

$cli stats "$fixtures/broken.json" >/dev/null 2>"$tmp/err"
check_exit $? 2 "an unreadable plan exits with 2"
$cli stats >/dev/null 2>&1
check_exit $? 64 "no plan is a usage error"
$cli stats --help >"$tmp/out" 2>&1
check_exit $? 0 "--help succeeds"

exit $fail
