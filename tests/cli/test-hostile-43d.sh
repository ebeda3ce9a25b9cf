#!/bin/sh
# Issue 21, pass 43b: what the adversarial pass of the command line's
# outputs found and left.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..12"

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


# A plan whose weeks run past 2999-12-31: `new --start 2999-12-30
# --weeks 104` wrote one into 3001, and export-ics then refused it whole
# (though its first sessions were in 2999). The reader refuses it now,
# naming $.weeks, and no command makes one.
$cli new --start 2999-12-30 --weeks 104 -o "$tmp/late.json" >"$tmp/out" 2>"$tmp/err"
status=$?
[ $status = 64 ] && [ ! -e "$tmp/late.json" ] &&
  grep -q 'regimen-cli new: a plan that starts on 2999-12-30 has room for 0 weeks, as its weeks end by 2999-12-31, the last day a plan may name; give an earlier --start or fewer --weeks (this plan has 104)' "$tmp/err"
ok $? "new refuses 104 weeks from 2999-12-30, writing nothing (exit $status, got: $(cat "$tmp/err"))"

python3 - "$tmp/late.json" <<'PY'
import json, sys
weeks = [{"days": [{"sessions": []} for d in range(7)]} for w in range(3)]
json.dump({"format": "regimen-plan", "version": 1, "start_date": "2999-12-16", "weeks": weeks},
          open(sys.argv[1], "w"))
PY
$cli validate "$tmp/late.json" >"$tmp/out" 2>"$tmp/err"
status=$?
[ $status = 2 ] &&
  grep -q 'At \$.weeks: a plan that starts on 2999-12-16 has room for 2 weeks, as its weeks end by 2999-12-31, the last day a plan may name; this one has 3.' "$tmp/err"
ok $? "a plan of 3 weeks from 2999-12-16 is not read, its weeks named (exit $status, got: $(cat "$tmp/err"))"

$cli new --template sprinter-strength --start 2999-12-16 --weeks 2 -o "$tmp/last.json" >"$tmp/out" 2>&1 &&
  $cli export-ics "$tmp/last.json" -o "$tmp/last.ics" >"$tmp/out" 2>&1
check_exit $? 0 "the 2 weeks that end on 2999-12-29 are written and exported (got: $(cat "$tmp/out"))"
grep -q '^DTSTART.*2999122' "$tmp/last.ics"
ok $? "the calendar has the sessions of the last week, in 2999"

cp "$tmp/last.json" "$tmp/last-before.json"
$cli week insert "$tmp/last.json" 3 >"$tmp/out" 2>"$tmp/err"
status=$?
[ $status = 1 ] && cmp -s "$tmp/last.json" "$tmp/last-before.json" &&
  grep -q 'a plan that starts on 2999-12-16 has room for 2 weeks, as its weeks end by 2999-12-31, the last day a plan may name; these do not fit' "$tmp/err"
ok $? "week insert after its last week is refused, the plan unchanged (exit $status, got: $(cat "$tmp/err"))"

$cli block add "$tmp/last.json" Base --weeks 2 >/dev/null 2>&1 &&
  cp "$tmp/last.json" "$tmp/last-before.json" &&
  $cli block duplicate "$tmp/last.json" 1 >"$tmp/out" 2>"$tmp/err"
status=$?
[ $status = 1 ] && cmp -s "$tmp/last.json" "$tmp/last-before.json" &&
  grep -q 'has room for 2 weeks, as its weeks end by 2999-12-31, the last day a plan may name; the copy does not fit' "$tmp/err"
ok $? "block duplicate is refused so too (exit $status, got: $(cat "$tmp/err"))"

$cli block resize "$tmp/last.json" 1 3 >"$tmp/out" 2>"$tmp/err"
status=$?
[ $status = 1 ] && cmp -s "$tmp/last.json" "$tmp/last-before.json" &&
  grep -q 'has room for 2 weeks, as its weeks end by 2999-12-31, the last day a plan may name; the block cannot grow that much' "$tmp/err"
ok $? "and block resize (exit $status, got: $(cat "$tmp/err"))"

# export-csv --start of an undated plan counts its days from that Monday,
# and so would run them past 2999-12-31: refused, naming the weeks.
python3 - "$plans/logged-weeks.json" "$tmp/undated.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
plan.pop("start_date", None)
json.dump(plan, open(sys.argv[2], "w"))
PY
n_weeks=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["weeks"]))' "$tmp/undated.json")
$cli export-csv "$tmp/undated.json" --start 2999-12-23 -o "$tmp/out.csv" >"$tmp/out" 2>"$tmp/err"
status=$?
[ $status = 64 ] && [ ! -e "$tmp/out.csv" ] &&
  grep -q "a plan that starts on 2999-12-23 has room for 1 week, as its weeks end by 2999-12-31, the last day a plan may name; give an earlier --start (this plan has $n_weeks weeks)" "$tmp/err"
ok $? "export-csv --start 2999-12-23 of a plan of $n_weeks weeks is refused (exit $status, got: $(cat "$tmp/err"))"

# A progression rule adds the weeks it covers past the plan's last: from
# 2999-12-16, 4 weeks ran into 3000.
$cli new --template sprinter-strength --start 2999-12-16 --weeks 2 -o "$tmp/rule.json" >/dev/null 2>&1
item=$(python3 -c 'import json, sys
plan = json.load(open(sys.argv[1]))
print([i["id"] for d in plan["weeks"][0]["days"] for s in d["sessions"] for i in s["items"]][0])' "$tmp/rule.json")
cp "$tmp/rule.json" "$tmp/rule-before.json"
$cli progress "$tmp/rule.json" --item "$item" --repeat --weeks 4 >"$tmp/out" 2>"$tmp/err"
status=$?
[ $status = 1 ] && cmp -s "$tmp/rule.json" "$tmp/rule-before.json" &&
  grep -q 'From week 1 a rule covers at most 2 weeks, its own included, not 4: a plan that starts on 2999-12-16 has room for 2 weeks, as its weeks end by 2999-12-31, the last day a plan may name.' "$tmp/err"
ok $? "progress --weeks 4 from its first week is refused, the plan unchanged (exit $status, got: $(cat "$tmp/err"))"
