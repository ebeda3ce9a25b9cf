#!/bin/sh
# The coach corpus through the command line: regimen-cli validate --json on
# every plan of tests/corpus gives exactly the warnings and errors of its
# NAME.expect.json (notes are not judged), and exits 1 only with an error.
. "$(dirname "$0")/tap.sh"
corpus=$2/../corpus

for plan in "$corpus"/*.regimen.json; do
  name=$(basename "$plan" .regimen.json)
  $cli validate --json "$plan" >"$tmp/$name.json"
  echo $? >"$tmp/$name.status"
done

python3 - "$corpus" "$tmp" <<'PY'
import json, pathlib, sys
corpus, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
plans = sorted(corpus.glob("*.regimen.json"))
print("1..%d" % (len(plans) + 1))
failed = False
loc = ("week", "day", "session", "item")
key = lambda t: tuple(-1 if v is None else v for v in t)
for n, plan in enumerate(plans, 1):
    name = plan.name[:-len(".regimen.json")]
    expect = json.loads((corpus / (name + ".expect.json")).read_text(encoding="utf-8"))
    try:
        found = json.loads((out / (name + ".json")).read_text(encoding="utf-8"))["diagnostics"]
        status = int((out / (name + ".status")).read_text())
        got = sorted(((d["rule"], d["severity"]) + tuple(d["location"][k] for k in loc)
                      for d in found if d["severity"] != "info"), key=key)
        want = sorted(((f["rule"], f["severity"]) + tuple(f[k] for k in loc)
                       for f in expect["findings"]), key=key)
        assert expect["verdict"] in ("clean", "flagged")
        assert (expect["verdict"] == "clean") == (not want), expect["verdict"]
        assert got == want, (got, want)
        assert status == (1 if any(f[1] == "error" for f in want) else 0), status
        print("ok %d - %s: %s" % (n, name, expect["verdict"]))
    except Exception as error:
        failed = True
        print("not ok %d - %s: %s" % (n, name, expect["verdict"]))
        print("# %r" % (error,))
ok = len(plans) >= 25
failed = failed or not ok
print("%s %d - the corpus has at least 25 plans (%d)" % ("ok" if ok else "not ok", len(plans) + 1, len(plans)))
sys.exit(1 if failed else 0)
PY
