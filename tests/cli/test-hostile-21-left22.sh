#!/bin/sh
# What the last adversarial pass on issue #21 left: a rule and copied
# weeks, numbers, texts and exports, each on a real file.
. "$(dirname "$0")/tap.sh"

echo "1..3"

# The squat of week 1 progresses over 4 weeks; week 1 copied onto week 2,
# then the rule applied again, left two squats in week 2 (the copy, which
# kept the rule, and the rule's new one) and validate said nothing. The
# copy takes the place of what the rule wrote there.
cp "$2/plans/one-week.json" "$tmp/rule.json"
$cli progress "$tmp/rule.json" --item pku4 --add 1rep --weeks 4 >/dev/null &&
  $cli week copy "$tmp/rule.json" 1 2 >/dev/null &&
  $cli progress "$tmp/rule.json" --item pku4 --add 1rep --weeks 4 >/dev/null &&
  python3 - "$tmp/rule.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
squats = [[i for d in w["days"] for s in d["sessions"] for i in s["items"]
           if i["exercise"] == "narrow-stance-squat"] for w in plan["weeks"]]
assert [len(s) for s in squats] == [1, 1, 1, 1], squats
assert [s[0]["reps"] for s in squats] == [10, 11, 12, 13], squats
assert all(s[0]["progressed_from"] == "pku4rcrzoo" and "progression" not in s[0]
           for s in squats[1:]), squats
PY
ok $? "a week copied onto a week a rule writes, the rule applied again: one squat a week"

# "sets": 3.00000000000000001 was read as 3 and written back as 3: a
# fraction a double cannot keep is refused, with the member's path, and
# the file is left as it was.
sed '0,/"sets": *[0-9]*/s//"sets": 3.00000000000000001/' "$2/plans/one-week.json" >"$tmp/digits.json"
cp "$tmp/digits.json" "$tmp/digits.before"
$cli format "$tmp/digits.json" >"$tmp/out" 2>&1
status=$?
grep -q 'At \$\.weeks\[0\]\.days\[0\]\.sessions\[0\]\.items\[0\]\.sets: the number 3.00000000000000001 has more digits than a number keeps: it would read as the whole number 3' "$tmp/out" &&
  cmp -s "$tmp/digits.json" "$tmp/digits.before" && [ "$status" = 2 ]
ok $? "a fraction past what a double keeps is refused with its path, the file untouched"

# A title that differs only in Unicode's normalisation (composed “é”,
# or “e” and a combining accent) read “title “Café” → “Café””: the line
# says what differs.
python3 - "$2/plans/one-week.json" "$tmp/nfc.json" "$tmp/nfd.json" <<'PY'
import json, sys, unicodedata
for path, form in ((sys.argv[2], "NFC"), (sys.argv[3], "NFD")):
    plan = json.load(open(sys.argv[1]))
    plan["title"] = unicodedata.normalize(form, "Café")
    plan["weeks"][0]["days"][0]["sessions"][0]["items"][0]["notes"] = unicodedata.normalize(form, "Genou à 90°")
    json.dump(plan, open(path, "w"), ensure_ascii=False)
PY
$cli diff "$tmp/nfc.json" "$tmp/nfd.json" >"$tmp/out" 2>&1
status=$?
python3 - "$tmp/out" <<'PY' && [ "$status" = 1 ]
import sys, unicodedata
nfc = lambda text: unicodedata.normalize("NFC", text)
nfd = lambda text: unicodedata.normalize("NFD", text)
note = " (the same letters, composed (NFC) → decomposed (NFD))"
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
assert lines[0] == "Plan: title “" + nfc("Café") + "” → “" + nfd("Café") + "”" + note, lines
assert lines[1].endswith("notes “" + nfc("Genou à 90°") + "” → “" + nfd("Genou à 90°") + "”" + note), lines
PY
ok $? "diff says a text changed only in its Unicode normalisation"

exit $fail
