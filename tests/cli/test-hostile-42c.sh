#!/bin/sh
# Issue 21, pass 42: what pass 42b found and left — commands that said
# less than they did, data dropped without a word.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..8"

# A forced week copy, week remove, block resize or block delete took the
# logs of the trained sessions it replaced or removed, and said only
# “Removed week 1.”; the refusal said “--force changes it anyway”. Both
# say now how many sessions' logs --force removes.
cp "$plans/logged-weeks.json" "$tmp/weeks.json"
cp "$tmp/weeks.json" "$tmp/weeks-before.json"
$cli week remove "$tmp/weeks.json" 1 >"$tmp/out" 2>"$tmp/err"
status=$?
[ $status = 1 ] &&
  grep -q 'Week 1 holds a logged session; nothing changed (--force changes it anyway and removes the logs of 2 sessions)' "$tmp/err" &&
  cmp -s "$tmp/weeks.json" "$tmp/weeks-before.json"
ok $? "week remove of a logged week says --force removes the logs of its 2 sessions (exit $status, got: $(cat "$tmp/out" "$tmp/err"))"

$cli week remove "$tmp/weeks.json" 1 --force >>"$tmp/said" 2>&1
cp "$tmp/weeks-before.json" "$tmp/weeks.json"
$cli week copy "$tmp/weeks.json" 3 1 2 --force >>"$tmp/said" 2>&1
cp "$tmp/weeks-before.json" "$tmp/weeks.json"
$cli block add "$tmp/weeks.json" Base --weeks 2 >/dev/null 2>&1 &&
  $cli block add "$tmp/weeks.json" Build --weeks 2 >/dev/null 2>&1 &&
  cp "$tmp/weeks.json" "$tmp/blocks.json" &&
  $cli block resize "$tmp/weeks.json" 1 1 --force >>"$tmp/said" 2>&1 &&
  $cli block delete "$tmp/blocks.json" 1 --force >>"$tmp/said" 2>&1 &&
  $cli block delete "$tmp/weeks.json" 2 --force >>"$tmp/said" 2>&1
[ "$(cat "$tmp/said")" = "Removed week 1. The logs of 2 sessions were removed.
Copied week 3 onto 2 weeks. The logs of 4 sessions were removed.
Resized block 1 “Base” (week 1). The logs of 2 sessions were removed.
Deleted block 1 “Base” (weeks 1–2) and its weeks. The logs of 4 sessions were removed.
Deleted block 2 “Build” (weeks 2–3) and its weeks." ]
ok $? "a forced week remove, week copy, block resize and block delete say how many sessions' logs went, none where none did (got: $(cat "$tmp/said"))"

# A rule on an exercise of a block's last week writes no week: it was
# kept on the exercise, the plan rewritten, and said as “for 4 weeks; 0
# weeks written”, exit 0. It is refused now, naming the block's end; the
# file is not rewritten (its inode and PLAN~ as they were).
cp "$plans/four-week.json" "$tmp/last.json"
$cli block add "$tmp/last.json" Base --weeks 2 >/dev/null 2>&1
cp "$tmp/last.json" "$tmp/last-before.json"
cp "$tmp/last.json~" "$tmp/last-backup.json"
inode=$(ls -i "$tmp/last.json" | cut -d' ' -f1)
$cli progress "$tmp/last.json" --item otuwlimgq5 --add 1rep --weeks 4 >"$tmp/out" 2>"$tmp/err"
status=$?
[ $status = 1 ] && [ ! -s "$tmp/out" ] &&
  grep -q "Week 2’s barbell-back-squat is in the last week of block “Base”: a rule writes the weeks after it in the block, and there are none." "$tmp/err" &&
  cmp -s "$tmp/last.json" "$tmp/last-before.json" && cmp -s "$tmp/last.json~" "$tmp/last-backup.json" &&
  [ "$(ls -i "$tmp/last.json" | cut -d' ' -f1)" = "$inode" ]
ok $? "a rule in a block's last week is refused, naming the block's end, the file untouched (exit $status, got: $(cat "$tmp/out" "$tmp/err"))"

# A session logged before keeps its own minutes: a CSV's Duration for it
# (a phone app timing the same training) was left out without a word,
# “Nothing changed: …”. The summary says so now, as for Workout Notes;
# export-csv's own file (the log's minutes, or the planned ones where it
# has none) brought back says nothing and changes nothing.
cp "$plans/one-week.json" "$tmp/minutes.json"
$cli log "$tmp/minutes.json" --session 3idq --status done --item pku4 --set 10x40kg >/dev/null 2>&1
printf 'Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Duration\n2026-11-23,Lower body A,narrow-stance-squat,1,40,10,1h 20m\n' >"$tmp/minutes.csv"
$cli import-csv "$tmp/minutes.json" "$tmp/minutes.csv" >"$tmp/out" 2>"$tmp/err"
status=$?
[ $status = 0 ] &&
  [ "$(cat "$tmp/out")" = "Nothing changed: the 1 set the file gives is logged so already.
1 session was logged before and keeps its own duration; the duration the file gives it is not imported." ]
ok $? "the Duration of a session logged before is said not imported (exit $status, got: $(cat "$tmp/out" "$tmp/err"))"
said=""
cp "$plans/logged-weeks.json" "$tmp/trip.json"
$cli log "$tmp/trip.json" --session mon2sess01 --status done --item mon2squat1 --set 8x60kg >/dev/null 2>&1 &&
  $cli log "$tmp/trip.json" --session thu2sess01 --status done --minutes 70 --item thu2push01 --set 12 >/dev/null 2>&1
for format in strong hevy; do
  $cli export-csv "$tmp/trip.json" --format $format -o "$tmp/trip.csv" &&
    cp "$tmp/trip.json" "$tmp/trip-before.json" &&
    $cli import-csv "$tmp/trip.json" "$tmp/trip.csv" >"$tmp/out" 2>&1 &&
    [ "$(cat "$tmp/out")" = "Nothing changed: the 15 sets the file gives are logged so already." ] &&
    cmp -s "$tmp/trip.json" "$tmp/trip-before.json" || said="$said $format: $(cat "$tmp/out")"
done
[ -z "$said" ]
ok $? "export-csv's file of logs with and without minutes comes back silent and unchanged ($said)"

# `log` replaced the whole log: logging a session again dropped, without
# a word, the sets of exercises removed from it since, which no --item
# can name again. The app's log form keeps them; so does `log` now,
# through the same core, and says so.
cp "$plans/logged-weeks.json" "$tmp/kept.json"
$cli item remove "$tmp/kept.json" --item mon0plank1 --force >/dev/null 2>&1
$cli log "$tmp/kept.json" --session mon0sess01 --status done --item mon0squat1 --set 5x100kg >"$tmp/out" 2>"$tmp/err"
status=$?
kept=$(python3 -c '
import json, sys
log = json.load(open(sys.argv[1]))["weeks"][0]["days"][0]["sessions"][0]["log"]
print(" ".join("%s:%d" % (e["item"], len(e["sets"])) for e in log["items"]))' "$tmp/kept.json")
[ $status = 0 ] && [ "$kept" = "mon0squat1:1 mon0plank1:2" ] &&
  [ "$(cat "$tmp/out")" = "Logged Lower body (week 1, Mon): Done, 1 exercise.
The log keeps the sets of 1 exercise removed from the session since it was logged." ]
ok $? "logging a session again keeps and says the sets of an exercise removed since (exit $status, log $kept, got: $(cat "$tmp/out" "$tmp/err"))"
# Only those: an exercise of the session left out is left out of the log.
$cli log "$tmp/kept.json" --session mon0sess01 --status partly >"$tmp/out" 2>&1
kept=$(python3 -c '
import json, sys
log = json.load(open(sys.argv[1]))["weeks"][0]["days"][0]["sessions"][0]["log"]
print(" ".join(e["item"] for e in log["items"]))' "$tmp/kept.json")
[ "$kept" = "mon0plank1" ]
ok $? "the sets of the session's exercises not given are not kept (log $kept, got: $(cat "$tmp/out"))"
# Those it keeps count towards the 100 exercises a log names.
python3 - "$plans/one-week.json" "$tmp/full.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
session = plan["weeks"][0]["days"][0]["sessions"][0]
session["items"] = [{"id": "it%03d" % i, "exercise": "goblet-squat", "sets": 3, "reps": 10}
                    for i in range(99)] + [{"id": "new001", "exercise": "push-up", "sets": 3, "reps": 10}]
session["log"] = {"status": "done",
                  "items": [{"item": "it%03d" % i, "sets": [{"reps": 5}]} for i in range(100)]}
json.dump(plan, open(sys.argv[2], "w"), indent=2)
PY
cp "$tmp/full.json" "$tmp/full-before.json"
$cli log "$tmp/full.json" --session 3idq --status done \
  $(for i in $(seq 0 98); do printf -- '--item it%03d --set 5 ' "$i"; done) --item new001 --set 5 >"$tmp/out" 2>"$tmp/err"
status=$?
[ $status = 1 ] &&
  grep -q 'the log would name 101 exercises, those it keeps of exercises removed from the session among them; a log names at most 100' "$tmp/err" &&
  cmp -s "$tmp/full.json" "$tmp/full-before.json"
ok $? "a log that would name 101 exercises with those it keeps is refused, saying why, nothing written (exit $status, got: $(cat "$tmp/out" "$tmp/err"))"

exit $fail
