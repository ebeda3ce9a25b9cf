#!/bin/sh
# Issue 21, pass 44g: plans made from templates in German, and what the
# German pass left in diff.
. "$(dirname "$0")/tap.sh"
de () {
  LANGUAGE=de LANG=de_DE.UTF-8 REGIMEN_LOCALEDIR=$MESON_BUILD_ROOT/po "$@"
}

echo "1..7"

# A plan made from a template in German was titled „Rumpfserie“ but kept
# the template's English words: blocks “Pelvic tilt”, sessions “Core
# series”, labels “Week 1”. They are translated as the plan is made and
# are then the plan's own words; a label that only repeats its week's
# place is left out (every view heads a week by its place).
de $cli new --template core-series -o "$tmp/core.json" >"$tmp/out" 2>&1
python3 - "$tmp/core.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1], encoding="utf-8"))
blocks = [b["name"] for b in plan["blocks"]]
titles = {s["title"] for w in plan["weeks"] for d in w["days"] for s in d["sessions"]}
labels = [w.get("label") for w in plan["weeks"]]
ok = (plan["title"] == "Rumpfserie"
      and blocks == ["Beckenkippen", "Fersengleiten", "Gestrecktes Beinheben"]
      and titles == {"Rumpfserie"}
      and labels == [None] * 9)
if not ok:
    print("# got", plan["title"], blocks, sorted(titles), labels[:2], file=sys.stderr)
sys.exit(0 if ok else 1)
PY
ok $? "new --template core-series in German writes its blocks and sessions in German, and no label that only repeats its week's place"

de $cli new --template pistol-squat-12-weeks -o "$tmp/pistol.json" >"$tmp/out" 2>&1
python3 - "$tmp/pistol.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1], encoding="utf-8"))
goals = [b.get("goal") for b in plan["blocks"]]
text = json.dumps(plan, ensure_ascii=False)
sys.exit(0 if "Den Weg nach unten kontrollieren" in goals and "Pistol practice" not in text
         and "Own the bottom" not in text else 1)
PY
ok $? "new --template pistol-squat-12-weeks in German writes its block goals and session titles in German"

# In English the template's own words stay.
LANGUAGE=en REGIMEN_LOCALEDIR=$MESON_BUILD_ROOT/po $cli new --template core-series -o "$tmp/core-en.json" >/dev/null 2>&1 &&
  grep -q '"name": "Pelvic tilt"' "$tmp/core-en.json" && grep -q '"title": "Core series"' "$tmp/core-en.json"
ok $? "new --template core-series in English keeps the template's words"


# diff said the athlete's level, life stress and a session's kind as the
# file's words inside German sentences, “Athlet: Stufe intermediate →
# advanced”, and joined the kind's label to “-Einheit”:
# “Mobilität-Einheit „Trunk“”.
plans=$2/plans
python3 - "$plans/four-week.json" "$tmp/edited.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1], encoding="utf-8"))
plan["athlete"]["level"] = "advanced"
plan["athlete"]["life_stress"] = "high"
for day in plan["weeks"][0]["days"]:
    for session in day["sessions"]:
        if session["kind"] == "mobility":
            session["minutes"] += 5
        elif session["kind"] == "hiit":
            session["kind"] = "cardio"
json.dump(plan, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
de $cli diff "$plans/four-week.json" "$tmp/edited.json" >"$tmp/diff-de" 2>&1
grep -q '^Athlet: Stufe Fortgeschritten → Erfahren, Alltagsstress Niedrig → Hoch$' "$tmp/diff-de" &&
  grep -q '^Woche 1, Samstag: HIIT-Einheit „Intervals“: Art HIIT → Ausdauer$' "$tmp/diff-de" &&
  ! grep -qE '\b(intermediate|advanced|low|high|hiit|cardio)\b' "$tmp/diff-de"
ok $? "diff says the athlete's level and life stress and a session's kind in German words (got: $(grep -m 1 '^Athlet' "$tmp/diff-de"); $(grep -m 1 'Art ' "$tmp/diff-de"))"
grep -q '^Woche 1, Mittwoch: Mobilitäts-Einheit „Trunk“: Minuten 25 → 30$' "$tmp/diff-de" &&
  ! grep -q 'Mobilität-Einheit' "$tmp/diff-de"
ok $? "diff names a mobility session “Mobilitäts-Einheit” (got: $(grep -m 1 'Mittwoch' "$tmp/diff-de"))"
$cli diff "$plans/four-week.json" "$tmp/edited.json" >"$tmp/diff-en" 2>&1
grep -q '^Athlete: level Intermediate → Advanced, life stress Low → High$' "$tmp/diff-en" &&
  grep -q '^Week 1, Saturday: HIIT session “Intervals”: kind HIIT → Cardio$' "$tmp/diff-en"
ok $? "diff says them in the window's English words (got: $(grep -m 1 '^Athlete' "$tmp/diff-en"))"
de $cli diff --json "$plans/four-week.json" "$tmp/edited.json" >"$tmp/diff.json" 2>&1
python3 - "$tmp/diff.json" <<'PY'
import json, sys
changes = json.load(open(sys.argv[1], encoding="utf-8"))["changes"]
athlete = [c for c in changes if c["change"] == "athlete"][0]
sys.exit(0 if athlete["after"] == {"level": "advanced", "life_stress": "high"} else 1)
PY
ok $? "diff --json keeps the file's words in before and after"
