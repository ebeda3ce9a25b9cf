#!/bin/sh
# Adversarial pass 25b (issue #21): `progress --remove` of an exercise
# without a rule.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..3"

# 1. A rule deleted from the file by hand leaves the weeks it wrote,
# marked progressed_from: --remove of the rule-less exercise has nothing
# to remove (docs/cli.md), where it deleted those weeks' exercises under
# a line saying a rule was removed.
python3 - "$plans/progression.json" "$tmp/ruleless.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
del plan["weeks"][0]["days"][0]["sessions"][0]["items"][0]["progression"]
json.dump(plan, open(sys.argv[2], "w"), indent=2, ensure_ascii=False)
PY
cp "$tmp/ruleless.json" "$tmp/ruleless-before.json"
$cli progress "$tmp/ruleless.json" --item pku4 --remove >"$tmp/out" 2>"$tmp/err"
check_exit $? 1 "--remove of an exercise without a rule exits with 1, though later weeks name it in progressed_from"
grep -qx "regimen-cli progress: $tmp/ruleless.json: narrow-stance-squat (week 1, Mon) has no progression rule; nothing changed" "$tmp/err" &&
  ! [ -s "$tmp/out" ]
ok $? "says there is no rule, and not that one was removed"
cmp -s "$tmp/ruleless.json" "$tmp/ruleless-before.json" && ! [ -e "$tmp/ruleless.json~" ] &&
  [ "$(grep -c '"progressed_from": "pku4rcrzoo"' "$tmp/ruleless.json")" = 3 ]
ok $? "writes nothing: the three exercises of later weeks stay"

exit $fail
