#!/bin/sh
# What pass 39a of issue 21 left in the permissions of files made from a
# plan with a POSIX ACL: entries that deny, and PLAN~ of another group.
. "$(dirname "$0")/tap.sh"

echo "1..7"

mkdir "$tmp/acl"
d="$tmp/acl"
plans="$2/plans"
cp "$plans/logged-weeks.json" "$d/denied.json"
chmod 604 "$d/denied.json"
if ! setfacl -m u:nobody:--- "$d/denied.json" 2>/dev/null; then
  for i in 1 2 3 4 5 6 7; do
    n=$((n + 1)); echo "ok $n # SKIP this file system keeps no ACLs"
  done
  exit 0
fi

# What the user $1 (not the file's owner, in none of its groups) may do
# with the file $2, as getfacl gives it: its own entry, under the mask,
# or the others entry.
access_of () {
  getfacl -cpn "$2" 2>/dev/null | python3 -c '
import sys
entries = dict(line.split("#")[0].strip().rsplit(":", 1) for line in sys.stdin if ":" in line)
uid = sys.argv[1]
if "user:" + uid in entries:
    own, mask = entries["user:" + uid], entries.get("mask:", "rwx")
    print("".join(c if c == mask[i] else "-" for i, c in enumerate(own)))
else:
    print(entries["other:"])
' "$(id -u "$1")"
}
files () {
  echo "$d/$1-copy.json $d/$1-log.csv $d/$1-week.ics $d/$1-sheet.pdf"
}
access_of_all () {
  for f in $(files "$2"); do printf '%s ' "$(access_of "$1" "$f")"; done
}

# A plan of 604 whose ACL denies nobody (user:nobody:---): nobody cannot
# read it, but the files made from it (format -o, export-csv, export-ics,
# print -o) were 604 without an ACL, readable by nobody through the
# others bits. They take the plan's ACL, as `cp -p` makes a copy.
cp "$plans/logged-weeks.json" "$d/shared.json"
chmod 600 "$d/shared.json"
setfacl -m u:daemon:r "$d/shared.json"
(
  umask 022
  for p in denied shared; do
    $cli format "$d/$p.json" -o "$d/$p-copy.json" &&
      $cli export-csv "$d/$p.json" -o "$d/$p-log.csv" &&
      $cli export-ics "$d/$p.json" -o "$d/$p-week.ics" &&
      $cli print "$d/$p.json" -o "$d/$p-sheet.pdf" || exit 1
  done
) 2>"$tmp/err"
check_exit $? 0 "format -o, export-csv, export-ics and print -o from plans with ACLs"
[ "$(access_of nobody "$d/denied.json")" = --- ] &&
  [ "$(access_of_all nobody denied)" = "--- --- --- --- " ]
ok $? "a plan of 604 that denies nobody gives files nobody cannot read: $(access_of_all nobody denied)"
[ "$(stat -c %a $(files denied) | tr '\n' ' ')" = "604 604 604 604 " ]
ok $? "and they keep the plan's others bits: $(stat -c %a $(files denied) | tr '\n' ' ')"

# A plan of 600 shared with daemon (u:daemon:r): the files made from it
# were 600, the plan's sharing lost; daemon reads them, the group does not.
[ "$(access_of_all daemon shared)" = "r-- r-- r-- r-- " ] &&
  ! getfacl -cp $(files shared) 2>/dev/null | grep -q '^group::r' &&
  [ "$(stat -c %a $(files shared) | tr '\n' ' ')" = "640 640 640 640 " ]
ok $? "a plan of 600 shared with u:daemon:r gives files daemon reads: $(access_of_all daemon shared)"

# A plan given to another group (chgrp) after its last save: a save that
# changes nothing left PLAN~ of the plan's old group, of mode 640,
# readable by a group that can no longer read the plan. PLAN~ takes the
# plan's group.
cp "$plans/one-week.json" "$d/team.json"
chmod 640 "$d/team.json"
$cli format "$plans/logged-weeks.json" -o "$d/team.json" 2>"$tmp/err" &&
  chgrp daemon "$d/team.json" &&
  $cli format "$plans/logged-weeks.json" -o "$d/team.json" 2>>"$tmp/err"
check_exit $? 0 "a save that changes nothing after chgrp of the plan (got: $(cat "$tmp/err"))"
cmp -s "$d/team.json~" "$plans/one-week.json" &&
  [ "$(stat -c '%G %a' "$d/team.json~")" = "$(stat -c '%G %a' "$d/team.json")" ]
ok $? "PLAN~ takes the plan's group: $(stat -c '%G %a' "$d/team.json~"), the plan $(stat -c '%G %a' "$d/team.json")"

# A PLAN~ left of another group by an older save (its owner in that group
# then; here root gives it to daemon): a save by its owner, no longer in
# daemon, that changes nothing left it readable by daemon. It takes the
# plan's group, its owner's. Run as nobody, in no group but nogroup, so
# without the valgrind wrapper (memcheck's log folder is not nobody's).
if [ "$(id -u)" != 0 ] || ! command -v setpriv >/dev/null; then
  n=$((n + 1)); echo "ok $n # SKIP needs root to run regimen-cli as another user"
  exit $fail
fi
as_nobody () {
  HOME="$d/nobody" XDG_DATA_HOME="$d/nobody/data" XDG_CONFIG_HOME="$d/nobody/config" \
    setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"
}
chmod 755 "$tmp" "$d"
mkdir "$d/nobody"
chown nobody:nogroup "$d/nobody"
cp "$plans/one-week.json" "$d/nobody/plan.json"
chown nobody:nogroup "$d/nobody/plan.json"
chmod 640 "$d/nobody/plan.json"
as_nobody $bare_cli format "$plans/logged-weeks.json" -o "$d/nobody/plan.json" 2>"$tmp/err" &&
  chgrp daemon "$d/nobody/plan.json~" &&
  as_nobody $bare_cli format "$plans/logged-weeks.json" -o "$d/nobody/plan.json" 2>>"$tmp/err" &&
  cmp -s "$d/nobody/plan.json~" "$plans/one-week.json" &&
  [ "$(stat -c '%U %G %a' "$d/nobody/plan.json~")" = "nobody nogroup 640" ]
ok $? "a PLAN~ of another group takes the plan's, its owner's: $(stat -c '%U %G %a' "$d/nobody/plan.json~") (got: $(cat "$tmp/err"))"

exit $fail
