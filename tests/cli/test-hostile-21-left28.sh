#!/bin/sh
# Leftovers of issue #21 (pass 28): import-csv's quotation of a cell is
# cut between the spellings of its unseen characters; library list's
# columns line up as a terminal of another character set shows them.
. "$(dirname "$0")/tap.sh"
XDG_DATA_HOME=$tmp/data
export XDG_DATA_HOME

echo "1..6"

# 1. A cell of 75 letters, a zero-width space and more: the message
# quotes it cut at 80 characters, the space spelt “[U+200B]”. The cut
# fell inside the spelling and left “[U+20”, which names no character:
# the spelling is now left out whole, or kept whole where it fits.
without_log "$2/plans/logged-weeks.json" "$tmp/plan.json"
quoted () {
  letters=$(printf "%$1s" "" | tr ' ' a)
  printf 'Date,Exercise Name,Weight,Reps\n2026-11-23,%s\342\200\213bcdefghijk,100,5\n' "$letters" >"$tmp/cut.csv"
  LC_ALL=C.UTF-8 $cli import-csv "$tmp/plan.json" "$tmp/cut.csv" 2>&1 >/dev/null | sed -n 's/^regimen-cli import-csv: .*cut\.csv: line 2: no session on 2026-11-23 has the exercise //p'
}
a72=$(printf "%72s" "" | tr ' ' a)
a73=$(printf "%73s" "" | tr ' ' a)
a75=$(printf "%75s" "" | tr ' ' a)
a79=$(printf "%79s" "" | tr ' ' a)
# Cut at its “U”, inside its digits, and before its last “]”.
[ "$(quoted 79)" = "“$a79…”" ] && [ "$(quoted 75)" = "“$a75…”" ] && [ "$(quoted 73)" = "“$a73…”" ]
ok $? "a spelling the cut would split is left out whole ($(quoted 75))"
[ "$(quoted 72)" = "“$a72[U+200B]…”" ]
ok $? "a spelling that fits before the cut is kept whole ($(quoted 72))"

# Names that a terminal of another character set (ISO-8859-1) shows in
# another width than they have: “…” as "...", the quotes as «»; a name
# too long for the column, cut with an ellipsis that is shown as three
# dots too. The text after the name column (the category) starts at the
# same place on every line, as the terminal shows them; it was counted
# in the names' characters and written in others.
mkdir -p "$tmp/data/regimen"
cat >"$tmp/data/regimen/exercises.json" <<'JSON'
{"format": "regimen-exercises", "version": 1, "exercises": [
  {"id": "custom-squat-a", "name": "Kniebeuge groß…", "category": "strength",
   "primary_muscles": ["quadriceps"], "equipment": [], "level": 2,
   "instructions": {"setup": "“Knie”… “Hüfte”… “Fuß”… “Rumpf”… “Knie”… “Hüfte”… “Fuß”… “Rumpf”… “Knie”… “Hüfte”… “Fuß”… “Rumpf”… “Knie”… “Hüfte”… “Fuß”… “Rumpf”… “Knie”… “Hüfte”… “Fuß”… “Rumpf”… “Knie”… “Hüfte”… “Fuß”… “Rumpf”… “Knie”… “Hüfte”… “Fuß”… “Rumpf”… “Knie”… “Hüfte”… “Fuß”… “Rumpf”…", "movement": "Squat.", "breathing": ""},
   "prescription": {"sets": 3, "reps_min": 5, "reps_max": 5}},
  {"id": "custom-squat-b", "name": "Kniebeuge eng", "category": "strength",
   "primary_muscles": ["quadriceps"], "equipment": [], "level": 2,
   "instructions": {"setup": "Stand.", "movement": "Squat.", "breathing": ""},
   "prescription": {"sets": 3, "reps_min": 5, "reps_max": 5}},
  {"id": "custom-squat-c", "name": "Kniebeuge “tief” mit Pause unten und Stoß nach oben, langsam…", "category": "strength",
   "primary_muscles": ["quadriceps"], "equipment": [], "level": 2,
   "instructions": {"setup": "Stand.", "movement": "Squat.", "breathing": ""},
   "prescription": {"sets": 3, "reps_min": 5, "reps_max": 5}}]}
JSON

# How many lines, at how many places their category starts (in
# characters as the terminal shows them: one byte each in a single-byte
# character set) and the widest name.
columns () {
  python3 - "$1" "$2" <<'PY'
import sys
data = open(sys.argv[1], "rb").read().decode(sys.argv[2])
lines = data.splitlines()
# The category and the rest after the last two spaces, the id before the first.
starts = {line.rindex("  ") for line in lines}
names = [line[line.index("  ") : line.rindex("  ")].strip() for line in lines]
print(len(lines), len(starts), max(len(n) for n in names))
PY
}

# 2. Under UTF-8 (and in the C locale, which writes UTF-8) the names are
# written as they are, and line up.
LC_ALL=C $cli library list --search kniebeuge >"$tmp/utf8" 2>"$tmp/err"
set -- $(columns "$tmp/utf8" utf-8)
[ "$1" = 3 ] && [ "$2" = 1 ] && [ "$3" -eq 48 ] && grep -q "^custom-squat-a  Kniebeuge groß…  " "$tmp/utf8"
ok $? "under UTF-8 the names are as they are and line up ($(cat "$tmp/utf8"))"

# 3. Under ISO-8859-1, where “ß” is a character of its own and “…” and
# the quotes are not: the locale made for this run, in its own folder.
locales="$tmp/locales"
mkdir "$locales"
if ! localedef -i de_DE -f ISO-8859-1 "$locales/de_DE.ISO-8859-1" >/dev/null 2>&1; then
  for i in 4 5 6; do
    n=$((n + 1)); echo "ok $n # SKIP localedef cannot make de_DE.ISO-8859-1"
  done
  exit 0
fi
LOCPATH=$locales LC_ALL=de_DE.ISO-8859-1 $cli library list --search kniebeuge >"$tmp/latin1" 2>"$tmp/err"
[ $? = 0 ] && [ ! -s "$tmp/err" ]
ok $? "library list runs under ISO-8859-1"
set -- $(columns "$tmp/latin1" latin-1)
[ "$1" = 3 ] && [ "$2" = 1 ] && [ "$3" -le 48 ] &&
  LC_ALL=C grep -q "^custom-squat-a  Kniebeuge gro$(printf '\337')\.\.\.  " "$tmp/latin1" &&
  LC_ALL=C grep -q "^custom-squat-c  Kniebeuge .tief. .*\.\.\.  [^ ]" "$tmp/latin1"
ok $? "under ISO-8859-1 the category starts at one column on every line, the cut name within 48 ($(iconv -f latin1 -t utf-8 "$tmp/latin1"))"


# 4. library show wraps its paragraphs at 78 columns as the terminal
# shows them: counted in the text's own characters, a line of words with
# “…” ran to 100 columns under ISO-8859-1.
LOCPATH=$locales LC_ALL=de_DE.ISO-8859-1 $cli library show custom-squat-a >"$tmp/show" 2>"$tmp/err"
[ $? = 0 ] && [ ! -s "$tmp/err" ] && LC_ALL=C grep -q "Knie.\.\.\." "$tmp/show" &&
  [ "$(LC_ALL=C awk '{ if (length($0) > max) max = length($0) } END { print max }' "$tmp/show")" -le 78 ] &&
  [ "$(grep -c "Knie" "$tmp/show")" -ge 4 ]
ok $? "library show wraps at 78 columns under ISO-8859-1 ($(iconv -f latin1 -t utf-8 "$tmp/show" | grep Knie | head -2))"

exit $fail
