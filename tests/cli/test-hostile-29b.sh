#!/bin/sh
# Hostile files, pass 29b: a standard output opened onto the plan (or the
# CSV read) by the commands that change a plan or print what it holds;
# another user's symbolic links in a sticky folder such as /tmp; folders
# and plans marked append-only.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..52"

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

# import-csv with its standard output opened onto the CSV it reads:
# “Imported 9 sets.” went after the rows, a line its next import refused.
# Refused, nothing imported, the CSV and the plan as they were.
cp "$tmp/change/before.json" "$tmp/change/plan.json"
cp "$tmp/change/log.csv" "$tmp/change/log-before.csv"
$cli import-csv "$tmp/change/plan.json" "$tmp/change/log.csv" >>"$tmp/change/log.csv" 2>"$tmp/change/err"
status=$?
[ "$status" = 1 ] && cmp -s "$tmp/change/log.csv" "$tmp/change/log-before.csv" &&
  cmp -s "$tmp/change/plan.json" "$tmp/change/before.json" &&
  grep -q "standard output is this CSV file itself" "$tmp/change/err"
ok $? "import-csv PLAN CSV >> CSV is refused, the CSV and the plan as they were"

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

# Another user's symbolic link in a folder anyone may write to, where only
# owners may remove files (the sticky bit, as /tmp): with the kernel's
# fs.protected_symlinks off (a container, an older system) every -o
# wrote through it, so another user's /tmp/week.ics leading to the
# person's own file had that file replaced. Refused, exit status 1, the
# link named, the file it leads to as it was, whatever the sysctl says.
# The link is given to a user id no database knows with chown -h: only
# as root.
if [ "$(id -u)" = 0 ] && ! getent passwd 54321 >/dev/null; then
  mkdir "$tmp/sticky" && chmod 1777 "$tmp/sticky"
  echo "the person's own file" >"$tmp/own.txt"
  cp "$tmp/own.txt" "$tmp/own-before.txt"
  ln -s ../own.txt "$tmp/sticky/theirs"
  chown -h 54321:54321 "$tmp/sticky/theirs"
  for command in "export-ics $plans/logged.json" "export-csv $plans/logged.json" "print $plans/logged.json" \
    "format $plans/logged.json" "new --force" "render bodyweight-squat"; do
    name=theirs
    [ "${command#render}" != "$command" ] && name=theirs.png
    [ "$name" = theirs.png ] && ln -sf theirs "$tmp/sticky/theirs.png" && chown -h 54321:54321 "$tmp/sticky/theirs.png"
    # shellcheck disable=SC2086 # the command's words
    $cli $command -o "$tmp/sticky/$name" >/dev/null 2>"$tmp/sticky-err"
    status=$?
    [ "$status" = 1 ] && cmp -s "$tmp/own.txt" "$tmp/own-before.txt" && [ -L "$tmp/sticky/$name" ] &&
      grep -q "“$name” is a symbolic link another user made in a folder anyone may write to" "$tmp/sticky-err"
    ok $? "${command%% *} -o onto another user's link in a sticky folder is refused, naming it, the file it leads to as it was"
  done

  # A link of one's own there leading through theirs: refused at theirs.
  ln -s theirs "$tmp/sticky/mine"
  $cli export-ics "$plans/logged.json" -o "$tmp/sticky/mine" >/dev/null 2>"$tmp/sticky-err"
  status=$?
  [ "$status" = 1 ] && cmp -s "$tmp/own.txt" "$tmp/own-before.txt" &&
    grep -q "“theirs” is a symbolic link another user made" "$tmp/sticky-err"
  ok $? "a link of one's own leading through another user's link there is refused at theirs"

  # Nor through another user's link as a folder of the name, where a new
  # file was made in the folder it leads to, and “..” after it.
  mkdir "$tmp/own-dir"
  ln -s ../own-dir "$tmp/sticky/theirdir"
  chown -h 54321:54321 "$tmp/sticky/theirdir"
  for out in "$tmp/sticky/theirdir/week.ics" "$tmp/sticky/theirdir/../own-dir/week.ics"; do
    $cli export-ics "$plans/logged.json" -o "$out" >/dev/null 2>"$tmp/sticky-err"
    status=$?
    [ "$status" = 1 ] && [ -z "$(ls -A "$tmp/own-dir")" ] &&
      grep -q "“theirdir” is a symbolic link another user made" "$tmp/sticky-err"
    ok $? "export-ics -o ${out#"$tmp/sticky/"} through another user's folder link in a sticky folder is refused, nothing made"
  done
  # (format and new are handed the file with its folder resolved: asked
  # of the name as given.)
  for command in "format $plans/logged.json" "new"; do
    # shellcheck disable=SC2086 # the command's words
    $cli $command -o "$tmp/sticky/theirdir/plan.json" >/dev/null 2>"$tmp/sticky-err"
    status=$?
    [ "$status" = 1 ] && [ -z "$(ls -A "$tmp/own-dir")" ] &&
      grep -q "“theirdir” is a symbolic link another user made" "$tmp/sticky-err"
    ok $? "${command%% *} -o through another user's folder link in a sticky folder is refused, nothing made"
  done

  # A change to the plan through such a link is refused the same way.
  cp "$plans/one-week.json" "$tmp/plan.json"
  cp "$tmp/plan.json" "$tmp/plan-before.json"
  ln -s ../plan.json "$tmp/sticky/plan.json"
  chown -h 54321:54321 "$tmp/sticky/plan.json"
  # (With fs.protected_symlinks on, the system refuses even to read
  # through it: exit status 2.)
  expected="1 “plan.json” is a symbolic link another user made"
  [ "$(cat /proc/sys/fs/protected_symlinks 2>/dev/null)" = 1 ] && expected="2 Permission denied"
  $cli week insert "$tmp/sticky/plan.json" 1 >/dev/null 2>"$tmp/sticky-err"
  status=$?
  [ "$status" = "${expected%% *}" ] && cmp -s "$tmp/plan.json" "$tmp/plan-before.json" &&
    [ ! -e "$tmp/plan.json~" ] && grep -q "${expected#* }" "$tmp/sticky-err"
  ok $? "week insert through another user's link in a sticky folder is refused, the plan as it was"

  # One's own link there is followed, as before.
  chown -h 0:0 "$tmp/sticky/theirs"
  $cli export-ics "$plans/logged.json" -o "$tmp/sticky/theirs" >/dev/null 2>&1
  status=$?
  [ "$status" = 0 ] && [ -L "$tmp/sticky/theirs" ] && head -n 1 "$tmp/own.txt" | grep -q "^BEGIN:VCALENDAR"
  ok $? "one's own link in a sticky folder is written through, its target replaced"
else
  for i in 1 2 3 4 5 6 7 8 9 10 11 12 13; do n=$((n + 1)); echo "ok $n # SKIP needs root and a user id the database lacks"; done
fi

# A folder marked append-only (chattr +a: root on ext4 and the like
# only) takes new files but lets none be renamed or removed: a save said
# the previous version “could not be kept (Operation not permitted)” and
# left its temporary files there for good, and an export of a new file
# said nothing, exit status 0, its temporary file left beside it. Refused
# before anything is made, the folder named as the cause.
mkdir "$tmp/fixed"
cp "$plans/one-week.json" "$tmp/fixed/plan.json"
# Killed while a flag is set, the folder could not be removed by anyone
# but root clearing it first: cleared on the way out, whatever happens.
trap 'chattr -a "$tmp/fixed/plan.json" "$tmp/fixed" 2>/dev/null; rm -rf "$tmp"' EXIT
trap 'exit 143' HUP INT TERM
if chattr +a "$tmp/fixed" 2>/dev/null; then
  $cli week insert "$tmp/fixed/plan.json" 1 >/dev/null 2>"$tmp/fixed-err"
  status=$?
  $cli export-ics "$plans/logged.json" -o "$tmp/fixed/week.ics" >/dev/null 2>"$tmp/fixed-err-2"
  status_2=$?
  chattr -a "$tmp/fixed"
  [ "$status" = 1 ] && cmp -s "$tmp/fixed/plan.json" "$plans/one-week.json" &&
    [ "$(ls -A "$tmp/fixed")" = plan.json ] && grep -q "its folder is marked append-only or immutable" "$tmp/fixed-err"
  ok $? "week insert in an append-only folder is refused, naming why, nothing left beside the plan"
  [ "$status_2" = 1 ] && [ "$(ls -A "$tmp/fixed")" = plan.json ] &&
    grep -q "its folder is marked append-only or immutable" "$tmp/fixed-err-2"
  ok $? "export-ics -o a new file in an append-only folder is refused, nothing left there"
else
  for i in 1 2; do n=$((n + 1)); echo "ok $n # SKIP chattr +a needs root and a file system that has it"; done
fi

# A plan marked append-only itself: “the new version could not replace
# the old one (Operation not permitted)”; now said why.
if chattr +a "$tmp/fixed/plan.json" 2>/dev/null; then
  $cli week insert "$tmp/fixed/plan.json" 1 >/dev/null 2>"$tmp/fixed-err"
  status=$?
  chattr -a "$tmp/fixed/plan.json"
  [ "$status" = 1 ] && cmp -s "$tmp/fixed/plan.json" "$plans/one-week.json" &&
    [ "$(ls -A "$tmp/fixed")" = plan.json ] && grep -q "the file is marked immutable or append-only" "$tmp/fixed-err"
  ok $? "week insert of an append-only plan is refused, naming why, nothing left beside it"
else
  n=$((n + 1))
  echo "ok $n # SKIP chattr +a needs root and a file system that has it"
fi

exit $fail
