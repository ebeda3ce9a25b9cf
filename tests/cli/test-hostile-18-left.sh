#!/bin/sh
# What the adversarial passes left in the progression rules and their
# messages (issue #21), each on a real file in a call or two.
. "$(dirname "$0")/tap.sh"

echo "1..1"

# week copy kept "added_by_rule" on the copy: a week the person copied
# is the person's, and removing the rule must never remove it.
cp "$2/plans/progression.json" "$tmp/plan.json"
$cli progress "$tmp/plan.json" --item pku4 --add 1% --weeks 6 >/dev/null &&
  $cli week insert "$tmp/plan.json" 7 >/dev/null &&
  $cli week copy "$tmp/plan.json" 6 7 >/dev/null &&
  python3 -c 'import json, sys; w = json.load(open(sys.argv[1]))["weeks"]; sys.exit(not (len(w) == 7 and w[5]["added_by_rule"] is True and "added_by_rule" not in w[6]))' "$tmp/plan.json"
ok $? "a copied week does not carry the rule's added_by_rule mark"

exit $fail
