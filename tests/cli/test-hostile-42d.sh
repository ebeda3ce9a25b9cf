#!/bin/sh
# Issue 21, pass 42d: the weeks of a block moved among blocks alike go
# with it. diff aligned the weeks alone, by the one week with sessions,
# and read the empty weeks that only changed places as added before it
# and removed after it.
. "$(dirname "$0")/tap.sh"

echo "1..5"

# $1: the plan made of $2 blocks “Build” of $3 weeks, a session in week $4.
build_plan () {
  $cli new -o "$1" --weeks $(($2 * $3)) >/dev/null 2>&1 || return 1
  i=0
  while [ $i -lt "$2" ]; do
    $cli block add "$1" Build --weeks "$3" >/dev/null 2>&1 || return 1
    i=$((i + 1))
  done
  $cli session add "$1" --week "$4" --day mon --title S >/dev/null 2>&1
}

# The lines diff prints for $1 against $2 (exit status 1: they differ),
# to compare with $3.
diff_says () {
  $cli diff "$1" "$2" >"$tmp/diff" 2>&1
  [ $? -eq 1 ] && [ "$(cat "$tmp/diff")" = "$3" ]
}

# Three blocks of 2 weeks, the session in week 1, block 1 moved last:
# diff said weeks 1–4 added and weeks 3–6 removed.
build_plan "$tmp/a.json" 3 2 1 &&
  cp "$tmp/a.json" "$tmp/a-before.json" &&
  $cli block move "$tmp/a.json" 1 3 >/dev/null 2>&1 &&
  diff_says "$tmp/a-before.json" "$tmp/a.json" \
    "Block 3 “Build”: moved from block 1 (weeks 1–2), now weeks 5–6"
ok $? "a block moved last among blocks alike is one move, no week added or removed (got: $(cat "$tmp/diff"))"

# The same, the last block moved first: diff said weeks 1–2 added and
# weeks 5–6 removed; then block 1 moved to block 2, a move as well, but
# not the one made: the empty blocks left were paired across the block
# with the session, which stands in order (session 40).
build_plan "$tmp/b.json" 3 2 1 &&
  cp "$tmp/b.json" "$tmp/b-before.json" &&
  $cli block move "$tmp/b.json" 3 1 >/dev/null 2>&1 &&
  diff_says "$tmp/b-before.json" "$tmp/b.json" \
    "Block 1 “Build”: moved from block 3 (weeks 5–6), now weeks 1–2"
ok $? "a block moved first among blocks alike is one move, no week added or removed (got: $(cat "$tmp/diff"))"

# The session in a week of block 2, block 1 moved last: diff said weeks
# 2–3 removed and 5–6 added; then block 1 moved to block 2 (as above).
build_plan "$tmp/c.json" 3 2 4 &&
  cp "$tmp/c.json" "$tmp/c-before.json" &&
  $cli block move "$tmp/c.json" 1 3 >/dev/null 2>&1 &&
  diff_says "$tmp/c-before.json" "$tmp/c.json" \
    "Block 3 “Build”: moved from block 1 (weeks 1–2), now weeks 5–6"
ok $? "a block moved among blocks alike, the session in another block, is one move (got: $(cat "$tmp/diff"))"

# Blocks of 1 week: diff said weeks 1–2 added and 2–3 removed.
build_plan "$tmp/d.json" 3 1 1 &&
  cp "$tmp/d.json" "$tmp/d-before.json" &&
  $cli block move "$tmp/d.json" 1 3 >/dev/null 2>&1 &&
  diff_says "$tmp/d-before.json" "$tmp/d.json" \
    "Block 3 “Build”: moved from block 1 (week 1), now week 3"
ok $? "a block of 1 week moved among blocks alike is one move (got: $(cat "$tmp/diff"))"

# Twenty blocks of 1 week, a session every third week; block 1 moved
# last, then block 2 (empty) moved to block 12. diff said blocks 3, 6, 9
# and 12 “moved from block 3 (week 3), now week 3” and so on, beside the
# two moves: the empty blocks left were paired by place across the blocks
# with sessions, which stand in order (session 40). Empty blocks alike
# are told apart by order only, so the second move may name any empty
# block between the same blocks with sessions.
build_plan "$tmp/e.json" 20 1 1 &&
  for w in 4 7 10 13 16 19; do
    $cli session add "$tmp/e.json" --week $w --day mon --title S$w >/dev/null 2>&1 || exit 1
  done &&
  cp "$tmp/e.json" "$tmp/e-before.json" &&
  $cli block move "$tmp/e.json" 1 20 >/dev/null 2>&1 &&
  $cli block move "$tmp/e.json" 2 12 >/dev/null 2>&1 &&
  diff_says "$tmp/e-before.json" "$tmp/e.json" \
    "Block 14 “Build”: moved from block 3 (week 3), now week 14
Block 20 “Build”: moved from block 1 (week 1), now week 20"
ok $? "two blocks moved among twenty alike are two moves, no block said moved onto its own place (got: $(cat "$tmp/diff"))"
