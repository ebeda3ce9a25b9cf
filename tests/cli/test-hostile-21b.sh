#!/bin/sh
# Issue 21, pass 21b: the core and the command line against hostile files.
. "$(dirname "$0")/tap.sh"
plan=$2/plans/one-week.json

echo "1..4"

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

exit $fail
