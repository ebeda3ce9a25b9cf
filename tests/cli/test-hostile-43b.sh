#!/bin/sh
# Issue 21, pass 43b: what Regimen writes out (the CSV export, --json
# output) and the commands earlier passes passed by.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..5"

# Memcheck for the checks whose fault shows in no output, only as a read
# outside a string: the cli suite's memcheck lane wraps $cli already, and
# under AddressSanitizer (ASAN_OPTIONS set) valgrind cannot run the binary,
# which checks itself.
memcheck=
if [ -z "${REGIMEN_CLI_WRAPPER:-}" ] && [ -z "${ASAN_OPTIONS:-}" ] && command -v valgrind >/dev/null 2>&1; then
  memcheck="valgrind --quiet --error-exitcode=97"
fi

# A session note, an exercise note or a title of bidirectional controls
# alone is a cell with nothing left once they are left out: its last
# character was looked at as the byte before the cell's text, a read
# outside the string (memcheck: “Invalid read of size 1 … 1 bytes before
# a block”), on every export of such a log.
python3 - "$plans/logged.json" "$tmp/bidi.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
for week in plan["weeks"]:
    for day in week["days"]:
        for session in day["sessions"]:
            log = session.get("log")
            if log and log["status"] != "skipped":
                session["title"] = "\u202e"
                log["note"] = "\u2066\u2069"
                for item in log["items"]:
                    item["note"] = "\u200f"
json.dump(plan, open(sys.argv[2], "w"))
PY
$cli export-csv "$tmp/bidi.json" --format hevy >"$tmp/bidi-hevy.csv" 2>"$tmp/err" &&
  $memcheck $cli export-csv "$tmp/bidi.json" >"$tmp/bidi.csv" 2>>"$tmp/err"
status=$?
[ $status = 0 ] &&
  grep -q '^2026-11-24 00:00:00,Strength,50m,Narrow Stance Squat,1,40,10,,,,,' "$tmp/bidi.csv" &&
  grep -q '^Strength,"24 Nov 2026, 00:00","24 Nov 2026, 00:50",,Narrow Stance Squat,,,0,normal,40,10,,,' "$tmp/bidi-hevy.csv"
ok $? "export-csv of titles and notes of bidirectional controls alone writes empty cells, reading nothing outside them (exit $status, got: $(head -c 600 "$tmp/err"; head -n 2 "$tmp/bidi.csv"))"

# The path of a custom exercise's picture in a data folder whose name is
# not UTF-8 (made under a Latin-1 locale, XDG_DATA_HOME=/home/m\xfcller)
# was copied into `library show --json` byte for byte: output that no
# JSON reader takes. Those bytes are U+FFFD, as the text output shows them.
data=$(printf '%s/d\351ta' "$tmp")
mkdir -p "$data/regimen"
cat >"$data/regimen/exercises.json" <<'EOF'
{"format": "regimen-exercises", "version": 1, "exercises": [
  {"id": "custom-pictured", "name": "Pictured", "category": "strength", "picture": "p.png",
   "primary_muscles": ["upper-back"], "equipment": ["long-band"], "level": 2,
   "prescription": {"sets": 3, "reps_min": 15, "reps_max": 15}}]}
EOF
XDG_DATA_HOME=$data $cli library show --json custom-pictured >"$tmp/pictured.json" 2>"$tmp/err"
status=$?
[ $status = 0 ] && python3 - "$tmp/pictured.json" "$tmp" <<'PY'
import json, sys
shown = json.loads(open(sys.argv[1], "rb").read().decode("utf-8"))
assert shown["picture"] == sys.argv[2] + "/d\ufffdta/regimen/pictures/p.png", shown["picture"]
PY
ok $? "library show --json of a picture in a folder named in Latin-1 is JSON, the byte shown as U+FFFD (exit $status, got: $(cat "$tmp/err"; grep -a picture "$tmp/pictured.json"))"

# One's own exercise named with what shows nothing (a Hangul filler
# pasted, direction marks alone) was written as that name, a cell that
# reads empty in a spreadsheet and in the app the CSV goes to, where the
# window, the sheet and the command line name it by its id; it is written
# by its id, which import-csv reads back to it. The filler is no format
# character the file leaves out, so only its showing nothing names it by
# its id (two names of format characters alone were one empty name).
blank=$tmp/blank-named
mkdir -p "$blank/regimen"
cat >"$blank/regimen/exercises.json" <<'EOF'
{"format": "regimen-exercises", "version": 1, "exercises": [
  {"id": "custom-filler", "name": "\u3164", "category": "strength",
   "primary_muscles": ["quadriceps"], "equipment": ["none"], "level": 2,
   "prescription": {"sets": 3, "reps_min": 10, "reps_max": 10}},
  {"id": "custom-marks", "name": "\u202e\u2066", "category": "strength",
   "primary_muscles": ["quadriceps"], "equipment": ["none"], "level": 2,
   "prescription": {"sets": 3, "reps_min": 10, "reps_max": 10}}]}
EOF
python3 - "$plans/logged.json" "$tmp/blank.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
for week in plan["weeks"]:
    for day in week["days"]:
        for session in day["sessions"]:
            # On its planned day, found again after its log is cleared.
            session.get("log", {}).pop("date", None)
            for item in session.get("items", []):
                if item["id"] == "pku4rcrzoo":
                    item["exercise"] = "custom-filler"
                elif item["id"] == "frilift002":
                    item["exercise"] = "custom-marks"
json.dump(plan, open(sys.argv[2], "w"))
PY
XDG_DATA_HOME=$blank $cli export-csv "$tmp/blank.json" -o "$tmp/blank.csv" 2>"$tmp/err"
status=$?
cp "$tmp/blank.json" "$tmp/blank-before.json"
[ $status = 0 ] &&
  grep -q ',Lower body A,50m,custom-filler,1,40,10,' "$tmp/blank.csv" &&
  grep -q ',Upper body,[^,]*,custom-marks,1,,12,' "$tmp/blank.csv" &&
  XDG_DATA_HOME=$blank $cli log "$tmp/blank.json" --session 3idq5p2ox2 --clear >/dev/null 2>&1 &&
  XDG_DATA_HOME=$blank $cli log "$tmp/blank.json" --session frilift001 --clear >/dev/null 2>&1 &&
  XDG_DATA_HOME=$blank $cli import-csv "$tmp/blank.json" "$tmp/blank.csv" >"$tmp/out" 2>>"$tmp/err" &&
  python3 - "$tmp/blank-before.json" "$tmp/blank.json" <<'PY'
import json, sys
def sets(path, item_id):
    plan = json.load(open(path))
    for week in plan["weeks"]:
        for day in week["days"]:
            for session in day["sessions"]:
                for item in session.get("log", {}).get("items", []):
                    if item["item"] == item_id:
                        return [s.get("reps") for s in item["sets"]]
for item_id in ("pku4rcrzoo", "frilift002"):
    assert sets(sys.argv[1], item_id) == sets(sys.argv[2], item_id), item_id
PY
ok $? "export-csv names one's own exercises named with what shows nothing by their ids, and import-csv reads them back (exit $status, got: $(cat "$tmp/err" "$tmp/out"; grep -a -m 2 'Lower body A\|Upper body' "$tmp/blank.csv"))"

# new -o onto a folder, a device or a symbolic link to nothing said it
# “already exists; give --force to replace it”, and with --force refused
# it for what it is: the advice led nowhere. Said at once now, without
# --force, and nothing written.
mkdir "$tmp/new-folder"
ln -s "$tmp/nowhere/plan.json" "$tmp/new-dangling"
$cli new -o "$tmp/new-folder" >"$tmp/out" 2>"$tmp/err"
folder=$?
$cli new -o /dev/null >>"$tmp/out" 2>>"$tmp/err"
device=$?
$cli new -o "$tmp/new-dangling" >>"$tmp/out" 2>>"$tmp/err"
dangling=$?
[ $folder = 1 ] && [ $device = 1 ] && [ $dangling = 1 ] &&
  ! grep -q 'give --force' "$tmp/err" &&
  grep -q 'new-folder: .*there is a folder of that name' "$tmp/err" &&
  grep -q '/dev/null: .*it is not a regular file' "$tmp/err" &&
  grep -q 'new-dangling: .*it is a symbolic link to a file that does not exist' "$tmp/err" &&
  [ -d "$tmp/new-folder" ] && [ -L "$tmp/new-dangling" ] && [ ! -e "$tmp/nowhere" ]
ok $? "new -o onto a folder, a device or a link to nothing says what it is, not to give --force (exits $folder $device $dangling, got: $(cat "$tmp/out" "$tmp/err"))"

# json-glib escapes every C0 control in a string but U+001F, which JSON
# does not allow raw: a plan title, a note or one's own exercise's name
# holding one (written "\u001f" in the file) made the --json output of
# diff, stats and library no JSON (python: “Invalid control character”).
python3 - "$plans/logged.json" "$tmp/unit-separator.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
plan["title"] = "Block\x1f1"
for week in plan["weeks"]:
    for day in week["days"]:
        for session in day["sessions"]:
            for item in session.get("log", {}).get("items", []):
                item["note"] = "knee\x1f"
json.dump(plan, open(sys.argv[2], "w"))
PY
us=$tmp/unit-separated
mkdir -p "$us/regimen"
cat >"$us/regimen/exercises.json" <<'EOF'
{"format": "regimen-exercises", "version": 1, "exercises": [
  {"id": "custom-unit-separated", "name": "Row\u001fA", "category": "strength",
   "primary_muscles": ["upper-back"], "equipment": ["none"], "level": 2,
   "prescription": {"sets": 3, "reps_min": 10, "reps_max": 10}}]}
EOF
$cli diff --json "$plans/logged.json" "$tmp/unit-separator.json" >"$tmp/us-diff.json" 2>"$tmp/err"
diff_status=$?
$cli stats --json "$tmp/unit-separator.json" >"$tmp/us-stats.json" 2>>"$tmp/err"
stats_status=$?
XDG_DATA_HOME=$us $cli library list --json --search row >"$tmp/us-list.json" 2>>"$tmp/err"
list_status=$?
[ $diff_status = 1 ] && [ $stats_status = 0 ] && [ $list_status = 0 ] &&
  python3 - "$tmp/us-diff.json" "$tmp/us-stats.json" "$tmp/us-list.json" <<'PY'
import json, sys
diff, stats, listed = (json.load(open(path, encoding="utf-8")) for path in sys.argv[1:])
assert any(change.get("after", {}).get("title") == "Block\x1f1" for change in diff["changes"]), diff
def strings(node):
    if isinstance(node, dict):
        node = list(node.values())
    if isinstance(node, list):
        return [text for value in node for text in strings(value)]
    return [node] if isinstance(node, str) else []
assert "knee\x1f" in strings(stats), "note"
assert [e["name"] for e in listed["exercises"] if e["custom"]] == ["Row\x1fA"], listed
PY
[ $? = 0 ] && grep -q 'Block\\u001F1' "$tmp/us-diff.json"
ok $? "diff, stats and library --json escape U+001F as \\u001F, as every other control (exits $diff_status $stats_status $list_status, got: $(cat "$tmp/err"; grep -a -m 1 'Block' "$tmp/us-diff.json"))"

exit $fail
