#!/bin/sh
# The coach corpus through the command line: regimen-cli validate --json on
# every plan of tests/corpus gives exactly the warnings and errors of its
# NAME.expect.json (notes are not judged), and exits 1 only with an error.
. "$(dirname "$0")/tap.sh"
corpus=$2/../corpus

n=$(ls "$corpus"/*.regimen.json | wc -l)
echo "1..$n"

for plan in "$corpus"/*.regimen.json; do
  name=$(basename "$plan" .regimen.json)
  $cli validate --json "$plan" >"$tmp/json"
  status=$?
  python3 - "$tmp/json" "$corpus/$name.expect.json" "$status" <<'PY'
import json, sys
found = json.load(open(sys.argv[1]))["diagnostics"]
expect = json.load(open(sys.argv[2]))
status = int(sys.argv[3])
loc = ("week", "day", "session", "item")
got = sorted((d["rule"], d["severity"]) + tuple(d["location"][k] for k in loc)
             for d in found if d["severity"] != "info")
want = sorted((f["rule"], f["severity"]) + tuple(f[k] for k in loc) for f in expect["findings"])
assert expect["verdict"] in ("clean", "flagged")
assert (expect["verdict"] == "clean") == (not want), expect["verdict"]
assert got == want, (got, want)
assert status == (1 if any(f[1] == "error" for f in want) else 0), status
PY
  ok $? "$name: $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["verdict"])' "$corpus/$name.expect.json")"
done

exit $fail
