#!/usr/bin/python3
# Builds the sprinter two-day week (seed 003, data/templates/
# sprinter-strength.regimen.json) from an empty plan with key events only:
# Ctrl+F and a name search the library, Ctrl+1 … Ctrl+7 add the first
# result to that day (to the session added to last when it is on that day),
# Ctrl+S saves through the file chooser. No pointer event reaches the
# window; each key waits for what the one before did (read through
# AT-SPI), not for a fixed time. The saved file's sessions are compared
# with the template's.
import json
import os
import tempfile
import time

from regimen_e2e import check, config, find, find_app, find_day, focused_node, launched, rawinput, run, search_library, wait_for

TEMPLATE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..',
                        'data', 'templates', 'sprinter-strength.regimen.json')
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
LIBRARY = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'data', 'exercises.json')


def sessions_of(document):
    """Each day of the first week as a list of sessions, each a list of exercise ids."""
    week = document['weeks'][0]
    return [[[item['exercise'] for item in session['items']] for session in day['sessions']]
            for day in week['days']]


def main(binary):
    with open(TEMPLATE) as f:
        expected = sessions_of(json.load(f))
    with open(LIBRARY) as f:
        library = json.load(f)
    names = {e['id']: e['name'] for e in (library['exercises'] if isinstance(library, dict) else library)}

    folder = tempfile.mkdtemp(prefix='regimen-keyboard-')
    target = os.path.join(folder, 'sprinter.regimen.json')

    # Typing goes as fast as the window takes it; each step waits for what
    # it did before the next.
    config.typingDelay = 0.02
    with launched(binary):
        app = find_app(binary)
        check(app is not None, 'the application is on the accessibility bus')
        if app is None:
            return
        frame = app.child(roleName='frame', retry=True)
        # Keys go to the focused window: wait until it has the focus.
        wait_for(lambda: frame.showing and focused_node(frame) is not None, timeout=20)
        library = find(frame, lambda n: n.roleName == 'list' and n.name == 'Exercises')
        columns = {n.name: n for n in frame.findChildren(
            lambda n: n.name in DAYS and n.roleName in ('panel', 'grouping'), showingOnly=False)}

        def rows(day):
            return len(columns[DAYS[day]].findChildren(lambda n: n.roleName == 'list item', showingOnly=False))

        for day, sessions in enumerate(expected):
            for session in sessions:
                for position, exercise in enumerate(session):
                    if not search_library(library, names[exercise]):
                        check(False, f'the search finds {names[exercise]} first')
                        return
                    before = rows(day)
                    # The first exercise of a session starts a new one
                    # (Alt+N); the others join it (Ctrl+N).
                    combo = f'<Alt>{day + 1}' if position == 0 else f'<Control>{day + 1}'
                    rawinput.keyCombo(combo)
                    if not wait_for(lambda: rows(day) > before):
                        check(False, f'{combo} adds {names[exercise]} to {DAYS[day]}')
                        return

        column = find_day(frame, 'Thursday')
        check(column is not None and find(column, lambda n: n.name.startswith('Hanging Leg Raise')) is not None,
              'the last exercise is on Thursday')

        # Save: Ctrl+S asks where, the name field takes a whole path.
        rawinput.keyCombo('<Control>s')
        deadline = time.time() + 10
        while time.time() < deadline and len(app.children) < 2:
            time.sleep(0.2)
        check(len(app.children) >= 2, 'Ctrl+S opens the save dialog')
        dialog = wait_for(lambda: [w for w in app.children if w.name == 'Save Plan'][0])
        check(dialog is not None and wait_for(lambda: focused_node(dialog).roleName == 'text'),
              'its name field has the focus')
        rawinput.keyCombo('<Control>a')
        rawinput.typeText(target)
        rawinput.pressKey('Return')

        deadline = time.time() + 15
        while time.time() < deadline and not os.path.exists(target):
            time.sleep(0.3)
        check(os.path.exists(target), 'the plan is saved where it was typed')
        if not os.path.exists(target):
            return

        with open(target) as f:
            saved = sessions_of(json.load(f))
        for day, (got, want) in enumerate(zip(saved, expected)):
            check(got == want, f'{DAYS[day]} has the template\'s sessions and exercises in order: {got}')


if __name__ == '__main__':
    run(main)
