#!/bin/sh
# Issue 21, pass 44e: what the German pass (44b) found and left.
. "$(dirname "$0")/tap.sh"
plans=$2/plans
de () {
  LANGUAGE=de LANG=de_DE.UTF-8 REGIMEN_LOCALEDIR=$MESON_BUILD_ROOT/po "$@"
}

echo "1..3"

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
