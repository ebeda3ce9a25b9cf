#!/bin/sh
# Issue 21, the review of pass 34b: a save gives the plan back the
# set-user-ID and set-group-ID bits it had when the save began; its owner
# took them off while the save waited for the plan's lock (another
# program's `flock PLAN`, up to 30 s), and the save put them back.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..2"

# The helper holds the lock on FILE, runs the command, and once the
# command has made its temporary file (so read the mode it gives it, and
# waits for the lock) takes the bits off, then lets the lock go.
cat >"$tmp/bits-meanwhile.py" <<'PY'
import fcntl, os, stat, subprocess, sys, time
target, command = sys.argv[1], sys.argv[2:]
folder = os.path.dirname(target)
holder = open(target)
fcntl.flock(holder, fcntl.LOCK_EX)
save = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
def writes():
    return any(entry.startswith(".regimen-temporary-") for entry in os.listdir(folder))
while not writes() and save.poll() is None:
    time.sleep(0.01)
os.chmod(target, 0o750)
holder.close()
err = save.communicate()[1].decode()
print(save.returncode, err.strip().replace("\n", " "))
PY
mkdir "$tmp/bits"
cp "$plans/four-week.json" "$tmp/bits/plan.json"
chmod 6750 "$tmp/bits/plan.json"
python3 "$tmp/bits-meanwhile.py" "$tmp/bits/plan.json" $bare_cli week insert "$tmp/bits/plan.json" 1 >"$tmp/out" 2>"$tmp/err"
read status message <"$tmp/out"
[ "$status" = 0 ]
ok $? "the save waiting for the lock succeeds (got: $status $message $(cat "$tmp/err"))"
mode=$(stat -c %a "$tmp/bits/plan.json")
weeks=$(grep -c '"days"' "$tmp/bits/plan.json")
[ "$mode" = 750 ] && [ "$weeks" = 5 ]
ok $? "the saved plan has the mode its owner left it, 750, with the new week (mode $mode, $weeks weeks)"

exit $fail
