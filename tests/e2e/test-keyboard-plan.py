#!/usr/bin/python3
# Builds, checks, fixes and saves a three-week plan with key events only, on
# a 1366×768 screen (see meson.build): no pointer event reaches the window
# and no accessibility action stands in for a key. The accessibility tree is
# only read, to wait for what each key did and to say what went wrong.
#
#  1. Ctrl+N, Tab to the week count, 1, Tab to Create, Enter: a blank plan.
#  2. Week 1 from the library: Ctrl+F and a name search, Down to the first
#     result, Alt+1 … Alt+7 start a session on that day, Ctrl+1 … Ctrl+7 join
#     the session added to last.
#  3. Ctrl+Shift+D duplicates it into week 2; there Tab reaches Push-Up,
#     Enter opens its editor, the sets become 4, Escape closes it, and
#     Alt+Shift+Right moves it to Tuesday, out of its session and day.
#  4. Ctrl+Shift+N adds an empty week 3, filled from the library; a second
#     HIIT session on Friday breaks the HIIT limit of 1: the check summary
#     above the week and the marks on the sessions say so (no panel opened).
#  5. Tab to that session, Delete: the problem clears and the focus stays in
#     the week, on Friday.
#  6. Ctrl+S, the path typed into the file chooser, Enter; the saved file has
#     the three weeks' sessions, exercises, order and the edited sets.
#
# With REGIMEN_E2E_SHOTS=FOLDER the screen is saved there after each of
# these steps (to look at the focus ring), as NN-what.png.
import json
import os
import re
import subprocess
import sys
import tempfile

from regimen_e2e import check, config, describe, find_app, focused_node, launched, rawinput, run, search_library, wait_for

WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

# What the saved file must hold: per week, per day, each session's
# exercises in order.
SQUAT, PUSH_UP, BURPEE, CLIMBER = 'barbell-back-squat', 'push-up', 'burpee', 'mountain-climber'
EXPECTED = [
    [[[SQUAT, PUSH_UP]], [], [[BURPEE]], [], [], [], []],
    [[[SQUAT]], [[PUSH_UP]], [[BURPEE]], [], [], [], []],
    [[[SQUAT]], [], [], [[BURPEE]], [], [], []],
]


def shot(what):
    folder = os.environ.get('REGIMEN_E2E_SHOTS')
    if folder:
        shot.count = getattr(shot, 'count', 0) + 1
        subprocess.run(['import', '-window', 'root', os.path.join(folder, f'{shot.count:02d}-{what}.png')], check=False)


class Driver:
    """Reads the window through a few nodes found once: a whole-tree search
    takes about a second, a day column a few milliseconds."""

    def __init__(self, app, frame):
        self.app = app
        self.frame = frame
        self.find_nodes()

    def find_nodes(self):
        nodes = self.frame.findChildren(
            lambda n: (n.roleName in ('panel', 'grouping') and n.name in WEEKDAYS + ['Days of the week'])
            or (n.roleName == 'list' and n.name == 'Exercises')
            or (n.roleName == 'push button' and n.name.startswith('HIIT '))
            or (n.roleName == 'label' and re.fullmatch(r'Week \d+ of \d+', n.name) is not None)
            or n.name == 'RegimenLibraryView', showingOnly=False)
        self.nodes = {}
        for node in nodes:
            key = 'title' if node.roleName == 'label' else 'summary' if node.name.startswith('HIIT ') else node.name
            self.nodes.setdefault(key, node)
        # The week's header: the summary, the week menu, previous and next.
        self.nodes['header'] = self.nodes['summary'].parent if 'summary' in self.nodes else None

    # Reading the window.

    def focus(self):
        """The focused node: in the week, its header or the library first
        (quick), else anywhere in the application (editors, dialogs)."""
        for scope in ('Days of the week', 'header', 'RegimenLibraryView'):
            node = self.nodes.get(scope)
            found = focused_node(node) if node is not None else None
            if found is not None:
                return found
        return focused_node(self.app)

    def items_of(self, day):
        """The exercise rows of a day, as “Push-Up, 3 × 10 · rest 60 s”."""
        return [n.name for n in self.nodes[day].findChildren(lambda n: n.roleName == 'list item', showingOnly=False)]

    def sessions_of(self, day):
        return self.nodes[day].findChildren(lambda n: n.roleName in ('panel', 'grouping')
                                            and re.search(r'RPE \d+', n.name) is not None, showingOnly=False)

    def week_title(self):
        return self.nodes['title'].name

    def summary(self):
        """The check summary above the week, in words (its accessible name)."""
        return self.nodes['summary'].name

    def dialog(self, name):
        windows = [w for w in self.app.children if w.name == name]
        return windows[0] if windows else None

    @staticmethod
    def day_of(node):
        while node is not None:
            if node.name in WEEKDAYS and node.roleName in ('panel', 'grouping'):
                return node.name
            node = node.parent
        return None

    # Keys.

    def tab_to(self, predicate, what, limit=40, focus=None):
        """Presses Tab until the focused node satisfies predicate."""
        focus = focus or self.focus
        current = describe(focus())
        for _ in range(limit):
            rawinput.pressKey('Tab')
            node = wait_for(lambda: (lambda f: f if describe(f) != current else None)(focus()), timeout=5)
            if node is None:
                break
            current = describe(node)
            if predicate(node):
                return node
        print(f'Tab never reached {what}; last focus {current}', file=sys.stderr)
        return None

    def add_from_library(self, name, combo, day):
        """Searches the library for name and adds the first result with combo."""
        before = len([i for i in self.items_of(day) if i.startswith(name + ',')])
        library = self.nodes['Exercises']
        if not search_library(library, name):
            return False
        rawinput.pressKey('Down')
        if not wait_for(lambda: (lambda f: f is not None and f.children[0].name == name)(focused_node(library))):
            return False
        rawinput.keyCombo(combo)
        return wait_for(lambda: len([i for i in self.items_of(day) if i.startswith(name + ',')]) > before)


def sessions_in(document):
    return [[[[item['exercise'] for item in session['items']] for session in day['sessions']]
             for day in week['days']] for week in document['weeks']]


def main(binary):
    folder = tempfile.mkdtemp(prefix='regimen-keyboard-plan-')
    target = os.path.join(folder, 'three-weeks.regimen.json')

    # Typing goes as fast as the window takes it; every step waits for
    # what it did before the next.
    config.typingDelay = 0.02
    with launched(binary):
        app = find_app(binary)
        check(app is not None, 'the application is on the accessibility bus')
        if app is None:
            return
        frame = wait_for(lambda: [f for f in app.children if f.roleName == 'frame' and f.showing][0], timeout=20)
        check(frame is not None, 'the main window shows')
        if frame is None:
            return
        d = Driver(app, frame)
        # Keys go to the active window: the first focus is in it then.
        check(wait_for(d.focus, timeout=20) is not None, 'the main window has the keyboard focus')

        # 1. A blank plan of one week.
        rawinput.keyCombo('<Control>n')
        chooser = wait_for(lambda: d.dialog('New Plan from a Template'))
        check(chooser is not None, 'Ctrl+N asks for a template or a blank plan')
        if chooser is None:
            return
        def in_chooser():
            return focused_node(chooser)
        weeks = d.tab_to(lambda n: n.roleName == 'spin button', 'the week count', limit=5, focus=in_chooser)
        check(weeks is not None, 'Tab reaches the week count of a blank plan')
        rawinput.keyCombo('<Control>a')
        rawinput.typeText('1')
        create = d.tab_to(lambda n: n.roleName == 'push button' and n.name.endswith('Create'), 'Create',
                          limit=5, focus=in_chooser)
        check(create is not None, 'Tab reaches Create')
        rawinput.pressKey('Return')
        check(wait_for(lambda: d.week_title() == 'Week 1 of 1' and len(app.children) == 1),
              f'Enter makes a blank plan of one week (“{d.week_title()}”)')
        d.find_nodes()
        shot('blank-plan')

        # 2. Week 1 from the library.
        check(d.add_from_library('Barbell Back Squat', '<Alt>1', 'Monday'), 'Alt+1 starts a session on Monday')
        check(d.add_from_library('Push-Up', '<Control>1', 'Monday'), 'Ctrl+1 adds Push-Up to Monday')
        check(len(d.sessions_of('Monday')) == 1, 'Push-Up joined the squat’s session')
        check(d.add_from_library('Burpee', '<Alt>3', 'Wednesday'), 'Alt+3 starts a HIIT session on Wednesday')
        summary = wait_for(lambda: (lambda s: s if s and s.startswith('HIIT 1 of 1') else None)(d.summary()))
        check(summary is not None and 'no problems' in summary, f'week 1 checks clean: “{d.summary()}”')
        shot('week-1')

        # 3. Week 2: a duplicate, changed.
        rawinput.keyCombo('<Control><Shift>d')
        check(wait_for(lambda: d.week_title() == 'Week 2 of 2'), f'Ctrl+Shift+D duplicates the week and shows it (“{d.week_title()}”)')
        check(wait_for(lambda: any(i.startswith('Push-Up, 3 ×') for i in d.items_of('Monday'))),
              'the duplicate has Monday’s Push-Up')
        row = d.tab_to(lambda n: n.roleName == 'list item' and n.name.startswith('Push-Up,')
                       and d.day_of(n) == 'Monday', 'Push-Up on Monday')
        check(row is not None, 'Tab reaches Push-Up in the week')
        shot('push-up-focused')
        rawinput.pressKey('Return')
        spin = wait_for(lambda: (lambda f: f if f is not None and f.roleName == 'spin button'
                                 and f.name.startswith('Sets') else None)(d.focus()))
        check(spin is not None, f'Enter opens its editor on the sets (focus: {describe(d.focus())})')
        shot('item-editor')
        rawinput.keyCombo('<Control>a')
        rawinput.typeText('4')
        rawinput.pressKey('Return')
        rawinput.pressKey('Escape')
        focus = wait_for(lambda: (lambda f: f if f is not None and f.name.startswith('Push-Up, 4 × 10') else None)(d.focus()))
        check(focus is not None, f'4 sets, and Escape gives the focus back to Push-Up (focus: {describe(d.focus())})')
        rawinput.keyCombo('<Alt><Shift>Right')
        check(wait_for(lambda: any(i.startswith('Push-Up,') for i in d.items_of('Tuesday'))
                       and not any(i.startswith('Push-Up,') for i in d.items_of('Monday'))),
              'Alt+Shift+Right moves Push-Up out of its session to Tuesday')
        focus = wait_for(lambda: (lambda f: f if f is not None and f.name.startswith('Push-Up,')
                                  and d.day_of(f) == 'Tuesday' else None)(d.focus()))
        check(focus is not None, f'the focus follows Push-Up to Tuesday (focus: {describe(d.focus())})')
        shot('moved-to-tuesday')

        # 4. Week 3: added empty, filled, and a problem made.
        rawinput.keyCombo('<Control><Shift>n')
        check(wait_for(lambda: d.week_title() == 'Week 3 of 3' and not d.items_of('Monday')),
              f'Ctrl+Shift+N adds an empty week and shows it (“{d.week_title()}”)')
        check(d.add_from_library('Barbell Back Squat', '<Alt>1', 'Monday'), 'week 3: the squat on Monday')
        check(d.add_from_library('Burpee', '<Alt>4', 'Thursday'), 'week 3: Burpee on Thursday')
        check(wait_for(lambda: 'HIIT 1 of 1' in (d.summary() or '')), f'one HIIT session: “{d.summary()}”')
        check(d.add_from_library('Mountain Climber', '<Alt>5', 'Friday'), 'week 3: Mountain Climber on Friday')
        summary = wait_for(lambda: (lambda s: s if s and s.startswith('HIIT 2 of 1') and 'worst: error' in s.lower() else None)(d.summary()))
        check(summary is not None, f'the check summary shows the second HIIT session as an error: “{d.summary()}”')
        marked = wait_for(lambda: [s for s in d.sessions_of('Friday') if 'HIIT' in (s.description or '')])
        check(marked, 'Friday’s session is marked with the HIIT problem')
        shot('hiit-problem')

        # 5. Fixed by keys: the second HIIT session removed.
        card = d.tab_to(lambda n: n.roleName == 'panel' and n.name.startswith('HIIT,')
                        and d.day_of(n) == 'Friday', 'Friday’s HIIT session')
        check(card is not None, 'Tab reaches Friday’s HIIT session')
        shot('hiit-session-focused')
        rawinput.pressKey('Delete')
        check(wait_for(lambda: not d.sessions_of('Friday')), 'Delete removes it')
        summary = wait_for(lambda: (lambda s: s if s and s.startswith('HIIT 1 of 1') and 'error' not in s.lower() else None)(d.summary()))
        check(summary is not None, f'the HIIT error is gone from the summary: “{d.summary()}”')
        check(wait_for(lambda: not [s for s in d.sessions_of('Thursday') if 'HIIT' in (s.description or '')]),
              'and from Thursday’s session')
        focus = wait_for(d.focus)
        check(focus is not None and d.day_of(focus) == 'Friday',
              f'the focus stays in the week, on Friday (focus: {describe(focus)})')
        shot('deleted')

        # 6. Saved by keys.
        rawinput.keyCombo('<Control>s')
        dialog = wait_for(lambda: d.dialog('Save Plan'))
        check(dialog is not None, 'Ctrl+S opens the save dialog')
        check(wait_for(lambda: (lambda f: f is not None and f.roleName == 'text')(focused_node(dialog))),
              'its name field has the focus')
        rawinput.keyCombo('<Control>a')
        rawinput.typeText(target)
        rawinput.pressKey('Return')
        check(wait_for(lambda: os.path.exists(target) and len(app.children) == 1, timeout=15),
              'the plan is saved where it was typed')
        if not os.path.exists(target):
            return

        with open(target) as f:
            saved = json.load(f)
        got = sessions_in(saved)
        check(len(got) == 3, f'the file has three weeks ({len(got)})')
        for week, (have, want) in enumerate(zip(got, EXPECTED)):
            for day, (a, b) in enumerate(zip(have, want)):
                if a != b:
                    check(False, f'week {week + 1}, {WEEKDAYS[day]}: {a}, expected {b}')
            check(have == want, f'week {week + 1} has the sessions and exercises in order')
        push_ups = [item.get('sets') for week in saved['weeks'] for day in week['days']
                    for session in day['sessions'] for item in session['items'] if item['exercise'] == PUSH_UP]
        check(push_ups == [3, 4], f'the sets edited in week 2 only: Push-Up sets {push_ups}')


if __name__ == '__main__':
    run(main)
