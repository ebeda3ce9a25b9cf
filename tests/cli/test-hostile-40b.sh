#!/bin/sh
# Issue 21, what pass 39d left (session 38), on the command line.
. "$(dirname "$0")/tap.sh"

echo "1..4"

# Sessions copied onto a week that holds the same already: a “Lower”
# session of goblet squats on Monday of week 1, copied onto week 2, then
# copied again. The second copy said “Copied week 1 onto week 2.” and
# wrote the plan with new session and item ids only, nothing a coach
# sees changed, where an empty week copied onto empty weeks says
# “Nothing changed: …”. Ids are not what a copy is compared by now.
$cli new -o "$tmp/copy.json" --weeks 3 --start 2026-11-23 >/dev/null 2>&1
session=$($cli session add "$tmp/copy.json" --week 1 --day mon --title Lower | awk '{ print $3; exit }')
$cli item add "$tmp/copy.json" --session "${session%:}" --exercise goblet-squat --sets 3 --reps 10 >/dev/null 2>&1
$cli week copy "$tmp/copy.json" 1 2 >"$tmp/out" 2>&1
status=$?
[ "$status" = 0 ] && grep -qxF 'Copied week 1 onto week 2.' "$tmp/out"
ok $? "a week's sessions copied onto an empty week are copied (exit $status: $(cat "$tmp/out"))"
cp "$tmp/copy.json" "$tmp/copy-before.json"
cp "$tmp/copy.json~" "$tmp/copy-backup.json"
$cli week copy "$tmp/copy.json" 1 2 >"$tmp/out" 2>&1
status=$?
[ "$status" = 0 ] && grep -qxF 'Nothing changed: week 2 holds a copy of week 1 already.' "$tmp/out" &&
  cmp -s "$tmp/copy-before.json" "$tmp/copy.json" && cmp -s "$tmp/copy-backup.json" "$tmp/copy.json~"
ok $? "sessions copied again onto the week that holds them say so and leave the file and its PLAN~ (exit $status: $(cat "$tmp/out"); $(diff "$tmp/copy-before.json" "$tmp/copy.json" | grep -c '"id"') ids changed)"

# Onto two weeks, one of which holds the copy already: the other changes,
# so the copy is made.
id_of_week2=$($cli log "$tmp/copy.json" --list | awk '$2 == "week" && $3 == 2 { print $1; exit }')
$cli week copy "$tmp/copy.json" 1 2 3 >"$tmp/out" 2>&1
status=$?
[ "$status" = 0 ] && grep -qxF 'Copied week 1 onto 2 weeks.' "$tmp/out" &&
  [ -n "$($cli log "$tmp/copy.json" --list | awk '$2 == "week" && $3 == 3 { print $1; exit }')" ]
ok $? "a copy that changes one week of two is copied (exit $status: $(cat "$tmp/out"))"

# A block of those sessions copied onto weeks that hold them already.
$cli block add "$tmp/copy.json" Base --weeks 1 >/dev/null 2>&1
cp "$tmp/copy.json" "$tmp/copy-before.json"
$cli block copy "$tmp/copy.json" Base 2 >"$tmp/out" 2>&1
status=$?
[ "$status" = 0 ] && grep -qxF 'Nothing changed: week 2 holds a copy of block 1 “Base” (week 1) already.' "$tmp/out" &&
  cmp -s "$tmp/copy-before.json" "$tmp/copy.json"
ok $? "a block copied onto a week that holds its sessions already says so and leaves the file (exit $status: $(cat "$tmp/out"))"
