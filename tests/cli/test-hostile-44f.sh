#!/bin/sh
# Issue 21, session 44: what the fresh passes left — positions in a file
# of old Mac (CR-only) line endings, a warning's doubled punctuation, a
# failed write of standard output without its reason, and /dev/stdin of
# a file deleted meanwhile.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..9"

# A file saved with CR-only line endings was one line to the position a
# message gives: “Line 1, column 508”. CR, LF and CRLF end one line each.
python3 - "$plans/one-week.json" "$tmp" <<'PY'
import json, sys
text = json.dumps(json.load(open(sys.argv[1])), indent=2)
# “"format" x:” on line 2, column 12, wherever the line breaks are CR.
bad = text.replace('"format":', '"format" x:', 1)
for name, eol in (("cr", "\r"), ("crlf", "\r\n")):
    with open("%s/%s.json" % (sys.argv[2], name), "w", newline="") as f:
        f.write(bad.replace("\n", eol))
# A NUL byte on line 3, found before the JSON is read.
with open("%s/cr-nul.json" % sys.argv[2], "wb") as f:
    lines = text.split("\n")
    lines[2] = lines[2].replace('"', "\0", 1)
    f.write("\r".join(lines).encode())
PY
$cli validate "$tmp/cr.json" >"$tmp/out" 2>&1
status=$?
[ $status = 2 ] && grep -q "Line 2, column 12: " "$tmp/out"
ok $? "a plan of CR-only lines is refused at its line and column (exit $status, got: $(cat "$tmp/out"))"
$cli validate "$tmp/crlf.json" >"$tmp/out" 2>&1
status=$?
[ $status = 2 ] && grep -q "Line 2, column 12: " "$tmp/out"
ok $? "a CRLF counts as one line break, not two (exit $status, got: $(cat "$tmp/out"))"
$cli validate "$tmp/cr-nul.json" >"$tmp/out" 2>&1
status=$?
[ $status = 2 ] && grep -q "NUL byte at line 3, column " "$tmp/out"
ok $? "a NUL byte in CR-only lines is placed on its line too (exit $status, got: $(cat "$tmp/out"))"

# The custom exercises file alike, and its refusal in the warning read
# as one sentence: it ended “(line 1, column 110).)”.
mkdir -p "$tmp/data/regimen"
printf '{\r  "format": "regimen-exercises",\r  "format": 1\r}\r' >"$tmp/data/regimen/exercises.json"
XDG_DATA_HOME=$tmp/data $cli library list >/dev/null 2>"$tmp/err"
grep -q "could not be read (at \$.format: the member name is used twice in the same object (line 3, column 3)); only" "$tmp/err"
ok $? "a refused exercises file is placed on its CR-only line, said in one sentence (got: $(cat "$tmp/err"))"
XDG_DATA_HOME=$tmp/data LANGUAGE=de REGIMEN_LOCALEDIR=$MESON_BUILD_ROOT/po $cli library list >/dev/null 2>"$tmp/err"
grep -q "(bei \$.format: .* (Zeile 3, Spalte 3)); nur" "$tmp/err"
ok $? "and so in German (got: $(cat "$tmp/err"))"

# A full disk: stats --json, library list and diff said “could not be
# written.” without the reason the other commands give.
if [ -w /dev/full ]; then
  for command in "stats --json $plans/logged.json" "library list" "diff $plans/logged.json $plans/four-week.json"; do
    # shellcheck disable=SC2086 # the words of the command
    $cli $command >/dev/full 2>"$tmp/err"
    status=$?
    [ $status != 0 ] && grep -q "the output could not be written: No space left on device" "$tmp/err"
    ok $? "$command to a full disk says why it failed (exit $status, got: $(cat "$tmp/err"))"
  done
else
  for i in 1 2 3; do
    echo "ok $((n + i)) # SKIP no /dev/full"
  done
  n=$((n + 3))
fi

# format /dev/stdin of a file deleted after the shell opened it said the
# file “cannot be reached (No such file or directory)”.
python3 -c 'import json, sys; json.dump(json.load(open(sys.argv[1])), open(sys.argv[2], "w"))' \
  "$plans/one-week.json" "$tmp/gone.json"
exec 3<"$tmp/gone.json"
rm "$tmp/gone.json"
$cli format /dev/stdin <&3 >"$tmp/out" 2>&1
status=$?
exec 3<&-
[ $status = 1 ] && grep -q "“/dev/stdin”: it leads to a file that was deleted" "$tmp/out"
ok $? "format /dev/stdin of a deleted file says it was deleted (exit $status, got: $(cat "$tmp/out"))"

exit $fail
