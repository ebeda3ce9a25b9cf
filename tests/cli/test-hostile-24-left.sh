#!/bin/sh
# What the last adversarial pass on issue #21 left, on real files: plans
# changed in place inside Regimen's own data folder.
. "$(dirname "$0")/tap.sh"

echo "1..2"

# `-o` refused a file in Regimen's data folder, but the commands that
# change their PLAN where it is rewrote a working copy there (which the
# app then replaces or removes as its own) and would write a plan over
# exercises.json. Now each refuses, by any name (the folder itself, a
# link to the file, a link to the folder, “..”, the Flatpak's folder),
# exit status 1, the file untouched.
mkdir -p "$tmp/data/regimen/autosave" "$tmp/home/.var/app/$REGIMEN_TEST_APP_ID/data/regimen" "$tmp/links"
cp "$2/plans/one-week.json" "$tmp/data/regimen/autosave/copy.json"
cat >"$tmp/data/regimen/exercises.json" <<'JSON'
{"format": "regimen-exercises", "version": 1, "exercises": []}
JSON
cp "$tmp/data/regimen/exercises.json" "$tmp/exercises.before"
flatpak="$tmp/home/.var/app/$REGIMEN_TEST_APP_ID/data/regimen"
ln -s "$tmp/data/regimen/autosave/copy.json" "$tmp/links/plan.json"
ln -s "$tmp/data/regimen" "$tmp/links/data"
printf '%s\n' 'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE' \
  '2026-11-23 00:00:00,Lower body A,45m,Narrow Stance Squat,1,40,10,,,,,' >"$tmp/log.csv"
copy="$tmp/data/regimen/autosave/copy.json"
refused=0
for call in "log $copy --session 3idq --status done" \
            "log $tmp/links/plan.json --session 3idq --clear" \
            "block add $tmp/links/data/autosave/copy.json --weeks 1 Base" \
            "week insert $tmp/data/regimen/../regimen/autosave/copy.json 1" \
            "session add $copy --week 1 --day tue" \
            "item edit $copy --item pku4 --sets 5" \
            "progress $tmp/links/data/autosave/../autosave/copy.json --item pku4 --add 1rep --weeks 2" \
            "import-csv $copy $tmp/log.csv" \
            "format $copy"; do
  cp "$2/plans/one-week.json" "$copy"
  XDG_DATA_HOME="$tmp/data" HOME="$tmp/home" $cli $call >"$tmp/out" 2>&1
  status=$?
  if [ "$status" != 1 ] ||
     ! grep -q "^regimen-cli [a-z -]*: $tmp/[^ ]*: it is inside Regimen's data folder, which holds the working copies of unsaved plans and your own exercises" "$tmp/out" ||
     ! cmp -s "$copy" "$2/plans/one-week.json" || ! cmp -s "$tmp/data/regimen/exercises.json" "$tmp/exercises.before"; then
    echo "# $call: exit $status: $(cat "$tmp/out")"
    refused=1
  fi
done
[ "$refused" = 0 ] &&
  [ "$(ls -A "$tmp/data/regimen" | tr '\n' ' ')" = "autosave exercises.json " ] &&
  [ "$(ls -A "$tmp/data/regimen/autosave")" = "copy.json" ]
ok $? "a plan in Regimen's data folder is not changed in place, by any name"

# The Flatpak's data folder too, where the command line outside the
# sandbox does not see its own; a plan outside both is changed as before,
# and the copy in the data folder can still be read.
cp "$2/plans/one-week.json" "$flatpak/copy.json"
cp "$2/plans/one-week.json" "$tmp/plan.json"
XDG_DATA_HOME="$tmp/data" HOME="$tmp/home" $cli log "$flatpak/copy.json" --session 3idq --status done \
  >"$tmp/out" 2>&1
status=$?
[ "$status" = 1 ] && grep -q "it is inside Regimen's data folder" "$tmp/out" &&
  cmp -s "$flatpak/copy.json" "$2/plans/one-week.json" &&
  XDG_DATA_HOME="$tmp/data" HOME="$tmp/home" $cli log "$tmp/plan.json" --session 3idq --status done >/dev/null &&
  grep -q '"status" *: *"done"' "$tmp/plan.json" &&
  XDG_DATA_HOME="$tmp/data" HOME="$tmp/home" $cli log "$copy" --list >/dev/null &&
  XDG_DATA_HOME="$tmp/data" HOME="$tmp/home" $cli format "$copy" --check >/dev/null
ok $? "the Flatpak's data folder is refused too; a plan elsewhere is logged, one inside still read (exit $status)"

exit $fail
