#!/bin/sh
# Issue 21, pass 30b: the core and regimen-cli on other file systems.
#
# A FAT disk mounted with fusefat folds case, and FUSE numbers each name
# it is asked for on its own: “PLAN.JSON” is the file “plan.json”, with
# another inode number. The checks that an export, standard output or
# standard error is not the plan compared inode numbers only, so
# “export-ics plan.json -o PLAN.JSON” replaced the plan with a calendar
# and kept no previous version, and “>> PLAN.JSON” wrote after its text.
# Skipped where FUSE or the FAT tools are missing.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

# Where case is told apart, another spelling is another file: written.
cp "$plans/logged.json" "$tmp/plan.json"
cp "$plans/one-week.json" "$tmp/PLAN.JSON"
mkdir "$tmp/fat"

if ! command -v fusefat >/dev/null 2>&1 || ! command -v mkfs.vfat >/dev/null 2>&1 ||
   ! command -v fusermount >/dev/null 2>&1 || [ ! -w /dev/fuse ]; then
  echo "1..0 # SKIP needs fusefat, mkfs.vfat, fusermount and /dev/fuse"
  exit 0
fi

truncate -s 16M "$tmp/fat.img"
mkfs.vfat "$tmp/fat.img" >/dev/null 2>&1
if ! fusefat -o rw+ "$tmp/fat.img" "$tmp/fat" >/dev/null 2>&1; then
  echo "1..0 # SKIP fusefat could not mount a FAT image here"
  exit 0
fi
trap 'fusermount -u "$tmp/fat"; rm -rf "$tmp"' EXIT
# Ended by meson's time-out (SIGTERM) or Ctrl+C, the disk is unmounted
# all the same: a signal's end runs no EXIT trap in dash.
trap 'exit 1' INT TERM HUP

echo "1..9"
fat=$tmp/fat

cp "$plans/logged.json" "$fat/plan.json"
mkdir "$fat/Block"
cp "$plans/logged.json" "$fat/Block/plan.json"

# An export by the plan's name in capitals is refused, the plan kept.
$cli export-ics "$fat/plan.json" -o "$fat/PLAN.JSON" 2>"$tmp/err"
check_exit $? 1 "export-ics onto the plan's name in other case is refused"
cmp -s "$fat/plan.json" "$plans/logged.json" && grep -q "the plan the export is made from" "$tmp/err"
ok $? "the plan is kept whole, and the message says it is the plan"

$cli export-csv "$fat/plan.json" -o "$fat/Plan.json" 2>"$tmp/err"; s1=$?
$cli print "$fat/plan.json" -o "$fat/PLAN.json" 2>>"$tmp/err"; s2=$?
[ $s1 = 1 ] && [ $s2 = 1 ] && cmp -s "$fat/plan.json" "$plans/logged.json"
ok $? "export-csv and print onto it in other case are refused too, the plan kept"

# A folder's name in other case too.
$cli export-ics "$fat/block/plan.json" -o "$fat/BLOCK/PLAN.JSON" 2>"$tmp/err"; s1=$?
[ $s1 = 1 ] && cmp -s "$fat/Block/plan.json" "$plans/logged.json"
ok $? "an export onto the plan by its folder's and its own name in other case is refused"

# Standard output appended to the plan by another spelling (FAT has
# files replaced by a new one: cp onto one is refused there).
rm -f "$fat/plan.json" && cp "$plans/logged.json" "$fat/plan.json"
$cli export-ics "$fat/plan.json" -o - >>"$fat/PLAN.JSON" 2>"$tmp/err"
check_exit $? 1 "export-ics with standard output appended to the plan in other case is refused"
cmp -s "$fat/plan.json" "$plans/logged.json" && grep -q "standard output is this plan itself" "$tmp/err"
ok $? "nothing is written after the plan's text"

# Standard error appended to the plan by another spelling.
rm -f "$fat/plan.json" && cp "$plans/logged.json" "$fat/plan.json"
$cli log "$fat/plan.json" --session 3idq5p2ox2 --status skipped >"$tmp/out" 2>>"$fat/Plan.Json"
check_exit $? 1 "log with standard error appended to the plan in other case is refused"
cmp -s "$fat/plan.json" "$plans/logged.json" && grep -q "standard error is" "$tmp/out"
ok $? "the plan is as it was, and standard output says why"

# Where case is told apart, the other spelling is another file, written.
$cli export-ics "$tmp/plan.json" -o "$tmp/PLAN.JSON" 2>"$tmp/err" &&
  head -n 1 "$tmp/PLAN.JSON" | grep -q '^BEGIN:VCALENDAR' && cmp -s "$tmp/plan.json" "$plans/logged.json"
ok $? "on a file system that tells case apart, PLAN.JSON beside plan.json is another file, and written"

exit $fail
