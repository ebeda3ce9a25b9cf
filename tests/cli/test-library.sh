#!/bin/sh
# regimen-cli library list|show: the exercise library, built-in and custom.
. "$(dirname "$0")/tap.sh"
library=$2/../../data/exercises.json
# A data folder of this test's own, so exercises other tests save are not seen.
XDG_DATA_HOME=$tmp/data
export XDG_DATA_HOME

echo "1..42"

$cli library list >"$tmp/list"
check_exit $? 0 "library list succeeds"

python3 - "$tmp/list" "$library" <<'PY'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
exercises = json.load(open(sys.argv[2]))["exercises"]
assert len(lines) == len(exercises), (len(lines), len(exercises))
for line, exercise in zip(lines, exercises):
    assert line.split()[0] == exercise["id"], (line, exercise["id"])
    assert exercise["name"] in line, (line, exercise["name"])
PY
ok $? "the text lists every built-in exercise, one a line: id, then name, in file order"

grep -q '^pistol-squat  *Pistol Squat  *Strength · Level 4$' "$tmp/list"
ok $? "a line gives id, name, category and level"

$cli library list --json >"$tmp/list.json"
check_exit $? 0 "library list --json succeeds"
python3 - "$tmp/list.json" "$library" <<'PY'
import json, sys
listed = json.load(open(sys.argv[1]))["exercises"]
exercises = json.load(open(sys.argv[2]))["exercises"]
assert [e["id"] for e in listed] == [e["id"] for e in exercises]
keys = {"id", "name", "category", "level", "hiit_fit", "custom", "primary_muscles",
        "secondary_muscles", "equipment"}
for got, want in zip(listed, exercises):
    assert set(got) == keys, set(got) ^ keys
    assert got["name"] == want["name"] and got["category"] == want["category"]
    assert got["level"] == want["level"] and got["custom"] is False
    assert got["primary_muscles"] == want["primary_muscles"]
    assert got["equipment"] == want.get("equipment", [])
PY
ok $? "the JSON parses and has every exercise with its category, level, muscles and equipment"

$cli library list --json --category strength --level 1 >"$tmp/filtered.json"
python3 - "$tmp/filtered.json" "$library" <<'PY'
import json, sys
listed = json.load(open(sys.argv[1]))["exercises"]
exercises = json.load(open(sys.argv[2]))["exercises"]
want = [e["id"] for e in exercises if e["category"] == "strength" and e["level"] == 1]
assert want and [e["id"] for e in listed] == want, ([e["id"] for e in listed], want)
PY
ok $? "--category and --level keep just the strength exercises of level 1"

$cli library list --search KETTLEBELL >"$tmp/search"
grep -q '^kettlebell-weighted-knee-drive ' "$tmp/search" && ! grep -q '^pelvic-tilt ' "$tmp/search"
ok $? "--search finds by equipment, ignoring case"

# The window's search takes accents off; the command line only folded
# case, so “squät” found nothing here and “İ” (“i” and a dot) neither.
$cli library list --search squat >"$tmp/plain"
$cli library list --search 'SQUÄT' >"$tmp/accented"
$cli library list --search 'HİP' >"$tmp/dotted"
$cli library list --search hip >"$tmp/dotless"
[ -s "$tmp/plain" ] && cmp -s "$tmp/plain" "$tmp/accented" && [ -s "$tmp/dotless" ] && cmp -s "$tmp/dotless" "$tmp/dotted"
ok $? "--search ignores accents as the window's search does"

$cli library list --json --muscle glutes --equipment none >"$tmp/muscle.json"
python3 - "$tmp/muscle.json" <<'PY'
import json, sys
listed = json.load(open(sys.argv[1]))["exercises"]
assert listed
for e in listed:
    assert "glutes" in e["primary_muscles"] + e["secondary_muscles"], e
    assert "none" in e["equipment"] or not e["equipment"], e
PY
ok $? "--muscle and --equipment filter by id"

$cli library list --category cardio 2>"$tmp/err"
check_exit $? 64 "an unknown category is a usage error"
grep -q '“cardio” is not a category; use mobility, core, strength, power or conditioning' "$tmp/err"
ok $? "which names the categories"

$cli library list --level 5 2>/dev/null
r=$?
for bad in 0 0x2 2.5 -1; do
  $cli library list --level "$bad" >/dev/null 2>&1
  [ $? = 64 ] || r=1
done
$cli library list --muscle glute 2>"$tmp/err"
r2=$?
[ "$r" = 64 ] && [ "$r2" = 64 ] && grep -q '^  glutes$' "$tmp/err"
ok $? "a level out of range (5, 0, 0x2, 2.5, -1) and an unknown muscle are usage errors; glute suggests glutes"

$cli library show pistol-squat >"$tmp/show"
check_exit $? 0 "library show succeeds"
python3 - "$tmp/show" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
lines = text.splitlines()
assert lines[0] == "Pistol Squat" and lines[1] == "pistol-squat  Strength · Level 4", lines[:2]
order = ["Default Prescription", "  3 × 1 per side", "Muscles and Equipment",
         "  Primary: Quadriceps, Glutes", "  Equipment: No equipment", "How to Do It",
         "  Setup: Stand on one leg", "  Movement:", "  Breathing:", "Cues",
         "  - Bend at the knee first", "Common Faults", "  - The back rounding",
         "Progression", "  1. Narrow Stance Squat (narrow-stance-squat)",
         "  2. Isometric Pistol (isometric-pistol)", "* 5. Pistol Squat (pistol-squat)"]
at = 0
for part in order:
    at = text.index(part, at)
PY
ok $? "show prints prescription, muscles, equipment, instructions, cues, faults and the chain, in order"

# Every part the detail window shows, for exercises of each kind.
ok_all=0
for id in narrow-stance-squat heel-slide; do
  $cli library show --json "$id" >"$tmp/$id.json" || ok_all=1
  python3 - "$tmp/$id.json" "$library" "$id" <<'PY' || ok_all=1
import json, sys
shown = json.load(open(sys.argv[1]))
exercises = {e["id"]: e for e in json.load(open(sys.argv[2]))["exercises"]}
want = exercises[sys.argv[3]]
assert shown["id"] == want["id"] and shown["name"] == want["name"]
assert [m["id"] for m in shown["primary_muscles"]] == want["primary_muscles"]
assert all(m["name"] for m in shown["primary_muscles"] + shown["equipment"])
for part in ("setup", "movement", "breathing"):
    assert shown["instructions"][part] == want["instructions"].get(part), part
assert shown["cues"] == want.get("cues", []) and shown["faults"] == want.get("faults", [])
p = shown["prescription"]
assert p["text"] and p["sets"] == want["prescription"]["sets"]
assert shown["figure"]["frames"] >= 1 and shown["figure"]["duration"] > 0
# The chain, walked from the first stage through "next" in the data.
link = lambda id, way: (exercises[id].get("progression") or {}).get(way)
first = want["id"]
while link(first, "previous"):
    first = link(first, "previous")
chain = [first]
while link(chain[-1], "next"):
    chain.append(link(chain[-1], "next"))
assert [s["id"] for s in shown["chain"]] == (chain if len(chain) > 1 else []), shown["chain"]
assert shown["previous"] == link(want["id"], "previous") and shown["next"] == link(want["id"], "next")
PY
done
ok $ok_all "show --json has the data file's prescription, muscles, instructions, cues, faults and chain"

$cli library show pistl-squat >/dev/null 2>"$tmp/err"
check_exit $? 64 "an unknown id is a usage error"
grep -q 'No exercise has the id “pistl-squat”' "$tmp/err" && sed -n 3p "$tmp/err" | grep -q '^  pistol-squat  *Pistol Squat$'
ok $? "which names the id and suggests the nearest one first"

$cli library show xyzzy 2>"$tmp/err"
grep -q 'Run “regimen-cli library list” to see every id.' "$tmp/err"
ok $? "with nothing near, it says where to find the ids"

$cli library 2>/dev/null
r=$?
$cli library remove pistol-squat 2>/dev/null
r2=$?
$cli library show 2>/dev/null
r3=$?
[ "$r" = 64 ] && [ "$r2" = 64 ] && [ "$r3" = 64 ]
ok $? "no subcommand, an unknown one, or show without an id are usage errors"

$cli library --help | grep -q 'library show' && $cli library list --help | grep -q -- '--category'
ok $? "--help explains library and its commands"

# The person's own exercises, from where the app keeps them; a name with
# terminal escapes in it.
mkdir -p "$tmp/data/regimen"
cat >"$tmp/data/regimen/exercises.json" <<'EOF'
{"format": "regimen-exercises", "version": 1, "exercises": [
  {"id": "custom-band-pull-apart-k3f9", "name": "Band Pull\u001b[2JApart\u009b", "category": "strength",
   "primary_muscles": ["upper-back"], "equipment": ["long-band"], "level": 2,
   "instructions": {"setup": "Hold a band.", "movement": "Pull it apart.", "breathing": ""},
   "prescription": {"sets": 3, "reps_min": 15, "reps_max": 15}}]}
EOF
$cli library list >"$tmp/list"
tail -n 1 "$tmp/list" | grep -q '^custom-band-pull-apart-k3f9  *Band Pull\\x1B\[2JApart\\u009B  *Strength · Level 2 · your own$'
ok $? "custom exercises are listed last, marked as your own"

! grep -q "$(printf '\033')" "$tmp/list" && ! grep -q "$(printf '\302\233')" "$tmp/list"
ok $? "control characters in a name are escaped, not printed"

$cli library show custom-band-pull-apart-k3f9 >"$tmp/show"
check_exit $? 0 "show a custom exercise succeeds"
grep -q '^  Setup: Hold a band.$' "$tmp/show" && grep -q '^  Equipment: Long band$' "$tmp/show"
ok $? "with its instructions and equipment"

$cli library list --json --search pull >"$tmp/custom.json"
python3 - "$tmp/custom.json" <<'PY'
import json, sys
listed = json.load(open(sys.argv[1]))["exercises"]
custom = [e for e in listed if e["custom"]]
assert [e["name"] for e in custom] == ["Band Pull\x1b[2JApart\x9b"], custom
PY
ok $? "the JSON keeps the name as it is (escaped by JSON)"

! grep -q "$(printf '\302\233')" "$tmp/custom.json"
ok $? "with the C1 control written as \\u009B"

printf '{"format": "regimen-exercises", "version": 1, "exercises": [{"id": "bad"}]}' \
  >"$tmp/data/regimen/exercises.json"
$cli library list >"$tmp/list" 2>"$tmp/err"
check_exit $? 0 "a broken file of custom exercises does not stop the list"
grep -q 'Your own exercises in .*exercises.json could not be read (at \$\.exercises\[0\]' "$tmp/err" &&
  [ "$(wc -l <"$tmp/list")" = "$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["exercises"]))' "$library")" ]
ok $? "it says where the file is wrong, and lists the built-in exercises"

[ -f "$tmp/data/regimen/exercises.json" ] && [ ! -e "$tmp/data/regimen/exercises.json.broken" ]
ok $? "the broken file is left where it is, for the app to deal with"

# Adversarial pass 5: one long custom name does not pad every line of the
# list; the text cuts it with "…", --json keeps it whole.
python3 - "$tmp/data/regimen/exercises.json" <<'PY'
import json, sys
name = "Long " * 39 + "Name"
json.dump({"format": "regimen-exercises", "version": 1, "exercises": [
    {"id": "custom-long-name-abcd", "name": name, "category": "core",
     "primary_muscles": ["abdominals"], "equipment": ["mat"], "level": 1}]},
    open(sys.argv[1], "w"))
PY
$cli library list >"$tmp/list" 2>"$tmp/err"
check_exit $? 0 "a custom exercise with a 200-character name is listed"
[ "$(awk '{ print length($0) }' "$tmp/list" | sort -n | tail -n 1)" -le 120 ] &&
  tail -n 1 "$tmp/list" | grep -q '^custom-long-name-abcd  *Long Long .*…  *Core · Level 1 · your own$'
ok $? "no line is wider than 120 characters: the long name is cut with …"
$cli library list --json | python3 -c '
import json, sys
names = [e["name"] for e in json.load(sys.stdin)["exercises"]]
assert "Long " * 39 + "Name" in names'
ok $? "--json gives the whole name"

# Adversarial pass 4: a name past 200 characters is refused with its path,
# and the did-you-mean search over 2,000 long names stays bounded.
python3 - "$tmp/data/regimen/exercises.json" <<'PY'
import json, sys
json.dump({"format": "regimen-exercises", "version": 1, "exercises": [
    {"id": "custom-a-abcd", "name": "a" * 15000, "category": "core"}]},
    open(sys.argv[1], "w"))
PY
$cli library show pistl-squat-zzzzzzzz >"$tmp/out" 2>"$tmp/err"
check_exit $? 64 "a mistyped id with an over-long custom name is still a usage error"
grep -q 'exercises\.json could not be read (at \$\.exercises\[0\]\.name: the text is longer than 200 characters' "$tmp/err" &&
  [ "$(wc -c <"$tmp/err")" -lt 4000 ]
ok $? "the name past 200 characters is reported with its path, in a short message"

python3 - "$tmp/data/regimen/exercises.json" <<'PY'
import json, sys
name = " ".join("abcdefghijklmnopqrstuvwxyz"[i % 26] for i in range(100))[:200]
json.dump({"format": "regimen-exercises", "version": 1, "exercises": [
    {"id": "custom-e%d" % i, "name": name, "category": "core"} for i in range(2000)]},
    open(sys.argv[1], "w"))
PY
$cli library show pistl-squat >"$tmp/out" 2>"$tmp/err"
check_exit $? 64 "a mistyped id among 2,000 custom exercises of 100-word names is a usage error"
grep -q 'pistol-squat' "$tmp/err" && [ "$(wc -l <"$tmp/err")" -le 8 ]
ok $? "it still suggests pistol-squat, among at most five"
rm -f "$tmp/data/regimen/exercises.json"

LANGUAGE=de REGIMEN_LOCALEDIR=$MESON_BUILD_ROOT/po $cli library show heel-slide >"$tmp/de" 2>/dev/null
grep -q '^Fersengleiten$' "$tmp/de" && grep -q '^Standardvorgabe$' "$tmp/de" && grep -q '^  Ausrüstung: Matte$' "$tmp/de"
ok $? "show speaks German"

# Pass 3, N3: muscles and equipment are each named once (the schema's
# uniqueItems); a list of thousands of "glutes" is refused with its path.
python3 - "$tmp/data/regimen/exercises.json" <<'PY'
import json, sys
json.dump({"format": "regimen-exercises", "version": 1, "exercises": [
    {"id": "custom-dup-abcd", "name": "Dup", "category": "strength", "level": 2,
     "primary_muscles": ["glutes"] * 5000, "equipment": ["none"]}]},
    open(sys.argv[1], "w"))
PY
$cli library list --search dup >"$tmp/out" 2>"$tmp/err"
grep -q 'could not be read (at \$\.exercises\[0\]\.primary_muscles: “glutes” is given twice' "$tmp/err" &&
  ! grep -q custom-dup "$tmp/out"
ok $? "a muscle group named twice in a custom exercise is refused with its path"

# Pass 3, N2: validate, stats, print and export-ics read the person's own
# exercises, as the app does, instead of calling them unknown.
cat >"$tmp/data/regimen/exercises.json" <<'EOF'
{"format": "regimen-exercises", "version": 1, "exercises": [
  {"id": "custom-band-pull-k3f9", "name": "Band Pull-Apart", "category": "strength",
   "primary_muscles": ["upper-back"], "equipment": ["long-band"], "level": 2}]}
EOF
cat >"$tmp/custom-plan.json" <<'EOF'
{"format": "regimen-plan", "version": 1, "start_date": "2026-11-23", "weeks": [{"days": [
  {"sessions": [{"kind": "strength", "rpe": 6, "minutes": 30,
    "items": [{"exercise": "custom-band-pull-k3f9", "sets": 3, "reps": 12}]}]},
  {"sessions": []}, {"sessions": []}, {"sessions": []}, {"sessions": []}, {"sessions": []}, {"sessions": []}]}]}
EOF
$cli validate "$tmp/custom-plan.json" >"$tmp/out"
check_exit $? 0 "validate knows the person's own exercises"
! grep -q 'not in the library' "$tmp/out"
ok $? "and reports no unknown exercise"
$cli export-ics "$tmp/custom-plan.json" -o - | grep -q '^DESCRIPTION:.*Band Pull-Apart: 3 × 12'
ok $? "export-ics names a custom exercise by its name"
$cli print "$tmp/custom-plan.json" -o "$tmp/custom.pdf" && pdftotext "$tmp/custom.pdf" - | grep -q 'Band Pull-Apart'
ok $? "print names a custom exercise by its name"
rm -f "$tmp/data/regimen/exercises.json"

exit $fail
