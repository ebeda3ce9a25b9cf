#!/bin/sh
# Issue 21, pass 18 (core and command line): a progression rule that does
# not fit its exercise is a DATA error, -o /dev/stdout into a pipe is
# refused as what it is, and progress names the plan it could not save.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..15"

# A rule on a member the exercise does not have: narrow-stance-squat of
# progression.json is sets × reps at a %1RM, given a rule on hold_seconds,
# on load_kg and on an interval's rounds.
for member in hold_seconds load_kg rounds; do
  /usr/bin/python3 - "$plans/progression.json" "$tmp/$member.json" "$member" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
item = plan["weeks"][0]["days"][0]["sessions"][0]["items"][0]
assert item["exercise"] == "narrow-stance-squat", item
assert sys.argv[3] not in item and "interval" not in item, item
item["progression"] = {"rule": "add", "weeks": 4, "member": sys.argv[3], "step": 1}
json.dump(plan, open(sys.argv[2], "w"), indent=2)
PY
  LANGUAGE=C $cli validate "$tmp/$member.json" > "$tmp/out" 2>&1
  check_exit $? 1 "validate fails a rule adding to $member, which the exercise lacks"
  grep -q "^Error \[DATA\] Week 1, Monday, “Lower body A”: the progression rule of Narrow Stance Squat does not fit it: The exercise has no $member to add to\.$" "$tmp/out"
  ok $? "the finding names the exercise's place and $member"
done

# An edit that takes away what the rule adds to keeps the rule: the
# check says so instead of a clean plan whose rule applies to nothing.
cp "$plans/progression.json" "$tmp/edited.json"
$cli item edit "$tmp/edited.json" --item pku4 --load-pct none > /dev/null &&
  $cli item edit "$tmp/edited.json" --item ggdm --exercise burpee > /dev/null
ok $? "the %1RM of an exercise with a %1RM rule and a chained exercise's name edited"
LANGUAGE=C $cli validate --json "$tmp/edited.json" > "$tmp/out.json"
check_exit $? 1 "validate fails the rules the edits left without what they step"
/usr/bin/python3 - "$tmp/out.json" <<'PY'
import json, sys
found = [(d["location"]["item"], d["message"]) for d in json.load(open(sys.argv[1]))["diagnostics"]
         if d["rule"] == "DATA" and d["severity"] == "error"]
assert [i for i, _ in found] == [0, 1], found
assert found[0][1].endswith("The exercise has no load_percent_1rm to add to."), found
assert found[1][1].endswith("“burpee” has no next stage in the library."), found
PY
ok $? "each finding is the item's, saying what its rule lacks"
$cli validate "$plans/progression.json" > /dev/null
check_exit $? 0 "the rules that fit stay clean"

# -o /dev/stdout into a pipe: /dev/stdout links to “pipe:[N]”, no file
# at all. It is refused as a pipe is, not as a file that cannot be
# reached; -o - writes to standard output.
for command in export-ics export-csv format print; do
  { $cli $command "$plans/progression.json" -o /dev/stdout 2> "$tmp/err"; echo $? > "$tmp/status"; } | cat > /dev/null
  [ "$(cat "$tmp/status")" = 1 ] &&
    grep -q "^regimen-cli $command: /dev/stdout: .*“/dev/stdout”: it is not a regular file\.$" "$tmp/err" &&
    ! grep -q "No such file" "$tmp/err"
  ok $? "$command -o /dev/stdout into a pipe: not a regular file ($(cat "$tmp/err"))"
done

# The plan progress could not save is named as it was given.
cp "$plans/progression.json" "$tmp/read-only.json"
chmod a-w "$tmp/read-only.json"
cli_path=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
(cd "$tmp" && LANGUAGE=C ${REGIMEN_CLI_WRAPPER:-} "$cli_path" progress read-only.json --item pku4 --add 1% --weeks 3) 2> "$tmp/err"
[ $? = 1 ] && grep -q "^regimen-cli progress: read-only.json: Could not save the plan as “.*read-only.json”: the file is read-only\.$" "$tmp/err"
ok $? "progress names the plan it could not save ($(cat "$tmp/err"))"

exit $fail
