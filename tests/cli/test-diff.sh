#!/bin/sh
# regimen-cli diff: what changed between two hand-made plans, as text and
# as JSON, matched by ids or, without them, by content; exit statuses.
. "$(dirname "$0")/tap.sh"
pairs=$2/diff

echo "1..19"

$cli diff "$pairs/base.json" "$pairs/edited.json" >"$tmp/out"
check_exit $? 1 "two plans that differ exit with 1"
cmp -s "$tmp/out" "$pairs/base-edited.txt"
ok $? "and print exactly the expected changes"
$cli diff "$pairs/edited.json" "$pairs/base.json" >"$tmp/out"
cmp -s "$tmp/out" "$pairs/edited-base.txt"
ok $? "the other way round too"

# Blocks renamed, given a goal, resized, added and removed; a week marked
# lighter.
$cli diff --json "$pairs/blocks-a.json" "$pairs/blocks-b.json" >"$tmp/out"
check_exit $? 1 "two plans whose blocks differ exit with 1"
python3 - "$tmp/out" "$pairs/blocks-a-b.txt" <<'PY'
import json, sys
out = json.load(open(sys.argv[1]))
lines = open(sys.argv[2], encoding="utf-8").read().splitlines()
assert [c["text"] for c in out["changes"]] == lines, out
kinds = [(c["change"], c.get("block")) for c in out["changes"]]
assert kinds == [("block", 1), ("week", None), ("block", 2), ("block-added", 3), ("block-removed", 3),
                 ("week-added", None), ("week-added", None)], kinds
PY
ok $? "the blocks' changes, as the text says them and with the block's number"
# Written a change at a time, the document is the one json-glib printed
# whole, byte for byte: its layout, an empty object's spaces included.
cmp -s "$tmp/out" "$pairs/blocks-a-b-json.txt"
ok $? "--json prints the whole document's layout"

$cli diff "$pairs/base.json" "$pairs/base.json" >"$tmp/out"
check_exit $? 0 "a plan against itself exits with 0"
[ ! -s "$tmp/out" ]
ok $? "and prints nothing"

# The same pair written without ids: matched by content instead.
for name in base edited; do
  python3 - "$pairs/$name.json" "$tmp/$name.json" <<'PY'
import json, sys
def strip(o):
    if isinstance(o, dict):
        return {k: strip(v) for k, v in o.items() if k != "id"}
    if isinstance(o, list):
        return [strip(v) for v in o]
    return o
json.dump(strip(json.load(open(sys.argv[1]))), open(sys.argv[2], "w"), ensure_ascii=False)
PY
done
$cli diff "$tmp/base.json" "$tmp/edited.json" >"$tmp/out"
cmp -s "$tmp/out" "$pairs/base-edited.txt"
ok $? "files without ids give the same changes"
$cli diff "$pairs/base.json" "$tmp/base.json" >"$tmp/out"
check_exit $? 0 "a plan and its copy without ids do not differ"

$cli diff --json "$pairs/base.json" "$pairs/edited.json" >"$tmp/json"
check_exit $? 1 "--json exits like the text"
python3 - "$tmp/json" "$pairs/base-edited.txt" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
lines = open(sys.argv[2], encoding="utf-8").read().splitlines()
assert doc["differences"] == len(doc["changes"]) == len(lines), doc["differences"]
assert [c["text"] for c in doc["changes"]] == lines
kinds = [c["change"] for c in doc["changes"]]
assert kinds == ["plan", "athlete", "item-removed", "item-moved", "item", "item-added", "session-moved",
                 "session", "week-load", "log", "session", "week-load", "week-added"], kinds
moved = doc["changes"][6]
assert moved["session"] == "s-hiit1" and moved["from"] == {"week": 1, "day": "tuesday"} \
    and moved["at"] == {"week": 1, "day": "thursday"}, moved
item = doc["changes"][4]
assert (item["item"], item["before"], item["after"]) == \
    ("i-squat1", {"sets": 3, "load_percent_1rm": 60}, {"sets": 4, "load_percent_1rm": 62.5}), item
load = doc["changes"][11]
assert (load["at"], load["before"], load["after"]) == ({"week": 2}, {"load": 435}, {"load": 515}), load
assert doc["changes"][0] == {"change": "plan", "before": {"title": "Block 1"},
                             "after": {"title": "Block 1 (coach’s edit)"},
                             "text": "Plan: title “Block 1” → “Block 1 (coach’s edit)”"}, doc["changes"][0]
PY
ok $? "the JSON has the documented shape"

# A progression's step or cap changed a little is said as it changed,
# never as a rule changed into the same text: a rule's text says its
# numbers as the rule holds them (“add 2.5000001 % 1RM”), where it said
# “add 2.5 % 1RM” for both and the line named the step and cap apart.
python3 - "$2/plans/progression.json" "$tmp" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
rule = plan["weeks"][0]["days"][0]["sessions"][0]["items"][0]["progression"]
json.dump(plan, open(sys.argv[2] + "/rule-a.json", "w"))
rule["step"] = 2.5000001
rule["up_to"] = 55.0000001
json.dump(plan, open(sys.argv[2] + "/rule-b.json", "w"))
rule["step"] = 3
json.dump(plan, open(sys.argv[2] + "/rule-c.json", "w"))
item = plan["weeks"][0]["days"][0]["sessions"][0]["items"][0]
del item["load_percent_1rm"]
item["load_kg"] = 60
rule.update(member="load_kg", step=2.5, up_to=70)
json.dump(plan, open(sys.argv[2] + "/rule-kg-a.json", "w"))
rule.update(step=2.5000000001, up_to=70.0000000001)
json.dump(plan, open(sys.argv[2] + "/rule-kg-b.json", "w"))
PY
$cli diff "$tmp/rule-a.json" "$tmp/rule-b.json" >"$tmp/out"
check_exit $? 1 "a progression whose step and cap changed a little differs"
[ "$(cat "$tmp/out")" = "Week 1, Monday, Lower body A: narrow-stance-squat, progression: add 2.5 % 1RM each week up to 55 % 1RM, for 4 weeks → add 2.5000001 % 1RM each week up to 55.0000001 % 1RM, for 4 weeks" ]
ok $? "and the line says the step and the cap with their numbers"
$cli diff "$tmp/rule-a.json" "$tmp/rule-c.json" >"$tmp/out"
[ "$(cat "$tmp/out")" = "Week 1, Monday, Lower body A: narrow-stance-squat, progression: add 2.5 % 1RM each week up to 55 % 1RM, for 4 weeks → add 3 % 1RM each week up to 55.0000001 % 1RM, for 4 weeks" ]
ok $? "a rule whose text changes is still said by its text"
# A load in kilograms is said to the sixth decimal at most, so a step and
# cap changed past it read alike; the line then names them with their
# numbers rather than saying the rule changed into the same text.
$cli diff "$tmp/rule-kg-a.json" "$tmp/rule-kg-b.json" >"$tmp/out"
[ "$(cat "$tmp/out")" = "Week 1, Monday, Lower body A: narrow-stance-squat, progression: step 2.5 → 2.5000000001, up to 70 → 70.0000000001" ]
ok $? "a rule changed past what its text shows names the step and the cap"

$cli diff "$pairs/base.json" "$tmp/nosuch.json" 2>"$tmp/err"
check_exit $? 2 "an unreadable plan exits with 2"
grep -q "^regimen-cli diff: $tmp/nosuch.json: " "$tmp/err"
ok $? "naming it"
$cli diff "$pairs/base.json" 2>/dev/null
check_exit $? 64 "one plan is wrong usage"

exit $fail
