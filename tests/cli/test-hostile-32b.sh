#!/bin/sh
# Adversarial pass 32b: hostile disks and interleavings, what the disk
# and other processes do while a command saves.
. "$(dirname "$0")/tap.sh"

echo "1..11"

# A save of a plan it read (week, block, log…) reads the file again under
# its lock, to replace only the version it read. A disk that failed that
# read (EIO: a failing disk, a network share gone away) was said to be
# “another program changed the file meanwhile”: a change no one made, and
# `log` tried again as for one. It is said as what it is. The failing
# read is a preloaded read() that fails on a file once it is locked, not
# a race (not under AddressSanitizer, which must come first).
mkdir "$tmp/plans"
dir=$(cd "$tmp/plans" && pwd -P)
cp "$2/plans/logged-weeks.json" "$dir/plan.json"
echo older >"$dir/plan.json~"
cp "$dir/plan.json" "$tmp/before.json"
if ldd "$bare_cli" | grep -q libasan || [ -z "${REGIMEN_FAIL_LOCKED_READ_MODULE:-}" ]; then
  for i in 1 2 3 4; do
    n=$((n + 1)); echo "ok $n # SKIP no failing disk preloaded under AddressSanitizer"
  done
else
  LD_PRELOAD="$REGIMEN_FAIL_LOCKED_READ_MODULE" REGIMEN_FAIL_LOCKED_READ="$dir/plan.json" \
    $bare_cli week insert "$dir/plan.json" 1 >"$tmp/out" 2>"$tmp/err"
  check_exit $? 1 "week insert fails when the plan cannot be read again under its lock"
  grep -q 'the file could not be read to check that no other program changed it, so it was not replaced (Input/output error)' "$tmp/err" &&
    ! grep -q 'another program changed' "$tmp/err"
  ok $? "the message says the file could not be read, not that another program changed it: $(tr "\n" " " <"$tmp/err")"
  cmp -s "$dir/plan.json" "$tmp/before.json" && [ "$(cat "$dir/plan.json~")" = older ] &&
    [ "$(ls -A "$dir")" = "$(printf 'plan.json\nplan.json~')" ]
  ok $? "the plan and its previous version are as they were, nothing left beside them"
  LD_PRELOAD="$REGIMEN_FAIL_LOCKED_READ_MODULE" REGIMEN_FAIL_LOCKED_READ="$dir/plan.json" \
    $bare_cli log "$dir/plan.json" --session mon0sess01 --status skipped >"$tmp/out" 2>"$tmp/err"
  [ $? = 1 ] && grep -q 'could not be read to check' "$tmp/err" && [ "$(grep -c . "$tmp/err")" = 1 ] &&
    cmp -s "$dir/plan.json" "$tmp/before.json"
  ok $? "log says it once and changes nothing: $(tr "\n" " " <"$tmp/err")"
fi

# A plan mounted in place of a file (mount --bind, as a container mounts
# one file: docker run -v plan.json:/data/plan.json) cannot be renamed
# over: every save failed with “the new version could not replace the old
# one (Device or resource busy)”, which said neither why nor what to do,
# after copying the whole plan aside for PLAN~ (no hard link crosses a
# mount). It is said before anything is written, for an export too. A
# mount of its own needs a user and mount namespace: skipped without.
mkdir "$tmp/bind" "$tmp/bound"
cp "$2/plans/one-week.json" "$tmp/bind/plan.json"
cp "$2/plans/one-week.json" "$tmp/bind/before.json"
echo calendar >"$tmp/bind/week.ics"
touch "$tmp/bound/plan.json" "$tmp/bound/week.ics"
if unshare -rm true 2>/dev/null; then
  unshare -rm sh -c 'mount --bind "$1/plan.json" "$2/plan.json" && mount --bind "$1/week.ics" "$2/week.ics" &&
                     { $3 week insert "$2/plan.json" 1; echo $?; $3 export-ics -o "$2/week.ics" "$1/before.json"; echo $?;
                       ls -A "$2"; }' \
    sh "$tmp/bind" "$tmp/bound" "$bare_cli" >"$tmp/status" 2>"$tmp/err"
  [ "$(head -2 "$tmp/status" | tr '\n' ' ')" = "1 1 " ] &&
    [ "$(grep -c 'another file is mounted in its place (a bind mount, as a container mounts a single file), and a file mounted so cannot be replaced by a new version; mount the folder it is in instead, or choose another name\.$' "$tmp/err")" = 2 ] &&
    ! grep -q 'resource busy' "$tmp/err"
  ok $? "a save and an export of a file mounted in its place say so and what to do: $(tr "\n" " " <"$tmp/err")"
  cmp -s "$tmp/bind/plan.json" "$tmp/bind/before.json" && [ "$(cat "$tmp/bind/week.ics")" = calendar ] &&
    [ "$(tail -n +3 "$tmp/status" | tr '\n' ' ')" = "plan.json week.ics " ] && [ "$(ls -A "$tmp/bind")" = "$(printf 'before.json\nplan.json\nweek.ics')" ]
  ok $? "the plan and the calendar are as they were, nothing left beside them"
else
  n=$((n + 1)); echo "ok $n # SKIP no user and mount namespace for a bind mount"
  n=$((n + 1)); echo "ok $n # SKIP no user and mount namespace for a bind mount"
fi


# On a network file system (NFS, since Linux 2.6.12) flock() is a
# byte-range lock of the whole file, and an exclusive one needs the file
# open for writing: the lock a save takes on the plan, opened only for
# reading, failed with EBADF and was taken for a file system without
# locks. Two saves of one plan (the app and a `regimen-cli log` from
# cron) took no turns there: each compared the file with the version it
# read, and the one that renamed last replaced the other's change unseen.
# And the leftovers of a killed save were never removed. The module
# preloaded gives the command those locks; the test holds the plan's lock
# and knows the command waits for it when the module says it was refused
# (no timing).
mkdir "$tmp/nfs"
cp "$2/plans/one-week.json" "$tmp/nfs/plan.json"
echo older >"$tmp/nfs/plan.json~"
if ldd "$bare_cli" | grep -q libasan || [ -z "${REGIMEN_NFS_LOCKS_MODULE:-}" ]; then
  for i in 1 2 3; do
    n=$((n + 1)); echo "ok $n # SKIP no network file system's locks preloaded under AddressSanitizer"
  done
else
  python3 - "$tmp/nfs/plan.json" "$tmp/waiting" "$REGIMEN_NFS_LOCKS_MODULE" "$bare_cli" >"$tmp/held" 2>"$tmp/err" <<'PY'
import fcntl, os, subprocess, sys, time
plan, marker, module, cli = sys.argv[1:5]
held = os.open(plan, os.O_RDWR)
fcntl.flock(held, fcntl.LOCK_EX)
env = dict(os.environ, LD_PRELOAD=module, REGIMEN_NFS_LOCKS_WAITING=marker)
command = subprocess.Popen([cli, "week", "insert", plan, "1"], env=env, stdout=subprocess.DEVNULL)
# Until the command either waits for the lock or has ended without it.
while command.poll() is None and not os.path.exists(marker):
    time.sleep(0.01)
print("waited" if command.poll() is None else "did not wait")
os.close(held)
print(command.wait())
PY
  [ "$(cat "$tmp/held" | tr '\n' ' ')" = "waited 0 " ]
  ok $? "a save waits for the plan's lock where an exclusive lock needs the file open for writing: $(cat "$tmp/held" | tr '\n' ' ')"
  python3 -c 'import json, sys; p = json.load(open(sys.argv[1])); q = json.load(open(sys.argv[2])); sys.exit(0 if len(p["weeks"]) == 2 and len(q["weeks"]) == 1 else 1)' \
    "$tmp/nfs/plan.json" "$tmp/nfs/plan.json~"
  ok $? "the plan has its new week, the version before it is PLAN~"
  touch "$tmp/nfs/.regimen-temporary-Ab12Cd" "$tmp/nfs/.regimen-temporary-0123abcd~"
  LD_PRELOAD="$REGIMEN_NFS_LOCKS_MODULE" $bare_cli week insert "$tmp/nfs/plan.json" 1 >/dev/null 2>"$tmp/err"
  [ $? = 0 ] && [ "$(ls -A "$tmp/nfs" | tr '\n' ' ')" = "plan.json plan.json~ " ]
  ok $? "a save removes the leftovers of a killed save there: $(ls -A "$tmp/nfs" | tr '\n' ' ')"
fi

# A plan named with a trailing slash, “plan.json/” (a shell's completion
# of a folder, a script's "$dir/"), names a folder, as -o does; it was
# said to be a file whose folder “cannot be reached (Not a directory)”.
mkdir "$tmp/slash"
cp "$2/plans/one-week.json" "$tmp/slash/plan.json"
$cli validate "$tmp/slash/plan.json/" >/dev/null 2>"$tmp/err"
check_exit $? 2 "validate of plan.json/ fails as for a file that cannot be read"
$cli week insert "$tmp/slash/plan.json/." 1 >/dev/null 2>>"$tmp/err"; status=$?
[ "$status" = 2 ] && [ "$(grep -c 'so it names a folder, not a file$' "$tmp/err")" = 2 ] && ! grep -q 'cannot be reached' "$tmp/err" &&
  cmp -s "$tmp/slash/plan.json" "$2/plans/one-week.json" && [ "$(ls -A "$tmp/slash")" = plan.json ]
ok $? "plan.json/ and plan.json/. are said to name a folder, and the plan is left alone: $(tr "\n" " " <"$tmp/err")"

exit $fail
