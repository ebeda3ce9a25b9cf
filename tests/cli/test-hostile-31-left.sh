#!/bin/sh
# Hostile files, session 31 (issue 21, pass 30's leftovers): Regimen's
# data folder reached through another user's symbolic link in a sticky
# folder such as /tmp. Nothing is written through it, as before; the
# refusal said “remove it, or choose another name”, and a data folder is
# no name a person chooses: it says which folder, what is wrong with it,
# and what to do.
. "$(dirname "$0")/tap.sh"
plans=$2/plans

echo "1..1"

# The link is given to a user id no database knows with chown -h: only
# as root.
if [ "$(id -u)" = 0 ] && ! getent passwd 54321 >/dev/null; then
  mkdir "$tmp/sticky" && chmod 1777 "$tmp/sticky"
  mkdir -p "$tmp/own/regimen"
  ln -s ../own "$tmp/sticky/data"
  chown -h 54321:54321 "$tmp/sticky/data"
  XDG_DATA_HOME="$tmp/sticky/data" $cli print "$plans/logged.json" -o "$tmp/sticky/data/regimen/week.pdf" \
    >/dev/null 2>"$tmp/err"
  status=$?
  [ "$status" = 1 ] && [ -z "$(ls -A "$tmp/own/regimen")" ] &&
    grep -qF "Regimen's data folder is reached through “data”, a symbolic link another user made in a folder anyone may write to (as /tmp), which Regimen does not write through: remove that link, or set XDG_DATA_HOME to a folder of your own. The data folder, which holds the working copies and your own exercises, is $tmp/sticky/data/regimen." "$tmp/err" &&
    ! grep -q "choose another name" "$tmp/err"
  ok $? "print -o into the data folder reached through another user's link says so of the data folder, nothing written"
else
  n=$((n + 1))
  echo "ok $n # SKIP chown -h to another user needs root"
fi

exit $fail
