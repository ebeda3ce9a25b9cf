#!/bin/sh
# Hostile files and disks (issue #21): what format and export do with
# special files, odd names, permissions, owners and concurrent writers.
# test-hostile-files-2.sh has the later passes' checks: racing and killed
# writers, and the plan changed while a command waits to write it.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..76"

mode () { stat -c %a "$1"; }
owner () { stat -c %u:%g "$1"; }

# F13: a named pipe is refused at once instead of waiting for ever.
mkfifo "$tmp/pipe.json"
timeout 10 $cli format "$tmp/pipe.json" 2>"$tmp/err"; check_exit $? 2 "format refuses a named pipe"
grep -q "not a regular file" "$tmp/err"; ok $? "the message says it is not a regular file"
timeout 10 $cli validate "$tmp/pipe.json" >/dev/null 2>&1; check_exit $? 2 "validate refuses a named pipe"

# F13: a file already in canonical form is left untouched: no backup, same inode.
cp "$plans/one-week.json" "$tmp/canon.json"
before=$(stat -c %i "$tmp/canon.json")
$cli format "$tmp/canon.json"; check_exit $? 0 "format of a canonical file succeeds"
[ "$(stat -c %i "$tmp/canon.json")" = "$before" ] && [ ! -e "$tmp/canon.json~" ]
ok $? "a canonical file is not rewritten and gets no backup"

# F04: mode kept, for the plan and its backup.
cp "$plans/design-example.json" "$tmp/private.json"
chmod 640 "$tmp/private.json"
$cli format "$tmp/private.json"; check_exit $? 0 "format of a 0640 plan succeeds"
[ "$(mode "$tmp/private.json")" = 640 ] && [ "$(mode "$tmp/private.json~")" = 640 ]
ok $? "the plan and its backup keep mode 0640"

# F04: a read-only plan is not replaced.
cp "$plans/design-example.json" "$tmp/readonly.json"
chmod 444 "$tmp/readonly.json"
$cli format "$tmp/readonly.json" 2>"$tmp/err"; check_exit $? 1 "format of a read-only plan exits with 1"
grep -q "read-only" "$tmp/err" && cmp -s "$tmp/readonly.json" "$plans/design-example.json" && [ ! -e "$tmp/readonly.json~" ]
ok $? "the read-only plan is untouched and the message says why"

# F04: owner and group kept (root formatting another user's plan).
if [ "$(id -u)" = 0 ]; then
  cp "$plans/design-example.json" "$tmp/theirs.json"
  chown 65534:65534 "$tmp/theirs.json"
  chmod 600 "$tmp/theirs.json"
  $cli format "$tmp/theirs.json"; check_exit $? 0 "root formats another user's plan"
  [ "$(owner "$tmp/theirs.json")" = 65534:65534 ] && [ "$(mode "$tmp/theirs.json")" = 600 ] &&
    [ "$(owner "$tmp/theirs.json~")" = 65534:65534 ]
  ok $? "the plan and its backup keep their owner, group and mode"
else
  echo "ok 11 # SKIP needs root"
  echo "ok 12 # SKIP needs root"
  n=$((n + 2))
fi

# F14: a name of 250 bytes can be saved (the temporary name stays short).
long=$(printf 'p%.0s' $(seq 1 245)).json
cp "$plans/design-example.json" "$tmp/$long"
$cli format "$tmp/$long"; check_exit $? 0 "a 250-byte file name can be saved"
cmp -s "$tmp/$long" "$plans/one-week.json"; ok $? "and holds the canonical plan"

# F15: -o onto a dangling symbolic link is refused; the link stays.
ln -s "$tmp/nowhere.json" "$tmp/dangling.json"
$cli format "$plans/one-week.json" -o "$tmp/dangling.json" 2>"$tmp/err"; check_exit $? 1 "-o onto a dangling link exits with 1"
[ -L "$tmp/dangling.json" ] && [ ! -e "$tmp/nowhere.json" ] && grep -q "symbolic link" "$tmp/err"
ok $? "the link is kept and the message says why"
# … while a link to an existing file writes through it.
cp "$plans/design-example.json" "$tmp/target.json"
ln -s "$tmp/target.json" "$tmp/link.json"
$cli format "$plans/one-week.json" -o "$tmp/link.json"; check_exit $? 0 "-o onto a link to a file succeeds"
[ -L "$tmp/link.json" ] && cmp -s "$tmp/target.json" "$plans/one-week.json"; ok $? "the link's target is replaced"

# F16: concurrent formats of one file always leave the original as PLAN~.
bad=0
for round in $(seq 1 15); do
  # Memchecked in round 1 only; the rounds after it are for the race.
  cli_for_round $round
  cp "$plans/design-example.json" "$tmp/race.json"
  rm -f "$tmp/race.json~"
  for i in 1 2 3 4 5 6; do $round_cli format "$tmp/race.json" & done
  wait
  cmp -s "$tmp/race.json" "$plans/one-week.json" && cmp -s "$tmp/race.json~" "$plans/design-example.json" || bad=$((bad + 1))
done
[ $bad = 0 ]; ok $? "six concurrent formats: the plan is canonical and PLAN~ the original (bad rounds: $bad)"
ls -a "$tmp" | grep -q '^\.regimen-'; [ $? = 1 ]; ok $? "no temporary files are left behind"

# F05: an export that cannot be written leaves the previous export whole.
$cli export-ics "$plans/one-week.json" -o "$tmp/plan.ics"; check_exit $? 0 "export-ics writes a calendar"
cp "$tmp/plan.ics" "$tmp/plan.ics.before"
(trap '' XFSZ; ulimit -f 1; $cli export-ics "$plans/four-week.json" -o "$tmp/plan.ics" 2>/dev/null); check_exit $? 1 "export-ics on a full disk exits with 1"
cmp -s "$tmp/plan.ics" "$tmp/plan.ics.before"; ok $? "the previous calendar is whole"
$cli print "$plans/one-week.json" -o "$tmp/plan.pdf"; check_exit $? 0 "print writes a PDF"
cp "$tmp/plan.pdf" "$tmp/plan.pdf.before"
(trap '' XFSZ; ulimit -f 1; $cli print "$plans/four-week.json" -o "$tmp/plan.pdf" 2>/dev/null); check_exit $? 1 "print on a full disk exits with 1"
cmp -s "$tmp/plan.pdf" "$tmp/plan.pdf.before"; ok $? "the previous PDF is whole"

# F10: --start is read strictly, within 1900–2999.
for start in -001-01-01 +202-11-23 3000-01-06 2026-1-05; do
  $cli export-ics "$plans/one-week.json" --start="$start" >/dev/null 2>&1; check_exit $? 64 "--start=$start is a usage error"
done

# F08: control characters in iCalendar text become spaces; a lone CR in a
# title separates its words (the summary is one line: pass 27).
printf '{"format": "regimen-plan", "version": 1, "start_date": "2026-11-23", "weeks": [{"days": [{"sessions": [{"title": "Lower\\u0001body\\rday\\u007fB", "kind": "strength", "rpe": 5}]}, {}, {}, {}, {}, {}, {}]}]}' >"$tmp/controls.json"
$cli export-ics "$tmp/controls.json" -o "$tmp/controls.ics"
grep -q 'SUMMARY:Lower body day B (Strength)' "$tmp/controls.ics" && ! LC_ALL=C grep -q "$(printf '[\001\177]')" "$tmp/controls.ics"
ok $? "control characters are spaces and a lone CR separates words in the calendar"

# F07: text output shows control characters as escapes, never raw.
printf '{"format": "regimen-plan", "version": 1, "weeks": [{"label": "\\u001b[2J\\rNo problems found.\\u0007", "days": [{}, {}, {}, {}, {}, {}, {}]}]}' >"$tmp/terminal.json"
$cli stats "$tmp/terminal.json" >"$tmp/out" 2>&1
grep -q 'x1B\[2J\\rNo problems found.\\x07' "$tmp/out" && ! LC_ALL=C grep -q "$(printf '[\033\007\r]')" "$tmp/out"
ok $? "stats prints a label's ESC, CR and BEL as escapes"
printf '{"format": "regimen-plan", "version": 1, "weeks": [{"days": [{"sessions": [{"kind": "\\u001b[31mx\\nNo problems found.", "rpe": 5}]}, {}, {}, {}, {}, {}, {}]}]}' >"$tmp/kind.json"
$cli validate "$tmp/kind.json" >"$tmp/out" 2>&1
! LC_ALL=C grep -q "$(printf '\033')" "$tmp/out" && [ "$(wc -l <"$tmp/out")" = 1 ]
ok $? "validate's error quoting a bad kind stays on one line without ESC"

# N1: a plan of many small unknown values is refused before json-glib
# reads it, naming where the limit is passed.
awk 'BEGIN { printf "{\"format\": \"regimen-plan\", \"version\": 1, \"weeks\": []"
             for (i = 0; i < 600000; i++) printf ",\"x-a%d\": 0", i; print "}" }' >"$tmp/members.json"
$cli validate "$tmp/members.json" >/dev/null 2>"$tmp/err"; check_exit $? 2 "validate refuses 600,000 unknown members"
grep -q 'At \$\.x-a499996: the document holds more than 500000 values .*(line 1, column 7' "$tmp/err"
ok $? "the message names the member, line and column where the limit is passed"
awk 'BEGIN { printf "{\"format\": \"regimen-plan\", \"version\": 1, \"weeks\": [], \"x-list\": [0"
             for (i = 1; i < 600000; i++) printf ",0"; print "]}" }' >"$tmp/elements.json"
cp "$tmp/elements.json" "$tmp/elements.before"
$cli format "$tmp/elements.json" 2>"$tmp/err"; check_exit $? 2 "format refuses a list of 600,000 elements"
grep -q 'At \$\.x-list\[499995\]: ' "$tmp/err" && cmp -s "$tmp/elements.json" "$tmp/elements.before" && [ ! -e "$tmp/elements.json~" ]
ok $? "the message names the element and the file is untouched"

# N2: a member name given twice is refused, naming the second one.
printf '{"format": "regimen-plan", "version": 1, "title": "Mine",\n"weeks": [], "title": "Theirs"}\n' >"$tmp/twice.json"
$cli format "$tmp/twice.json" 2>"$tmp/err"; check_exit $? 2 "format refuses a member name used twice"
grep -q 'At \$\.title: the member name is used twice in the same object (line 2, column 14)' "$tmp/err" && grep -q Mine "$tmp/twice.json"
ok $? "the message names the second one and the file keeps both"

# N3: a number that would read as 0 is refused, not rewritten as 0.0.
printf '{"format": "regimen-plan", "version": 1, "weeks": [], "x-tiny": 1e-400}\n' >"$tmp/tiny.json"
$cli format "$tmp/tiny.json" 2>"$tmp/err"; check_exit $? 2 "format refuses 1e-400"
grep -q 'At \$\.x-tiny: the number is too close to zero' "$tmp/err" && grep -q '1e-400' "$tmp/tiny.json"
ok $? "the message names the member and the file keeps the number"
printf '{"format": "regimen-plan", "version": 1, "weeks": [], "x-zero": 0e-400, "x-least": 4.9e-324}\n' >"$tmp/zero.json"
$cli format "$tmp/zero.json" -o - >"$tmp/out"; check_exit $? 0 "format reads 0e-400 (a zero) and 4.9e-324 (the least double)"
grep -q '"x-zero": 0.0,' "$tmp/out" && grep -q '"x-least": 5e-324' "$tmp/out"
ok $? "and writes them back as the same numbers"

# N5: bidirectional controls, line separators and C1 controls are escapes
# in text output and \u escapes in --json, never raw.
printf '{"format": "regimen-plan", "version": 1, "weeks": [{"label": "A\\u202eB\\u2028C\\u0085D\\u2066E\\u200fF", "days": [{}, {}, {}, {}, {}, {}, {}]}]}' >"$tmp/bidi.json"
raw="$(printf '\342\200\256\|\342\200\250\|\302\205\|\342\201\246\|\342\200\217')"
$cli stats "$tmp/bidi.json" >"$tmp/out" 2>&1
grep -q '^Week 1 — “A\\u202EB\\u2028C\\u0085D\\u2066E\\u200FF”$' "$tmp/out" && ! grep -q "$raw" "$tmp/out"
ok $? "stats prints bidirectional controls, U+2028 and C1 controls as escapes"
$cli stats --json "$tmp/bidi.json" >"$tmp/out" 2>&1
grep -q '"A\\u202EB\\u2028C\\u0085D\\u2066E\\u200FF"' "$tmp/out" && ! grep -q "$raw" "$tmp/out"
ok $? "stats --json writes them as \\u escapes"
printf '{"format": "regimen-plan", "version": 1, "weeks": [{"days": [{"sessions": [{"kind": "x\\u202eNo problems\\u2029found.\\u009b", "rpe": 5}]}, {}, {}, {}, {}, {}, {}]}]}' >"$tmp/bidi-kind.json"
$cli validate "$tmp/bidi-kind.json" >"$tmp/out" 2>&1
grep -q 'x\\u202ENo problems\\u2029found.\\u009B' "$tmp/out" && ! grep -q "$raw\|$(printf '\302\233')" "$tmp/out"
ok $? "validate's error quoting a kind shows them as escapes"

# N6: over a file size limit (ulimit -f) a write fails with exit 1 instead
# of killing the command, and no temporary file is left beside the target.
mkdir "$tmp/xfsz"
cp "$plans/design-example.json" "$tmp/xfsz/plan.json"
(ulimit -f 1; $cli format "$tmp/xfsz/plan.json" 2>/dev/null); check_exit $? 1 "format over the file size limit exits with 1"
(ulimit -f 1; $cli export-ics "$plans/four-week.json" -o "$tmp/xfsz/plan.ics" 2>/dev/null); check_exit $? 1 "export-ics over the file size limit exits with 1"
(ulimit -f 1; $cli print "$plans/four-week.json" -o "$tmp/xfsz/plan.pdf" 2>/dev/null); check_exit $? 1 "print over the file size limit exits with 1"
(ulimit -f 1; $cli new --template sprinter-strength -o "$tmp/xfsz/new.json" 2>/dev/null); check_exit $? 1 "new over the file size limit exits with 1"
[ "$(ls -A "$tmp/xfsz")" = plan.json ] && cmp -s "$tmp/xfsz/plan.json" "$plans/design-example.json"
ok $? "the plan is whole and nothing else is left in its folder"

# N4: a title over 10,000 characters is a usage error and nothing is
# written; 10,000 are kept whole.
title=$(awk 'BEGIN { for (i = 0; i < 10000; i++) printf "é" }')
$cli new -o "$tmp/long-title.json" --title="${title}x" 2>"$tmp/err"; check_exit $? 64 "new --title of 10,001 characters is a usage error"
[ ! -e "$tmp/long-title.json" ] && grep -q '10001 characters long; a title holds at most 10000' "$tmp/err"
ok $? "nothing is written and the message gives the limit"
$cli new -o "$tmp/long-title.json" --title="$title"; check_exit $? 0 "new --title of 10,000 characters succeeds"
grep -q "\"title\": \"$title\"" "$tmp/long-title.json"; ok $? "and the plan has the title"

# N7: every problem with a file names it as it was given (percent signs
# and all), reading and writing alike.
mkdir "$tmp/dir%41"
printf '{\n' >"$tmp/dir%41/p%20q.json"
named=0
for command in validate stats format; do
  $cli $command "$tmp/dir%41/p%20q.json" 2>"$tmp/err" >/dev/null
  grep -qF "regimen-cli $command: $tmp/dir%41/p%20q.json: Line 2, column 1: " "$tmp/err" || named=$((named + 1))
done
for command in print export-ics; do
  $cli $command "$tmp/dir%41/p%20q.json" -o "$tmp/out.x" 2>"$tmp/err" >/dev/null
  grep -qF "regimen-cli $command: $tmp/dir%41/p%20q.json: Line 2, column 1: " "$tmp/err" || named=$((named + 1))
done
[ $named = 0 ]; ok $? "validate, stats, format, print and export-ics name the plan as given ($named did not)"
named=0
$cli export-ics "$plans/one-week.json" -o "$tmp/none/plan.ics" 2>"$tmp/err"
grep -qF "regimen-cli export-ics: $tmp/none/plan.ics: " "$tmp/err" || named=$((named + 1))
$cli print "$plans/one-week.json" -o "$tmp/none/plan.pdf" 2>"$tmp/err"
grep -qF "regimen-cli print: $tmp/none/plan.pdf: " "$tmp/err" || named=$((named + 1))
$cli render burpee -o "$tmp/none/burpee.png" 2>"$tmp/err"
grep -qF "regimen-cli render: $tmp/none/burpee.png: " "$tmp/err" || named=$((named + 1))
$cli new -o "$tmp/none/plan.json" 2>"$tmp/err"
grep -qF "regimen-cli new: $tmp/none/plan.json: " "$tmp/err" || named=$((named + 1))
$cli format "$plans/one-week.json" -o "$tmp/none/plan.json" 2>"$tmp/err"
grep -qF "regimen-cli format: $tmp/none/plan.json: " "$tmp/err" || named=$((named + 1))
[ $named = 0 ]; ok $? "export-ics, print, render, new and format name the file they cannot write ($named did not)"

# N7: "-" as PLAN is wrong usage for every command (none reads standard input).
usage=0
for command in validate stats format export-ics; do
  $cli $command - </dev/null >/dev/null 2>&1; [ $? = 64 ] || usage=$((usage + 1))
done
$cli print - -o "$tmp/stdin.pdf" </dev/null >/dev/null 2>&1; [ $? = 64 ] || usage=$((usage + 1))
$cli format -- - </dev/null >/dev/null 2>&1; [ $? = 64 ] || usage=$((usage + 1))
[ $usage = 0 ]; ok $? "- as PLAN exits with 64 for validate, stats, format, print, export-ics and format -- - ($usage did not)"

# N7: a calendar past 2999 is refused, not written with five-digit years.
# A plan's own weeks end by 2999-12-31 (pass 43b); --start may still give
# an undated plan a start its weeks run past.
$cli new --template sprinter-strength --weeks 104 -o "$tmp/late.json"
$cli export-ics "$tmp/late.json" --start 2999-12-30 -o "$tmp/late.ics" 2>"$tmp/err"; check_exit $? 64 "export-ics of a plan running past 2999 is refused"
grep -q 'runs until 3001-12-27, past the end of 2999' "$tmp/err" && [ ! -e "$tmp/late.ics" ]
ok $? "the message gives the last date and no calendar is written"

# A3: a check message quotes at most 60 characters of a title and names at
# most 5 sessions, so validate's output grows with the plan, not its square.
awk 'BEGIN { t = ""; for (i = 0; i < 2000; i++) t = t "h"
  s = "{\"title\": \"" t "\", \"kind\": \"hiit\", \"rpe\": 8}"; d = "{\"sessions\": [" s "," s "," s "," s "]}"
  printf "{\"format\": \"regimen-plan\", \"version\": 1, \"weeks\": [{\"days\": [%s,%s,%s,%s,%s,%s,%s]}]}\n", d, d, d, d, d, d, d }' >"$tmp/hiit.json"
$cli validate "$tmp/hiit.json" >"$tmp/out"; check_exit $? 1 "validate of 28 HIIT sessions with 2,000-character titles finds errors"
[ "$(wc -c <"$tmp/out")" -lt 40000 ] && grep -q "“h\{59\}…” and 23 more); 1 a week" "$tmp/out" && ! grep -q 'h\{61\}' "$tmp/out"
ok $? "its messages abbreviate the titles and name 5 sessions, then count the rest ($(wc -c <"$tmp/out") bytes)"

# A13: a session's estimate is at most 600 minutes (the longest session);
# the check reports items that take longer, and the calendar ends in 2999.
awk 'BEGIN { printf "{\"format\": \"regimen-plan\", \"version\": 1, \"start_date\": \"2999-12-23\", \"weeks\": [{\"days\": [{}, {}, {}, {}, {}, {}, {\"sessions\": [{\"title\": \"Long\", \"kind\": \"strength\", \"rpe\": 5, \"time\": \"23:00\", \"items\": ["
  for (i = 0; i < 100; i++) printf "%s{\"exercise\": \"forearm-plank\", \"sets\": 20, \"hold_seconds\": 36000}", (i ? "," : ""); print "]}]}]}]}" }' >"$tmp/endless.json"
$cli validate "$tmp/endless.json" >"$tmp/out"; check_exit $? 1 "validate of a session whose items take 20,000 hours finds an error"
grep -q '^Error \[DATA\] Week 1, Sunday, “Long”: the items take about 1202000 minutes, more than the longest session of 600 minutes' "$tmp/out"
ok $? "the DATA finding names the session and the estimate"
$cli stats "$tmp/endless.json" | grep -q 'Weekly load (AU) *3000 of'; ok $? "stats counts it as 600 minutes (3000 AU at RPE 5)"
$cli export-ics "$tmp/endless.json" -o "$tmp/endless.ics"
grep -q '^DTEND:29991230T090000' "$tmp/endless.ics" && grep -q 'about 600 min' "$tmp/endless.ics"
ok $? "the calendar event lasts 600 minutes and ends in 2999"

# A6: print counts the pages first and refuses a week of more than 10
# (here 400 exercises on a Monday) without drawing any.
awk 'BEGIN { it = "{\"exercise\": \"forearm-plank\", \"sets\": 3, \"hold_seconds\": 30}"; items = it; for (i = 1; i < 100; i++) items = items "," it
  s = "{\"title\": \"S\", \"kind\": \"strength\", \"rpe\": 5, \"items\": [" items "]}"; ss = s; for (i = 1; i < 4; i++) ss = ss "," s
  printf "{\"format\": \"regimen-plan\", \"version\": 1, \"weeks\": [{\"days\": [{\"sessions\": [%s]}, {}, {}, {}, {}, {}, {}]}]}\n", ss }' >"$tmp/crowded.json"
$cli print "$tmp/crowded.json" -o "$tmp/crowded.pdf" 2>"$tmp/err"; check_exit $? 1 "print refuses a week whose sheet takes 67 pages"
grep -q 'The sheet of week 1 would take more than 10 pages' "$tmp/err" && [ ! -e "$tmp/crowded.pdf" ]
ok $? "the message names the week and the limit, and no PDF is written"
$cli print "$plans/one-week.json" -o '' 2>/dev/null; check_exit $? 64 "print -o '' is a usage error"
$cli print "$plans/one-week.json" -o "$tmp/ok.pdf" && [ "$(pdfinfo "$tmp/ok.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')" = 1 ]
ok $? "a plan's week within the limit prints on one page"

# A8: a name of 255 bytes leaves no room for PLAN~: the save is refused,
# naming the limit, and the plan is untouched.
long=$(printf 'a%.0s' $(seq 1 250)).json
cp "$plans/design-example.json" "$tmp/$long"
$cli format "$tmp/$long" 2>"$tmp/err"; check_exit $? 1 "format of a plan with a 255-byte name exits with 1"
grep -q 'too long to keep the previous version beside it as NAME~; a name of at most 254 bytes' "$tmp/err" &&
  cmp -s "$tmp/$long" "$plans/design-example.json"
ok $? "the message gives the limit and the plan is untouched"

# A9: new without --force never replaces a file, even one made meanwhile.
mkdir "$tmp/new-race"
both=0
for round in $(seq 1 20); do
  # Memchecked in round 1 only; the rounds after it are for the race.
  cli_for_round $round
  rm -f "$tmp/new-race/n.json" "$tmp/new-race/n.json~"
  $round_cli new -o "$tmp/new-race/n.json" --title A 2>/dev/null & first=$!
  $round_cli new -o "$tmp/new-race/n.json" --title B 2>/dev/null & second=$!
  wait $first; a=$?; wait $second; b=$?
  [ $a = 0 ] && [ $b = 0 ] && both=$((both + 1))
done
[ $both = 0 ]; ok $? "two racing news of one file never both succeed ($both rounds did)"
$cli new -o "$tmp/new-race/n.json" 2>"$tmp/err"; check_exit $? 1 "new onto an existing file exits with 1"
grep -q 'already exists; give --force' "$tmp/err"; ok $? "and says the file exists"

# A10: racing writers of a file that does not exist yet: one wins, the
# other replaces it keeping it as FILE~; no version is lost.
$cli format "$plans/design-example.json" -o - >"$tmp/a.canon"
$cli format "$plans/four-week.json" -o - >"$tmp/b.canon"
lost=0
for round in $(seq 1 20); do
  # Memchecked in round 1 only; the rounds after it are for the race.
  cli_for_round $round
  rm -f "$tmp/new-race/f.json" "$tmp/new-race/f.json~"
  $round_cli format "$plans/design-example.json" -o "$tmp/new-race/f.json" &
  $round_cli format "$plans/four-week.json" -o "$tmp/new-race/f.json" &
  wait
  { cmp -s "$tmp/new-race/f.json" "$tmp/a.canon" && cmp -s "$tmp/new-race/f.json~" "$tmp/b.canon"; } ||
    { cmp -s "$tmp/new-race/f.json" "$tmp/b.canon" && cmp -s "$tmp/new-race/f.json~" "$tmp/a.canon"; } ||
    lost=$((lost + 1))
done
[ $lost = 0 ]; ok $? "two racing formats onto a new file keep both versions ($lost rounds lost one)"

# A14: render reads --time as decimal seconds and --frame from 1.
bad=0
for option in "--time nan" "--time inf" "--time 0x10" "--time -1" "--time 1e1" "--frame 0"; do
  $cli render burpee -o "$tmp/figure.png" $option 2>/dev/null; [ $? = 64 ] || bad=$((bad + 1))
done
$cli render burpee -o "$tmp/figure.png" --time 1.5 || bad=$((bad + 1))
[ $bad = 0 ]; ok $? "render: --time nan, inf, 0x10, -1, 1e1 and --frame 0 are usage errors, --time 1.5 works ($bad wrong)"

exit $fail
