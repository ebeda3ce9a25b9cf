#!/bin/sh
# Issue 21, session 43: what passes 42b and 42c left in `progress` — a
# command saying less than it did.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..2"

# A rule its block cuts short said “1 week written.” alone for --weeks 4:
# the line says why now, in the core's words the app's toast uses.
cp "$plans/four-week.json" "$tmp/cut.json"
$cli block add "$tmp/cut.json" Base --weeks 3 >/dev/null 2>&1
$cli progress "$tmp/cut.json" --item otuwlimgq5 --add 1rep --weeks 4 >"$tmp/out" 2>"$tmp/err"
status=$?
[ $status = 0 ] &&
  [ "$(cat "$tmp/out")" = "barbell-back-squat (week 2, Mon): add 1 rep each week, for 4 weeks; 1 week written: block “Base” ends at week 3." ]
ok $? "a rule its block cuts short says where the block ends (exit $status, got: $(cat "$tmp/out" "$tmp/err"))"
# A rule its block does not cut says nothing of it.
cp "$plans/four-week.json" "$tmp/whole.json"
$cli block add "$tmp/whole.json" Base --weeks 4 >/dev/null 2>&1
$cli progress "$tmp/whole.json" --item otuwlimgq5 --add 1rep --weeks 3 >"$tmp/out" 2>&1
[ "$(cat "$tmp/out")" = "barbell-back-squat (week 2, Mon): add 1 rep each week, for 3 weeks; 2 weeks written." ]
ok $? "a rule that fits in its block says only the weeks written (got: $(cat "$tmp/out"))"

exit $fail
