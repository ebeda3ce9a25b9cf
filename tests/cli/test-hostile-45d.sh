#!/bin/sh
# Issue 21, session 45: the reason a failed write of the command's
# output gives is the write's own. It was read from errno when the
# failure was noticed, which could be long after the write: a command's
# --help written by GOption (g_print) to a full disk or a closed output
# failed there, and the exit handler that noticed said only "could not
# be written." (errno by then another call's). Each output below is
# written to /dev/full, to a closed standard output and to a pipe closed
# early, with the reason and the exit status it should have.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..11"

full_message="regimen-cli: the output could not be written: No space left on device"
closed_message="regimen-cli: the output could not be written: Bad file descriptor"
pipe_message="regimen-cli: the output could not be written: Broken pipe"

# A plan of 52 weeks: its stats are far more than a pipe holds (64 KiB).
python3 - "$plans/four-week.json" "$tmp/year.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
plan["weeks"] = [dict(week, label="Week %d of the year" % (i + 1)) for i, week in
                 enumerate((plan["weeks"] * 13)[:52])]
for week in plan["weeks"]:
    for day in week["days"]:
        for session in day["sessions"]:
            session.pop("id", None)
            for item in session["items"]:
                item.pop("id", None)
                item.pop("progressed_from", None)
                item.pop("progression", None)
plan.pop("blocks", None)
json.dump(plan, open(sys.argv[2], "w"))
PY

if [ -w /dev/full ]; then
  for command in "validate --help" "new --help-all" "stats --json $tmp/year.json" "format -o - $tmp/year.json"; do
    # shellcheck disable=SC2086 # the words of the command
    $cli $command >/dev/full 2>"$tmp/err"
    status=$?
    [ $status = 1 ] && [ "$(cat "$tmp/err")" = "$full_message" ]
    ok $? "$command to a full disk exits with 1 and says why (exit $status, got: $(cat "$tmp/err"))"
  done
else
  for i in 1 2 3 4; do
    echo "ok $((n + i)) # SKIP no /dev/full"
  done
  n=$((n + 4))
fi

for command in "library list --help" "stats $tmp/year.json" "export-ics $tmp/year.json"; do
  # Not under the wrapper: valgrind started with its standard output
  # closed gives that number to a file of its own, which the command
  # then writes to.
  # shellcheck disable=SC2086 # the words of the command
  "$1" $command >&- 2>"$tmp/err"
  status=$?
  [ $status = 1 ] && [ "$(cat "$tmp/err")" = "$closed_message" ]
  ok $? "$command to a closed output exits with 1 and says why (exit $status, got: $(cat "$tmp/err"))"
done

# A pipe whose reader goes after one byte (stats --json of the year is
# 340 KB, more than the pipe and head's read take, so later writes
# always find it gone): a command that only prints is ended by SIGPIPE,
# as cat is (141 in a shell), without a word.
status=$(sh -c '"$0" stats --json "$1" 2>"$2"; echo $? >"$3"' "$1" "$tmp/year.json" "$tmp/err" "$tmp/status" |
  head -c1 >/dev/null; cat "$tmp/status")
[ "$status" = 141 ] && [ ! -s "$tmp/err" ]
ok $? "stats --json into a pipe closed after one byte ends by SIGPIPE, silent (exit $status, got: $(cat "$tmp/err"))"

# With SIGPIPE ignored by whoever started it (as nohup or a daemon
# leaves it), the write fails instead: exit 1 and the reason.
status=$(sh -c 'trap "" PIPE; "$0" stats --json "$1" 2>"$2"; echo $? >"$3"' "$1" "$tmp/year.json" "$tmp/err" "$tmp/status" |
  head -c1 >/dev/null; cat "$tmp/status")
[ "$status" = 1 ] && [ "$(cat "$tmp/err")" = "$pipe_message" ]
ok $? "stats --json into a pipe closed after one byte, SIGPIPE ignored, exits with 1 and says why (exit $status, got: $(cat "$tmp/err"))"

# Into a pipe whose reading end is closed before the command starts, so
# that even one short line fails: COMMAND… with SIGPIPE ignored.
into_closed_pipe () {
  python3 -c '
import os, subprocess, sys
r, w = os.pipe()
os.close(r)
print(subprocess.call(["sh", "-c", "trap \"\" PIPE; exec \"$@\"", "sh"] + sys.argv[2:], stdout=w, stderr=open(sys.argv[1], "w")))
' "$tmp/err" "$@"
}
status=$(into_closed_pipe "$1" week --help)
[ "$status" = 1 ] && [ "$(cat "$tmp/err")" = "$pipe_message" ]
ok $? "week --help into a pipe nobody reads, SIGPIPE ignored, exits with 1 and says why (exit $status, got: $(cat "$tmp/err"))"

# A change saved whose line goes to a pipe nobody reads: 3, and why.
cp "$plans/four-week.json" "$tmp/plan.json"
status=$(into_closed_pipe "$1" week insert "$tmp/plan.json" 2)
[ "$status" = 3 ] &&
  [ "$(cat "$tmp/err")" = "regimen-cli week insert: $tmp/plan.json: saved, but what the command says about it could not be written: Broken pipe" ]
ok $? "week insert into a pipe nobody reads is saved, exits with 3 and says why (exit $status, got: $(cat "$tmp/err"))"

exit $fail
