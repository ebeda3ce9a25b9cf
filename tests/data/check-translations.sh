#!/bin/sh
# Each translation in po/LINGUAS must be complete for the strings the sources
# have now: a fresh template is extracted and merged into a copy of the .po,
# and nothing may be left untranslated or fuzzy.
set -u
top=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$top" || exit 1
n=0
fail=0

grep -v '^#' po/POTFILES | sed '/^$/d' > "$work/files"
if ! xgettext --files-from="$work/files" --directory="$top" --output="$work/regimen.pot" \
     --from-code=UTF-8 --add-comments=Translators --keyword=_ --keyword=N_ \
     --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 \
     --keyword=g_dpgettext2:2c,3 --keyword=ngettext:1,2 --flag=g_strdup_printf:1:c-format \
     --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
     --flag=g_set_error:4:c-format 2> "$work/xgettext.log"; then
  cat "$work/xgettext.log" >&2
  echo "1..1"
  echo "not ok 1 - xgettext could not read the sources"
  exit 1
fi

for lang in $(grep -v '^#' po/LINGUAS); do
  n=$((n + 1))
  # The exit status of msgmerge and msgfmt decides first: a broken .po
  # (a format that does not match its msgid, a syntax error) fails even if
  # the statistics would read as complete.
  if ! msgmerge --quiet --no-fuzzy-matching "po/$lang.po" "$work/regimen.pot" \
       -o "$work/$lang.po" 2> "$work/msgmerge.log"; then
    echo "not ok $n - msgmerge cannot merge po/$lang.po"
    sed 's/^/# /' "$work/msgmerge.log"
    fail=1
    continue
  fi
  if ! LC_ALL=C msgfmt --check --statistics -o /dev/null "$work/$lang.po" 2> "$work/msgfmt.log"; then
    echo "not ok $n - msgfmt --check rejects po/$lang.po"
    sed 's/^/# /' "$work/msgfmt.log"
    fail=1
    continue
  fi
  stats=$(cat "$work/msgfmt.log")
  case "$stats" in
    *untranslated*|*fuzzy*)
      echo "not ok $n - $lang is incomplete: $stats"
      LC_ALL=C msgattrib --untranslated --only-fuzzy "$work/$lang.po" 2>/dev/null | grep '^msgid' | head -20 | sed 's/^/# /'
      LC_ALL=C msgattrib --untranslated "$work/$lang.po" 2>/dev/null | grep '^msgid' | head -20 | sed 's/^/# /'
      fail=1 ;;
    *)
      echo "ok $n - $lang: $stats" ;;
  esac
done

echo "1..$n"
exit $fail
