#!/bin/sh
# Issue 21, session 44: what the last adversarial passes left — invisible
# format characters reaching the exports.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..3"

# A title's byte order mark, zero-width space, word joiner and soft
# hyphen reached the calendar's SUMMARY (and a spreadsheet's cell) as
# they were, where its bidirectional controls were left out. They are
# left out alike; an emoji's joiner, which draws one emoji of two, stays.
python3 - "$plans/logged.json" "$tmp/bom.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
session = plan["weeks"][0]["days"][0]["sessions"][0]
session["title"] = "\ufeffLower\u200b body\u2060 A\u00ad \U0001F3CB\u200d\u2640"
# Rows dated by the plan's days, as import-csv reads them back.
for week in plan["weeks"]:
    for day in week["days"]:
        for s in day["sessions"]:
            if "log" in s:
                s["log"].pop("date", None)
json.dump(plan, open(sys.argv[2], "w"), ensure_ascii=False)
PY
$cli export-ics "$tmp/bom.json" -o "$tmp/bom.ics" >"$tmp/out" 2>&1
status=$?
[ $status = 0 ] &&
  grep -q "^SUMMARY:Lower body A $(printf '\360\237\217\213\342\200\215\342\231\200') (Strength)" "$tmp/bom.ics" &&
  ! LC_ALL=C grep -q "$(printf '\357\273\277\|\342\200\213\|\342\201\240\|\302\255')" "$tmp/bom.ics"
ok $? "export-ics leaves a title's invisible format characters out of SUMMARY, an emoji's joiner kept (exit $status, got: $(grep -a SUMMARY "$tmp/bom.ics" | head -1 | od -An -c | tr -s ' ' | head -c 300))"

$cli export-csv "$tmp/bom.json" -o "$tmp/bom.csv" >"$tmp/out" 2>&1
status=$?
[ $status = 0 ] &&
  grep -q "Lower body A $(printf '\360\237\217\213\342\200\215\342\231\200')" "$tmp/bom.csv" &&
  ! LC_ALL=C grep -q "$(printf '\357\273\277\|\342\200\213\|\342\201\240\|\302\255')" "$tmp/bom.csv"
ok $? "export-csv leaves them out of the session's cells alike (exit $status, got: $(sed -n 2p "$tmp/bom.csv" | od -An -c | tr -s ' ' | head -c 300))"
# And import-csv compares titles without them, so the file it wrote is
# read back into the session whose title holds them: with another
# session of the same exercises first that day, “Upper”, the rows went
# there, their workout name found no session.
python3 - "$tmp/bom.json" "$tmp/bom-empty.json" <<'PY'
import copy, json, sys
plan = json.load(open(sys.argv[1]))
sessions = plan["weeks"][0]["days"][0]["sessions"]
other = copy.deepcopy(sessions[0])
other["id"], other["title"] = "upper44c01", "Upper"
other.pop("log", None)
for n, item in enumerate(other["items"]):
    item["id"] = "upper44c%02d" % (n + 2)
sessions.insert(0, other)
for week in plan["weeks"]:
    for day in week["days"]:
        for s in day["sessions"]:
            s.pop("log", None)
json.dump(plan, open(sys.argv[2], "w"), ensure_ascii=False)
PY
$cli import-csv "$tmp/bom-empty.json" "$tmp/bom.csv" >"$tmp/out" 2>&1
status=$?
[ $status = 0 ] && [ "$(python3 -c '
import json, sys
print(["log" in s for s in json.load(open(sys.argv[1]))["weeks"][0]["days"][0]["sessions"]])' "$tmp/bom-empty.json")" = "[False, True]" ]
ok $? "import-csv reads it back into the session whose title holds them, not the day's other (exit $status, got: $(cat "$tmp/out"))"

exit $fail
