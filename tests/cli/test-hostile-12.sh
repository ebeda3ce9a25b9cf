#!/bin/sh
# Adversarial pass 12 (files, exports and the command line): what it
# found, on real files, in a few calls (each costs seconds under valgrind).
. "$(dirname "$0")/tap.sh"

echo "1..2"

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

exit $fail
