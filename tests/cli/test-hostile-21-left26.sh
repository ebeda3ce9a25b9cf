#!/bin/sh
# Leftovers of issue #21 (pass 26): paths quoted shortened, plans too
# large to save said at once, small loads shown in digits, what a CSV
# round trip does not carry said.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..10"

# 1. A path of about 4,000 bytes of nested folders is quoted shortened in
# the middle, its first folder and the file's name kept, not whole: the
# message stays a line a person reads.
deep=$tmp/$(python3 -c 'print("/".join("folder%03d" % i for i in range(370)))')
mkdir -p "$deep"
printf '{' >"$deep/bad.regimen.json"
$cli validate "$deep/bad.regimen.json" >"$tmp/out" 2>"$tmp/err"
check_exit $? 2 "validate of a broken plan 4,000 bytes deep exits with 2"
first=$(printf '%s' "$tmp" | cut -d/ -f2)
[ "$(wc -c <"$tmp/err")" -lt 300 ] &&
  grep -q "^regimen-cli validate: /$first/…/folder36[0-9]/.*/folder368/folder369/bad.regimen.json: Line 1, column 2: " "$tmp/err"
ok $? "quotes the path as /$first/…/folder369/bad.regimen.json, the name and its folders kept"
$cli format "$plans/progression.json" -o "$deep/no-such-folder/plan.regimen.json" >"$tmp/out" 2>"$tmp/err"
[ "$(wc -c <"$tmp/err")" -lt 300 ] && grep -q "^regimen-cli format: /$first/…/folder36[0-9]/.*/folder369/no-such-folder/plan.regimen.json: its folder cannot be reached" "$tmp/err"
ok $? "format -o into a missing folder 4,000 bytes deep says so in a short line"

# 2. A plan written on one line (7 MB) opens, but its text as Regimen
# writes it is more than 16 MiB: a command that rewrites it says that the
# plan is too large to save and to split it, not that Regimen "could not
# open the result again", and leaves the file as it was.
python3 - "$tmp/big.regimen.json" <<'PY'
import json, sys
n = 0
def next_id(prefix):
    global n
    n += 1
    return "%s%09d" % (prefix, n)
weeks = []
for w in range(52):
    days = []
    for d in range(7):
        sessions = []
        for s in range(2):
            items = [{"id": next_id("i"), "exercise": "single-leg-high-knee-hold", "sets": 3, "reps": 10,
                      "rest_seconds": 90} for i in range(100)]
            sessions.append({"id": next_id("s"), "title": "S", "kind": "strength", "rpe": 7, "minutes": 45,
                             "items": items})
        days.append({"sessions": sessions})
    weeks.append({"days": days})
plan = {"format": "regimen-plan", "version": 1, "title": "Big", "weeks": weeks}
open(sys.argv[1], "w").write(json.dumps(plan, separators=(",", ":")))
PY
cp "$tmp/big.regimen.json" "$tmp/big-before.json"
$cli format "$tmp/big.regimen.json" >"$tmp/out" 2>"$tmp/err"
check_exit $? 1 "format of a 7 MB plan whose written form is more than 16 MiB fails"
grep -q "^regimen-cli format: $tmp/big.regimen.json: Could not save the plan as “$tmp/big.regimen.json”: the plan is too large to save in Regimen's format: .*; split it into smaller plans" "$tmp/err" &&
  ! grep -q "could not open the result again" "$tmp/err" &&
  cmp -s "$tmp/big.regimen.json" "$tmp/big-before.json" && ! [ -e "$tmp/big.regimen.json~" ]
ok $? "says the plan is too large to save and to split it; the file is untouched"

# 3. A load that is not 0 is not shown as 0: item edit --load 0.001kg
# and a file holding 0.0002 said “0 kg”; the file keeps what was given.
cp "$plans/progression.json" "$tmp/small.json"
$cli item edit "$tmp/small.json" --item pku4 --load 0.001kg >"$tmp/out" 2>"$tmp/err"
check_exit $? 0 "item edit --load 0.001kg is taken"
grep -q "narrow-stance-squat 3 × 10 · 3-0-1-0 · 0.001 kg · 50 % 1RM" "$tmp/out" &&
  grep -q '"load_kg": 0.001,' "$tmp/small.json"
ok $? "says 0.001 kg, not 0 kg, and writes 0.001"
sed 's/"load_kg": 0.001,/"load_kg": 0.0002,/' "$tmp/small.json" >"$tmp/small2.json"
$cli item edit "$tmp/small2.json" --item pku4 --reps 9 >"$tmp/out" 2>"$tmp/err"
grep -q "3 × 9 · 3-0-1-0 · 0.0002 kg · " "$tmp/out" && grep -q '"load_kg": 0.0002,' "$tmp/small2.json"
ok $? "a file's 0.0002 is shown as 0.0002 kg and written back as read"

# 4. export-csv says what its CSV does not carry (a set's other members,
# a load logged in the other unit written converted), which an import of
# it cannot bring back; the CSV is written all the same.
python3 - "$plans/logged.json" "$tmp/lb.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
logs = [s["log"] for w in plan["weeks"] for d in w["days"] for s in d["sessions"] if "log" in s]
sets = logs[0]["items"][0]["sets"]
sets[1] = {"reps": 10, "load": 95, "unit": "lb"}
plan_sets = [st for log in logs for item in log["items"] for st in item.get("sets", [])]
print(sum(1 for st in plan_sets if any(k.startswith("x-") for k in st)),
      sum(1 for st in plan_sets if st.get("unit") == "lb"), file=open(sys.argv[2] + ".counts", "w"))
json.dump(plan, open(sys.argv[2], "w"), indent=2, ensure_ascii=False)
PY
read members converted <"$tmp/lb.json.counts"
$cli export-csv "$tmp/lb.json" -o "$tmp/lb.csv" >"$tmp/out" 2>"$tmp/err"
check_exit $? 0 "export-csv of a log with another tool's set member and a load in lb writes the CSV"
[ "$members" -ge 1 ] && [ "$converted" -ge 1 ] && [ -s "$tmp/lb.csv" ] &&
  grep -q "^regimen-cli export-csv: $tmp/lb.json: $members sets\? holds\? members the CSV has no column for (another tool's); they are not in the CSV, and import-csv cannot bring them back$" "$tmp/err" &&
  grep -q "^regimen-cli export-csv: $tmp/lb.json: $converted loads\? logged in lb \(is\|are\) written converted to kg, to the hundredth; import-csv logs \(it\|them\) as written, not in lb$" "$tmp/err"
ok $? "says which sets' members and how many loads in lb the CSV does not carry as logged"

exit $fail
