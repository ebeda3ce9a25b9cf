#!/bin/sh
# Issue #21, adversarial pass 30d: the training log, blocks and
# progression rules, CSV import.
. "$(dirname "$0")/tap.sh"
XDG_DATA_HOME=$tmp/data
export XDG_DATA_HOME

echo "1..6"

# 1-3. Excel's separator line, “sep=,” before the header (apps write it
# so that Excel splits the columns in any language), was read as the
# header: the file was refused as having no “Date” column though its
# next line names one. It is skipped, the lines counted from it.
cp "$2/plans/one-week.json" "$tmp/sep.json"
printf '\357\273\277sep=,\r\nDate,Exercise Name,Weight,Reps\r\n2026-11-23,Narrow Stance Squat,40,10\r\n2026-11-23,Narrow Stance Squat,forty,8\r\n' >"$tmp/sep.csv"
$cli import-csv "$tmp/sep.json" "$tmp/sep.csv" >"$tmp/out" 2>"$tmp/err"
check_exit $? 0 "a CSV that starts with Excel's “sep=,” line is imported ($(cat "$tmp/err"))"
grep -q '^Imported 1 set; 1 row not imported\.$' "$tmp/out" &&
  grep -q 'line 4: the weight “forty”' "$tmp/err" &&
  $cli log "$tmp/sep.json" --list | grep -q 'Done'
ok $? "its set is logged and its rows are counted from the “sep=,” line ($(cat "$tmp/out" "$tmp/err" | tr "\n" " "))"
cp "$2/plans/one-week.json" "$tmp/semi.json"
printf 'sep=;\nDate;Exercise Name;Weight;Reps\n2026-11-23;Narrow Stance Squat;40;10\n' >"$tmp/semi.csv"
$cli import-csv "$tmp/semi.json" "$tmp/semi.csv" 2>"$tmp/err"
[ $? = 2 ] && grep -q 'separated by semicolons' "$tmp/err" &&
  cmp -s "$tmp/semi.json" "$2/plans/one-week.json"
ok $? "“sep=;” is refused as a file of semicolons, the plan left as it was ($(cat "$tmp/err"))"
# The header's own messages name its line, 2 after “sep=,”: they said
# line 1, the separator line.
printf 'sep=,\nDate,Exercise,Weight,Reps\n2026-11-23,Narrow Stance Squat,40,10\n' >"$tmp/noname.csv"
$cli import-csv "$tmp/semi.json" "$tmp/noname.csv" 2>"$tmp/err"
[ $? = 2 ] && grep -q 'line 2: the header has no “Exercise Name” column' "$tmp/err"
ok $? "a header after “sep=,” is named as line 2 ($(cat "$tmp/err"))"

# 4-5. Strong's older export says each row's unit in a column of its own,
# “Weight Unit” (“kg” or “lbs”, as each set was logged). The column was
# ignored and every weight read in --unit: 95 lbs was logged as 95 kg.
# It is read per row; a unit that is neither is told with its line.
cp "$2/plans/one-week.json" "$tmp/unit.json"
cat >"$tmp/unit.csv" <<'CSV'
Date,Workout Name,Exercise Name,Set Order,Weight,Weight Unit,Reps,RPE,Distance,Distance Unit,Seconds,Notes,Workout Notes
2026-11-23 07:30:00,"Lower body A","Narrow Stance Squat",1,95,lbs,10,,,,0,"",""
2026-11-23 07:30:00,"Lower body A","Narrow Stance Squat",2,45,kg,8,,,,0,"",""
2026-11-23 07:30:00,"Lower body A","Narrow Stance Squat",3,7,stone,8,,,,0,"",""
CSV
$cli import-csv "$tmp/unit.json" "$tmp/unit.csv" >"$tmp/out" 2>"$tmp/err"
check_exit $? 0 "a Strong file with a Weight Unit column is imported ($(cat "$tmp/err"))"
$cli stats "$tmp/unit.json" | grep -q 'done 1 × 10 at 95 lb / 1 × 8 at 45 kg$' &&
  grep -q 'line 4: the weight unit “stone” is neither kg nor lbs' "$tmp/err" &&
  grep -q '^Imported 2 sets; 1 row not imported\.$' "$tmp/out"
ok $? "each row is logged in its own unit, and an unknown unit is told ($($cli stats "$tmp/unit.json" | grep narrow))"
