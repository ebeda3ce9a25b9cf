#!/bin/sh
# Issue 21, pass 19: a plan and its exports on a FAT file system, mounted
# with fusefat (FUSE, no root needed): no permissions there, and chmod()
# refused even to the mode every file has, so every save over an existing
# file failed with “the file's permissions could not be kept (Function not
# implemented)”. Skipped where FUSE or the FAT tools are missing.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

if ! command -v fusefat >/dev/null 2>&1 || ! command -v mkfs.vfat >/dev/null 2>&1 ||
   ! command -v fusermount >/dev/null 2>&1 || [ ! -w /dev/fuse ]; then
  echo "1..0 # SKIP needs fusefat, mkfs.vfat, fusermount and /dev/fuse"
  exit 0
fi

truncate -s 16M "$tmp/fat.img"
mkfs.vfat "$tmp/fat.img" >/dev/null 2>&1
mkdir "$tmp/fat"
if ! fusefat -o rw+ "$tmp/fat.img" "$tmp/fat" >/dev/null 2>&1; then
  echo "1..0 # SKIP fusefat could not mount a FAT image here"
  exit 0
fi
trap 'fusermount -u "$tmp/fat"; rm -rf "$tmp"' EXIT

echo "1..8"
fat=$tmp/fat

# Saved in place twice: the file replaced, the version before kept as PLAN~.
cp "$plans/four-week.json" "$fat/plan.json"
$cli week insert "$fat/plan.json" 5 >/dev/null 2>"$tmp/err"; check_exit $? 0 "a plan on FAT is saved over"
cmp -s "$fat/plan.json~" "$plans/four-week.json"; ok $? "the version before is kept as PLAN~"
cp "$fat/plan.json" "$tmp/after-one.json"
$cli week insert "$fat/plan.json" 6 >/dev/null 2>"$tmp/err"; check_exit $? 0 "saved over again"
cmp -s "$fat/plan.json~" "$tmp/after-one.json" && $cli validate "$fat/plan.json" >/dev/null 2>&1
ok $? "PLAN~ holds the first save and the plan reads"

# An export over an earlier one, and over it by a name that differs only
# in case, which FAT takes for the same file.
$cli export-ics "$plans/four-week.json" -o "$fat/plan.ics" 2>"$tmp/err" &&
  $cli export-ics "$plans/four-week.json" -o "$fat/plan.ics" 2>>"$tmp/err"
check_exit $? 0 "an export replaces the one before"
$cli export-ics "$plans/one-week.json" -o "$fat/PLAN.ICS" 2>>"$tmp/err" &&
  $cli export-ics "$plans/one-week.json" -o - >"$tmp/one.ics" &&
  grep -v '^DTSTAMP' "$fat/plan.ics" >"$tmp/on-fat.ics" && grep -v '^DTSTAMP' "$tmp/one.ics" >"$tmp/expected.ics" &&
  cmp -s "$tmp/on-fat.ics" "$tmp/expected.ics"
ok $? "an export by the name in other letters replaces it too"

# A name FAT refuses (“Plan: A?”) was said as “the new version could not
# replace the old one”, where there was none: the message names the
# characters, and nothing is left behind.
$cli format "$plans/one-week.json" -o "$fat/Plan: A?.json" 2>"$tmp/err"; check_exit $? 1 "a name FAT refuses is not saved"
grep -q 'the name holds one of " \* : < > ? \\ |' "$tmp/err" && ! grep -q "replace the old one" "$tmp/err" &&
  [ -z "$(find "$fat" -name '.regimen-*')" ]
ok $? "the message names the characters FAT refuses, and no temporary file is left"

exit $fail
