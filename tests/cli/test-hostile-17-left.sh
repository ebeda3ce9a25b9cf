#!/bin/sh
# What adversarial passes 16 and 17 left (issue #21), each on a real file
# in a call or two (each costs seconds under valgrind).
. "$(dirname "$0")/tap.sh"

echo "1..1"

# log --set 10x040 logged 40 kg: the load's reader took a leading zero
# that every other number of the command line refuses. One reader now.
cp "$2/plans/one-week.json" "$tmp/plan.json"
$cli log "$tmp/plan.json" --session 3idq --status done --item pku4 --set 10x040 2>"$tmp/err"; r=$?
[ "$r" = 64 ] && cmp -s "$tmp/plan.json" "$2/plans/one-week.json" &&
  grep -q "“10x040” is not a set" "$tmp/err" &&
  $cli log "$tmp/plan.json" --session 3idq --status done --item pku4 --set 10x0.5 >/dev/null &&
  grep -q '"load": 0.5' "$tmp/plan.json"
ok $? "a logged load with a leading zero is wrong usage, 0.5 is taken"

exit $fail
