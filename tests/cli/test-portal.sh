#!/bin/sh
# Issue 21, pass 30 (portal): plans opened in the Flatpak, through the
# document portal. The Flatpak has no file-system access: each plan the
# person opens reaches it as DOC/ID/NAME in xdg-document-portal's FUSE
# mount, a folder that shows that one file (and the temporary files the
# app makes there, which the portal keeps as hidden “.xdp-” files beside
# the real plan, and renames over it).
#
# The portal runs here for real, on a private session bus, with its own
# XDG_RUNTIME_DIR; `flatpak document-export` adds the plan the way the
# file chooser does, read and write for the app. Skipped where
# xdg-document-portal, flatpak, dbus-run-session or FUSE is missing.
. "$(dirname "$0")/tap.sh"
plans=$2/plans
portal=/usr/libexec/xdg-document-portal

if [ ! -x "$portal" ] || ! command -v flatpak >/dev/null 2>&1 ||
   ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gdbus >/dev/null 2>&1 ||
   ! command -v fusermount >/dev/null 2>&1 || [ ! -w /dev/fuse ]; then
  echo "1..0 # SKIP needs xdg-document-portal, flatpak, dbus-run-session, gdbus, fusermount and /dev/fuse"
  exit 0
fi

# On a session bus of its own, which ends with the script (and the
# portal, which exits when it loses the bus, with it).
if [ -z "${REGIMEN_PORTAL_TEST_BUS:-}" ]; then
  REGIMEN_PORTAL_TEST_BUS=1 exec dbus-run-session -- "$0" "$@"
fi

export XDG_RUNTIME_DIR="$tmp/run"
mkdir -m 700 "$XDG_RUNTIME_DIR"
"$portal" >"$tmp/portal.log" 2>&1 &
portal_pid=$!
trap 'fusermount -u "$XDG_RUNTIME_DIR/doc" 2>/dev/null; kill $portal_pid 2>/dev/null; wait $portal_pid 2>/dev/null; rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM HUP
# It takes its name on the bus and mounts its file system on a thread of
# its own, in either order: both waited for (a minute at most, for a
# portal that cannot mount), not guessed.
mounted () {
  grep -q " $XDG_RUNTIME_DIR/doc fuse\." /proc/self/mounts
}
tries=0
if gdbus wait --session --timeout 60 org.freedesktop.portal.Documents; then
  while ! mounted && kill -0 $portal_pid 2>/dev/null && [ $tries -lt 600 ]; do
    sleep 0.1
    tries=$((tries + 1))
  done
fi
if ! mounted; then
  echo "1..0 # SKIP xdg-document-portal did not start here (FUSE refused?): $(tail -n 1 "$tmp/portal.log")"
  exit 0
fi

# Adds the file $1 for the app, read and write, as the file chooser
# does; prints its path as the Flatpak sees it.
export_doc () {
  p=$(flatpak document-export -r -w --app=io.github.regimen.Regimen "$1") || return 1
  echo "$XDG_RUNTIME_DIR/doc/by-app/io.github.regimen.Regimen/$(basename "$(dirname "$p")")/$(basename "$1")"
}

# The log status of session $2 in plan $1.
status_of () {
  python3 -c 'import json, sys
for w in json.load(open(sys.argv[1]))["weeks"]:
    for d in w["days"]:
        for s in d["sessions"]:
            if s["id"] == sys.argv[2]:
                print((s.get("log") or {}).get("status"))' "$1" "$2"
}

echo "1..12"
mkdir "$tmp/real"
cp "$plans/logged.json" "$tmp/real/plan.regimen.json"
doc=$(export_doc "$tmp/real/plan.regimen.json")

# The portal refuses every removexattr() (EPERM), even of an attribute
# the file does not have: a save took that for permissions it could not
# keep, and failed every time.
$cli log "$doc" --session 3idq5p2ox2 --status skipped >"$tmp/out" 2>"$tmp/err"
check_exit $? 0 "log through the portal saves the plan"
[ "$(status_of "$tmp/real/plan.regimen.json" 3idq5p2ox2)" = skipped ] && ! grep -q "could not" "$tmp/err"
ok $? "the plan on disk has the log, and nothing is said to have failed"

# “PLAN~” in the portal's folder is the portal's temporary file: shown
# there until the portal restarts, left on the real disk as a hidden
# “.xdp-” file for good, one more each session. None is made; the
# command says once that no previous version was kept.
[ ! -e "$doc~" ] && [ -z "$(ls -A "$tmp/real" | grep -v '^plan.regimen.json$')" ]
ok $? "no plan.regimen.json~ in the portal's folder, and no hidden .xdp- file beside the real plan"
[ "$(grep -c "no previous version of “.*” was kept: it was reached through the document portal" "$tmp/err")" = 1 ]
ok $? "log says once that no previous version was kept, and why"

$cli block add "$doc" "Portal block" --weeks 1 >"$tmp/out" 2>"$tmp/err" &&
  $cli format "$doc" >"$tmp/out" 2>>"$tmp/err"
check_exit $? 0 "block add and format through the portal save the plan"
grep -q '"Portal block"' "$tmp/real/plan.regimen.json" &&
  [ "$(status_of "$tmp/real/plan.regimen.json" 3idq5p2ox2)" = skipped ] &&
  [ -z "$(ls -A "$tmp/real" | grep -v '^plan.regimen.json$')" ] && [ ! -e "$doc~" ]
ok $? "the plan on disk has both changes, and nothing else is left in either folder"

# A new file beside the plan in its portal folder would be the portal's
# temporary file: print and export-ics said they wrote it, and the real
# folder had only a hidden “.xdp-” file, gone from the portal's folder
# at its restart. Refused, nothing left anywhere.
docdir=$(dirname "$doc")
$cli print "$doc" -o "$docdir/plan.pdf" >"$tmp/out" 2>"$tmp/err"
check_exit $? 1 "print into the portal's folder is refused"
$cli export-ics "$doc" -o "$docdir/plan.ics" >"$tmp/out" 2>>"$tmp/err"; s1=$?
$cli export-csv "$doc" -o "$docdir/plan.csv" >"$tmp/out" 2>>"$tmp/err"; s2=$?
[ $s1 = 1 ] && [ $s2 = 1 ] && [ "$(grep -c "its folder is the document portal's" "$tmp/err")" = 3 ]
ok $? "export-ics and export-csv there are refused too, and each says why"
[ -z "$(ls -A "$tmp/real" | grep -v '^plan.regimen.json$')" ] && [ -z "$(ls -A "$docdir" | grep -v '^plan.regimen.json$')" ]
ok $? "nothing is left in the real folder or the portal's"

# A new file named relative to the portal's folder (the folder “.”) was
# not taken for one in the portal's folder, and written.
abs_cli=$(realpath "$bare_cli")
(cd "$docdir" && ${REGIMEN_CLI_WRAPPER:-} "$abs_cli" export-csv "$doc" -o plan.csv) >"$tmp/out" 2>"$tmp/err"
check_exit $? 1 "an export into the portal's folder by a relative name is refused too ($(tr "\n" " " <"$tmp/err"))"
[ -z "$(ls -A "$tmp/real" | grep -v '^plan.regimen.json$')" ]
ok $? "nothing is left in the real folder after it"

# A plan a browser downloaded carries user.xdg.origin.url; the portal
# refuses fsetxattr(), and copying the attribute onto the new version
# failed every save of such a plan (“the file's permissions could not be
# kept”). The note that no previous version was kept follows a save, not
# a failed one.
if command -v setfattr >/dev/null 2>&1 && setfattr -n user.xdg.origin.url -v https://example.org/plan "$tmp/real/plan.regimen.json" 2>/dev/null; then
  $cli log "$doc" --session 3idq5p2ox2 --status done >"$tmp/out" 2>"$tmp/err"; s=$?
  [ $s = 0 ] && [ "$(status_of "$tmp/real/plan.regimen.json" 3idq5p2ox2)" = done ] &&
    ! grep -q "could not be kept" "$tmp/err"
  ok $? "a plan with a user attribute saves through the portal ($s: $(tr "\n" " " <"$tmp/err"))"
else
  ok 0 "# SKIP setfattr or user attributes missing here"
fi

exit $fail
