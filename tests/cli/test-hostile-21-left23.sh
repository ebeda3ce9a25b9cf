#!/bin/sh
# What the last adversarial pass on issue #21 left, on real files: two
# progression rules over one exercise in a session, and output paths in
# Regimen's own data folder.
. "$(dirname "$0")/tap.sh"

echo "1..5"

# narrow-stance-squat (as "reps rule") in each week of PLAN, in order:
# "-" for no squat that week, else one word a squat, ":" between two in
# one week: its reps, "R" when it has a rule, "<N" when week N's rule
# wrote it.
squats () {
  python3 - "$1" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
where = {i["id"]: n + 1 for n, w in enumerate(plan["weeks"])
         for d in w["days"] for s in d["sessions"] for i in s["items"]}
out = []
for w in plan["weeks"]:
    found = [i for d in w["days"] for s in d["sessions"] for i in s["items"]
             if i["exercise"] == "narrow-stance-squat"]
    out.append(":".join(str(i["reps"]) + ("R" if "progression" in i else "") +
                        ("<%d" % where[i["progressed_from"]] if i.get("progressed_from") in where else "")
                        for i in found) or "-")
print(" ".join(out))
PY
}

# Week 1 copied onto week 2 before the squat had a rule, then a 3-week
# rule applied: week 2 held two squats, the copy and the rule's, and
# validate said nothing. The rule takes the copy over.
cp "$2/plans/one-week.json" "$tmp/over.json"
$cli week insert "$tmp/over.json" 2 >/dev/null &&
  $cli week copy "$tmp/over.json" 1 2 >/dev/null &&
  $cli progress "$tmp/over.json" --item pku4 --add 1rep --weeks 3 >/dev/null &&
  [ "$(squats "$tmp/over.json")" = "10R 11<1 12<1" ]
ok $? "a rule applied over a week holding its exercise in that session takes it over ($(squats "$tmp/over.json"))"

# The week of a rule's own squat (week 2) copied onto week 1 kept the
# rule: two rules over weeks 2 and 3, and applying the copy's wrote a
# second squat beside each of the first's. The copy has no rule now,
# and applying one to it is refused, naming the week, nothing written.
cp "$2/plans/one-week.json" "$tmp/earlier.json"
$cli week insert "$tmp/earlier.json" 1 >/dev/null &&
  $cli progress "$tmp/earlier.json" --item pku4 --add 1rep --weeks 3 >/dev/null &&
  $cli week copy "$tmp/earlier.json" 2 1 >/dev/null &&
  [ "$(squats "$tmp/earlier.json")" = "10 10R 11<2 12<2" ] &&
  copy=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["weeks"][0]["days"][0]["sessions"][0]["items"][0]["id"])' "$tmp/earlier.json") &&
  cp "$tmp/earlier.json" "$tmp/earlier.before" &&
  { $cli progress "$tmp/earlier.json" --item "$copy" --add 1rep --weeks 3 >"$tmp/out" 2>&1; [ $? = 1 ]; } &&
  grep -q 'Week 2’s narrow-stance-squat, in the session the rule writes, has a progression rule of its own; remove that rule first.' "$tmp/out" &&
  cmp -s "$tmp/earlier.json" "$tmp/earlier.before"
ok $? "a rule's week copied onto the week before it leaves one rule ($(squats "$tmp/earlier.json"))"

# Block A (weeks 1-2, a 2-week rule) copied onto weeks 5-6 of block B,
# whose 6-week rule from week 3 writes them: the copies kept A's rule
# and what it wrote, and B's rule applied again wrote a second squat
# beside each. The copies take the place of what B's rule wrote.
cp "$2/plans/one-week.json" "$tmp/blocks.json"
$cli block add "$tmp/blocks.json" A --weeks 2 >/dev/null &&
  $cli block add "$tmp/blocks.json" B --weeks 6 >/dev/null &&
  $cli week copy "$tmp/blocks.json" 1 3 >/dev/null &&
  $cli progress "$tmp/blocks.json" --item pku4 --add 1rep --weeks 2 >/dev/null &&
  b=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["weeks"][2]["days"][0]["sessions"][0]["items"][0]["id"])' "$tmp/blocks.json") &&
  $cli progress "$tmp/blocks.json" --item "$b" --add 2rep --weeks 6 >/dev/null &&
  $cli block copy "$tmp/blocks.json" A 5 >/dev/null &&
  [ "$(squats "$tmp/blocks.json")" = "10R 11<1 10R 12<3 10<3 11<3 18<3 20<3" ] &&
  $cli progress "$tmp/blocks.json" --item "$b" --add 2rep --weeks 6 >/dev/null &&
  [ "$(squats "$tmp/blocks.json")" = "10R 11<1 10R 12<3 14<3 16<3 18<3 20<3" ]
ok $? "a block copied over another rule's weeks leaves that rule the one owner ($(squats "$tmp/blocks.json"))"

# A file where one session holds the squat twice from two rules (week
# 1's, and a rule of its own on the second): validate says so, a DATA
# error naming the week, day and session.
cp "$2/plans/one-week.json" "$tmp/two.json"
$cli progress "$tmp/two.json" --item pku4 --add 1rep --weeks 2 >/dev/null &&
  python3 - "$tmp/two.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
items = plan["weeks"][1]["days"][0]["sessions"][0]["items"]
second = dict(items[0], id="twosquat22")
del second["progressed_from"]
second["progression"] = {"rule": "add", "weeks": 2, "member": "reps", "step": 1}
items.append(second)
json.dump(plan, open(sys.argv[1], "w"))
PY
$cli validate "$tmp/two.json" >"$tmp/out" 2>&1
status=$?
[ "$status" = 1 ] &&
  grep -q '^Error \[DATA\] Week 2, Monday, “Lower body A”: Narrow Stance Squat is in this session twice, from two progression rules (of week 1 and of week 2): applying either again cannot replace the other’s; remove one of the rules$' "$tmp/out"
ok $? "validate reports one session's exercise from two rules as DATA (exit $status)"

# -o wrote wherever it was told: print -o ~/.local/share/regimen/exercises.json
# replaced the person's own exercises with a PDF. Now a file in
# Regimen's data folder is refused, by any name (a link to the file, a
# link to the folder, “..”), exit status 1, nothing written there.
mkdir -p "$tmp/data/regimen/autosave" "$tmp/out-dir"
cat >"$tmp/data/regimen/exercises.json" <<'JSON'
{"format": "regimen-exercises", "version": 1, "exercises": []}
JSON
cp "$tmp/data/regimen/exercises.json" "$tmp/exercises.before"
ln -s "$tmp/data/regimen/exercises.json" "$tmp/out-dir/sheet.pdf"
ln -s "$tmp/data/regimen" "$tmp/out-dir/data"
plan="$2/plans/one-week.json"
refused=0
for call in "print $plan -o $tmp/out-dir/sheet.pdf" \
            "format $plan -o $tmp/out-dir/data/autosave/copy.json" \
            "export-csv $plan -o $tmp/data/regimen/../regimen/plan.csv" \
            "export-ics $plan -o $tmp/out-dir/data/plan.ics" \
            "new -o $tmp/data/regimen/new.json" \
            "render narrow-stance-squat -o $tmp/out-dir/data/squat.png"; do
  XDG_DATA_HOME="$tmp/data" $cli $call >"$tmp/out" 2>&1
  status=$?
  if [ "$status" != 1 ] || ! grep -q "^regimen-cli [a-z-]*: $tmp/[^ ]*: it is inside Regimen's data folder, which holds the working copies of unsaved plans and your own exercises" "$tmp/out"; then
    echo "# $call: exit $status: $(cat "$tmp/out")"
    refused=1
  fi
done
[ "$refused" = 0 ] && cmp -s "$tmp/data/regimen/exercises.json" "$tmp/exercises.before" &&
  [ "$(ls -A "$tmp/data/regimen" | tr '\n' ' ')" = "autosave exercises.json " ] &&
  [ -z "$(ls -A "$tmp/data/regimen/autosave")" ] &&
  XDG_DATA_HOME="$tmp/data" $cli print "$plan" -o "$tmp/out-dir/plan.pdf" >/dev/null 2>&1 &&
  [ -s "$tmp/out-dir/plan.pdf" ]
ok $? "-o into Regimen's data folder is refused by any name, nothing written there"

exit $fail
