#!/bin/sh
# Issue 21, pass 44b: what the adversarial pass of Regimen in German and
# of the text translations put into its outputs found.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..5"

# `stats` padded its row labels with printf()'s “%-24s”, which counts
# bytes: German “Wöchentliche Belastung (AU)” (27 characters) and
# “Last geplant / absolviert (AU)” (30) ran past the column, “Tägliche
# Belastung (AU)” (23 characters, 24 bytes) stopped one short of it, and
# the numbers of the rows started in five different columns.
LANGUAGE=de REGIMEN_LOCALEDIR=$MESON_BUILD_ROOT/po $cli stats "$plans/logged-weeks.json" >"$tmp/stats" 2>"$tmp/err"
check_exit $? 0 "stats prints a logged plan in German"
python3 - "$tmp/stats" "$MESON_SOURCE_ROOT/po/de.po" <<'PY' >"$tmp/columns" 2>&1
import re, sys
po = open(sys.argv[2], encoding="utf-8").read()
msgids = ["Daily load (AU)", "Weekly load (AU)", "Monotony", "Strain", "HIIT sessions / limit",
          "Acute:chronic ratio", "Fitness / fatigue / form", "Sets per muscle group",
          "Planned / done load (AU)", "Sessions done"]
labels = [re.search(r'\nmsgid "%s"\nmsgstr "(.*)"\n' % re.escape(m), po).group(1) for m in msgids]
widest = max(len(label) for label in labels)
starts = {}
for line in open(sys.argv[1], encoding="utf-8").read().split("\n\n")[0].splitlines():
    for label in labels:
        if line.startswith("  " + label + " "):
            starts[label] = len(line) - len(line[2 + len(label):].lstrip(" "))
print(starts)
sys.exit(0 if len(starts) == len(labels) and set(starts.values()) == {2 + widest + 1} else 1)
PY
ok $? "the numbers of every row of week 1 start one column after the widest German label (got: $(cat "$tmp/columns"))"

# A plan made from a template in German has the template's week labels,
# “Week 1”, which only repeat the week's place: the window shows none
# for them, but the printed sheet headed every German page “Week 1 · 23.
# November – 29. November 2026” and stats quoted „Week 1“ after “Woche
# 1”, English on every week of a German plan.
LANGUAGE=de REGIMEN_LOCALEDIR=$MESON_BUILD_ROOT/po $cli new --template core-series --start 2026-11-23 \
  -o "$tmp/core.json" >"$tmp/out" 2>&1 &&
  ! grep -q '"label"' "$tmp/core.json"
check_exit $? 0 "new writes the core series from its template in German, without the labels that only repeated each week's place (pass 44g)"
# A plan made from a template before session 42 has them, “Week 1” on
# week 1 and so on: the sheet and stats still leave them out.
python3 - "$tmp/core.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1], encoding="utf-8"))
for place, week in enumerate(plan["weeks"], 1):
    week["label"] = "Week %d" % place
json.dump(plan, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False)
PY
LANGUAGE=de REGIMEN_LOCALEDIR=$MESON_BUILD_ROOT/po $cli stats "$tmp/core.json" >"$tmp/stats" 2>&1
[ "$(head -n 1 "$tmp/stats")" = "Woche 1" ] && ! grep -q 'Week' "$tmp/stats"
ok $? "stats heads the week “Woche 1” and quotes no English label (got: $(head -n 1 "$tmp/stats"))"
if command -v pdftotext >/dev/null; then
  LANGUAGE=de REGIMEN_LOCALEDIR=$MESON_BUILD_ROOT/po $cli print "$tmp/core.json" -o "$tmp/core.pdf" >/dev/null 2>&1 &&
    pdftotext "$tmp/core.pdf" "$tmp/core.txt" &&
    grep -q '^Woche 1 · Beckenkippen, Woche 1 von 3 · 23. November' "$tmp/core.txt" && ! grep -qE 'Week|Pelvic' "$tmp/core.txt"
  ok $? "the German sheet heads the week “Woche 1 · Beckenkippen, Woche 1 von 3 · 23. November …” (got: $(grep -m 1 ' · ' "$tmp/core.txt"))"
else
  ok 0 "# SKIP pdftotext is not installed"
fi
