#!/bin/sh
# What the last adversarial pass on issue #21 left, on real files: plans
# changed in place inside Regimen's own data folder, two progression
# rules over one exercise of a session whose weeks overlap, and block
# names that show nothing.
. "$(dirname "$0")/tap.sh"

echo "1..6"

# `-o` refused a file in Regimen's data folder, but the commands that
# change their PLAN where it is rewrote a working copy there (which the
# app then replaces or removes as its own) and would write a plan over
# exercises.json. Now each refuses, by any name (the folder itself, a
# link to the file, a link to the folder, “..”, the Flatpak's folder),
# exit status 1, the file untouched.
mkdir -p "$tmp/data/regimen/autosave" "$tmp/home/.var/app/$REGIMEN_TEST_APP_ID/data/regimen" "$tmp/links"
cp "$2/plans/one-week.json" "$tmp/data/regimen/autosave/copy.json"
cat >"$tmp/data/regimen/exercises.json" <<'JSON'
{"format": "regimen-exercises", "version": 1, "exercises": []}
JSON
cp "$tmp/data/regimen/exercises.json" "$tmp/exercises.before"
flatpak="$tmp/home/.var/app/$REGIMEN_TEST_APP_ID/data/regimen"
ln -s "$tmp/data/regimen/autosave/copy.json" "$tmp/links/plan.json"
ln -s "$tmp/data/regimen" "$tmp/links/data"
printf '%s\n' 'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE' \
  '2026-11-23 00:00:00,Lower body A,45m,Narrow Stance Squat,1,40,10,,,,,' >"$tmp/log.csv"
copy="$tmp/data/regimen/autosave/copy.json"
refused=0
for call in "log $copy --session 3idq --status done" \
            "log $tmp/links/plan.json --session 3idq --clear" \
            "block add $tmp/links/data/autosave/copy.json --weeks 1 Base" \
            "week insert $tmp/data/regimen/../regimen/autosave/copy.json 1" \
            "session add $copy --week 1 --day tue" \
            "item edit $copy --item pku4 --sets 5" \
            "progress $tmp/links/data/autosave/../autosave/copy.json --item pku4 --add 1rep --weeks 2" \
            "import-csv $copy $tmp/log.csv" \
            "format $copy"; do
  cp "$2/plans/one-week.json" "$copy"
  XDG_DATA_HOME="$tmp/data" HOME="$tmp/home" $cli $call >"$tmp/out" 2>&1
  status=$?
  if [ "$status" != 1 ] ||
     ! grep -q "^regimen-cli [a-z -]*: $tmp/[^ ]*: it is inside Regimen's data folder, which holds the working copies of unsaved plans and your own exercises" "$tmp/out" ||
     ! cmp -s "$copy" "$2/plans/one-week.json" || ! cmp -s "$tmp/data/regimen/exercises.json" "$tmp/exercises.before"; then
    echo "# $call: exit $status: $(cat "$tmp/out")"
    refused=1
  fi
done
[ "$refused" = 0 ] &&
  [ "$(ls -A "$tmp/data/regimen" | tr '\n' ' ')" = "autosave exercises.json " ] &&
  [ "$(ls -A "$tmp/data/regimen/autosave")" = "copy.json" ]
ok $? "a plan in Regimen's data folder is not changed in place, by any name"

# The Flatpak's data folder too, where the command line outside the
# sandbox does not see its own; a plan outside both is changed as before,
# and the copy in the data folder can still be read.
cp "$2/plans/one-week.json" "$flatpak/copy.json"
cp "$2/plans/one-week.json" "$tmp/plan.json"
XDG_DATA_HOME="$tmp/data" HOME="$tmp/home" $cli log "$flatpak/copy.json" --session 3idq --status done \
  >"$tmp/out" 2>&1
status=$?
[ "$status" = 1 ] && grep -q "it is inside Regimen's data folder" "$tmp/out" &&
  cmp -s "$flatpak/copy.json" "$2/plans/one-week.json" &&
  XDG_DATA_HOME="$tmp/data" HOME="$tmp/home" $cli log "$tmp/plan.json" --session 3idq --status done >/dev/null &&
  grep -q '"status" *: *"done"' "$tmp/plan.json" &&
  XDG_DATA_HOME="$tmp/data" HOME="$tmp/home" $cli log "$copy" --list >/dev/null &&
  XDG_DATA_HOME="$tmp/data" HOME="$tmp/home" $cli format "$copy" --check >/dev/null
ok $? "the Flatpak's data folder is refused too; a plan elsewhere is logged, one inside still read (exit $status)"

# Four weeks of the one-week plan into FILE; week 1's squat with a rule
# over WEEKS weeks, week 3's with a 2-week rule of its own, none written
# yet; BLOCKS: the weeks of each block ("" for none).
overlapping () {
  python3 - "$2/plans/one-week.json" "$1" "$3" "$4" <<'PY'
import copy, json, sys
plan = json.load(open(sys.argv[1]))
week = plan["weeks"][0]
for n in range(1, 4):
    other = copy.deepcopy(week)
    for day in other["days"]:
        for session in day["sessions"]:
            session["id"] = session["id"][:8] + "w%d" % n
            for item in session["items"]:
                item["id"] = item["id"][:8] + "w%d" % n
    plan["weeks"].append(other)
plan["weeks"][0]["days"][0]["sessions"][0]["items"][0]["progression"] = \
    {"rule": "add", "weeks": int(sys.argv[3]), "member": "reps", "step": 1}
plan["weeks"][2]["days"][0]["sessions"][0]["items"][0]["progression"] = \
    {"rule": "add", "weeks": 2, "member": "reps", "step": 2}
if sys.argv[4]:
    plan["blocks"] = [{"name": "Block %d" % (n + 1), "weeks": int(w)}
                      for n, w in enumerate(sys.argv[4].split())]
json.dump(plan, open(sys.argv[2], "w"), indent=2)
PY
}

# Week 1's rule spans weeks 1–4 and week 3's squat, in the same session,
# has a rule of its own: applying week 1's again is refused, yet while
# neither had written into the other's weeks validate said nothing. Now a
# DATA error on week 3's squat, naming both rules' weeks.
overlapping "$tmp/overlap.json" "$2" 4 ""
$cli validate "$tmp/overlap.json" >"$tmp/out" 2>&1
status=$?
[ "$status" = 1 ] &&
  grep -q '^Error \[DATA\] Week 3, Monday, “Lower body A”: Narrow Stance Squat has a progression rule in week 3, inside the weeks the rule of week 1 spans in this session (weeks 1–4): neither rule can be applied over the other; remove one of them or shorten the rule of week 1$' "$tmp/out" &&
  [ "$(grep -c '^Error' "$tmp/out")" = 1 ] &&
  $cli progress "$tmp/overlap.json" --item pku4rcrzoo --add 1rep --weeks 4 >"$tmp/out" 2>&1
[ $? = 1 ] && grep -q "Week 3’s narrow-stance-squat, in the session the rule writes, has a progression rule of its own" "$tmp/out"
ok $? "validate reports two rules whose weeks overlap in one session before either wrote anything (exit $status)"

# Rules that do not overlap are sound: week 1's over two weeks, or over
# four but in a block of two weeks, which it does not pass.
overlapping "$tmp/short.json" "$2" 2 ""
overlapping "$tmp/blocks.json" "$2" 4 "2 2"
$cli validate "$tmp/short.json" >"$tmp/out" 2>&1 && ! grep -q "progression rule in week" "$tmp/out" &&
  $cli validate "$tmp/blocks.json" >"$tmp/out" 2>&1 && ! grep -q "progression rule in week" "$tmp/out"
ok $? "rules whose weeks do not meet, or meet only past the end of a block, are not reported"

# Once week 1's rule wrote its squat into the session beside week 2's
# rule, the finding is the one of two rules' items in a session, said
# once, not a second time as overlapping weeks.
cp "$2/plans/one-week.json" "$tmp/two.json"
$cli progress "$tmp/two.json" --item pku4 --add 1rep --weeks 2 >/dev/null &&
  python3 - "$tmp/two.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
items = plan["weeks"][1]["days"][0]["sessions"][0]["items"]
second = dict(items[0], id="twosquat24")
del second["progressed_from"]
second["progression"] = {"rule": "add", "weeks": 2, "member": "reps", "step": 1}
items.append(second)
json.dump(plan, open(sys.argv[1], "w"))
PY
$cli validate "$tmp/two.json" >"$tmp/out" 2>&1
status=$?
[ "$status" = 1 ] && [ "$(grep -c '^Error' "$tmp/out")" = 1 ] &&
  grep -q "is in this session twice, from two progression rules (of week 1 and of week 2)" "$tmp/out"
ok $? "two rules' items in one session are reported once (exit $status)"

# A block name of zero-width spaces, direction marks and soft hyphens
# showed as a block with no name. `block add` and `block rename` refuse
# it as a blank one, and a file holding one is refused at its JSON path.
cp "$2/plans/four-week.json" "$tmp/named.json"
cp "$tmp/named.json" "$tmp/named.before"
invisible=$(printf '\342\200\213\342\200\216\302\255')
$cli block add "$tmp/named.json" "$invisible" --weeks 1 >/dev/null 2>"$tmp/err"
status=$?
[ "$status" = 64 ] && grep -q 'a block needs a name' "$tmp/err" && cmp -s "$tmp/named.json" "$tmp/named.before" &&
  $cli block add "$tmp/named.json" "Base" --weeks 1 >/dev/null &&
  ! $cli block rename "$tmp/named.json" Base "$invisible" >/dev/null 2>"$tmp/err" &&
  grep -q 'a block needs a name' "$tmp/err" &&
  python3 - "$tmp/named.json" "$tmp/hidden.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
plan["blocks"][0]["name"] = "\u200b\u200f\u00ad"
json.dump(plan, open(sys.argv[2], "w"))
PY
$cli validate "$tmp/hidden.json" >"$tmp/out" 2>&1
[ $? = 2 ] && grep -q 'At \$\.blocks\[0\]\.name: a block needs a name\.' "$tmp/out"
ok $? "a block name of invisible characters is refused as blank, in the file at its path (exit $status)"

exit $fail
