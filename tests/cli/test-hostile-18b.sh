#!/bin/sh
# Issue 21, pass 18 (core and command line): -o /dev/stdout into a pipe
# is refused as what it is, and progress names the plan it could not save.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..5"

# -o /dev/stdout into a pipe: /dev/stdout links to “pipe:[N]”, no file
# at all. It is refused as a pipe is, not as a file that cannot be
# reached; -o - writes to standard output.
for command in export-ics export-csv format print; do
  { $cli $command "$plans/progression.json" -o /dev/stdout 2> "$tmp/err"; echo $? > "$tmp/status"; } | cat > /dev/null
  [ "$(cat "$tmp/status")" = 1 ] &&
    grep -q "^regimen-cli $command: /dev/stdout: .*“/dev/stdout”: it is not a regular file\.$" "$tmp/err" &&
    ! grep -q "No such file" "$tmp/err"
  ok $? "$command -o /dev/stdout into a pipe: not a regular file ($(cat "$tmp/err"))"
done

# The plan progress could not save is named as it was given.
cp "$plans/progression.json" "$tmp/read-only.json"
chmod a-w "$tmp/read-only.json"
cli_path=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
(cd "$tmp" && LANGUAGE=C ${REGIMEN_CLI_WRAPPER:-} "$cli_path" progress read-only.json --item pku4 --add 1% --weeks 3) 2> "$tmp/err"
[ $? = 1 ] && grep -q "^regimen-cli progress: read-only.json: Could not save the plan as “.*read-only.json”: the file is read-only\.$" "$tmp/err"
ok $? "progress names the plan it could not save ($(cat "$tmp/err"))"

exit $fail
