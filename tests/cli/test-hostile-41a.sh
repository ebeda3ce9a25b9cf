#!/bin/sh
# Issue 21, pass 41a: a fresh adversarial pass, commands run one after
# another on one plan, each step checked with validate, format and diff.
. "$(dirname "$0")/tap.sh"
fixtures=$2

echo "1..10"

# block rename to the name another block has: the diff against the plan
# before said the other block (week 4) resized to the renamed one's weeks,
# the renamed one removed and a block of that name added, where block 1
# was renamed and nothing else changed.
cp "$fixtures/plans/four-week.json" "$tmp/rename.json"
$cli block add "$tmp/rename.json" Build --weeks 3 >/dev/null 2>&1 &&
  $cli block add "$tmp/rename.json" Deload --weeks 1 >/dev/null 2>&1 &&
  cp "$tmp/rename.json" "$tmp/before.json" &&
  $cli block rename "$tmp/rename.json" 1 Deload --goal Easy >"$tmp/out" 2>&1
says_diff $? "$tmp/rename.json" "Block 1 “Deload”: name “Build” → “Deload”, goal — → “Easy”" \
  "diff says a block renamed to another block's name renamed"

# And back: the block renamed again to its old name is the same block.
$cli diff "$tmp/rename.json" "$tmp/before.json" >"$tmp/diff" 2>&1
[ "$(cat "$tmp/diff")" = "Block 1 “Build”: name “Deload” → “Build”, goal “Easy” → —" ]
ok $? "diff of the plans the other way round says the rename back (got: $(cat "$tmp/diff"))"

# Of two blocks of one name, the first deleted: diff said the second
# removed, the first given the second's goal and the block between them
# moved, where block 1 and its week were deleted.
cp "$fixtures/plans/four-week.json" "$tmp/alike.json"
$cli block add "$tmp/alike.json" Base --weeks 1 >/dev/null 2>&1 &&
  $cli block add "$tmp/alike.json" Build --weeks 2 >/dev/null 2>&1 &&
  $cli block add "$tmp/alike.json" Base --weeks 1 --goal again >/dev/null 2>&1 &&
  cp "$tmp/alike.json" "$tmp/before.json" &&
  $cli block delete "$tmp/alike.json" 1 >"$tmp/out" 2>&1
says_diff $? "$tmp/alike.json" "Block 1 “Base”: removed, week 1
Week 1: removed, 5 sessions" \
  "diff says the first of two blocks of one name deleted"

# Of two blocks of one name and goal, the first, shorter one deleted: the
# other is the block of its own number of weeks, not the first of the
# name resized.
cp "$fixtures/plans/four-week.json" "$tmp/length.json"
$cli block add "$tmp/length.json" Base --weeks 1 >/dev/null 2>&1 &&
  $cli block add "$tmp/length.json" Base --weeks 2 >/dev/null 2>&1 &&
  cp "$tmp/length.json" "$tmp/before.json" &&
  $cli block delete "$tmp/length.json" 1 >"$tmp/out" 2>&1
says_diff $? "$tmp/length.json" "Block 1 “Base”: removed, week 1
Week 1: removed, 5 sessions" \
  "diff says the shorter of two blocks of one name deleted"

# A block given the goal of the next block of its name is that block
# changed where it is, not the two blocks swapped.
cp "$fixtures/plans/four-week.json" "$tmp/goal.json"
$cli block add "$tmp/goal.json" Base --weeks 2 --goal Volume >/dev/null 2>&1 &&
  $cli block add "$tmp/goal.json" Base --weeks 2 --goal Speed >/dev/null 2>&1 &&
  cp "$tmp/goal.json" "$tmp/before.json" &&
  $cli block rename "$tmp/goal.json" 1 Base --goal Speed >"$tmp/out" 2>&1
says_diff $? "$tmp/goal.json" "Block 1 “Base”: goal “Volume” → “Speed”" \
  "diff says a block given the goal of the next of its name changed where it is"

# A block added before another of its name: the new block is added, the
# other neither renamed nor resized (it was matched by its place: “goal
# “Volume” → —, weeks 4 → 1” and the old block “added”).
cp "$fixtures/plans/four-week.json" "$tmp/before-named.json"
$cli block add "$tmp/before-named.json" Base --weeks 4 --goal Volume >/dev/null 2>&1 &&
  cp "$tmp/before-named.json" "$tmp/before.json" &&
  $cli block add "$tmp/before-named.json" Base --weeks 1 --before 1 >"$tmp/out" 2>&1
says_diff $? "$tmp/before-named.json" "Block 1 “Base”: added, week 1
Week 1: added, 0 sessions" \
  "diff says a block added before another of its name added"

# The first of two blocks “Base” deleted, its week kept in the second:
# the block left is the one whose weeks it mostly holds, not the first
# grown (“weeks 1 → 4” and the second removed).
cp "$fixtures/plans/four-week.json" "$tmp/kept.json"
$cli block add "$tmp/kept.json" Base --weeks 1 >/dev/null 2>&1 &&
  $cli block add "$tmp/kept.json" Base --weeks 3 >/dev/null 2>&1 &&
  cp "$tmp/kept.json" "$tmp/before.json" &&
  $cli block delete "$tmp/kept.json" 1 --keep-weeks >"$tmp/out" 2>&1
says_diff $? "$tmp/kept.json" "Block 1 “Base”: weeks 3 → 4, now weeks 1–4
Block 1 “Base”: removed, week 1" \
  "diff says the first of two blocks of one name deleted, its week kept"

# The same in a plan whose weeks hold nothing, so that no week tells the
# blocks apart: the goal does, where the first “Base”, nearer, was taken.
# (Empty weeks are aligned in order: the week removed is said as the last.)
$cli new -o "$tmp/goals.json" --weeks 3 >/dev/null 2>&1 &&
  $cli block add "$tmp/goals.json" Base --weeks 1 >/dev/null 2>&1 &&
  $cli block add "$tmp/goals.json" Build --weeks 1 >/dev/null 2>&1 &&
  $cli block add "$tmp/goals.json" Base --weeks 1 --goal again >/dev/null 2>&1 &&
  cp "$tmp/goals.json" "$tmp/before.json" &&
  $cli block delete "$tmp/goals.json" 1 >"$tmp/out" 2>&1
says_diff $? "$tmp/goals.json" "Block 1 “Base”: removed, week 1
Week 3: removed, 0 sessions" \
  "diff says the first of two empty blocks of one name and other goals deleted"

# A block whose weeks hold nothing given the weeks of the next block of
# its name (block delete 2 --keep-weeks), whose weeks hold sessions: the
# block with the goal is the one kept, grown, where the weeks' sessions
# made it the second, given the goal, and the first removed.
cp "$fixtures/plans/four-week.json" "$tmp/grown.json"
$cli week insert "$tmp/grown.json" 1 --count 4 >/dev/null 2>&1 &&
  $cli block add "$tmp/grown.json" Base --weeks 4 --goal Volume >/dev/null 2>&1 &&
  $cli block add "$tmp/grown.json" Base --weeks 2 >/dev/null 2>&1 &&
  cp "$tmp/grown.json" "$tmp/before.json" &&
  $cli block delete "$tmp/grown.json" 2 --keep-weeks >"$tmp/out" 2>&1
says_diff $? "$tmp/grown.json" "Block 1 “Base”: weeks 4 → 6, now weeks 1–6
Block 2 “Base”: removed, weeks 5–6" \
  "diff says the second of two blocks of one name deleted, its weeks kept in the first"

# A block duplicated among empty blocks of another name (Build, Base,
# Build, Build): the copy is added, and the blocks “Build” after it, alike
# in all the diff reads, keep their order: the one that came to stand
# where the other stood was taken for it, and read as moved.
$cli new -o "$tmp/dup.json" --weeks 8 >/dev/null 2>&1 &&
  $cli block add "$tmp/dup.json" Build --weeks 2 >/dev/null 2>&1 &&
  $cli block add "$tmp/dup.json" Base --weeks 2 >/dev/null 2>&1 &&
  $cli block add "$tmp/dup.json" Build --weeks 2 >/dev/null 2>&1 &&
  $cli block add "$tmp/dup.json" Build --weeks 2 >/dev/null 2>&1 &&
  cp "$tmp/dup.json" "$tmp/before.json" &&
  $cli block duplicate "$tmp/dup.json" 2 >"$tmp/out" 2>&1
status=$?
$cli diff "$tmp/before.json" "$tmp/dup.json" >"$tmp/diff" 2>&1
[ "$status" = 0 ] && grep -q '^Block 3 “Base”: added, weeks 5–6$' "$tmp/diff" &&
  ! grep -q moved "$tmp/diff"
ok $? "diff says a block duplicated among alike empty blocks added, none moved (exit $status, got: $(cat "$tmp/diff"))"

exit $fail
