#!/bin/sh
# Issue 21, pass 42a: diff pairs blocks of one name by aligning the two
# plans' blocks in order, where pass 41a's tiers and 41b's repairs read
# some changes otherwise than they were made.
. "$(dirname "$0")/tap.sh"

echo "1..3"

# Three blocks “Build” of two weeks, a session in week 1 only, the first
# moved last: one block moved. diff said nothing of the blocks, the
# first taken for the block at its place.
$cli new -o "$tmp/move.json" --weeks 6 >/dev/null 2>&1 &&
  $cli block add "$tmp/move.json" Build --weeks 2 >/dev/null 2>&1 &&
  $cli block add "$tmp/move.json" Build --weeks 2 >/dev/null 2>&1 &&
  $cli block add "$tmp/move.json" Build --weeks 2 >/dev/null 2>&1 &&
  $cli session add "$tmp/move.json" --week 1 --day mon --title Squat >/dev/null 2>&1 &&
  cp "$tmp/move.json" "$tmp/before.json" &&
  $cli block move "$tmp/move.json" 1 3 >"$tmp/out" 2>&1
status=$?
$cli diff "$tmp/before.json" "$tmp/move.json" >"$tmp/diff" 2>&1
[ "$status" = 0 ] && [ "$(grep -c '^Block' "$tmp/diff")" = 1 ] &&
  grep -q '^Block 3 “Build”: moved from block 1 (weeks 1–2), now weeks 5–6$' "$tmp/diff"
ok $? "diff says a block moved among blocks alike moved, once (exit $status, got: $(cat "$tmp/diff"))"

# Two blocks “Base” of two weeks, sessions in the second's weeks only,
# the second deleted with its weeks kept in the first: the first grew.
# diff said the first removed and the second grown, as its sessions
# went on in the block left.
$cli new -o "$tmp/kept.json" --weeks 4 >/dev/null 2>&1 &&
  $cli block add "$tmp/kept.json" Base --weeks 2 >/dev/null 2>&1 &&
  $cli block add "$tmp/kept.json" Base --weeks 2 >/dev/null 2>&1 &&
  $cli session add "$tmp/kept.json" --week 3 --day mon --title Squat >/dev/null 2>&1 &&
  $cli session add "$tmp/kept.json" --week 4 --day mon --title Squat >/dev/null 2>&1 &&
  cp "$tmp/kept.json" "$tmp/before.json" &&
  $cli block delete "$tmp/kept.json" 2 --keep-weeks >"$tmp/out" 2>&1
says_diff $? "$tmp/kept.json" "Block 1 “Base”: weeks 2 → 4, now weeks 1–4
Block 2 “Base”: removed, weeks 3–4" \
  "diff says the second of two blocks of one name deleted, its weeks with sessions kept in the first"

# Two empty blocks “Base” alike, the first deleted with its weeks kept in
# the second: the plan is one block “Base” of four weeks either way,
# which the files cannot tell apart; diff keeps the earlier block.
$cli new -o "$tmp/alike.json" --weeks 4 >/dev/null 2>&1 &&
  $cli block add "$tmp/alike.json" Base --weeks 2 >/dev/null 2>&1 &&
  $cli block add "$tmp/alike.json" Base --weeks 2 >/dev/null 2>&1 &&
  cp "$tmp/alike.json" "$tmp/before.json" &&
  $cli block delete "$tmp/alike.json" 1 --keep-weeks >"$tmp/out" 2>&1
says_diff $? "$tmp/alike.json" "Block 1 “Base”: weeks 2 → 4, now weeks 1–4
Block 2 “Base”: removed, weeks 3–4" \
  "diff tells blocks alike apart only by order: the earlier kept"

exit $fail
