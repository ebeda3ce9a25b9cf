#!/bin/sh
# regimen-cli export-ics: one event per session, read back with python3-icalendar.
. "$(dirname "$0")/tap.sh"
plan=$2/ui/two-weeks.regimen.json

echo "1..18"

if ! /usr/bin/python3 -c 'import icalendar' 2>/dev/null; then
  echo "Bail out! python3-icalendar is not installed (apt-get install python3-icalendar)"
  exit 1
fi

$cli export-ics "$plan" -o "$tmp/a.ics"
check_exit $? 0 "export-ics succeeds"
$cli export-ics "$plan" -o "$tmp/b.ics"
check_exit $? 0 "export-ics succeeds a second time"

# Every session becomes one event on its date (start date + 7 × week + day).
/usr/bin/python3 - "$plan" "$tmp/a.ics" <<'PY'
import datetime, json, sys, icalendar
plan = json.load(open(sys.argv[1]))
cal = icalendar.Calendar.from_ical(open(sys.argv[2], "rb").read())
events = cal.walk("VEVENT")
start = datetime.date.fromisoformat(plan["start_date"])
expected = []
for w, week in enumerate(plan["weeks"]):
    for d, day in enumerate(week["days"]):
        for s in day["sessions"]:
            expected.append((start + datetime.timedelta(days=7 * w + d), s["title"]))
assert len(events) == len(expected) == 3, (len(events), expected)
for event, (date, title) in zip(events, expected):
    assert event.decoded("DTSTART") == date, (event.decoded("DTSTART"), date)
    assert event.decoded("DTEND") == date + datetime.timedelta(days=1)
    assert str(event["SUMMARY"]).startswith(title), event["SUMMARY"]
PY
ok $? "one event per session, on the session's date"

/usr/bin/python3 - "$tmp/a.ics" "$tmp/b.ics" <<'PY'
import sys, icalendar
uids = [[str(e["UID"]) for e in icalendar.Calendar.from_ical(open(p, "rb").read()).walk("VEVENT")]
        for p in sys.argv[1:]]
assert len(set(uids[0])) == len(uids[0]), uids
assert uids[0] == uids[1], uids
assert all(u.endswith("@regimen.invalid") for u in uids[0]), uids
PY
ok $? "UIDs are unique and stable across runs"

/usr/bin/python3 - "$tmp/a.ics" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
assert data.endswith(b"\r\n")
lines = data.split(b"\r\n")[:-1]
assert all(b"\n" not in l and b"\r" not in l for l in lines), "bare LF or CR"
assert all(len(l) <= 75 for l in lines), max(len(l) for l in lines)
for l in lines:
    l.decode("utf-8")
assert lines[0] == b"BEGIN:VCALENDAR" and lines[-1] == b"END:VCALENDAR"
PY
ok $? "CRLF line ends, lines of at most 75 octets, each valid UTF-8"

# Escaping and folding: commas, semicolons, backslashes, a newline and
# long multi-byte text survive the round trip.
/usr/bin/python3 - "$plan" "$tmp/odd.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
s = plan["weeks"][0]["days"][0]["sessions"][0]
s["title"] = "Squat, lunge; core \\ day"
plan["weeks"][0]["days"][2]["sessions"][0]["title"] = "Übungen für Oberschenkel und Gesäß " * 4
plan["title"] = "Kraft, Ausdauer; Block 1"
json.dump(plan, open(sys.argv[2], "w"), ensure_ascii=False)
PY
$cli export-ics "$tmp/odd.json" -o "$tmp/odd.ics"
check_exit $? 0 "export-ics of a plan with odd characters succeeds"
/usr/bin/python3 - "$tmp/odd.ics" <<'PY'
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
events = cal.walk("VEVENT")
assert str(events[0]["SUMMARY"]) == "Squat, lunge; core \\ day (Strength)", repr(str(events[0]["SUMMARY"]))
assert str(events[1]["SUMMARY"]).startswith("Übungen für Oberschenkel und Gesäß " * 4), str(events[1]["SUMMARY"])
assert str(cal["X-WR-CALNAME"]) == "Kraft, Ausdauer; Block 1"
description = str(events[0]["DESCRIPTION"]).split("\n")
assert len(description) == 3, description
assert description[1].startswith("1a "), description
PY
ok $? "a SUMMARY with a comma, a semicolon and a backslash round-trips"
grep -q 'SUMMARY:Squat\\, lunge\\; core \\\\ day' "$tmp/odd.ics"
ok $? "the SUMMARY is escaped as RFC 5545 asks"

# A session with a time is a timed event in floating local time, for its
# minutes (or its estimate); one without stays an all-day event.
/usr/bin/python3 - "$plan" "$tmp/timed.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
s = plan["weeks"][0]["days"][0]["sessions"][0]
s["time"] = "23:30"
s["minutes"] = 45
estimated = plan["weeks"][0]["days"][2]["sessions"][0]
estimated["time"] = "18:00"
estimated.pop("minutes", None)
json.dump(plan, open(sys.argv[2], "w"), ensure_ascii=False)
PY
$cli export-ics "$tmp/timed.json" -o "$tmp/timed.ics"
check_exit $? 0 "export-ics of a plan with a timed session succeeds"
/usr/bin/python3 - "$tmp/timed.json" "$tmp/timed.ics" <<'PY'
import datetime, json, sys, icalendar
plan = json.load(open(sys.argv[1]))
cal = icalendar.Calendar.from_ical(open(sys.argv[2], "rb").read())
timed, estimated, *rest = cal.walk("VEVENT")
start = datetime.date.fromisoformat(plan["start_date"])
begin = timed.decoded("DTSTART")
assert begin == datetime.datetime.combine(start, datetime.time(23, 30)), begin
assert begin.tzinfo is None, "a floating time has no zone"
# 45 minutes: past midnight, into the next day.
assert timed.decoded("DTEND") == begin + datetime.timedelta(minutes=45), timed.decoded("DTEND")
assert str(timed["TRANSP"]) == "OPAQUE"
# No minutes: as long as the estimate the description gives.
about = int(str(estimated["DESCRIPTION"]).split("about ")[1].split(" min")[0])
assert about > 0
assert estimated.decoded("DTSTART") == datetime.datetime.combine(start + datetime.timedelta(days=2), datetime.time(18, 0))
assert estimated.decoded("DTEND") - estimated.decoded("DTSTART") == datetime.timedelta(minutes=about)
assert rest and all(type(e.decoded("DTSTART")) is datetime.date for e in rest), rest
assert all(str(e["TRANSP"]) == "TRANSPARENT" for e in rest)
text = open(sys.argv[2], "rb").read()
assert b"DTSTART:" in text and b"DTSTART;VALUE=DATE:" in text
PY
ok $? "a session at 23:30 is a timed 45-minute event, one at 18:00 lasts its estimate; the others stay all-day"

# --start moves the plan; it must be a Monday.
$cli export-ics "$plan" --start 2027-01-04 -o "$tmp/moved.ics"
check_exit $? 0 "--start with a Monday succeeds"
grep -q '^DTSTART;VALUE=DATE:20270104' "$tmp/moved.ics"
ok $? "--start moves the first session to that Monday"
$cli export-ics "$plan" --start 2027-01-05 -o "$tmp/tuesday.ics" 2>"$tmp/err"
check_exit $? 64 "--start on a Tuesday is refused"
grep -v start_date "$plan" >"$tmp/undated.json"
$cli export-ics "$tmp/undated.json" -o "$tmp/undated.ics" 2>"$tmp/err"
check_exit $? 64 "a plan without a start date needs --start"
$cli export-ics "$2/ui/malformed.regimen.json" -o "$tmp/bad.ics" 2>/dev/null
check_exit $? 2 "an unreadable plan exits with 2"
$cli export-ics --start nonsense "$plan" 2>/dev/null
check_exit $? 64 "a malformed --start is a usage error"

# Issue 21, adversarial pass 27: a session's title, an exercise's group
# and a custom exercise's name (a hand-edited exercises.json) are one line
# in the window; their line breaks reached the calendar as line breaks of
# the event's summary and description, a name split as if it were two
# exercises. They are written on one line, as the window shows them;
# notes keep theirs.
mkdir -p "$tmp/data/regimen"
cat >"$tmp/data/regimen/exercises.json" <<'JSON'
{"format": "regimen-exercises", "version": 1, "exercises": [
  {"id": "custom-split", "name": "Split\nName", "category": "strength"}]}
JSON
python3 - "$plan" "$tmp/broken.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
session = next(s for w in plan["weeks"] for d in w["days"] for s in d["sessions"] if s.get("items"))
session["title"] = "Lower\nbody"
session["items"][0]["exercise"] = "custom-split"
session["items"][0]["group"] = "1a\nx"
session["items"][0]["notes"] = "first\nsecond"
json.dump(plan, open(sys.argv[2], "w"))
PY
XDG_DATA_HOME="$tmp/data" $cli export-ics "$tmp/broken.json" -o "$tmp/broken.ics"
check_exit $? 0 "export-ics writes a plan whose texts hold line breaks"
python3 - "$tmp/broken.ics" <<'PY'
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
event = next(e for e in cal.walk("VEVENT") if "Lower" in str(e["SUMMARY"]))
summary = str(event["SUMMARY"])
description = str(event["DESCRIPTION"])
assert summary.startswith("Lower body ("), summary
assert "\n1a x Split Name: " in description, description
assert "(first\nsecond)" in description, description
PY
ok $? "a title, a group and an exercise's name are one line in the event; notes keep their lines"

exit $fail
