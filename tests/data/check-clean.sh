#!/bin/sh
# Runs a validator and fails when it prints anything at all: hints and
# warnings count, not only errors.
out=$("$@" 2>&1)
status=$?
if [ $status -ne 0 ] || [ -n "$out" ]; then
  printf '%s\n' "$out"
  exit 1
fi
exit 0
