#!/bin/sh
# Issue 21, pass 44e: what the German pass (44b) found and left.
. "$(dirname "$0")/tap.sh"
plans=$2/plans
de () {
  LANGUAGE=de LANG=de_DE.UTF-8 REGIMEN_LOCALEDIR=$MESON_BUILD_ROOT/po "$@"
}

echo "1..5"

# `diff` named a changed member by its name in the file: after `week
# lighter PLAN 3`, German text read “Kraft-Einheit „Day 1 — lower“: rpe
# 7 → 6, minutes 55 → 33”, JSON inside a German sentence.
cp "$plans/four-week.json" "$tmp/lighter.json"
$cli week lighter "$tmp/lighter.json" 3 >/dev/null 2>&1
de $cli diff "$plans/four-week.json" "$tmp/lighter.json" >"$tmp/diff-de" 2>&1
grep -q '^Woche 3, Montag: Kraft-Einheit „Day 1 — lower“: RPE 7 → 6, Minuten 55 → 33$' "$tmp/diff-de" &&
  ! grep -qE '\b(rpe|minutes)\b' "$tmp/diff-de"
ok $? "diff says the changed members of a session in German words (got: $(grep -m 1 'Montag: ' "$tmp/diff-de"))"
$cli diff "$plans/four-week.json" "$tmp/lighter.json" >"$tmp/diff-en" 2>&1
grep -q '^Week 3, Monday: Strength session “Day 1 — lower”: RPE 7 → 6, minutes 55 → 33$' "$tmp/diff-en"
ok $? "diff says them in English words, “RPE 7 → 6” (got: $(grep -m 1 'Monday: ' "$tmp/diff-en"))"
de $cli diff --json "$plans/four-week.json" "$tmp/lighter.json" >"$tmp/diff.json" 2>&1
python3 - "$tmp/diff.json" <<'PY'
import json, sys
changes = json.load(open(sys.argv[1], encoding="utf-8"))["changes"]
session = [c for c in changes if c.get("session_title") == "Day 1 — lower" and c["change"] == "session"][0]
sys.exit(0 if session["before"] == {"rpe": 7, "minutes": 55} and "Minuten 55 → 33" in session["text"] else 1)
PY
ok $? "diff --json keeps the file's member names in before and after, its text in German words"

# The German help said “Exit-Status:” in five commands and “Rückgabewert:”
# in eleven (`week --help` and `log --help` side by side): one term for
# one thing, in every help that says it.
: >"$tmp/terms"
for command in validate stats rules format diff print export-ics export-csv import-csv "library list" \
    "library show" new log block week session item progress render; do
  # shellcheck disable=SC2086 # a command of two words
  english=$($cli $command --help 2>&1 | grep -c '^Exit status:')
  # shellcheck disable=SC2086
  german=$(de $cli $command --help 2>&1)
  if [ "$english" != 0 ] && ! printf '%s\n' "$german" | grep -q '^Exit-Status: 0 '; then
    echo "$command" >>"$tmp/terms"
  fi
  printf '%s\n' "$german" | grep -q 'Rückgabewert' && echo "$command: Rückgabewert" >>"$tmp/terms"
done
[ ! -s "$tmp/terms" ]
ok $? "every German help says “Exit-Status:” where the English one says “Exit status:” (not: $(tr '\n' ' ' <"$tmp/terms"))"
python3 - "$MESON_SOURCE_ROOT/po/de.po" <<'PY'
import re, sys
po = open(sys.argv[1], encoding="utf-8").read()
entries = re.findall(r'\nmsgid ((?:".*"\n)+)msgstr ((?:".*"\n)+)', po)
joined = [("".join(re.findall(r'"(.*)"', a)), "".join(re.findall(r'"(.*)"', b))) for a, b in entries]
exits = [(a, b) for a, b in joined if "Exit status:" in a]
sys.exit(0 if len(exits) >= 16 and all("Exit-Status:" in b and "Rückgabewert" not in b for a, b in exits) else 1)
PY
ok $? "po/de.po translates every “Exit status:” as “Exit-Status:”"
