#!/bin/sh
# Issue 21, adversarial pass 34b (hostile disks and interleavings): a save
# by the plan's owner keeps its set-user-ID and set-group-ID bits, which
# the system clears when anyone but root writes a file; a save through a
# link into a folder the user may not write names that folder; a symbolic
# link put in the plan's place while a save waits for its lock is not
# replaced by that save; a save keeps the plan's chattr flags +d and +A.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..13"

# As a user of its own (root keeps the bits: the system clears them only
# for others), with a user id no account has, so that nothing of a real
# user's is read or written; without the valgrind wrapper (memcheck's log
# folder is not that user's).
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null && ! getent passwd 54334 >/dev/null; then
  # The scratch folder is root's, 0700: the user must reach its own.
  chmod 755 "$tmp"
  mkdir "$tmp/own" "$tmp/own/data"
  cp "$plans/four-week.json" "$tmp/own/plan.json"
  printf 'old calendar\n' >"$tmp/own/week.ics"
  chown -R 54334:54334 "$tmp/own"
  chmod 6750 "$tmp/own/plan.json"
  chmod 2750 "$tmp/own/week.ics"
  as_owner () {
    setpriv --reuid=54334 --regid=54334 --clear-groups env -u HOME XDG_DATA_HOME="$tmp/own/data" "$@"
  }

  as_owner $bare_cli week insert "$tmp/own/plan.json" 1 >/dev/null 2>"$tmp/err"
  check_exit $? 0 "its owner inserts a week into a plan of mode 6750 (got: $(cat "$tmp/err"))"
  mode=$(stat -c %a "$tmp/own/plan.json")
  weeks=$(grep -c '"days"' "$tmp/own/plan.json")
  [ "$mode" = 6750 ] && [ "$weeks" = 5 ]
  ok $? "the saved plan keeps mode 6750, with the new week (mode $mode, $weeks weeks)"
  mode=$(stat -c %a "$tmp/own/plan.json~")
  [ "$mode" = 6750 ]
  ok $? "its previous version has mode 6750 too (mode $mode)"

  as_owner $bare_cli export-ics "$tmp/own/plan.json" -o "$tmp/own/week.ics" >/dev/null 2>"$tmp/err"
  mode=$(stat -c %a "$tmp/own/week.ics")
  [ "$mode" = 2750 ] && grep -q BEGIN:VCALENDAR "$tmp/own/week.ics"
  ok $? "a calendar written over one of mode 2750 keeps it (mode $mode; $(cat "$tmp/err"))"

  # A link of the user's own to a plan they may write in a folder they
  # may not: the message named the link and “its folder”, which is the
  # user's to write, not the folder that refused.
  mkdir "$tmp/theirs"
  cp "$plans/four-week.json" "$tmp/theirs/plan.json"
  chmod 666 "$tmp/theirs/plan.json"
  ln -s "$tmp/theirs/plan.json" "$tmp/own/link.json"
  chown -h 54334:54334 "$tmp/own/link.json"
  as_owner $bare_cli week insert "$tmp/own/link.json" 1 >/dev/null 2>"$tmp/err"
  check_exit $? 1 "a week inserted through a link into a folder the user may not write is refused"
  grep -q "no file can be created in the folder the symbolic link leads into, “$tmp/theirs” (Permission denied)" "$tmp/err"
  ok $? "the message names the folder the link leads into (got: $(cat "$tmp/err"))"
else
  for i in 1 2 3 4 5 6; do n=$((n + 1)); echo "ok $n # SKIP needs root, setpriv and a user id the database lacks"; done
fi


# A save waits for the plan's lock (another program's `flock PLAN`, up to
# 30 s): meanwhile the plan is moved into a synchronised folder and linked
# back. The save replaced the link with a file of the new text, the moved
# plan left as it was, and made “PLAN~” the link. The helper holds the
# lock on FILE in FOLDER, runs the command, moves FILE into FOLDER/Sync
# and links it back once the command has made its temporary file (so has
# read what it replaces, and waits for the lock), then lets the lock go.
cat >"$tmp/link-meanwhile.py" <<'PY'
import fcntl, os, subprocess, sys, time
folder, name, command = sys.argv[1], sys.argv[2], sys.argv[3:]
target = os.path.join(folder, name)
holder = open(target)
fcntl.flock(holder, fcntl.LOCK_EX)
save = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
def writes():
    return any(entry.startswith(".regimen-temporary-") for entry in os.listdir(folder))
while not writes() and save.poll() is None:
    time.sleep(0.01)
os.rename(target, os.path.join(folder, "Sync", name))
os.symlink("Sync/" + name, target)
holder.close()
err = save.communicate()[1].decode()
print(save.returncode, err.strip().replace("\n", " "))
PY
mkdir "$tmp/moved" "$tmp/moved/Sync"
cp "$plans/four-week.json" "$tmp/moved/plan.json"
python3 "$tmp/link-meanwhile.py" "$tmp/moved" plan.json $bare_cli week insert "$tmp/moved/plan.json" 1 >"$tmp/out" 2>"$tmp/err"
read status message <"$tmp/out"
[ "$status" = 1 ] && case $message in *"another program changed the file meanwhile"*) true ;; *) false ;; esac
ok $? "the save waiting for the lock finds the link in the plan's place and says the file changed (got: $status $message $(cat "$tmp/err"))"
[ -L "$tmp/moved/plan.json" ] && [ ! -e "$tmp/moved/plan.json~" ] && [ ! -L "$tmp/moved/plan.json~" ] &&
  cmp -s "$plans/four-week.json" "$tmp/moved/Sync/plan.json"
ok $? "the link is still a link, the moved plan as it was, and no PLAN~ is the link ($(ls -l "$tmp/moved" | tr '\n' ' '))"
$cli week insert "$tmp/moved/plan.json" 1 >/dev/null 2>"$tmp/err"
check_exit $? 0 "the next save succeeds (got: $(cat "$tmp/err"))"
[ -L "$tmp/moved/plan.json" ] && [ "$(grep -c '"days"' "$tmp/moved/Sync/plan.json")" = 5 ] &&
  cmp -s "$plans/four-week.json" "$tmp/moved/Sync/plan.json~"
ok $? "it writes through the link: the moved plan has the new week, its PLAN~ the version before"

# The same for a file written without a text to compare (format -o onto
# a plan there): it was replaced after the lock could not be taken.
mkdir "$tmp/out-moved" "$tmp/out-moved/Sync"
cp "$plans/one-week.json" "$tmp/out-moved/out.json"
python3 "$tmp/link-meanwhile.py" "$tmp/out-moved" out.json $bare_cli format "$plans/four-week.json" -o "$tmp/out-moved/out.json" >"$tmp/out" 2>"$tmp/err"
read status message <"$tmp/out"
[ "$status" = 1 ] && [ -L "$tmp/out-moved/out.json" ] && [ ! -L "$tmp/out-moved/out.json~" ] &&
  cmp -s "$plans/one-week.json" "$tmp/out-moved/Sync/out.json"
ok $? "format -o onto a file a link took the place of meanwhile leaves the link and the file (got: $status $message; $(ls -l "$tmp/out-moved" | tr '\n' ' '))"

# A plan marked not to be dumped and without access times (chattr +d +A,
# ext4 and the like): the saved plan had neither, a new file.
mkdir "$tmp/flags"
cp "$plans/four-week.json" "$tmp/flags/plan.json"
printf 'old calendar\n' >"$tmp/flags/week.ics"
if command -v chattr >/dev/null && command -v lsattr >/dev/null &&
  chattr +d +A "$tmp/flags/plan.json" 2>/dev/null && chattr +d "$tmp/flags/week.ics" 2>/dev/null; then
  $cli week insert "$tmp/flags/plan.json" 1 >/dev/null 2>"$tmp/err"
  flags=$(lsattr -d "$tmp/flags/plan.json" | cut -d' ' -f1)
  case $flags in *d*A*) true ;; *) false ;; esac
  ok $? "a saved plan keeps chattr +d +A (got: $flags $(cat "$tmp/err"))"
  $cli export-ics "$tmp/flags/plan.json" -o "$tmp/flags/week.ics" 2>"$tmp/err"
  flags=$(lsattr -d "$tmp/flags/week.ics" | cut -d' ' -f1)
  case $flags in *d*) grep -q BEGIN:VCALENDAR "$tmp/flags/week.ics" ;; *) false ;; esac
  ok $? "a calendar written over one marked +d keeps it (got: $flags $(cat "$tmp/err"))"
else
  for i in 1 2; do n=$((n + 1)); echo "ok $n # SKIP the scratch folder's file system has no chattr flags"; done
fi

exit $fail
