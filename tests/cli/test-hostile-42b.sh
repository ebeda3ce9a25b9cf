#!/bin/sh
# Issue 21, pass 42: the training log, blocks and progression, hostile
# disks and the window, looked at afresh.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..12"

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

# A session of 100 exercises, each logged, one then swapped for another
# (the log keeps the sets of the one removed): a CSV logging the new one
# would make the log name 101 exercises, past the 100 a log holds. It was
# refused as “the sets for “Big” are beyond what a plan can hold”, naming
# neither the row nor why; now the line, the session's day and the count.
python3 - "$plans/one-week.json" "$tmp/full.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
session = plan["weeks"][0]["days"][0]["sessions"][0]
session["title"] = "Big"
session["items"] = [{"id": "it%03d" % i, "exercise": "goblet-squat", "sets": 3, "reps": 10}
                    for i in range(100)]
session["log"] = {"status": "done",
                  "items": [{"item": "it%03d" % i, "sets": [{"reps": 5}]} for i in range(100)]}
json.dump(plan, open(sys.argv[2], "w"), indent=2)
PY
$cli item remove "$tmp/full.json" --item it099 --force >/dev/null 2>&1 &&
  $cli item add "$tmp/full.json" --session 3idq --exercise push-up --force >/dev/null 2>&1
check_exit $? 0 "the session of 100 logged exercises has one swapped for push-up"
cp "$tmp/full.json" "$tmp/full-before.json"
printf 'Date,Exercise Name,Weight,Reps\n2026-11-23,push-up,,10\n' >"$tmp/push-up.csv"
$cli import-csv "$tmp/full.json" "$tmp/push-up.csv" >"$tmp/out" 2>"$tmp/err"
status=$?
[ $status = 2 ] &&
  grep -q 'line 2: the log of “Big” on 2026-11-23 would name 101 exercises, those it keeps of exercises removed from the session among them; a log names at most 100' "$tmp/err" &&
  cmp -s "$tmp/full.json" "$tmp/full-before.json"
ok $? "a row that would make a log name 101 exercises is told with its line and the count, nothing written (exit $status, got: $(cat "$tmp/err"))"

# An --item-note of 10,001 characters was told as “the note is longer
# than 10000 characters”, which reads as the session's --note; the
# exercise is named now.
long=$(python3 -c 'print("x" * 10001)')
$cli log "$tmp/note.json" --session 3idq --status done --note "fine" \
  --item pku4 --set 10 --item-note "$long" >"$tmp/out" 2>"$tmp/err"
status=$?
[ $status = 64 ] &&
  grep -q 'the --item-note of the exercise pku4rcrzoo is longer than 10000 characters' "$tmp/err" &&
  cmp -s "$tmp/note.json" "$tmp/note-before.json"
ok $? "a too long --item-note is told as the exercise's, nothing written (exit $status, got: $(cat "$tmp/err"))"

# session remove of a logged session said “--force changes it anyway and
# keeps its log”, and --force removed the session with its log, saying
# only “Removed the session …”. Now each says the log goes with it.
cp "$plans/logged-weeks.json" "$tmp/remove.json"
cp "$tmp/remove.json" "$tmp/remove-before.json"
$cli session remove "$tmp/remove.json" --session mon0sess01 >"$tmp/out" 2>"$tmp/err"
status=$?
[ $status = 1 ] &&
  grep -q '“Lower body” (week 1, Mon) was logged; nothing changed (--force removes it anyway, with its log)' "$tmp/err" &&
  cmp -s "$tmp/remove.json" "$tmp/remove-before.json"
ok $? "session remove of a logged session says --force would remove its log (exit $status, got: $(cat "$tmp/err"))"
$cli session remove "$tmp/remove.json" --session mon0sess01 --force >"$tmp/out" 2>"$tmp/err"
status=$?
[ $status = 0 ] &&
  [ "$(cat "$tmp/out")" = "Removed the session “Lower body” (week 1, Mon) and its log." ] &&
  ! grep -q mon0sess01 "$tmp/remove.json"
ok $? "--force says it removed the session and its log (exit $status, got: $(cat "$tmp/out" "$tmp/err"))"

# A session logged before (from the printed sheet, with `log`) and a CSV
# of the same training from a phone app, with its Workout Notes: the
# sets were imported (or “Nothing changed: the 1 set the file gives is
# logged so already.”) and the note left out without a word, as a
# session logged before keeps its own. Now the summary says so.
cp "$plans/one-week.json" "$tmp/notes.json"
$cli log "$tmp/notes.json" --session 3idq --status done --item pku4 --set 10x40kg >/dev/null 2>&1
printf 'Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Workout Notes\n2026-11-23,Lower body A,narrow-stance-squat,1,40,10,Felt strong today\n' >"$tmp/notes.csv"
$cli import-csv "$tmp/notes.json" "$tmp/notes.csv" >"$tmp/out" 2>"$tmp/err"
status=$?
[ $status = 0 ] &&
  [ "$(cat "$tmp/out")" = "Nothing changed: the 1 set the file gives is logged so already.
1 session was logged before and keeps its own note; the workout note the file gives it is not imported." ]
ok $? "the Workout Notes of a session logged before are said not imported (exit $status, got: $(cat "$tmp/out" "$tmp/err"))"
# The notes the log has already, as export-csv writes them, say nothing.
$cli log "$tmp/notes.json" --session 3idq --status done --note "Felt strong today" \
  --item pku4 --set 10x40kg >/dev/null 2>&1
$cli import-csv "$tmp/notes.json" "$tmp/notes.csv" >"$tmp/out" 2>"$tmp/err"
status=$?
[ $status = 0 ] &&
  [ "$(cat "$tmp/out")" = "Nothing changed: the 1 set the file gives is logged so already." ]
ok $? "a CSV giving the note the log has says nothing of it (exit $status, got: $(cat "$tmp/out" "$tmp/err"))"

# Notes on the rows of an exercise after its first (a note on the second
# set, as apps that note each set write them) were left out without a
# word, “Imported 3 sets.”, the log without a note. Each note of the
# rows is kept now, in the rows' order, once each, one a line.
cp "$plans/one-week.json" "$tmp/set-notes.json"
printf 'Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Notes\n2026-11-23,Lower body A,narrow-stance-squat,1,40,10,\n2026-11-23,Lower body A,narrow-stance-squat,2,40,10,grip slipped\n2026-11-23,Lower body A,narrow-stance-squat,3,40,8,last one hard\n2026-11-23,Lower body A,narrow-stance-squat,4,40,8,grip slipped\n' >"$tmp/set-notes.csv"
$cli import-csv "$tmp/set-notes.json" "$tmp/set-notes.csv" >"$tmp/out" 2>"$tmp/err"
status=$?
note=$(python3 -c '
import json, sys
log = json.load(open(sys.argv[1]))["weeks"][0]["days"][0]["sessions"][0]["log"]
print(repr(log["items"][0].get("note")))' "$tmp/set-notes.json")
[ $status = 0 ] && [ "$note" = "'grip slipped\\nlast one hard'" ]
ok $? "the notes of an exercise's later rows are kept, once each (exit $status, note $note, got: $(cat "$tmp/out" "$tmp/err"))"
$cli import-csv "$tmp/set-notes.json" "$tmp/set-notes.csv" >"$tmp/out" 2>"$tmp/err"
status=$?
[ $status = 0 ] && [ "$(cat "$tmp/out")" = "Nothing changed: the 4 sets the file gives are logged so already." ]
ok $? "the same file again changes nothing (exit $status, got: $(cat "$tmp/out" "$tmp/err"))"

# Notes that together pass what a note holds are told with the row.
cp "$plans/one-week.json" "$tmp/long-notes.json"
cp "$tmp/long-notes.json" "$tmp/long-notes-before.json"
python3 -c '
print("Date,Exercise Name,Weight,Reps,Notes")
for letter in "abc":
    print("2026-11-23,narrow-stance-squat,40,10," + letter * 4000)' >"$tmp/long-notes.csv"
$cli import-csv "$tmp/long-notes.json" "$tmp/long-notes.csv" >"$tmp/out" 2>"$tmp/err"
status=$?
[ $status = 2 ] &&
  grep -q "line 4: with this row's, the Notes of the exercise's rows that day come to more than 10000 characters, one a line; a note holds at most 10000" "$tmp/err" &&
  cmp -s "$tmp/long-notes.json" "$tmp/long-notes-before.json"
ok $? "rows whose notes together pass 10000 characters are told with the line, nothing written (exit $status, got: $(cat "$tmp/err"))"

exit $fail
