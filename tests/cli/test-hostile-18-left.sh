#!/bin/sh
# What the adversarial passes left in the progression rules and their
# messages (issue #21), each on a real file in a call or two.
. "$(dirname "$0")/tap.sh"

echo "1..3"

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

exit $fail
