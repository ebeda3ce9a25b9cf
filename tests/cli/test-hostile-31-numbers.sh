#!/bin/sh
# What pass 30 left on the command line and in the core (issue #21,
# session 31): numbers, text and limits.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..9"

# log --set 10x0.0000000000000000000001 was logged, and exported as 0: a
# load logged has six decimals at most, as an exercise's --load, zeros at
# the end not counted; the plan as it was.
cp "$plans/one-week.json" "$tmp/plan.json"
$cli log "$tmp/plan.json" --session 3idq --status done --item pku4 \
  --set 10x0.0000000000000000000001 >/dev/null 2>"$tmp/err"; r=$?
[ "$r" = 64 ] && cmp -s "$tmp/plan.json" "$plans/one-week.json" &&
  grep -q "^regimen-cli log: --set 10x0.0000000000000000000001: a load takes at most 6 decimals, as many as a load is shown with$" "$tmp/err" &&
  $cli log "$tmp/plan.json" --session 3idq --status done --item pku4 \
    --set 10x0.000001 --set 8x62.5000000000kg >/dev/null 2>>"$tmp/err" &&
  python3 - "$tmp/plan.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
sets = plan["weeks"][0]["days"][0]["sessions"][0]["log"]["items"][0]["sets"]
assert [s["load"] for s in sets] == [0.000001, 62.5], sets
PY
ok $? "log --set refuses a load with more than six decimals, naming it"

# import-csv read the same weight and exported it as 0. A CSV is another
# program's, whose conversions leave float noise (Hevy's kilograms of a
# set logged in pounds, “20.41165665”): its weights are rounded to the
# six decimals a load has, not refused row by row; what is too small for
# them is the 0 it is shown and exported as. Six decimals stay as written.
without_log "$plans/logged-weeks.json" "$tmp/weeks.json"
printf '%s\n' 'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps' \
  '2026-11-09 00:00:00,Lower body,55m,Barbell Back Squat,1,0.0000000000000000000001,5' \
  '2026-11-09 00:00:00,Lower body,55m,Barbell Back Squat,2, 20.41165665 ,5' \
  '2026-11-09 00:00:00,Lower body,55m,Barbell Back Squat,3,0.000001,5' >"$tmp/tiny.csv"
$cli import-csv "$tmp/weeks.json" "$tmp/tiny.csv" >"$tmp/out" 2>"$tmp/err"
grep -q "^Imported 3 sets.$" "$tmp/out" && [ ! -s "$tmp/err" ] &&
  [ "$(python3 -c 'import json, sys
for w in json.load(open(sys.argv[1]))["weeks"]:
    for d in w["days"]:
        for s in d.get("sessions", []):
            for i in (s.get("log") or {}).get("items", []):
                print(" ".join(repr(x.get("load")) for x in i.get("sets", [])))' "$tmp/weeks.json")" = "0 20.411657 1e-06" ] &&
  $cli export-csv "$tmp/weeks.json" -o "$tmp/back.csv" &&
  grep -q ",Barbell Back Squat,2,20.411657,5," "$tmp/back.csv" &&
  grep -q ",Barbell Back Squat,3,0.000001,5," "$tmp/back.csv"
ok $? "import-csv rounds a weight to six decimals, as shown and exported ($(cat "$tmp/out" "$tmp/err"))"

# The window's Log Session form reads a load with the same reader
# (tests/ui/test-log-form.c, /ui/log-form/refuses); edit --load keeps its
# own rule, the same six decimals.
$cli item edit "$tmp/plan.json" --item pku4 --load 0.0000001 >/dev/null 2>"$tmp/err"; r=$?
[ "$r" = 64 ] && grep -q "takes at most 6 decimals" "$tmp/err"
ok $? "edit --load holds a load to the same six decimals"

# A lighter week rounds a load to 0.5 kg: 1.25 kg × 0.1 and 0.25 kg × 0.6
# made 0 kg, no load where the week had one. A load keeps the smallest
# step, or its own load when that is lighter.
cp "$plans/one-week.json" "$tmp/light.json"
$cli item edit "$tmp/light.json" --item pku4 --load 1.25 >/dev/null &&
  $cli week lighter "$tmp/light.json" 1 --intensity 0.1 >/dev/null &&
  grep -q '"load_kg": 0.5,$' "$tmp/light.json" &&
  cp "$plans/one-week.json" "$tmp/light.json" &&
  $cli item edit "$tmp/light.json" --item pku4 --load 0.25 >/dev/null &&
  $cli week lighter "$tmp/light.json" 1 --intensity 0.6 >/dev/null &&
  grep -q '"load_kg": 0.25,$' "$tmp/light.json"
ok $? "a lighter week never scales a load to 0 kg"

# export-csv wrote escape, bell and DEL in a note as spaces, and
# import-csv gave the note back with spaces: they are written as their
# Unicode pictures (␛, ␇, ␡), visible and harmless in a terminal, and
# read back as the controls.
cp "$plans/one-week.json" "$tmp/notes.json"
$cli log "$tmp/notes.json" --session 3idq --status done --date 2026-11-23 \
  --note "$(printf 'knee\033[31m tight\007')" --item pku4 --set 5x40 \
  --item-note "$(printf 'grip\177slipped\001')" >/dev/null &&
  $cli export-csv "$tmp/notes.json" -o "$tmp/notes.csv" &&
  ! grep -q "$(printf '\033')" "$tmp/notes.csv" && grep -q 'knee␛\[31m tight␇' "$tmp/notes.csv" &&
  grep -q 'grip␡slipped␁' "$tmp/notes.csv" &&
  without_log "$tmp/notes.json" "$tmp/again.json" &&
  $cli import-csv "$tmp/again.json" "$tmp/notes.csv" >/dev/null &&
  python3 - "$tmp/notes.json" "$tmp/again.json" <<'PY'
import json, sys
logs = [json.load(open(f))["weeks"][0]["days"][0]["sessions"][0]["log"] for f in sys.argv[1:]]
assert logs[0]["note"] == "knee\x1b[31m tight\x07" and logs[1]["note"] == logs[0]["note"], logs
assert logs[1]["items"][0]["note"] == "grip\x7fslipped\x01" == logs[0]["items"][0]["note"], logs
PY
ok $? "export-csv writes a note's controls as their pictures, and import-csv gives them back"

# progress --weeks past the plan's 520 weeks said only “A plan has at most
# 520 weeks.”: it says how many weeks the rule can cover from its week,
# and changes nothing.
cp "$plans/one-week.json" "$tmp/long.json"
$cli week insert "$tmp/long.json" 1 --count 509 >/dev/null && cp "$tmp/long.json" "$tmp/long-before.json" &&
  { $cli progress "$tmp/long.json" --item pku4 --add 2.5% --weeks 20 >/dev/null 2>"$tmp/err"; [ $? = 1 ]; } &&
  grep -q "^regimen-cli progress: .*long.json: A plan has at most 520 weeks: from week 510 a rule covers at most 11 weeks, its own included, not 20\.$" "$tmp/err" &&
  cmp -s "$tmp/long.json" "$tmp/long-before.json" &&
  $cli progress "$tmp/long.json" --item pku4 --add 2.5% --weeks 11 >/dev/null
ok $? "progress --weeks past the plan's limit says how many weeks fit"

# A rule's step of 1e-310, a denormal, was read and said “add 0 % 1RM”:
# the plan is refused, the message naming the rule's step by its path.
sed 's/"step": 2.5,/"step": 1e-310,/' "$plans/progression.json" >"$tmp/denormal.json"
grep -q '"step": 1e-310,' "$tmp/denormal.json" &&
  { $cli validate "$tmp/denormal.json" >/dev/null 2>"$tmp/err"; [ $? = 2 ]; } &&
  grep -q 'progression\.step: a step must be at least 0.000001, six decimals, as many as a rule is said back with, not 1e-310\.' "$tmp/err"
ok $? "a plan whose rule has a denormal step is refused, naming the step"

# import-csv --start on a plan with a start of its own placed the rows by
# days from --start without a word: it says so; the plan's own start, or
# none, says nothing.
$cli export-csv "$plans/logged-weeks.json" -o "$tmp/weeks.csv" &&
  without_log "$plans/logged-weeks.json" "$tmp/start.json" &&
  $cli import-csv "$tmp/start.json" "$tmp/weeks.csv" --start 2026-11-16 >/dev/null 2>"$tmp/err"
grep -q "^regimen-cli import-csv: .*start.json: the rows are placed by days counted from --start 2026-11-16, not from the plan’s own start, 2026-11-09, which it keeps$" "$tmp/err" &&
  grep -q '"start_date": "2026-11-09",' "$tmp/start.json" &&
  without_log "$plans/logged-weeks.json" "$tmp/start.json" &&
  $cli import-csv "$tmp/start.json" "$tmp/weeks.csv" --start 2026-11-09 >/dev/null 2>"$tmp/err" &&
  [ ! -s "$tmp/err" ]
ok $? "import-csv says when --start is not the plan's own start"

# week --help and block --help (and every command that keeps “PLAN~”)
# promised a PLAN~ the document portal does not keep: their help says
# where it is not kept.
bad=0
for command in week block session item log import-csv format; do
  $cli $command --help >"$tmp/help" 2>&1 &&
    grep -q "PLAN~" "$tmp/help" &&
    tr '\n' ' ' <"$tmp/help" | grep -q "Through the document portal (a plan given to the Flatpak) no “PLAN~” is kept" ||
    { echo "# $command --help"; bad=$((bad + 1)); }
done
[ $bad = 0 ]
ok $? "the help of a command that keeps PLAN~ says the document portal keeps none"

exit $fail
