#!/bin/sh
# Issue 21, pass 20 (core and command line): a command stopped by Ctrl+C,
# kill or a closed terminal in the moment between making a temporary
# file and recording it for its signal handler left that file beside the
# plan; and a save that could not open the plan to lock it (no file
# descriptor left) said another program had changed the file.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

# LeakSanitizer cannot run under ptrace: a sanitizer build's command,
# traced here, would abort at its exit instead of reporting; its leaks
# are checked by the untraced runs of every other test.
untraced_leaks="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"

echo "1..8"

# Each case stops a week insert with SIGTERM at one system call of its
# save (strace delivers the signal as that call returns): the plan and
# its previous version stay as they were, and nothing else is left.
stopped_save () {
  rm -rf "$tmp/stop"
  mkdir "$tmp/stop"
  cp "$plans/logged-weeks.json" "$tmp/stop/plan.json"
  $cli week insert "$tmp/stop/plan.json" 3 >/dev/null
  cp "$tmp/stop/plan.json" "$tmp/before.json"
  ASAN_OPTIONS=$untraced_leaks strace -f -o /dev/null "$@" $bare_cli week insert "$tmp/stop/plan.json" 2 >/dev/null 2>&1
  status=$?
  left=$(ls -A "$tmp/stop" | grep -v '^plan\.json~\{0,1\}$' | tr '\n' ' ')
  [ "$status" = 143 ] && [ -z "$left" ] && cmp -s "$tmp/stop/plan.json" "$tmp/before.json" &&
    cmp -s "$tmp/stop/plan.json~" "$plans/logged-weeks.json"
}

if command -v strace >/dev/null 2>&1; then
  # The new version is made, then locked, then recorded.
  stopped_save -e inject=flock:signal=SIGTERM:when=1
  ok $? "stopped as its new version is locked, a save leaves no temporary file (exit $status, left: $left)"
  # The plan is stashed as a hard link, then recorded.
  stopped_save -e inject=link:signal=SIGTERM:when=1
  ok $? "stopped as the previous version is stashed, a save leaves no hard link of it (exit $status, left: $left)"
  # Where hard links are refused the stash is a copy, recorded only
  # once it was written and synced.
  stopped_save -e inject=link:error=EPERM -e inject=fchown:signal=SIGTERM:when=1
  ok $? "stopped while the previous version is copied, a save leaves no copy (exit $status, left: $left)"
  stopped_save -e inject=link:error=EPERM -e inject=fsync:signal=SIGTERM:when=2
  ok $? "nor once the copy is synced (exit $status, left: $left)"
else
  for case in 1 2 3 4; do
    n=$((n + 1))
    echo "ok $n # SKIP strace is not installed"
  done
fi

# ulimit -n: the save opens the plan to take the lock its writers share;
# with no descriptor left that failed, and the save said “another
# program changed the file meanwhile”, sending the person to look for a
# program that never was.
mkdir "$tmp/files"
cp "$plans/logged-weeks.json" "$tmp/files/plan.json"
if command -v strace >/dev/null 2>&1; then
  ASAN_OPTIONS=$untraced_leaks LANGUAGE=C strace -f -o /dev/null -e inject=openat:error=EMFILE:when=2+ -e trace=openat \
    -P "$tmp/files/plan.json" $bare_cli week insert "$tmp/files/plan.json" 2 >/dev/null 2>"$tmp/err"
  check_exit $? 1 "a save that cannot open the plan to lock it fails"
  grep -q 'Too many open files' "$tmp/err" && ! grep -q 'another program changed' "$tmp/err"
  ok $? "it says why, not that another program changed the file ($(cat "$tmp/err"))"
else
  for case in 1 2; do
    n=$((n + 1))
    echo "ok $n # SKIP strace is not installed"
  done
fi
cmp -s "$tmp/files/plan.json" "$plans/logged-weeks.json" && [ ! -e "$tmp/files/plan.json~" ] &&
  [ -z "$(ls -A "$tmp/files" | grep -v '^plan\.json$')" ]
ok $? "the plan is as it was, and nothing is left beside it"
$cli week insert "$tmp/files/plan.json" 2 >/dev/null
check_exit $? 0 "with descriptors to spare the same save succeeds"

exit $fail
