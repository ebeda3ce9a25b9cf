#!/bin/sh
# Hostile files, pass 29 (found by 29a and 29b, left to the lead): standard error
# sent onto a file the command reads or writes. The shell opens it without
# emptying it, so a message (“week 99 does not exist”, an export's warning)
# was written after the plan's text, a plan that then no longer opened.
# Refused before anything is read, the refusal on standard output.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..10"

mkdir "$tmp/err"
cp "$plans/one-week.json" "$tmp/err/plan.json"
cp "$tmp/err/plan.json" "$tmp/err/before.json"

# A failing edit with standard error onto the plan: the plan stays whole.
$cli week insert "$tmp/err/plan.json" 99 2>>"$tmp/err/plan.json" >"$tmp/err/out"; status=$?
[ $status = 1 ] && cmp -s "$tmp/err/plan.json" "$tmp/err/before.json" &&
  grep -q '^regimen-cli: standard error is “.*/plan.json”, a file named on the command line' "$tmp/err/out" &&
  $cli validate "$tmp/err/plan.json" >/dev/null
ok $? "week insert PLAN 99 2>>PLAN: exit status 1, the plan unchanged and still opening, said on standard output"

# Its previous version too, and any command (one that would succeed).
cp "$tmp/err/plan.json" "$tmp/err/plan.json~"
$cli validate "$tmp/err/plan.json" 2>>"$tmp/err/plan.json~" >"$tmp/err/out"; status=$?
[ $status = 1 ] && cmp -s "$tmp/err/plan.json~" "$tmp/err/before.json" && grep -q 'standard error is “.*/plan.json~”' "$tmp/err/out"
ok $? "validate PLAN 2>>PLAN~: refused, PLAN~ unchanged"

# An option's file, given as --name=FILE: the CSV an import reads.
$cli export-csv "$tmp/err/plan.json" -o "$tmp/err/log.csv" 2>/dev/null
cp "$tmp/err/log.csv" "$tmp/err/log-before.csv"
$cli export-csv "$tmp/err/plan.json" --output="$tmp/err/log.csv" 2>>"$tmp/err/log.csv" >/dev/null; status=$?
$cli import-csv "$tmp/err/plan.json" "$tmp/err/log.csv" 2>>"$tmp/err/log.csv" >/dev/null; status2=$?
[ $status = 1 ] && [ $status2 = 1 ] && cmp -s "$tmp/err/log.csv" "$tmp/err/log-before.csv" &&
  cmp -s "$tmp/err/plan.json" "$tmp/err/before.json"
ok $? "an output named with --output= and an input CSV as standard error are refused, both unchanged"

# Both streams onto the plan: nothing can be said, nothing is written.
$cli week insert "$tmp/err/plan.json" 99 >>"$tmp/err/plan.json" 2>&1; status=$?
[ $status = 1 ] && cmp -s "$tmp/err/plan.json" "$tmp/err/before.json"
ok $? "&>>PLAN: exit status 1, nothing written anywhere"

# Standard error onto another file, or a terminal's: the command runs.
$cli week insert "$tmp/err/plan.json" 1 2>>"$tmp/err/messages.txt" >/dev/null; status=$?
[ $status = 0 ] && [ "$($cli stats "$tmp/err/plan.json" --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["weeks"]))')" = 2 ]
ok $? "standard error onto a file not named: the command runs as ever"

LANGUAGE=de LC_ALL=de_DE.UTF-8 REGIMEN_LOCALEDIR=$MESON_BUILD_ROOT/po $cli validate "$tmp/err/plan.json" 2>>"$tmp/err/plan.json" >"$tmp/err/out"
grep -q '^regimen-cli: die Standardfehlerausgabe ist „' "$tmp/err/out"
ok $? "the refusal speaks German"

# A standard output that cannot take the plan (a full disk): said once,
# with why, as every command says it; format -o - said it twice, the
# second time without why.
$cli format "$tmp/err/plan.json" -o - >/dev/full 2>"$tmp/err/full"; status=$?
$cli new -o - --weeks 1 >/dev/full 2>>"$tmp/err/full"; status2=$?
[ $status = 1 ] && [ $status2 = 1 ] && [ "$(wc -l <"$tmp/err/full")" = 2 ] &&
  [ "$(grep -c '^regimen-cli: the output could not be written: No space left on device$' "$tmp/err/full")" = 2 ]
ok $? "format -o - and new -o - onto a full disk say once why the output could not be written"

# A plan's previous version given as the plan to change (found by pass
# 29a in the window, which refuses it): the change was saved into PLAN~,
# and gone with the next save of PLAN. Refused, PLAN~ as it was.
# (minified, so that format would write it)
python3 -c 'import json, sys; json.dump(json.load(open(sys.argv[1])), open(sys.argv[2], "w"), separators=(",", ":"))' \
  "$tmp/err/plan.json" "$tmp/err/plan.json~"
cp "$tmp/err/plan.json~" "$tmp/err/backup-before.json"
$cli week insert "$tmp/err/plan.json~" 1 >/dev/null 2>"$tmp/err/backup-err"; status=$?
$cli format "$tmp/err/plan.json~" 2>>"$tmp/err/backup-err"; status2=$?
[ $status = 1 ] && [ $status2 = 1 ] && cmp -s "$tmp/err/plan.json~" "$tmp/err/backup-before.json" &&
  [ ! -e "$tmp/err/plan.json~~" ] && grep -q 'it is the previous version of “.*/plan.json”' "$tmp/err/backup-err"
ok $? "week insert and format refuse to change PLAN~ in place, naming PLAN"

# A new plan written as PLAN~ beside a plan (review of pass 29): the
# plan's next save kept its previous version under that name, and the
# new plan was gone. Refused, by new and by format -o, naming the plan;
# an output named NAME~ with no NAME beside it is written.
rm -f "$tmp/err/plan.json~"
$cli new -o "$tmp/err/plan.json~" --weeks 2 2>"$tmp/err/new-backup"; status=$?
$cli format "$plans/one-week.json" -o "$tmp/err/plan.json~" 2>>"$tmp/err/new-backup"; status2=$?
$cli new -o "$tmp/err/lone~" --weeks 1 2>/dev/null; status3=$?
[ $status = 1 ] && [ $status2 = 1 ] && [ $status3 = 0 ] && [ ! -e "$tmp/err/plan.json~" ] &&
  [ "$(grep -c 'it would be the previous version of “.*/plan.json”, which the next save of that file replaces' "$tmp/err/new-backup")" = 2 ]
ok $? "new -o PLAN~ and format -o PLAN~ beside PLAN are refused, naming PLAN; NAME~ alone is written"

# diff's exit status 1 says the plans differ: refused, it is 2, trouble
# (review of pass 29).
cp "$tmp/err/plan.json" "$tmp/err/same.json"
cp "$tmp/err/plan.json" "$tmp/err/diff-before.json"
$cli diff "$tmp/err/plan.json" "$tmp/err/same.json" 2>>"$tmp/err/plan.json" >/dev/null; status=$?
[ $status = 2 ] && cmp -s "$tmp/err/plan.json" "$tmp/err/diff-before.json"
ok $? "diff with standard error onto a plan is refused with exit status 2, not the 1 of plans that differ"
