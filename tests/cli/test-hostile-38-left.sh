#!/bin/sh
# Issue 21, what earlier passes of hostile files and disks left, on the
# command line (pass 38).
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..10"

# Waits, for at most 30 s, until the folder $1 holds a save's temporary
# file with the permissions $2 (given once the save has made it and
# copied the plan's onto it, before it waits for the lock).
wait_for_temporary () {
  i=0
  while [ $i -lt 600 ]; do
    for f in "$1"/.regimen-temporary-??????; do
      [ -f "$f" ] && [ "$(stat -c %a "$f" 2>/dev/null)" = "$2" ] && return 0
    done
    sleep 0.05
    i=$((i + 1))
  done
  return 1
}

# Holds the lock Regimen's writers share on the plan $1 (flock) until the
# file $2 exists; $1.held says it is held.
hold_lock () {
  flock "$1" sh -c 'touch "$1.held"; while [ ! -e "$2" ]; do sleep 0.05; done' sh "$1" "$2" &
  holder=$!
  i=0
  while [ ! -e "$1.held" ] && [ $i -lt 600 ]; do
    sleep 0.05
    i=$((i + 1))
  done
  rm -f "$1.held"
}

# A save that changes nothing (format -o to a file that holds that text
# already) after `chmod 600` of the file: its “FILE~”, of mode 0644, was
# left readable by others, the file's previous text in it.
mkdir "$tmp/private"
$cli format "$plans/logged-weeks.json" -o "$tmp/private/plan.json" >"$tmp/out" 2>"$tmp/err"
cp "$plans/one-week.json" "$tmp/private/plan.json"
chmod 644 "$tmp/private/plan.json"
$cli format "$plans/logged-weeks.json" -o "$tmp/private/plan.json" >"$tmp/out" 2>"$tmp/err"
[ $? = 0 ] && cmp -s "$tmp/private/plan.json~" "$plans/one-week.json" &&
  [ "$(stat -c %a "$tmp/private/plan.json~")" = 644 ]
ok $? "a save keeps the previous version as PLAN~, of mode 644 (got: $(cat "$tmp/err"))"
chmod 600 "$tmp/private/plan.json"
$cli format "$plans/logged-weeks.json" -o "$tmp/private/plan.json" >"$tmp/out" 2>"$tmp/err"
check_exit $? 0 "a save of the same text after chmod 600 saves"
[ "$(stat -c %a "$tmp/private/plan.json~")" = 600 ] && cmp -s "$tmp/private/plan.json~" "$plans/one-week.json" &&
  [ "$(stat -c %a "$tmp/private/plan.json")" = 600 ]
ok $? "and leaves PLAN~ no more readable than the plan, 600 (got $(stat -c %a "$tmp/private/plan.json~"))"

# A plan of mode 0664 whose owner takes off their own write bit (chmod
# u-w, 0464) while a save of theirs waits for the lock: they may no
# longer write it, as access() says and the start of a save asks, but
# the check under the lock counted the group's bit, and replaced it.
# Not as root, whom access() lets write anything: as nobody.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  chmod 755 "$tmp"
  mkdir "$tmp/own" "$tmp/home"
  cp "$plans/logged-weeks.json" "$tmp/own/plan.json"
  chown 65534:65534 "$tmp/own" "$tmp/own/plan.json" "$tmp/home"
  chmod 664 "$tmp/own/plan.json"
  rm -f "$tmp/go"
  hold_lock "$tmp/own/plan.json" "$tmp/go"
  setpriv --reuid=65534 --regid=65534 --clear-groups env HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/data" \
    $bare_cli week insert "$tmp/own/plan.json" 1 >"$tmp/out" 2>"$tmp/err" &
  saver=$!
  wait_for_temporary "$tmp/own" 664
  chmod u-w "$tmp/own/plan.json"
  touch "$tmp/go"
  wait $holder
  wait $saver
  check_exit $? 1 "a plan its owner may no longer write (chmod u-w of 0664) while a save waits is not saved"
  grep -q 'the file is read-only\.' "$tmp/err" && cmp -s "$tmp/own/plan.json" "$plans/logged-weeks.json" &&
    [ "$(stat -c %a "$tmp/own/plan.json")" = 464 ] && [ "$(ls -A "$tmp/own" | tr '\n' ' ')" = "plan.json " ]
  ok $? "it says read-only and leaves the plan as it was, nothing beside it (got: $(cat "$tmp/err"))"
else
  echo "ok 4 # SKIP not root, or no setpriv"
  echo "ok 5 # SKIP not root, or no setpriv"
  n=$((n + 2))
fi

# chattr +d (not dumped) given, +A (no access times) taken off while a
# save waits: the new version had the flags of the plan as the save
# began, +A and not +d.
mkdir "$tmp/flags"
cp "$plans/logged-weeks.json" "$tmp/flags/plan.json"
chmod 644 "$tmp/flags/plan.json"
if chattr +A "$tmp/flags/plan.json" 2>/dev/null && lsattr "$tmp/flags/plan.json" | cut -d' ' -f1 | grep -q A; then
  rm -f "$tmp/go"
  hold_lock "$tmp/flags/plan.json" "$tmp/go"
  $cli week insert "$tmp/flags/plan.json" 1 >"$tmp/out" 2>"$tmp/err" &
  saver=$!
  wait_for_temporary "$tmp/flags" 644
  chattr +d -A "$tmp/flags/plan.json"
  touch "$tmp/go"
  wait $holder
  wait $saver
  check_exit $? 0 "a save that waited while the plan's chattr flags changed saves"
  flags=$(lsattr "$tmp/flags/plan.json" | cut -d' ' -f1)
  case $flags in
    *d*) case $flags in *A*) false ;; *) true ;; esac ;;
    *) false ;;
  esac
  ok $? "the new version has the flags the plan had under the lock, +d and not +A (got $flags)"
else
  echo "ok 6 # SKIP chattr +A refused here"
  echo "ok 7 # SKIP chattr +A refused here"
  n=$((n + 2))
fi

# A subnormal number: 7e-324 reads as the least double and was written
# back as 5e-324, another number, without a word; Java's 4.9e-324 and
# 1e-310, the same doubles to their digits, are read.
printf '{"format": "regimen-plan", "version": 1, "weeks": [], "x-least": 7e-324}\n' >"$tmp/least.json"
cp "$tmp/least.json" "$tmp/least-before.json"
$cli format "$tmp/least.json" 2>"$tmp/err"
check_exit $? 2 "format refuses 7e-324, which a double does not hold"
grep -q 'At \$\.x-least: the number is too close to zero for its digits to be read exactly (it would be written back as 5e-324)' "$tmp/err" &&
  cmp -s "$tmp/least.json" "$tmp/least-before.json"
ok $? "saying what it would be written back as, the file as it was (got: $(cat "$tmp/err"))"
printf '{"format": "regimen-plan", "version": 1, "weeks": [], "x-java": 4.9e-324, "x-small": 1e-310, "x-five": 5e-324}\n' >"$tmp/same.json"
$cli format "$tmp/same.json" -o - >"$tmp/out" 2>"$tmp/err"
[ $? = 0 ] && grep -q '"x-java": 5e-324' "$tmp/out" && grep -q '"x-small": 1e-310' "$tmp/out" &&
  grep -q '"x-five": 5e-324' "$tmp/out"
ok $? "4.9e-324, 1e-310 and 5e-324 are read and written back as the same numbers (got: $(cat "$tmp/err"))"

exit $fail
