# Sourced by the cli suite's scripts, which meson runs as SCRIPT CLI
# FIXTURES. REGIMEN_CLI_WRAPPER (valgrind in `build-aux/dev valgrind`)
# runs each call of the command line.
cli="${REGIMEN_CLI_WRAPPER:-} $1"
# The command without the wrapper, for a run killed on purpose: memcheck's
# report of a process that dies mid-write lists what it still held as lost.
bare_cli="$1"
# A check repeated only to make a race likely: `cli_for_round ROUND` sets
# $round_cli to the command for that round, wrapped in round 1 and bare in
# the later ones. Under memcheck (1.6 s to start, 20 to 50 times slower)
# the racing calls rarely meet: of 15 rounds of six formats, 6 of the 90
# calls waited for the lock and 4 found the plan replaced meanwhile. Those
# paths are memchecked on every run by the checks that hold the lock on
# purpose (test-hostile-files-2.sh: format and changed_meanwhile), round 1
# memchecks what else the racing commands do, and the later rounds, there
# for a rare interleaving, run bare and at full speed.
cli_for_round () {
  if [ "$1" = 1 ]; then
    round_cli=$cli
  else
    round_cli=$bare_cli
  fi
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
fail=0

# Debian's own python3 starts in a tenth of the time of a pyenv shim found
# first on the PATH, and the scripts call it often.
if [ -x /usr/bin/python3 ]; then
  python3 () {
    /usr/bin/python3 "$@"
  }
fi

# The mutation lane (REGIMEN_TEST_FAIL_FAST=1) only asks whether a check
# fails: the first failure ends the script, the checks after it would only
# take time.
failed () {
  fail=1
  if [ "${REGIMEN_TEST_FAIL_FAST:-}" = 1 ]; then
    echo "Bail out! the first failure ends the run (REGIMEN_TEST_FAIL_FAST=1)"
    exit 1
  fi
}

# A test's description on one line: one that quotes a command's message
# or output of several lines (“(got: $(cat "$tmp/err"))”) put the lines
# after its first in the stream, which TAP does not know (meson: “Unknown
# TAP output lines”). Without a fork where it has none. Written with
# printf, not echo: dash's echo turns a “\n” the description quotes (a
# note printed by Python's repr()) into a line break of its own.
newline='
'
one_line () {
  description=$1
  case $description in
    *"$newline"*) description=$(printf '%s' "$description" | tr '\n' ' ') ;;
  esac
}

ok () {
  n=$((n + 1))
  one_line "$2"
  if [ "$1" = 0 ]; then
    printf '%s\n' "ok $n - $description"
  else
    printf '%s\n' "not ok $n - $description"
    failed
  fi
}

check_exit () {
  n=$((n + 1))
  one_line "$3"
  if [ "$1" = "$2" ]; then
    printf '%s\n' "ok $n - $description"
  else
    printf '%s\n' "not ok $n - $description (exit $1, expected $2)"
    failed
  fi
}

# Writes the plan SRC to DEST with every session's log taken out: a
# logged plan as it was before it was trained, for an import to log again.
without_log () {
  python3 - "$1" "$2" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
for week in plan["weeks"]:
    for day in week["days"]:
        for session in day["sessions"]:
            session.pop("log", None)
json.dump(plan, open(sys.argv[2], "w"), indent=2)
PY
}

# says_diff STATUS PLAN EXPECTED DESCRIPTION: the commands that made PLAN
# from $tmp/before.json ended with STATUS 0, and diff of the two says
# EXPECTED, no more and no less.
says_diff () {
  $cli diff "$tmp/before.json" "$2" >"$tmp/diff" 2>&1
  [ "$1" = 0 ] && [ "$(cat "$tmp/diff")" = "$3" ]
  ok $? "$4 (exit $1, got: $(cat "$tmp/diff"))"
}
