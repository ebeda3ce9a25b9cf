#!/bin/sh
# regimen-cli format: canonical output, in-place atomic rewrite, exit statuses.
. "$(dirname "$0")/tap.sh"
plans=$2/plans
malformed=$2/malformed

echo "1..17"

$cli format --help >"$tmp/help" 2>&1; check_exit $? 0 "--help succeeds"
grep -q "canonical" "$tmp/help"; ok $? "--help explains the command"
$cli format >/dev/null 2>&1; check_exit $? 64 "no plan is a usage error"
$cli format a.json b.json >/dev/null 2>&1; check_exit $? 64 "two plans are a usage error"
$cli format --no-such-option "$plans/one-week.json" >/dev/null 2>&1; check_exit $? 64 "an unknown option is a usage error"

# -o writes the canonical form elsewhere and leaves the input alone.
cp "$plans/design-example.json" "$tmp/in.json"
$cli format "$tmp/in.json" -o "$tmp/out.json"; check_exit $? 0 "-o succeeds"
cmp -s "$tmp/out.json" "$plans/one-week.json"; ok $? "-o writes the canonical form"
cmp -s "$tmp/in.json" "$plans/design-example.json"; ok $? "-o leaves the input untouched"

# -o - prints it.
$cli format "$plans/four-week.json" -o - >"$tmp/stdout.json"; check_exit $? 0 "-o - succeeds"
cmp -s "$tmp/stdout.json" "$plans/four-week.json"; ok $? "canonical input comes back byte for byte"

# In place: replaced atomically, previous version kept as PLAN~.
$cli format "$tmp/in.json"; check_exit $? 0 "in-place rewrite succeeds"
cmp -s "$tmp/in.json" "$plans/one-week.json" && cmp -s "$tmp/in.json~" "$plans/design-example.json"
ok $? "in place: canonical file, previous version kept as PLAN~"

$cli format --check "$tmp/in.json"; check_exit $? 0 "--check accepts a canonical plan"
$cli format --check "$plans/design-example.json" 2>/dev/null; check_exit $? 1 "--check refuses a non-canonical plan"

# Unreadable input: exit 2, a message naming the place, nothing written.
$cli format "$malformed/rpe-too-high.json" -o "$tmp/bad.json" 2>"$tmp/err"; check_exit $? 2 "a malformed plan exits with 2"
grep -q 'sessions\[1\].rpe' "$tmp/err" && [ ! -e "$tmp/bad.json" ]; ok $? "the message names the JSON path and nothing is written"

# A failed save (the target is a folder) exits with 1.
mkdir "$tmp/folder.json"
$cli format "$plans/one-week.json" -o "$tmp/folder.json" 2>/dev/null; check_exit $? 1 "a failed save exits with 1"

exit $fail
