#!/bin/sh
# Issue 21, pass 33a's leftovers (c): texts that show nothing where a
# person reads them, on the command line.
. "$(dirname "$0")/tap.sh"
fixtures=$2

echo "1..2"

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

exit $fail
