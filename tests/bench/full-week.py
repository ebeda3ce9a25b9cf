#!/usr/bin/env python3
# Writes a plan of one week at the model's limits: 7 days of 20 sessions of
# 100 exercises each, 14,000 items (3.7 MB), valid, for measuring how long
# the window stops answering while such a week opens (docs/benchmarks.md,
# “A full week opened a slice at a time”).
#
#   python3 tests/bench/full-week.py full-week.regimen.json
import json
import sys

EXERCISES = ["push-up", "burpee", "goblet-squat", "narrow-stance-squat", "single-leg-high-knee-hold"]

days = []
for d in range(7):
    sessions = []
    for s in range(20):
        items = [{"id": "i%d%02d%02d" % (d, s, i), "exercise": EXERCISES[(d + s + i) % len(EXERCISES)],
                  "sets": 3, "reps": 10, "tempo": "3010", "rest_seconds": 90,
                  "notes": "Keep the back straight and breathe out on the way up, item %d" % i}
                 for i in range(100)]
        sessions.append({"id": "s%d%02d" % (d, s), "title": "Session %d-%d" % (d, s), "kind": "strength",
                         "rpe": 6, "minutes": 45, "items": items})
    days.append({"sessions": sessions})

plan = {"format": "regimen-plan", "version": 1, "title": "Full week", "start_date": "2026-11-30",
        "weeks": [{"label": "Week 1", "days": days}]}
with open(sys.argv[1], "w") as f:
    json.dump(plan, f, indent=1)
