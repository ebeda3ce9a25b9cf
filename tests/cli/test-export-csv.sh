#!/bin/sh
# regimen-cli export-csv: the log in Strong's columns, RFC 4180 quoting,
# formula-safe cells, written atomically.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..12"

$cli export-csv "$plans/logged.json" >"$tmp/log.csv"
check_exit $? 0 "export-csv to standard output succeeds"

python3 - "$tmp/log.csv" <<'PY'
import csv, sys
data = open(sys.argv[1], newline="").read()
assert data.endswith("\r\n") and "\n" not in data.replace("\r\n", ""), "CRLF line ends"
rows = list(csv.reader(data.splitlines()))
assert rows[0] == ["Date", "Workout Name", "Duration", "Exercise Name", "Set Order", "Weight", "Reps",
                   "Distance", "Seconds", "Notes", "Workout Notes", "RPE"], rows[0]
body = rows[1:]
assert len(body) == 9, len(body)
assert body[0][:7] == ["2026-11-24 00:00:00", "Lower body A", "50m", "Narrow Stance Squat", "1", "40", "10"], body[0]
assert [r[4] for r in body[:3]] == ["1", "2", "3"]
assert body[3][3] == "Single-Leg High Knee Hold" and body[3][8] == "20" and body[3][9] == "Left side weaker"
assert all(r[1] != "Easy run" for r in body), "a skipped session has no rows"
PY
ok $? "Strong's header, one row per set, in the plan's order"

$cli export-csv --unit lb "$plans/logged.json" -o "$tmp/lb.csv"
check_exit $? 0 "--unit lb -o FILE succeeds"
python3 -c 'import csv,sys; r = list(csv.reader(open(sys.argv[1], newline=""))); assert r[1][5] == "88.18" and r[9][5] == "10", (r[1], r[9])' "$tmp/lb.csv"
ok $? "every weight in pounds"

$cli export-csv --format hevy "$plans/logged.json" -o "$tmp/hevy.csv"
check_exit $? 0 "--format hevy succeeds"
python3 - "$tmp/hevy.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
assert rows[0] == ["title", "start_time", "end_time", "description", "exercise_title", "superset_id",
                   "exercise_notes", "set_index", "set_type", "weight_kg", "reps", "distance_km",
                   "duration_seconds", "rpe"], rows[0]
assert len(rows) == 10, len(rows)
assert rows[1][:5] == ["Lower body A", "24 Nov 2026, 00:00", "24 Nov 2026, 00:50",
                       "Knee felt tight; stopped the burpees early.", "Narrow Stance Squat"], rows[1]
assert [r[7] for r in rows[1:4]] == ["0", "1", "2"] and rows[1][8:11] == ["normal", "40", "10"], rows[1:4]
PY
ok $? "Hevy's header, its date form, set_index from 0"

$cli export-csv --format fitbod "$plans/logged.json" 2>/dev/null
check_exit $? 64 "an unknown format is a usage error"

# Hostile text: commas, quotes, line breaks and formulas in titles and notes.
python3 - "$plans/logged.json" "$tmp/hostile.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))
s = p["weeks"][0]["days"][0]["sessions"][0]
s["title"] = '=HYPERLINK("http://x","click")'
s["log"]["note"] = 'line one\nline "two", three'
s["log"]["items"][0]["note"] = "+SUM(A1:A9)"
json.dump(p, open(sys.argv[2], "w"))
PY
$cli export-csv "$tmp/hostile.json" -o "$tmp/hostile.csv"
check_exit $? 0 "a plan with hostile text exports"
python3 - "$tmp/hostile.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
first = rows[1]
assert first[1] == '\'=HYPERLINK("http://x","click")', first[1]
assert first[10] == 'line one\nline "two", three', first[10]
assert first[9] == "'+SUM(A1:A9)", first[9]
assert all(not c or c[0] not in "=+-@" for r in rows for c in r), "no cell starts a formula"
PY
ok $? "RFC 4180 quoting keeps every cell whole, and no cell starts a formula"

cp "$tmp/lb.csv" "$tmp/lb.before"
$cli export-csv "$2/ui/malformed.regimen.json" -o "$tmp/lb.csv" 2>"$tmp/err"
check_exit $? 2 "an unreadable plan exits with 2"
cmp -s "$tmp/lb.csv" "$tmp/lb.before" && [ -s "$tmp/err" ]
ok $? "and leaves the previous CSV whole"

$cli export-csv --unit stone "$plans/logged.json" 2>/dev/null
check_exit $? 64 "an unknown unit is a usage error"

exit $fail
