#!/bin/sh
# regimen-cli rules: the rule table, as text and JSON.
. "$(dirname "$0")/tap.sh"

echo "1..7"

$cli rules >"$tmp/out"
ok $? "rules succeeds"
for id in HIIT-FREQ HIIT-SPACING HIIT-RATIO LOAD-BUDGET LOAD-ACWR DELOAD MONOTONY STRAIN REST-DAY \
          MUSCLE-RECOVERY MUSCLE-VOLUME INTENSITY READINESS SPEED-LOAD HEAVY-BLOCK PROGRESSION \
          LEVEL-FIT DATA; do
  grep -q "^$id (" "$tmp/out" || { echo "# $id missing"; missing=1; }
done
test -z "$missing"
ok $? "the text lists every rule"
grep -q "^HIIT-FREQ (Error): Too many HIIT sessions in a week$" "$tmp/out"
ok $? "the text gives id, severity and title"

$cli rules --json >"$tmp/json"
ok $? "rules --json succeeds"
python3 - "$tmp/json" <<'PY'
import json, sys
rules = json.load(open(sys.argv[1]))["rules"]
assert len(rules) == 18
keys = {"id", "severity", "title", "threshold", "why", "source", "advice"}
assert all(set(r) == keys and all(r[k] for k in keys) for r in rules)
severity = {r["id"]: r["severity"] for r in rules}
assert severity["HIIT-FREQ"] == "error" and severity["DATA"] == "error"
assert severity["LOAD-BUDGET"] == "error" and severity["MONOTONY"] == "warning"
PY
ok $? "the JSON has every field of every rule"

$cli rules extra >/dev/null 2>&1
test $? = 64
ok $? "an argument is a usage error"

$cli rules --help 2>&1 | grep -q -- "--json"
ok $? "--help explains the options"

exit $fail
