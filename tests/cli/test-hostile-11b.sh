#!/bin/sh
# Adversarial pass 11b (files, exports and the command line): what it
# found, on real files, in a few calls (each costs seconds under valgrind).
. "$(dirname "$0")/tap.sh"

echo "1..4"

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

# 11b-2: export-csv repeats a session's title and note on each set, so a
# log of long texts (a 30 KB plan: one session of 10,000-character title
# and note, 900 sets) made a 17 MB CSV that import-csv refuses, although
# the CSV is meant to read back. Refused (exit 1), nothing written.
awk 'BEGIN { t = ""; for (i = 0; i < 10000; i++) t = t "T"
             printf "{\"format\": \"regimen-plan\", \"version\": 1, \"start_date\": \"2026-11-23\", \"weeks\": [{\"days\": [{\"sessions\": [{\"id\": \"s1\", \"title\": \"%s\", \"kind\": \"strength\", \"rpe\": 5, \"items\": [", t
             for (i = 0; i < 9; i++) printf "%s{\"id\": \"i%d\", \"exercise\": \"push-up\"}", (i ? ", " : ""), i
             printf "], \"log\": {\"status\": \"done\", \"note\": \"%s\", \"items\": [", t
             for (i = 0; i < 9; i++) {
               printf "%s{\"item\": \"i%d\", \"sets\": [{\"reps\": 1}", (i ? ", " : ""), i
               for (j = 1; j < 100; j++) printf ", {\"reps\": 1}"
               printf "]}"
             }
             printf "]}}]}, {}, {}, {}, {}, {}, {}]}]}\n" }' >"$tmp/long-texts.json"
$cli export-csv "$tmp/long-texts.json" -o "$tmp/long.csv" 2>"$tmp/err"
check_exit $? 1 "export-csv of a CSV larger than import-csv reads exits with 1"
[ ! -e "$tmp/long.csv" ] && grep -q 'long-texts.json: the CSV would be longer than the 16 MB import-csv reads back' "$tmp/err"
ok $? "nothing is written, and the message says why"

exit $fail
