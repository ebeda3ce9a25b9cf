#!/bin/sh
# Hostile disks, session 34 (issue 21, the leftovers of passes 30–33):
# the command line on NFS and SMB folders, and numbers typed under a
# German locale.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..2"

# NFS can report EINTR for a rename or a link its server did (the reply
# interrupted by a signal): tried again, the rename found its temporary
# gone (ENOENT), the link its name taken (EEXIST), and the save was said
# failed although the plan was written. The preloaded module does every
# other rename and link in the folder, then fails it with EINTR.
mkdir "$tmp/done"
dir=$(cd "$tmp/done" && pwd -P)
cp "$plans/logged-weeks.json" "$dir/plan.json"
echo older >"$dir/plan.json~"
if ldd "$bare_cli" | grep -q libasan || [ -z "${REGIMEN_EINTR_AFTER_DONE_MODULE:-}" ]; then
  for i in 1 2; do
    n=$((n + 1)); echo "ok $n # SKIP no such folder preloaded under AddressSanitizer"
  done
else
  LD_PRELOAD="$REGIMEN_EINTR_AFTER_DONE_MODULE" REGIMEN_EINTR_DIR="$dir" \
    $bare_cli week insert "$dir/plan.json" 1 >"$tmp/out" 2>"$tmp/err"; status=$?
  [ $status = 0 ] && cmp -s "$plans/logged-weeks.json" "$dir/plan.json~" &&
    $cli validate "$dir/plan.json" >/dev/null && ! cmp -s "$plans/logged-weeks.json" "$dir/plan.json" &&
    [ "$(ls -A "$dir" | tr '\n' ' ')" = "plan.json plan.json~ " ]
  ok $? "week insert saves where a rename and a link done are said interrupted, PLAN~ the version before, nothing left beside them (exit $status): $(tr "\n" " " <"$tmp/err") $(ls -A "$dir" | tr '\n' ' ')"
  LD_PRELOAD="$REGIMEN_EINTR_AFTER_DONE_MODULE" REGIMEN_EINTR_DIR="$dir" \
    $bare_cli new -o "$dir/new.json" >"$tmp/out" 2>"$tmp/err"; status=$?
  [ $status = 0 ] && $cli validate "$dir/new.json" >/dev/null &&
    [ "$(ls -A "$dir" | tr '\n' ' ')" = "new.json plan.json plan.json~ " ]
  ok $? "new makes its plan there, not said to exist already (exit $status): $(tr "\n" " " <"$tmp/err") $(ls -A "$dir" | tr '\n' ' ')"
fi

exit $fail
