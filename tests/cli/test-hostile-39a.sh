#!/bin/sh
# What adversarial pass 38 of issue 21 left in files and saves: the
# permissions of files made from a plan shared through a POSIX ACL, and
# of its previous version PLAN~.
. "$(dirname "$0")/tap.sh"

echo "1..8"

plan_with_acl () {
  cp "$2/plans/logged-weeks.json" "$1" && chmod 600 "$1" && setfacl -m "$3" "$1" 2>/dev/null
}

# A plan of 0600 shared with one user through an ACL (`setfacl -m
# u:nobody:r`) shows mode 640: the group bits are the ACL's mask, the
# most a user or group it names gets, not what the owning group gets
# (nothing here). The files made from it (format -o, export-csv,
# export-ics, print -o) were made 640 from those bits, readable by the
# plan's group though no one of that group could read the plan. They
# take the plan's ACL (pass 39e), the group's entry reading nothing; a
# plan whose ACL gives its group read (g::r) still gives 640.
mkdir "$tmp/acl"
d="$tmp/acl"
if ! plan_with_acl "$d/plan.json" "$2" u:nobody:r; then
  for i in 1 2 3 4 5 6 7 8; do
    n=$((n + 1)); echo "ok $n # SKIP this file system keeps no ACLs"
  done
  exit 0
fi
plan_with_acl "$d/group.json" "$2" u:nobody:r,g::r
(
  umask 022
  for p in plan group; do
    $cli format "$d/$p.json" -o "$d/$p-copy.json" &&
      $cli export-csv "$d/$p.json" -o "$d/$p-log.csv" &&
      $cli export-ics "$d/$p.json" -o "$d/$p-week.ics" &&
      $cli print "$d/$p.json" -o "$d/$p-sheet.pdf" || exit 1
  done
) 2>"$tmp/err"
check_exit $? 0 "format -o, export-csv, export-ics and print -o from plans shared through an ACL"
modes () {
  (cd "$d" && stat -c %a "$1-copy.json" "$1-log.csv" "$1-week.ics" "$1-sheet.pdf" | tr '\n' ' ')
}
group_reads () {
  (cd "$d" && getfacl -cp "$1-copy.json" "$1-log.csv" "$1-week.ics" "$1-sheet.pdf" 2>/dev/null | grep '^group::' | tr '\n' ' ')
}
[ "$(stat -c %a "$d/plan.json")" = 640 ] && [ "$(modes plan)" = "640 640 640 640 " ] &&
  [ "$(group_reads plan)" = "group::--- group::--- group::--- group::--- " ]
ok $? "a plan of 600 shared with u:nobody:r (shown 640) gives files not readable by its group: $(modes plan) $(group_reads plan)"
[ "$(modes group)" = "640 640 640 640 " ]
ok $? "a plan whose ACL gives its group read gives files of 640: $(modes group)"

# Whether the ACL entry $1 (user:nobody, group: for the owning group) of
# a file reads it, as getfacl gives it: an entry that reads, not masked
# off (“#effective:---”).
reads () {
  getfacl -p "$2" 2>/dev/null | grep "^$1:r" | grep -qv 'effective:-'
}

# A save that changes nothing (format -o of the text the file holds)
# leaves PLAN~ no more readable than the plan, its ACL too: PLAN~ keeps
# the ACL the plan had when it was saved, and the plan's share taken from
# nobody and given to daemon instead (the mode stays 640) left nobody
# able to read PLAN~, the plan's earlier text.
plans="$2/plans"
cp "$plans/one-week.json" "$d/shared.json"
chmod 600 "$d/shared.json"
setfacl -m u:nobody:r "$d/shared.json"
$cli format "$plans/logged-weeks.json" -o "$d/shared.json" 2>"$tmp/err" &&
  cmp -s "$d/shared.json~" "$plans/one-week.json" && reads user:nobody "$d/shared.json~"
ok $? "a save keeps the previous version as PLAN~, with the plan's ACL (got: $(cat "$tmp/err"))"
setfacl -x u:nobody "$d/shared.json"
setfacl -m u:daemon:r "$d/shared.json"
$cli format "$plans/logged-weeks.json" -o "$d/shared.json" 2>"$tmp/err"
check_exit $? 0 "a save of the same text after the plan's share moved from nobody to daemon saves"
! reads user:nobody "$d/shared.json~" && cmp -s "$d/shared.json~" "$plans/one-week.json" &&
  [ "$(stat -c %a "$d/shared.json~")" = 640 ]
ok $? "and PLAN~ is no longer readable by nobody, as the plan is not: $(getfacl -cp "$d/shared.json~" 2>/dev/null | tr '\n' ' ')"

# A PLAN~ of 640 without an ACL, and a plan whose group was taken off
# (chmod 600) and which was shared with nobody instead: shown 640 both,
# the plan's group bits are its mask. PLAN~ stayed readable by the
# group, which cannot read the plan.
cp "$plans/one-week.json" "$d/team.json"
chmod 640 "$d/team.json"
$cli format "$plans/logged-weeks.json" -o "$d/team.json" 2>"$tmp/err"
chmod 600 "$d/team.json"
setfacl -m u:nobody:r "$d/team.json"
$cli format "$plans/logged-weeks.json" -o "$d/team.json" 2>"$tmp/err" &&
  cmp -s "$d/team.json~" "$plans/one-week.json" && ! reads group: "$d/team.json~"
ok $? "a save that changes nothing leaves PLAN~ unreadable by the group, as the plan is: $(getfacl -cp "$d/team.json~" 2>/dev/null | tr '\n' ' ')"

# PLAN~ takes the plan's ACL, but is made no more readable than it was:
# a PLAN~ of 600 beside a plan shared since with nobody stays 600, the
# share masked off.
cp "$plans/one-week.json" "$d/solo.json"
chmod 600 "$d/solo.json"
$cli format "$plans/logged-weeks.json" -o "$d/solo.json" 2>"$tmp/err"
setfacl -m u:nobody:r "$d/solo.json"
$cli format "$plans/logged-weeks.json" -o "$d/solo.json" 2>"$tmp/err" &&
  ! reads user:nobody "$d/solo.json~" && [ "$(stat -c %a "$d/solo.json~")" = 600 ]
ok $? "a PLAN~ of 600 is not opened to the users the plan was shared with since: $(getfacl -cp "$d/solo.json~" 2>/dev/null | tr '\n' ' ')"

exit $fail
