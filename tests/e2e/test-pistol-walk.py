#!/usr/bin/python3
# The "done means" of issue #19, walked in the window as a person would on
# a 1366×768 screen (see meson.build): the pistol-squat path of its seed
# ("train whichever variation you begin with for 3-4 weeks") built as a
# 12-week plan from a blank plan, with key events and real pointer events
# (XTest) only; the accessibility tree is only read, to find where to
# point and to wait for what each key did.
#
#  1. Ctrl+N, a blank plan of 12 weeks; plan settings (Ctrl+,): the title,
#     the start date typed, an intermediate athlete whose usual
#     week is 360 AU.
#  2. Per stage: Ctrl+Shift+B, a block of three weeks with its name and
#     goal; the stage's exercise searched (Ctrl+F) and dragged from the
#     library onto its days of the block's first week; each day's
#     prescription edited where the seed's differs from the library's;
#     in the first day's editor the progression rule (a step of one, the
#     rest of the block, a cap), for each of its days at once, Alt+A.
#  3. The plan overview (Ctrl+Alt+2): weeks 6 and 12 chosen by a click on
#     their rows and made lighter (Ctrl+Shift+L, Enter).
#  4. No week of the overview shows a warning or an error; Ctrl+S saves.
#
# The saved file is then read: the blocks, the weeks the rules wrote (the
# arithmetic of tests/cli/test-pistol-path.sh), the lighter weeks scaled.
#
# Keys: with no window manager they go to the window under the pointer, and
# a drop-down's list selects the row under the pointer, so the pointer is
# parked on the window's bottom left corner (the library, which no popover
# of the week covers) before keys are typed into a popover. Every step
# waits for a state read through AT-SPI, never for a fixed time.
#
# REGIMEN_E2E_EACH_DAY=1 sets each day's rule on its own (the way before
# "For each of its days this week"), to count what that costs.
# With REGIMEN_E2E_SHOTS=FOLDER the screen is saved there at each step, as
# NN-what.png. The walk's wall clock and its count of a person's actions
# (keys, drags, clicks, texts typed) are printed as TAP comments.
import json
import os
import subprocess
import sys
import tempfile
import time
import traceback

from regimen_e2e import centre, check, config, find, find_app, find_day, focused_node, launched, rawinput, run, \
    tap, wait_for

# Block, goal, search, exercise, days, fields to type (sets, per side,
# rest), the rule's row in its drop-down, its cap, and what each week of
# the stage holds (sets × reps on each day).
STAGES = [
    ('Narrow stance squat', 'Own the bottom on two feet', 'narrow stance', 'Narrow Stance Squat',
     ['Monday', 'Thursday'], {}, 'Add repetitions', 12, ['3x10', '3x11', '3x12']),
    ('Isometric pistol', 'Own the bottom on one leg', 'isometric pistol', 'Isometric Pistol',
     ['Monday', 'Thursday'], {'sets': 2, 'per_side': True, 'rest': 90}, 'Add sets', 3, ['2x8', '3x8', '2x8']),
    ('Eccentric pistol', 'Control the way down', 'eccentric pistol', 'Eccentric Pistol Squat',
     ['Monday', 'Thursday'], {'sets': 3}, 'Add sets', 4, ['3x4', '4x4', '4x4']),
    ('Toe-grab pistol', 'The first pistols', 'toe grab', 'Toe Grab Pistol Squat',
     ['Monday', 'Wednesday', 'Friday'], {'sets': 2}, 'Add sets', 3, ['2x2', '3x2', '2x2']),
]
IDS = ['narrow-stance-squat', 'isometric-pistol', 'eccentric-pistol-squat', 'toe-grab-pistol-squat']
DAY_INDEX = {'Monday': 0, 'Tuesday': 1, 'Wednesday': 2, 'Thursday': 3, 'Friday': 4}
EACH_DAY = os.environ.get('REGIMEN_E2E_EACH_DAY') == '1'


class Walk:
    """Counts what a person does and saves the screen after each step."""

    def __init__(self):
        self.actions = 0
        self.shots = 0
        self.folder = os.environ.get('REGIMEN_E2E_SHOTS')

    def keys(self, combo):
        if '<' in combo:
            rawinput.keyCombo(combo)
        else:
            rawinput.pressKey(combo)
        self.actions += 1

    def type(self, text):
        rawinput.typeText(text)
        self.actions += 1

    def replace(self, text):
        """Ctrl+A and text typed over what a field held: one action."""
        rawinput.keyCombo('<Control>a')
        rawinput.typeText(text)
        self.actions += 1

    def drag(self, start, end):
        rawinput.dragWithTrajectory(start, end)
        self.actions += 1

    def click(self, point):
        rawinput.click(*point)
        self.actions += 1

    def shot(self, what):
        if self.folder:
            self.shots += 1
            subprocess.run(['import', '-window', 'root', os.path.join(self.folder, f'{self.shots:02d}-{what}.png')],
                           check=False)


def week_rows(plan):
    """What each week holds: "0:narrow-stance-squat 3x10 3:…"."""
    rows = []
    for week in plan['weeks']:
        row = []
        for d, day in enumerate(week['days']):
            for session in day['sessions']:
                for item in session['items']:
                    row.append('%d:%s %dx%d' % (d, item['exercise'], item.get('sets', 0), item.get('reps', 0)))
        rows.append(' '.join(row))
    return rows


def expected_rows():
    rows = []
    for stage, exercise in zip(STAGES, IDS):
        for prescription in stage[8]:
            rows.append(' '.join('%d:%s %s' % (DAY_INDEX[day], exercise, prescription) for day in stage[4]))
    return rows


def main(binary):
    folder = tempfile.mkdtemp(prefix='regimen-pistol-walk-')
    path = os.path.join(folder, 'pistol.regimen.json')
    walk = Walk()
    config.typingDelay = 0.01
    config.actionDelay = 0.1
    config.defaultDelay = 0.1

    with launched(binary) as proc:
        app = find_app(binary)
        check(app is not None, 'the application is on the accessibility bus')
        if app is None:
            return
        frame = wait_for(lambda: [f for f in app.children if f.roleName == 'frame' and f.showing][0], timeout=30)
        check(frame is not None, 'the main window shows')
        if frame is None:
            return
        wait_for(lambda: app.findChildren(lambda n: n.focused, showingOnly=False), timeout=30)
        height = frame.size[1]
        # Where keys go to the window and no popover lies: the library's
        # bottom left corner.
        park = (8, height - 8)

        def label(text):
            return bool(frame.findChildren(lambda n: n.roleName == 'label' and n.name == text))

        def window(name):
            found = [w for w in app.children if w.name == name]
            return found[0] if found else None

        def says(n, text):
            """Whether @n is named @text, or described so: a field is named
            by its visible label, the longer words kept as its description."""
            return n.name.startswith(text) or (n.description or '').startswith(text)

        def node(root, name, role):
            # GTK 4.8 names a field by its accessible label and then its
            # mnemonic label: "Sets Sets".
            # Since names are said once, the longer words are its description.
            return find(root, lambda n: n.roleName == role and (n.name == name or n.name.startswith(name + ' ')
                                                                 or n.description == name), timeout=10)

        def focused(role, name=''):
            """Whether the focus is on a node of @role whose name starts with @name."""
            node = focused_node(app)
            return node is not None and node.roleName == role and (node.name.startswith(name)
                                                                   or (node.description or '').startswith(name))

        def over(dialog):
            """The pointer on @dialog's title, for its keys (nodes in
            dialogs say they are not showing: only their focus is read)."""
            x, y = dialog.position
            rawinput.absoluteMotion(x + dialog.size[0] // 2, y + 12)

        def key_until(combo, condition, tries=3, timeout=5):
            """A key pressed, again should it have gone to a popover that
            was closing; true once condition holds."""
            for _ in range(tries):
                walk.keys(combo)
                if wait_for(condition, timeout=timeout):
                    return True
                walk.actions -= 1
            return False

        def toast(text):
            return wait_for(lambda: frame.findChildren(lambda t: t.roleName == 'label' and t.name == text))

        def item_rows(day, exercise):
            column = find_day(frame, day)
            return [n for n in column.findChildren(lambda n: n.roleName == 'list item'
                                                   and n.name.startswith(exercise + ','))]

        def open_editor(day, exercise):
            row = wait_for(lambda: item_rows(day, exercise)[0])
            if row is None:
                return False
            walk.click(centre(row))
            rawinput.absoluteMotion(*park)
            return wait_for(lambda: focused('spin button', 'Sets'))

        def close_editor(exercise):
            walk.keys('Escape')
            return wait_for(lambda: focused('list item', exercise + ','))

        def edit_fields(fields):
            if 'sets' in fields:
                walk.replace(str(fields['sets']))        # Sets has the focus
            if fields.get('per_side'):
                key_until('<Alt>d', lambda: any(focused(r, 'Each side') for r in ('check box', 'toggle button', 'switch')))
                walk.keys('Return')
            if 'rest' in fields:
                key_until('<Alt>e', lambda: focused('spin button', 'Rest'))
                walk.replace(str(fields['rest']))

        def row_text():
            row = focused_node(app)
            labels = row.findChildren(lambda n: n.roleName == 'label') if row.roleName == 'list item' else []
            return labels[0].name if labels else None

        def set_rule(exercise, rule, cap, whole_week):
            key_until('<Alt>o', lambda: focused('toggle button', 'Progression') or focused('push button', 'Progression')
                      or app.findChildren(lambda n: n.roleName == 'combo box' and says(n, 'Progression rule'),
                                          showingOnly=False))
            # The drop-down's list: Down until the focused row reads the
            # rule (its rows are named by their label only), Return. What
            # was chosen is read from the saved file: the drop-down's own
            # label is not told apart from its rows' over AT-SPI.
            key_until('<Alt>c', lambda: focused('list item', ''))
            for _ in range(10):
                if wait_for(lambda: row_text() == rule, timeout=1):
                    break
                walk.keys('Down')
            check(row_text() == rule, f'{exercise}: the rule “{rule}” is the row in focus')
            walk.keys('Return')
            wait_for(lambda: focused('combo box', 'Progression rule'))
            key_until('<Alt>p', lambda: focused('spin button', 'Up to'))
            walk.replace(str(cap))
            # “For each of its N days this week” is on by default where the
            # week holds the exercise on other days: the toast says on how
            # many days the rule was applied (the box is not found over
            # AT-SPI); Alt+F turns it off for the way before it.
            if not whole_week:
                walk.keys('<Alt>f')
                walk.actions -= 1  # not a step of the way before the box

        started = time.monotonic()

        # 1. A blank plan of twelve weeks, its settings.
        rawinput.absoluteMotion(*park)
        walk.keys('<Control>n')
        chooser = wait_for(lambda: window('New Plan from a Template'))
        check(chooser is not None, 'Ctrl+N offers a blank plan or a template')
        if chooser is None:
            return
        weeks = node(chooser, 'Number of weeks in the blank plan', 'spin button')
        walk.click(centre(weeks))
        walk.replace('12')
        walk.shot('new-plan')
        walk.click(centre(node(chooser, 'Create a Blank Plan', 'push button')))
        check(wait_for(lambda: label('Week 1 of 12'), timeout=20), 'a blank plan of twelve weeks')

        rawinput.absoluteMotion(*park)
        walk.keys('<Control>comma')
        settings = wait_for(lambda: window('Plan Settings'))
        check(settings is not None, 'Ctrl+, opens the plan settings')
        if settings is None:
            return
        over(settings)
        wait_for(lambda: focused('text', 'Title'))
        walk.type('Pistol Squat in Twelve Weeks')
        walk.keys('Tab')
        walk.keys('Return')   # Enter on the start date's row goes to its field
        check(wait_for(lambda: focused('text', 'Starts on') or focused('text', 'A date such as')),
              'Enter on the start date goes to its field')
        walk.type('2026-12-07')
        walk.keys('Return')
        check(wait_for(lambda: frame.findChildren(
            lambda n: n.roleName == 'label' and ' – ' in n.name and n.name[:1].isdigit())),
            'a start date gives the weeks dates')
        level = node(settings, 'Training level', 'combo box')
        walk.click(centre(level))
        over(settings)
        check(wait_for(lambda: focused('list item', '')), 'a click on the level opens its list')
        walk.keys('Down')
        walk.keys('Return')
        wait_for(lambda: focused('combo box', 'Training level'))
        load = node(settings, 'Usual weekly load', 'spin button')
        walk.click(centre(load))
        wait_for(lambda: focused('spin button', 'Usual weekly load'))
        walk.replace('360')
        walk.keys('Tab')
        walk.shot('plan-settings')
        walk.keys('Escape')
        check(wait_for(lambda: window('Plan Settings') is None or focused_node(frame) is not None),
              'Escape closes the settings')

        # 2. The stages.
        for n, (block, goal, search, exercise, days, fields, rule, cap, _weeks) in enumerate(STAGES):
            rawinput.absoluteMotion(*park)
            walk.keys('<Control><Shift>b')
            asked = wait_for(lambda: window('New Block'))
            check(asked is not None, f'Ctrl+Shift+B asks for block {n + 1}')
            if asked is None:
                return
            over(asked)
            wait_for(lambda: focused('text', 'Name'))
            walk.type(block)
            walk.keys('Tab')
            walk.type(goal)
            walk.keys('Return')
            check(wait_for(lambda: label(f'{block} · week 1 of 3')),
                  f'{block}: a block of three weeks, its first week in view')
            rawinput.absoluteMotion(*park)

            walk.keys('<Control>f')
            walk.replace(search)
            card = wait_for(lambda: [c for c in frame.findChildren(
                lambda c: c.name == exercise and c.roleName == 'filler') if c.position[0] >= 0][0])
            check(card is not None, f'the search finds {exercise}')
            if card is None:
                return
            for day in days:
                walk.drag(centre(card), centre(find_day(frame, day)))
                check(wait_for(lambda: item_rows(day, exercise)), f'{exercise} dropped on {day}')
            walk.shot(f'stage-{n + 1}-dropped')

            # The other days' prescriptions first: a rule progresses each
            # day from its own.
            for d, day in reversed(list(enumerate(days))):
                ruled = d == 0 or EACH_DAY
                if not fields and not ruled:
                    continue
                check(open_editor(day, exercise), f'{exercise}, {day}: its editor opens')
                edit_fields(fields)
                if ruled:
                    set_rule(exercise, rule, cap, not EACH_DAY)
                    if n == 1 and d == 0:
                        walk.shot('item-editor-rule')
                    walk.keys('<Alt>a')
                    if EACH_DAY:
                        said = f'{exercise} progressed over the next 2 weeks'
                    else:
                        said = f'{exercise} progressed on {len(days)} days over the next 2 weeks'
                    check(toast(said), f'{exercise}, {day}: “{said}”')
                check(close_editor(exercise), f'{exercise}, {day}: Escape closes its editor')

        # 3. Lighter weeks 12 and 6: the view is on week 10, the last
        # block's first; Alt+Right and Alt+Left go from week to week.
        rawinput.absoluteMotion(*park)
        shown = 10
        for week in (12, 6):
            while shown != week:
                step = 1 if week > shown else -1
                walk.keys('<Alt>Right' if step > 0 else '<Alt>Left')
                shown += step
                wait_for(lambda: label(f'Week {shown} of 12'))
            check(label(f'Week {week} of 12'), f'Alt+arrows go to week {week}')
            walk.keys('<Control><Shift>l')
            asked = wait_for(lambda: window(f'Make Week {week} a Lighter Week?'))
            check(asked is not None, f'Ctrl+Shift+L asks how much lighter week {week} is')
            if asked is None:
                return
            over(asked)
            walk.keys('Return')
            check(wait_for(lambda: label('Lighter week')), f'week {week} is a lighter week')
            rawinput.absoluteMotion(*park)
        walk.keys('<Control><Alt>2')
        walk.shot('overview')

        # 4. The check: no warning, no error in any week; Save.
        rows = wait_for(lambda: [r.name for r in frame.findChildren(
            lambda r: r.roleName == 'list item' and r.name.startswith('Week '), showingOnly=False)])
        graver = [r for r in rows or [] if 'worst: warning' in r or 'worst: error' in r]
        check(len(rows or []) == 12 and not graver, f'no week has a warning or an error: {graver or rows}')
        rawinput.absoluteMotion(*park)
        walk.keys('<Control>s')
        chooser = wait_for(lambda: window('Save Plan'))
        check(chooser is not None, 'Ctrl+S asks where to save')
        if chooser is None:
            return
        over(chooser)
        wait_for(lambda: focused('text'))
        walk.replace(path)
        walk.keys('Return')
        check(wait_for(lambda: os.path.exists(path) and not frame.name.startswith('•'), timeout=30),
              'the plan is saved')
        elapsed = time.monotonic() - started
        print(f'# the walk took {elapsed:.0f} s and {walk.actions} actions'
              f'{" (each day its own rule)" if EACH_DAY else ""}', file=tap, flush=True)
        rawinput.keyCombo('<Control>q')
        proc.wait(timeout=20)

    # The file.
    with open(path) as f:
        plan = json.load(f)
    check(plan.get('title') == 'Pistol Squat in Twelve Weeks' and plan.get('athlete', {}).get('level') == 'intermediate'
          and plan['athlete'].get('baseline_weekly_load') == 360, f'the settings: {plan.get("athlete")}')
    check([(b['name'], b.get('goal'), b['weeks']) for b in plan.get('blocks', [])]
          == [(s[0], s[1], 3) for s in STAGES], f'four blocks of three weeks: {plan.get("blocks")}')
    rows = week_rows(plan)
    check(rows == expected_rows(), 'the rules wrote the stages’ weeks: ' + ' | '.join(rows))
    check([i + 1 for i, w in enumerate(plan['weeks']) if w.get('lighter')] == [6, 12], 'weeks 6 and 12 are lighter')
    sources = [i['progression'] for w in plan['weeks'] for d in w['days'] for s in d['sessions'] for i in s['items']
               if 'progression' in i]
    members = [p.get('member') for p in sources]
    check(members == ['reps'] * 2 + ['sets'] * 7, f'the rules chosen: repetitions, then sets: {members}')
    check(len(sources) == 9 and all(p['weeks'] == 3 and p['step'] == 1 for p in sources),
          f'nine rules, each of a step and three weeks: {sources}')
    for name in os.listdir(folder):
        os.unlink(os.path.join(folder, name))
    os.rmdir(folder)


def main_with_traceback(binary):
    try:
        main(binary)
    except Exception:
        traceback.print_exc(file=sys.stderr)
        check(False, 'the walk ran to its end')


run(main_with_traceback)
