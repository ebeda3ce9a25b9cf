#!/bin/sh
# regimen-cli print: the weekly sheets as a PDF, read back with poppler-utils.
. "$(dirname "$0")/tap.sh"
plan=$2/ui/two-weeks.regimen.json

# The text of a PDF on one line, single spaces; a name wrapped after a
# hyphen ("Single-" / "Leg") joins up again.
pdf_text () {
  pdftotext "$1" - | tr '\n\f' '  ' | tr -s ' ' | sed 's/- /-/g'
}

pages () {
  pdfinfo "$1" | sed -n 's/^Pages: *//p'
}

echo "1..26"

if ! command -v pdftotext >/dev/null || ! command -v pdfinfo >/dev/null; then
  echo "Bail out! poppler-utils (pdftotext, pdfinfo) is not installed"
  exit 1
fi

# The fixture with a load of 60 kg on its first exercise with repetitions.
python3 - "$plan" "$tmp/plan.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
item = next(i for w in plan["weeks"] for d in w["days"] for s in d["sessions"] for i in s["items"] if "reps" in i)
item["load_kg"] = 60
json.dump(plan, open(sys.argv[2], "w"))
PY
plan=$tmp/plan.json

$cli print "$plan" -o "$tmp/sheet.pdf"
check_exit $? 0 "print succeeds"
[ -s "$tmp/sheet.pdf" ]
ok $? "the PDF is written"

# One page per week.
weeks=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["weeks"]))' "$plan")
[ "$(pages "$tmp/sheet.pdf")" = "$weeks" ]
ok $? "one page per week ($weeks)"

text=$(pdf_text "$tmp/sheet.pdf")
missing=""
for day in Monday Tuesday Wednesday Thursday Friday Saturday Sunday; do
  case "$text" in *"$day"*) ;; *) missing="$missing $day" ;; esac
done
[ -z "$missing" ]
ok $? "every weekday is on the sheet${missing:+ (missing:$missing)}"

case "$text" in *"Strong enough to run — block 1"*) r=0 ;; *) r=1 ;; esac
ok $r "the plan title is on the sheet"

# The exercise names as the built-in library (data/exercises.json) spells them.
names=$(python3 - "$plan" "$2/../../data/exercises.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
library = {e["id"]: e["name"] for e in json.load(open(sys.argv[2]))["exercises"]}
ids = {i["exercise"] for w in plan["weeks"] for d in w["days"] for s in d["sessions"] for i in s["items"]}
print("\n".join(library[i] for i in sorted(ids)))
PY
)
missing=""
while IFS= read -r name; do
  case "$text" in *"$name"*) ;; *) missing="$missing [$name]" ;; esac
done <<EOF
$names
EOF
[ -n "$names" ] && [ -z "$missing" ]
ok $? "every exercise of the plan is on the sheet${missing:+ (missing:$missing)}"

# Each session's short code: the first four characters of the id the
# plan gets when read (the same for every reading of the same file).
$cli format "$plan" -o "$tmp/ids.json"
codes=$(python3 -c 'import json, sys; print(" ".join("#" + s["id"][:4] for w in json.load(open(sys.argv[1]))["weeks"] for d in w["days"] for s in d["sessions"]))' "$tmp/ids.json")
missing=""
for code in $codes; do
  case "$text" in *"$code"*) ;; *) missing="$missing $code" ;; esac
done
[ -n "$codes" ] && [ -z "$missing" ]
ok $? "every session's short code is on the sheet${missing:+ (missing:$missing)}"

case "$text" in *"Page 1 of 2"*"Page 2 of 2"*) r=0 ;; *) r=1 ;; esac
ok $r "the pages are numbered"

$cli print "$plan" -o "$tmp/week2.pdf" --week 2
check_exit $? 0 "print --week 2 succeeds"
[ "$(pages "$tmp/week2.pdf")" = 1 ] && pdf_text "$tmp/week2.pdf" | grep -q "Pelvic Tilt" &&
  ! pdf_text "$tmp/week2.pdf" | grep -q "Burpee"
ok $? "--week 2 prints only the second week, on one page"

$cli print "$plan" -o "$tmp/letter.pdf" --paper letter
check_exit $? 0 "print --paper letter succeeds"
pdfinfo "$tmp/letter.pdf" | grep -q '^Page size: *792 x 612 pts'
ok $? "--paper letter gives landscape Letter pages (792 × 612 pt)"
case "$text" in *" 60 kg "*) r=0 ;; *) r=1 ;; esac
ok $r "a load in kg is printed in kg on A4"
pdf_text "$tmp/letter.pdf" | grep -q " 132.3 lb "
ok $? "and in pounds on Letter, as the log grid's unit"

$cli print "$2/ui/malformed.regimen.json" -o "$tmp/bad.pdf" 2>"$tmp/err"
check_exit $? 2 "an unreadable plan exits with 2"
[ -s "$tmp/err" ] && [ ! -e "$tmp/bad.pdf" ]
ok $? "with the reader's message, and no PDF"

$cli print "$plan" 2>/dev/null
r=$?
$cli print "$plan" -o "$tmp/x.pdf" --week 3 2>/dev/null
r2=$?
$cli print "$plan" -o "$tmp/x.pdf" --paper a3 2>/dev/null
r3=$?
[ "$r" = 64 ] && [ "$r2" = 64 ] && [ "$r3" = 64 ] && $cli print --help >/dev/null
ok $? "no -o, a week the plan lacks or an unknown paper are usage errors; --help works"

# A draft with an acknowledged error: the sheet says it is a draft, and
# prints the finding that was accepted with its reason.
$cli validate --json "$2/check/too-much-hiit.json" >"$tmp/check.json"
python3 - "$2/check/too-much-hiit.json" "$tmp/check.json" "$tmp/draft.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
d = json.load(open(sys.argv[2]))["diagnostics"]
first = [x for x in d if x["severity"] == "error"][0]
plan["draft"] = True
plan["acknowledgements"] = [{"finding": first["key"], "fingerprint": first["fingerprint"],
                             "reason": "Test week agreed with the coach"}]
json.dump(plan, open(sys.argv[3], "w"), ensure_ascii=False, indent=2)
PY
$cli print "$tmp/draft.json" -o "$tmp/draft.pdf"
check_exit $? 0 "a draft prints"
pdf_text "$tmp/draft.pdf" | grep -q "DRAFT"
ok $? "the sheet of a draft says DRAFT"
pdf_text "$tmp/draft.pdf" | grep -q "Acknowledged HIIT-FREQ: Test week agreed with the coach"
ok $? "the sheet prints the acknowledged finding and its reason"

# Adversarial pass 12: bidi controls in plan text do not reverse the
# sheet's own text after them, and a line break in a title is a space.
python3 - "$plan" "$tmp/bidi.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
plan["title"] = "Plan \u202eA1 B2\nsecond line"
plan["weeks"][0]["label"] = "Wk \u202eABC"
for day in plan["weeks"][0]["days"]:
    for session in day["sessions"]:
        session["title"] = "Sess \u2067XYZ\r\nend"
        session["items"][0]["group"] = "\u202e1a"
        session["items"][0]["notes"] = "rest \u202e09 s"
json.dump(plan, open(sys.argv[2], "w"))
PY
$cli print "$tmp/bidi.json" -o "$tmp/bidi.pdf"
check_exit $? 0 "a plan with bidi controls and line breaks in its text prints"
pdftotext "$tmp/bidi.pdf" - | grep -q '^Wk ABC · [0-9]* [A-Z][a-z]* – [0-9]* [A-Z][a-z]* 20[0-9][0-9]$' &&
  ! pdf_text "$tmp/bidi.pdf" | grep -q 'yraunaJ\|CBA\|2B 1A'
ok $? "the week label's override does not reverse the sheet's date range"
pdftotext "$tmp/bidi.pdf" - | grep -q '^Plan A1 B2 second line$' &&
  pdftotext "$tmp/bidi.pdf" - | grep -q '^Sess XYZ end'
ok $? "a title with a line break stays one line"
pdftotext "$tmp/bidi.pdf" - | grep -q '^1a [A-Z]' && pdf_text "$tmp/bidi.pdf" | grep -q 'rest 09 s'
ok $? "a group's override does not reverse the exercise name after it"

# Pass 7, A4: print has no standard output to write to; "-o -" made a file
# called "-" and exited 0.
cp "$plans/one-week.json" "$tmp/dash.json"
cli_path=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
(cd "$tmp" && ${REGIMEN_CLI_WRAPPER:-} "$cli_path" print dash.json -o - 2>/dev/null >"$tmp/stdout"; [ $? = 64 ] && [ ! -e "$tmp/-" ] &&
  [ ! -s "$tmp/stdout" ])
ok $? "print -o - is wrong usage and writes no file called -"

# An empty -o printed the whole usage text, where every other command
# names the empty name.
$cli print "$tmp/dash.json" -o '' >"$tmp/stdout" 2>"$tmp/err"
[ $? = 64 ] && [ ! -s "$tmp/stdout" ] &&
  [ "$(cat "$tmp/err")" = "regimen-cli print: -o was given an empty name; name the PDF file to write" ]
ok $? "print -o '' names the empty name"

exit $fail
