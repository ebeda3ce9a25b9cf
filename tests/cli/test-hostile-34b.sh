#!/bin/sh
# Issue 21, adversarial pass 34b (hostile disks and interleavings): a save
# by the plan's owner keeps its set-user-ID and set-group-ID bits, which
# the system clears when anyone but root writes a file; a save through a
# link into a folder the user may not write names that folder.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..6"

# As a user of its own (root keeps the bits: the system clears them only
# for others), with a user id no account has, so that nothing of a real
# user's is read or written.
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

  as_owner $cli week insert "$tmp/own/plan.json" 1 >/dev/null 2>"$tmp/err"
  check_exit $? 0 "its owner inserts a week into a plan of mode 6750 (got: $(cat "$tmp/err"))"
  mode=$(stat -c %a "$tmp/own/plan.json")
  weeks=$(grep -c '"days"' "$tmp/own/plan.json")
  [ "$mode" = 6750 ] && [ "$weeks" = 5 ]
  ok $? "the saved plan keeps mode 6750, with the new week (mode $mode, $weeks weeks)"
  mode=$(stat -c %a "$tmp/own/plan.json~")
  [ "$mode" = 6750 ]
  ok $? "its previous version has mode 6750 too (mode $mode)"

  as_owner $cli export-ics "$tmp/own/plan.json" -o "$tmp/own/week.ics" >/dev/null 2>"$tmp/err"
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
  as_owner $cli week insert "$tmp/own/link.json" 1 >/dev/null 2>"$tmp/err"
  check_exit $? 1 "a week inserted through a link into a folder the user may not write is refused"
  grep -q "no file can be created in the folder the symbolic link leads into, “$tmp/theirs” (Permission denied)" "$tmp/err"
  ok $? "the message names the folder the link leads into (got: $(cat "$tmp/err"))"
else
  for i in 1 2 3 4 5 6; do n=$((n + 1)); echo "ok $n # SKIP needs root, setpriv and a user id the database lacks"; done
fi

exit $fail
