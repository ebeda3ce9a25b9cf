#!/bin/sh
# Adversarial pass 9b (files and the command line): what it found, on
# real files, in a few calls (each costs about a second under valgrind).
. "$(dirname "$0")/tap.sh"
plans=$2/plans
# Some calls run from other folders: the command line by its full name.
cli="${REGIMEN_CLI_WRAPPER:-} $(cd "$(dirname "$1")" && pwd -P)/$(basename "$1")"

echo "1..23"

# 9b-1: an export whose -o is the plan it reads replaced the plan with a
# CSV, a calendar or a PDF, and kept no PLAN~. Refused, under the plan's
# own name or another (a symbolic or a hard link), and the plan is whole.
cp "$plans/logged.json" "$tmp/plan.json"
ln -s plan.json "$tmp/symbolic.json"
ln "$tmp/plan.json" "$tmp/hard.json"
$cli export-csv "$tmp/plan.json" -o "$tmp/plan.json" 2>"$tmp/err"
check_exit $? 1 "export-csv onto its own plan exits with 1"
grep -q 'plan.json: Could not write “.*plan.json”: it is the plan the export is made from' "$tmp/err"
ok $? "the message names the file and why"
$cli export-ics "$tmp/plan.json" -o "$tmp/symbolic.json" 2>/dev/null
check_exit $? 1 "export-ics onto a symbolic link to its plan exits with 1"
$cli print "$tmp/plan.json" -o "$tmp/hard.json" 2>/dev/null
check_exit $? 1 "print onto a hard link of its plan exits with 1"
cmp -s "$tmp/plan.json" "$plans/logged.json" && [ ! -e "$tmp/plan.json~" ] &&
  [ "$(ls -A "$tmp" | tr '\n' ' ')" = "err hard.json plan.json symbolic.json " ]
ok $? "the plan is whole and nothing is left beside it"
$cli export-ics "$tmp/plan.json" -o "$tmp/plan.ics" && grep -q '^BEGIN:VCALENDAR' "$tmp/plan.ics"
ok $? "another file is written"

# 9b-2: diff exits with 1 when the plans differ; changes that could not
# be written (a full disk) exited with 1 too when a line was longer than
# standard output's buffer, which a script reads as "they differ".
long=$(head -c 5000 /dev/zero | tr '\0' x)
sed "s/\"title\": \"Lower body A\"/\"title\": \"$long\"/" "$plans/one-week.json" >"$tmp/long.json"
$cli diff "$plans/one-week.json" "$tmp/long.json" >/dev/full 2>"$tmp/err"
check_exit $? 2 "diff whose long change cannot be written exits with 2"
$cli diff "$plans/one-week.json" "$tmp/long.json" >/dev/null
check_exit $? 1 "the same diff written exits with 1"

# 9b-3: names on the command line were turned into files by GLib, which
# removes “DIR/..” as text: with link a symbolic link to another folder,
# “link/../plan.json” read this folder's plan.json, not the file the
# system (and cat) opens, and -o wrote there. The folder is resolved by
# the system now.
mkdir -p "$tmp/names/real/sub"
cp "$plans/one-week.json" "$tmp/names/real/plan.json"
ln -s real/sub "$tmp/names/link"
echo '{' >"$tmp/names/plan.json"
(cd "$tmp/names" && $cli validate link/../plan.json >/dev/null)
check_exit $? 0 "link/../plan.json reads the plan beside the link's target"
(cd "$tmp/names" && $cli validate real/plan.json/. 2>/dev/null)
check_exit $? 2 "plan.json/. names no file"
(cd "$tmp/names" && $cli format "$plans/design-example.json" -o link/../out.json &&
  $cli new -o link/../new.json >/dev/null)
[ -f "$tmp/names/real/out.json" ] && [ -f "$tmp/names/real/new.json" ] &&
  [ ! -e "$tmp/names/out.json" ] && [ ! -e "$tmp/names/new.json" ]
ok $? "-o link/../FILE writes beside the link's target"

# 9b-4: a name such as “week:1.json” was taken for a URI: “Operation not
# supported” for reading and writing, and file:// URIs were read although
# PLAN is a file.
cp "$plans/design-example.json" "$tmp/names/week:1.json"
(cd "$tmp/names" && $cli format week:1.json && $cli validate week:1.json >/dev/null)
check_exit $? 0 "week:1.json is formatted in place and read"
cmp -s "$tmp/names/week:1.json" "$plans/one-week.json"
ok $? "and holds the canonical plan"
(cd "$tmp/names" && $cli new -o new:1.json >/dev/null && [ -f new:1.json ])
ok $? "new -o new:1.json writes that file"
$cli validate "file://$tmp/names/week:1.json" >/dev/null 2>&1
check_exit $? 2 "a file:// URI is no file name"

# 9b-5: a file whose full name (from /) is longer than the system takes:
# refused with a message that says so, not "File name too long" of a
# name whose every part is short.
long=$(printf '%0200d' 0)
deep=$long; i=1; while [ $i -lt 21 ]; do deep="$deep/$long"; i=$((i + 1)); done
# cd -P: the shell's own record of the folder would pass the limit.
(mkdir -p "$tmp/deep" && cd "$tmp/deep" && i=0 &&
  while [ $i -lt 21 ]; do mkdir "$long" && cd -P "$long" || exit 1; i=$((i + 1)); done &&
  cp "$plans/one-week.json" plan.json) &&
  (cd "$tmp/deep" && $cli validate "$deep/plan.json" 2>"$tmp/err")
check_exit $? 2 "a plan whose full name is over 4095 bytes cannot be read"
grep -q 'plan.json: its full name, from /, is longer than the 4095 bytes the system takes' "$tmp/err"
ok $? "the message says why"
(cd "$tmp/deep" && $cli format "$plans/one-week.json" -o "$deep/out.json" 2>/dev/null)
check_exit $? 1 "writing one exits with 1"
rm -rf "$tmp/deep"

# 9b-6: export-csv and import-csv read “-” as a file called “-” (exit 2);
# log and progress named a plan they could not read in a form of their
# own. Every command reads its plan alike.
$cli export-csv - >/dev/null 2>&1
check_exit $? 64 "export-csv - is wrong usage"
$cli import-csv - "$tmp/names/plan.json" >/dev/null 2>&1
check_exit $? 64 "import-csv - is wrong usage"
$cli log "$tmp/missing.json" --list 2>"$tmp/err" && false
grep -q "^regimen-cli log: $tmp/missing.json: the file could not be opened" "$tmp/err"
ok $? "log names an unreadable plan as every command does"

# 9b-7: --version and a command's --help (which GOption prints and then
# ends the process itself) ended with 0 when their text could not be
# written.
$cli --version >/dev/full 2>/dev/null
check_exit $? 1 "--version to a full disk exits with 1"
$cli validate --help >/dev/full 2>/dev/null
check_exit $? 1 "validate --help to a full disk exits with 1"

exit $fail
