#!/bin/sh
# Hostile files, session 34 (issue 21, what passes 33b and 33c left): the
# command line.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..1"

# A save makes its temporary file beside the plan, locks it, and asks
# whether it is still there (fstat()): one gone was taken by a cleaner a
# moment before the lock, and the save makes another. A disk whose fstat()
# failed (EIO) had it taken for gone too, and the first temporary file
# was left beside the plan by a save that then succeeded with a second.
# The preloaded module fails the fstat() of the first temporary file
# locked; the one file left is the plan, with its previous version.
mkdir "$tmp/fstat"
dir=$(cd "$tmp/fstat" && pwd -P)
cp "$plans/logged-weeks.json" "$dir/plan.json"
if ldd "$bare_cli" | grep -q libasan || [ -z "${REGIMEN_FAIL_FSTAT_ONCE_MODULE:-}" ]; then
  n=$((n + 1)); echo "ok $n # SKIP no failing fstat() preloaded under AddressSanitizer"
else
  LD_PRELOAD="$REGIMEN_FAIL_FSTAT_ONCE_MODULE" REGIMEN_FSTAT_DIR="$dir" \
    $bare_cli week insert "$dir/plan.json" 1 >"$tmp/out" 2>"$tmp/err"; status=$?
  [ $status = 0 ] && cmp -s "$plans/logged-weeks.json" "$dir/plan.json~" &&
    [ "$(ls -A "$dir")" = "$(printf 'plan.json\nplan.json~')" ] &&
    [ "$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["weeks"]))' "$dir/plan.json")" = \
      "$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["weeks"]) + 1)' "$plans/logged-weeks.json")" ]
  ok $? "week insert leaves no temporary file when the fstat() of its first fails (exit $status, left: $(ls -A "$dir" | tr "\n" " ")): $(tr "\n" " " <"$tmp/err")"
fi

exit $fail
