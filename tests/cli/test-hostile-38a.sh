#!/bin/sh
# Issue 21, adversarial pass 38a (session 36), on the command line.
. "$(dirname "$0")/tap.sh"
fixtures=$2

echo "1..8"

# A block moved to another place, its name, goal and weeks the same
# (`block move PLAN 3 1`, the deload put first): diff matched it by its
# name, found its members unchanged and said nothing, exit 0, though
# week 1 is now the deload's and weeks 2–9 the others'. The weeks of
# blocks-a.json are empty, so nothing else tells the two plans apart.
cp "$fixtures/diff/blocks-a.json" "$tmp/a.json"
cp "$tmp/a.json" "$tmp/moved.json"
$cli block move "$tmp/moved.json" 3 1 >/dev/null 2>"$tmp/err"
check_exit $? 0 "block move puts the deload first (got: $(cat "$tmp/err"))"

$cli diff "$tmp/a.json" "$tmp/moved.json" >"$tmp/out" 2>&1
check_exit $? 1 "a block moved is a difference (got: $(cat "$tmp/out"))"
grep -qxF 'Block 1 “Deload”: moved from block 3 (week 9), now week 1' "$tmp/out"
ok $? "diff says which block moved, from where and to where (got: $(cat "$tmp/out"))"

$cli diff --json "$tmp/a.json" "$tmp/moved.json" >"$tmp/json" 2>&1
python3 - "$tmp/json" <<'PY' >"$tmp/out" 2>&1
import json, sys
changes = json.load(open(sys.argv[1]))["changes"]
assert [c["change"] for c in changes] == ["block-moved"], changes
c = changes[0]
assert c["block"] == 1 and c["at"] == {"week": 1} and c["from"] == {"week": 9}, c
PY
ok $? "--json gives it as a block-moved change with where it was (got: $(cat "$tmp/out"))"

$cli diff "$tmp/moved.json" "$tmp/a.json" >"$tmp/out" 2>&1
check_exit $? 1 "moved back is a difference too (got: $(cat "$tmp/out"))"

# A block added before the others moves none of them: only the one line
# of the block added (and its week).
cp "$tmp/a.json" "$tmp/added.json"
$cli block add "$tmp/added.json" Prep --weeks 1 --before 1 >/dev/null 2>&1
$cli diff "$tmp/a.json" "$tmp/added.json" >"$tmp/out" 2>&1
! grep -q 'moved' "$tmp/out" && grep -qxF 'Block 1 “Prep”: added, week 1' "$tmp/out"
ok $? "a block added before the others moves none (got: $(cat "$tmp/out"))"


# A block moved to its own place or resized to its own length changes
# nothing: said so, the hand-written file left byte for byte as it was and
# no PLAN~ made, where “Moved block 1” was said and a resize rewrote the
# file in Regimen's own layout, its PLAN~ replaced.
cp "$fixtures/ui/blocks.regimen.json" "$tmp/hand.json"
$cli block move "$tmp/hand.json" 1 1 >"$tmp/out" 2>&1
status=$?
[ "$status" = 0 ] && grep -qxF 'Nothing changed: block 1 “Base” (weeks 1–2) is in that place already.' "$tmp/out" &&
  cmp -s "$fixtures/ui/blocks.regimen.json" "$tmp/hand.json" && [ ! -e "$tmp/hand.json~" ]
ok $? "a block moved to its own place is said unchanged, the file untouched (exit $status, got: $(cat "$tmp/out"))"

$cli block resize "$tmp/hand.json" Base 2 >"$tmp/out" 2>&1
status=$?
[ "$status" = 0 ] && grep -qxF 'Nothing changed: block 1 “Base” (weeks 1–2) has that many weeks already.' "$tmp/out" &&
  cmp -s "$fixtures/ui/blocks.regimen.json" "$tmp/hand.json" && [ ! -e "$tmp/hand.json~" ]
ok $? "a block resized to its own length is said unchanged, the file untouched (exit $status, got: $(cat "$tmp/out"))"

exit $fail
