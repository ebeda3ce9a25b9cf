#!/bin/sh
# Issue 21, session 44, pass 44g (test-hostile-44h.sh: 44g was taken): what the drag-and-drop pass left — a
# custom exercises file's refusal set inside the warning's parentheses
# as a part of its sentence.
. "$(dirname "$0")/tap.sh"

echo "1..4"

# A custom exercise whose "name" is 5: the warning read “could not be
# read (At $.exercises[0].name: should be text, not a number.); only the
# built-in exercises are used.”, a sentence and its full stop inside
# another. It reads as one sentence, in German too.
mkdir -p "$tmp/data/regimen"
printf '{"format": "regimen-exercises", "version": 1, "exercises": [{"id": "custom-a-abcd", "name": 5, "category": "strength"}]}' \
  >"$tmp/data/regimen/exercises.json"
XDG_DATA_HOME=$tmp/data $cli library list >/dev/null 2>"$tmp/err"
status=$?
[ $status = 0 ] &&
  grep -q 'could not be read (at \$\.exercises\[0\]\.name: should be text, not a number); only the built-in exercises are used\.$' "$tmp/err"
ok $? "a custom name of 5 is refused inside one sentence (exit $status, got: $(cat "$tmp/err"))"
! grep -q '\.)' "$tmp/err"
ok $? "no full stop before the closing parenthesis"
XDG_DATA_HOME=$tmp/data LANGUAGE=de REGIMEN_LOCALEDIR=$MESON_BUILD_ROOT/po $cli library list >/dev/null 2>"$tmp/err"
grep -q '(bei \$\.exercises\[0\]\.name: [^.]*); nur die mitgelieferten' "$tmp/err" && ! grep -q '\.)' "$tmp/err"
ok $? "and so in German (got: $(cat "$tmp/err"))"

# A plan's own refusal stands alone and stays a sentence of its own.
printf '{"format": "regimen-plan", "version": 1, "title": 5, "weeks": []}' >"$tmp/plan.json"
$cli validate "$tmp/plan.json" >"$tmp/out" 2>&1
grep -q 'At \$\.title: should be text, not a number\.' "$tmp/out"
ok $? "a plan's refusal still begins and ends as a sentence (got: $(cat "$tmp/out"))"

exit $fail
