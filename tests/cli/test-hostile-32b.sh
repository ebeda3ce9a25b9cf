#!/bin/sh
# Adversarial pass 32b: hostile disks and interleavings, what the disk
# and other processes do while a command saves.
. "$(dirname "$0")/tap.sh"

echo "1..4"

# A save of a plan it read (week, block, log…) reads the file again under
# its lock, to replace only the version it read. A disk that failed that
# read (EIO: a failing disk, a network share gone away) was said to be
# “another program changed the file meanwhile”: a change no one made, and
# `log` tried again as for one. It is said as what it is. The failing
# read is a preloaded read() that fails on a file once it is locked, not
# a race (not under AddressSanitizer, which must come first).
mkdir "$tmp/plans"
dir=$(cd "$tmp/plans" && pwd -P)
cp "$2/plans/logged-weeks.json" "$dir/plan.json"
echo older >"$dir/plan.json~"
cp "$dir/plan.json" "$tmp/before.json"
if ldd "$bare_cli" | grep -q libasan || [ -z "${REGIMEN_FAIL_LOCKED_READ_MODULE:-}" ]; then
  for i in 1 2 3 4; do
    n=$((n + 1)); echo "ok $n # SKIP no failing disk preloaded under AddressSanitizer"
  done
else
  LD_PRELOAD="$REGIMEN_FAIL_LOCKED_READ_MODULE" REGIMEN_FAIL_LOCKED_READ="$dir/plan.json" \
    $bare_cli week insert "$dir/plan.json" 1 >"$tmp/out" 2>"$tmp/err"
  check_exit $? 1 "week insert fails when the plan cannot be read again under its lock"
  grep -q 'the file could not be read to check that no other program changed it, so it was not replaced (Input/output error)' "$tmp/err" &&
    ! grep -q 'another program changed' "$tmp/err"
  ok $? "the message says the file could not be read, not that another program changed it: $(cat "$tmp/err")"
  cmp -s "$dir/plan.json" "$tmp/before.json" && [ "$(cat "$dir/plan.json~")" = older ] &&
    [ "$(ls -A "$dir")" = "$(printf 'plan.json\nplan.json~')" ]
  ok $? "the plan and its previous version are as they were, nothing left beside them"
  LD_PRELOAD="$REGIMEN_FAIL_LOCKED_READ_MODULE" REGIMEN_FAIL_LOCKED_READ="$dir/plan.json" \
    $bare_cli log "$dir/plan.json" --session mon0sess01 --status skipped >"$tmp/out" 2>"$tmp/err"
  [ $? = 1 ] && grep -q 'could not be read to check' "$tmp/err" && [ "$(grep -c . "$tmp/err")" = 1 ] &&
    cmp -s "$dir/plan.json" "$tmp/before.json"
  ok $? "log says it once and changes nothing: $(cat "$tmp/err")"
fi
