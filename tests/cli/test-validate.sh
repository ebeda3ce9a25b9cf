#!/bin/sh
# regimen-cli validate: messages, JSON output and exit statuses.
. "$(dirname "$0")/tap.sh"
fixtures=$2/check

echo "1..32"

$cli validate "$fixtures/too-much-hiit.json" >"$tmp/out" 2>"$tmp/err"
check_exit $? 1 "errors exit with 1"
grep -q "^Error \[HIIT-FREQ\] Week 1, Wednesday, “Burpee intervals”: one of 3 HIIT sessions this week (Monday “Burpee intervals”, Wednesday “Burpee intervals”, Friday “Burpee intervals”); 1 a week is the limit while life stress is high: turn one of them into steady cardio, strength or mobility work$" "$tmp/out"
ok $? "the HIIT-FREQ error names the week, day and session, and all the HIIT sessions"
grep -q "^Error \[HIIT-FREQ\] Week 1, Monday" "$tmp/out" && grep -q "^Error \[HIIT-FREQ\] Week 1, Friday" "$tmp/out"
ok $? "every HIIT session of a week over the limit is marked"
grep -q "^3 errors · 1 warning$" "$tmp/out"
ok $? "a summary counts the diagnostics"
test ! -s "$tmp/err"
ok $? "nothing on stderr for a readable plan"

$cli validate "$fixtures/sound.json" >"$tmp/out" 2>&1
check_exit $? 0 "a sound plan exits with 0"
grep -q "^No problems found.$" "$tmp/out"
ok $? "a sound plan says so"

$cli validate "$fixtures/warnings-only.json" >"$tmp/out" 2>&1
check_exit $? 0 "warnings alone exit with 0"
grep -q "^Warning \[HIIT-SPACING\] Week 1, Tuesday" "$tmp/out"
ok $? "the warning is printed"

$cli validate --json "$fixtures/too-much-hiit.json" >"$tmp/json"
check_exit $? 1 "--json keeps the exit status"
python3 - "$tmp/json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
d = doc["diagnostics"]
first = [x for x in d if x["rule"] == "HIIT-FREQ"][0]
assert first["severity"] == "error", first
assert first["location"] == {"week": 0, "day": 0, "session": 0, "item": None}, first
assert "Monday" in first["message"], first
assert all(set(x) == {"rule", "severity", "key", "fingerprint", "message", "location", "block", "acknowledged"} for x in d)
assert all(x["acknowledged"] is None for x in d)
assert doc["draft"] is False
assert first["key"] == "HIIT-FREQ@w0.d0.s0", first
assert [x["rule"] for x in d].count("HIIT-FREQ") == 3
PY
ok $? "--json gives rule, severity, message and location"

$cli validate --json "$fixtures/sound.json" >"$tmp/json"
python3 -c 'import json,sys; assert json.load(open(sys.argv[1])) == {"draft": False, "diagnostics": []}' "$tmp/json"
ok $? "--json of a sound plan is an empty list"

$cli validate "$fixtures/broken.json" >"$tmp/out" 2>"$tmp/err"
check_exit $? 2 "an unreadable plan exits with 2"
grep -qi "broken.json: .*line 3" "$tmp/err"
ok $? "the reader's message, with the line, goes to stderr"

$cli validate "$fixtures/no-such-file.json" >/dev/null 2>&1
check_exit $? 2 "a missing file exits with 2"

$cli validate >/dev/null 2>&1
check_exit $? 64 "no plan is a usage error"

$cli validate --no-such-option "$fixtures/sound.json" >/dev/null 2>&1
check_exit $? 64 "an unknown option is a usage error"

$cli validate --help 2>&1 | grep -q -- "--json"
ok $? "--help explains the options"


# Acknowledged errors: the file names each error with its key and fingerprint
# (as the app writes them) and a reason; validate then passes.
$cli validate --json "$fixtures/too-much-hiit.json" >"$tmp/json"
python3 - "$fixtures/too-much-hiit.json" "$tmp/json" "$tmp/acknowledged.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
d = json.load(open(sys.argv[2]))["diagnostics"]
plan["acknowledgements"] = [{"finding": x["key"], "fingerprint": x["fingerprint"],
                             "reason": "Test week agreed with the coach"}
                            for x in d if x["severity"] == "error"]
json.dump(plan, open(sys.argv[3], "w"), ensure_ascii=False, indent=2)
PY
$cli validate "$tmp/acknowledged.json" >"$tmp/out" 2>&1
check_exit $? 0 "acknowledged errors exit with 0"
grep -q "^  Acknowledged: Test week agreed with the coach$" "$tmp/out"
ok $? "each acknowledged error shows its reason"
errors=$(python3 -c 'import json,sys; print(sum(x["severity"] == "error" for x in json.load(open(sys.argv[1]))["diagnostics"]))' "$tmp/json")
grep -q "^$errors findings acknowledged$" "$tmp/out"
ok $? "the summary counts the acknowledged findings"

$cli validate --json "$tmp/acknowledged.json" >"$tmp/json"
check_exit $? 0 "--json of acknowledged errors exits with 0 too"
python3 - "$tmp/json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))["diagnostics"]
errors = [x for x in d if x["severity"] == "error"]
assert errors and all(x["acknowledged"] == {"reason": "Test week agreed with the coach"} for x in errors), errors
PY
ok $? "--json marks the errors acknowledged, with the reason"

# Changing what a finding is about lifts its acknowledgement.
python3 - "$tmp/acknowledged.json" "$tmp/changed.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
for day in plan["weeks"][0]["days"]:
    for session in day["sessions"]:
        if session["kind"] == "hiit":
            session["rpe"] = 9
json.dump(plan, open(sys.argv[2], "w"), ensure_ascii=False, indent=2)
PY
$cli validate "$tmp/changed.json" >"$tmp/out" 2>&1
check_exit $? 1 "an acknowledgement no longer applies once its finding changed"

# A number just past its bound, or just off a whole number, is said as the
# file has it, never rounded to the bound it breaks (“must be from 0.1 to
# 1, but it is 1”), in any locale.
python3 - "$fixtures/sound.json" "$tmp" <<'PY'
import json, sys
def write(name, change):
    plan = json.load(open(sys.argv[1]))
    change(plan)
    json.dump(plan, open(sys.argv[2] + "/" + name, "w"), indent=2)
def lighter(plan):
    plan["weeks"][0].update(lighter=True, lighter_volume=1.0000001)
def sets(plan):
    for week in plan["weeks"]:
        for day in week["days"]:
            for session in day["sessions"]:
                if session["items"]:
                    session["items"][0]["sets"] = 3.0000001
                    return
write("lighter.json", lighter)
write("sets.json", sets)
PY
sed 's/3.0000001/1e300/' "$tmp/sets.json" >"$tmp/huge.json"
LC_ALL=de_DE.UTF-8 $cli validate "$tmp/lighter.json" 2>"$tmp/err"
check_exit $? 2 "a factor just past its bound is refused"
grep -q 'At \$\.weeks\[0\]\.lighter_volume: must be from 0\.1 to 1, but it is 1\.0000001\.$' "$tmp/err"
ok $? "said as the file has it, not as the bound, with points in a German locale too"
$cli validate "$tmp/sets.json" 2>&1 | grep -q '\.sets: should be a whole number, not 3\.0000001\.$'
ok $? "a count just off a whole number is said as the file has it"
$cli validate "$tmp/huge.json" 2>&1 | grep -q '\.sets: must be from 1 to 20, but it is 1e+300\.$'
ok $? "a count of 1e300 is said in 6 characters, not 301 digits"
sed 's/"load_percent_1rm": 50/"load_percent_1rm": 150/' "$fixtures/sound.json" >"$tmp/percent.json"
$cli validate "$tmp/percent.json" 2>&1 | grep -q '\.load_percent_1rm: must be from 0 to 100, but it is 150\.$'
ok $? "whole numbers are said as whole numbers, not as 1e+02"

# A draft exits with 1 whatever the check finds, and says so.
python3 - "$fixtures/sound.json" "$tmp/draft.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
plan["draft"] = True
json.dump(plan, open(sys.argv[2], "w"), ensure_ascii=False, indent=2)
PY
$cli validate "$tmp/draft.json" >"$tmp/out" 2>&1
check_exit $? 1 "a draft exits with 1"
grep -q "draft" "$tmp/out"
ok $? "a draft says it is one"
$cli validate --json "$tmp/draft.json" >"$tmp/json"
python3 -c 'import json,sys; assert json.load(open(sys.argv[1]))["draft"] is True' "$tmp/json"
ok $? "--json reports the draft"

exit $fail
