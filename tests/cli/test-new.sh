#!/bin/sh
# regimen-cli new: plans from the templates and blank plans, checked by
# validate and format like any other.
. "$(dirname "$0")/tap.sh"
templates=$2/../../data/templates

echo "1..28"

$cli new --list-templates >"$tmp/list"
check_exit $? 0 "new --list-templates succeeds"
missing=""
for file in "$templates"/*.regimen.json; do
  id=$(basename "$file" .regimen.json)
  grep -q "^$id: " "$tmp/list" || missing="$missing $id"
done
[ -z "$missing" ]
ok $? "it lists every template${missing:+ (missing:$missing)}"

$cli new --list-templates --json >"$tmp/list.json"
python3 - "$tmp/list.json" "$templates" <<'PY'
import json, os, sys
listed = json.load(open(sys.argv[1]))["templates"]
files = sorted(f[:-len(".regimen.json")] for f in os.listdir(sys.argv[2]) if f.endswith(".regimen.json"))
assert sorted(t["id"] for t in listed) == files, listed
for t in listed:
    weeks = len(json.load(open(os.path.join(sys.argv[2], t["id"] + ".regimen.json")))["weeks"])
    assert t["title"] and t["description"] and t["weeks"] == weeks, t
PY
ok $? "--json gives id, title, description and weeks of each"

# Every template makes a plan that validate reads and passes, with the
# template's weeks (the canonical form leaves out what is false or unset;
# ids, and the links to them, are the plan's own).
result=0
for file in "$templates"/*.regimen.json; do
  id=$(basename "$file" .regimen.json)
  $cli new --template "$id" -o "$tmp/$id.json" || { echo "# new --template $id failed"; result=1; continue; }
  $cli validate "$tmp/$id.json" >"$tmp/validate" || { echo "# $id does not validate:"; sed 's/^/# /' "$tmp/validate"; result=1; }
  [ "$(cat "$tmp/validate")" = "No problems found." ] || { echo "# $id is not clean:"; sed 's/^/# /' "$tmp/validate"; result=1; }
  # Saved as the plan writer writes it: read again and written, the same bytes.
  $cli format --check "$tmp/$id.json" || { echo "# $id is not written as format writes it"; result=1; }
  python3 - "$tmp/$id.json" "$file" <<'PY' || result=1
import json, sys
def norm(x):
    if isinstance(x, dict):
        return {k: norm(v) for k, v in x.items() if v is not False and v is not None and k not in ("id", "progressed_from")}
    if isinstance(x, list):
        return [norm(v) for v in x]
    return x
plan, template = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
# A template's label that only repeats its week's place is left out.
for place, week in enumerate(template["weeks"], 1):
    if week.get("label") == "Week %d" % place:
        del week["label"]
assert norm(plan["weeks"]) == norm(template["weeks"]), "the weeks differ from the template's"
# The ids are new in each plan; what a progression rule wrote stays linked to its source.
items = [i for w in plan["weeks"] for d in w["days"] for s in d["sessions"] for i in s["items"]]
sources = {i["id"] for i in items if "progression" in i}
assert all(i["progressed_from"] in sources for i in items if "progressed_from" in i), "a link is broken"
assert plan["athlete"] == template["athlete"]
assert "x-regimen-template" not in plan and "start_date" not in plan
PY
done
ok $result "a plan from each template validates clean, is written as format writes it and has the template's weeks"

$cli format --check "$tmp/sprinter-strength.json"
ok $? "and is written in canonical form"

$cli new -o "$tmp/blank.json" --weeks 4
check_exit $? 0 "a blank plan of 4 weeks"
python3 - "$tmp/blank.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
assert len(plan["weeks"]) == 4
assert all(len(w["days"]) == 7 and not any(d["sessions"] for d in w["days"]) for w in plan["weeks"])
PY
ok $? "has four empty weeks of seven days"

$cli new -o "$tmp/one.json" --start 2027-01-04 --title "Block 1"
check_exit $? 0 "a blank plan with --start and --title"
python3 - "$tmp/one.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
assert len(plan["weeks"]) == 1 and plan["start_date"] == "2027-01-04" and plan["title"] == "Block 1", plan
PY
ok $? "has one week, the start date and the title"

$cli new --template sprinter-strength -o "$tmp/three.json" --weeks 3
check_exit $? 0 "a one-week template with --weeks 3"
python3 - "$tmp/three.json" "$tmp/sprinter-strength.json" <<'PY'
import json, sys
def strip(x):
    if isinstance(x, dict):
        return {k: strip(v) for k, v in x.items() if k != "id"}
    if isinstance(x, list):
        return [strip(v) for v in x]
    return x
def ids(x):
    if isinstance(x, dict):
        return ([x["id"]] if "id" in x else []) + [i for v in x.values() for i in ids(v)]
    if isinstance(x, list):
        return [i for v in x for i in ids(v)]
    return []
plan, template = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
weeks = plan["weeks"]
assert len(weeks) == 3
days = template["weeks"][0]["days"]
assert all(strip(w["days"]) == strip(days) for w in weeks), "every week repeats the template's"
assert len(set(ids(weeks))) == len(ids(weeks)), "the repeats have ids of their own"
assert all("label" not in w for w in weeks), "a label that only repeats the week's place is left out"
PY
ok $? "repeats the template's week, none labelled “Week N” (shown by their place)"

$cli new --template core-series -o "$tmp/two.json" --weeks 2
python3 - "$tmp/two.json" "$tmp/core-series.json" <<'PY'
import json, sys
def strip(x):
    if isinstance(x, dict):
        return {k: strip(v) for k, v in x.items() if k not in ("id", "progressed_from")}
    if isinstance(x, list):
        return [strip(v) for v in x]
    return x
plan, template = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
assert strip(plan["weeks"]) == strip(template["weeks"][:2])
PY
ok $? "--weeks 2 keeps the first two weeks of a longer template"

$cli new -o "$tmp/wednesday.json" --start 2027-01-06 2>"$tmp/err"
check_exit $? 64 "a start that is not a Monday is a usage error"
grep -q '2027-01-06 is a Wednesday, but a plan starts on a Monday; the Monday of that week is 2027-01-04' "$tmp/err" &&
  [ ! -e "$tmp/wednesday.json" ]
ok $? "which names the Monday of that week, and writes nothing"

$cli new -o "$tmp/x.json" --start 2027-02-30 2>/dev/null
r=$?
$cli new -o "$tmp/x.json" --weeks 0 2>/dev/null
r2=$?
$cli new --template sprinter-strength --weeks 105 2>/dev/null
r3=$?
[ "$r" = 64 ] && [ "$r2" = 64 ] && [ "$r3" = 64 ] && [ ! -e "$tmp/x.json" ]
ok $? "a date that does not exist, 0 or 105 weeks, or no -o are usage errors"

$cli new --template sprint -o "$tmp/x.json" 2>"$tmp/err"
check_exit $? 64 "an unknown template is a usage error"
grep -q 'No template has the id “sprint”' "$tmp/err" && grep -q '^  sprinter-strength ' "$tmp/err" &&
  [ ! -e "$tmp/x.json" ]
ok $? "which suggests the nearest template"

cp "$tmp/one.json" "$tmp/keep.json"
$cli new -o "$tmp/one.json" --weeks 2 2>"$tmp/err"
check_exit $? 1 "an existing file is not replaced"
cmp -s "$tmp/one.json" "$tmp/keep.json" && grep -q 'one.json already exists; give --force to replace it' "$tmp/err"
ok $? "it is left as it was, and the message says how to replace it"

$cli new -o "$tmp/one.json" --weeks 2 --force
check_exit $? 0 "--force replaces it"
cmp -s "$tmp/one.json~" "$tmp/keep.json" &&
  [ "$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["weeks"]))' "$tmp/one.json")" = 2 ]
ok $? "keeping the old plan as PLAN~"

$cli new --template strong-enough-to-run --weeks 2 -o - >"$tmp/stdout.json"
check_exit $? 0 "-o - prints the plan"
$cli validate "$tmp/stdout.json" >/dev/null && [ ! -e ./- ] &&
  [ "$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["weeks"]))' "$tmp/stdout.json")" = 2 ]
ok $? "a whole plan, on standard output only"

$cli new --help | grep -q -- '--list-templates'
ok $? "--help explains the options"

# A repeated last week is a fresh start: the exercises its rules wrote are
# copied as exercises of their own, so applying the rule again (here with
# a higher cap) rewrites the stage's weeks and leaves the repeats alone;
# week 12 is a lighter week, so the rule's 4 sets come out as 4 × 0.6 → 2.
$cli new --template pistol-squat-12-weeks -o "$tmp/long.json" --weeks 14 --level advanced --life-stress high \
  --baseline-load 400.5 --max-hiit 0 >/dev/null &&
  source=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["weeks"][9]["days"][0]["sessions"][0]["items"][0]["id"])' "$tmp/long.json") &&
  $cli progress "$tmp/long.json" --item "$source" --add 1set --up-to 4sets --weeks 3 >/dev/null &&
  python3 - "$tmp/long.json" "$source" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
assert plan["athlete"] == {"level": "advanced", "life_stress": "high", "baseline_weekly_load": 400.5,
                           "max_hiit_per_week": 0}, plan["athlete"]
def monday(week):
    item, = plan["weeks"][week]["days"][0]["sessions"][0]["items"]
    return item["sets"], item.get("progressed_from")
assert [monday(w) for w in (10, 11)] == [(3, sys.argv[2]), (2, sys.argv[2])], [monday(w) for w in (10, 11)]
assert [monday(w) for w in (12, 13)] == [(2, None), (2, None)], [monday(w) for w in (12, 13)]
PY
ok $? "weeks repeated by --weeks are linked to no rule, and a rule applied again leaves them"
$cli new -o "$tmp/athlete.json" --level expert 2>"$tmp/err"
check_exit $? 64 "an athlete option misspelt is wrong usage"


# --start is read as the reader reads start_date: a Monday before 1900
# is wrong usage, not a plan written without its start date.
$cli new -o "$tmp/early.json" --start 1899-12-25 2>"$tmp/err"
check_exit $? 64 "a start before 1900 is wrong usage"
[ ! -e "$tmp/early.json" ] && grep -q "1899-12-25” is not a date from 1900 to 2999" "$tmp/err" &&
  ! $cli new -o "$tmp/early.json" --start "2026- 1- 5" 2>/dev/null && [ ! -e "$tmp/early.json" ]
ok $? "nothing is written, and 2026- 1- 5 is no date either"

exit $fail
