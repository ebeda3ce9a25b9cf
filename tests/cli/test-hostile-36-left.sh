#!/bin/sh
# Issue 21, what pass 34 left, on the command line.
. "$(dirname "$0")/tap.sh"
fixtures=$2

echo "1..1"

# A custom exercise named with a zero-width space (exercises.json edited
# by hand) has no drawn figure: `render` says so naming it by its id, as
# `library show` does, where it said “​” has no drawn figure.
mkdir -p "$tmp/blank/regimen"
cat >"$tmp/blank/regimen/exercises.json" <<'JSON'
{"format": "regimen-exercises", "version": 1, "exercises": [
  {"id": "custom-zw", "name": "\u200b", "category": "strength"}]}
JSON
XDG_DATA_HOME="$tmp/blank" $cli render custom-zw -o "$tmp/zw.png" 2>"$tmp/err"
status=$?
[ "$status" = 1 ] && grep -q '“custom-zw” has no drawn figure' "$tmp/err" && [ ! -e "$tmp/zw.png" ]
ok $? "render names a custom exercise whose name shows nothing by its id (got: $(cat "$tmp/err"))"

exit $fail
