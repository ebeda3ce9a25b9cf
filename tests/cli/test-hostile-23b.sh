#!/bin/sh
# Adversarial pass 23b: what the fresh pass found in the command line.
. "$(dirname "$0")/tap.sh"

echo "1..8"
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

exit $fail
