#!/bin/sh
# What pass 29 left in the command line's numbers (issue #21, session 30):
# a load has six decimals at most, as many as it is shown with.
. "$(dirname "$0")/tap.sh"

echo "1..3"

# --load 999.9999999999999999 was read as 1000 kg: more decimals than a
# load is shown with are wrong usage, naming the option, the plan as it
# was.
cp "$2/plans/one-week.json" "$tmp/plan.json"
$cli item edit "$tmp/plan.json" --item pku4 --load 999.9999999999999999 >"$tmp/out" 2>"$tmp/err"; r=$?
[ "$r" = 64 ] && cmp -s "$tmp/plan.json" "$2/plans/one-week.json" &&
  grep -qx "regimen-cli item edit: --load takes at most 6 decimals, as many as a load is shown with, not “999.9999999999999999”" "$tmp/err"
ok $? "--load with more than six decimals is wrong usage, naming the option"

# --load 0.001lb was written 0.00045359237000000004: a load in pounds is
# kept in kilograms to six decimals.
$cli item edit "$tmp/plan.json" --item pku4 --load 0.001lb >/dev/null 2>"$tmp/err" &&
  grep -q '"load_kg": 0.000454,$' "$tmp/plan.json" &&
  $cli item edit "$tmp/plan.json" --item pku4 --load 2204.622621lb >/dev/null 2>>"$tmp/err" &&
  grep -q '"load_kg": 1000,$' "$tmp/plan.json" &&
  $cli item edit "$tmp/plan.json" --item pku4 --load 62.5 >/dev/null 2>>"$tmp/err" &&
  grep -q '"load_kg": 62.5,$' "$tmp/plan.json"
ok $? "a load in pounds is stored in kilograms rounded to six decimals"

# One that would round to no load at all is refused, not written as 0.
cp "$tmp/plan.json" "$tmp/before.json"
$cli item edit "$tmp/plan.json" --item pku4 --load 0.000001lb >/dev/null 2>"$tmp/err"; r=$?
[ "$r" = 64 ] && cmp -s "$tmp/plan.json" "$tmp/before.json" && grep -q "^regimen-cli item edit: --load takes" "$tmp/err"
ok $? "a load in pounds too small for six decimals of kilograms is wrong usage"

exit $fail
