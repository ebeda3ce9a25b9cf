#!/bin/sh
# What adversarial pass 38 of issue 21 left in files and saves: the
# permissions of files made from a plan shared through a POSIX ACL.
. "$(dirname "$0")/tap.sh"

echo "1..3"

plan_with_acl () {
  cp "$2/plans/logged-weeks.json" "$1" && chmod 600 "$1" && setfacl -m "$3" "$1" 2>/dev/null
}

# A plan of 0600 shared with one user through an ACL (`setfacl -m
# u:nobody:r`) shows mode 640: the group bits are the ACL's mask, the
# most a user or group it names gets, not what the owning group gets
# (nothing here). The files made from it (format -o, export-csv,
# export-ics, print -o) were made 640 from those bits, readable by the
# plan's group though no one of that group could read the plan. They are
# 600; a plan whose ACL gives its group read (g::r) still gives 640.
mkdir "$tmp/acl"
d="$tmp/acl"
if ! plan_with_acl "$d/plan.json" "$2" u:nobody:r; then
  for i in 1 2 3; do
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
[ "$(stat -c %a "$d/plan.json")" = 640 ] && [ "$(modes plan)" = "600 600 600 600 " ]
ok $? "a plan of 600 shared with u:nobody:r (shown 640) gives files of 600, not readable by its group: $(modes plan)"
[ "$(modes group)" = "640 640 640 640 " ]
ok $? "a plan whose ACL gives its group read gives files of 640: $(modes group)"

exit $fail
