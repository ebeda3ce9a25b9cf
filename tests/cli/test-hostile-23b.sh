#!/bin/sh
# Adversarial pass 23b: what the fresh pass found in the command line.
. "$(dirname "$0")/tap.sh"

echo "1..22"
plan="$2/plans/one-week.json"

# “--” ends the options: what follows is an argument even when it starts
# with “-”, as a file, a block's name or an exercise's id may. GOption
# left the “--” among the arguments whenever one after it started with
# “-”, so `validate -- -x.json` was wrong usage with only the help (two
# files given), and a block could not be named “-Deload” at all (without
# “--” the name is an unknown option).
cp "$plan" "$tmp/-x.json"
# The command by its full name, for the runs in $tmp.
case $1 in /*) here_cli="${REGIMEN_CLI_WRAPPER:-} $1" ;; *) here_cli="${REGIMEN_CLI_WRAPPER:-} $PWD/$1" ;; esac
(cd "$tmp" && $here_cli validate -- -x.json >/dev/null 2>"$tmp/err")
check_exit $? 0 "validate -- -x.json reads the file -x.json"
(cd "$tmp" && $here_cli stats --json -- -x.json >"$tmp/out" 2>"$tmp/err") &&
  grep -q '"weeks"' "$tmp/out"
ok $? "stats --json -- -x.json reads the file, the option before “--” taken"
(cd "$tmp" && $here_cli diff -- -x.json ./-x.json >/dev/null 2>"$tmp/err")
check_exit $? 0 "diff -- -x.json ./-x.json compares the file with itself"
cp "$plan" "$tmp/plan.json"
session=$(python3 -c 'import json,sys
p = json.load(open(sys.argv[1]))
print([s["id"] for w in p["weeks"] for d in w["days"] for s in d["sessions"] if s["items"]][0])' "$plan")
item=$(python3 -c 'import json,sys
p = json.load(open(sys.argv[1]))
print([s["items"][0]["id"] for w in p["weeks"] for d in w["days"] for s in d["sessions"] if s["items"]][0])' "$plan")
$cli block add "$tmp/plan.json" --weeks 1 -- -Deload >"$tmp/out" 2>"$tmp/err"
check_exit $? 0 "block add PLAN --weeks 1 -- -Deload adds a block"
$cli block list "$tmp/plan.json" >"$tmp/out" && grep -q '“-Deload”' "$tmp/out"
ok $? "the block is called “-Deload”"
# The separator is no argument either: it was read as week “--”.
$cli week copy "$tmp/plan.json" 1 -- -2 >/dev/null 2>"$tmp/err"
grep -q '“-2” is not a week number' "$tmp/err" && ! grep -q '“--”' "$tmp/err"
ok $? "week copy PLAN 1 -- -2 names -2, not “--”, as no week number"
# “-” after “--” is still standard input, which no command reads a plan
# from: said so, not the help alone.
$cli validate -- - </dev/null >/dev/null 2>"$tmp/err"
check_exit $? 64 "validate -- - is wrong usage"
grep -q 'not from standard input' "$tmp/err"
ok $? "validate -- - says a plan is read from a file"

# `log --list` lists and changes nothing; a log given with it was
# dropped unsaid (exit status 0, nothing recorded), so a script took it
# as logged. Nor does --clear take what a log records: its note, date,
# minutes and RPE were dropped as silently.
cp "$2/plans/logged.json" "$tmp/logged.json"
cp "$tmp/logged.json" "$tmp/before.json"
$cli log "$tmp/plan.json" --session "$session" --status done --list >"$tmp/out" 2>"$tmp/err"
check_exit $? 64 "log --list with a log to record is wrong usage"
grep -q -- '--list only lists the sessions and changes nothing' "$tmp/err" &&
  ! grep -q 'Usage' "$tmp/err" && [ ! -s "$tmp/out" ]
ok $? "log --list with a log says --list changes nothing, and lists nothing"
$cli log "$tmp/plan.json" --list --item "$item" --set 5 >/dev/null 2>"$tmp/err"
check_exit $? 64 "log --list with sets is wrong usage"
logged=$(python3 -c 'import json,sys
p = json.load(open(sys.argv[1]))
print([s["id"] for w in p["weeks"] for d in w["days"] for s in d["sessions"] if "log" in s][0])' "$tmp/logged.json")
$cli log "$tmp/logged.json" --session "$logged" --clear --note "why" 2>"$tmp/err"
check_exit $? 64 "log --clear with a note is wrong usage"
$cli log "$tmp/logged.json" --session "$logged" --clear --date 2026-11-23 --minutes 5 --rpe 5 2>"$tmp/err"
r=$?
cmp -s "$tmp/logged.json" "$tmp/before.json" && [ $r = 64 ]
ok $? "log --clear with a date, minutes and RPE is wrong usage, the log kept"
$cli log "$tmp/logged.json" --session "$logged" --clear --status done 2>"$tmp/err"
grep -q -- '--clear removes the session’s log; give it without --status' "$tmp/err"
ok $? "log --clear with a status says why, not the help alone"

# A relative XDG_DATA_HOME is no data folder (the XDG Base Directory
# specification: invalid, to be ignored), and ~/.local/share is taken.
# It was taken from the current folder: the exercises read, like the
# app's working copies, changed with the folder the command ran in.
mkdir -p "$tmp/work/rel/regimen" "$tmp/home/.local/share/regimen"
printf '{"format": "regimen-exercises", "version": 1, "exercises": [%s]}\n' \
  '{"id": "custom-from-cwd-a1b2", "name": "From The Current Folder", "category": "core"}' \
  >"$tmp/work/rel/regimen/exercises.json"
printf '{"format": "regimen-exercises", "version": 1, "exercises": [%s]}\n' \
  '{"id": "custom-from-home-c3d4", "name": "From Home", "category": "core"}' \
  >"$tmp/home/.local/share/regimen/exercises.json"
(cd "$tmp/work" && XDG_DATA_HOME=rel HOME="$tmp/home" $here_cli library list >"$tmp/out" 2>"$tmp/err")
check_exit $? 0 "library list with a relative XDG_DATA_HOME"
grep -q '^custom-from-home-c3d4 ' "$tmp/out"
ok $? "a relative XDG_DATA_HOME reads the exercises of ~/.local/share"
! grep -q 'custom-from-cwd' "$tmp/out"
ok $? "a relative XDG_DATA_HOME is not read from the current folder"

# An empty PLAN (a script's unset variable, `validate "$PLAN"`) is wrong
# usage, said to be empty, as an empty -o is: GFile took it for the
# current folder, "regimen-cli validate: : it is a folder", exit status 2.
$cli validate '' >/dev/null 2>"$tmp/err"
check_exit $? 64 "validate '' is wrong usage"
grep -q 'the plan was given an empty name' "$tmp/err" && ! grep -q 'folder' "$tmp/err"
ok $? "validate '' says the plan's name is empty, not that it is a folder"
$cli block list '' >/dev/null 2>"$tmp/err"
check_exit $? 64 "block list '' is wrong usage"
cp "$tmp/plan.json" "$tmp/before.json"
$cli import-csv "$tmp/plan.json" '' >/dev/null 2>"$tmp/err"
r=$?
[ $r = 64 ] && grep -q 'the CSV file was given an empty name' "$tmp/err" &&
  cmp -s "$tmp/plan.json" "$tmp/before.json"
ok $? "import-csv PLAN '' is wrong usage, said so, the plan as it was (exit $r)"
# FILE “-” is standard input, which import-csv does not read, as a
# plan is not read from it: it was opened as a file called “-”.
$cli import-csv "$tmp/plan.json" - </dev/null >/dev/null 2>"$tmp/err"
r=$?
[ $r = 64 ] && grep -q 'the CSV is read from a file, not from standard input' "$tmp/err"
ok $? "import-csv PLAN - is wrong usage, said so (exit $r)"

exit $fail
