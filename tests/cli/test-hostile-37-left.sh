#!/bin/sh
# Issue 21, what passes 34a–d left, on the command line.
. "$(dirname "$0")/tap.sh"
fixtures=$2

echo "1..6"

# Plans written by a script: a Lower session with two squats on Monday and
# a run on Wednesday. ids=0 writes no ids; the session's and the first
# item's ids, the order of the items and the run's day are given.
plan () {
  python3 - "$@" <<'PY'
import json, sys
path, ids, session_id, item_id, order, run_day = sys.argv[1:]
items = [{"id": item_id, "exercise": "narrow-stance-squat", "sets": 3, "reps": 5},
         {"id": "i-back", "exercise": "narrow-stance-squat", "sets": 2, "reps": 8}]
if order == "swapped":
    items.reverse()
lower = {"id": session_id, "title": "Lower", "kind": "strength", "rpe": 7, "minutes": 45, "items": items}
run = {"id": "s-run", "title": "Run", "kind": "cardio", "rpe": 4, "minutes": 30,
       "items": [{"id": "i-run", "exercise": "easy-run", "sets": 1}]}
if ids == "0":
    for session in (lower, run):
        del session["id"]
        for item in session["items"]:
            del item["id"]
days = [{"sessions": []} for _ in range(7)]
days[0]["sessions"].append(lower)
days[int(run_day)]["sessions"].append(run)
json.dump({"format": "regimen-plan", "version": 1, "start_date": "2026-11-23",
           "weeks": [{"days": days}]}, open(path, "w"), indent=1)
PY
}

# A session whose id changed, nothing else: diff said nothing, exit 0,
# though a calendar's event, a log and the sheet's code find it by its id.
plan "$tmp/a.json" 1 s-lower i-top same 2
plan "$tmp/session.json" 1 s-lower2 i-top same 2
$cli diff "$tmp/a.json" "$tmp/session.json" >"$tmp/out" 2>&1
status=$?
[ "$status" = 1 ] && [ "$(cat "$tmp/out")" = 'Week 1, Monday: Strength session “Lower”: id s-lower → s-lower2' ]
ok $? "a session's changed id is said (exit $status, got: $(cat "$tmp/out"))"

$cli diff --json "$tmp/a.json" "$tmp/session.json" >"$tmp/out.json" 2>&1
python3 - "$tmp/out.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["differences"] == 1, doc
change = doc["changes"][0]
assert change["change"] == "session", change
assert change["session"] == "s-lower2", change
assert change["before"] == {"id": "s-lower"} and change["after"] == {"id": "s-lower2"}, change
PY
ok $? "--json says it as a session's change, the id before and after"

# An exercise whose id changed: said on its line, and in --json.
plan "$tmp/item.json" 1 s-lower i-top2 same 2
$cli diff "$tmp/a.json" "$tmp/item.json" >"$tmp/out" 2>&1
status=$?
[ "$status" = 1 ] && [ "$(cat "$tmp/out")" = 'Week 1, Monday, Lower: narrow-stance-squat, id i-top → i-top2' ]
ok $? "an exercise's changed id is said (exit $status, got: $(cat "$tmp/out"))"

$cli diff --json "$tmp/a.json" "$tmp/item.json" >"$tmp/out.json" 2>&1
python3 - "$tmp/out.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["differences"] == 1, doc
change = doc["changes"][0]
assert change["change"] == "item" and change["item"] == "i-top2", change
assert change["before"] == {"id": "i-top"} and change["after"] == {"id": "i-top2"}, change
PY
ok $? "--json says it as an exercise's change, the id before and after"

# A reorder and a move keep their ids: no id is said.
plan "$tmp/moved.json" 1 s-lower i-top swapped 3
$cli diff "$tmp/a.json" "$tmp/moved.json" >"$tmp/out" 2>&1
! grep -q ' id ' "$tmp/out" && grep -q 'moved to Thursday' "$tmp/out" && grep -q 'another order' "$tmp/out"
ok $? "a reorder and a move say no id (got: $(cat "$tmp/out"))"

# Files without ids: the ids read from each are made from its text and
# places, different in the two, and are no change.
plan "$tmp/bare-a.json" 0 x x same 2
plan "$tmp/bare-b.json" 0 x x swapped 3
$cli diff "$tmp/bare-a.json" "$tmp/bare-b.json" >"$tmp/out" 2>&1
! grep -q ' id ' "$tmp/out" && grep -q 'moved to Thursday' "$tmp/out"
ok $? "two files without ids say no id (got: $(cat "$tmp/out"))"

exit $fail
