#!/bin/sh
# What pass 21's helpers left of issue #21, on real files: a command that
# saved a plan and then could not say so (standard output closed, a full
# disk) exited with 1, the status that says nothing was written.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..33"

# Every command that changes a plan and then prints a line about it:
# with standard output closed the change is saved, and the exit status
# (3) and the message say so, not the 1 of a change that failed.
for change in "log --session ch56 --status done" \
              "block add --weeks 2 Base" \
              "week insert 2" \
              "week remove 4" \
              "week copy 1 4" \
              "week lighter 2" \
              "session add --week 1 --day tue --title Hips" \
              "session remove --session ch56" \
              "item add --session ch56 --exercise burpee --sets 2 --reps 8" \
              "item remove --item hhe3" \
              "item edit --item hhe3 --sets 4" \
              "progress --item hhe3 --add 2.5% --weeks 3"; do
  set -- $change
  # The command's own name as its messages give it: “week insert”, and
  # the plan after it.
  case $1 in
    log|progress) name=$1; shift ;;
    *) name="$1 $2"; shift 2 ;;
  esac
  cp "$plans/four-week.json" "$tmp/plan.json"
  rm -f "$tmp/plan.json~"
  # Not under the wrapper: valgrind started with its standard output
  # closed gives that number to a file of its own, which the command
  # then writes to.
  $bare_cli $name "$tmp/plan.json" "$@" >&- 2>"$tmp/err"
  check_exit $? 3 "$name with standard output closed saves, and exits with 3"
  ! cmp -s "$plans/four-week.json" "$tmp/plan.json" && cmp -s "$plans/four-week.json" "$tmp/plan.json~" &&
    grep -qx "regimen-cli $name: $tmp/plan.json: saved, but what the command says about it could not be written: Bad file descriptor" "$tmp/err"
  ok $? "and the plan holds the change, the previous version is kept, and the message says it was saved"
done

# import-csv too: its own export read back into the plan with the log
# taken out.
$cli export-csv "$plans/logged-weeks.json" -o "$tmp/log.csv"
without_log "$plans/logged-weeks.json" "$tmp/unlogged.json"
cp "$tmp/unlogged.json" "$tmp/import.json"
$bare_cli import-csv "$tmp/import.json" "$tmp/log.csv" >&- 2>"$tmp/err"
check_exit $? 3 "import-csv with standard output closed saves, and exits with 3"
! cmp -s "$tmp/unlogged.json" "$tmp/import.json" &&
  grep -q "^regimen-cli import-csv: $tmp/import.json: saved, but" "$tmp/err"
ok $? "and the plan holds the sets, and the message says it was saved"

# Onto a full disk the same, with the system's reason.
cp "$plans/four-week.json" "$tmp/plan.json"
$cli week insert "$tmp/plan.json" 2 >/dev/full 2>"$tmp/err"
check_exit $? 3 "a change whose line goes to a full disk is saved, and exits with 3"
grep -qx "regimen-cli week insert: $tmp/plan.json: saved, but what the command says about it could not be written: No space left on device" "$tmp/err"
ok $? "and says it was saved, and why the line was not written"

# Into a pipe whose reader has gone (“| head -c0”), the same: the
# command was killed by SIGPIPE after its save (141). The pipe's reading
# end is closed before the command starts, so the write always fails.
cp "$plans/four-week.json" "$tmp/plan.json"
status=$(python3 -c '
import os, subprocess, sys
r, w = os.pipe()
os.close(r)
print(subprocess.call(["sh", "-c", sys.argv[1] + " week insert \"$0\" 2", sys.argv[2]], stdout=w, stderr=open(sys.argv[3], "w")))
' "$cli" "$tmp/plan.json" "$tmp/err")
[ "$status" = 3 ] && grep -q "^regimen-cli week insert: $tmp/plan.json: saved, but .*Broken pipe" "$tmp/err" &&
  ! cmp -s "$tmp/plan.json" "$plans/four-week.json"
ok $? "a change whose line goes to a pipe nobody reads is saved, and exits with 3, not killed (status $status: $(cat "$tmp/err"))"

# A command that writes a file and prints nothing has nothing to lose:
# 0, as before.
cp "$plans/four-week.json" "$tmp/plan.json"
$cli format "$tmp/plan.json" >&- &&
  $cli new -o "$tmp/new.json" >&- &&
  $cli print "$tmp/plan.json" -o "$tmp/plan.pdf" >&- &&
  $cli export-ics "$tmp/plan.json" -o "$tmp/plan.ics" >&- &&
  $cli export-csv "$plans/logged-weeks.json" -o "$tmp/plan.csv" >&- &&
  $cli render burpee -o "$tmp/burpee.png" >&- &&
  [ -s "$tmp/new.json" ] && [ -s "$tmp/plan.pdf" ] && [ -s "$tmp/plan.ics" ] && [ -s "$tmp/plan.csv" ] &&
  [ -s "$tmp/burpee.png" ]
ok $? "format, new, print, export-ics, export-csv and render with standard output closed write their files and exit with 0"

# A command that saved nothing and could not print still fails with 1.
$bare_cli validate "$tmp/plan.json" >&- 2>"$tmp/err"
check_exit $? 1 "validate with standard output closed exits with 1"
grep -qx "regimen-cli: the output could not be written: Bad file descriptor" "$tmp/err"
ok $? "and says the output could not be written"

# A closed standard output was the number the next open() took: the
# plan's temporary file became standard output, and a line printed
# before it was closed would have gone into the plan. It is held now.
if command -v strace >/dev/null 2>&1; then
  cp "$plans/four-week.json" "$tmp/plan.json"
  ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
    strace -o "$tmp/trace" -e trace=openat,flock $bare_cli week insert "$tmp/plan.json" 2 >&- 2>/dev/null
  grep -q 'regimen-temporary' "$tmp/trace" && ! grep -q 'regimen-temporary.* = 1$' "$tmp/trace" &&
    ! grep -q '^flock(1,' "$tmp/trace"
  ok $? "a closed standard output never becomes the plan's temporary file or its lock"
else
  n=$((n + 1)); echo "ok $n # SKIP no strace here"
fi

exit $fail
