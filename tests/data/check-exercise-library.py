#!/usr/bin/env python3
# Checks data/exercises.json: it follows docs/exercise.schema.json, holds
# every id DESIGN.md fixes for plans, has unique ids, progression chains that
# agree in both directions, and only muscle and equipment ids from the
# vocabulary the core translates (src/core/regimen-muscle.c). Plan templates
# in data/templates may name only exercises of the library.
#
# Usage: check-exercise-library.py SOURCE_ROOT   (prints TAP)

import glob
import json
import os
import re
import sys

import jsonschema

# The ids plans may name; their spelling is fixed by DESIGN.md.
DESIGN_IDS = '''
band-hurdle-hold side-plank-hip-flexion banded-mountain-climber hanging-hip-flexion
narrow-stance-squat isometric-pistol eccentric-pistol-squat toe-grab-pistol-squat pistol-squat
pelvic-tilt heel-slide straight-leg-raise
single-leg-high-knee-hold single-leg-sprinter-rdl sprinter-single-leg-glute-bridge
kettlebell-weighted-knee-drive
pause-split-squat goblet-squat front-squat deadlift half-kneeling-cable-chop
half-kneeling-cable-lift half-kneeling-belly-press burpee easy-run sprint
banded-side-step bodyweight-squat lunge step-up single-leg-squat a-skip
barbell-back-squat kneeling-single-arm-cable-row push-up lat-pulldown calf-raise
seated-dumbbell-shoulder-press kettlebell-swing dumbbell-reverse-lunge-knee-drive
seated-cable-row hanging-leg-raise physioball-roll-in standing-leg-curl
'''.split()

CHAINS = [
    ['band-hurdle-hold', 'side-plank-hip-flexion', 'banded-mountain-climber', 'hanging-hip-flexion'],
    ['narrow-stance-squat', 'isometric-pistol', 'eccentric-pistol-squat', 'toe-grab-pistol-squat',
     'pistol-squat'],
    ['pelvic-tilt', 'heel-slide', 'straight-leg-raise'],
    ['single-leg-high-knee-hold', 'single-leg-sprinter-rdl', 'sprinter-single-leg-glute-bridge',
     'kettlebell-weighted-knee-drive'],
]

results = []


def check(ok, description, details=()):
    results.append((bool(ok), description, list(details)))


def vocabulary(source, table):
    block = source[source.index(table + '[] = {'):]
    block = block[:block.index('};')]
    return re.findall(r'\{ "([a-z-]+)", NC_', block)


def main(root):
    with open(os.path.join(root, 'data', 'exercises.json'), encoding='utf-8') as f:
        library = json.load(f)
    with open(os.path.join(root, 'docs', 'exercise.schema.json'), encoding='utf-8') as f:
        schema = json.load(f)
    with open(os.path.join(root, 'src', 'core', 'regimen-muscle.c'), encoding='utf-8') as f:
        muscle_source = f.read()

    validator = jsonschema.Draft202012Validator(schema)
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = ['%s: %s' % ('/'.join(str(p) for p in e.absolute_path), e.message)
              for e in validator.iter_errors(library)]
    check(not errors, 'data/exercises.json follows docs/exercise.schema.json', errors[:10])

    exercises = library.get('exercises', [])
    ids = [e.get('id') for e in exercises]
    by_id = {e.get('id'): e for e in exercises}
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    check(not duplicates, 'exercise ids are unique', duplicates)
    check(len(exercises) >= 44, 'the library has at least 44 exercises (%d)' % len(exercises))

    missing = [i for i in DESIGN_IDS if i not in by_id]
    check(not missing, 'every exercise id DESIGN.md fixes is present', missing)

    muscles = vocabulary(muscle_source, 'muscles')
    equipment = vocabulary(muscle_source, 'equipment')
    check(muscles == schema['$defs']['muscle']['enum'],
          'the schema lists the same muscle groups as regimen-muscle.c')
    check(equipment == schema['$defs']['equipment']['enum'],
          'the schema lists the same equipment as regimen-muscle.c')
    unknown = ['%s: %s' % (e['id'], m) for e in exercises
               for m in e.get('primary_muscles', []) + e.get('secondary_muscles', [])
               if m not in muscles]
    unknown += ['%s: %s' % (e['id'], q) for e in exercises
                for q in e.get('equipment', []) if q not in equipment]
    check(not unknown, 'muscle and equipment ids come from the vocabulary', unknown)

    broken = []
    for exercise in exercises:
        progression = exercise.get('progression') or {}
        for link, back in (('next', 'previous'), ('previous', 'next')):
            other = progression.get(link)
            if other is None:
                continue
            if other not in by_id:
                broken.append('%s: %s "%s" does not exist' % (exercise['id'], link, other))
            elif (by_id[other].get('progression') or {}).get(back) != exercise['id']:
                broken.append('%s: %s "%s" does not link back' % (exercise['id'], link, other))
        seen = set()
        stage = exercise
        while stage is not None and (stage.get('progression') or {}).get('next'):
            if stage['id'] in seen:
                broken.append('%s: the chain goes round in a circle' % exercise['id'])
                break
            seen.add(stage['id'])
            stage = by_id.get(stage['progression']['next'])
    check(not broken, 'progression links agree in both directions', broken)

    for chain in CHAINS:
        wrong = []
        for position, ident in enumerate(chain):
            progression = (by_id.get(ident) or {}).get('progression') or {}
            expected_previous = chain[position - 1] if position > 0 else None
            expected_next = chain[position + 1] if position + 1 < len(chain) else None
            if progression.get('previous') != expected_previous or progression.get('next') != expected_next:
                wrong.append(ident)
        check(not wrong, 'the chain %s is complete' % ' -> '.join(chain), wrong)

    # Seed 003 trains the first three sprinter stages together; only the
    # weighted knee drive waits for them.
    together = [i for i in CHAINS[3] if (by_id.get(i, {}).get('progression') or {}).get('trained_with_previous')]
    check(together == CHAINS[3][1:3],
          'the sprinter RDL and glute bridge are trained with the high knee hold', together)
    lonely = [e['id'] for e in exercises
              if (e.get('progression') or {}).get('trained_with_previous') and not e['progression'].get('previous')]
    check(not lonely, 'trained_with_previous only where there is a previous stage', lonely)

    # Seed 004 ranks the core series beginner, intermediate, advanced.
    levels = [by_id[i]['level'] for i in CHAINS[2] if i in by_id]
    check(levels == sorted(set(levels)) and len(levels) == 3,
          'each stage of the core series is a level above the one before', [str(levels)])

    # Weeks a seed does not give are marked as our choice.
    unmarked = [i for i in ('pelvic-tilt', 'heel-slide', 'single-leg-high-knee-hold',
                            'single-leg-sprinter-rdl', 'sprinter-single-leg-glute-bridge')
                if (by_id.get(i, {}).get('prescription') or {}).get('weeks_min')
                and not by_id[i]['prescription'].get('weeks_our_choice')]
    check(not unmarked, 'stage weeks no seed gives are marked weeks_our_choice', unmarked)

    with open(os.path.join(root, 'data', 'exercise-poses.json'), encoding='utf-8') as f:
        poses = json.load(f)['poses']
    no_pose = [i for i in ids if i not in poses]
    check(not no_pose, 'every exercise has poses for the figure', no_pose)

    # Every text is a real sentence for translators, never empty or padded.
    padded = ['%s: %r' % (e['id'], t) for e in exercises
              for t in [e['name']] + e.get('aliases', []) + list(e['instructions'].values())
              + e.get('cues', []) + e.get('faults', []) if t != t.strip() or not t]
    check(not padded, 'texts have no leading or trailing blanks', padded)

    for path in sorted(glob.glob(os.path.join(root, 'data', 'templates', '*.regimen.json'))):
        name = os.path.relpath(path, root)
        with open(path, encoding='utf-8') as f:
            plan = json.load(f)
        problems = []
        if plan.get('format') != 'regimen-plan' or plan.get('version') != 1:
            problems.append('format must be regimen-plan, version 1')
        if 'start_date' in plan:
            problems.append('a template has no start_date')
        if not isinstance(plan.get('title'), str) or not plan['title']:
            problems.append('the title is missing')
        if not isinstance((plan.get('x-regimen-template') or {}).get('description'), str):
            problems.append('x-regimen-template.description is missing')
        for w, week in enumerate(plan.get('weeks', [])):
            if len(week.get('days', [])) != 7:
                problems.append('weeks[%d] does not have 7 days' % w)
            for d, day in enumerate(week.get('days', [])):
                for s, session in enumerate(day.get('sessions', [])):
                    for i, item in enumerate(session.get('items', [])):
                        if item.get('exercise') not in by_id:
                            problems.append('weeks[%d].days[%d].sessions[%d].items[%d]: unknown exercise %s'
                                            % (w, d, s, i, item.get('exercise')))
        if not plan.get('weeks'):
            problems.append('the template has no weeks')
        check(not problems, '%s names only library exercises and has 7-day weeks' % name, problems)

    failed = False
    for number, (ok, description, details) in enumerate(results, 1):
        print('%s %d - %s' % ('ok' if ok else 'not ok', number, description))
        for detail in details:
            print('# ' + detail)
        failed = failed or not ok
    print('1..%d' % len(results))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
