#!/bin/sh
# Adversarial pass 11b (files, exports and the command line): what it
# found, on real files, in a few calls (each costs seconds under valgrind).
. "$(dirname "$0")/tap.sh"

echo "1..2"

# 11b-1: format -o - printed what a save to a file refuses: a plan of
# 260 KB whose 2,100 lists nest 62 deep spreads over 17 MB of lines,
# past the 16 MiB a plan may have, and the shell kept it in a file no
# Regimen opens. Refused like a save (exit 1, the reason), nothing printed.
awk 'BEGIN { o = ""; c = ""; for (i = 0; i < 62; i++) { o = o "["; c = c "]" } e = o c
             printf "{\"format\": \"regimen-plan\", \"version\": 1, \"weeks\": [], \"x-deep\": [%s", e
             for (i = 1; i < 2100; i++) printf ",%s", e
             printf "]}\n" }' >"$tmp/deep.json"
$cli format "$tmp/deep.json" -o - >"$tmp/out.json" 2>"$tmp/err"
check_exit $? 1 "format -o - of a plan that grows past the reader's limit exits with 1"
[ ! -s "$tmp/out.json" ] && grep -q 'deep.json: Regimen could not open the result again (The file is too large for a plan' "$tmp/err"
ok $? "nothing is printed, and the message names the plan and why"

exit $fail
