#!/bin/sh
# Adversarial pass 36b (issue 21): saves on hostile disks, what the disk
# says while a command saves.
. "$(dirname "$0")/tap.sh"

echo "1..14"

# A save of a plan it read (week, log, format…) locks the plan, checks
# that the file it locked is the one of that name and that it still holds
# what was read. A disk that could not tell about the locked file (fstat()
# failing with EIO: a FUSE or network file system gone away) was said to
# be “another program changed the file meanwhile”, a change no one made:
# the check of the name was tried a hundred times and then said so, the
# look at the size said so at once. The failing call is a preloaded
# fstat() that fails on the plan once it is locked, from its first or its
# second such call on: no race (not under AddressSanitizer, which must
# come first).
mkdir "$tmp/plans"
dir=$(cd "$tmp/plans" && pwd -P)
if ldd "$bare_cli" | grep -q libasan || [ -z "${REGIMEN_FAIL_LOCKED_FSTAT_MODULE:-}" ]; then
  for i in 1 2 3 4 5 6 7 8; do
    n=$((n + 1)); echo "ok $n # SKIP no failing disk preloaded under AddressSanitizer"
  done
else
  for from in 1 2; do
    case $from in
      1) what="the check that the locked file is the plan" ;;
      2) what="the look at the locked plan's size" ;;
    esac
    # Not in canonical form, so that format has something to write.
    python3 -c 'import json, sys; print(json.dumps(json.load(open(sys.argv[1]))))' \
      "$2/plans/logged-weeks.json" >"$dir/plan.json"
    echo older >"$dir/plan.json~"
    cp "$dir/plan.json" "$tmp/before.json"
    LD_PRELOAD="$REGIMEN_FAIL_LOCKED_FSTAT_MODULE" REGIMEN_FAIL_LOCKED_FSTAT="$dir/plan.json" \
      REGIMEN_FAIL_LOCKED_FSTAT_FROM=$from $bare_cli format "$dir/plan.json" >"$tmp/out" 2>"$tmp/err"
    check_exit $? 1 "format fails when $what fails (EIO)"
    grep -q 'plan.json”: the file could not be read to check that no other program changed it, so it was not replaced (Input/output error)' "$tmp/err" &&
      ! grep -q 'another program changed' "$tmp/err"
    ok $? "format names the plan and says the disk could not tell, not that another program changed it: $(tr "\n" " " <"$tmp/err")"
    cmp -s "$dir/plan.json" "$tmp/before.json" && [ "$(cat "$dir/plan.json~")" = older ] &&
      [ "$(ls -A "$dir")" = "$(printf 'plan.json\nplan.json~')" ]
    ok $? "($what) the plan and its previous version are as they were, nothing left beside them"
    LD_PRELOAD="$REGIMEN_FAIL_LOCKED_FSTAT_MODULE" REGIMEN_FAIL_LOCKED_FSTAT="$dir/plan.json" \
      REGIMEN_FAIL_LOCKED_FSTAT_FROM=$from $bare_cli log "$dir/plan.json" --session mon0sess01 --status skipped \
      >"$tmp/out" 2>"$tmp/err"
    [ $? = 1 ] && grep -q 'could not be read to check' "$tmp/err" && [ "$(grep -c . "$tmp/err")" = 1 ] &&
      cmp -s "$dir/plan.json" "$tmp/before.json"
    ok $? "($what) log says it once and changes nothing: $(tr "\n" " " <"$tmp/err")"
  done
fi

# A file made from a plan (`format -o`, `export-csv`, `export-ics`,
# `print -o`, none there before) is no more readable by the group or by
# others than the plan: made 0644 under the usual umask from a plan kept
# 0600, its log and notes were readable by every user of the machine,
# where `cp` keeps such a copy private. Only read access is followed: a
# read-only plan gives files its owner can write again.
mkdir "$tmp/modes"
for mode in 600 640 444; do
  cp "$2/plans/logged-weeks.json" "$tmp/modes/plan$mode.json"
  chmod $mode "$tmp/modes/plan$mode.json"
  d="$tmp/modes"
  (
    umask 022
    $cli format "$d/plan$mode.json" -o "$d/copy$mode.json" &&
      $cli export-csv "$d/plan$mode.json" -o "$d/log$mode.csv" &&
      $cli export-ics "$d/plan$mode.json" -o "$d/week$mode.ics" &&
      $cli print "$d/plan$mode.json" -o "$d/sheet$mode.pdf"
  ) 2>"$tmp/err"
  check_exit $? 0 "format -o, export-csv, export-ics and print -o from a plan of mode $mode"
done
modes () {
  (cd "$tmp/modes" && stat -c %a copy$1.json log$1.csv week$1.ics sheet$1.pdf | tr '\n' ' ')
}
[ "$(modes 600)" = "600 600 600 600 " ]
ok $? "the files made from a plan of mode 600 are 600, not 644: $(modes 600)"
[ "$(modes 640)" = "640 640 640 640 " ]
ok $? "the files made from a plan of mode 640 are 640: $(modes 640)"
[ "$(modes 444)" = "644 644 644 644 " ]
ok $? "the files made from a read-only plan readable by all (444) are 644, their owner's to write again: $(modes 444)"

exit $fail
