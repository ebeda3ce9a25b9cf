#!/bin/sh
# Adversarial pass 34a (issue 21): hostile files through every command.
. "$(dirname "$0")/tap.sh"
fixtures=$2

echo "1..5"

# diff: the exercises of a session put in another order. Exercises are
# done in their order, and diff said such a plan did not differ (exit 0,
# nothing printed), so a reviewer under git difftool saw no change.
python3 - "$fixtures/plans/one-week.json" "$tmp/reordered.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1], encoding="utf-8"))
items = plan["weeks"][0]["days"][0]["sessions"][0]["items"]
items.reverse()
json.dump(plan, open(sys.argv[2], "w", encoding="utf-8"), indent=2)
PY
$cli diff "$fixtures/plans/one-week.json" "$tmp/reordered.json" >"$tmp/out" 2>"$tmp/err"
check_exit $? 1 "diff of a session whose exercises are in another order exits with 1 (got: $(cat "$tmp/out" "$tmp/err"))"
grep -qx 'Week 1, Monday: Strength session “Lower body A”: exercises in another order: narrow-stance-squat, single-leg-high-knee-hold, burpee → burpee, single-leg-high-knee-hold, narrow-stance-squat' "$tmp/out"
ok $? "and says the order before and after on one line (got: $(cat "$tmp/out"))"
$cli diff --json "$fixtures/plans/one-week.json" "$tmp/reordered.json" >"$tmp/out"
python3 - "$tmp/out" "$tmp/reordered.json" <<'PY'
import json, sys
out = json.load(open(sys.argv[1], encoding="utf-8"))
plan = json.load(open(sys.argv[2], encoding="utf-8"))
ids = [item["id"] for item in plan["weeks"][0]["days"][0]["sessions"][0]["items"]]
[change] = out["changes"]
assert change["change"] == "session", change
assert change["before"] == {"items": ids[::-1]}, change
assert change["after"] == {"items": ids}, change
PY
ok $? "--json gives the exercises' ids in each order"
# An exercise added or removed between the others is its own change, not
# a change of order.
python3 - "$fixtures/plans/one-week.json" "$tmp/removed.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1], encoding="utf-8"))
items = plan["weeks"][0]["days"][0]["sessions"][0]["items"]
del items[1]
json.dump(plan, open(sys.argv[2], "w", encoding="utf-8"), indent=2)
PY
$cli diff "$fixtures/plans/one-week.json" "$tmp/removed.json" >"$tmp/out"
! grep -q 'another order' "$tmp/out"
ok $? "an exercise removed from between two others is no change of order (got: $(cat "$tmp/out"))"
$cli diff "$tmp/reordered.json" "$tmp/reordered.json" >"$tmp/out"
check_exit $? 0 "a reordered plan against itself still exits with 0"

exit $fail
