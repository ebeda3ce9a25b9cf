#!/bin/sh
# regimen-cli's exit statuses for the command line itself.
. "$(dirname "$0")/tap.sh"

echo "1..11"
$cli >/dev/null 2>&1; check_exit $? 64 "no command is a usage error"
$cli no-such-command >/dev/null 2>&1; check_exit $? 64 "an unknown command is a usage error"
$cli --help >/dev/null 2>&1; check_exit $? 0 "--help succeeds"
out=$($cli --version); check_exit $? 0 "--version succeeds"
case "$out" in
  "regimen-cli "[0-9]*) check_exit 0 0 "--version prints the version" ;;
  *) check_exit 1 0 "--version prints the version (got: $out)" ;;
esac
# Output that cannot be written (a full disk) is a failure that says so,
# not a success with the text lost.
$cli validate "$2/check/sound.json" >/dev/full 2>"$tmp/err"; check_exit $? 1 "validate onto a full disk fails"
grep -q "the output could not be written" "$tmp/err"; check_exit $? 0 "and says the output could not be written"
$cli stats "$2/check/sound.json" >/dev/full 2>/dev/null; check_exit $? 1 "stats onto a full disk fails"
# Under a UTF-8 locale (the tests run in C.UTF-8) a text option that is not
# UTF-8 is named, in either of its forms, not left to GOption's message
# ("Invalid byte sequence in conversion input"), which names none.
cp "$2/plans/one-week.json" "$tmp/plan.json"
$cli log "$tmp/plan.json" --session 3idq --status done --note "$(printf 'a\377b')" 2>"$tmp/err"
check_exit $? 64 "a --note that is not UTF-8 is wrong usage"
$cli log "$tmp/plan.json" --session 3idq --status done --item pku4 --item-note="$(printf 'a\377b')" 2>>"$tmp/err"
[ "$(cat "$tmp/err")" = "regimen-cli log: the text given with --note is not valid UTF-8
regimen-cli log: the text given with --item-note is not valid UTF-8" ] && cmp -s "$tmp/plan.json" "$2/plans/one-week.json"
ok $? "which names the option, and the plan is untouched"
# A number given for a range with nothing in it (week 1 of a plan without
# weeks, its last one removed) is told the plan's weeks, without a
# GLib-CRITICAL about the empty range (adversarial pass 16b).
printf '{"format": "regimen-plan", "version": 1, "weeks": []}' >"$tmp/empty.json"
$cli week remove "$tmp/empty.json" 1 2>"$tmp/err"
[ $? = 2 ] && grep -q 'there is no week 1: the plan has 0 weeks' "$tmp/err" && ! grep -q CRITICAL "$tmp/err"
ok $? "week 1 of a plan without weeks is named, with no critical warning"
exit $fail
