#!/bin/sh
# Issue 21, pass 40a: what an adversarial pass found on the command line.
. "$(dirname "$0")/tap.sh"
fixtures=$2

echo "1..18"

vs16=$(printf '\357\270\217')   # U+FE0F, a variation selector
cgj=$(printf '\315\217')        # U+034F, the combining grapheme joiner
filler=$(printf '\343\205\244') # U+3164, the Hangul filler

# A variation selector after a Latin letter, the combining grapheme joiner
# and a Hangul filler show as nothing, as a zero-width space does: the
# block name's check refuses a name of them alone, but the lookups and the
# quotations took them for letters. A block named “Base” and U+FE0F,
# listed as “Base”, was “no block is called “Base””.
cp "$fixtures/plans/one-week.json" "$tmp/blocks.json"
$cli block add "$tmp/blocks.json" "Base$vs16" --weeks 1 >/dev/null 2>&1
$cli block rename "$tmp/blocks.json" Base Peak >"$tmp/out" 2>&1
status=$?
[ "$status" = 0 ] && grep -q '“Peak”' "$tmp/out"
ok $? "a block named Base and a variation selector is found as Base (exit $status, got: $(cat "$tmp/out"))"

# An import-csv cell that matches no exercise is quoted with what shows as
# nothing spelt: “Narrow Stance Squat” and U+FE0F was quoted as the very
# name of the plan's exercise it did not match.
cp "$fixtures/plans/logged.json" "$tmp/logged.json"
printf 'Date,Workout Name,Exercise Name,Set Order,Weight,Reps\n2026-11-24,Lower body A,Narrow Stance Squat%s,1,40,10\n2026-11-24,Lower body A,Narrow Stance Squat%s,1,40,10\n2026-11-24,Lower body A,Narrow Stance%sSquat,1,40,10\n' \
  "$vs16" "$filler" "$cgj" >"$tmp/log.csv"
$cli import-csv "$tmp/logged.json" "$tmp/log.csv" >"$tmp/out" 2>"$tmp/err"
status=$?
[ "$status" = 2 ] && grep -q 'line 2: .*“Narrow Stance Squat\[U+FE0F\]”' "$tmp/err" &&
  grep -q 'line 3: .*“Narrow Stance Squat\[U+3164\]”' "$tmp/err" &&
  grep -q 'line 4: .*“Narrow Stance\[U+034F\]Squat”' "$tmp/err"
ok $? "import-csv spells a variation selector, a Hangul filler and a grapheme joiner (exit $status, got: $(cat "$tmp/err"))"

# Not the variation selector an emoji is written with: “Squat 💪️” keeps it.
printf 'Date,Workout Name,Exercise Name,Set Order,Weight,Reps\n2026-11-24,Lower body A,Squat \360\237\222\252%s,1,40,10\n' "$vs16" >"$tmp/emoji.csv"
$cli import-csv "$tmp/logged.json" "$tmp/emoji.csv" >"$tmp/out" 2>"$tmp/err"
grep -q "line 2: .*“Squat $(printf '\360\237\222\252')$vs16”" "$tmp/err"
ok $? "an emoji's variation selector is not spelt (got: $(cat "$tmp/err"))"

# An id typed with one is quoted so too, beside the id suggested.
$cli library show "pistol-squat$vs16" >"$tmp/out" 2>&1
grep -q '“pistol-squat\[U+FE0F\]”' "$tmp/out"
ok $? "library show spells a variation selector in the id typed (got: $(head -n 1 "$tmp/out"))"

# diff of a title that changed only in one says what changed, where it
# printed “Café X” → “Café X”, a change that reads as none.
python3 - "$fixtures/plans/one-week.json" "$tmp/a.json" "$tmp/b.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
session = plan["weeks"][0]["days"][0]["sessions"][0]
session["title"] = "Caf\u00e9 X"
json.dump(plan, open(sys.argv[2], "w"), ensure_ascii=False)
session["title"] = "Caf\ufe0f\u00e9 X"
json.dump(plan, open(sys.argv[3], "w"), ensure_ascii=False)
PY
$cli diff "$tmp/a.json" "$tmp/b.json" >"$tmp/out" 2>&1
status=$?
[ "$status" = 1 ] && grep -q '(the same letters but for what shows as nothing: “Café X” → “Caf\[U+FE0F\]é X”)' "$tmp/out"
ok $? "diff says a title changed only in a variation selector (exit $status, got: $(cat "$tmp/out"))"

# Of an emoji written with and without its selector, too: that one shows,
# as the emoji's colour picture, but the letters are the same.
python3 - "$tmp/a.json" "$tmp/c.json" "$tmp/d.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
session = plan["weeks"][0]["days"][0]["sessions"][0]
session["title"] = "Run \u2764"
json.dump(plan, open(sys.argv[2], "w"), ensure_ascii=False)
session["title"] = "Run \u2764\ufe0f"
json.dump(plan, open(sys.argv[3], "w"), ensure_ascii=False)
PY
$cli diff "$tmp/c.json" "$tmp/d.json" >"$tmp/out" 2>&1
status=$?
[ "$status" = 1 ] && grep -q "title “Run $(printf '\342\235\244')” → “Run $(printf '\342\235\244')$vs16”\$" "$tmp/out"
ok $? "an emoji's own selector is a change of its own (exit $status, got: $(cat "$tmp/out"))"

# library list --search of a text typed in full-width letters (a Japanese
# input method's “ｓｑｕａｔ”) or pasted with a zero-width space found no
# exercise, where “squat” finds a dozen.
$cli library list --search squat >"$tmp/plain" 2>&1
$cli library list --search "$(printf '\357\275\223\357\275\221\357\275\225\357\275\201\357\275\224')" >"$tmp/wide" 2>&1
[ -s "$tmp/plain" ] && cmp -s "$tmp/plain" "$tmp/wide"
ok $? "a search in full-width letters finds what squat finds (got $(wc -l <"$tmp/wide") lines, $(wc -l <"$tmp/plain") for squat)"

$cli library list --search "$(printf 'squ\342\200\213at')" >"$tmp/unseen" 2>&1
cmp -s "$tmp/plain" "$tmp/unseen"
ok $? "a search with a zero-width space finds what squat finds (got $(wc -l <"$tmp/unseen") lines)"

# import-csv of a file whose sets the plan logs so already changes
# nothing: a plan written by another tool (on one line) was rewritten in
# Regimen's layout and its PLAN~, the version before its last real
# change, replaced by it, under “Imported 11 sets.”, as log did before
# pass 39c.
python3 -c 'import json, sys; json.dump(json.load(open(sys.argv[1])), open(sys.argv[2], "w"))' \
  "$fixtures/plans/logged-two-a-day.json" "$tmp/tool.json"
$cli export-csv "$tmp/tool.json" -o "$tmp/tool.csv" 2>/dev/null
printf 'the version before\n' >"$tmp/tool.json~"
cp "$tmp/tool.json" "$tmp/tool-before.json"
$cli import-csv "$tmp/tool.json" "$tmp/tool.csv" >"$tmp/out" 2>&1
status=$?
[ "$status" = 0 ] && [ "$(cat "$tmp/out")" = "Nothing changed: the 11 sets the file gives are logged so already." ]
ok $? "an import of what the plan logs already says nothing changed (exit $status, got: $(cat "$tmp/out"))"
cmp -s "$tmp/tool.json" "$tmp/tool-before.json" && [ "$(cat "$tmp/tool.json~")" = 'the version before' ]
ok $? "the plan and its PLAN~ are left as they were (PLAN~: $(head -c 60 "$tmp/tool.json~"))"

# item edit to what the exercise has, and progress of the rule it has
# already, whose weeks hold what it writes, change nothing either: each
# said what it did and rewrote such a plan, its PLAN~ replaced.
python3 -c 'import json, sys; json.dump(json.load(open(sys.argv[1])), open(sys.argv[2], "w"))' \
  "$fixtures/plans/progression.json" "$tmp/rule.json"
printf 'the version before\n' >"$tmp/rule.json~"
cp "$tmp/rule.json" "$tmp/rule-before.json"
$cli item edit "$tmp/rule.json" --item pku4 --sets 3 --reps 10 >"$tmp/out" 2>&1
status=$?
[ "$status" = 0 ] &&
  [ "$(cat "$tmp/out")" = "Nothing changed: item pku4rcrzoo is narrow-stance-squat 3 × 10 · 3-0-1-0 · 50 % 1RM · rest 90 s already." ]
ok $? "item edit to what the exercise has says nothing changed (exit $status, got: $(cat "$tmp/out"))"
cmp -s "$tmp/rule.json" "$tmp/rule-before.json" && [ "$(cat "$tmp/rule.json~")" = 'the version before' ]
ok $? "the plan and its PLAN~ are left as they were after item edit (PLAN~: $(head -c 60 "$tmp/rule.json~"))"

$cli progress "$tmp/rule.json" --item pku4 --add 2.5% --up-to 55% --weeks 4 >"$tmp/out" 2>&1
status=$?
[ "$status" = 0 ] &&
  [ "$(cat "$tmp/out")" = "Nothing changed: narrow-stance-squat (week 1, Mon) has that rule, and its weeks hold what it writes, already." ]
ok $? "progress of the rule the exercise has says nothing changed (exit $status, got: $(cat "$tmp/out"))"
cmp -s "$tmp/rule.json" "$tmp/rule-before.json" && [ "$(cat "$tmp/rule.json~")" = 'the version before' ]
ok $? "the plan and its PLAN~ are left as they were after progress (PLAN~: $(head -c 60 "$tmp/rule.json~"))"

# diff of a title whose space became a no-break space (pasted from a web
# page or a word processor) printed title “Café X” → “Café X”, a change
# that reads as none; so did a thin space, an ideographic space.
python3 - "$fixtures/plans/one-week.json" "$tmp/space-a.json" "$tmp/space-b.json" "$tmp/space-c.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
session = plan["weeks"][0]["days"][0]["sessions"][0]
session["title"] = "Caf\u00e9 X"
json.dump(plan, open(sys.argv[2], "w"), ensure_ascii=False)
session["title"] = "Caf\u00e9\u00a0X"
json.dump(plan, open(sys.argv[3], "w"), ensure_ascii=False)
session["title"] = "Caf\u00e9\u2009X\u200b"
json.dump(plan, open(sys.argv[4], "w"), ensure_ascii=False)
PY
$cli diff "$tmp/space-a.json" "$tmp/space-b.json" >"$tmp/out" 2>&1
status=$?
[ "$status" = 1 ] && grep -q '(the same letters but for the kind of space: “Café X” → “Café\[U+00A0\]X”)$' "$tmp/out"
ok $? "diff says a title changed only in a no-break space (exit $status, got: $(cat "$tmp/out"))"
$cli diff "$tmp/space-b.json" "$tmp/space-c.json" >"$tmp/out" 2>&1
status=$?
[ "$status" = 1 ] && grep -q '(the same letters but for the kind of space: “Café\[U+00A0\]X” → “Café\[U+2009\]X\[U+200B\]”)$' "$tmp/out"
ok $? "and one of a thin space and a zero-width space (exit $status, got: $(cat "$tmp/out"))"

# A block named “Base Camp” with a no-break space, listed as “Base Camp”,
# was “no block is called “Base Camp”” typed with a space.
cp "$fixtures/plans/one-week.json" "$tmp/camp.json"
$cli block add "$tmp/camp.json" "$(printf 'Base\302\240Camp')" --weeks 1 >/dev/null 2>&1
$cli block rename "$tmp/camp.json" "Base Camp" Peak >"$tmp/out" 2>&1
status=$?
[ "$status" = 0 ] && grep -q '“Peak”' "$tmp/out"
ok $? "a block named with a no-break space is found typed with a space (exit $status, got: $(cat "$tmp/out"))"

# session add with one day given twice (“mon” and “Monday”, a script's
# list) added two sessions to that Monday, where item add refuses a
# session given twice and week copy copies once onto a week given twice.
cp "$fixtures/plans/one-week.json" "$tmp/days.json"
cp "$tmp/days.json" "$tmp/days-before.json"
$cli session add "$tmp/days.json" --week 1 --day mon --day Monday >"$tmp/out" 2>&1
status=$?
[ "$status" = 64 ] && grep -q '“Monday” names Mon, as “mon” does; give each day once' "$tmp/out" &&
  cmp -s "$tmp/days.json" "$tmp/days-before.json"
ok $? "session add refuses a day given twice, the plan unchanged (exit $status, got: $(cat "$tmp/out"))"

exit $fail
