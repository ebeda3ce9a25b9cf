#!/bin/sh
# Adversarial pass 9b (files and the command line): what it found, on
# real files, in a few calls (each costs about a second under valgrind).
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..8"

# 9b-1: an export whose -o is the plan it reads replaced the plan with a
# CSV, a calendar or a PDF, and kept no PLAN~. Refused, under the plan's
# own name or another (a symbolic or a hard link), and the plan is whole.
cp "$plans/logged.json" "$tmp/plan.json"
ln -s plan.json "$tmp/symbolic.json"
ln "$tmp/plan.json" "$tmp/hard.json"
$cli export-csv "$tmp/plan.json" -o "$tmp/plan.json" 2>"$tmp/err"
check_exit $? 1 "export-csv onto its own plan exits with 1"
grep -q 'plan.json: Could not write “.*plan.json”: it is the plan the export is made from' "$tmp/err"
ok $? "the message names the file and why"
$cli export-ics "$tmp/plan.json" -o "$tmp/symbolic.json" 2>/dev/null
check_exit $? 1 "export-ics onto a symbolic link to its plan exits with 1"
$cli print "$tmp/plan.json" -o "$tmp/hard.json" 2>/dev/null
check_exit $? 1 "print onto a hard link of its plan exits with 1"
cmp -s "$tmp/plan.json" "$plans/logged.json" && [ ! -e "$tmp/plan.json~" ] &&
  [ "$(ls -A "$tmp" | tr '\n' ' ')" = "err hard.json plan.json symbolic.json " ]
ok $? "the plan is whole and nothing is left beside it"
$cli export-ics "$tmp/plan.json" -o "$tmp/plan.ics" && grep -q '^BEGIN:VCALENDAR' "$tmp/plan.ics"
ok $? "another file is written"

# 9b-2: diff exits with 1 when the plans differ; changes that could not
# be written (a full disk) exited with 1 too when a line was longer than
# standard output's buffer, which a script reads as "they differ".
long=$(head -c 5000 /dev/zero | tr '\0' x)
sed "s/\"title\": \"Lower body A\"/\"title\": \"$long\"/" "$plans/one-week.json" >"$tmp/long.json"
$cli diff "$plans/one-week.json" "$tmp/long.json" >/dev/full 2>"$tmp/err"
check_exit $? 2 "diff whose long change cannot be written exits with 2"
$cli diff "$plans/one-week.json" "$tmp/long.json" >/dev/null
check_exit $? 1 "the same diff written exits with 1"

exit $fail
