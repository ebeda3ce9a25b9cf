#!/bin/sh
# Issue 21, session 47: another program puts a symbolic link to another
# file in PLAN's place (`ln -sf OTHER PLAN`, a link renamed over it)
# after `regimen-cli format PLAN` read it and before it saves: the save
# followed the link and wrote into OTHER, a file it never read, when
# OTHER held the very text read (a colleague's copy of the plan). The
# link is swapped in the moment the command closes PLAN after its read
# (inotify), while it formats a plan of a few hundred weeks.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..3"

cat >"$tmp/swap-after-read.py" <<'PY'
import ctypes, os, struct, subprocess, sys
folder, name, other, command = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
IN_CLOSE_NOWRITE = 0x10
libc = ctypes.CDLL(None, use_errno=True)
watch = libc.inotify_init()
libc.inotify_add_watch(watch, folder.encode(), IN_CLOSE_NOWRITE)
run = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
read = False
while not read:
    events = os.read(watch, 65536)
    while events:
        _, _, _, length = struct.unpack("iIII", events[:16])
        read |= events[16:16 + length].rstrip(b"\0").decode() == name
        events = events[16 + length:]
swap = os.path.join(folder, name + ".swap")
os.symlink(other, swap)
os.rename(swap, os.path.join(folder, name))
err = run.communicate()[1].decode()
print(run.returncode, err.strip().replace("\n", " "))
PY

# A plan of 300 weeks on one line (its ids left out, as copies of the
# weeks would repeat them): not in canonical form, so format writes it, and a few hundred milliseconds of formatting after the read.
mkdir "$tmp/shared"
python3 - "$plans/four-week.json" "$tmp/shared/plan.json" <<'PY'
import json, sys
def without_ids(node):
    if isinstance(node, dict):
        return {key: without_ids(value) for key, value in node.items() if key != "id"}
    if isinstance(node, list):
        return [without_ids(value) for value in node]
    return node
plan = json.load(open(sys.argv[1]))
plan["weeks"] = without_ids((plan["weeks"] * 75)[:300])
open(sys.argv[2], "w").write(json.dumps(plan))
PY
cp "$tmp/shared/plan.json" "$tmp/shared/colleague.json"
cp "$tmp/shared/plan.json" "$tmp/before.json"

python3 "$tmp/swap-after-read.py" "$tmp/shared" plan.json colleague.json \
  $bare_cli format "$tmp/shared/plan.json" >"$tmp/out" 2>"$tmp/err"
read status message <"$tmp/out"
[ "$status" = 1 ] && case $message in *"symbolic link to “colleague.json”, another file than the one read"*) true ;; *) false ;; esac
ok $? "format refuses to save through the link put in PLAN's place after its read (got: $status $message $(cat "$tmp/err"))"
cmp -s "$tmp/before.json" "$tmp/shared/colleague.json" && [ ! -e "$tmp/shared/colleague.json~" ]
ok $? "the other file is as it was, with no previous version made beside it ($(ls -l "$tmp/shared" | tr '\n' ' '))"
[ -L "$tmp/shared/plan.json" ] && [ ! -e "$tmp/shared/plan.json~" ] && [ ! -L "$tmp/shared/plan.json~" ]
ok $? "the link is still there, and no PLAN~ was made"

exit $fail
