#!/bin/sh
# Issue #21, adversarial pass 30c: what Regimen writes for other programs
# and for paper: week labels and titles that show nothing, and render and
# print under a memory limit (ulimit -v) at many sizes.
. "$(dirname "$0")/tap.sh"
XDG_DATA_HOME=$tmp/data
export XDG_DATA_HOME
plan=$2/plans/logged-two-a-day.json

echo "1..12"

# 1-3: a week's label of spaces or zero-width characters alone stood for
# the week: the sheets of a plan without dates or blocks said nowhere
# which week each was, and stats headed each such week with an empty
# line. Such a label is none: "Week N". So a title that shows nothing
# prints as "Untitled plan", as an empty one does.
python3 - "$2/plans/four-week.json" "$tmp/blank.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
plan.pop("start_date", None)
plan.pop("blocks", None)
plan["title"] = "\u200b\u2060 "
for i, week in enumerate(plan["weeks"]):
    week["label"] = ["   ", "\u200b", "\t\u00ad", "\u3164"][i]
json.dump(plan, open(sys.argv[2], "w"))
PY
if command -v pdftotext >/dev/null; then
  $cli print "$tmp/blank.json" -o "$tmp/blank.pdf" &&
    [ "$(pdftotext "$tmp/blank.pdf" - | grep -c '^Week [1-4]$')" = 4 ]
  ok $? "each sheet of weeks labelled with spaces or zero-width characters alone says which week it is"
  pdftotext "$tmp/blank.pdf" - | head -n 1 | grep -q '^Untitled plan$'
  ok $? "a title of zero-width characters prints as Untitled plan"
else
  ok 0 "# SKIP pdftotext is not installed"
  ok 0 "# SKIP pdftotext is not installed"
fi
$cli stats "$tmp/blank.json" | grep -v '^  ' >"$tmp/headings" &&
  [ "$(cat "$tmp/headings")" = "$(printf 'Week 1\n\nWeek 2\n\nWeek 3\n\nWeek 4')" ] &&
  $cli stats --json "$tmp/blank.json" |
  python3 -c 'import json, sys; assert [w["label"] for w in json.load(sys.stdin)["weeks"]] == ["Week %d" % i for i in range(1, 5)]'
ok $? "stats heads each such week Week N, in text and in JSON"

# 4: the calendar of a plan whose title shows nothing has no name
# (X-WR-CALNAME), as an untitled plan's, which the calendar app names
# after its file, where it was named with that blank.
$cli export-ics "$tmp/blank.json" --start 2026-11-23 -o "$tmp/blank.ics" &&
  ! grep -q 'X-WR-CALNAME' "$tmp/blank.ics" && grep -q '^BEGIN:VEVENT' "$tmp/blank.ics"
ok $? "export-ics names no calendar for a title of zero-width characters and spaces"

# 5: with a font of one script alone installed (Droid Sans Fallback, for
# Chinese, which has no Latin letters) print said “no font is installed”
# while fc-list listed one. Any font here without an “A” will do.
nolatin=
if command -v fc-list >/dev/null; then
  fc-list : file | sed 's/: *$//' | sort >"$tmp/fonts-all"
  fc-list ':charset=41' file | sed 's/: *$//' | sort >"$tmp/fonts-latin"
  nolatin=$(comm -23 "$tmp/fonts-all" "$tmp/fonts-latin" | grep -i -E '\.(ttf|otf)$' | head -n 1)
fi
if [ -n "$nolatin" ]; then
  mkdir "$tmp/onefont"
  cp "$nolatin" "$tmp/onefont/"
  printf '<?xml version="1.0"?>\n<fontconfig><dir>%s</dir><cachedir>%s</cachedir></fontconfig>\n' \
    "$tmp/onefont" "$tmp/onefont/cache" >"$tmp/onefont/fonts.conf"
  echo "an earlier export" >"$tmp/sheet.pdf"
  FONTCONFIG_FILE="$tmp/onefont/fonts.conf" $cli print "$plan" -o "$tmp/sheet.pdf" 2>"$tmp/err"
  status=$?
  [ $status = 1 ] && grep -q 'sheet.pdf: no installed font has Latin letters, so the sheets' "$tmp/err" &&
    ! grep -q 'no font is installed' "$tmp/err" && [ "$(cat "$tmp/sheet.pdf")" = "an earlier export" ]
  ok $? "print with a font without Latin letters alone says so, exit 1, the PDF there kept (exit $status, font $nolatin)"
else
  ok 0 "# SKIP no font without Latin letters is installed"
fi

# 6: a text cut with Pango's “…” kept what it left out in the PDF behind
# that “…”: pdftotext, a reader's search and copy found some 55 words of
# a note the sheet showed ten of. Two notes that differ only after their
# 40th word, past the two lines a note has, print the same PDF text.
python3 - "$plan" "$tmp/note-a.json" "$tmp/note-b.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
item = plan["weeks"][0]["days"][0]["sessions"][0]["items"][0]
for path, tail in ((sys.argv[2], "n"), (sys.argv[3], "x")):
    item["notes"] = " ".join(("n" if i < 40 else tail) + "%03d" % i for i in range(800))
    json.dump(plan, open(path, "w"))
PY
if command -v pdftotext >/dev/null; then
  $cli print "$tmp/note-a.json" -o "$tmp/note-a.pdf" && $cli print "$tmp/note-b.json" -o "$tmp/note-b.pdf" &&
    pdftotext "$tmp/note-a.pdf" "$tmp/note-a.txt" && pdftotext "$tmp/note-b.pdf" "$tmp/note-b.txt" &&
    grep -q 'n000 n001' "$tmp/note-a.txt" && ! grep -q 'n040' "$tmp/note-a.txt" &&
    cmp -s "$tmp/note-a.txt" "$tmp/note-b.txt"
  ok $? "the PDF's text of a note cut with “…” is what the sheet shows, not the words the “…” stands for"
else
  ok 0 "# SKIP pdftotext is not installed"
fi

# ulimit -v limits the address space, which a sanitizer's shadow memory
# (the asan lane) or valgrind (REGIMEN_CLI_WRAPPER) fills at start: there
# the limits say nothing about Regimen.
limits=yes
if [ -n "${REGIMEN_CLI_WRAPPER:-}" ] || ! (ulimit -v 1000000 && $bare_cli --version >/dev/null 2>&1); then
  limits=
fi

if [ -n "$limits" ]; then
  # Runs the command line under a limit of $1 KB of address space, its
  # exit status in $tmp/status (a signal as 128 + its number).
  run_limited () {
    limit=$1
    shift
    (
      ulimit -v "$limit"
      $bare_cli "$@" >"$tmp/out" 2>"$tmp/err"
      echo $? >"$tmp/status"
    ) 2>/dev/null
  }

  # 7-9: render to an SVG at 4096 pixels, whose figure is an image of 64 MB
  # drawn through a group of its size. Between about 95 and 150 MB the
  # image was made but its drawing ran out of memory: the SVG was written
  # with the background alone, no figure, exit status 0.
  $bare_cli render pistol-squat -o "$tmp/before.svg" --size 4096
  cp "$tmp/before.svg" "$tmp/figure.svg"
  blank="" crashed="" unnamed=""
  limit=60000
  while [ $limit -le 220000 ]; do
    run_limited $limit render pistol-squat -o "$tmp/figure.svg" --size 4096
    status=$(cat "$tmp/status")
    if [ "$status" = 0 ]; then
      grep -q '<image' "$tmp/figure.svg" || blank="$blank $limit"
      cp "$tmp/before.svg" "$tmp/figure.svg"
    elif [ "$status" = 1 ]; then
      grep -q 'figure.svg' "$tmp/err" && cmp -s "$tmp/before.svg" "$tmp/figure.svg" || unnamed="$unnamed $limit"
    else
      crashed="$crashed $limit:$status"
    fi
    limit=$((limit + 8000))
  done
  [ -z "$blank" ]
  ok $? "render writes no SVG without its figure under any memory limit (blank at KB:$blank)"
  [ -z "$crashed" ]
  ok $? "render exits with 0 or 1 under every memory limit (signals at KB:$crashed)"
  [ -z "$unnamed" ]
  ok $? "a render short of memory names the file and keeps the picture there (not at KB:$unnamed)"

  # 10-12: print, whose fonts fontconfig and pango read under the limit: below
  # about 160 MB they crashed, fontconfig on a failed allocation (SIGSEGV)
  # and pango on a thread it could not start (SIGTRAP), at sizes that
  # changed from run to run.
  $bare_cli print "$plan" -o "$tmp/before.pdf"
  cp "$tmp/before.pdf" "$tmp/sheets.pdf"
  crashed="" unnamed="" unread=""
  # From 32 MB: below about 27 MB, a few MB past what the libraries take to
  # load, any GLib program dies in its allocator (g_malloc's abort, whose
  # own message cannot be allocated), whatever it runs.
  limit=32000
  while [ $limit -le 200000 ]; do
    run_limited $limit print "$plan" -o "$tmp/sheets.pdf"
    status=$(cat "$tmp/status")
    if [ "$status" = 0 ]; then
      if command -v pdftotext >/dev/null; then
        pdftotext "$tmp/sheets.pdf" - 2>/dev/null | grep -q 'Two a day, logged' || unread="$unread $limit"
      else
        cmp -s "$tmp/before.pdf" "$tmp/sheets.pdf" && unread="$unread $limit"
      fi
      cp "$tmp/before.pdf" "$tmp/sheets.pdf"
    elif [ "$status" = 1 ]; then
      grep -q 'sheets.pdf: not enough memory' "$tmp/err" && cmp -s "$tmp/before.pdf" "$tmp/sheets.pdf" ||
        unnamed="$unnamed $limit"
    elif [ "$status" != 127 ]; then
      # 127: the loader could not map the libraries, before any of Regimen ran.
      crashed="$crashed $limit:$status"
    fi
    limit=$((limit + 4000))
  done
  [ -z "$crashed" ]
  ok $? "print exits with 0 or 1 under every memory limit, never a crash in fontconfig or pango (signals at KB:$crashed)"
  [ -z "$unnamed" ]
  ok $? "a print short of memory says so naming the PDF and keeps the PDF there (not at KB:$unnamed)"
  [ -z "$unread" ]
  ok $? "every PDF print writes under a limit reads back with its plan's title (not at KB:$unread)"
else
  for i in 1 2 3 4 5 6; do
    n=$((n + 1))
    echo "ok $n # SKIP the command line does not start under ulimit -v (a sanitizer or valgrind)"
  done
fi

exit $fail
