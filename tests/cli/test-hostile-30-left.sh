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

# A load in pounds is kept in kilograms as the window's item editor keeps
# it, so that one typed in either place is one load to Planned and Done
# (rounded to six decimals, 135lb was 61.23497 kg where the window's was
# 61.23496995).
$cli item edit "$tmp/plan.json" --item pku4 --load 135lb >/dev/null 2>"$tmp/err" &&
  grep -q '"load_kg": 61.23496995,$' "$tmp/plan.json" &&
  $cli item edit "$tmp/plan.json" --item pku4 --load 0.001lb >/dev/null 2>>"$tmp/err" &&
  grep -q '"load_kg": 0.00045359237000000004,$' "$tmp/plan.json" &&
  $cli item edit "$tmp/plan.json" --item pku4 --load 62.5 >/dev/null 2>>"$tmp/err" &&
  grep -q '"load_kg": 62.5,$' "$tmp/plan.json"
ok $? "a load in pounds is stored in kilograms as the window stores it"

# Zeros after the last decimal give none: 62.50000000kg is 62.5, where
# it was refused as eight decimals.
$cli item edit "$tmp/plan.json" --item pku4 --load 62.50000000kg >/dev/null 2>"$tmp/err" &&
  grep -q '"load_kg": 62.5,$' "$tmp/plan.json" &&
  $cli item edit "$tmp/plan.json" --item pku4 --load 70.0000000 >/dev/null 2>>"$tmp/err" &&
  grep -q '"load_kg": 70,$' "$tmp/plan.json"
ok $? "zeros at the end of a load's decimals do not count"

exit $fail
