#!/bin/sh
# regimen-cli's exit statuses for the command line itself.
. "$(dirname "$0")/tap.sh"

echo "1..5"
$cli >/dev/null 2>&1; check_exit $? 64 "no command is a usage error"
$cli no-such-command >/dev/null 2>&1; check_exit $? 64 "an unknown command is a usage error"
$cli --help >/dev/null 2>&1; check_exit $? 0 "--help succeeds"
out=$($cli --version); check_exit $? 0 "--version succeeds"
case "$out" in
  "regimen-cli "[0-9]*) check_exit 0 0 "--version prints the version" ;;
  *) check_exit 1 0 "--version prints the version (got: $out)" ;;
esac
exit $fail
