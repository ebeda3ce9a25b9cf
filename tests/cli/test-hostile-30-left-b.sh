#!/bin/sh
# Leftovers of issue #21 (pass 30, b): a week's label that forged a row
# of stats, session ids that differ only in case, noncharacters in the
# calendar.
. "$(dirname "$0")/tap.sh"
XDG_DATA_HOME=$tmp/data
export XDG_DATA_HOME

echo "1..10"

# 1-3. stats printed a week's label alone at the start of a line, so a
# label written as one of its rows read as one. The week is headed
# “Week N — “label””, a logged session's title is quoted too. Checked the
# same way (every user text after Regimen's own words on its line, none
# at a line's start): validate (“Error [RULE] Week 1, Mon, “title””),
# log --list (the session's id first, ids being letters and digits
# only), block list (“block 1 “name” (week 1)”; a goal is indented under
# its block).
forged="  Weekly load (AU)         0 of a budget of 1950"
python3 - "$2/plans/logged.json" "$tmp/forged.json" "$forged" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
plan["weeks"][0]["label"] = sys.argv[3]
plan["weeks"][0]["days"][0]["sessions"][0]["title"] = sys.argv[3]
plan["blocks"] = [{"name": sys.argv[3], "weeks": 1}]
json.dump(plan, open(sys.argv[2], "w"))
PY
$cli stats "$tmp/forged.json" >"$tmp/stats" &&
  [ "$(grep -c '^  Weekly load (AU)' "$tmp/stats")" = 1 ] &&
  head -n 1 "$tmp/stats" | grep -q "^Week 1 — “$forged”$"
ok $? "stats heads the week “Week 1 — “label””, and the label forges none of its rows ($(head -n 3 "$tmp/stats"))"
grep -q "^  Mon “$forged” (Partly done)$" "$tmp/stats"
ok $? "stats quotes a logged session's title"
for command in validate "log --list" "block list"; do
  # shellcheck disable=SC2086 # the command's words
  $cli $command "$tmp/forged.json" 2>&1
done >"$tmp/others"
! grep -q '^ *Weekly load' "$tmp/others" && grep -q "block 1 “$forged” (week 1)" "$tmp/others"
ok $? "validate, log --list and block list print the label, title and block name after their own words"

# 4-5. Session ids that differ only in case ("Squat" and "squat") were
# two events to Regimen, and one to a calendar server that compares UIDs
# without case, as many CalDAV stores do. Refused at read, with the JSON
# path, as an id used twice is.
python3 - "$2/plans/logged.json" "$tmp/case.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
days = plan["weeks"][0]["days"]
days[0]["sessions"][0]["id"] = "Squat"
days[2]["sessions"][0]["id"] = "squat"
json.dump(plan, open(sys.argv[2], "w"))
PY
$cli validate "$tmp/case.json" >/dev/null 2>"$tmp/err"
check_exit $? 2 "a plan with the session ids Squat and squat is refused"
grep -q 'weeks\[0\]\.days\[2\]\.sessions\[0\]\.id.*“squat” differs only in case from “Squat” at \$\.weeks\[0\]\.days\[0\]\.sessions\[0\]' "$tmp/err"
ok $? "the refusal names both places ($(cat "$tmp/err"))"

# 6-7. Noncharacters (U+FFFE, U+FDD0, U+10FFFF …) were written unchanged
# into the calendar's name and its events, which calendar servers that
# keep events as XML refuse. They are U+FFFD in the calendar.
python3 - "$2/plans/logged.json" "$tmp/nonchar.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
plan["title"] = "Plan\ufffe\uffff\ufdd0\ufdef"
plan["weeks"][0]["days"][0]["sessions"][0]["title"] = "Squat\U0001fffe\U0010ffff\ufdd5 day"
json.dump(plan, open(sys.argv[2], "w"))
PY
$cli export-ics "$tmp/nonchar.json" -o "$tmp/nonchar.ics" &&
  python3 - "$tmp/nonchar.ics" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8", newline="").read().replace("\r\n ", "")
bad = [c for c in text if 0xFDD0 <= ord(c) <= 0xFDEF or ord(c) & 0xFFFE == 0xFFFE]
assert not bad, [hex(ord(c)) for c in bad]
assert "X-WR-CALNAME:Plan\ufffd\ufffd\ufffd\ufffd\r\n" in text, text
assert "SUMMARY:Squat\ufffd\ufffd\ufffd day" in text, text
PY
ok $? "export-ics writes noncharacters in the calendar's name and titles as U+FFFD"
$cli export-ics "$2/plans/logged.json" -o "$tmp/plain.ics" &&
  ! grep -q "$(printf '\357\277\275')" "$tmp/plain.ics"
ok $? "a calendar without noncharacters has no U+FFFD"

# 8-9. library list padded its names by their characters, so a name with
# an emoji (two columns) pushed its category a column right and one with
# a combining accent (no column) a column left. Padded by the columns
# each character takes, a name too long for the column cut in columns.
mkdir -p "$tmp/data/regimen"
cat >"$tmp/data/regimen/exercises.json" <<'JSON'
{"format": "regimen-exercises", "version": 1, "exercises": [
  {"id": "custom-wide-a", "name": "Breitkniebeuge 💪💪", "category": "strength",
   "primary_muscles": ["quadriceps"], "equipment": [], "level": 2,
   "instructions": {"setup": "Stand.", "movement": "Squat.", "breathing": ""},
   "prescription": {"sets": 3, "reps_min": 5, "reps_max": 5}},
  {"id": "custom-wide-b", "name": "Breitkniebeuge tiefe\u0301\u0301", "category": "strength",
   "primary_muscles": ["quadriceps"], "equipment": [], "level": 2,
   "instructions": {"setup": "Stand.", "movement": "Squat.", "breathing": ""},
   "prescription": {"sets": 3, "reps_min": 5, "reps_max": 5}},
  {"id": "custom-wide-c", "name": "Breitkniebeuge", "category": "strength",
   "primary_muscles": ["quadriceps"], "equipment": [], "level": 2,
   "instructions": {"setup": "Stand.", "movement": "Squat.", "breathing": ""},
   "prescription": {"sets": 3, "reps_min": 5, "reps_max": 5}},
  {"id": "custom-wide-d", "name": "Breitkniebeuge x深蹲深蹲深蹲深蹲深蹲深蹲深蹲深蹲深蹲深蹲深蹲深蹲深蹲深蹲深蹲深蹲", "category": "strength",
   "primary_muscles": ["quadriceps"], "equipment": [], "level": 2,
   "instructions": {"setup": "Stand.", "movement": "Squat.", "breathing": ""},
   "prescription": {"sets": 3, "reps_min": 5, "reps_max": 5}}]}
JSON
# The columns where each line's category starts, as a terminal shows
# them, and the widest name.
LC_ALL=C.UTF-8 $cli library list --search breitkniebeuge >"$tmp/wide" 2>"$tmp/err"
python3 - "$tmp/wide" >"$tmp/columns" <<'PY'
import sys, unicodedata
def width(text):
    return sum(0 if unicodedata.category(c) in ("Mn", "Me", "Cf") else
               2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
starts = {width(line[:line.rindex("  ")]) for line in lines}
names = [width(line[line.index("  "):line.rindex("  ")].strip()) for line in lines]
print(len(lines), len(starts), max(names))
PY
[ "$(cat "$tmp/columns")" = "4 1 47" ]
ok $? "library list lines up names with emoji, combining marks and CJK at one column, the cut one 47 columns wide (lines, columns, widest: $(cat "$tmp/columns"); $(cat "$tmp/wide" "$tmp/err"))"
grep -q "^custom-wide-d  Breitkniebeuge x深蹲深蹲深蹲深蹲深蹲深蹲深蹲深…  Strength" "$tmp/wide"
ok $? "a name of wide characters is cut within the column's 48 columns, the one that would overhang left out whole"

# 10. library show wrapped its paragraphs by characters, so a paragraph
# of ideographs ran to twice the width (156 columns) of a line.
python3 - "$tmp/data/regimen/exercises.json" <<'PY'
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
data["exercises"][3]["instructions"]["movement"] = " ".join(["深蹲深蹲深蹲深蹲"] * 24)
json.dump(data, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False)
PY
LC_ALL=C.UTF-8 $cli library show custom-wide-d >"$tmp/show" 2>"$tmp/err"
python3 - "$tmp/show" >"$tmp/widest" <<'PY'
import sys, unicodedata
def width(text):
    return sum(0 if unicodedata.category(c) in ("Mn", "Me", "Cf") else
               2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
paragraph = [line for line in lines if "深蹲深蹲深蹲深蹲" in line and "x深蹲" not in line]
print(max(width(line) for line in paragraph), len(paragraph))
PY
read widest lines <"$tmp/widest"
[ "$widest" -le 78 ] && [ "$lines" -ge 6 ]
ok $? "library show wraps a paragraph of ideographs within 78 columns (widest, lines: $widest $lines)"

exit $fail
