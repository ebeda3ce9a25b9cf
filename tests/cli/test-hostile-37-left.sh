#!/bin/sh
# Issue 21, what passes 34a–d left, on the command line.
. "$(dirname "$0")/tap.sh"
fixtures=$2

echo "1..11"

# Plans written by a script: a Lower session with two squats on Monday and
# a run on Wednesday. ids=0 writes no ids, ids=half none for the Lower
# session and its squats; the session's and the first item's ids, the
# order of the items and the run's day are given.
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
if ids in ("0", "half"):
    for session in (lower, run) if ids == "0" else (lower,):
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

# Files with some ids: the run's ids are shared, so ids are compared, but
# the Lower session's and its squats', made in each file, are no change.
plan "$tmp/half-a.json" half x x same 2
plan "$tmp/half-b.json" half x x swapped 3
$cli diff "$tmp/half-a.json" "$tmp/half-b.json" >"$tmp/out" 2>&1
! grep -q ' id ' "$tmp/out" && grep -q 'moved to Thursday' "$tmp/out"
ok $? "two files with some ids say no id made in either (got: $(cat "$tmp/out"))"

# A sheet sure to pass 520 pages is refused before the weeks after the
# first are laid out, each of which takes a page at least: a plan of 520
# weeks whose first takes two pages was laid out week by week up to the
# limit (5 s for weeks of thirty exercises). Its last week is beyond the
# 10 pages a week may take: laid out, it would be named instead.
python3 - "$tmp/pages.json" <<'PY'
import json, sys
squats = [{"exercise": "narrow-stance-squat", "sets": 3, "reps": 5} for _ in range(30)]
def week(n):
    return {"days": [{"sessions": [{"kind": "strength", "rpe": 6, "items": squats[:n]}] if n else []}]
            + [{"sessions": []}] * 6}
full = {"days": [{"sessions": [{"kind": "strength", "rpe": 6, "items": squats} for _ in range(20)]}
                 for _ in range(7)]}
weeks = [week(12)] + [week(0)] * 518 + [full]
json.dump({"format": "regimen-plan", "version": 1, "weeks": weeks}, open(sys.argv[1], "w"))
PY
$cli print "$tmp/pages.json" -o "$tmp/pages.pdf" 2>"$tmp/err"
status=$?
[ "$status" = 1 ] && grep -q 'The sheets would take more than 520 pages; print fewer weeks' "$tmp/err" &&
  ! grep -q 'week 520' "$tmp/err" && [ ! -e "$tmp/pages.pdf" ]
ok $? "a sheet sure to pass 520 pages is refused before its later weeks are laid out (exit $status, got: $(cat "$tmp/err"))"

# Without the first week's second page the plan is within the total, and
# its last week is refused as before.
python3 - "$tmp/pages.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
plan["weeks"][0]["days"][0]["sessions"][0]["items"] = plan["weeks"][0]["days"][0]["sessions"][0]["items"][:1]
json.dump(plan, open(sys.argv[1], "w"))
PY
$cli print "$tmp/pages.json" -o "$tmp/pages.pdf" 2>"$tmp/err"
status=$?
[ "$status" = 1 ] && grep -q 'The sheet of week 520 would take more than 10 pages' "$tmp/err" && [ ! -e "$tmp/pages.pdf" ]
ok $? "a sheet within the total is counted to its last week (exit $status, got: $(cat "$tmp/err"))"

# The check counts the items a rule wrote in each session once a week,
# where it walked the session for each of its ruled items (quadratic in a
# session of one ruled exercise). A ruled item that names a source of its
# own (written by no earlier rule here) is no other written item of its
# session: its rule, inside week 1's weeks, is reported as before.
python3 - "$tmp/self.json" <<'PY'
import json, sys
def week(items):
    return {"days": [{"sessions": [{"title": "Squats", "kind": "strength", "rpe": 6, "items": items}]}]
            + [{"sessions": []}] * 6}
def squat(**members):
    return dict({"exercise": "narrow-stance-squat", "sets": 3, "reps": 5}, **members)
rule = {"rule": "add", "weeks": 4, "member": "reps", "step": 1}
weeks = [week([squat(id="a1", progression=rule)]),
         week([squat(id="b2", progression=rule, progressed_from="e5")]),
         week([squat(id="c3")]), week([squat(id="d4")]), week([squat(id="e5")])]
json.dump({"format": "regimen-plan", "version": 1, "start_date": "2026-11-23", "weeks": weeks},
          open(sys.argv[1], "w"))
PY
$cli validate "$tmp/self.json" >"$tmp/out" 2>&1
status=$?
[ "$status" = 1 ] && grep -q 'progression rule in week 2, inside the weeks the rule of week 1 spans' "$tmp/out"
ok $? "a ruled item written from a source of its own is no other written item of its session (exit $status, got: $(cat "$tmp/out"))"

# The review of session 35: a plan made from a template is given new ids
# throughout, so its diff against the template said an id change for
# every session and exercise (99 lines of Core Series). Plans that share
# no id were given their ids apart; only a changed id of plans that share
# others is said.
template="$(dirname "$0")/../../data/templates/core-series.regimen.json"
$cli new --template core-series -o "$tmp/from-template.json" >/dev/null 2>&1
$cli diff "$template" "$tmp/from-template.json" >"$tmp/out" 2>&1
status=$?
! grep -q ': id \|, id ' "$tmp/out"
ok $? "a plan made from a template says no id against it (exit $status, got: $(head -3 "$tmp/out"))"

exit $fail
