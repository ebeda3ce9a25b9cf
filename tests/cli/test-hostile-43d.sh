#!/bin/sh
# Issue 21, pass 43b: what the adversarial pass of the command line's
# outputs found and left.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..3"

# The number of U+0301 (a combining acute accent) in a file.
count_marks () {
  python3 -c 'import sys; print(open(sys.argv[1], encoding="utf-8").read().count("\u0301"))' "$1"
}

# A name of “W” and 150 combining marks was printed whole: a tower of
# accents over the lines above and below it in the terminal. The text
# output keeps 4 marks on a character, as the window does
# (REGIMEN_TEXT_MAX_MARKS); --json keeps the name exact.
mkdir -p "$tmp/data/regimen"
python3 - "$tmp/data/regimen/exercises.json" "$plans/one-week.json" "$tmp/marks.json" <<'PY'
import json, sys
name = "W" + "\u0301" * 150
json.dump({"format": "regimen-exercises", "version": 1, "exercises": [
  {"id": "custom-w-row-k3f8", "name": name, "category": "strength",
   "primary_muscles": ["upper-back"], "equipment": ["long-band"], "level": 2,
   "instructions": {"setup": "Hold a band.", "movement": "Row.", "breathing": ""},
   "prescription": {"sets": 3, "reps_min": 15, "reps_max": 15}}]},
  open(sys.argv[1], "w"), ensure_ascii=False)
plan = json.load(open(sys.argv[2]))
plan["weeks"][0]["days"][0]["sessions"][0]["title"] = name
json.dump(plan, open(sys.argv[3], "w"), ensure_ascii=False)
PY
XDG_DATA_HOME=$tmp/data $cli library show custom-w-row-k3f8 >"$tmp/show" 2>&1 &&
  XDG_DATA_HOME=$tmp/data $cli library show custom-w-row-k3f8 --json >"$tmp/show.json" 2>&1
check_exit $? 0 "library show prints the exercise of 150 marks, as text and as JSON"
shown=$(count_marks "$tmp/show")
exact=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["name"].count("\u0301"))' "$tmp/show.json")
[ "$shown" = 4 ] && [ "$exact" = 150 ] && grep -q "^Ẃ́́́\$" "$tmp/show"
ok $? "its name keeps 4 marks in the text, all 150 in --json (text: $shown, JSON: $exact)"

$cli log "$tmp/marks.json" --list >"$tmp/list" 2>&1
status=$?
shown=$(count_marks "$tmp/list")
[ $status = 0 ] && [ "$shown" = 4 ] && grep -q "Ẃ́́́" "$tmp/list"
ok $? "log --list prints the session title of 150 marks with 4 (exit $status, marks: $shown)"

