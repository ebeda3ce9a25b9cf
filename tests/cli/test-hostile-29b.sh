#!/bin/sh
# Hostile files, pass 29b: a standard output opened onto the plan by the
# commands that change a plan or print what it holds.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..35"

# A command that changes a plan and then prints its line (“Added session
# …”), with its standard output opened onto the plan (>> or <>): the plan
# was replaced by a rename, so the line went into the old file, which had
# become the previous version PLAN~, and PLAN~ no longer opened; exit
# status 0. Refused now, as the exports refuse it: exit status 1, nothing
# changed, the plan and PLAN~ as they were.
mkdir "$tmp/change"
cp "$plans/logged.json" "$tmp/change/before.json"
cp "$plans/one-week.json" "$tmp/change/before~"
session=$($cli log --list "$tmp/change/before.json" | sed -n 's/^ *\([a-z0-9]\{10\}\) .*/\1/p' | head -n 1)
$cli export-csv "$tmp/change/before.json" >"$tmp/change/log.csv" 2>/dev/null
for command in "session add PLAN --week 1 --day sun" "item add PLAN --session $session --exercise burpee --force" \
  "week insert PLAN 1" "block add PLAN B --weeks 1" "log PLAN --session $session --status skipped" \
  "progress PLAN --item pku4rcrzoo --add 2.5% --weeks 2 --force" "import-csv PLAN $tmp/change/log.csv"; do
  cp "$tmp/change/before.json" "$tmp/change/plan.json"
  cp "$tmp/change/before~" "$tmp/change/plan.json~"
  # shellcheck disable=SC2086 # the command's words
  set -- $command
  first=$1
  shift
  words=$(echo "$*" | sed "s|PLAN|$tmp/change/plan.json|")
  # shellcheck disable=SC2086
  $cli $first $words >>"$tmp/change/plan.json" 2>"$tmp/change/err"
  status=$?
  [ "$status" = 1 ] && cmp -s "$tmp/change/plan.json" "$tmp/change/before.json" &&
    cmp -s "$tmp/change/plan.json~" "$tmp/change/before~" &&
    grep -q "standard output is this plan itself" "$tmp/change/err"
  ok $? "$first ${command#* } >> PLAN is refused, the plan and PLAN~ as they were"

  # shellcheck disable=SC2086
  $cli $first $words 1<>"$tmp/change/plan.json" 2>/dev/null
  status=$?
  [ "$status" = 1 ] && cmp -s "$tmp/change/plan.json" "$tmp/change/before.json" &&
    cmp -s "$tmp/change/plan.json~" "$tmp/change/before~"
  ok $? "$first ${command#* } 1<> PLAN is refused, the plan and PLAN~ as they were"

  # The previous version PLAN~ as standard output: the save would replace
  # it and the line be written into a file no longer there.
  # shellcheck disable=SC2086
  $cli $first $words >>"$tmp/change/plan.json~" 2>"$tmp/change/err"
  status=$?
  [ "$status" = 1 ] && cmp -s "$tmp/change/plan.json" "$tmp/change/before.json" &&
    cmp -s "$tmp/change/plan.json~" "$tmp/change/before~" &&
    grep -q "standard output is this plan's previous version, “plan.json~”" "$tmp/change/err"
  ok $? "$first ${command#* } >> PLAN~ is refused, the plan and PLAN~ as they were"

  # With its output elsewhere the command changes the plan, PLAN~ the
  # version before (so the refusals above are not some other failure).
  cp "$tmp/change/before.json" "$tmp/change/plan.json"
  rm -f "$tmp/change/plan.json~"
  # shellcheck disable=SC2086
  $cli $first $words >"$tmp/change/out" 2>/dev/null
  status=$?
  [ "$status" = 0 ] && cmp -s "$tmp/change/plan.json~" "$tmp/change/before.json" &&
    ! cmp -s "$tmp/change/plan.json" "$tmp/change/before.json" && [ -s "$tmp/change/out" ]
  ok $? "$first ${command#* } with its output elsewhere changes the plan, PLAN~ the version before"
done

# A command that only prints what a plan holds, its standard output the
# plan: the text went after the plan's, which then no longer opened, and
# no previous version was kept. Refused, exit status 1 (diff's 1 says the
# plans differ: 2), the plan as it was.
mkdir "$tmp/print"
cp "$plans/logged.json" "$tmp/print/plan.json"
cp "$plans/logged.json" "$tmp/print/before.json"
cp "$plans/one-week.json" "$tmp/print/other.json"
for command in "validate" "stats" "log --list" "block list"; do
  # shellcheck disable=SC2086 # the command's words
  $cli $command "$tmp/print/plan.json" >>"$tmp/print/plan.json" 2>"$tmp/print/err"
  status=$?
  [ "$status" = 1 ] && cmp -s "$tmp/print/plan.json" "$tmp/print/before.json" &&
    grep -q "standard output is this plan itself" "$tmp/print/err"
  ok $? "$command >> PLAN is refused and leaves the plan as it was"
done

$cli diff "$tmp/print/other.json" "$tmp/print/plan.json" >>"$tmp/print/plan.json" 2>"$tmp/print/err"
status=$?
[ "$status" = 2 ] && cmp -s "$tmp/print/plan.json" "$tmp/print/before.json" &&
  grep -q "standard output is this plan itself" "$tmp/print/err"
ok $? "diff OTHER PLAN >> PLAN is refused with exit status 2 and leaves the plan as it was"

$cli diff "$tmp/print/plan.json" "$tmp/print/other.json" 1<>"$tmp/print/plan.json" 2>/dev/null
status=$?
[ "$status" = 2 ] && cmp -s "$tmp/print/plan.json" "$tmp/print/before.json"
ok $? "diff PLAN OTHER 1<> PLAN is refused with exit status 2 and leaves the plan as it was"

# Output elsewhere is printed as before.
$cli diff "$tmp/print/plan.json" "$tmp/print/other.json" >"$tmp/print/out" 2>/dev/null
status=$?
[ "$status" = 1 ] && [ -s "$tmp/print/out" ]
ok $? "diff PLAN OTHER into another file prints the changes"

exit $fail
