#!/bin/sh
# The pistol-squat path of its seed ("train whichever variation you begin
# with for 3-4 weeks": narrow stance squat 3 × 10-12 with a 3-second lower,
# isometric pistol 3 × 8, eccentric pistol 4 × 4 with a 4-second lower,
# toe-grab pistol three times a week) built as a 12-week plan from an
# empty file with the command line: stages as blocks, progression rules
# doing the weekly arithmetic, lighter weeks in place, and the check
# content with it. The result is the template pistol-squat-12-weeks.
. "$(dirname "$0")/tap.sh"
template=$2/../../data/templates/pistol-squat-12-weeks.regimen.json
plan=$tmp/pistol.regimen.json

echo "1..8"

$cli new -o "$plan" --title "Pistol Squat in Twelve Weeks" >/dev/null &&
  $cli block add "$plan" "Narrow stance squat" --weeks 3 --goal "Own the bottom on two feet" >/dev/null &&
  $cli block add "$plan" "Isometric pistol" --weeks 3 --goal "Own the bottom on one leg" >/dev/null &&
  $cli block add "$plan" "Eccentric pistol" --weeks 3 --goal "Control the way down" >/dev/null &&
  $cli block add "$plan" "Toe-grab pistol" --weeks 3 --goal "The first pistols" >/dev/null
ok $? "an empty plan gets four blocks of three weeks, one per stage"

# The first week of each stage: what a person drags into the week in the
# window. The command line has no command that adds a session or an
# exercise, so this step writes them into the file.
python3 - "$plan" <<'PY'
import json, sys
path = sys.argv[1]
plan = json.load(open(path))
plan["athlete"] = {"level": "intermediate", "life_stress": "moderate",
                   "baseline_weekly_load": 360, "max_hiit_per_week": 2}
stages = [
    # week, days, minutes, item
    (0, (0, 3), 30, {"exercise": "narrow-stance-squat", "sets": 3, "reps": 10, "tempo": "3010",
                     "rest_seconds": 60}),
    (3, (0, 3), 30, {"exercise": "isometric-pistol", "sets": 2, "reps": 8, "per_side": True,
                     "rest_seconds": 90}),
    (6, (0, 3), 30, {"exercise": "eccentric-pistol-squat", "sets": 3, "reps": 4, "per_side": True,
                     "tempo": "4000", "rest_seconds": 90}),
    (9, (0, 2, 4), 20, {"exercise": "toe-grab-pistol-squat", "sets": 2, "reps": 2, "per_side": True,
                        "rest_seconds": 120}),
]
for week, days, minutes, item in stages:
    for day in days:
        entry = dict(item, id="%s-w%d-d%d" % (item["exercise"], week + 1, day))
        plan["weeks"][week]["days"][day]["sessions"] = [
            {"title": "Pistol practice", "kind": "strength", "rpe": 6, "minutes": minutes, "items": [entry]}]
json.dump(plan, open(path, "w"), ensure_ascii=False)
PY
ok $? "the first week of each stage holds its exercise"

# The weekly arithmetic: 10, 11, 12 reps of the narrow stance squat; each
# pistol stage eases in with one set fewer and adds it the week after.
r=0
for day in d0 d3; do
  $cli progress "$plan" --item "narrow-stance-squat-w1-$day" --add 1rep --up-to 12reps --weeks 3 >/dev/null || r=1
  $cli progress "$plan" --item "isometric-pistol-w4-$day" --add 1set --up-to 3sets --weeks 3 >/dev/null || r=1
  $cli progress "$plan" --item "eccentric-pistol-squat-w7-$day" --add 1set --up-to 4sets --weeks 3 >/dev/null || r=1
done
for day in d0 d2 d4; do
  $cli progress "$plan" --item "toe-grab-pistol-squat-w10-$day" --add 1set --up-to 3sets --weeks 3 >/dev/null || r=1
done
ok $r "each stage's exercise gets its rule, which writes the stage's other weeks"

$cli week lighter "$plan" 6 >/dev/null && $cli week lighter "$plan" 12 >/dev/null
ok $? "weeks 6 and 12 are lighter weeks"

python3 - "$plan" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
assert len(plan["weeks"]) == 12, len(plan["weeks"])
assert [b["weeks"] for b in plan["blocks"]] == [3, 3, 3, 3], plan["blocks"]
rows = []
for week in plan["weeks"]:
    row = []
    for d, day in enumerate(week["days"]):
        for session in day["sessions"]:
            item, = session["items"]
            row.append("%d:%s %dx%d" % (d, item["exercise"], item["sets"], item["reps"]))
    rows.append(" ".join(row))
expected = (["0:narrow-stance-squat 3x%d 3:narrow-stance-squat 3x%d" % (r, r) for r in (10, 11, 12)] +
            ["0:isometric-pistol %dx8 3:isometric-pistol %dx8" % (s, s) for s in (2, 3, 2)] +
            ["0:eccentric-pistol-squat %dx4 3:eccentric-pistol-squat %dx4" % (s, s) for s in (3, 4, 4)] +
            ["0:toe-grab-pistol-squat {0}x2 2:toe-grab-pistol-squat {0}x2 4:toe-grab-pistol-squat {0}x2".format(s)
             for s in (2, 3, 2)])
assert rows == expected, "\n".join(rows)
assert [i for i, w in enumerate(plan["weeks"]) if w.get("lighter")] == [5, 11]
sources = [i for w in plan["weeks"] for d in w["days"] for s in d["sessions"] for i in s["items"] if "progression" in i]
assert len(sources) == 9, len(sources)
PY
ok $? "the weeks hold the stages' arithmetic: 10, 11, 12 reps; sets eased in; lighter weeks scaled"

$cli validate "$plan" >"$tmp/out"
check_exit $? 0 "the plan check is content with it"
[ "$(cat "$tmp/out")" = "No problems found." ]
ok $? "and finds nothing at all"

# The template is this walk's plan with its description.
python3 - "$plan" "$template" <<'PY'
import json, sys
def without_made_ids(plan):
    # Ids the commands make are new each time; the sources' are given.
    for week in plan["weeks"]:
        for day in week["days"]:
            for session in day["sessions"]:
                session.pop("id", None)
                for item in session["items"]:
                    if "progression" not in item:
                        item.pop("id", None)
    return plan
built, template = (json.load(open(p)) for p in sys.argv[1:])
template.pop("x-regimen-template")
assert without_made_ids(built) == without_made_ids(template), \
    "the walk and data/templates/pistol-squat-12-weeks.regimen.json differ"
PY
ok $? "and it is the template Pistol Squat in Twelve Weeks"

exit $fail
