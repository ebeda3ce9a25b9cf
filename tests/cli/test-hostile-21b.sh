#!/bin/sh
# Issue 21, pass 21b: the core and the command line against hostile files.
. "$(dirname "$0")/tap.sh"
plan=$2/plans/one-week.json

echo "1..8"

if ! command -v pdfinfo >/dev/null || ! command -v pdftotext >/dev/null; then
  echo "Bail out! poppler-utils (pdftotext, pdfinfo) is not installed"
  exit 1
fi

# The plan's title with TEXT (Python string syntax) in it.
titled () {
  python3 - "$plan" "$2" "$1" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
plan["title"] = eval(sys.argv[3])
json.dump(plan, open(sys.argv[2], "w"), ensure_ascii=False)
PY
}

# A noncharacter (U+FFFE, U+FDD0, U+10FFFF: valid UTF-8, and allowed in a
# plan) in the title failed the whole PDF, said as a file that could not
# be written (“input string not valid UTF-8”): cairo refuses them in the
# PDF's metadata, where the title goes; the sheet drew them as boxes of
# hex digits.
titled '"Week \ufffe one \ufdd0 two \U0010ffff three"' "$tmp/nonchar.json"
$cli print "$tmp/nonchar.json" -o "$tmp/nonchar.pdf" 2>"$tmp/err"
check_exit $? 0 "print: a title with noncharacters is printed"
pdfinfo "$tmp/nonchar.pdf" | grep -q '^Title: *Week  one  two  three$' &&
  pdftotext "$tmp/nonchar.pdf" - | tr '\n' ' ' | tr -s ' ' | grep -q 'Week one two three'
ok $? "the PDF's title and the sheet show the rest of it, without hex boxes"

# The PDF's title held the plan title as it was: `pdfinfo` printed its
# terminal escapes, its right-to-left override and a forged second line.
titled '"Plan\x1b]0;owned\x07\x1b[31m red \u202eevil\nForged: line"' "$tmp/escape.json"
$cli print "$tmp/escape.json" -o "$tmp/escape.pdf"
check_exit $? 0 "print: a title with escapes is printed"
pdfinfo "$tmp/escape.pdf" >"$tmp/info"
grep -q '^Title: *Plan ]0;owned  \[31m red evil Forged: line$' "$tmp/info" &&
  ! grep -q "$(printf '\033')" "$tmp/info" && ! grep -q "$(printf '\342\200\256')" "$tmp/info" &&
  ! grep -q '^Forged' "$tmp/info"
ok $? "the PDF's title is as the sheet draws it: no escape, override or line break"

# A block's name as a person reads it: “Café” typed with “é” (NFC) or
# with “e” and a combining accent (NFD, as macOS's terminal gives it) is
# one name. Compared byte for byte, the block named one way was not found
# when typed the other, and of two blocks whose names look the same the
# command changed whichever the keyboard's way of typing picked.
nfc=$(printf 'Caf\303\251')
nfd=$(printf 'Cafe\314\201')
cp "$plan" "$tmp/blocks.json"
$cli block add "$tmp/blocks.json" "$nfd" --weeks 1 >/dev/null &&
  $cli block rename "$tmp/blocks.json" "$nfc" Base >"$tmp/out" 2>"$tmp/err"
check_exit $? 0 "block rename: a block named in NFD is found by its name typed in NFC"
grep -q '^Renamed block 1 “Base” (week 1)\.$' "$tmp/out"
ok $? "and it is renamed"

$cli block add "$tmp/blocks.json" "$nfd" --weeks 1 >/dev/null &&
  $cli block add "$tmp/blocks.json" "$nfc" --weeks 1 >/dev/null &&
  cp "$tmp/blocks.json" "$tmp/blocks-before.json" &&
  $cli block delete "$tmp/blocks.json" "$nfc" >"$tmp/out" 2>"$tmp/err"
check_exit $? 2 "block delete: two blocks whose names differ only in normalisation are not told apart by name"
grep -q '2 blocks are called “Café”; give the block’s number' "$tmp/err" &&
  cmp -s "$tmp/blocks.json" "$tmp/blocks-before.json"
ok $? "the command says so and changes nothing"

exit $fail
