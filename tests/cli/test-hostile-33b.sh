#!/bin/sh
# Adversarial pass 33b: hostile disks and interleavings, what the disk
# and other processes do while a command saves.
. "$(dirname "$0")/tap.sh"

# LeakSanitizer cannot run under ptrace: a sanitizer build's command,
# traced here, would abort at its exit instead of reporting; its leaks
# are checked by the untraced runs of every other test.
untraced_leaks="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"

echo "1..6"

# A writable plan's save asks the disk whether it may write the file
# (access()). A disk that could not answer (EIO from a failing disk or a
# FUSE file system, ETIMEDOUT from a soft NFS mount) was said to be “the
# file is read-only”, which sent the person to the file's permissions,
# and the window offered to save over a read-only file. It is said as
# what it is; a refusal (EACCES) is still the read-only file. strace
# fails every access() of the command.
mkdir "$tmp/disk"
cp "$2/plans/logged-weeks.json" "$tmp/disk/plan.json"
echo older >"$tmp/disk/plan.json~"
cp "$tmp/disk/plan.json" "$tmp/before.json"
unchanged () {
  cmp -s "$tmp/disk/plan.json" "$tmp/before.json" && [ "$(cat "$tmp/disk/plan.json~")" = older ] &&
    [ "$(ls -A "$tmp/disk" | tr '\n' ' ')" = "plan.json plan.json~ " ]
}
if command -v strace >/dev/null 2>&1; then
  ASAN_OPTIONS=$untraced_leaks strace -f -qq -o /dev/null -e trace=access -e inject=access:error=EIO \
    $bare_cli log "$tmp/disk/plan.json" --session mon0sess01 --status skipped >"$tmp/out" 2>"$tmp/err"
  check_exit $? 1 "log fails when the disk cannot say whether the plan may be written"
  grep -q 'the file cannot be reached (Input/output error)' "$tmp/err" && ! grep -q 'read-only' "$tmp/err"
  ok $? "the message gives the disk's error, not a read-only file: $(tr "\n" " " <"$tmp/err")"
  unchanged
  ok $? "the plan and its previous version are as they were, nothing left beside them"
  echo older >"$tmp/disk/sessions.csv"
  ASAN_OPTIONS=$untraced_leaks strace -f -qq -o /dev/null -e trace=access -e inject=access:error=ETIMEDOUT \
    $bare_cli export-csv "$tmp/disk/plan.json" -o "$tmp/disk/sessions.csv" >"$tmp/out" 2>"$tmp/err"
  status=$?
  [ $status = 1 ] && grep -q 'cannot be reached (Connection timed out)' "$tmp/err" && ! grep -q 'read-only' "$tmp/err" &&
    [ "$(cat "$tmp/disk/sessions.csv")" = older ]
  ok $? "an export over a file says the disk's timeout and leaves the file: $status $(tr "\n" " " <"$tmp/err")"
  rm -f "$tmp/disk/sessions.csv"
  ASAN_OPTIONS=$untraced_leaks strace -f -qq -o /dev/null -e trace=access -e inject=access:error=EACCES \
    $bare_cli log "$tmp/disk/plan.json" --session mon0sess01 --status skipped >"$tmp/out" 2>"$tmp/err"
  [ $? = 1 ] && grep -q 'the file is read-only' "$tmp/err"
  ok $? "a refusal is still a read-only file: $(tr "\n" " " <"$tmp/err")"
  unchanged
  ok $? "and the plan is as it was"
else
  for i in 1 2 3 4 5 6; do
    n=$((n + 1)); echo "ok $n # SKIP strace is not installed"
  done
fi

exit $fail
