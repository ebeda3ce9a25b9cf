#!/bin/sh
# Adversarial pass 22b: what the fresh pass found in the command line.
. "$(dirname "$0")/tap.sh"

echo "1..22"
plan="$2/plans/one-week.json"
cp "$plan" "$tmp/plan.json"

# An option's value the command does not know, or an option it does not
# have, is quoted in the message; like every other text the command line
# prints, it is escaped, so a value from a script's variable cannot
# recolour the terminal or forge a second line of the message. print's
# --paper, export-csv's --unit and --format and import-csv's --unit
# printed it raw, and render, new and library's GOption errors too.
bad=$(printf 'x\033[31mred\nregimen-cli: forged')
check_escaped () {
  # $1: what was run; the message is in $tmp/err
  if grep -q "$(printf '\033')" "$tmp/err" || [ "$(wc -l <"$tmp/err")" != 1 ] ||
     ! grep -q 'x\\x1B\[31mred\\nregimen-cli: forged' "$tmp/err"; then
    ok 1 "$1: the value is escaped on one line (got: $(cat -v "$tmp/err"))"
  else
    ok 0 "$1: the value is escaped on one line"
  fi
}
$cli print "$tmp/plan.json" -o "$tmp/sheet.pdf" --paper "$bad" 2>"$tmp/err"
check_exit $? 64 "print: an unknown --paper is wrong usage"
check_escaped "print --paper"
$cli export-csv "$tmp/plan.json" --unit "$bad" >/dev/null 2>"$tmp/err"
check_escaped "export-csv --unit"
$cli export-csv "$tmp/plan.json" --format "$bad" >/dev/null 2>"$tmp/err"
check_escaped "export-csv --format"
printf 'Date,Exercise Name,Weight,Reps\n' >"$tmp/log.csv"
$cli import-csv "$tmp/plan.json" "$tmp/log.csv" --unit "$bad" >/dev/null 2>"$tmp/err"
check_escaped "import-csv --unit"
$cli render pistol-squat -o "$tmp/a.png" "--$bad" 2>"$tmp/err"
check_escaped "render's unknown option"
$cli new -o "$tmp/new.json" "--$bad" 2>"$tmp/err"
check_escaped "new's unknown option"
$cli library list "--$bad" >/dev/null 2>"$tmp/err"
check_escaped "library list's unknown option"
$cli library show pistol-squat "--$bad" >/dev/null 2>"$tmp/err"
check_escaped "library show's unknown option"
cmp -s "$tmp/plan.json" "$plan" && [ ! -e "$tmp/sheet.pdf" ] && [ ! -e "$tmp/a.png" ] && [ ! -e "$tmp/new.json" ]
ok $? "and nothing was written"

# A named pipe where the previous version is kept (mkfifo PLAN~) held
# every save of the plan forever: the save opened the old PLAN~, set
# aside under a hidden name, to lock it, and opening a pipe waits for a
# writer. It is replaced by the previous version like any other PLAN~.
cp "$plan" "$tmp/piped.json"
mkfifo "$tmp/piped.json~"
timeout 90 $cli session add "$tmp/piped.json" --week 1 --day tue --title Piped >/dev/null 2>"$tmp/err"
check_exit $? 0 "a plan whose PLAN~ is a named pipe is saved, not held forever"
[ -f "$tmp/piped.json~" ] && cmp -s "$tmp/piped.json~" "$plan" && grep -q '"Piped"' "$tmp/piped.json" &&
  [ -z "$(find "$tmp" -name '.regimen-temporary-*')" ]
ok $? "PLAN~ holds the version before, and nothing is left behind"
cp "$plan" "$tmp/out.json"
mkfifo "$tmp/out.json~"
timeout 90 $cli new --force -o "$tmp/out.json" 2>"$tmp/err"
check_exit $? 0 "new --force onto a file whose OUT~ is a named pipe writes it"
[ -f "$tmp/out.json~" ] && cmp -s "$tmp/out.json~" "$plan"
ok $? "and OUT~ holds the file it replaced"

# import-csv refused a weight written with a leading zero (“0100”) but
# read Reps and Seconds so written (“05” as 5), where the page says they
# are written the same way: the row is told with its line, the others
# imported.
cat >"$tmp/zero.csv" <<'CSV'
Date,Workout Name,Exercise Name,Weight,Reps,Seconds
2026-11-23,Lower body A,Narrow Stance Squat,40,05,
2026-11-23,Lower body A,Narrow Stance Squat,40,10,
2026-11-23,Lower body A,Single-Leg High Knee Hold,,,020
CSV
$cli import-csv "$tmp/plan.json" "$tmp/zero.csv" >"$tmp/out" 2>"$tmp/err"
check_exit $? 0 "import-csv imports the rows written as it reads them"
grep -q 'line 2: Reps “05” is not a whole number' "$tmp/err" &&
  grep -q 'line 4: Seconds “020” is not a whole number' "$tmp/err" &&
  grep -q 'Imported 1 set; 2 rows not imported' "$tmp/out"
ok $? "and tells a count written with a leading zero, by its line"

# A number a double does not hold was read as the nearest double and
# written back as that other number, in an unknown member too: another
# tool's id 9007199254740993.0 came back as 9007199254740992, pi to 21
# decimals as 3.141592653589793, where a whole number beyond 64 bits is
# refused for that very reason. It is refused the same way now; the
# 17 digits GLib's and jq 1.6's writers give (0.59999999999999998 for
# 0.6) are still read.
printf '{"format": "regimen-plan", "version": 1, "weeks": [], "x-tool": {"id": 9007199254740993.0}}' >"$tmp/digits.json"
cp "$tmp/digits.json" "$tmp/digits-before.json"
$cli format "$tmp/digits.json" 2>"$tmp/err"
check_exit $? 2 "a number a double does not hold is refused"
grep -q 'At \$.x-tool.id: the number has more digits than can be read exactly (it would be written back as 9007199254740992)' "$tmp/err" &&
  cmp -s "$tmp/digits.json" "$tmp/digits-before.json" && [ ! -e "$tmp/digits.json~" ]
ok $? "named with its path and what it would become, and the file is left as it was"
printf '{"format": "regimen-plan", "version": 1, "weeks": [], "x-tool": {"share": 0.59999999999999998, "next": 0.30000000000000004}}' >"$tmp/jq.json"
$cli format "$tmp/jq.json" -o "$tmp/jq-out.json" 2>"$tmp/err"
check_exit $? 0 "a double written with 17 digits, as jq 1.6 writes 0.6, is read"
grep -q '"share": 0.6,' "$tmp/jq-out.json" && grep -q '"next": 0.30000000000000004' "$tmp/jq-out.json"
ok $? "and written back as the same double"

# An unknown member's whole number written with a fraction stays a number
# with a fraction, as the writer means to keep it: 9007199254740992.0, of
# 16 digits, was written back as 9007199254740992, an integer to the next
# reader (Regimen's too).
printf '{"format": "regimen-plan", "version": 1, "weeks": [], "x-tool": {"big": 9007199254740992.0, "small": 2.0}}' >"$tmp/fraction.json"
$cli format "$tmp/fraction.json" 2>"$tmp/err"
check_exit $? 0 "a plan with a float of 16 digits is formatted"
grep -q '"big": 9007199254740992.0,' "$tmp/fraction.json" && grep -q '"small": 2.0$' "$tmp/fraction.json" &&
  $cli format --check "$tmp/fraction.json"
ok $? "and the number keeps its fraction, in canonical form"

exit $fail
