#!/usr/bin/python3
# Validates the valid plan fixtures and the templates against
# docs/plan.schema.json, and checks that the schema refuses broken plans.
# Prints TAP.
import copy
import json
import pathlib
import sys

from jsonschema import Draft202012Validator

root = pathlib.Path(sys.argv[1])
schema = json.loads((root / 'docs' / 'plan.schema.json').read_text(encoding='utf-8'))
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema)

valid = sorted((root / 'tests' / 'fixtures' / 'plans').glob('*.json'))
valid += sorted((root / 'data' / 'templates').glob('*.json'))
valid += sorted((root / 'tests' / 'corpus').glob('*.regimen.json'))

base = json.loads((root / 'tests' / 'fixtures' / 'plans' / 'one-week.json').read_text(encoding='utf-8'))


def broken(change):
    plan = copy.deepcopy(base)
    change(plan)
    return plan


def item(plan):
    return plan['weeks'][0]['days'][0]['sessions'][0]['items'][0]


def session(plan):
    return plan['weeks'][0]['days'][0]['sessions'][0]


refused = [
    ('wrong format', broken(lambda p: p.update(format='regimen-library'))),
    ('newer version', broken(lambda p: p.update(version=2))),
    ('no version', broken(lambda p: p.pop('version'))),
    ('no weeks', broken(lambda p: p.pop('weeks'))),
    ('six days', broken(lambda p: p['weeks'][0]['days'].pop())),
    ('rpe 11', broken(lambda p: session(p).update(rpe=11))),
    ('rpe 6.5', broken(lambda p: session(p).update(rpe=6.5))),
    ('unknown kind', broken(lambda p: session(p).update(kind='yoga'))),
    ('21 sets', broken(lambda p: item(p).update(sets=21))),
    ('tempo 30x0', broken(lambda p: item(p).update(tempo='30x0'))),
    ('101 percent', broken(lambda p: item(p).update(load_percent_1rm=101))),
    ('no exercise', broken(lambda p: item(p).pop('exercise'))),
    ('bad date', broken(lambda p: p.update(start_date='23.11.2026'))),
    ('unknown level', broken(lambda p: p['athlete'].update(level='elite'))),
    ('lighter as text', broken(lambda p: p['weeks'][0].update(lighter='yes'))),
    ('a lighter volume of 0', broken(lambda p: p['weeks'][0].update(lighter=True, lighter_volume=0))),
    ('a lighter intensity as text', broken(lambda p: p['weeks'][0].update(lighter=True, lighter_intensity='0.9'))),
    ('warm_up as a number', broken(lambda p: item(p).update(warm_up=1))),
    ('draft as text', broken(lambda p: p.update(draft='yes'))),
    ('an acknowledgement without a reason',
     broken(lambda p: p.update(acknowledgements=[{'finding': 'HIIT-FREQ@w0.d2.s0', 'fingerprint': '0123456789abcdef'}]))),
    ('an acknowledgement with an empty reason',
     broken(lambda p: p.update(acknowledgements=[{'finding': 'HIIT-FREQ@w0.d2.s0', 'fingerprint': 'ab', 'reason': ''}]))),
    ('a hold over 10 hours', broken(lambda p: session(p)['items'][1].update(hold_seconds=36001))),
    ('a negative rest', broken(lambda p: item(p).update(rest_seconds=-1))),
    ('a time without its leading zero', broken(lambda p: session(p).update(time='7:30'))),
    ('a time past midnight', broken(lambda p: session(p).update(time='24:00'))),
    ('an id with a space', broken(lambda p: session(p).update(id='a b'))),
    ('an empty id', broken(lambda p: item(p).update(id=''))),
    ('an id as a number', broken(lambda p: item(p).update(id=7))),
    ('a log without a status', broken(lambda p: session(p).update(log={'date': '2026-11-24'}))),
    ('a log status "finished"', broken(lambda p: session(p).update(log={'status': 'finished'}))),
    ('a log date 24.11.2026', broken(lambda p: session(p).update(log={'status': 'done', 'date': '24.11.2026'}))),
    ('a logged RPE of 11', broken(lambda p: session(p).update(log={'status': 'done', 'rpe': 11}))),
    ('a logged set with only a load',
     broken(lambda p: session(p).update(log={'status': 'done', 'items': [{'item': item(p)['id'], 'sets': [{'load': 40}]}]}))),
    ('a logged load in stones',
     broken(lambda p: session(p).update(log={'status': 'done', 'items': [
         {'item': item(p)['id'], 'sets': [{'reps': 5, 'load': 6, 'unit': 'st'}]}]}))),
    ('an item log without its item', broken(lambda p: session(p).update(log={'status': 'done', 'items': [{'sets': []}]}))),
    ('a block without a name', broken(lambda p: p.update(blocks=[{'weeks': 1}]))),
    ('a block with an empty name', broken(lambda p: p.update(blocks=[{'name': '', 'weeks': 1}]))),
    ('a block of 0 weeks', broken(lambda p: p.update(blocks=[{'name': 'A', 'weeks': 0}]))),
    ('a block of 1.5 weeks', broken(lambda p: p.update(blocks=[{'name': 'A', 'weeks': 1.5}]))),
    ('a block without its weeks', broken(lambda p: p.update(blocks=[{'name': 'A'}]))),
    ('a progression without weeks', broken(lambda p: item(p).update(progression={'rule': 'repeat'}))),
    ('a progression rule "double"', broken(lambda p: item(p).update(progression={'rule': 'double', 'weeks': 4}))),
    ('an add rule without a step',
     broken(lambda p: item(p).update(progression={'rule': 'add', 'weeks': 4, 'member': 'reps'}))),
    ('an add rule of half a rep',
     broken(lambda p: item(p).update(progression={'rule': 'add', 'weeks': 4, 'member': 'reps', 'step': 0.5}))),
    ('an add rule up to 0',
     broken(lambda p: item(p).update(progression={'rule': 'add', 'weeks': 4, 'member': 'reps', 'step': 1, 'up_to': 0}))),
    ('a chain rule without every_weeks', broken(lambda p: item(p).update(progression={'rule': 'chain', 'weeks': 4}))),
    ('progressed_from with a space', broken(lambda p: item(p).update(progressed_from='a b'))),
    ('interval without rounds',
     broken(lambda p: session(p)['items'][2]['interval'].pop('rounds'))),
]

accepted = [
    ('a lighter week, a warm-up item and a competition',
     broken(lambda p: (p['weeks'][0].update(lighter=True, lighter_volume=0.5, lighter_intensity=0.8),
                       item(p).update(warm_up=True),
                       session(p).update(kind='competition')))),
    ('a draft with an acknowledgement, a 3-hour hold and no rest in a superset',
     broken(lambda p: (p.update(draft=True, acknowledgements=[
         {'finding': 'HIIT-FREQ@w0.d2.s0', 'fingerprint': '0123456789abcdef',
          'reason': 'Test week, agreed with the coach', 'x-by': 'coach'}]),
         session(p)['items'][1].update(hold_seconds=10800), item(p).update(rest_seconds=0)))),
    ('a block with a goal and unknown members',
     broken(lambda p: p.update(blocks=[{'name': 'Accumulation 1', 'goal': 'Volume at 65-75 %', 'weeks': 1,
                                        'x-colour': 'green'}]))),
    ('a session at 07:30', broken(lambda p: session(p).update(time='07:30'))),
    ('hand-written ids and none', broken(lambda p: (session(p).update(id='monday-lower_A'), item(p).pop('id')))),
    ('a skipped session and a set in pounds with unknown members',
     broken(lambda p: session(p).update(log={'status': 'skipped', 'x-why': 'travel', 'items': [
         {'item': item(p)['id'], 'sets': [{'reps': 5, 'load': 135, 'unit': 'lb', 'x-rir': 2}], 'x-a': 1}]}))),
    ('unknown members everywhere', broken(lambda p: (p.update({'x-tool': {'a': [1]}}),
                                                      item(p).update({'x-note': 'kept'})))),
]

print('1..%d' % (len(valid) + len(refused) + len(accepted)))
n = 0
failed = False
for path in valid:
    n += 1
    errors = list(validator.iter_errors(json.loads(path.read_text(encoding='utf-8'))))
    if errors:
        failed = True
        print('not ok %d - %s: %s at %s' % (n, path.relative_to(root), errors[0].message,
                                            '/'.join(str(p) for p in errors[0].absolute_path)))
    else:
        print('ok %d - %s is valid' % (n, path.relative_to(root)))

for name, plan in refused:
    n += 1
    if validator.is_valid(plan):
        failed = True
        print('not ok %d - the schema accepts a plan with %s' % (n, name))
    else:
        print('ok %d - the schema refuses a plan with %s' % (n, name))

for name, plan in accepted:
    n += 1
    if validator.is_valid(plan):
        print('ok %d - the schema allows %s' % (n, name))
    else:
        failed = True
        print('not ok %d - the schema refuses %s' % (n, name))

sys.exit(1 if failed else 0)
