#!/bin/sh
# The 27th hostile pass: a locale whose character set is not UTF-8
# (de_DE.ISO-8859-1, a legacy terminal). The command line's texts are
# UTF-8; written as they are, the bytes 0x80–0x9F inside a UTF-8
# character were C1 controls to such a terminal (a title “Û2J”, C3 9B
# 32 4A, cleared its screen), and the text options were read in two ways:
# `log --note` from the locale's character set, `new --title` and a
# block's NAME as UTF-8 only, so the same text was saved garbled by one
# command and refused by the other.
. "$(dirname "$0")/tap.sh"

echo "1..20"

# A socket given as the plan or the CSV is no file, as a pipe or a
# device is, and is said to be one: it was “the file could not be opened
# (No such device or address)”, a device gone missing.
python3 -c 'import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' "$tmp/socket"
LC_ALL=C.UTF-8 $cli validate "$tmp/socket" 2>"$tmp/err"
[ $? = 2 ] && grep -qx "regimen-cli validate: .*socket: it is not a regular file" "$tmp/err"
ok $? "validate of a socket says it is not a regular file (got: $(cat "$tmp/err"))"
cp "$2/plans/one-week.json" "$tmp/socket-plan.json"
LC_ALL=C.UTF-8 $cli import-csv "$tmp/socket-plan.json" "$tmp/socket" 2>"$tmp/err"
[ $? = 2 ] && grep -q "socket: it is not a regular file" "$tmp/err" &&
  cmp -s "$tmp/socket-plan.json" "$2/plans/one-week.json"
ok $? "so does import-csv of a socket, the plan untouched (got: $(cat "$tmp/err"))"

# A note typed by hand with a comma and no quotes gives its row more
# fields than the header has columns: the text after the comma was
# dropped unseen (“Knee fine, but hip tight” logged as “Knee fine”). The
# row is told and left out; empty fields after the last column (a
# trailing comma) still say nothing.
cp "$2/plans/one-week.json" "$tmp/comma.json"
printf 'Date,Exercise Name,Weight,Reps,Notes\n2026-11-23,Narrow Stance Squat,40,10,Knee fine, but hip tight\n' >"$tmp/comma.csv"
LC_ALL=C.UTF-8 $cli import-csv "$tmp/comma.json" "$tmp/comma.csv" 2>"$tmp/err"
[ $? = 2 ] && cmp -s "$tmp/comma.json" "$2/plans/one-week.json" &&
  grep -q "comma.csv: line 2 has 6 fields, but the header names 5 columns; put a text with a comma in double quotes" "$tmp/err"
ok $? "a row with an unquoted comma in its note is told, not cut (got: $(cat "$tmp/err"))"
printf 'Date,Exercise Name,Weight,Reps,Notes\n2026-11-23,Narrow Stance Squat,40,10,"Knee fine, but hip tight",,\n' >"$tmp/comma.csv"
LC_ALL=C.UTF-8 $cli import-csv "$tmp/comma.json" "$tmp/comma.csv" >/dev/null 2>"$tmp/err" &&
  python3 -c '
import json, sys
log = json.load(open(sys.argv[1]))["weeks"][0]["days"][0]["sessions"][0]["log"]
notes = [entry.get("note") for entry in log["items"]]
assert "Knee fine, but hip tight" in notes, notes
' "$tmp/comma.json"
ok $? "the note quoted, with a trailing comma, is imported whole (err: $(cat "$tmp/err"))"

# A name typed into a spreadsheet with a space after it (the sheet typed
# up by hand) matched no exercise, where the weight beside it is read
# without its spaces.
cp "$2/plans/one-week.json" "$tmp/spaces.json"
printf 'Date,Workout Name,Exercise Name,Weight,Reps\n2026-11-23,Lower body A ,  Narrow Stance Squat ,40,10\n' >"$tmp/spaces.csv"
LC_ALL=C.UTF-8 $cli import-csv "$tmp/spaces.json" "$tmp/spaces.csv" >"$tmp/out" 2>"$tmp/err" &&
  grep -q "^Imported 1 set\.$" "$tmp/out"
ok $? "names with spaces around them find their exercise (err: $(cat "$tmp/err"))"

# Text after a field's closing quote was read onto the field: `"Narrow
# Stance Squat"x` as “Narrow Stance Squatx” (review of pass 27).
cp "$2/plans/one-week.json" "$tmp/after.json"
printf 'Date,Exercise Name,Weight,Reps\n2026-11-23,"Narrow Stance Squat"x,40,10\n' >"$tmp/after.csv"
LC_ALL=C.UTF-8 $cli import-csv "$tmp/after.json" "$tmp/after.csv" >/dev/null 2>"$tmp/err"
[ $? != 0 ] && cmp -s "$tmp/after.json" "$2/plans/one-week.json" &&
  grep -q "after.csv: line 2: text after the closing quote of a field; put the whole text in the quotes" "$tmp/err"
ok $? "text after a closing quote refuses the file with its line (got: $(cat "$tmp/err"))"
printf 'Date,Exercise Name,Weight,Reps\n2026-11-23,"Narrow Stance Squat" ,40,10\n' >"$tmp/after.csv"
LC_ALL=C.UTF-8 $cli import-csv "$tmp/after.json" "$tmp/after.csv" >"$tmp/out" 2>"$tmp/err" &&
  grep -q "^Imported 1 set\.$" "$tmp/out"
ok $? "spaces after a closing quote are skipped (err: $(cat "$tmp/err"))"

# The locales are made for this run, in its own folder: a machine has
# only those someone generated.
locales="$tmp/locales"
mkdir "$locales"
if ! localedef -i de_DE -f ISO-8859-1 "$locales/de_DE.ISO-8859-1" >/dev/null 2>&1 ||
   ! localedef -i de_DE -f UTF-8 "$locales/de_DE.UTF-8" >/dev/null 2>&1; then
  for i in 8 9 10 11 12 13 14 15 16 17 18 19 20; do
    n=$((n + 1)); echo "ok $n # SKIP localedef cannot make de_DE.ISO-8859-1"
  done
  exit 0
fi
export LOCPATH="$locales"
latin1=de_DE.ISO-8859-1
unset LANGUAGE LANG

# A plan whose session titles hold characters whose UTF-8 has a byte
# from 0x80 to 0x9F (Û is C3 9B: 9B is CSI to an 8-bit terminal, Ý and Ð
# give OSC and DCS), many of them, so that the output is longer than a
# buffer and some character is cut between two writes.
python3 - "$2/plans/one-week.json" "$tmp/plan.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
sessions = plan["weeks"][0]["days"][0]["sessions"]
first = sessions[0]
first["title"] = "Û2J Übung Ý0;x Ð"
for i in range(120):
    copy = json.loads(json.dumps(first))
    copy["id"] = "s%04d" % i
    copy["title"] = "Ä" * (i % 7) + "Û2J Kräftigung für Groß und Klein “%d” ✓" % i
    for j, item in enumerate(copy["items"]):
        item["id"] = "i%04d%02d" % (i, j)
    copy.pop("log", None)
    plan["weeks"][0]["days"][1 + i % 6]["sessions"].append(copy) if len(plan["weeks"][0]["days"][1 + i % 6]["sessions"]) < 20 else None
json.dump(plan, open(sys.argv[2], "w"), ensure_ascii=False, indent=1)
PY

# No byte from 0x80 to 0x9F reaches the terminal, and the title is there
# in its character set: Û as the byte 0xDB.
LC_ALL=$latin1 $cli log "$tmp/plan.json" --list >"$tmp/list" 2>"$tmp/err"
[ $? = 0 ] && [ ! -s "$tmp/err" ] &&
  ! LC_ALL=C grep -q "$(printf '[\200-\237]')" "$tmp/list" &&
  LC_ALL=C grep -q "$(printf '\333')2J" "$tmp/list"
ok $? "log --list under ISO-8859-1 writes no C1 byte and the title in Latin-1"

LC_ALL=$latin1 $cli validate "$tmp/plan.json" >"$tmp/out" 2>&1
! LC_ALL=C grep -q "$(printf '[\200-\237]')" "$tmp/out" && LC_ALL=C grep -q "$(printf '\333')2J" "$tmp/out"
ok $? "so does validate, with the plan's titles in its messages"

# It is what the same command writes under de_DE.UTF-8, in Latin-1: also
# where a character was cut between two writes.
LC_ALL=de_DE.UTF-8 $bare_cli log "$tmp/plan.json" --list 2>/dev/null |
  LC_ALL=$latin1 iconv -f UTF-8 -t ISO-8859-1//TRANSLIT >"$tmp/expected"
[ "$(wc -c <"$tmp/expected")" -gt 20000 ] && cmp -s "$tmp/expected" "$tmp/list"
ok $? "it is the UTF-8 output converted, whole, however long"

# Messages on standard error are converted too (“Keine Übung hat die
# Kennung »nosuch«.”: Ü is C3 9C in UTF-8, and 9C is ST).
LC_ALL=$latin1 $cli item add "$tmp/plan.json" --session 3idq --exercise nosuch >/dev/null 2>"$tmp/err"
[ $? = 64 ] && [ -s "$tmp/err" ] && ! LC_ALL=C grep -q "$(printf '[\200-\237]')" "$tmp/err" &&
  LC_ALL=de_DE.UTF-8 $bare_cli item add "$tmp/plan.json" --session 3idq --exercise nosuch 2>&1 >/dev/null |
    LC_ALL=$latin1 iconv -f UTF-8 -t ISO-8859-1//TRANSLIT | cmp -s - "$tmp/err"
ok $? "an error on standard error is written in Latin-1"

# --json stays JSON (UTF-8) and safe: every character past ASCII as a \u
# escape, which reads back to the title.
LC_ALL=$latin1 $cli stats --json "$tmp/plan.json" >"$tmp/json" 2>/dev/null
! LC_ALL=C grep -q "$(printf '[\200-\377]')" "$tmp/json" &&
  python3 -c '
import json, sys
stats = json.load(open(sys.argv[1]))
assert "Û2J Übung Ý0;x Ð" in json.dumps(stats, ensure_ascii=False), "title lost"
' "$tmp/json"
ok $? "stats --json is ASCII, its titles as \\u escapes"

# The files a command writes to standard output are UTF-8 as their
# formats say, byte for byte what -o writes.
LC_ALL=$latin1 $cli format "$tmp/plan.json" -o - >"$tmp/formatted" 2>/dev/null &&
  $cli format "$tmp/plan.json" -o "$tmp/formatted.json" &&
  cmp -s "$tmp/formatted" "$tmp/formatted.json" &&
  LC_ALL=$latin1 $cli export-ics "$tmp/plan.json" >"$tmp/cal" 2>/dev/null &&
  $cli export-ics "$tmp/plan.json" -o "$tmp/cal.ics" &&
  [ "$(grep -v DTSTAMP "$tmp/cal")" = "$(grep -v DTSTAMP "$tmp/cal.ics")" ] &&
  LC_ALL=C grep -q "$(printf '\303\233')2J" "$tmp/cal"
ok $? "format -o - and export-ics to standard output stay UTF-8"

# Text typed in the terminal's character set is read in it, by every
# command alike: “ä” is the byte 0xE4.
cp "$2/plans/one-week.json" "$tmp/typed.json"
LC_ALL=$latin1 $cli log "$tmp/typed.json" --session 3idq --status done --note "$(printf 'M\374ller')" >/dev/null 2>&1 &&
  LC_ALL=$latin1 $cli new -o "$tmp/new.json" --title "$(printf 'Kr\344ftigung')" 2>"$tmp/err" &&
  LC_ALL=$latin1 $cli block add "$tmp/new.json" "$(printf 'Gr\366\337e')" --weeks 1 >/dev/null 2>>"$tmp/err" &&
  python3 -c '
import json, sys
log = json.load(open(sys.argv[1]))["weeks"][0]["days"][0]["sessions"][0]["log"]
new = json.load(open(sys.argv[2]))
assert log["note"] == "Müller", log["note"]
assert new["title"] == "Kräftigung", new["title"]
assert new["blocks"][0]["name"] == "Größe", new["blocks"][0]["name"]
' "$tmp/typed.json" "$tmp/new.json"
ok $? "--note, new --title and a block's NAME are all read as Latin-1 (err: $(cat "$tmp/err"))"

# What the library is searched for too.
LC_ALL=$latin1 $cli library list --search "$(printf 'Kr\344ftigung')" >/dev/null 2>"$tmp/err"
[ $? != 64 ] && [ ! -s "$tmp/err" ]
ok $? "library --search takes Latin-1 text"

# A file's name as the terminal typed it, in Latin-1, is said as it was
# typed (it was “M?ller.json”), its C1 byte 0x9B escaped.
latin1_name="$tmp/$(printf 'M\374ller\233.json')"
echo '{' >"$latin1_name"
LC_ALL=$latin1 $cli validate "$latin1_name" 2>"$tmp/err"
[ $? = 2 ] && LC_ALL=C grep -q "$(printf 'M\374ller')\\\\u009B\.json: " "$tmp/err" &&
  ! LC_ALL=C grep -q "$(printf '[\200-\237]')" "$tmp/err"
ok $? "a Latin-1 file name is said in Latin-1, its C1 control escaped"

# So is an id typed in it, quoted in the message that no exercise has it.
LC_ALL=$latin1 $cli library show "$(printf 'Kr\344ft')" 2>"$tmp/err"
[ $? = 64 ] && LC_ALL=C grep -q "$(printf 'Kr\344ft')" "$tmp/err"
ok $? "an id typed in Latin-1 is quoted in Latin-1"

# A byte the locale's character set does not have (0xFF in Greek's
# ISO-8859-7) is told with the option that holds it, as under UTF-8: it
# was GOption's “Invalid byte sequence in conversion input”, naming none.
if localedef -i el_GR -f ISO-8859-7 "$locales/el_GR.ISO-8859-7" >/dev/null 2>&1; then
  cp "$2/plans/one-week.json" "$tmp/greek.json"
  LC_ALL=el_GR.ISO-8859-7 $cli log "$tmp/greek.json" --session 3idq --status done --note "$(printf 'a\377b')" 2>"$tmp/err"
  [ $? = 64 ] && cmp -s "$tmp/greek.json" "$2/plans/one-week.json" &&
    [ "$(cat "$tmp/err")" = "regimen-cli log: the text given with --note is not valid ISO-8859-7, the locale's character set" ]
  ok $? "a --note not in the locale's character set names the option (got: $(cat "$tmp/err"))"
else
  n=$((n + 1)); echo "ok $n # SKIP localedef cannot make el_GR.ISO-8859-7"
fi

# GOption's help, printed by GLib, is converted once, not twice.
LC_ALL=$latin1 $cli validate --help >"$tmp/help" 2>&1
LC_ALL=de_DE.UTF-8 $bare_cli validate --help 2>&1 |
  LC_ALL=$latin1 iconv -f UTF-8 -t ISO-8859-1//TRANSLIT | cmp -s - "$tmp/help"
ok $? "a command's --help is written in Latin-1"

# GLib's own messages still reach the terminal: its writer gives up on a
# converting stream, which has no file descriptor (review of pass 27).
LC_ALL=$latin1 G_MESSAGES_DEBUG=all $bare_cli validate "$2/plans/one-week.json" >"$tmp/debug" 2>&1
grep -q 'GLib-GIO-DEBUG' "$tmp/debug"
ok $? "GLib's messages are written under Latin-1 too"

exit $fail
