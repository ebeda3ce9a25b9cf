#!/bin/sh
# Hostile disks, session 34 (issue 21, the leftovers of passes 30–33):
# the command line on NFS and SMB folders, and numbers typed under a
# German locale.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..10"

# NFS can report EINTR for a rename or a link its server did (the reply
# interrupted by a signal): tried again, the rename found its temporary
# gone (ENOENT), the link its name taken (EEXIST), and the save was said
# failed although the plan was written. The preloaded module does every
# other rename and link in the folder, then fails it with EINTR.
mkdir "$tmp/done"
dir=$(cd "$tmp/done" && pwd -P)
cp "$plans/logged-weeks.json" "$dir/plan.json"
echo older >"$dir/plan.json~"
if ldd "$bare_cli" | grep -q libasan || [ -z "${REGIMEN_EINTR_AFTER_DONE_MODULE:-}" ]; then
  for i in 1 2; do
    n=$((n + 1)); echo "ok $n # SKIP no such folder preloaded under AddressSanitizer"
  done
else
  LD_PRELOAD="$REGIMEN_EINTR_AFTER_DONE_MODULE" REGIMEN_EINTR_DIR="$dir" \
    $bare_cli week insert "$dir/plan.json" 1 >"$tmp/out" 2>"$tmp/err"; status=$?
  [ $status = 0 ] && cmp -s "$plans/logged-weeks.json" "$dir/plan.json~" &&
    $cli validate "$dir/plan.json" >/dev/null && ! cmp -s "$plans/logged-weeks.json" "$dir/plan.json" &&
    [ "$(ls -A "$dir" | tr '\n' ' ')" = "plan.json plan.json~ " ]
  ok $? "week insert saves where a rename and a link done are said interrupted, PLAN~ the version before, nothing left beside them (exit $status): $(tr "\n" " " <"$tmp/err") $(ls -A "$dir" | tr '\n' ' ')"
  LD_PRELOAD="$REGIMEN_EINTR_AFTER_DONE_MODULE" REGIMEN_EINTR_DIR="$dir" \
    $bare_cli new -o "$dir/new.json" >"$tmp/out" 2>"$tmp/err"; status=$?
  [ $status = 0 ] && $cli validate "$dir/new.json" >/dev/null &&
    [ "$(ls -A "$dir" | tr '\n' ' ')" = "new.json plan.json plan.json~ " ]
  ok $? "new makes its plan there, not said to exist already (exit $status): $(tr "\n" " " <"$tmp/err") $(ls -A "$dir" | tr '\n' ' ')"
fi

# Where hard links are refused, a save keeps the previous version as a
# copy, which opened the plan a second time and closed it while the save
# held the plan's lock. On NFS, whose flock() is a POSIX byte-range lock,
# closing any descriptor of a file drops the process's locks of it: the
# lock was gone before the renames, and another writer could take its
# turn meanwhile. On an SMB share whose locks are mandatory, the second
# read of the locked plan was refused: the save failed. The copy is read
# through the locked descriptor.
mkdir "$tmp/nfs" "$tmp/smb"
nfs=$(cd "$tmp/nfs" && pwd -P)
smb=$(cd "$tmp/smb" && pwd -P)
cp "$plans/logged-weeks.json" "$nfs/plan.json"
cp "$plans/logged-weeks.json" "$smb/plan.json"
echo older >"$smb/plan.json~"
if ldd "$bare_cli" | grep -q libasan || [ -z "${REGIMEN_NFS_POSIX_LOCKS_MODULE:-}" ] || [ ! -r /proc/locks ]; then
  for i in 1 2 3 4 5; do
    n=$((n + 1)); echo "ok $n # SKIP no network folder preloaded under AddressSanitizer, nor without /proc/locks"
  done
else
  LD_PRELOAD="$REGIMEN_NFS_POSIX_LOCKS_MODULE" REGIMEN_NFS_DIR="$nfs" REGIMEN_NFS_LOCK_LOST="$tmp/lost" \
    $bare_cli week insert "$nfs/plan.json" 1 >"$tmp/out" 2>"$tmp/err"; status=$?
  [ $status = 0 ] && [ ! -e "$tmp/lost" ]
  ok $? "a save on NFS keeps the plan locked to its rename while it copies the previous version (exit $status): $(tr "\n" " " <"$tmp/err") $(cat "$tmp/lost" 2>/dev/null | tr "\n" " ")"
  cmp -s "$plans/logged-weeks.json" "$nfs/plan.json~" && $cli validate "$nfs/plan.json" >/dev/null &&
    [ "$(ls -A "$nfs" | tr '\n' ' ')" = "plan.json plan.json~ " ]
  ok $? "the plan has its new week, the copy of the version before is PLAN~: $(ls -A "$nfs" | tr '\n' ' ')"
  # A PLAN~ that is another name of the plan (ln PLAN PLAN~) was opened
  # and closed to ask whether it is immutable: the lock was dropped so.
  rm -f "$tmp/lost"
  ln -f "$nfs/plan.json" "$nfs/plan.json~"
  LD_PRELOAD="$REGIMEN_NFS_POSIX_LOCKS_MODULE" REGIMEN_NFS_DIR="$nfs" REGIMEN_NFS_LOCK_LOST="$tmp/lost" \
    $bare_cli week insert "$nfs/plan.json" 1 >"$tmp/out" 2>"$tmp/err"; status=$?
  [ $status = 0 ] && [ ! -e "$tmp/lost" ] && [ "$(ls -A "$nfs" | tr '\n' ' ')" = "plan.json plan.json~ " ]
  ok $? "so does a save whose PLAN~ is another name of the plan (exit $status): $(tr "\n" " " <"$tmp/err") $(cat "$tmp/lost" 2>/dev/null | tr "\n" " ") $(ls -A "$nfs" | tr '\n' ' ')"
  LD_PRELOAD="$REGIMEN_SMB_LOCKS_MODULE" REGIMEN_SMB_DIR="$smb" \
    $bare_cli week insert "$smb/plan.json" 1 >"$tmp/out" 2>"$tmp/err"; status=$?
  [ $status = 0 ] && cmp -s "$plans/logged-weeks.json" "$smb/plan.json~" && $cli validate "$smb/plan.json" >/dev/null &&
    ! cmp -s "$plans/logged-weeks.json" "$smb/plan.json"
  ok $? "a save on an SMB share with mandatory locks copies the locked plan as PLAN~ (exit $status): $(tr "\n" " " <"$tmp/err")"
  [ "$(ls -A "$smb" | tr '\n' ' ')" = "plan.json plan.json~ " ]
  ok $? "nothing is left beside them: $(ls -A "$smb" | tr '\n' ' ')"
fi

# Two sessions of one date at one clock time, one titled with a control
# character (“Lower \001”, which export-csv writes as its picture,
# “Lower ␁”), the other with that picture itself (written after the mark,
# “Lower ␀␁”): the rows of the first were read by the picture as written
# and went to the second, whose title is that text. The plan's titles are
# compared as the file holds them, in Strong's columns and Hevy's.
python3 - "$plans/logged-two-a-day.json" "$tmp/titled.json" "$tmp/titled-bare.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
morning, evening = plan["weeks"][0]["days"][0]["sessions"]
morning["title"] = "Lower \u2401"
evening["title"] = "Lower \u0001"
evening["time"] = morning["time"]
json.dump(plan, open(sys.argv[2], "w"))
for week in plan["weeks"]:
    for day in week["days"]:
        for session in day["sessions"]:
            session.pop("log", None)
json.dump(plan, open(sys.argv[3], "w"))
PY
for format in strong hevy; do
  cp "$tmp/titled-bare.json" "$tmp/titled-$format.json"
  $cli export-csv "$tmp/titled.json" --format $format -o "$tmp/titled-$format.csv" 2>"$tmp/err" &&
    $cli import-csv "$tmp/titled-$format.json" "$tmp/titled-$format.csv" >"$tmp/out" 2>>"$tmp/err"; status=$?
  python3 - "$tmp/titled.json" "$tmp/titled-$format.json" >"$tmp/compared" <<'PY'
import json, sys
logged = json.load(open(sys.argv[1]))["weeks"][0]["days"][0]["sessions"]
imported = json.load(open(sys.argv[2]))["weeks"][0]["days"][0]["sessions"]
for a, b in zip(logged, imported):
    if a.get("log") != b.get("log"):
        print(ascii(a["title"]), "got", json.dumps([len(i["sets"]) for i in b.get("log", {}).get("items", [])]))
PY
  [ $status = 0 ] && [ ! -s "$tmp/compared" ]
  ok $? "import-csv of $format's columns puts each session's rows back in its own session (exit $status): $(tr "\n" " " <"$tmp/compared") $(tr "\n" " " <"$tmp/err")"
done

# A description quoting a command's message of two lines (hostile-27b's
# “(got: $(cat "$tmp/err"))”, hostile-21-left28's and hostile-30-left-b's
# listings) put its second line in the TAP stream: meson said “Unknown
# TAP output lines”. ok and check_exit write a description on one line.
printed=$(n=0; ok 0 "$(printf 'got: first\nsecond')"; check_exit 2 2 "$(printf 'exit\n2')")
[ "$printed" = "$(printf 'ok 1 - got: first second\nok 2 - exit 2')" ]
ok $? "a description of two lines is written on one: $printed"

exit $fail
