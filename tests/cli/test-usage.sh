#!/bin/sh
# regimen-cli's exit statuses for the command line itself.
# REGIMEN_CLI_WRAPPER (valgrind in `build-aux/dev valgrind`) runs each call.
cli="${REGIMEN_CLI_WRAPPER:-} $1"
n=0
fail=0

check () {
  n=$((n + 1))
  if [ "$1" = "$2" ]; then
    echo "ok $n - $3"
  else
    echo "not ok $n - $3 (exit $1, expected $2)"
    fail=1
  fi
}

echo "1..5"
$cli >/dev/null 2>&1; check $? 64 "no command is a usage error"
$cli no-such-command >/dev/null 2>&1; check $? 64 "an unknown command is a usage error"
$cli --help >/dev/null 2>&1; check $? 0 "--help succeeds"
out=$($cli --version); check $? 0 "--version succeeds"
case "$out" in
  "regimen-cli "[0-9]*) check 0 0 "--version prints the version" ;;
  *) check 1 0 "--version prints the version (got: $out)" ;;
esac
exit $fail
