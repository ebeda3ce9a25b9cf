#!/bin/sh
# Every file with a translatable string must be listed in po/POTFILES, and
# every listed file must exist; otherwise its strings silently never reach
# translators.
set -u
top=$1
cd "$top" || exit 1
n=0
fail=0

listed=$(grep -v '^#' po/POTFILES | sed '/^$/d')
marked=$( (grep -rlE '(^|[^A-Za-z0-9_])(_|N_|C_|NC_)\(' --include='*.c' --include='*.h' src;
           grep -rl 'translatable="yes"' --include='*.ui' ui;
           ls data/*.desktop.in.in data/*.metainfo.xml.in.in data/*.gschema.xml) | sort -u)

for f in $marked; do
  n=$((n + 1))
  if printf '%s\n' "$listed" | grep -qxF "$f"; then
    echo "ok $n - $f is in po/POTFILES"
  else
    echo "not ok $n - $f has translatable strings but is missing from po/POTFILES"
    fail=1
  fi
done

for f in $listed; do
  n=$((n + 1))
  if [ -f "$f" ]; then
    echo "ok $n - $f exists"
  else
    echo "not ok $n - po/POTFILES names $f, which does not exist"
    fail=1
  fi
done

echo "1..$n"
exit $fail
