#!/bin/sh
# What adversarial pass 12 left in the files and the command line (issue
# #21), each on a real file in a call or two (each costs seconds under
# valgrind).
. "$(dirname "$0")/tap.sh"

echo "1..5"

# 21-1: an output written to the plan's own “PLAN~” replaced the previous
# version a save had kept there (the app refuses it). Refused by any
# spelling of the name, a symbolic link too, even with new --force; the
# backup is left as it was.
cp "$2/plans/one-week.json" "$tmp/plan.json"
echo previous >"$tmp/plan.json~"
mkdir "$tmp/sub"
$cli format "$tmp/plan.json" -o "$tmp/sub/..//plan.json~" 2>"$tmp/err"
check_exit $? 1 "format -o PLAN~ spelled with .. and // exits with 1"
grep -q "it is the previous version of “.*/plan.json”" "$tmp/err" && [ "$(cat "$tmp/plan.json~")" = previous ]
ok $? "the message names the plan, and its previous version is left as it was"
ln -s plan.json~ "$tmp/figure.png"
$cli render push-up -o "$tmp/figure.png" 2>/dev/null
check_exit $? 1 "render -o a symbolic link to PLAN~ exits with 1"
$cli new --force -o "$tmp/figure.png" 2>/dev/null
check_exit $? 1 "new --force -o a symbolic link to PLAN~ exits with 1"
[ "$(cat "$tmp/plan.json~")" = previous ]
ok $? "PLAN~ is still the previous version"

exit $fail
