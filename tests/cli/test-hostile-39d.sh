#!/bin/sh
# Issue 21, what pass 39c found and left (session 37), on the command line.
. "$(dirname "$0")/tap.sh"

echo "1..9"

# The code of a session as `log --list` gives it, by its week and day.
session_of () {
  $cli log "$1" --list | awk -v w="$2" -v d="$3" '$2 == "week" && $3 == w && $4 == d { print $1; exit }'
}

# A week removed brings week 4's rule into week 1's: a “Lower” session on
# Monday of weeks 1 and 4, goblet squats progressing over 3 and 2 weeks.
# `week remove 2` wrote the plan, and its check then reported a DATA
# error (“… inside the weeks the rule of week 1 spans”), neither rule
# applicable over the other. Refused now, naming both, nothing written.
$cli new -o "$tmp/lower.json" --weeks 4 --start 2026-11-23 >/dev/null 2>&1
for rule in 1:3 4:2; do
  week=${rule%:*}
  session=$($cli session add "$tmp/lower.json" --week $week --day mon --title Lower | awk '{ print $3; exit }')
  item=$($cli item add "$tmp/lower.json" --session "${session%:}" --exercise goblet-squat --sets 3 --reps 10 |
    awk '{ print $3; exit }')
  $cli progress "$tmp/lower.json" --item "${item%:}" --add 1rep --weeks ${rule#*:} >/dev/null 2>"$tmp/err"
  check_exit $? 0 "week $week's rule (got: $(cat "$tmp/err"))"
done
cp "$tmp/lower.json" "$tmp/lower-before.json"
$cli week remove "$tmp/lower.json" 2 >"$tmp/out" 2>&1
status=$?
[ "$status" = 1 ] && cmp -s "$tmp/lower-before.json" "$tmp/lower.json" &&
  grep -qF 'Week 4’s goblet-squat has a progression rule that would come inside the weeks week 1’s goblet-squat rule writes into its session; remove or shorten one of those rules first; nothing changed' "$tmp/out" &&
  ! grep -qF -- --force "$tmp/out"
ok $? "a week removed that brings a rule inside an earlier one's weeks is refused, naming both (exit $status: $(cat "$tmp/out"))"

# A block's weeks joined to the block before: week 1's rule reaches 6
# weeks but stopped at its block's end; with block 2's weeks in its block
# it spans week 4, whose squat (made narrow-stance by hand) has a rule.
$cli new --template pistol-squat-12-weeks -o "$tmp/join.json" --weeks 6 --start 2026-11-23 >/dev/null 2>&1
monday=$(session_of "$tmp/join.json" 1 Mon)
squat=$($cli log "$tmp/join.json" --list | awk -v s="$monday" '$1 == s { getline; print $1; exit }')
$cli progress "$tmp/join.json" --item "$squat" --add 1rep --up-to 20rep --weeks 6 >/dev/null 2>"$tmp/err"
check_exit $? 0 "week 1's rule (got: $(cat "$tmp/err"))"
monday=$(session_of "$tmp/join.json" 4 Mon)
squat=$($cli log "$tmp/join.json" --list | awk -v s="$monday" '$1 == s { getline; print $1; exit }')
$cli item edit "$tmp/join.json" --item "$squat" --exercise narrow-stance-squat >/dev/null 2>&1
cp "$tmp/join.json" "$tmp/join-before.json"
$cli block delete "$tmp/join.json" 2 --keep-weeks >"$tmp/out" 2>&1
status=$?
$cli validate "$tmp/join.json" >"$tmp/check" 2>&1
[ "$status" = 1 ] && cmp -s "$tmp/join-before.json" "$tmp/join.json" && ! grep -q DATA "$tmp/check" &&
  grep -qF 'Week 4’s narrow-stance-squat has a progression rule that would come inside the weeks week 1’s narrow-stance-squat rule writes into its session' "$tmp/out"
ok $? "a block's weeks joined to the block before are refused when a rule comes inside another's (exit $status: $(cat "$tmp/out"); check: $(grep DATA "$tmp/check"))"

# Commands that change nothing: a block renamed to its own name and goal,
# an empty week copied onto empty weeks, a block of an empty week copied
# onto an empty week. They said “Renamed …” and “Copied …”, exit 0, and
# left the file; they say “Nothing changed: …” as `block move` does.
$cli new -o "$tmp/same.json" --weeks 3 --start 2026-11-23 >/dev/null 2>&1
$cli block add "$tmp/same.json" Base --weeks 1 --goal Volume >/dev/null 2>&1
python3 -c 'import json, sys; json.dump(json.load(open(sys.argv[1])), open(sys.argv[1], "w"))' "$tmp/same.json"
rm -f "$tmp/same.json~"
cp "$tmp/same.json" "$tmp/same-hand.json"
$cli block rename "$tmp/same.json" 1 Base --goal Volume >"$tmp/out" 2>&1
status=$?
[ "$status" = 0 ] && grep -qxF 'Nothing changed: block 1 “Base” (week 1) has that name and goal already.' "$tmp/out" &&
  cmp -s "$tmp/same-hand.json" "$tmp/same.json" && [ ! -e "$tmp/same.json~" ]
ok $? "a block renamed to its own name says so and leaves the file (exit $status: $(cat "$tmp/out"))"
$cli week copy "$tmp/same.json" 1 2 3 >"$tmp/out" 2>&1
status=$?
[ "$status" = 0 ] && grep -qxF 'Nothing changed: the 2 weeks hold a copy of week 1 already.' "$tmp/out" &&
  cmp -s "$tmp/same-hand.json" "$tmp/same.json" && [ ! -e "$tmp/same.json~" ]
ok $? "a week copied onto weeks that hold the same says so and leaves the file (exit $status: $(cat "$tmp/out"))"
$cli block copy "$tmp/same.json" Base 3 >"$tmp/out" 2>&1
status=$?
[ "$status" = 0 ] && grep -qxF 'Nothing changed: week 3 holds a copy of block 1 “Base” (week 1) already.' "$tmp/out" &&
  cmp -s "$tmp/same-hand.json" "$tmp/same.json" && [ ! -e "$tmp/same.json~" ]
ok $? "a block copied onto a week that holds the same says so and leaves the file (exit $status: $(cat "$tmp/out"))"

# A rule the plan holds inside another's already (week 1's rule made 4
# weeks long by hand, reaching week 4's) does not refuse a change that
# brings no other rule in: the last week removed.
python3 -c '
import json, sys
plan = json.load(open(sys.argv[1]))
for day in plan["weeks"][0]["days"]:
    for session in day["sessions"]:
        for item in session["items"]:
            if "progression" in item:
                item["progression"]["weeks"] = 4
json.dump(plan, open(sys.argv[1], "w"))' "$tmp/lower.json"
$cli week remove "$tmp/lower.json" 5 >"$tmp/out" 2>&1
check_exit $? 0 "a change beside a rule inside another's already goes through (got: $(cat "$tmp/out"))"

exit $fail
