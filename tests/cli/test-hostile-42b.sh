#!/bin/sh
# Issue 21, pass 42: the training log, blocks and progression, hostile
# disks and the window, looked at afresh.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..2"

# A second --item-note for one exercise (a script that adds a line to the
# note it built) replaced the first without a word: the log kept “second”
# only, exit status 0. One note per exercise: wrong usage, nothing written.
cp "$plans/one-week.json" "$tmp/note.json"
cp "$tmp/note.json" "$tmp/note-before.json"
$cli log "$tmp/note.json" --session 3idq --status done \
  --item pku4 --set 10 --item-note "first" --item-note "second" >"$tmp/out" 2>"$tmp/err"
check_exit $? 64 "a second --item-note for one exercise is wrong usage (got: $(cat "$tmp/out" "$tmp/err"))"
grep -q -- '--item-note was given twice for the exercise “pku4”' "$tmp/err" &&
  cmp -s "$tmp/note.json" "$tmp/note-before.json" && [ ! -e "$tmp/note.json~" ]
ok $? "it says so, naming the exercise, and writes nothing (got: $(cat "$tmp/err"))"

exit $fail
