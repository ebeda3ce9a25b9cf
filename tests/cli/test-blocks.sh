#!/bin/sh
# regimen-cli block and week: the block and week commands for scripts,
# saved atomically; usage errors exit with 64 and change nothing.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..58"

cp "$plans/four-week.json" "$tmp/plan.json"

$cli block add "$tmp/plan.json" "Accumulation" --weeks 3 --goal "Volume at 65-75 %" >"$tmp/out"
check_exit $? 0 "block add takes the weeks in no block"
grep -q '^Added block 1 “Accumulation” (weeks 1–3).$' "$tmp/out" &&
  cmp -s "$tmp/plan.json~" "$plans/four-week.json" && $cli format --check "$tmp/plan.json"
ok $? "says so, keeps the previous version as PLAN~ and saves in canonical form"

$cli block add "$tmp/plan.json" "Peak" --weeks 2 >/dev/null
check_exit $? 0 "a second block gets the last week and a new one"

python3 - "$tmp/plan.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))
assert p["blocks"] == [{"name": "Accumulation", "goal": "Volume at 65-75 %", "weeks": 3},
                       {"name": "Peak", "weeks": 2}], p["blocks"]
assert len(p["weeks"]) == 5
PY
ok $? "the plan holds the blocks as docs/plan-format.md describes them"

$cli block list "$tmp/plan.json" >"$tmp/list"
check_exit $? 0 "block list succeeds"
printf 'block 1 “Accumulation” (weeks 1–3)\n  Volume at 65-75 %%\nblock 2 “Peak” (weeks 4–5)\n' | cmp -s - "$tmp/list"
ok $? "and lists each block with its weeks and goal"

cp "$tmp/plan.json" "$tmp/before.json"
$cli week insert "$tmp/plan.json" 2 --count 2 >/dev/null && $cli block list "$tmp/plan.json" >"$tmp/list"
check_exit $? 0 "week insert"
grep -q '^block 1 “Accumulation” (weeks 1–5)$' "$tmp/list" && grep -q '^block 2 “Peak” (weeks 6–7)$' "$tmp/list"
ok $? "the block of the week before grows, the next one shifts"

$cli week remove "$tmp/plan.json" 2 --count 2 >/dev/null && cmp -s "$tmp/plan.json" "$tmp/before.json"
ok $? "week remove; the weeks inserted and removed again give the same plan back"
$cli week remove "$tmp/plan.json" 2 --count 2 >/dev/null
$cli week insert "$tmp/plan.json" 2 --count 2 >/dev/null

$cli block rename "$tmp/plan.json" Peak "Peak 1" --goal "Heavy triples" >/dev/null &&
  $cli block resize "$tmp/plan.json" 2 3 >/dev/null && $cli block duplicate "$tmp/plan.json" 2 >/dev/null &&
  $cli block move "$tmp/plan.json" 3 1 >/dev/null && $cli block list "$tmp/plan.json" >"$tmp/list"
check_exit $? 0 "rename, resize, duplicate and move"
printf '%s\n' 'block 1 “Peak 1” (weeks 1–3)' '  Heavy triples' 'block 2 “Accumulation” (weeks 4–6)' \
  '  Volume at 65-75 %' 'block 3 “Peak 1” (weeks 7–9)' '  Heavy triples' | cmp -s - "$tmp/list"
ok $? "give the blocks they say"

$cli block delete "$tmp/plan.json" 1 >/dev/null && $cli block delete "$tmp/plan.json" 2 --keep-weeks >/dev/null &&
  $cli block list "$tmp/plan.json" >"$tmp/list"
check_exit $? 0 "delete with and without the weeks"
printf '%s\n' 'block 1 “Accumulation” (weeks 1–6)' '  Volume at 65-75 %' | cmp -s - "$tmp/list"
ok $? "the kept weeks join the block before"

$cli week lighter "$tmp/plan.json" 1 --volume 0.6 --intensity 0.9 >"$tmp/out"
check_exit $? 0 "week lighter"
python3 - "$tmp/plan.json" "$tmp/plan.json~" <<'PY'
import json, sys
new, old = (json.load(open(f))["weeks"][0] for f in sys.argv[1:3])
assert new.get("lighter") is True and "lighter" not in old
for d_new, d_old in zip(new["days"], old["days"]):
    for s_new, s_old in zip(d_new.get("sessions", []), d_old.get("sessions", [])):
        assert s_new["rpe"] == max(1, int(s_old["rpe"] * 0.9 + 0.5 + 1e-9)), (s_new, s_old)
        for i_new, i_old in zip(s_new.get("items", []), s_old.get("items", [])):
            if "sets" in i_old and not i_old.get("warm_up"):
                assert i_new["sets"] == max(1, int(i_old["sets"] * 0.6 + 0.5 + 1e-9)), (i_new, i_old)
PY
ok $? "scales sets and RPE and marks the week lighter"
$cli week lighter "$tmp/plan.json" 1 2>"$tmp/err"
check_exit $? 1 "a week lighter already is not scaled again"

$cli block lighter "$tmp/plan.json" 1 --every 3 >"$tmp/out"
check_exit $? 0 "block lighter"
python3 -c 'import json,sys; w=json.load(open(sys.argv[1]))["weeks"]; l=[x.get("lighter", False) for x in w]; assert l[0] and l[2] and l[5] and len(l) == 6, l' "$tmp/plan.json"
ok $? "makes every third week of the block lighter"

# A target given twice is one week copied onto, counted once.
$cli week copy "$tmp/plan.json" 2 4 5 4 >"$tmp/out" && [ "$(cat "$tmp/out")" = "Copied week 2 onto 2 weeks." ] &&
  $cli block copy "$tmp/plan.json" 1 2 2>/dev/null
check_exit $? 64 "week copy, which counts the weeks; a block copied onto weeks overlapping it is a usage error"
python3 -c '
import json,sys
w=json.load(open(sys.argv[1]))["weeks"]
strip=lambda week: [[{k: v for k, v in s.items() if k not in ("id",)} | {"items": [{k: v for k, v in i.items() if k != "id"} for i in s.get("items", [])]} for s in d.get("sessions", [])] for d in week["days"]]
assert strip(w[3]) == strip(w[1]) and strip(w[4]) == strip(w[1]), "copies differ"
' "$tmp/plan.json"
ok $? "the copied weeks hold what week 2 holds"

cp "$tmp/plan.json" "$tmp/before.json"
bad=0
for args in "block" "block frobnicate $tmp/plan.json" "block add $tmp/plan.json X" \
            "block add $tmp/plan.json X --weeks 0" "block add $tmp/plan.json X --weeks 0x2" \
            "block add $tmp/plan.json '' --weeks 1" "block rename $tmp/plan.json 1 X --goal a --no-goal" \
            "block resize $tmp/plan.json 1 two" "block resize $tmp/plan.json 1 02" "block lighter $tmp/plan.json 1" \
            "block lighter $tmp/plan.json 1 --every 1" "block delete $tmp/plan.json 1 --every 2" \
            "week lighter $tmp/plan.json 2 --volume 1.5" "week lighter $tmp/plan.json 2 --intensity 0.05" \
            "week lighter $tmp/plan.json 2 --volume 1e-1" "week insert $tmp/plan.json 0" \
            "week insert $tmp/plan.json 1 --count 0" "week copy $tmp/plan.json 2 2" "week copy $tmp/plan.json 2"; do
  eval "$cli $args" 2>"$tmp/err" >/dev/null
  r=$?
  if [ "$r" != 64 ] || ! [ -s "$tmp/err" ]; then
    echo "# $args: exit $r"
    bad=1
  fi
done
[ "$bad" = 0 ] && cmp -s "$tmp/plan.json" "$tmp/before.json"
ok $? "usage errors exit with 64, say why and change nothing"

$cli block add "$tmp/plan.json" X --weeks 2 --goal a --no-goal 2>"$tmp/err"
grep -q 'does not go with `block add`' "$tmp/err"
ok $? "an option another action takes is named"
$cli week lighter "$tmp/plan.json" 2 --volume 1.5 2>"$tmp/err"
grep -q -- '--volume takes a factor from 0.1 to 1, such as 0.6, not “1.5”' "$tmp/err"
ok $? "a bad factor is named"

$cli block resize "$tmp/plan.json" 5 2 2>"$tmp/err"
check_exit $? 2 "a block the plan does not have exits with 2"
grep -q 'there is no block 5: the plan has 1 block' "$tmp/err"
ok $? "and names it"
$cli block rename "$tmp/plan.json" Nosuch X 2>"$tmp/err"
check_exit $? 2 "so does a block name no block has"
$cli week remove "$tmp/plan.json" 9 2>"$tmp/err"
check_exit $? 2 "and a week the plan does not have"
grep -q 'there is no week 9: the plan has 6 weeks' "$tmp/err" && cmp -s "$tmp/plan.json" "$tmp/before.json"
ok $? "named, nothing changed"

$cli block list "$tmp/nosuch.json" 2>"$tmp/err"
check_exit $? 2 "a plan that cannot be read exits with 2"

chmod a-w "$tmp"
if [ "$(id -u)" = 0 ]; then
  ok 0 "# SKIP root can write anywhere"
else
  $cli week insert "$tmp/plan.json" 1 2>/dev/null
  check_exit $? 1 "a plan that cannot be saved exits with 1"
fi
chmod u+w "$tmp"

# Pass 3, N12: a plan that cannot be saved is named, as
# "regimen-cli week insert: PLAN: what is wrong" (read-only: refused as root too).
cp "$tmp/plan.json" "$tmp/before.json"
chmod 444 "$tmp/plan.json"
$cli week insert "$tmp/plan.json" 1 2>"$tmp/err"
check_exit $? 1 "a read-only plan is not saved"
grep -q "^regimen-cli week insert: $tmp/plan.json: .*read-only" "$tmp/err" && cmp -s "$tmp/plan.json" "$tmp/before.json"
ok $? "and the message names the plan"
chmod 644 "$tmp/plan.json"

cp "$2/check/too-much-hiit.json" "$tmp/hiit.json"
$cli block add "$tmp/hiit.json" "Base 1" --weeks 1 >/dev/null
$cli validate --json "$tmp/hiit.json" >"$tmp/json"
python3 - "$tmp/json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))["diagnostics"]
first = [x for x in d if x["rule"] == "HIIT-FREQ"][0]
assert first["message"].startswith("Week 1 (Base 1), Monday, "), first
assert first["block"] == {"index": 0, "name": "Base 1"}, first
assert all(x["block"] is None for x in d if x["location"]["week"] is None), d
PY
ok $? "the check names the block of the week, in the message and in --json"

# A block's name is no figure of a finding: acknowledgements made before a
# block with digits in its name is added, or renamed, still hold.
cp "$2/check/too-much-hiit.json" "$tmp/ack.json"
$cli validate --json "$tmp/ack.json" >"$tmp/json"
python3 - "$tmp/ack.json" "$tmp/json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
d = json.load(open(sys.argv[2]))["diagnostics"]
plan["acknowledgements"] = [{"finding": x["key"], "fingerprint": x["fingerprint"], "reason": "Agreed"}
                            for x in d if x["severity"] == "error"]
json.dump(plan, open(sys.argv[1], "w"), ensure_ascii=False, indent=2)
PY
$cli validate "$tmp/ack.json" >/dev/null 2>&1 &&
  $cli block add "$tmp/ack.json" "Accumulation 1" --weeks 1 >/dev/null &&
  $cli validate "$tmp/ack.json" >/dev/null 2>&1
check_exit $? 0 "adding a block named with a digit keeps the acknowledgements"
$cli block rename "$tmp/ack.json" 1 "Peak 2026" >/dev/null &&
  $cli validate "$tmp/ack.json" >/dev/null 2>&1
check_exit $? 0 "renaming it with other digits keeps them too"

# A week with a logged session was trained: copy and lighter refuse it,
# naming it, and change nothing, unless --force.
cp "$plans/four-week.json" "$tmp/logged.json"
$cli log "$tmp/logged.json" --session pz4bfvvx4y --status done --date 2026-11-18 >/dev/null &&
  cp "$tmp/logged.json" "$tmp/logged-before.json"
$cli week copy "$tmp/logged.json" 1 3 2>"$tmp/err"
check_exit $? 1 "week copy onto a week with a logged session exits with 1"
grep -q 'Week 3 holds a logged session; nothing changed (--force changes it anyway and removes the log of 1 session)' "$tmp/err" &&
  cmp -s "$tmp/logged.json" "$tmp/logged-before.json"
ok $? "names the week and leaves the plan as it was"
$cli block add "$tmp/logged.json" "Base" --weeks 1 >/dev/null &&
  cp "$tmp/logged.json" "$tmp/logged-before.json" &&
  $cli block copy "$tmp/logged.json" Base 3 2>"$tmp/err"
check_exit $? 1 "block copy onto it exits with 1 too"
$cli week lighter "$tmp/logged.json" 3 2>>"$tmp/err"
check_exit $? 1 "week lighter of it exits with 1"
$cli block add "$tmp/logged.json" "Build" --weeks 2 >/dev/null &&
  cp "$tmp/logged.json" "$tmp/logged-before.json" &&
  $cli block lighter "$tmp/logged.json" Build --every 2 2>>"$tmp/err"
check_exit $? 1 "block lighter over it exits with 1"
[ "$(grep -c 'Week 3 holds a logged session' "$tmp/err")" = 3 ] && cmp -s "$tmp/logged.json" "$tmp/logged-before.json"
ok $? "each names the week and changes nothing"
# Build spans weeks 2–3: making it one week would remove the logged week 3.
$cli block resize "$tmp/logged.json" Build 1 2>"$tmp/err"
check_exit $? 1 "block resize removing a week with a logged session exits with 1"
grep -q 'Week 3 holds a logged session; nothing changed (--force changes it anyway and removes the log of 1 session)' "$tmp/err" &&
  cmp -s "$tmp/logged.json" "$tmp/logged-before.json"
ok $? "names the week and leaves the plan as it was"
$cli block resize "$tmp/logged-before.json" Build 1 --force >/dev/null &&
  python3 - "$tmp/logged-before.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))
assert len(p["weeks"]) == 3, len(p["weeks"])
assert "pz4bfvvx4y" not in json.dumps(p["weeks"]), p["weeks"]
PY
ok $? "--force removes it, its log with it"
# Removing the logged week 3, alone or with its block Build, is refused too.
cp "$tmp/logged.json" "$tmp/logged-kept.json"
$cli week remove "$tmp/logged.json" 2 --count 2 2>"$tmp/err"
check_exit $? 1 "week remove of a week with a logged session exits with 1"
$cli block delete "$tmp/logged.json" Build 2>>"$tmp/err"
check_exit $? 1 "block delete with it exits with 1"
[ "$(grep -c 'Week 3 holds a logged session; nothing changed (--force changes it anyway and removes the log of 1 session)' "$tmp/err")" = 2 ] &&
  cmp -s "$tmp/logged.json" "$tmp/logged-kept.json"
ok $? "each names the week and leaves the plan as it was"
cp "$tmp/logged.json" "$tmp/logged-forced.json" &&
  $cli block delete "$tmp/logged-forced.json" Build --force >/dev/null &&
  python3 - "$tmp/logged-forced.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))
assert len(p["weeks"]) == 2, len(p["weeks"])
assert "pz4bfvvx4y" not in json.dumps(p["weeks"]), p["weeks"]
PY
ok $? "block delete --force removes the weeks, the log with them"
$cli week copy "$tmp/logged.json" 1 3 --force >"$tmp/out" &&
  [ "$(cat "$tmp/out")" = "Copied week 1 onto week 3. The log of 1 session was removed." ] &&
  python3 - "$tmp/logged.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))
assert not any("log" in s for d in p["weeks"][2]["days"] for s in d.get("sessions", [])), p["weeks"][2]
PY
ok $? "--force copies onto it, its log gone"

$cli block add "$tmp/plan.json" "   " --weeks 1 2>"$tmp/err"
check_exit $? 64 "a block name of spaces only is refused"
grep -q 'a block needs a name' "$tmp/err"
ok $? "as an empty one"

# The example of docs/cli.md: the pistol-squat path from a new plan.
p=$tmp/pistol.regimen.json
$cli new -o "$p" >/dev/null &&
  $cli block add "$p" "Isometric pistol" --weeks 4 --goal "Own the bottom" >/dev/null &&
  $cli block add "$p" "Eccentric pistol" --weeks 4 >/dev/null &&
  $cli block add "$p" "Toe-grab pistol" --weeks 4 >/dev/null &&
  $cli block lighter "$p" 1 --every 4 >/dev/null &&
  $cli block list "$p" >"$tmp/list"
printf '%s\n' 'block 1 “Isometric pistol” (weeks 1–4)' '  Own the bottom' 'block 2 “Eccentric pistol” (weeks 5–8)' \
  'block 3 “Toe-grab pistol” (weeks 9–12)' | cmp -s - "$tmp/list"
ok $? "the example in docs/cli.md builds a 12-week plan of three blocks"

if command -v pdftotext >/dev/null; then
  $cli print "$tmp/hiit.json" -o "$tmp/hiit.pdf" >/dev/null && pdftotext "$tmp/hiit.pdf" - | grep -q 'Base 1, week 1 of 1'
  ok $? "the printed sheet names the block in its header"
else
  ok 0 "# SKIP pdftotext is not installed"
fi

$cli validate "$tmp/plan.json" >/dev/null; r=$?
[ "$r" = 0 ] || [ "$r" = 1 ]
ok $? "the changed plan reads back"

# adv-pass-4 D3: a number that is also another block's name is refused,
# not read as the number; a number past the last block finds its name.
$cli new -o "$tmp/digits.json" >/dev/null &&
  $cli block add "$tmp/digits.json" Base --weeks 1 >/dev/null &&
  $cli block add "$tmp/digits.json" 1 --weeks 1 >/dev/null &&
  $cli block add "$tmp/digits.json" 7 --weeks 1 >/dev/null &&
  cp "$tmp/digits.json" "$tmp/digits-before.json"
$cli block delete "$tmp/digits.json" 1 >/dev/null 2>"$tmp/err"; r=$?
[ $r = 2 ] && cmp -s "$tmp/digits.json" "$tmp/digits-before.json" &&
  grep -q '“1” is block 1 “Base” and the name of block 2; rename block 2 to tell them apart' "$tmp/err"
ok $? "block 1 of a plan with a block called 1 is refused, naming both (exit $r)"
$cli block rename "$tmp/digits.json" 7 Seven >/dev/null && grep -q '"name": "Seven"' "$tmp/digits.json" &&
  grep -q '"name": "Base"' "$tmp/digits.json"
ok $? "a block called 7 of a plan of 3 blocks is found by its name"

# adv-pass-4 D4: a duplicated block's exercises written by a rule belong
# to the copy of the rule, so applying the original rule again leaves
# them; a week copied alone holds no rule's exercises.
cp "$plans/one-week.json" "$tmp/ruled.json"
$cli block add "$tmp/ruled.json" A --weeks 4 >/dev/null &&
  $cli progress "$tmp/ruled.json" --item pku4 --add 2.5% --weeks 4 >/dev/null &&
  $cli block duplicate "$tmp/ruled.json" 1 >/dev/null &&
  $cli progress "$tmp/ruled.json" --item pku4 --add 5% --weeks 4 >/dev/null &&
  $cli week copy "$tmp/ruled.json" 2 8 --force >/dev/null
r=$?
squats () {
  python3 - "$tmp/ruled.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
rows = []
for week in plan["weeks"]:
    for day in week["days"]:
        for session in day["sessions"]:
            for item in session["items"]:
                if item["exercise"] == "narrow-stance-squat":
                    rows.append((item["id"], item.get("progressed_from"), item.get("load_percent_1rm")))
ids = [row[0] for row in rows]
print(" ".join("%s:%s" % (ids.index(row[1]) + 1 if row[1] in ids else "-", row[2]) for row in rows))
PY
}
[ $r = 0 ] && [ "$(squats)" = "-:50 1:55 1:60 1:65 -:50 5:52.5 5:55 -:55" ]
ok $? "the copied block keeps its exercises, made by its own rule, when the original rule changes ($(squats))"
$cli progress "$tmp/ruled.json" --item "$(python3 -c 'import json,sys; p=json.load(open(sys.argv[1])); print(p["weeks"][4]["days"][0]["sessions"][0]["items"][0]["id"])' "$tmp/ruled.json")" --remove >/dev/null
[ "$(squats)" = "-:50 1:55 1:60 1:65 -:50 -:55" ]
ok $? "removing the copy's rule removes the exercises it owns, not the week copied alone ($(squats))"

exit $fail
