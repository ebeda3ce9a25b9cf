#!/bin/sh
# What the adversarial passes left in the progression rules and their
# messages (issue #21), each on a real file in a call or two.
. "$(dirname "$0")/tap.sh"

echo "1..6"

# week copy kept "added_by_rule" on the copy: a week the person copied
# is the person's, and removing the rule must never remove it.
cp "$2/plans/progression.json" "$tmp/plan.json"
$cli progress "$tmp/plan.json" --item pku4 --add 1% --weeks 6 >/dev/null &&
  $cli week insert "$tmp/plan.json" 7 >/dev/null &&
  $cli week copy "$tmp/plan.json" 6 7 >/dev/null &&
  python3 -c 'import json, sys; w = json.load(open(sys.argv[1]))["weeks"]; sys.exit(not (len(w) == 7 and w[5]["added_by_rule"] is True and "added_by_rule" not in w[6]))' "$tmp/plan.json"
ok $? "a copied week does not carry the rule's added_by_rule mark"

# An exercise a rule wrote (j3jv, from pku4) carrying a rule of its own
# was read, validated clean and dropped without a word when pku4's rule
# was applied again. One rule owns what it writes: the check reports the
# second rule, and applying or removing the first is refused until that
# rule is removed, the file untouched.
python3 - "$2/plans/progression.json" "$tmp/chained.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
item = plan["weeks"][1]["days"][0]["sessions"][0]["items"][0]
assert item["id"] == "j3jvbtugre" and item["progressed_from"] == "pku4rcrzoo"
item["progression"] = {"rule": "add", "weeks": 2, "member": "reps", "step": 1}
json.dump(plan, open(sys.argv[2], "w"), indent=2)
PY
cp "$tmp/chained.json" "$tmp/plan.json"
$cli validate "$tmp/plan.json" >"$tmp/out"; r1=$?
$cli progress "$tmp/plan.json" --item pku4 --add 1% --weeks 4 2>"$tmp/err"; r2=$?
$cli progress "$tmp/plan.json" --item pku4 --remove 2>>"$tmp/err"; r3=$?
[ "$r1" = 1 ] && [ "$r2" = 1 ] && [ "$r3" = 1 ] && cmp -s "$tmp/plan.json" "$tmp/chained.json" &&
  grep -q "^Error \[DATA\] Week 2, Monday, “Lower body A”: the progression rule of Narrow Stance Squat does not fit it: This exercise was written by the progression of an earlier week" "$tmp/out" &&
  [ "$(grep -c "Week 2’s narrow-stance-squat, which this rule wrote, has a progression rule of its own; remove that rule first." "$tmp/err")" = 2 ] &&
  $cli progress "$tmp/plan.json" --item j3jv --remove >/dev/null &&
  $cli progress "$tmp/plan.json" --item pku4 --add 1% --weeks 4 >/dev/null &&
  $cli validate "$tmp/plan.json" >/dev/null
ok $? "a rule on an exercise another rule wrote is reported, and never dropped by that rule"

# An exercise not in the library with a chain rule gave two DATA errors
# for one mistake: the unknown exercise is the one said.
python3 - "$2/plans/progression.json" "$tmp/unknown.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
item = plan["weeks"][0]["days"][0]["sessions"][0]["items"][1]
assert item["progression"]["rule"] == "chain"
item["exercise"] = "no-such-exercise"
json.dump(plan, open(sys.argv[2], "w"), indent=2)
PY
$cli validate --json "$tmp/unknown.json" >"$tmp/out"
python3 - "$tmp/out" <<'PY'
import json, sys
data = [d for d in json.load(open(sys.argv[1]))["diagnostics"] if d["rule"] == "DATA"]
assert len(data) == 1, data
assert "“no-such-exercise” is not in the library" in data[0]["message"], data
PY
ok $? "an unknown exercise with a chain rule is one DATA error"

# A step of load_kg below what a load shows was said “add 0 kg each
# week” and wrote weeks that read the same: the least step is the least
# load shown, 0.01 kg (0.022047 lb typed in pounds, what a file takes;
# pass 21 found 0.1 lb asked), on the command line and in a file, whose
# error names its path.
cp "$2/plans/progression.json" "$tmp/kg.json"
$cli item edit "$tmp/kg.json" --item pku4 --load 60kg --load-pct none >/dev/null
cp "$tmp/kg.json" "$tmp/plan.json"
$cli progress "$tmp/plan.json" --item pku4 --add 0.004kg --weeks 3 2>"$tmp/err"; r1=$?
$cli progress "$tmp/plan.json" --item pku4 --add 0.022046lb --weeks 3 2>>"$tmp/err"; r2=$?
[ "$r1" = 64 ] && [ "$r2" = 64 ] && cmp -s "$tmp/plan.json" "$tmp/kg.json" &&
  grep -q "^regimen-cli progress: --add takes load_kg of at least 0.01 kg, the least load a text shows, not “0.004kg”$" "$tmp/err" &&
  grep -q "^regimen-cli progress: --add takes load_kg of at least 0.022047 lb, the least load a text shows, not “0.022046lb”$" "$tmp/err" &&
  $cli progress "$tmp/plan.json" --item pku4 --add 0.01kg --weeks 3 | grep -q ": add 0.01 kg each week, for 3 weeks;"
ok $? "progress refuses a load step smaller than a load is shown"

python3 - "$tmp/kg.json" "$tmp/plan.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
plan["weeks"][0]["days"][0]["sessions"][0]["items"][0]["progression"] = {"rule": "add", "weeks": 3, "member": "load_kg", "step": 0.001}
json.dump(plan, open(sys.argv[2], "w"), indent=2)
PY
$cli validate "$tmp/plan.json" 2>"$tmp/err"; r=$?
[ "$r" = 2 ] &&
  grep -q "At \$.weeks\[0\].days\[0\].sessions\[0\].items\[0\].progression.step: a step of load_kg must be at least 0.01, the least load a text shows, not 0.001.$" "$tmp/err"
ok $? "a file's load step smaller than a load is shown is refused at its path"

# A cap below the start was said in kilograms whatever the rule was typed
# in, and without the start: both now in the rule's own unit.
cp "$tmp/kg.json" "$tmp/plan.json"
$cli progress "$tmp/plan.json" --item pku4 --add 5lb --up-to 50lb --weeks 3 2>"$tmp/err"; r1=$?
$cli progress "$tmp/plan.json" --item ggdm --add 5s --up-to 10s --weeks 3 2>>"$tmp/err"; r2=$?
[ "$r1" = 1 ] && [ "$r2" = 1 ] && cmp -s "$tmp/plan.json" "$tmp/kg.json" &&
  grep -q "The cap, 50 lb, is below where the exercise starts, 132.3 lb.$" "$tmp/err" &&
  grep -q "The cap, 10 s of hold, is below where the exercise starts, 20 s of hold.$" "$tmp/err"
ok $? "a cap below the start is said in the rule's own unit, with the start"

exit $fail
