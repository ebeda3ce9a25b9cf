#!/bin/sh
# Issue 21, pass 43b: what Regimen writes out (the CSV export, --json
# output) and the commands earlier passes passed by.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..2"

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

exit $fail
