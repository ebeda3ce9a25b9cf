#!/bin/sh
# Adversarial pass 12 (files, exports and the command line): what it
# found, on real files, in a few calls (each costs seconds under valgrind).
. "$(dirname "$0")/tap.sh"

echo "1..4"

# 12-1: validate --json wrote each finding's block with its whole name:
# a 10,000-character block name over 24,000 findings (a 680 KB plan) made
# 977 MB of JSON and took 3 GB. The name is quoted as the message quotes
# it, 59 characters and “…”.
awk 'BEGIN { t = ""; for (i = 0; i < 100; i++) t = t "B"
             printf "{\"format\": \"regimen-plan\", \"version\": 1, \"blocks\": [{\"name\": \"%s\", \"weeks\": 1}], ", t
             printf "\"weeks\": [{\"days\": [{\"sessions\": [{\"kind\": \"strength\", \"rpe\": 5, \"minutes\": 30, "
             printf "\"items\": [{\"exercise\": \"no-such-exercise\"}]}]}, {}, {}, {}, {}, {}, {}]}]}\n" }' >"$tmp/block.json"
$cli validate --json "$tmp/block.json" >"$tmp/out.json"
check_exit $? 1 "validate --json of a plan with an unknown exercise exits with 1"
quoted=$(awk 'BEGIN { t = ""; for (i = 0; i < 59; i++) t = t "B"; print t }')
grep -q "\"name\" : \"$quoted…\"" "$tmp/out.json" && ! grep -q "${quoted}B" "$tmp/out.json"
ok $? "the finding's block is named as the message names it, 59 characters and …"

# 12-2: week copy made every copy before the plan was measured: a week of
# a hundred exercises in each of its 140 sessions copied onto 519 weeks
# took 76 s and 3 GB, and then could not be saved. Copies that would make
# a plan of more values than the reader takes are refused first (exit 1),
# the plan as it was.
awk 'BEGIN { printf "{\"format\": \"regimen-plan\", \"version\": 1, \"weeks\": [{\"days\": [{\"sessions\": ["
             for (s = 0; s < 20; s++) {
               printf "%s{\"kind\": \"strength\", \"rpe\": 5, \"items\": [", (s ? ", " : "")
               for (i = 0; i < 100; i++) printf "%s{\"exercise\": \"push-up\"}", (i ? ", " : "")
               printf "]}"
             }
             printf "]}, {}, {}, {}, {}, {}, {}]}"
             for (w = 1; w < 84; w++) printf ", {\"days\": [{}, {}, {}, {}, {}, {}, {}]}"
             printf "]}\n" }' >"$tmp/heavy.json"
cp "$tmp/heavy.json" "$tmp/heavy-before.json"
$cli week copy "$tmp/heavy.json" 1 $(seq 2 84) 2>"$tmp/err"
check_exit $? 1 "week copy onto weeks that would make the plan too large to open exits with 1"
cmp -s "$tmp/heavy.json" "$tmp/heavy-before.json" &&
  grep -q 'heavy.json: Copies of week 1 onto so many weeks would make the plan larger than Regimen can open; nothing changed' "$tmp/err"
ok $? "the plan is left as it was, and the message says why"

exit $fail
