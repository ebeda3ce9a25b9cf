#!/bin/sh
# Issue 21, pass 41b: what pass 41a left in diff, blocks of one name told
# apart by the weeks as they are aligned where nothing else tells them.
. "$(dirname "$0")/tap.sh"

echo "1..7"

# Three empty blocks “Build” of two weeks, the second deleted with its
# weeks kept in the block before: the first grew over them and the
# second is gone. diff said the third removed, the block after taken for
# the second by order.
$cli new -o "$tmp/three.json" --weeks 6 >/dev/null 2>&1 &&
  $cli block add "$tmp/three.json" Build --weeks 2 >/dev/null 2>&1 &&
  $cli block add "$tmp/three.json" Build --weeks 2 >/dev/null 2>&1 &&
  $cli block add "$tmp/three.json" Build --weeks 2 >/dev/null 2>&1 &&
  cp "$tmp/three.json" "$tmp/before.json" &&
  $cli block delete "$tmp/three.json" 2 --keep-weeks >"$tmp/out" 2>&1
says_diff $? "$tmp/three.json" "Block 1 “Build”: weeks 2 → 4, now weeks 1–4
Block 2 “Build”: removed, weeks 3–4" \
  "diff says the second of three empty blocks of one name deleted, its weeks kept in the first"

# Two empty blocks “Base” of 2 and 3 weeks, the first resized to 3: it is
# the first grown, where diff said the second moved before it and the
# first grown 2 → 3 after it, the first pairing that of the new length.
$cli new -o "$tmp/resize.json" --weeks 5 >/dev/null 2>&1 &&
  $cli block add "$tmp/resize.json" Base --weeks 2 >/dev/null 2>&1 &&
  $cli block add "$tmp/resize.json" Base --weeks 3 >/dev/null 2>&1 &&
  cp "$tmp/resize.json" "$tmp/before.json" &&
  $cli block resize "$tmp/resize.json" 1 3 >"$tmp/out" 2>&1
says_diff $? "$tmp/resize.json" "Block 1 “Base”: weeks 2 → 3, now weeks 1–3
Week 6: added, 0 sessions" \
  "diff says the first of two empty blocks of one name resized to the second's length resized"

# A block “Build” added before two blocks “Build” of another goal, a block
# “Build” like it after them: it is added, where diff took the last one
# for it, moved onto its place, and said that one added. (Empty weeks
# are aligned in order: the week added is said as the last.)
$cli new -o "$tmp/added.json" --weeks 6 >/dev/null 2>&1 &&
  $cli block add "$tmp/added.json" Base --weeks 1 --goal Volume >/dev/null 2>&1 &&
  $cli block add "$tmp/added.json" Build --weeks 2 --goal Volume >/dev/null 2>&1 &&
  $cli block add "$tmp/added.json" Build --weeks 2 --goal Volume >/dev/null 2>&1 &&
  $cli block add "$tmp/added.json" Build --weeks 1 >/dev/null 2>&1 &&
  cp "$tmp/added.json" "$tmp/before.json" &&
  $cli block add "$tmp/added.json" Build --weeks 1 --before 2 >"$tmp/out" 2>&1
says_diff $? "$tmp/added.json" "Block 2 “Build”: added, week 2
Week 7: added, 0 sessions" \
  "diff says a block added before others of its name added, not the last of them moved"

# Base, Build “Volume”, Base “Volume”, Base, all empty, the first deleted
# with its weeks: diff said the last “Base” removed and the first moved
# onto its place, where the first was removed.
$cli new -o "$tmp/deleted.json" --weeks 8 >/dev/null 2>&1 &&
  $cli block add "$tmp/deleted.json" Base --weeks 2 >/dev/null 2>&1 &&
  $cli block add "$tmp/deleted.json" Build --weeks 2 --goal Volume >/dev/null 2>&1 &&
  $cli block add "$tmp/deleted.json" Base --weeks 2 --goal Volume >/dev/null 2>&1 &&
  $cli block add "$tmp/deleted.json" Base --weeks 2 >/dev/null 2>&1 &&
  cp "$tmp/deleted.json" "$tmp/before.json" &&
  $cli block delete "$tmp/deleted.json" 1 >"$tmp/out" 2>&1
says_diff $? "$tmp/deleted.json" "Block 1 “Base”: removed, weeks 1–2
Week 7: removed, 0 sessions
Week 8: removed, 0 sessions" \
  "diff says the first of blocks of one name deleted removed, not a later one"

# Three empty blocks “Build” of one week and one of two, all of a goal, a
# week inserted as week 1: the first grew, where diff said it grown and
# moved from the second's place and the second moved from the first's,
# one swap of partners leaving another.
$cli new -o "$tmp/insert.json" --weeks 5 >/dev/null 2>&1 &&
  $cli block add "$tmp/insert.json" Build --weeks 1 --goal Volume >/dev/null 2>&1 &&
  $cli block add "$tmp/insert.json" Build --weeks 1 --goal Volume >/dev/null 2>&1 &&
  $cli block add "$tmp/insert.json" Build --weeks 1 --goal Volume >/dev/null 2>&1 &&
  $cli block add "$tmp/insert.json" Build --weeks 2 --goal Volume >/dev/null 2>&1 &&
  cp "$tmp/insert.json" "$tmp/before.json" &&
  $cli week insert "$tmp/insert.json" 1 >"$tmp/out" 2>&1
says_diff $? "$tmp/insert.json" "Block 1 “Build”: weeks 1 → 2, now weeks 1–2
Week 6: added, 0 sessions" \
  "diff says a week inserted into the first of blocks of one name that block grown"

# Build, Base, Base, Build, Build, all empty, week 1 removed and with it
# the first block: diff said it removed and the last “Build” moved onto
# the place of the one before it, the first “Build” taken for the last
# one after the swaps that keep blocks in order had run.
$cli new -o "$tmp/week.json" --weeks 10 >/dev/null 2>&1 &&
  $cli block add "$tmp/week.json" Build --weeks 1 >/dev/null 2>&1 &&
  $cli block add "$tmp/week.json" Base --weeks 4 >/dev/null 2>&1 &&
  $cli block add "$tmp/week.json" Base --weeks 3 >/dev/null 2>&1 &&
  $cli block add "$tmp/week.json" Build --weeks 1 >/dev/null 2>&1 &&
  $cli block add "$tmp/week.json" Build --weeks 1 >/dev/null 2>&1 &&
  cp "$tmp/week.json" "$tmp/before.json" &&
  $cli week remove "$tmp/week.json" 1 >"$tmp/out" 2>&1
says_diff $? "$tmp/week.json" "Block 1 “Build”: removed, week 1
Week 10: removed, 0 sessions" \
  "diff says the week of a block of one week removed that block removed, no other moved"

# Blocks “A” among others, the second block (“A” “Volume”) given no goal
# and the third resized to 2 weeks: diff read them as the third moved
# onto the second's place and changed in both, one pass of swaps leaving
# a pair out of order (found by comparing diff with that pass once).
$cli new -o "$tmp/two.json" --weeks 9 >/dev/null 2>&1 &&
  $cli block add "$tmp/two.json" B --weeks 1 >/dev/null 2>&1 &&
  $cli block add "$tmp/two.json" A --weeks 1 --goal Volume >/dev/null 2>&1 &&
  $cli block add "$tmp/two.json" A --weeks 1 >/dev/null 2>&1 &&
  $cli block add "$tmp/two.json" A --weeks 1 --goal Volume >/dev/null 2>&1 &&
  $cli block add "$tmp/two.json" A --weeks 2 >/dev/null 2>&1 &&
  $cli block add "$tmp/two.json" B --weeks 2 --goal Volume >/dev/null 2>&1 &&
  $cli block add "$tmp/two.json" B --weeks 1 --goal Volume >/dev/null 2>&1 &&
  cp "$tmp/two.json" "$tmp/before.json" &&
  $cli block rename "$tmp/two.json" 2 A --no-goal >"$tmp/out" 2>&1 &&
  $cli block resize "$tmp/two.json" 3 2 >"$tmp/out" 2>&1
says_diff $? "$tmp/two.json" "Block 2 “A”: goal “Volume” → —
Block 3 “A”: weeks 1 → 2, now weeks 3–4
Week 10: added, 0 sessions" \
  "diff says a block given no goal and the next of its name resized so"

exit $fail
