#!/bin/sh
# regimen-cli's exit statuses for the command line itself.
. "$(dirname "$0")/tap.sh"

echo "1..8"
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
exit $fail
