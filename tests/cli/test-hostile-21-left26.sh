#!/bin/sh
# Leftovers of issue #21 (pass 26): paths quoted shortened, plans too
# large to save said at once, small loads shown in digits, what a CSV
# round trip does not carry said.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..3"

# 1. A path of about 4,000 bytes of nested folders is quoted shortened in
# the middle, its first folder and the file's name kept, not whole: the
# message stays a line a person reads.
deep=$tmp/$(python3 -c 'print("/".join("folder%03d" % i for i in range(370)))')
mkdir -p "$deep"
printf '{' >"$deep/bad.regimen.json"
$cli validate "$deep/bad.regimen.json" >"$tmp/out" 2>"$tmp/err"
check_exit $? 2 "validate of a broken plan 4,000 bytes deep exits with 2"
first=$(printf '%s' "$tmp" | cut -d/ -f2)
[ "$(wc -c <"$tmp/err")" -lt 300 ] &&
  grep -q "^regimen-cli validate: /$first/…/folder36[0-9]/.*/folder368/folder369/bad.regimen.json: Line 1, column 2: " "$tmp/err"
ok $? "quotes the path as /$first/…/folder369/bad.regimen.json, the name and its folders kept"
$cli format "$plans/progression.json" -o "$deep/no-such-folder/plan.regimen.json" >"$tmp/out" 2>"$tmp/err"
[ "$(wc -c <"$tmp/err")" -lt 300 ] && grep -q "^regimen-cli format: /$first/…/folder36[0-9]/.*/folder369/no-such-folder/plan.regimen.json: its folder cannot be reached" "$tmp/err"
ok $? "format -o into a missing folder 4,000 bytes deep says so in a short line"

exit $fail
