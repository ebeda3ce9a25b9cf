#!/bin/sh
# Issue 21, pass 43b: what Regimen writes out (the CSV export, --json
# output) and the commands earlier passes passed by.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..1"

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
$memcheck $cli export-csv "$tmp/bidi.json" --format hevy >"$tmp/bidi-hevy.csv" 2>"$tmp/err" &&
  $memcheck $cli export-csv "$tmp/bidi.json" >"$tmp/bidi.csv" 2>>"$tmp/err"
status=$?
[ $status = 0 ] &&
  grep -q '^2026-11-24 00:00:00,Strength,50m,Narrow Stance Squat,1,40,10,,,,,' "$tmp/bidi.csv" &&
  grep -q '^Strength,"24 Nov 2026, 00:00","24 Nov 2026, 00:50",,Narrow Stance Squat,,,0,normal,40,10,,,' "$tmp/bidi-hevy.csv"
ok $? "export-csv of titles and notes of bidirectional controls alone writes empty cells, reading nothing outside them (exit $status, got: $(head -c 600 "$tmp/err"; head -n 2 "$tmp/bidi.csv"))"

exit $fail
