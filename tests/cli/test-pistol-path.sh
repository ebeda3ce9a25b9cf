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

$cli new -o "$plan" --title "Pistol Squat in Twelve Weeks" --level intermediate --life-stress moderate \
    --baseline-load 360 --max-hiit 2 >/dev/null &&
  $cli block add "$plan" "Narrow stance squat" --weeks 3 --goal "Own the bottom on two feet" >/dev/null &&
  $cli block add "$plan" "Isometric pistol" --weeks 3 --goal "Own the bottom on one leg" >/dev/null &&
  $cli block add "$plan" "Eccentric pistol" --weeks 3 --goal "Control the way down" >/dev/null &&
  $cli block add "$plan" "Toe-grab pistol" --weeks 3 --goal "The first pistols" >/dev/null
ok $? "an empty plan for an intermediate athlete gets four blocks of three weeks, one per stage"

# The first week of each stage: what a person drags into the week in the
# window. `session add` puts a session on each day given and prints each
# one's id; `item add` puts the exercise into each session given and
# prints each one's id, which the rules below name.
stage () {
  week=$1 minutes=$2 days=$3
  shift 3
  sessions=$($cli session add "$plan" --week "$week" $days --title "Pistol practice" --kind strength \
               --rpe 6 --minutes "$minutes" | sed -n 's/^Added session \([^:]*\):.*/--session \1/p')
  $cli item add "$plan" $sessions "$@" | sed -n 's/^Added item \([^:]*\):.*/\1/p'
}
squats=$(stage 1 30 "--day mon --day thu" --exercise narrow-stance-squat --sets 3 --reps 10 --tempo 3010 --rest 60s)
isometric=$(stage 4 30 "--day mon --day thu" --exercise isometric-pistol --sets 2 --reps 8 --per-side --rest 90s)
eccentric=$(stage 7 30 "--day mon --day thu" --exercise eccentric-pistol-squat --sets 3 --reps 4 --per-side \
              --tempo 4000 --rest 90s)
toe_grab=$(stage 10 20 "--day mon --day wed --day fri" --exercise toe-grab-pistol-squat --sets 2 --reps 2 --per-side \
             --rest 120s)
[ "$(echo $squats $isometric $eccentric $toe_grab | wc -w)" = 9 ]
ok $? "the first week of each stage holds its exercise, added with session add and item add"

# The weekly arithmetic: 10, 11, 12 reps of the narrow stance squat; each
# pistol stage eases in with one set fewer and adds it the week after.
r=0
for item in $squats; do
  $cli progress "$plan" --item "$item" --add 1rep --up-to 12reps --weeks 3 >/dev/null || r=1
done
for item in $isometric; do
  $cli progress "$plan" --item "$item" --add 1set --up-to 3sets --weeks 3 >/dev/null || r=1
done
for item in $eccentric; do
  $cli progress "$plan" --item "$item" --add 1set --up-to 4sets --weeks 3 >/dev/null || r=1
done
for item in $toe_grab; do
  $cli progress "$plan" --item "$item" --add 1set --up-to 3sets --weeks 3 >/dev/null || r=1
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
    # Ids the commands make are new each time: each is compared as its
    # place in the plan, and a link to a rule's item as that item's place.
    places = {}
    for w, week in enumerate(plan["weeks"]):
        for d, day in enumerate(week["days"]):
            for s, session in enumerate(day["sessions"]):
                session.pop("id", None)
                for i, item in enumerate(session["items"]):
                    places[item.pop("id")] = (w, d, s, i)
    for week in plan["weeks"]:
        for day in week["days"]:
            for session in day["sessions"]:
                for item in session["items"]:
                    if "progressed_from" in item:
                        item["progressed_from"] = places[item["progressed_from"]]
    return plan
built, template = (json.load(open(p)) for p in sys.argv[1:])
template.pop("x-regimen-template")
assert without_made_ids(built) == without_made_ids(template), \
    "the walk and data/templates/pistol-squat-12-weeks.regimen.json differ"
PY
ok $? "and it is the template Pistol Squat in Twelve Weeks"

exit $fail
