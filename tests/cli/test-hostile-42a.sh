#!/bin/sh
# Issue 21, pass 42a: diff pairs blocks of one name by aligning the two
# plans' blocks in order, where pass 41a's tiers and 41b's repairs read
# some changes otherwise than they were made (found by a seeded random
# run of block and week commands over plans with repeated names).
. "$(dirname "$0")/tap.sh"

echo "1..9"

# The block lines diff prints for $tmp/before.json against $1, to compare
# with $2.
says_blocks () {
  $cli diff "$tmp/before.json" "$1" >"$tmp/diff" 2>&1
  [ "$(grep '^Block' "$tmp/diff")" = "$2" ]
}

# A, A, B, A, a session in week 1 (the first “A”) and week 5 (“B”), “B”
# moved first: one block moved. diff said the second and the first “A”
# moved after it, and the second and last “A” resized.
$cli new -o "$tmp/move.json" --weeks 8 >/dev/null 2>&1 &&
  $cli block add "$tmp/move.json" A --weeks 3 >/dev/null 2>&1 &&
  $cli block add "$tmp/move.json" A --weeks 1 >/dev/null 2>&1 &&
  $cli block add "$tmp/move.json" B --weeks 2 >/dev/null 2>&1 &&
  $cli block add "$tmp/move.json" A --weeks 2 >/dev/null 2>&1 &&
  $cli session add "$tmp/move.json" --week 1 --day mon --title Squat >/dev/null 2>&1 &&
  $cli session add "$tmp/move.json" --week 5 --day mon --title Row >/dev/null 2>&1 &&
  cp "$tmp/move.json" "$tmp/before.json" &&
  $cli block move "$tmp/move.json" 3 1 >"$tmp/out" 2>&1 &&
  says_blocks "$tmp/move.json" "Block 1 “B”: moved from block 3 (weeks 5–6), now weeks 1–2"
ok $? "diff says a block moved before blocks of another name one move (got: $(cat "$tmp/diff"))"

# B, A, B, A, a session in week 3 (the first “A”), the first “A”
# duplicated: the copy is added. diff said the last “A” moved onto the
# copy's place and resized, and a block added after.
$cli new -o "$tmp/dup.json" --weeks 7 >/dev/null 2>&1 &&
  $cli block add "$tmp/dup.json" B --weeks 1 >/dev/null 2>&1 &&
  $cli block add "$tmp/dup.json" A --weeks 2 >/dev/null 2>&1 &&
  $cli block add "$tmp/dup.json" B --weeks 1 >/dev/null 2>&1 &&
  $cli block add "$tmp/dup.json" A --weeks 3 >/dev/null 2>&1 &&
  $cli session add "$tmp/dup.json" --week 3 --day mon --title Squat >/dev/null 2>&1 &&
  cp "$tmp/dup.json" "$tmp/before.json" &&
  $cli block duplicate "$tmp/dup.json" 2 >"$tmp/out" 2>&1 &&
  says_blocks "$tmp/dup.json" "Block 3 “A”: added, weeks 4–5"
ok $? "diff says a block duplicated beside one of its name added (got: $(cat "$tmp/diff"))"

# Three blocks “A” of 3, 3 and 1 weeks, a session in week 4 (the
# second), the second deleted with its weeks kept in the first: the first
# grew. diff said the first removed and the second grown, its session
# pulling it to the block left.
$cli new -o "$tmp/kept.json" --weeks 7 >/dev/null 2>&1 &&
  $cli block add "$tmp/kept.json" A --weeks 3 >/dev/null 2>&1 &&
  $cli block add "$tmp/kept.json" A --weeks 3 >/dev/null 2>&1 &&
  $cli block add "$tmp/kept.json" A --weeks 1 >/dev/null 2>&1 &&
  $cli session add "$tmp/kept.json" --week 4 --day mon --title Squat >/dev/null 2>&1 &&
  cp "$tmp/kept.json" "$tmp/before.json" &&
  $cli block delete "$tmp/kept.json" 2 --keep-weeks >"$tmp/out" 2>&1
says_diff $? "$tmp/kept.json" "Block 1 “A”: weeks 3 → 6, now weeks 1–6
Block 2 “A”: removed, weeks 4–6" \
  "diff says a block deleted with its weeks, a session in them, kept in the block before removed"

# Two empty blocks “A” of one and two weeks, the first moved after the
# second: one move, where an alignment in order alone says both resized.
$cli new -o "$tmp/swap.json" --weeks 3 >/dev/null 2>&1 &&
  $cli block add "$tmp/swap.json" A --weeks 1 >/dev/null 2>&1 &&
  $cli block add "$tmp/swap.json" A --weeks 2 >/dev/null 2>&1 &&
  cp "$tmp/swap.json" "$tmp/before.json" &&
  $cli block move "$tmp/swap.json" 1 2 >"$tmp/out" 2>&1 &&
  says_blocks "$tmp/swap.json" "Block 1 “A”: moved from block 2 (weeks 2–3), now weeks 1–2"
ok $? "diff says two empty blocks of one name that changed places one move (got: $(cat "$tmp/diff"))"

# Two empty blocks “A” alike, the first deleted with its weeks kept in
# the second: the plan is one block “A” of four weeks either way, which
# the files cannot tell apart; diff keeps the earlier block.
$cli new -o "$tmp/alike.json" --weeks 4 >/dev/null 2>&1 &&
  $cli block add "$tmp/alike.json" A --weeks 2 >/dev/null 2>&1 &&
  $cli block add "$tmp/alike.json" A --weeks 2 >/dev/null 2>&1 &&
  cp "$tmp/alike.json" "$tmp/before.json" &&
  $cli block delete "$tmp/alike.json" 1 --keep-weeks >"$tmp/out" 2>&1
says_diff $? "$tmp/alike.json" "Block 1 “A”: weeks 2 → 4, now weeks 1–4
Block 2 “A”: removed, weeks 3–4" \
  "diff tells blocks alike apart only by order: the earlier kept"

# A, B, A, A “V”, sessions in weeks 2, 6 and 7, the first moved third:
# one move, the block holding its session. Without the weeks of B
# knowing the week of A whose sessions they hold, it read as removed and
# a block added, or as moved second.
$cli new -o "$tmp/third.json" --weeks 7 >/dev/null 2>&1 &&
  $cli block add "$tmp/third.json" A --weeks 2 >/dev/null 2>&1 &&
  $cli block add "$tmp/third.json" B --weeks 1 >/dev/null 2>&1 &&
  $cli block add "$tmp/third.json" A --weeks 2 >/dev/null 2>&1 &&
  $cli block add "$tmp/third.json" A --weeks 2 --goal V >/dev/null 2>&1 &&
  $cli session add "$tmp/third.json" --week 2 --day mon --title Squat >/dev/null 2>&1 &&
  $cli session add "$tmp/third.json" --week 6 --day mon --title Squat >/dev/null 2>&1 &&
  $cli session add "$tmp/third.json" --week 7 --day mon --title Squat >/dev/null 2>&1 &&
  cp "$tmp/third.json" "$tmp/before.json" &&
  $cli block move "$tmp/third.json" 1 3 >"$tmp/out" 2>&1 &&
  says_blocks "$tmp/third.json" "Block 3 “A”: moved from block 1 (weeks 1–2), now weeks 4–5"
ok $? "diff says a block with a session moved among blocks of its name one move (got: $(cat "$tmp/diff"))"

# Three blocks “A” of two weeks, sessions in weeks 1 and 2, the first
# moved last and given a goal: moved and changed. Paired by nothing but
# its place, it read as the last given the goal.
$cli new -o "$tmp/goal.json" --weeks 6 >/dev/null 2>&1 &&
  $cli block add "$tmp/goal.json" A --weeks 2 >/dev/null 2>&1 &&
  $cli block add "$tmp/goal.json" A --weeks 2 >/dev/null 2>&1 &&
  $cli block add "$tmp/goal.json" A --weeks 2 >/dev/null 2>&1 &&
  $cli session add "$tmp/goal.json" --week 1 --day mon --title Squat >/dev/null 2>&1 &&
  $cli session add "$tmp/goal.json" --week 2 --day mon --title Row >/dev/null 2>&1 &&
  cp "$tmp/goal.json" "$tmp/before.json" &&
  $cli block move "$tmp/goal.json" 1 3 >"$tmp/out" 2>&1 &&
  $cli block rename "$tmp/goal.json" 3 A --goal V >"$tmp/out" 2>&1 &&
  says_blocks "$tmp/goal.json" "Block 3 “A”: moved from block 1 (weeks 1–2), now weeks 5–6
Block 3 “A”: goal — → “V”"
ok $? "diff says a block with sessions moved and given a goal moved and changed (got: $(cat "$tmp/diff"))"

# Blocks “B”, “B” and “B” “V”, sessions in weeks 1, 3 and 4, the second
# duplicated: the copy is added. Without the goal counting, the copy read
# as the third given no goal and the third as added.
$cli new -o "$tmp/copy.json" --weeks 6 >/dev/null 2>&1 &&
  $cli block add "$tmp/copy.json" B --weeks 2 >/dev/null 2>&1 &&
  $cli block add "$tmp/copy.json" B --weeks 2 >/dev/null 2>&1 &&
  $cli block add "$tmp/copy.json" B --weeks 2 --goal V >/dev/null 2>&1 &&
  $cli session add "$tmp/copy.json" --week 1 --day mon --title Squat >/dev/null 2>&1 &&
  $cli session add "$tmp/copy.json" --week 3 --day mon --title Squat >/dev/null 2>&1 &&
  $cli session add "$tmp/copy.json" --week 4 --day mon --title Squat >/dev/null 2>&1 &&
  cp "$tmp/copy.json" "$tmp/before.json" &&
  $cli block duplicate "$tmp/copy.json" 2 >"$tmp/out" 2>&1 &&
  says_blocks "$tmp/copy.json" "Block 3 “B”: added, weeks 5–6"
ok $? "diff says a block duplicated before one of its name and another goal added (got: $(cat "$tmp/diff"))"

# B, A, A, A, B, A, sessions in weeks 1, 6 and 7 (the first “B”, the
# third “A”, the second “B”), the second “A” deleted: that block
# removed. Without the block whose sessions went with it paired first,
# the third “A”, its sessions still in the plan, read as removed.
$cli new -o "$tmp/delete.json" --weeks 9 >/dev/null 2>&1 &&
  $cli block add "$tmp/delete.json" B --weeks 1 >/dev/null 2>&1 &&
  $cli block add "$tmp/delete.json" A --weeks 1 >/dev/null 2>&1 &&
  $cli block add "$tmp/delete.json" A --weeks 2 >/dev/null 2>&1 &&
  $cli block add "$tmp/delete.json" A --weeks 2 >/dev/null 2>&1 &&
  $cli block add "$tmp/delete.json" B --weeks 2 >/dev/null 2>&1 &&
  $cli block add "$tmp/delete.json" A --weeks 1 >/dev/null 2>&1 &&
  $cli session add "$tmp/delete.json" --week 1 --day mon --title Squat >/dev/null 2>&1 &&
  $cli session add "$tmp/delete.json" --week 6 --day mon --title Squat >/dev/null 2>&1 &&
  $cli session add "$tmp/delete.json" --week 7 --day mon --title Squat >/dev/null 2>&1 &&
  cp "$tmp/delete.json" "$tmp/before.json" &&
  $cli block delete "$tmp/delete.json" 3 >"$tmp/out" 2>&1 &&
  says_blocks "$tmp/delete.json" "Block 3 “A”: removed, weeks 3–4"
ok $? "diff says an empty block deleted before one of its name with sessions removed (got: $(cat "$tmp/diff"))"

exit $fail
