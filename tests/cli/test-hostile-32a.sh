#!/bin/sh
# Adversarial pass 32a (issue 21): what a hostile file does to the
# command line's reader, writer and exports.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..15"

# A carriage return in an exercise's name (one's own, from a hand-edited
# exercises.json) or in the id of an exercise the library lacks is written
# into the CSV as it is, in quotes, and the CSV's reader gives a quoted
# field's CR or CRLF back as LF: import-csv said the rows matched no
# exercise (“a[U+000A]b”) and left their sets out.
mkdir -p "$tmp/data/regimen"
python3 - "$plans/one-week.json" "$tmp/data/regimen/exercises.json" "$tmp/plan.json" <<'PY'
import json, sys
def exercise(id, name):
    return {"id": id, "name": name, "category": "strength", "primary_muscles": ["glutes"],
            "equipment": ["none"], "level": 2,
            "instructions": {"setup": "s", "movement": "m", "breathing": "b"}}
json.dump({"format": "regimen-exercises", "version": 1,
           "exercises": [exercise("custom-crlf", "Band\r\nPull"), exercise("custom-cr", "Band\rRow")]},
          open(sys.argv[2], "w"))
plan = json.load(open(sys.argv[1]))
session = plan["weeks"][0]["days"][0]["sessions"][0]
session["items"] = [{"id": "crlf", "exercise": "custom-crlf", "sets": 1, "reps": 5},
                    {"id": "cr", "exercise": "custom-cr", "sets": 1, "reps": 6},
                    {"id": "unknown", "exercise": "not\rin-library", "sets": 1, "reps": 7}]
session["log"] = {"status": "done", "date": "2026-11-23",
                  "items": [{"item": "crlf", "sets": [{"reps": 5}]}, {"item": "cr", "sets": [{"reps": 6}]},
                            {"item": "unknown", "sets": [{"reps": 7}]}]}
json.dump(plan, open(sys.argv[3], "w"), indent=2)
PY
without_log "$tmp/plan.json" "$tmp/cleared.json"
for format in strong hevy; do
  XDG_DATA_HOME="$tmp/data" $cli export-csv --format "$format" "$tmp/plan.json" -o "$tmp/$format.csv" &&
    cp "$tmp/cleared.json" "$tmp/$format.json" &&
    XDG_DATA_HOME="$tmp/data" $cli import-csv "$tmp/$format.json" "$tmp/$format.csv" >"$tmp/out" 2>"$tmp/err"
  check_exit $? 0 "$format: a CSV of exercises whose name or id holds a CR imports"
  python3 - "$tmp/plan.json" "$tmp/$format.json" "$tmp/err" <<'PY'
import json, sys
def log(path):
    session = json.load(open(path))["weeks"][0]["days"][0]["sessions"][0]
    return [(entry["item"], entry["sets"]) for entry in session["log"]["items"]]
assert log(sys.argv[2]) == log(sys.argv[1]), (log(sys.argv[2]), open(sys.argv[3]).read())
PY
  ok $? "$format: each of their sets comes back to its exercise"
done

# A plan saved by an editor as UTF-16 (Notepad's “Unicode”) or UTF-32, with
# its byte order mark: named as such, where it was said to hold a NUL byte
# at line 1, column 4, past the first byte that is not UTF-8.
for encoding in UTF-16 UTF-32; do
  iconv -f UTF-8 -t "$encoding" "$plans/one-week.json" >"$tmp/wide.json"
  $cli validate "$tmp/wide.json" >/dev/null 2>"$tmp/err"
  status=$?
  [ $status = 2 ] &&
    grep -qx "regimen-cli validate: $tmp/wide.json: The file is UTF-16 or UTF-32 text, not UTF-8; save it as UTF-8 (a plan is plain UTF-8 text)." "$tmp/err"
  ok $? "a plan in $encoding is named as such (exit $status: $(head -c 200 "$tmp/err"))"
done
# UTF-32 big-endian, its mark first (iconv writes little-endian).
{ printf '\000\000\376\377'; iconv -f UTF-8 -t UTF-32BE "$plans/one-week.json"; } >"$tmp/wide.json"
$cli validate "$tmp/wide.json" >/dev/null 2>"$tmp/err"
grep -q 'The file is UTF-16 or UTF-32 text, not UTF-8' "$tmp/err"
ok $? "a plan in big-endian UTF-32 is named as such"
# Without a byte order mark, the NUL byte is still where the file goes wrong.
printf '{\000}' >"$tmp/nul.json"
$cli validate "$tmp/nul.json" 2>"$tmp/err"
grep -q 'The file contains a NUL byte at line 1, column 2 (offset 1)' "$tmp/err"
ok $? "a NUL byte without a byte order mark is named where it is"

# An exercise id that ends in a zero-width space (a hand-edited plan, a
# copy from a web page) is not the library's: the check said so in words
# that named the library's own (“narrow-stance-squat” is not in the
# library); what shows as nothing is spelt, in text and in JSON.
python3 - "$plans/one-week.json" "$tmp/zw.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
plan["weeks"][0]["days"][0]["sessions"][0]["items"][0]["exercise"] = "narrow-stance-squat\u200b"
json.dump(plan, open(sys.argv[2], "w"))
PY
$cli validate "$tmp/zw.json" >"$tmp/out" 2>&1
grep -q '“narrow-stance-squat\[U+200B\]” is not in the library' "$tmp/out"
ok $? "validate spells the zero-width space of an unknown exercise's id"
$cli validate --json "$tmp/zw.json" | python3 -c '
import json, sys
messages = [f["message"] for f in json.load(sys.stdin)["diagnostics"]]
assert any("“narrow-stance-squat[U+200B]” is not in the library" in m for m in messages), messages'
ok $? "so does validate --json"

# A block whose name ends in a zero-width space is listed as “Base”, and
# was “no block called “Base””: it is found by the name as it reads, and
# beside a block called “Base” the two are one name, given by number.
python3 - "$plans/four-week.json" "$tmp/blocks.json" "$tmp/twins.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
plan["blocks"] = [{"name": "Base\u200b", "weeks": 1}]
json.dump(plan, open(sys.argv[2], "w"))
plan["blocks"] = [{"name": "Base\u200b", "weeks": 1}, {"name": "Base", "weeks": 1}]
json.dump(plan, open(sys.argv[3], "w"))
PY
$cli block rename "$tmp/blocks.json" Base Build >"$tmp/out" 2>&1
check_exit $? 0 "a block named with a zero-width space is found by the name it shows"
python3 -c 'import json, sys; assert json.load(open(sys.argv[1]))["blocks"][0]["name"] == "Build"' "$tmp/blocks.json"
ok $? "and renamed"
$cli block rename "$tmp/twins.json" Base Build >"$tmp/out" 2>&1
status=$?
[ $status = 2 ] && grep -q '2 blocks are called “Base”' "$tmp/out"
ok $? "beside a block called Base, the name is two blocks' (exit $status)"

# diff of two plans whose block name and exercise id differ only by a
# zero-width space said “name “Base” → “Base”” and “narrow-stance-squat →
# narrow-stance-squat”, changes that read as none: what differs is spelt.
python3 - "$plans/one-week.json" "$tmp/before.json" "$tmp/after.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
plan["blocks"] = [{"name": "Base", "weeks": 1}]
json.dump(plan, open(sys.argv[2], "w"))
plan["blocks"][0]["name"] = "Base\u200b"
plan["weeks"][0]["days"][0]["sessions"][0]["items"][0]["exercise"] = "narrow-stance-squat\u200b"
json.dump(plan, open(sys.argv[3], "w"))
PY
$cli diff "$tmp/before.json" "$tmp/after.json" >"$tmp/out" 2>&1
grep -q 'name “Base” → “Base.*” (the same letters but for what shows as nothing: “Base” → “Base\[U+200B\]”)' "$tmp/out"
ok $? "diff spells the zero-width space a block's name gained"
grep -q 'narrow-stance-squat → narrow-stance-squat.* (the same letters but for what shows as nothing: “narrow-stance-squat” → “narrow-stance-squat\[U+200B\]”)' "$tmp/out"
ok $? "and the one an exercise id gained"
