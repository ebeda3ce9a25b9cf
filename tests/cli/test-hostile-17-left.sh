#!/bin/sh
# What adversarial passes 16 and 17 left (issue #21), each on a real file
# in a call or two (each costs seconds under valgrind).
. "$(dirname "$0")/tap.sh"

echo "1..4"

# log --set 10x040 logged 40 kg: the load's reader took a leading zero
# that every other number of the command line refuses. One reader now.
cp "$2/plans/one-week.json" "$tmp/plan.json"
$cli log "$tmp/plan.json" --session 3idq --status done --item pku4 --set 10x040 2>"$tmp/err"; r=$?
[ "$r" = 64 ] && cmp -s "$tmp/plan.json" "$2/plans/one-week.json" &&
  grep -q "“10x040” is not a set" "$tmp/err" &&
  $cli log "$tmp/plan.json" --session 3idq --status done --item pku4 --set 10x0.5 >/dev/null &&
  grep -q '"load": 0.5' "$tmp/plan.json"
ok $? "a logged load with a leading zero is wrong usage, 0.5 is taken"

# progress said a rule's bound with a point in every locale (“up to
# 2204.62lb”) where its other text, and the item editor's fields, have
# the locale's decimal mark: “2204,62 lb” in German, as the rest of the
# line's numbers.
if locale -a 2>/dev/null | grep -qix 'de_DE.utf-\?8'; then
  cp "$2/plans/one-week.json" "$tmp/plan.json"
  $cli item edit "$tmp/plan.json" --item pku4 --load 60kg >/dev/null &&
    LC_ALL=de_DE.UTF-8 $cli progress "$tmp/plan.json" --item pku4 --add 5lb --up-to 9999lb --weeks 3 2>"$tmp/err"
  r=$?
  [ "$r" = 64 ] && grep -q " 2204,62 lb, " "$tmp/err"
  ok $? "a German bound has the decimal comma, its unit after a space"
else
  n=$((n + 1)); echo "ok $n # SKIP no German locale here"
fi

# The check said a number and its threshold with different decimals
# (“monotony 1.87 is above 1.5”, “ratio 1.36; a jump is more than 1.3 ×
# that”). Both sides have two now; the fingerprints the plans acknowledge
# here were made before, and still match.
python3 - "$2/check/foster-week.json" "$tmp/monotony.json" MONOTONY@w0 4352c6f403655cbe \
  "$2/plans/logged-two-a-day.json" "$tmp/jump.json" LOAD-ACWR@w0.d1 d47056126d33bbd7 <<'PY'
import json, sys
for source, target, key, fingerprint in (sys.argv[1:5], sys.argv[5:9]):
    plan = json.load(open(source))
    plan["acknowledgements"] = [{"finding": key, "fingerprint": fingerprint, "reason": "Coach"}]
    json.dump(plan, open(target, "w"), indent=2)
PY
$cli validate --json "$tmp/monotony.json" >"$tmp/monotony.out"
$cli validate --json "$tmp/jump.json" >"$tmp/jump.out"
python3 - "$tmp/monotony.out" "$tmp/jump.out" <<'PY'
import json, sys
monotony = [d for d in json.load(open(sys.argv[1]))["diagnostics"] if d["rule"] == "MONOTONY"]
jump = [d for d in json.load(open(sys.argv[2]))["diagnostics"] if d["key"] == "LOAD-ACWR@w0.d1"]
assert len(monotony) == 1 and len(jump) == 1, (monotony, jump)
assert monotony[0]["acknowledged"] is not None and jump[0]["acknowledged"] is not None
assert "monotony 1.87 is above 1.50;" in monotony[0]["message"], monotony[0]["message"]
assert "(ratio 1.36); a jump is more than 1.30 × that" in jump[0]["message"], jump[0]["message"]
PY
ok $? "a number and its threshold have the same decimals, and earlier acknowledgements match"

# A blank week added by hand and then filled by a rule went with the
# rule when the rule was removed: only the weeks the rule added go.
cp "$2/plans/one-week.json" "$tmp/plan.json"
$cli week insert "$tmp/plan.json" 2 >/dev/null &&
  $cli progress "$tmp/plan.json" --item pku4 --add 1rep --weeks 3 >/dev/null &&
  python3 -c 'import json, sys; w = json.load(open(sys.argv[1]))["weeks"]; sys.exit(not (len(w) == 3 and "added_by_rule" not in w[1] and w[2]["added_by_rule"] is True))' "$tmp/plan.json" &&
  $cli progress "$tmp/plan.json" --item pku4 --remove >/dev/null &&
  python3 -c 'import json, sys; w = json.load(open(sys.argv[1]))["weeks"]; sys.exit(not (len(w) == 2 and not any(d["sessions"] for d in w[1]["days"])))' "$tmp/plan.json"
ok $? "progress --remove keeps a blank week added by hand that the rule filled"

exit $fail
