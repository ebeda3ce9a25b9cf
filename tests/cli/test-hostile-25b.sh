#!/bin/sh
# Adversarial pass 25b (issue #21): `progress --remove` of an exercise
# without a rule, arguments and CSV fields of megabytes quoted in errors,
# and a rule's small step said in digits.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..31"

# 1. A rule deleted from the file by hand leaves the weeks it wrote,
# marked progressed_from: --remove of the rule-less exercise has nothing
# to remove (docs/cli.md), where it deleted those weeks' exercises under
# a line saying a rule was removed.
python3 - "$plans/progression.json" "$tmp/ruleless.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
del plan["weeks"][0]["days"][0]["sessions"][0]["items"][0]["progression"]
json.dump(plan, open(sys.argv[2], "w"), indent=2, ensure_ascii=False)
PY
cp "$tmp/ruleless.json" "$tmp/ruleless-before.json"
$cli progress "$tmp/ruleless.json" --item pku4 --remove >"$tmp/out" 2>"$tmp/err"
check_exit $? 1 "--remove of an exercise without a rule exits with 1, though later weeks name it in progressed_from"
grep -qx "regimen-cli progress: $tmp/ruleless.json: narrow-stance-squat (week 1, Mon) has no progression rule; nothing changed" "$tmp/err" &&
  ! [ -s "$tmp/out" ]
ok $? "says there is no rule, and not that one was removed"
cmp -s "$tmp/ruleless.json" "$tmp/ruleless-before.json" && ! [ -e "$tmp/ruleless.json~" ] &&
  [ "$(grep -c '"progressed_from": "pku4rcrzoo"' "$tmp/ruleless.json")" = 3 ]
ok $? "writes nothing: the three exercises of later weeks stay"

# 2. An argument of 100,000 characters is quoted to its first 80, not
# whole: the message stays a line a person reads.
long=$(python3 -c 'print("x" * 100000)')
first80=$(python3 -c 'print("x" * 80)')
cp "$plans/progression.json" "$tmp/plan.json"
short_error () {
  [ "$(wc -c <"$tmp/err")" -lt 1000 ] && grep -q "“$first80…”" "$tmp/err" && ! grep -q "x\{81\}" "$tmp/err"
}
$cli library show "$long" >"$tmp/out" 2>"$tmp/err"
check_exit $? 64 "library show of an unknown id of 100,000 characters is wrong usage"
short_error
ok $? "and quotes its first 80 characters"
$cli render "$long" -o "$tmp/figure.png" >"$tmp/out" 2>"$tmp/err"
check_exit $? 64 "render of an unknown id of 100,000 characters is wrong usage"
short_error && ! [ -e "$tmp/figure.png" ]
ok $? "and quotes its first 80 characters, nothing written"
$cli new --template "$long" -o "$tmp/new.json" >"$tmp/out" 2>"$tmp/err"
short_error && ! [ -e "$tmp/new.json" ]
ok $? "new --template of an unknown id of 100,000 characters quotes its first 80"
$cli progress "$tmp/plan.json" --item "$long" --remove >"$tmp/out" 2>"$tmp/err"
check_exit $? 2 "progress --item of 100,000 characters finds no exercise"
short_error
ok $? "and quotes its first 80 characters"
$cli item remove "$tmp/plan.json" --item "$long" >"$tmp/out" 2>"$tmp/err"
short_error
ok $? "item remove --item of 100,000 characters quotes its first 80"
$cli log "$tmp/plan.json" --session "$long" --status done >"$tmp/out" 2>"$tmp/err"
short_error && cmp -s "$tmp/plan.json" "$plans/progression.json"
ok $? "log --session of 100,000 characters quotes its first 80, the plan unchanged"

# 3. A CSV field of a megabyte (a cell of carriage returns, a pasted log)
# is quoted to its first 80 characters: the error for its line was twice
# the file's size, the rows told after it lost in it. (Each line break
# in a quoted field counts as a line, so the row after it is line
# 1000003.)
cp "$plans/logged.json" "$tmp/logged.json"
python3 - "$tmp" <<'PY'
import sys
tmp = sys.argv[1]
head = "Date,Exercise Name,Weight,Reps\n"
open(tmp + "/cr.csv", "w", newline="").write(
    head + '2026-11-24,"' + "\r" * 1000000 + '",40,10\n' + "2026-11-24,Nothing Like It,40,10\n")
open(tmp + "/weight.csv", "w").write(head + "2026-11-24,Narrow Stance Squat," + "9" * 1000000 + ",10\n")
open(tmp + "/date.csv", "w").write(head + "y" * 1000000 + ",Narrow Stance Squat,40,10\n")
open(tmp + "/reps.csv", "w").write(head + "2026-11-24,Narrow Stance Squat,40," + "1" * 1000000 + "\n")
PY
$cli import-csv "$tmp/logged.json" "$tmp/cr.csv" >"$tmp/out" 2>"$tmp/err"
check_exit $? 2 "a CSV whose only exercise names match nothing changes nothing"
[ "$(wc -c <"$tmp/err")" -lt 1000 ] &&
  grep -q 'line 2: no session on 2026-11-24 has the exercise “\(\[U+000[AD]\]\)\{10,80\}…”' "$tmp/err" &&
  grep -q 'line 1000003: no session on 2026-11-24 has the exercise “Nothing Like It”' "$tmp/err"
ok $? "a name of a million carriage returns is quoted to its first 80, and the next line is told after it"
for column in weight date reps; do
  $cli import-csv "$tmp/logged.json" "$tmp/$column.csv" >"$tmp/out" 2>"$tmp/err"
  [ "$(wc -c <"$tmp/err")" -lt 1000 ] && grep -q 'line 2: .*“[0-9y]\{80\}…”' "$tmp/err" || break
done
ok $? "a weight, a date and reps of a million characters are quoted to their first 80 (stopped at: $column)"
cmp -s "$tmp/logged.json" "$plans/logged.json"
ok $? "and the plan is as it was"

# 4. A rule's small step is said in digits, as typed: “add 1e-06 % 1RM”
# was said for --add 0.000001%, in progress and in diff.
cp "$plans/one-week.json" "$tmp/small.json"
$cli progress "$tmp/small.json" --item pku4 --add 0.000001% --up-to 50.00001% --weeks 3 >"$tmp/out" 2>"$tmp/err" &&
  grep -qx 'narrow-stance-squat (week 1, Mon): add 0.000001 % 1RM each week up to 50.00001 % 1RM, for 3 weeks; 2 weeks written.' "$tmp/out"
ok $? "progress says a step of 0.000001 % as typed, not as 1e-06"
$cli diff "$plans/one-week.json" "$tmp/small.json" >"$tmp/out" 2>"$tmp/err"
grep -q 'progression: — → add 0.000001 % 1RM each week up to 50.00001 % 1RM, for 3 weeks$' "$tmp/out" &&
  ! grep -q 'e-0' "$tmp/out"
ok $? "and so does diff"


# 5. Every message that quotes what was typed cuts it the same way: a
# unit, a block, a number, a command, an option (which GOption names
# unquoted), in German quotes too.
cp "$plans/progression.json" "$tmp/plan.json"
$cli block add "$tmp/plan.json" Base --weeks 2 >/dev/null
cp "$tmp/plan.json" "$tmp/plan-before.json"
short_any () {
  [ "$(wc -c <"$tmp/err")" -lt 1000 ] && grep -q "$first80.*…" "$tmp/err" && ! grep -q "x\{161\}" "$tmp/err"
}
$cli stats "$tmp/plan.json" --unit "$long" >"$tmp/out" 2>"$tmp/err"
check_exit $? 64 "stats --unit of 100,000 characters is wrong usage"
short_error
ok $? "and quotes its first 80 characters"
$cli block rename "$tmp/plan.json" "$long" Other >"$tmp/out" 2>"$tmp/err"
short_error && cmp -s "$tmp/plan.json" "$tmp/plan-before.json"
ok $? "block rename of a block of 100,000 characters quotes its first 80, nothing changed"
$cli render barbell-back-squat --time "$long" -o "$tmp/figure.png" >"$tmp/out" 2>"$tmp/err"
short_error
ok $? "render --time of 100,000 characters quotes its first 80"
$cli "$long" >"$tmp/out" 2>"$tmp/err"
check_exit $? 64 "a command of 100,000 characters is wrong usage"
grep -q "^regimen-cli: “$first80…” is not a command.$" "$tmp/err" && ! grep -q "x\{81\}" "$tmp/err"
ok $? "and quotes its first 80 characters"
$cli validate "--$long" "$tmp/plan.json" >"$tmp/out" 2>"$tmp/err"
check_exit $? 64 "an option of 100,000 characters is wrong usage"
short_any
ok $? "and is named to its first 160 characters at most"
LANGUAGE=de REGIMEN_LOCALEDIR=$MESON_BUILD_ROOT/po $cli stats "$tmp/plan.json" --unit "$long" >"$tmp/out" 2>"$tmp/err"
grep -q "„$first80…“" "$tmp/err" && [ "$(wc -c <"$tmp/err")" -lt 1000 ]
ok $? "German quotes („…“) are cut too"


# 6. A block of one week copied is said onto “week 3”, not “weeks 3–3”.
$cli block add "$tmp/plan.json" One --weeks 1 >/dev/null &&
  $cli block copy "$tmp/plan.json" One 4 --force >"$tmp/out" 2>"$tmp/err"
check_exit $? 0 "a block of one week is copied"
grep -qx 'Copied block 2 “One” (week 3) onto week 4.' "$tmp/out"
ok $? "onto week 4, not weeks 4–4"


# 7. Where no font is installed (a container, a minimal server) the
# sheets were written without a word on them, exit status 0: nothing is
# written, a PDF printed before kept as it was.
mkdir "$tmp/nofonts"
printf '<?xml version="1.0"?>\n<fontconfig></fontconfig>\n' >"$tmp/nofonts/fonts.conf"
echo "an earlier export" >"$tmp/sheet.pdf"
FONTCONFIG_FILE="$tmp/nofonts/fonts.conf" $cli print "$plans/logged.json" -o "$tmp/sheet.pdf" >"$tmp/out" 2>"$tmp/err"
check_exit $? 1 "print without any font exits with 1"
grep -q 'no font is installed, so the sheets would be printed without their text; nothing written' "$tmp/err" &&
  [ "$(cat "$tmp/sheet.pdf")" = "an earlier export" ]
ok $? "says why, and the PDF there is kept"

exit $fail
