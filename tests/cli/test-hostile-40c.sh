#!/bin/sh
# Issue 21, pass 40a: what the pass found and left on the command line,
# taken up by 40c.
. "$(dirname "$0")/tap.sh"
fixtures=$2

echo "1..4"

# library list --search matched the text as one substring where the app's
# search box trims it and takes it word by word: “squat ” (a trailing
# space, as a shell script's variable leaves it) found 2 of squat's 12,
# “back  squat” (two spaces) found nothing.
$cli library list >"$tmp/all" 2>&1
$cli library list --search squat >"$tmp/squat" 2>&1
$cli library list --search "squat " >"$tmp/trailing" 2>&1
[ -s "$tmp/squat" ] && [ "$(wc -l <"$tmp/squat")" -lt "$(wc -l <"$tmp/all")" ] &&
  cmp -s "$tmp/squat" "$tmp/trailing"
ok $? "a search with a trailing space finds what squat finds (got $(wc -l <"$tmp/trailing") lines, $(wc -l <"$tmp/squat") for squat)"

$cli library list --search "back squat" >"$tmp/one" 2>&1
$cli library list --search "back  squat" >"$tmp/two" 2>&1
[ -s "$tmp/one" ] && cmp -s "$tmp/one" "$tmp/two"
ok $? "a search with two spaces between words finds what one space finds (got $(wc -l <"$tmp/two") lines, $(wc -l <"$tmp/one") with one)"

# Words in any order, as in the app.
$cli library list --search "squat back" >"$tmp/turned" 2>&1
cmp -s "$tmp/one" "$tmp/turned"
ok $? "a search's words are found in any order (got $(wc -l <"$tmp/turned") lines, $(wc -l <"$tmp/one") for back squat)"

# And a typo, as the app's search allows one in a word of five letters
# and more: “sqaut” found nothing here and squat's 12 in the window.
$cli library list --search sqaut >"$tmp/typo" 2>&1
cmp -s "$tmp/squat" "$tmp/typo"
ok $? "a search with one typo finds what the app finds for it (got $(wc -l <"$tmp/typo") lines)"
