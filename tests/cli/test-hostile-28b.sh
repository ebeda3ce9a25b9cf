#!/bin/sh
# Hostile files, pass 28b: what a save does to the file it replaces, and
# writers racing each other on one plan.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..32"

# Writes the plan SRC to DEST on one line: valid, but not in canonical
# form, so that format has something to write.
minified () {
  python3 -c 'import json, sys; json.dump(json.load(open(sys.argv[1])), open(sys.argv[2], "w"))' "$1" "$2"
}

# Runs `format PLAN -o TARGET` while another program changes PLAN in
# place between format's read and its write: the other program holds the
# lock Regimen's writers take (flock), waits for format's temporary file
# (made after the read), changes the title, and lets go. No timing: format
# waits for the lock (a format that ends without making one ends the
# wait too). Prints format's exit status.
format_racing_an_edit () {
  rm -rf "$tmp/race"
  mkdir "$tmp/race"
  minified "$plans/one-week.json" "$tmp/race/plan.json"
  ln "$tmp/race/plan.json" "$tmp/race/hard.json"
  ln -s plan.json "$tmp/race/soft.json"
  flock "$tmp/race/plan.json" sh -c '
    cd "$1" || exit 1
    : >locked
    until ls -A | grep -q "^\.regimen-temporary-" || [ -e done ]; do sleep 0.05; done
    [ -e done ] || python3 -c "
text = open(\"plan.json\").read()
open(\"plan.json\", \"r+\").write(text.replace(\"Strong enough\", \"EDITED enough\"))"
  ' sh "$tmp/race" &
  holder=$!
  until [ -e "$tmp/race/locked" ]; do sleep 0.05; done
  $cli format "$tmp/race/plan.json" -o "$1" >/dev/null 2>"$tmp/race-err"
  status=$?
  : >"$tmp/race/done"
  wait $holder
  echo $status
}

# format -o naming the plan itself rewrote it without checking that it
# still held what was read: an edit another program saved meanwhile (a
# `log`, the app) was undone by the formatted old text, where format
# without -o refuses. Through its own name, ./, a hard or a symbolic link.
for target in plan.json ./plan.json hard.json soft.json; do
  status=$(format_racing_an_edit "$tmp/race/$target")
  [ "$status" = 1 ] && grep -q "changed the file meanwhile" "$tmp/race-err" &&
    grep -q '"EDITED enough' "$tmp/race/plan.json"
  ok $? "format -o $target racing an edit of the plan keeps the edit and says so"
done

# Without a race, -o onto the plan itself still formats it in place, its
# previous version kept as PLAN~.
mkdir "$tmp/self"
minified "$plans/one-week.json" "$tmp/self/plan.json"
cp "$tmp/self/plan.json" "$tmp/self/before.json"
$cli format "$tmp/self/plan.json" -o "$tmp/self/plan.json"; check_exit $? 0 "format -o onto the plan itself succeeds"
cmp -s "$tmp/self/plan.json" "$plans/one-week.json"; ok $? "format -o onto the plan itself writes the canonical form"
cmp -s "$tmp/self/plan.json~" "$tmp/self/before.json"; ok $? "format -o onto the plan itself keeps the previous version as PLAN~"

# A plan already in canonical form is left alone by -o onto itself, as by
# format without -o: written again, its PLAN~ became a copy of it and the
# version before was gone.
touch -d @1000000000 "$tmp/self/plan.json"
$cli format "$tmp/self/plan.json" -o "$tmp/self/plan.json"; check_exit $? 0 "format -o onto a plan in canonical form succeeds"
cmp -s "$tmp/self/plan.json~" "$tmp/self/before.json" && [ "$(stat -c %Y "$tmp/self/plan.json")" = 1000000000 ]
ok $? "format -o onto a plan in canonical form leaves it and its PLAN~ alone"

# -o naming a hard link of the plan formats the plan under its own name,
# its previous version kept as its PLAN~: the link's name was written,
# the plan left as it was and the backup made as the link's.
mkdir "$tmp/hard"
minified "$plans/one-week.json" "$tmp/hard/plan.json"
cp "$tmp/hard/plan.json" "$tmp/hard/before.json"
ln "$tmp/hard/plan.json" "$tmp/hard/hard.json"
$cli format "$tmp/hard/plan.json" -o "$tmp/hard/hard.json"; check_exit $? 0 "format -o onto a hard link of the plan succeeds"
cmp -s "$tmp/hard/plan.json" "$plans/one-week.json" && cmp -s "$tmp/hard/plan.json~" "$tmp/hard/before.json" &&
  [ ! -e "$tmp/hard/hard.json~" ]
ok $? "format -o onto a hard link of the plan formats the plan itself and keeps its PLAN~"

# -o onto another file is not checked against the plan's text: a file
# that is not the plan is written over as before.
echo "old" >"$tmp/self/other.json"
$cli format "$tmp/self/before.json" -o "$tmp/self/other.json"; check_exit $? 0 "format -o onto another file replaces it"

# Standard output that is the plan itself, opened by the shell without
# emptying it (>> or <>), took the export or the canonical text after or
# over the plan's own, which then no longer opened, with no previous
# version kept anywhere. Refused, exit status 1, the plan as it was.
mkdir "$tmp/stdout"
cp "$plans/one-week.json" "$tmp/stdout/before.json"
for command in "format -o -" "export-ics -o -" "export-csv -o -"; do
  cp "$tmp/stdout/before.json" "$tmp/stdout/plan.json"
  # shellcheck disable=SC2086 # the command's words
  $cli ${command%% *} "$tmp/stdout/plan.json" ${command#* } >>"$tmp/stdout/plan.json" 2>"$tmp/stdout/err"
  status=$?
  [ "$status" = 1 ] && cmp -s "$tmp/stdout/plan.json" "$tmp/stdout/before.json" &&
    grep -q "standard output is this plan itself" "$tmp/stdout/err"
  ok $? "$command >> PLAN is refused and leaves the plan as it was"

  # shellcheck disable=SC2086
  $cli ${command%% *} "$tmp/stdout/plan.json" ${command#* } 1<>"$tmp/stdout/plan.json" 2>/dev/null
  status=$?
  [ "$status" = 1 ] && cmp -s "$tmp/stdout/plan.json" "$tmp/stdout/before.json"
  ok $? "$command 1<> PLAN is refused and leaves the plan as it was"

  # Through another name of the plan (a hard link) too.
  ln -f "$tmp/stdout/plan.json" "$tmp/stdout/hard.json"
  # shellcheck disable=SC2086
  $cli ${command%% *} "$tmp/stdout/plan.json" ${command#* } >>"$tmp/stdout/hard.json" 2>/dev/null
  status=$?
  [ "$status" = 1 ] && cmp -s "$tmp/stdout/plan.json" "$tmp/stdout/before.json"
  ok $? "$command >> a hard link of PLAN is refused and leaves the plan as it was"
  rm -f "$tmp/stdout/hard.json"
done

# export-ics writes to standard output without -o as well.
$cli export-ics "$tmp/stdout/plan.json" >>"$tmp/stdout/plan.json" 2>/dev/null
status=$?
[ "$status" = 1 ] && cmp -s "$tmp/stdout/plan.json" "$tmp/stdout/before.json"
ok $? "export-ics >> PLAN (no -o) is refused and leaves the plan as it was"

# Nor into the plan's previous version, PLAN~, which -o refuses too.
cp "$tmp/stdout/before.json" "$tmp/stdout/plan.json~"
$cli export-csv "$tmp/stdout/plan.json" -o - >>"$tmp/stdout/plan.json~" 2>"$tmp/stdout/err"
status=$?
[ "$status" = 1 ] && cmp -s "$tmp/stdout/plan.json~" "$tmp/stdout/before.json" &&
  grep -q "standard output is this plan's previous version, “plan.json~”" "$tmp/stdout/err"
ok $? "export-csv -o - >> PLAN~ is refused and leaves PLAN~ as it was"

# An OUT ending in / named a folder that is there, the current one, and the
# exports said "no file can be created in its folder (No such file or
# directory)"; said to name a folder, as format and new say, nothing made.
mkdir "$tmp/slash"
for command in export-ics export-csv print; do
  $cli $command "$plans/one-week.json" -o "$tmp/slash/out/" 2>"$tmp/slash-err"
  status=$?
  [ "$status" = 1 ] && grep -q "names a folder, not a file" "$tmp/slash-err" && [ -z "$(ls -A "$tmp/slash")" ]
  ok $? "$command -o OUT/ is said to name a folder and writes nothing"
  rm -f "$tmp/slash-err"
done

# A PLAN~ that cannot be replaced refuses the save, nothing written; the
# message said only "the previous version could not be kept (Operation
# not permitted)" (or "(Is a directory)"): it names the file in the way
# and why now. A folder of that name:
mkdir "$tmp/kept"
minified "$plans/one-week.json" "$tmp/kept/plan.json"
cp "$tmp/kept/plan.json" "$tmp/kept/before.json"
mkdir "$tmp/kept/plan.json~"
$cli format "$tmp/kept/plan.json" 2>"$tmp/kept-err"; check_exit $? 1 "a folder as PLAN~ refuses the save"
grep -q "could not be kept: “plan.json~” beside it is a folder" "$tmp/kept-err" &&
  cmp -s "$tmp/kept/plan.json" "$tmp/kept/before.json"
ok $? "names PLAN~ as a folder, the plan as it was"
rmdir "$tmp/kept/plan.json~"

# Another user's PLAN~ in a sticky folder (/tmp): run as a user id no
# database knows, so only as root, without the valgrind wrapper
# (memcheck's log folder is not that user's).
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null && ! getent passwd 54321 >/dev/null; then
  chmod 711 "$tmp"
  mkdir "$tmp/sticky" && chmod 1777 "$tmp/sticky"
  cp "$tmp/kept/before.json" "$tmp/sticky/plan.json"
  chown 54321:54321 "$tmp/sticky/plan.json"
  echo "someone else's" >"$tmp/sticky/plan.json~"
  setpriv --reuid=54321 --regid=54321 --clear-groups env HOME="$tmp/sticky" XDG_DATA_HOME="$tmp/sticky/data" \
    $bare_cli format "$tmp/sticky/plan.json" 2>"$tmp/kept-err"
  check_exit $? 1 "another user's PLAN~ in a sticky folder refuses the save"
  grep -q "could not be kept: “plan.json~” beside it belongs to another user" "$tmp/kept-err" &&
    cmp -s "$tmp/sticky/plan.json" "$tmp/kept/before.json" && grep -q "someone else's" "$tmp/sticky/plan.json~"
  ok $? "names PLAN~ as another user's, the plan and PLAN~ as they were"
else
  for i in 1 2; do n=$((n + 1)); echo "ok $n # SKIP needs root, setpriv and a user id the database lacks"; done
fi

# An immutable PLAN~ (chattr +i: root on ext4 and the like only).
echo "kept" >"$tmp/kept/plan.json~"
if chattr +i "$tmp/kept/plan.json~" 2>/dev/null; then
  $cli format "$tmp/kept/plan.json" 2>"$tmp/kept-err"
  status=$?
  chattr -i "$tmp/kept/plan.json~"
  check_exit $status 1 "an immutable PLAN~ refuses the save"
  grep -q "could not be kept: “plan.json~” beside it is marked immutable" "$tmp/kept-err" &&
    cmp -s "$tmp/kept/plan.json" "$tmp/kept/before.json"
  ok $? "names PLAN~ as immutable, the plan as it was"
else
  for i in 1 2; do n=$((n + 1)); echo "ok $n # SKIP files cannot be made immutable here"; done
fi

exit $fail
