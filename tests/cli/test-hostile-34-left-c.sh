#!/bin/sh
# Issue 21, pass 33a's leftovers (c): texts that show nothing where a
# person reads them, on the command line.
. "$(dirname "$0")/tap.sh"
fixtures=$2

echo "1..4"

# An acknowledgement whose reason is three spaces, or a zero-width space:
# a reason that shows nothing is no reason, as an empty one is none. The
# file is refused, naming where (it was read, and the check said
# “Acknowledged: ” and a blank).
for reason in '   ' '\u200b'; do
  python3 - "$fixtures/plans/one-week.json" "$tmp/ack.json" "$reason" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
plan["acknowledgements"] = [{"finding": "HIIT-FREQ@w0.d4.s0", "fingerprint": "0000000000000000",
                             "reason": sys.argv[3].encode().decode("unicode_escape")}]
json.dump(plan, open(sys.argv[2], "w"), indent=2)
PY
  $cli validate "$tmp/ack.json" >"$tmp/out" 2>&1
  status=$?
  [ "$status" = 2 ] &&
    grep -q 'acknowledgements\[0\]\.reason' "$tmp/out" &&
    grep -q 'the reason shows nothing' "$tmp/out"
  ok $? "an acknowledgement's reason “$reason” is refused, naming its place (exit $status: $(head -n 3 "$tmp/out"))"
done

# A session titled with a zero-width space, against the same session
# without a title: diff spells the title, as the check and import-csv
# quote such a text. It said “title “” → —”, a change from nothing to
# nothing.
python3 - "$fixtures/plans/one-week.json" "$tmp/untitled.json" "$tmp/zw.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
session = plan["weeks"][0]["days"][0]["sessions"][0]
session.pop("title", None)
json.dump(plan, open(sys.argv[2], "w"), indent=2)
session["title"] = "\u200b"
json.dump(plan, open(sys.argv[3], "w"), indent=2)
PY
$cli diff "$tmp/zw.json" "$tmp/untitled.json" >"$tmp/diff.out" 2>&1
grep -q 'title “\[U+200B\]” → —' "$tmp/diff.out" &&
  ! grep -q 'title “” → —' "$tmp/diff.out"
ok $? "diff spells a title of a zero-width space: $(grep title "$tmp/diff.out" | head -n 1)"

$cli diff "$tmp/untitled.json" "$tmp/zw.json" >"$tmp/diff.out" 2>&1
grep -q 'title — → “\[U+200B\]”' "$tmp/diff.out"
ok $? "and the other way round: $(grep title "$tmp/diff.out" | head -n 1)"

exit $fail
