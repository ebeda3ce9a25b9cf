#!/usr/bin/python3
# Logs a trained session with key events only, on a 1366×768 screen (see
# meson.build): no pointer event reaches the window and no accessibility
# action stands in for a key. The accessibility tree is only read, to wait
# for what each key did and to say what went wrong.
#
#  1. A plan whose first week is over opens; Monday's session says
#     “Not logged” on its card (words and accessible description), and the
#     plan check (Ctrl+F9 shows it if it is folded away) has nothing done.
#  2. Tab reaches the card; Ctrl+L opens the log form on the status.
#  3. Tab goes box to box in reading order: the session's date, minutes
#     and RPE, then the squat's loads left to right, then its reps; the
#     loads and the last set's reps are typed in.
#  4. Ctrl+Enter saves: the card says “Done”, and the plan check shows
#     planned against done: the week's load, sessions done of planned, the
#     squat's prescription against its sets. Ctrl+Z takes it back to “Not
#     logged”, Ctrl+Shift+Z brings it back.
#  5. The context-menu key opens the card's menu, which offers
#     “Log Session…”; Escape closes it.
#  6. Ctrl+S writes the plan: its file has the log as typed.
#
# With REGIMEN_E2E_SHOTS=FOLDER the screen is saved there after each of
# these steps, as NN-what.png.
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile

from regimen_e2e import check, config, describe, find_app, focused_node, launched, rawinput, run, wait_for

SQUAT = 'Barbell Back Squat'


def shot(what):
    folder = os.environ.get('REGIMEN_E2E_SHOTS')
    if folder:
        shot.count = getattr(shot, 'count', 0) + 1
        subprocess.run(['import', '-window', 'root', os.path.join(folder, f'{shot.count:02d}-{what}.png')], check=False)


def write_plan(path):
    """A week that began on the Monday before last: all of it is over."""
    today = datetime.date.today()
    start = today - datetime.timedelta(days=today.weekday() + 7)
    empty = {'sessions': []}
    plan = {
        'format': 'regimen-plan', 'version': 1, 'title': 'Logged week', 'start_date': start.isoformat(),
        'athlete': {'level': 'intermediate', 'baseline_weekly_load': 600},
        'weeks': [{'days': [
            {'sessions': [{'id': 'mon', 'title': 'Lower body A', 'kind': 'strength', 'rpe': 7, 'minutes': 45,
                           'items': [{'id': 'squat', 'exercise': 'barbell-back-squat', 'sets': 3, 'reps': 5,
                                      'load_percent_1rm': 75, 'rest_seconds': 120}]}]},
            empty,
            {'sessions': [{'id': 'wed', 'title': 'Easy run', 'kind': 'cardio', 'rpe': 4, 'minutes': 30,
                           'items': [{'id': 'run', 'exercise': 'easy-run', 'sets': 1}]}]},
            empty, empty, empty, empty]}]}
    with open(path, 'w') as f:
        json.dump(plan, f)
    return start


def main(binary):
    folder = tempfile.mkdtemp(prefix='regimen-log-session-')
    path = os.path.join(folder, 'week.regimen.json')
    start = write_plan(path)

    config.typingDelay = 0.02
    with launched(binary, args=[path]):
        app = find_app(binary)
        check(app is not None, 'the application is on the accessibility bus')
        if app is None:
            return
        frame = wait_for(lambda: [f for f in app.children if f.roleName == 'frame' and f.showing][0], timeout=20)
        check(frame is not None, 'the main window shows')
        if frame is None:
            return

        def monday_card():
            days = frame.findChildren(lambda n: n.name == 'Monday' and n.roleName in ('panel', 'grouping'),
                                      showingOnly=False)
            for day in days:
                cards = day.findChildren(lambda n: n.roleName in ('panel', 'grouping')
                                         and n.name.startswith('Lower body A,'), showingOnly=False)
                if cards:
                    return cards[0]
            return None

        card = wait_for(monday_card, timeout=20)
        check(card is not None, 'the plan opens with Monday’s session')
        if card is None:
            return

        def state():
            """The card's state in words, and its accessible description."""
            # Hidden widgets are not on the bus: the state shown only.
            labels = card.findChildren(lambda n: n.roleName == 'label' and n.name in
                                       ('Not logged', 'Done', 'Partly done', 'Skipped'), showingOnly=False)
            return (labels[0].name if labels else None, card.description)

        check(wait_for(lambda: state() == ('Not logged', 'Not logged')),
              f'the past session says “Not logged” on its card and to screen readers: {state()}')

        def panel(pattern):
            """The plan check's line that pattern matches from its start, if
            it shows, with its no-break spaces as spaces."""
            nodes = frame.findChildren(lambda n: n.roleName == 'label'
                                       and re.match(pattern, n.name.replace('\xa0', ' ')) is not None,
                                       showingOnly=False)
            return nodes[0].name.replace('\xa0', ' ') if nodes else None

        if wait_for(lambda: panel(r'Planned \d'), timeout=5) is None:
            rawinput.keyCombo('<Control>F9')
        planned = wait_for(lambda: panel(r'Planned \d'))
        check(planned == 'Planned 435 AU · nothing logged',
              f'the plan check: the week’s planned load, nothing logged ({planned})')
        sessions = panel('None of the ')
        check(sessions == 'None of the 2 sessions planned is logged', f'and no session logged ({sessions})')
        shot('not-logged')

        # 2. Keys only from here on.
        check(wait_for(lambda: focused_node(app), timeout=20) is not None, 'the main window has the keyboard focus')

        def tab_to(predicate, what, scope, limit=60):
            current = describe(focused_node(scope))
            for _ in range(limit):
                rawinput.pressKey('Tab')
                node = wait_for(lambda: (lambda f: f if describe(f) != current else None)(focused_node(scope)),
                                timeout=5)
                if node is None:
                    break
                current = describe(node)
                if predicate(node):
                    return node
            print(f'Tab never reached {what}; last focus {current}', file=sys.stderr)
            return None

        focused = tab_to(lambda n: n.name == card.name and n.roleName == card.roleName, 'Monday’s session', app)
        check(focused is not None, 'Tab reaches Monday’s session')
        rawinput.keyCombo('<Control>l')
        form = wait_for(lambda: [w for w in app.children if w.name == 'Log Session'][0])
        check(form is not None, 'Ctrl+L opens the log form')
        if form is None:
            return
        check(wait_for(lambda: focused_node(form)) is not None, 'the form has the keyboard focus')
        shot('form')

        # 3. Reading order, box to box.
        expected = (['Date trained', 'Minutes trained', 'Session RPE']
                    + [f'{SQUAT}, set {n}, load in kg' for n in (1, 2, 3)]
                    + [f'{SQUAT}, set {n}, reps' for n in (1, 2, 3)])
        typed = {f'{SQUAT}, set 1, load in kg': '80', f'{SQUAT}, set 2, load in kg': '80',
                 f'{SQUAT}, set 3, load in kg': '82.5', f'{SQUAT}, set 3, reps': '4'}
        order = []
        for name in expected:
            node = tab_to(lambda n: True, name, form, limit=1)
            order.append(node.name if node is not None else None)
            if node is None or node.name != name:
                break
            if name in typed:
                rawinput.keyCombo('<Control>a')
                rawinput.typeText(typed[name])
        check(order == expected, f'Tab goes box to box in reading order: {order}')
        shot('form-typed')

        # 4. Saved, undone, redone.
        rawinput.keyCombo('<Control>Return')
        check(wait_for(lambda: not [w for w in app.children if w.name == 'Log Session']),
              'Ctrl+Enter saves and closes the form')
        check(wait_for(lambda: state() == ('Done', 'Done')), f'the card says “Done”: {state()}')
        done = wait_for(lambda: panel(r'Planned \d+ AU · done'))
        check(done == 'Planned 435 AU · done 315 AU', f'the plan check: planned against done load ({done})')
        sessions = wait_for(lambda: panel('1 of 2 sessions done'))
        check(sessions == '1 of 2 sessions done · 1 not logged', f'and sessions done of planned ({sessions})')
        squat = wait_for(lambda: panel(f'{SQUAT} — '))
        check(squat == f'{SQUAT} — planned 3 × 5 at 75 % 1RM, done 2 × 5 at 80 kg / 1 × 4 at 82.5 kg',
              f'and the squat, prescription against sets ({squat})')
        shot('done')
        rawinput.keyCombo('<Control>z')
        check(wait_for(lambda: state() == ('Not logged', 'Not logged')), f'Ctrl+Z takes the log back: {state()}')
        rawinput.keyCombo('<Control><Shift>z')
        check(wait_for(lambda: state() == ('Done', 'Done')), f'Ctrl+Shift+Z logs it again: {state()}')

        # 5. The card's menu, by the context-menu key.
        # The focus went back to the card when the form closed.
        rawinput.pressKey('Menu')
        item = wait_for(lambda: app.findChildren(lambda n: n.name == 'Log Session…',
                                                 showingOnly=False))
        check(item, 'the context-menu key opens the card’s menu with “Log Session…”')
        shot('menu')
        rawinput.pressKey('Escape')
        check(wait_for(lambda: not app.findChildren(lambda n: n.name == 'Log Session…',
                                                    showingOnly=False)), 'Escape closes it')

        # 6. Into the file.
        rawinput.keyCombo('<Control>s')

        def saved_log():
            with open(path) as f:
                return json.load(f)['weeks'][0]['days'][0]['sessions'][0].get('log')

        log = wait_for(saved_log, timeout=15)
        check(log is not None, 'Ctrl+S writes the log into the plan file')
        if log is None:
            return
        check(log.get('status') == 'done' and log.get('date') == start.isoformat()
              and log.get('minutes') == 45 and log.get('rpe') == 7,
              f'the session: done on its planned day, 45 minutes at RPE 7 ({log})')
        sets = [[(s.get('reps'), s.get('load'), s.get('unit')) for s in i['sets']]
                for i in log.get('items', []) if i.get('item') == 'squat']
        check(sets == [[(5, 80, 'kg'), (5, 80, 'kg'), (4, 82.5, 'kg')]], f'the squat’s sets as typed: {sets}')


if __name__ == '__main__':
    run(main)
