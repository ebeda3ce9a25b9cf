#!/bin/sh
# Issue 21, adversarial pass 39c (session 37), on the command line.
. "$(dirname "$0")/tap.sh"

echo "1..8"

# The code of a session as `log --list` gives it, by its week and day.
session_of () {
  $cli log "$1" --list | awk -v w="$2" -v d="$3" '$2 == "week" && $3 == w && $4 == d { print $1; exit }'
}

# Thursday's session trained on Monday: its log says 2026-11-23, the day
# Monday's session of the same title and exercise is planned, never
# trained. import-csv of the plan's own export put the rows to Monday's
# session (earlier in the plan) and logged it as done with Thursday's
# sets, the week's load counted twice; the docs say a row finds a
# session still logged by its date.
$cli new --template pistol-squat-12-weeks -o "$tmp/early.json" --weeks 2 --start 2026-11-23 >/dev/null 2>&1
thursday=$(session_of "$tmp/early.json" 1 Thu)
squat=$($cli log "$tmp/early.json" --list | awk -v s="$thursday" '$1 == s { getline; print $1; exit }')
$cli log "$tmp/early.json" --session "$thursday" --status done --date 2026-11-23 \
  --item "$squat" --set 10 --set 10 --set 9 >/dev/null 2>"$tmp/err"
check_exit $? 0 "Thursday's session logged as trained on Monday (got: $(cat "$tmp/err"))"
$cli export-csv "$tmp/early.json" -o "$tmp/early.csv" 2>"$tmp/err"
cp "$tmp/early.json" "$tmp/early-before.json"
$cli import-csv "$tmp/early.json" "$tmp/early.csv" >"$tmp/out" 2>&1
status=$?
$cli diff "$tmp/early-before.json" "$tmp/early.json" >"$tmp/diff" 2>&1
[ "$status" = 0 ] && [ ! -s "$tmp/diff" ] && cmp -s "$tmp/early-before.json" "$tmp/early.json"
ok $? "its own export imported again changes nothing (exit $status: $(cat "$tmp/out"); diff: $(cat "$tmp/diff"))"

# The same through a sequence of commands: week 1 trained and logged on
# its planned days, a week inserted before it (the plan started again a
# week later) and week 3's sessions copied onto it. Monday of the new
# week 1 is the day week 2's Monday was trained: the export imported
# again logged it as done.
$cli new --template pistol-squat-12-weeks -o "$tmp/moved.json" --weeks 2 --start 2026-11-23 >/dev/null 2>&1
monday=$(session_of "$tmp/moved.json" 1 Mon)
squat=$($cli log "$tmp/moved.json" --list | awk -v s="$monday" '$1 == s { getline; print $1; exit }')
$cli log "$tmp/moved.json" --session "$monday" --status done --item "$squat" --set 10x20 --set 10x20 >/dev/null 2>&1 &&
  $cli week insert "$tmp/moved.json" 1 >/dev/null 2>&1 &&
  $cli week copy "$tmp/moved.json" 3 1 >/dev/null 2>"$tmp/err"
check_exit $? 0 "log, week insert and week copy (got: $(cat "$tmp/err"))"
$cli export-csv "$tmp/moved.json" -o "$tmp/moved.csv" 2>"$tmp/err"
cp "$tmp/moved.json" "$tmp/moved-before.json"
$cli import-csv "$tmp/moved.json" "$tmp/moved.csv" >"$tmp/out" 2>&1
status=$?
$cli diff "$tmp/moved-before.json" "$tmp/moved.json" >"$tmp/diff" 2>&1
[ "$status" = 0 ] && [ ! -s "$tmp/diff" ] && cmp -s "$tmp/moved-before.json" "$tmp/moved.json"
ok $? "after the commands, its own export imported again changes nothing (exit $status: $(cat "$tmp/out"); diff: $(cat "$tmp/diff"))"

# A rule in a block's last week on a squat added by hand where week 1's
# rule (of the block's three weeks) writes its own: it writes nothing,
# and progress applied it, “0 weeks written”, exit 0, into a plan the
# check then failed with a DATA error (“… has a progression rule in week
# 3, inside the weeks the rule of week 1 spans in this session …”),
# neither rule applicable over the other. Refused now, nothing written.
$cli new --template pistol-squat-12-weeks -o "$tmp/rules.json" --weeks 3 --start 2026-11-23 >/dev/null 2>&1
monday=$(session_of "$tmp/rules.json" 3 Mon)
written=$($cli log "$tmp/rules.json" --list | awk -v s="$monday" '$1 == s { getline; print $1; exit }')
$cli item remove "$tmp/rules.json" --item "$written" >/dev/null 2>&1
by_hand=$($cli item add "$tmp/rules.json" --session "$monday" --exercise narrow-stance-squat --sets 3 --reps 12 | awk '{ print $3; exit }')
by_hand=${by_hand%:}
cp "$tmp/rules.json" "$tmp/rules-before.json"
$cli progress "$tmp/rules.json" --item "$by_hand" --repeat --weeks 3 >"$tmp/out" 2>&1
status=$?
[ "$status" = 1 ] && cmp -s "$tmp/rules-before.json" "$tmp/rules.json" &&
  grep -qF 'Week 1’s narrow-stance-squat, in this session, has a progression rule whose weeks reach week 3; remove or shorten that rule first.' "$tmp/out"
ok $? "a rule inside the weeks week 1's rule writes is refused, naming it (exit $status: $(cat "$tmp/out"))"
$cli validate "$tmp/rules.json" >"$tmp/out" 2>&1
! grep -q DATA "$tmp/out"
ok $? "the plan has no DATA error (got: $(cat "$tmp/out"))"

# A command of log that changes nothing: a --clear of a session without
# a log (a script run twice), or the log a session has given again. It
# said “Cleared the log of …” or “Logged …”, exit 0, rewrote a plan
# written by hand or by another tool in Regimen's layout and replaced
# its PLAN~, the version before the last real change, with it.
$cli new --template pistol-squat-12-weeks -o "$tmp/twice.json" --weeks 1 --start 2026-11-23 >/dev/null 2>&1
python3 -c 'import json, sys; json.dump(json.load(open(sys.argv[1])), open(sys.argv[1], "w"))' "$tmp/twice.json"
rm -f "$tmp/twice.json~"
cp "$tmp/twice.json" "$tmp/twice-hand.json"
monday=$(session_of "$tmp/twice.json" 1 Mon)
squat=$($cli log "$tmp/twice.json" --list | awk -v s="$monday" '$1 == s { getline; print $1; exit }')
$cli log "$tmp/twice.json" --session "$monday" --clear >"$tmp/out" 2>&1
status=$?
[ "$status" = 0 ] && grep -qxF 'Nothing changed: Pistol practice (week 1, Mon) has no log.' "$tmp/out" &&
  cmp -s "$tmp/twice-hand.json" "$tmp/twice.json" && [ ! -e "$tmp/twice.json~" ]
ok $? "a clear of a session without a log says so and leaves the hand-written file and no PLAN~ (exit $status: $(cat "$tmp/out"))"

$cli log "$tmp/twice.json" --session "$monday" --status done --item "$squat" --set 10x20 >/dev/null 2>&1
python3 -c 'import json, sys; json.dump(json.load(open(sys.argv[1])), open(sys.argv[1], "w"))' "$tmp/twice.json"
cp "$tmp/twice.json" "$tmp/twice-hand.json"
cp "$tmp/twice.json~" "$tmp/twice-backup.json"
$cli log "$tmp/twice.json" --session "$monday" --status done --item "$squat" --set 10x20 >"$tmp/out" 2>&1
status=$?
[ "$status" = 0 ] && grep -qxF 'Nothing changed: Pistol practice (week 1, Mon) is logged so already.' "$tmp/out" &&
  cmp -s "$tmp/twice-hand.json" "$tmp/twice.json" && cmp -s "$tmp/twice-backup.json" "$tmp/twice.json~"
ok $? "the same log given again says so and leaves the file and its PLAN~ (exit $status: $(cat "$tmp/out"))"

exit $fail
