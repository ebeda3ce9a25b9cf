#!/bin/sh
# Issue 21, what pass 34 left: acknowledgements and numbers, on the
# command line.
. "$(dirname "$0")/tap.sh"
fixtures=$2

echo "1..2"

# A custom exercise named only with what shows nothing, whose id holds a
# digit (custom-press-2): since session 33 the check names it by its id, and the
# acknowledgement's fingerprint, which reads the digits of the message,
# read the id's “2” too. An acknowledgement written before, of the message
# with the blank name, no longer matched: the finding showed again. The
# fingerprint reads no digit of an id that stands for a name, so the
# acknowledgement of before matches, and one made now still does once the
# exercise is given a name.
mkdir -p "$tmp/visible/regimen" "$tmp/blank/regimen"
cat >"$tmp/visible/regimen/exercises.json" <<'JSON'
{"format": "regimen-exercises", "version": 1, "exercises": [
  {"id": "custom-press-2", "name": "Press", "category": "strength"}]}
JSON
cat >"$tmp/blank/regimen/exercises.json" <<'JSON'
{"format": "regimen-exercises", "version": 1, "exercises": [
  {"id": "custom-press-2", "name": "\u200b", "category": "strength"}]}
JSON
python3 - "$fixtures/plans/one-week.json" "$tmp/plan.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
items = plan["weeks"][0]["days"][0]["sessions"][0]["items"]
items[0]["exercise"] = "custom-press-2"
items[0]["progression"] = {"rule": "add", "weeks": 2, "member": "hold_seconds", "step": 5}
json.dump(plan, open(sys.argv[2], "w"), indent=2)
PY
# The fingerprint Regimen before session 33 wrote for the blank name: the
# message then read “the progression rule of  does not fit it”, whose
# digits are those of a name without any.
XDG_DATA_HOME="$tmp/visible" $cli validate --json "$tmp/plan.json" >"$tmp/visible.json" 2>/dev/null
python3 - "$tmp/plan.json" "$tmp/visible.json" "$tmp/acked.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
d = [x for x in json.load(open(sys.argv[2]))["diagnostics"] if "progression rule of Press" in x["message"]]
assert len(d) == 1, d
plan["acknowledgements"] = [{"finding": d[0]["key"], "fingerprint": d[0]["fingerprint"],
                             "reason": "Coach knows"}]
json.dump(plan, open(sys.argv[3], "w"), indent=2)
PY
XDG_DATA_HOME="$tmp/blank" $cli validate --json "$tmp/acked.json" >"$tmp/blank.json" 2>/dev/null
python3 - "$tmp/blank.json" <<'PY'
import json, sys
d = [x for x in json.load(open(sys.argv[1]))["diagnostics"] if "progression rule of custom-press-2" in x["message"]]
assert len(d) == 1 and d[0].get("acknowledged"), d
PY
ok $? "an acknowledgement written before matches the finding naming custom-press-2"

# One made now, of the message naming the id, matches once the exercise
# has a name again.
python3 - "$tmp/plan.json" "$tmp/blank.json" "$tmp/acked-now.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
d = [x for x in json.load(open(sys.argv[2]))["diagnostics"] if "progression rule of custom-press-2" in x["message"]]
plan["acknowledgements"] = [{"finding": d[0]["key"], "fingerprint": d[0]["fingerprint"],
                             "reason": "Coach knows"}]
json.dump(plan, open(sys.argv[3], "w"), indent=2)
PY
XDG_DATA_HOME="$tmp/visible" $cli validate --json "$tmp/acked-now.json" >"$tmp/visible-now.json" 2>/dev/null
python3 - "$tmp/visible-now.json" <<'PY'
import json, sys
d = [x for x in json.load(open(sys.argv[1]))["diagnostics"] if "progression rule of Press" in x["message"]]
assert len(d) == 1 and d[0].get("acknowledged"), d
PY
ok $? "an acknowledgement made of the message naming custom-press-2 matches once it is named Press"

exit $fail
