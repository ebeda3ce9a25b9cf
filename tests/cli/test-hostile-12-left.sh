#!/bin/sh
# What adversarial pass 12 left in the files and the command line (issue
# #21), each on a real file in a call or two (each costs seconds under
# valgrind).
. "$(dirname "$0")/tap.sh"

echo "1..7"

# 21-1: an output written to the plan's own “PLAN~” replaced the previous
# version a save had kept there (the app refuses it). Refused by any
# spelling of the name, a symbolic link too, even with new --force; the
# backup is left as it was.
cp "$2/plans/one-week.json" "$tmp/plan.json"
echo previous >"$tmp/plan.json~"
mkdir "$tmp/sub"
$cli format "$tmp/plan.json" -o "$tmp/sub/..//plan.json~" 2>"$tmp/err"
check_exit $? 1 "format -o PLAN~ spelled with .. and // exits with 1"
grep -q "it is the previous version of “.*/plan.json”" "$tmp/err" && [ "$(cat "$tmp/plan.json~")" = previous ]
ok $? "the message names the plan, and its previous version is left as it was"
ln -s plan.json~ "$tmp/figure.png"
$cli render push-up -o "$tmp/figure.png" 2>/dev/null
check_exit $? 1 "render -o a symbolic link to PLAN~ exits with 1"
$cli new --force -o "$tmp/figure.png" 2>/dev/null
check_exit $? 1 "new --force -o a symbolic link to PLAN~ exits with 1"
[ "$(cat "$tmp/plan.json~")" = previous ]
ok $? "PLAN~ is still the previous version"

# 21-5: validate --json built every finding into one tree and then its
# whole text before writing any: 240,000 findings (a plan at the limits)
# took 989 MB for 97 MB of JSON. Each finding is written as it is made;
# the document is the one json-glib's pretty printer gave, byte for byte
# (two-space indent, " : "), findings with and without a block.
awk 'BEGIN { printf "{\"format\": \"regimen-plan\", \"version\": 1, \"blocks\": [{\"name\": \"Base\", \"weeks\": 1}], \"weeks\": ["
             for (w = 0; w < 2; w++) {
               printf "%s{\"days\": [{\"sessions\": [{\"kind\": \"strength\", \"rpe\": 5, \"items\": [", (w ? ", " : "")
               printf "{\"exercise\": \"no-such-exercise\"}, {\"exercise\": \"nor-this\"}]}]}, {}, {}, {}, {}, {}, {}]}"
             }
             printf "]}\n" }' >"$tmp/findings.json"
$cli validate --json "$tmp/findings.json" >"$tmp/findings.out"
check_exit $? 1 "validate --json of a plan with unknown exercises exits with 1"
python3 - "$tmp/findings.out" <<'PY'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
doc = json.loads(text)
blocks = [d["block"] for d in doc["diagnostics"]]
assert len(doc["diagnostics"]) >= 4 and {"index": 0, "name": "Base"} in blocks and None in blocks, blocks
assert text == json.dumps(doc, indent=2, separators=(",", " : "), ensure_ascii=False) + "\n"
PY
ok $? "the findings are the document json-glib printed whole, in its layout"

exit $fail
