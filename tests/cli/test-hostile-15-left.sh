#!/bin/sh
# What adversarial pass 15 left in the command line (issue #21), each on a
# real file in a call or two (each costs seconds under valgrind).
. "$(dirname "$0")/tap.sh"

echo "1..3"

# 21-3: `format -o ''` said the empty name “ends in /”; it is said to be
# empty, wrong usage, nothing written.
cp "$2/plans/one-week.json" "$tmp/plan.json"
$cli format "$tmp/plan.json" -o '' 2>"$tmp/err"; r=$?
[ "$r" = 64 ] && cmp -s "$tmp/plan.json" "$2/plans/one-week.json" &&
  grep -qx "regimen-cli format: -o was given an empty name; name the file to write, or give - for standard output" "$tmp/err"
ok $? "format -o '' says the name is empty"

# --baseline-load took “0100” and “1.” that no other number option takes;
# it is read as strictly, named with the value and its bound.
$cli new -o "$tmp/zero.json" --baseline-load 0100 2>"$tmp/err"; r1=$?
$cli new -o "$tmp/point.json" --baseline-load 1. 2>>"$tmp/err"; r2=$?
[ "$r1 $r2" = "64 64" ] && [ ! -e "$tmp/zero.json" ] && [ ! -e "$tmp/point.json" ] &&
  grep -qx "regimen-cli new: --baseline-load takes a load from 0 to 100000 AU, such as 360, not “0100”" "$tmp/err" &&
  grep -qx "regimen-cli new: --baseline-load takes a load from 0 to 100000 AU, such as 360, not “1.”" "$tmp/err"
ok $? "--baseline-load refuses 0100 and 1. as wrong usage"

# 1000 kg typed in pounds converted to a hair over 1000 kg and was
# refused; it is the bound. Six decimals, as many as a load takes
# (pass 30: 2204.6226218487757lb is refused now, as progress refuses it;
# 2204.622622lb, the bound to six decimals rounded up, is 1000 kg).
$cli item edit "$tmp/plan.json" --item pku4rcrzoo --load 2204.622622lb >/dev/null &&
  grep -q '"load_kg": 1000,$' "$tmp/plan.json"
ok $? "item edit --load takes 1000 kg typed in pounds"

exit $fail
