#!/bin/sh
# Issue 21, what pass 34 left, on the command line.
. "$(dirname "$0")/tap.sh"
fixtures=$2

echo "1..8"

# A custom exercise named with a zero-width space (exercises.json edited
# by hand) has no drawn figure: `render` says so naming it by its id, as
# `library show` does, where it said “​” has no drawn figure.
mkdir -p "$tmp/blank/regimen"
cat >"$tmp/blank/regimen/exercises.json" <<'JSON'
{"format": "regimen-exercises", "version": 1, "exercises": [
  {"id": "custom-zw", "name": "\u200b", "category": "strength"}]}
JSON
XDG_DATA_HOME="$tmp/blank" $cli render custom-zw -o "$tmp/zw.png" 2>"$tmp/err"
status=$?
[ "$status" = 1 ] && grep -q '“custom-zw” has no drawn figure' "$tmp/err" && [ ! -e "$tmp/zw.png" ]
ok $? "render names a custom exercise whose name shows nothing by its id (got: $(cat "$tmp/err"))"

# Overlapping progression rules, which the check now reads week by week
# (100 squats a week with 52-week rules took 1.6 s of 80 weeks' check and
# grew as the weeks squared): each later rule is named against the
# earliest rule that still spans its week, as before. Week 1's two-week
# rule spans week 2 only, so week 3's rule falls in week 2's (weeks 2–5);
# week 6's two rules (a top set and its back-off) both span weeks 7 and
# 8, whose rules are named once each, against week 6; week 8's rule stops
# at its block's end and does not meet week 9's.
python3 - "$tmp/rules.json" <<'PY'
import json, sys
spans = {1: [2], 2: [4], 3: [2], 6: [3, 3], 7: [2], 8: [4], 9: [2]}
weeks = []
for w in range(1, 11):
    items = [{"exercise": "narrow-stance-squat", "sets": 3, "reps": 8,
              "progression": {"rule": "add", "weeks": n, "member": "reps", "step": 1}}
             for n in spans.get(w, [])]
    if not items:
        items = [{"exercise": "narrow-stance-squat", "sets": 3, "reps": 8}]
    days = [{"sessions": [{"title": "Squats", "kind": "strength", "rpe": 6, "minutes": 30, "items": items}]}]
    weeks.append({"days": days + [{"sessions": []} for _ in range(6)]})
json.dump({"format": "regimen-plan", "version": 1, "start_date": "2026-11-23",
           "blocks": [{"name": "Base", "weeks": 8}, {"name": "Build", "weeks": 2}],
           "weeks": weeks}, open(sys.argv[1], "w"), indent=1)
PY
$cli validate "$tmp/rules.json" >"$tmp/rules.out" 2>&1
grep 'inside the weeks' "$tmp/rules.out" | sed 's/^.*: Narrow Stance Squat has a progression rule in /in /; s/ spans in this session / /; s/: neither.*$//' >"$tmp/rules.found"
printf '%s\n' 'in week 2, inside the weeks the rule of week 1 (weeks 1–2)' \
  'in week 3, inside the weeks the rule of week 2 (weeks 2–5)' \
  'in week 7, inside the weeks the rule of week 6 (weeks 6–8)' \
  'in week 8, inside the weeks the rule of week 6 (weeks 6–8)' >"$tmp/rules.want"
cmp -s "$tmp/rules.found" "$tmp/rules.want"
ok $? "each overlapping rule is named against the earliest rule spanning its week (got: $(cat "$tmp/rules.found"))"

# Week 6's back-off rule is not named against its top set, of the same week.
[ "$(grep -c 'in week 6, inside' "$tmp/rules.out")" = 0 ]
ok $? "two rules of one week do not overlap each other"

# Week 2's squat, written by week 1's two-week rule, with a rule of its
# own (a file edited by hand: the check says that rule belongs in week
# 1) is no earlier rule that week 3's rule falls inside.
python3 - "$tmp/owned.json" <<'PY'
import json, sys
rule = lambda n: {"rule": "add", "weeks": n, "member": "reps", "step": 1}
items = [{"id": "sq1", "progression": rule(2)},
         {"id": "sq2", "progressed_from": "sq1", "progression": rule(4)},
         {"id": "sq3", "progression": rule(2)},
         {"id": "sq4"}]
weeks = []
for item in items:
    item.update({"exercise": "narrow-stance-squat", "sets": 3, "reps": 8})
    session = {"title": "Squats", "kind": "strength", "rpe": 6, "minutes": 30, "items": [item]}
    weeks.append({"days": [{"sessions": [session]}] + [{"sessions": []} for _ in range(6)]})
json.dump({"format": "regimen-plan", "version": 1, "start_date": "2026-11-23", "weeks": weeks},
          open(sys.argv[1], "w"), indent=1)
PY
$cli validate "$tmp/owned.json" >"$tmp/owned.out" 2>&1
grep -q 'written by the progression of an earlier week' "$tmp/owned.out" && ! grep -q 'inside the weeks' "$tmp/owned.out"
ok $? "a rule on an item an earlier rule wrote is not one that later rules fall inside (got: $(cat "$tmp/owned.out"))"

# A save that succeeded removes the older version it stashed (PLAN~ of
# before) once the new one is in place; a removal refused once (EIO, from
# a network share or a failing disk) left “.regimen-temporary-524bed54~”
# beside the plan. It is tried once more. Likewise the stashed name of a
# PLAN~ that was a hard link of the plan (ln plan.json plan.json~).
stray_after_refused_unlink () {
  rm -rf "$tmp/stash"
  mkdir "$tmp/stash"
  cp "$fixtures/plans/logged-weeks.json" "$tmp/stash/plan.json"
  $cli week insert "$tmp/stash/plan.json" 3 >/dev/null
  [ "${1:-}" = linked ] && ln -f "$tmp/stash/plan.json" "$tmp/stash/plan.json~"
  ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" strace -f -o /dev/null -e inject=unlink:error=EIO:when=1 \
    $bare_cli week insert "$tmp/stash/plan.json" 2 >/dev/null 2>"$tmp/err"
  status=$?
  left=$(ls -A "$tmp/stash" | grep -v '^plan\.json~\{0,1\}$' | tr '\n' ' ')
  [ "$status" = 0 ] && [ -z "$left" ]
}
if command -v strace >/dev/null 2>&1; then
  stray_after_refused_unlink
  ok $? "a stashed older version whose removal is refused once is removed (exit $status, left: $left)"
  stray_after_refused_unlink linked
  ok $? "so is the stash of a PLAN~ linked to the plan (exit $status, left: $left)"
else
  for case in 1 2; do
    n=$((n + 1))
    echo "ok $n # SKIP strace is not installed"
  done
fi

# The file `format -o` replaces, removed by another program once the
# write has read it and made its new version: the write said “the
# file's permissions could not be kept (No such file or directory)”. It
# says the file was removed meanwhile, and leaves nothing in its place.
mkdir "$tmp/gone"
gone=$(cd "$tmp/gone" && pwd -P)
cp "$fixtures/plans/one-week.json" "$gone/out.json"
if ldd "$bare_cli" | grep -q libasan || [ -z "${REGIMEN_REMOVE_TARGET_MODULE:-}" ]; then
  n=$((n + 1)); echo "ok $n # SKIP no removing module preloaded under AddressSanitizer"
else
  LD_PRELOAD="$REGIMEN_REMOVE_TARGET_MODULE" REGIMEN_REMOVE_TARGET="$gone/out.json" \
    $bare_cli format "$fixtures/plans/four-week.json" -o "$gone/out.json" >/dev/null 2>"$tmp/err"
  status=$?
  [ "$status" = 1 ] && grep -q 'the file was removed meanwhile' "$tmp/err" && ! grep -q 'permissions' "$tmp/err" &&
    [ -z "$(ls -A "$gone")" ]
  ok $? "format -o onto a file removed meanwhile says so (got: $status $(cat "$tmp/err"); left: $(ls -A "$gone"))"
fi

# Removed while the write waits for its lock (another program's `flock
# FILE`): the previous version “could not be kept (No such file or
# directory)”. The helper holds the lock, runs the write, removes the
# file once the write has made its temporary file, then lets the lock go.
cat >"$tmp/remove-meanwhile.py" <<'PY'
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
os.unlink(target)
holder.close()
err = save.communicate()[1].decode()
print(save.returncode, err.strip().replace("\n", " "))
PY
mkdir "$tmp/gone-locked"
cp "$fixtures/plans/one-week.json" "$tmp/gone-locked/out.json"
python3 "$tmp/remove-meanwhile.py" "$tmp/gone-locked" out.json \
  $bare_cli format "$fixtures/plans/four-week.json" -o "$tmp/gone-locked/out.json" >"$tmp/out" 2>"$tmp/err"
read status message <"$tmp/out"
[ "$status" = 1 ] && case $message in *"the file was removed meanwhile"*) true ;; *) false ;; esac &&
  [ -z "$(ls -A "$tmp/gone-locked")" ]
ok $? "so does one removed while it waits for the lock (got: $status $message; left: $(ls -A "$tmp/gone-locked"))"

exit $fail
