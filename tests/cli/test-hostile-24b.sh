#!/bin/sh
# Adversarial pass 24b: plans just under the limits, shaped for the worst
# case, and what each command makes of them.
. "$(dirname "$0")/tap.sh"

echo "1..3"

# A figure's halo needs operators PDF does not have, so cairo painted
# every figure of a printed page as a picture of its own: a sheet of one
# exercise thirty times held 186 pictures (260 KB for 5 pages), and a
# 52-week plan of sixty squats a day, within the limit of 520 pages,
# took 94 s and wrote 128 MB. Each exercise's figure is now one picture
# (and its mask), painted again wherever the exercise is.
python3 - "$tmp/squats.json" <<'PY'
import json, sys
items = [{"exercise": ("narrow-stance-squat", "burpee")[i % 2], "sets": 3, "reps": 5}
         for i in range(30)]
plan = {"format": "regimen-plan", "version": 1, "title": "Squats",
        "weeks": [{"days": [{"sessions": [{"kind": "strength", "rpe": 6, "items": items}]}]
                   + [{"sessions": []}] * 6}]}
json.dump(plan, open(sys.argv[1], "w"))
PY
$cli print "$tmp/squats.json" -o "$tmp/squats.pdf" 2>"$tmp/err"
check_exit $? 0 "print writes the sheet of thirty exercises"
pictures=$(grep -a -o '/Subtype /Image' "$tmp/squats.pdf" | wc -l)
[ "$pictures" -le 4 ]
ok $? "the sheet holds each of its two exercises' figures once, not once a row ($pictures pictures)"
size=$(wc -c <"$tmp/squats.pdf")
[ "$size" -lt 100000 ]
ok $? "the sheet of five pages takes less than 100 KB ($size bytes)"

exit $fail
