#!/bin/sh
# Issue #21, adversarial pass 34d: a file name longer than a folder takes.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..4"

# format -o and export-ics -o onto a name of 260 bytes, which no folder
# takes: said as “the file cannot be reached (File name too long)”, as of
# a disk gone away. Now the name's length and the longest one that can
# be written; exit 1, nothing written.
long=$(printf '%0260d' 0 | tr 0 b)
$cli format "$plans/four-week.json" -o "$tmp/$long" 2>"$tmp/err"; check_exit $? 1 "format -o onto a 260-byte name exits with 1"
grep -q ": the name is 260 bytes long, longer than the 255 bytes a file name can have; a name of at most 254 bytes can be saved.\$" "$tmp/err"
ok $? "format says how long the name is and how long one may be (got: $(cat "$tmp/err"))"
$cli export-ics "$plans/four-week.json" -o "$tmp/$long" 2>"$tmp/err"; check_exit $? 1 "export-ics -o onto a 260-byte name exits with 1"
grep -q ": the name is 260 bytes long, longer than the 255 bytes a file name can have; a name of at most 255 bytes can be saved.\$" "$tmp/err" &&
  [ -z "$(ls -A "$tmp" | grep -v '^err$')" ]
ok $? "export-ics says so too, with no previous version to keep, and nothing is written (got: $(cat "$tmp/err"))"

exit $fail
