#!/bin/sh
# The core must build without GTK: besides its build having no GTK include
# path, no source in it may name GTK, GDK or libadwaita.
set -eu
core_dir=$1
found=$(grep -rlE --include='*.c' --include='*.h' '#[[:space:]]*include[[:space:]]*[<"](gtk|gdk|adwaita|adw)[/.]' "$core_dir" || true)
if [ -n "$found" ]; then
  echo "src/core must stay GTK-free; these files include GTK, GDK or libadwaita:" >&2
  echo "$found" >&2
  exit 1
fi
echo "1..1"
echo "ok 1 - no GTK, GDK or libadwaita include in $core_dir"
