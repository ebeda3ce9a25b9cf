#!/bin/sh
# regimen-cli session and item: add, remove and change sessions and
# exercises, each run one change saved atomically; wrong options are named
# and change nothing, a logged session changes only with --force.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..14"

cp "$plans/one-week.json" "$tmp/plan.json"
$cli session add "$tmp/plan.json" --week 1 --day tue --day SAT --kind mobility --title "Hips" --rpe 3 \
  --minutes 20 >"$tmp/out"
check_exit $? 0 "session add puts a session on each day given"
grep -q '^Added session [a-z0-9]*: “Hips” (week 1, Tue)\.$' "$tmp/out" &&
  grep -q '^Added session [a-z0-9]*: “Hips” (week 1, Sat)\.$' "$tmp/out" &&
  cmp -s "$tmp/plan.json~" "$plans/one-week.json"
ok $? "and names each with its id; the previous version is kept"
hips=$(sed -n 's/^Added session \([^:]*\):.*/--session \1/p' "$tmp/out")

$cli item add "$tmp/plan.json" $hips --session 3idq --exercise pelvic-tilt --sets 2 --reps 8 --hold 5s \
  --rest 30s --tempo 2020 --load-pct 20 --load 135lb --per-side --notes "slow" >"$tmp/out"
check_exit $? 0 "item add puts the exercise into each session given, by id or code"
item=$(sed -n '3s/^Added item \([^:]*\):.*/\1/p' "$tmp/out")
[ "$(grep -c '^Added item [a-z0-9]*: pelvic-tilt 2 × 5 s each side · 2-0-2-0 · 61.23 kg' "$tmp/out")" = 3 ] &&
  grep -q 'to “Lower body A” (week 1, Mon)\.$' "$tmp/out"
ok $? "and names each exercise with its id and prescription"

$cli item edit "$tmp/plan.json" --item "$item" --sets 4 --load none --tempo none --both-sides \
  --exercise glute-bridge >"$tmp/out"
check_exit $? 0 "item edit changes the fields given; none removes one"
python3 - "$tmp/plan.json" "$item" <<'PY'
import json, sys
days = json.load(open(sys.argv[1]))["weeks"][0]["days"]
hips = [s for d in (1, 5) for s in days[d]["sessions"]]
assert [(s["title"], s["kind"], s["rpe"], s["minutes"]) for s in hips] == [("Hips", "mobility", 3, 20)] * 2, hips
tilt = {"exercise": "pelvic-tilt", "sets": 2, "reps": 8, "hold_seconds": 5, "per_side": True, "tempo": "2020",
        "rest_seconds": 30, "load_percent_1rm": 20, "load_kg": 61.235, "notes": "slow"}
for s in hips:
    item, = s["items"]
    item.pop("id")
    item["load_kg"] = round(item["load_kg"], 3)
    assert item == tilt, item
edited = days[0]["sessions"][0]["items"][-1]
assert edited == {"id": sys.argv[2], "exercise": "glute-bridge", "sets": 4, "reps": 8, "hold_seconds": 5,
                  "rest_seconds": 30, "load_percent_1rm": 20, "notes": "slow"}, edited
PY
ok $? "the plan holds the sessions and exercises as given and edited"

cp "$tmp/plan.json" "$tmp/before.json"
r=0
for args in "session add --week 1 --day mon --rpe 11" "session add --week 1 --day someday" \
            "item add --session 3idq --exercise pelvic-tilt --sets 0x3" "item add --session 3idq --exercise pelvc-tilt" \
            "item edit --item $item --load 1e3kg" "item add --session 3idq --exercise pelvic-tilt --week 1"; do
  set -- $args
  command=$1 action=$2
  shift 2
  $cli $command $action "$tmp/plan.json" "$@" 2>>"$tmp/err" >/dev/null
  [ $? = 64 ] || r=1
done
$cli session add "$tmp/plan.json" --week 3 --day mon 2>>"$tmp/err"; [ $? = 2 ] || r=1
[ $r = 0 ] && cmp -s "$tmp/plan.json" "$tmp/before.json"
ok $? "wrong options are wrong usage (64), a week the plan does not have exit status 2; nothing changes"
grep -q -- '--rpe takes a whole number from 1 to 10, not “11”' "$tmp/err" &&
  grep -q -- '--day takes a day of the week, mon to sun, not “someday”' "$tmp/err" &&
  grep -q -- '“0x3” is not a whole number for --sets' "$tmp/err" &&
  grep -q 'No exercise has the id “pelvc-tilt”' "$tmp/err" &&
  grep -q -- '--load takes a load up to 1000 kg (2204.62 lb), such as 62.5kg or 135lb, not “1e3kg”' "$tmp/err" &&
  grep -q -- '--week does not go with `item add`' "$tmp/err" &&
  grep -q 'plan.json: there is no week 3: the plan has 1 week' "$tmp/err"
ok $? "each message names the option or what is missing ($(wc -l <"$tmp/err") lines)"

cp "$plans/logged.json" "$tmp/logged.json"
$cli session remove "$tmp/logged.json" --session wedrun 2>"$tmp/err"
check_exit $? 1 "a logged session is not removed without --force"
grep -q '“Easy run” (week 1, Wed) was logged; nothing changed' "$tmp/err" && cmp -s "$tmp/logged.json" "$plans/logged.json"
ok $? "which the message says, and the plan is as it was"
$cli session remove "$tmp/logged.json" --session wedrun --force >/dev/null &&
  $cli item remove "$tmp/logged.json" --item frilift002 --force >/dev/null &&
  python3 - "$tmp/logged.json" <<'PY'
import json, sys
days = json.load(open(sys.argv[1]))["weeks"][0]["days"]
assert days[2]["sessions"] == [], days[2]
assert days[4]["sessions"][0]["items"] == [], days[4]
PY
ok $? "with --force the session, and an exercise, are removed"

# Pass 7, A2: --rest 0 is no rest at all, the file's "rest_seconds": 0 (a
# superset's first exercises), not wrong usage; --rest none leaves it out.
cp "$plans/one-week.json" "$tmp/rest.json"
$cli item add "$tmp/rest.json" --session 3idq --exercise pelvic-tilt --sets 2 --rest 0 >/dev/null &&
  $cli item edit "$tmp/rest.json" --item pku4 --rest 0s >/dev/null &&
  python3 - "$tmp/rest.json" <<'PY'
import json, sys
items = json.load(open(sys.argv[1]))["weeks"][0]["days"][0]["sessions"][0]["items"]
assert items[0]["rest_seconds"] == 0 and items[-1]["rest_seconds"] == 0, items
PY
ok $? "--rest 0 writes no rest for item add and item edit"


# An empty id (a script's unset variable) is the start of every id, but
# names no session: the only session of a plan is not removed.
cp "$plans/one-week.json" "$tmp/empty-id.json"
$cli session remove "$tmp/empty-id.json" --session "" >/dev/null 2>"$tmp/err"
check_exit $? 2 "an empty --session names no session, not the only one"

# In the C locale (cron, a container) the character set is ASCII; a title
# with an accent is still UTF-8 text, not an invalid byte sequence.
LC_ALL=C $cli session add "$tmp/empty-id.json" --week 1 --day tue --title "Müller" >/dev/null 2>"$tmp/err" &&
  grep -q '"title": "Müller"' "$tmp/empty-id.json"
ok $? "a non-ASCII title is taken in the C locale"

exit $fail
