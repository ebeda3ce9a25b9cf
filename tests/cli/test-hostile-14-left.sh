#!/bin/sh
# What adversarial pass 14 left in the command line (issue #21), each on a
# real file in a call or two (each costs seconds under valgrind).
. "$(dirname "$0")/tap.sh"

echo "1..2"

# 21-1: a whole number past an int (99999999999) got GLib's “Integer value
# out of range” naming the option but no bound. Each option now says the
# value as given and its bound, as it does for one just out of range; a
# week past the plan's is told the plan's weeks.
big=99999999999
$cli new -o "$tmp/new.json" --weeks $big 2>"$tmp/err"; r1=$?
$cli print "$2/plans/four-week.json" -o "$tmp/w.pdf" --week $big 2>>"$tmp/err"; r2=$?
$cli render burpee -o "$tmp/f.png" --size $big 2>>"$tmp/err"; r3=$?
$cli progress "$2/plans/four-week.json" --item x --chain $big --weeks 4 2>>"$tmp/err"; r4=$?
$cli week insert "$2/plans/four-week.json" $big 2>>"$tmp/err"; r5=$?
[ "$r1 $r2 $r3 $r4 $r5" = "64 64 64 64 2" ] && [ ! -e "$tmp/new.json" ] && [ ! -e "$tmp/w.pdf" ] && [ ! -e "$tmp/f.png" ] &&
  grep -qx "regimen-cli new: A plan of $big weeks cannot be made; give from 1 to 104" "$tmp/err" &&
  grep -qx "regimen-cli print: There is no week $big; the plan has 4" "$tmp/err" &&
  grep -qx "regimen-cli render: A size of $big pixels cannot be drawn; give one from 16 to 4096" "$tmp/err" &&
  grep -qx "regimen-cli progress: --chain takes a number of weeks from 1 to 52, not “$big”" "$tmp/err" &&
  grep -q "four-week.json: there is no week $big: the plan has 4 weeks$" "$tmp/err" &&
  ! grep -q 'out of range' "$tmp/err"
ok $? "a whole number past an int is told its option's bound and quoted as given"

# 21-2: on a file system mounted read-only the writer said “the file is
# read-only.”, and the window asked to overwrite it, which cannot work.
# It now says the file system is mounted read-only, for a new file too;
# a read-only file on a writable folder is still told so. A mount of its
# own needs a user and mount namespace (unshare -rm): skipped without.
# Written on one line, so that format has something to write: -o naming
# the plan itself leaves a plan already in canonical form alone.
minify () {
  python3 -c 'import json, sys; json.dump(json.load(open(sys.argv[1])), open(sys.argv[2], "w"))' "$1" "$2"
}
minify "$2/plans/one-week.json" "$tmp/plan.json"
chmod a-w "$tmp/plan.json"
$cli format "$tmp/plan.json" -o "$tmp/plan.json" 2>"$tmp/err"; r1=$?
mkdir "$tmp/ro"
if unshare -rm true 2>/dev/null; then
  minify "$2/plans/one-week.json" "$tmp/mounted.json"
  unshare -rm sh -c 'mount -t tmpfs tmpfs "$1" && cp "$2" "$1/plan.json" && mount -o remount,ro "$1" &&
                     { $3 format "$1/plan.json" -o "$1/plan.json"; echo $?; $3 new -o "$1/new.json"; echo $?; }' \
    sh "$tmp/ro" "$tmp/mounted.json" "$cli" >"$tmp/status" 2>"$tmp/err2"
  [ "$r1" = 1 ] && [ "$(cat "$tmp/status" | tr '\n' ' ')" = "1 1 " ] &&
    grep -q 'plan.json”: the file is read-only\.$' "$tmp/err" &&
    grep -q 'ro/plan.json”: the file system it is on is mounted read-only\.$' "$tmp/err2" &&
    grep -q 'ro/new.json”: the file system it is on is mounted read-only\.$' "$tmp/err2"
  ok $? "a file system mounted read-only is named as such, for a plan and a new file; a read-only file as before"
else
  n=$((n + 1)); echo "ok $n # SKIP no user and mount namespace for a read-only mount"
fi

exit $fail
