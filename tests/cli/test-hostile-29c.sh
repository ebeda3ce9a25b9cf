#!/bin/sh
# Issue #21, adversarial pass 29c: the exports and the text paths of the
# command line (what pass 29c found, each on real files).
. "$(dirname "$0")/tap.sh"
fixtures=$2

echo "1..11"

# The calendar's name (X-WR-CALNAME, which a calendar app shows in its
# list of calendars) is the plan title on one line, as each event's
# SUMMARY has its session title: a title with a line break, a lone CR or
# a line separator was written with them as “\n”, a name of several
# lines in the calendar list beside every other calendar.
python3 - "$fixtures/plans/logged.json" "$tmp/lines.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
plan["title"] = "Block 1\nEND:VCALENDAR\rfake\u2028line\u2029two\tend"
json.dump(plan, open(sys.argv[2], "w"))
PY
$cli export-ics "$tmp/lines.json" -o "$tmp/lines.ics"
check_exit $? 0 "export-ics writes the calendar of a plan whose title has line breaks"
python3 - "$tmp/lines.ics" <<'PY'
import sys
import icalendar
data = open(sys.argv[1], "rb").read()
cal = icalendar.Calendar.from_ical(data)
name = str(cal["X-WR-CALNAME"])
assert name == "Block 1 END:VCALENDAR fake line two end", repr(name)
# Unfolded, the calendar's own lines hold no escaped line break either.
unfolded = data.replace(b"\r\n ", b"")
line = [l for l in unfolded.split(b"\r\n") if l.startswith(b"X-WR-CALNAME:")]
assert line == [b"X-WR-CALNAME:Block 1 END:VCALENDAR fake line two end"], line
PY
ok $? "the calendar's name is the plan title on one line"

# What a calendar app shows of the events is unchanged: their summaries
# were one line already.
grep -c '^SUMMARY:' "$tmp/lines.ics" | grep -qx 3
ok $? "the three sessions are three events"

# A spreadsheet set to German or French saves “CSV” with semicolons
# between the columns (and a byte order mark, as Excel's “CSV UTF-8”
# does), and its “Text (tab delimited)” with tabs: the header, one field
# then, was said to have no “Date” column, though it names one.
without_log "$fixtures/plans/logged.json" "$tmp/semi.json"
cp "$tmp/semi.json" "$tmp/semi-before.json"
printf '\357\273\277Date;Workout Name;Duration;Exercise Name;Set Order;Weight;Reps;Distance;Seconds;Notes;Workout Notes;RPE\r\n2026-11-23 00:00:00;Lower body A;50m;Narrow Stance Squat;1;42,5;10;;;;;\r\n' > "$tmp/semi.csv"
$cli import-csv "$tmp/semi.json" "$tmp/semi.csv" > "$tmp/semi.out" 2> "$tmp/semi.err"
check_exit $? 2 "import-csv refuses a CSV separated by semicolons"
grep -q 'semi.csv: line 1: the columns are separated by semicolons, not commas' "$tmp/semi.err" &&
  ! grep -q 'has no' "$tmp/semi.err"
ok $? "and says its columns are separated by semicolons, not that it has no Date column"
cmp -s "$tmp/semi.json" "$tmp/semi-before.json" && [ ! -e "$tmp/semi.json~" ]
ok $? "the plan is left as it was"

printf 'Date\tWorkout Name\tExercise Name\tWeight\tReps\r\n2026-11-23\tLower body A\tNarrow Stance Squat\t42.5\t10\r\n' > "$tmp/tabs.csv"
$cli import-csv "$tmp/semi.json" "$tmp/tabs.csv" 2> "$tmp/tabs.err"
check_exit $? 2 "import-csv refuses a CSV separated by tabs"
grep -q 'tabs.csv: line 1: the columns are separated by tabs, not commas' "$tmp/tabs.err"
ok $? "and says its columns are separated by tabs"

# Excel's “Unicode Text” is UTF-16 with its byte order mark (pass 29c,
# left to the lead): named as UTF-16, where it was “not UTF-8 (a byte
# 0xFF there)”.
printf 'Date\tExercise Name\r\n' | iconv -f UTF-8 -t UTF-16 > "$tmp/utf16.csv"
$cli import-csv "$tmp/semi.json" "$tmp/utf16.csv" 2> "$tmp/utf16.err"; status=$?
[ $status = 2 ] && grep -q 'utf16.csv: the file is UTF-16 text (a spreadsheet.s “Unicode text”), not UTF-8; save it as UTF-8 CSV' "$tmp/utf16.err" &&
  cmp -s "$tmp/semi.json" "$tmp/semi-before.json"
ok $? "a UTF-16 CSV is named as such, the plan left as it was"

# Every name quoted (LibreOffice's “quote all text cells”), or a comma
# inside a column's name (review of pass 29c): read as fields, the first
# failed with “text after the closing quote”, the second split at the
# comma and lacked a Date column.
printf '"Date";"Exercise Name";"Weight"\r\n"2026-11-23";"Narrow Stance Squat";"42,5"\r\n' > "$tmp/quoted.csv"
printf 'Date;Exercise Name;Weight (kg, total);Reps\r\n2026-11-23;Narrow Stance Squat;42,5;10\r\n' > "$tmp/comma-name.csv"
$cli import-csv "$tmp/semi.json" "$tmp/quoted.csv" 2> "$tmp/quoted.err"; status=$?
$cli import-csv "$tmp/semi.json" "$tmp/comma-name.csv" 2> "$tmp/comma-name.err"; status2=$?
[ $status = 2 ] && [ $status2 = 2 ] &&
  grep -q 'quoted.csv: line 1: the columns are separated by semicolons, not commas' "$tmp/quoted.err" &&
  grep -q 'comma-name.csv: line 1: the columns are separated by semicolons, not commas' "$tmp/comma-name.err" &&
  cmp -s "$tmp/semi.json" "$tmp/semi-before.json"
ok $? "semicolons are named with every name quoted, and with a comma inside a name"

# A header that lacks a column still says which.
printf 'Date,Workout Name,Reps\r\n2026-11-23,Lower body A,10\r\n' > "$tmp/lacks.csv"
$cli import-csv "$tmp/semi.json" "$tmp/lacks.csv" 2> "$tmp/lacks.err"
grep -q 'line 1: the header has no “Exercise Name” column' "$tmp/lacks.err"
ok $? "a header without a column names the column"

exit $fail
