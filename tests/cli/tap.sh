# Sourced by the cli suite's scripts, which meson runs as SCRIPT CLI
# FIXTURES. REGIMEN_CLI_WRAPPER (valgrind in `build-aux/dev valgrind`)
# runs each call of the command line.
cli="${REGIMEN_CLI_WRAPPER:-} $1"
# The command without the wrapper, for a run killed on purpose: memcheck's
# report of a process that dies mid-write lists what it still held as lost.
bare_cli="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
fail=0

ok () {
  n=$((n + 1))
  if [ "$1" = 0 ]; then
    echo "ok $n - $2"
  else
    echo "not ok $n - $2"
    fail=1
  fi
}

check_exit () {
  n=$((n + 1))
  if [ "$1" = "$2" ]; then
    echo "ok $n - $3"
  else
    echo "not ok $n - $3 (exit $1, expected $2)"
    fail=1
  fi
}
