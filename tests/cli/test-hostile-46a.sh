#!/bin/sh
# Issue 21, pass 46a: the plan Regimen writes, printed by `format -o -`
# (or `new -o -`) to a terminal, or shown with cat or less, holds no raw
# C1 control (U+009B is CSI to a terminal: it clears the screen or
# recolours it), DEL, line or paragraph separator, nor bidirectional
# control from the plan's texts: each is written as a \u escape, as
# --json output writes it, and reads back as the same text.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..6"

# A title, an unknown member and a session's title with the characters a
# hostile plan can carry, given as escapes as an attacker's file may.
python3 - "$plans/one-week.json" "$tmp/hostile.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
plan["title"] = "A\u009b2J\u0085B\u202eC\u2066D\u200fE\u061cF\u2028G\u2029H\u007fI"
plan["x-note"] = "\u009b31mred"
plan["weeks"][0]["days"][0]["sessions"][0]["title"] = "Lower \u202ebody"
json.dump(plan, open(sys.argv[2], "w"), ensure_ascii=True)
PY

# Whether FILE holds one of the characters above raw (in UTF-8).
holds_raw () {
  python3 - "$1" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
sys.exit(0 if re.search("[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]", text) else 1)
PY
}

$cli format "$tmp/hostile.json" -o - >"$tmp/stdout.json"; check_exit $? 0 "format -o - prints the plan"
holds_raw "$tmp/stdout.json"; check_exit $? 1 "format -o - prints no raw C1 control, DEL, separator or bidirectional control"
python3 - "$tmp/hostile.json" "$tmp/stdout.json" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
sys.exit(0 if a["title"] == b["title"] and a["x-note"] == b["x-note"] and
         a["weeks"][0]["days"][0]["sessions"][0]["title"] == b["weeks"][0]["days"][0]["sessions"][0]["title"] else 1)
PY
ok $? "the printed plan reads back with the same texts"

# In place, and then stable: the file too is safe to cat.
cp "$tmp/hostile.json" "$tmp/inplace.json"
$cli format "$tmp/inplace.json"; check_exit $? 0 "format rewrites the plan in place"
holds_raw "$tmp/inplace.json"; check_exit $? 1 "the plan file holds no raw C1 control, separator or bidirectional control"
$cli format --check "$tmp/inplace.json"; check_exit $? 0 "the escaped plan is in canonical form"

exit $fail
