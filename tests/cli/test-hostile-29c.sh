#!/bin/sh
# Issue #21, adversarial pass 29c: the exports and the text paths of the
# command line (what pass 29c found, each on real files).
. "$(dirname "$0")/tap.sh"
fixtures=$2

echo "1..3"

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

exit $fail
