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
#  3. Weeks 12 and 6 reached with Alt+arrows and made lighter
#     (Ctrl+Shift+L, Enter).
#  4. The plan overview (Ctrl+Alt+2): no week shows a warning or an
#     error; Ctrl+S saves.
#
# The saved file is then read: the settings, the blocks, the weeks the
# rules wrote (the arithmetic of tests/cli/test-pistol-path.sh: repetitions
# and sets rising by one a week up to the caps), the lighter weeks scaled,
# the fields typed.
#
# Keys: with no window manager they go to the window under the pointer, and
# a drop-down's list selects the row under the pointer, so the pointer is
# parked on the window's bottom left corner (the library, which no popover
# of the week covers) before keys are typed into a popover. Every step
# waits for what it did, read back through AT-SPI (the focus as the
# application reports it, the week's labels, the window's title, a
# toast), never for a fixed time; a wait that fails says what it expected
# and what it saw, and ends the walk. The reads stay cheap: a search of
# the whole window costs seconds on a loaded machine (see
# regimen_e2e.FocusTracker and search()).
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

from regimen_e2e import FocusTracker, centre, check, config, find_app, launched, pyatspi, rawinput, run, search, \
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


class Stop(Exception):
    """A step whose result never showed: the walk ends there, its check
    having said what was expected and what was seen."""


def main(binary):
    folder = tempfile.mkdtemp(prefix='regimen-pistol-walk-')
    path = os.path.join(folder, 'pistol.regimen.json')
    try:
        if walk_window(binary, path):
            check_file(path)
    finally:
        for name in os.listdir(folder):
            os.unlink(os.path.join(folder, name))
        os.rmdir(folder)


def walk_window(binary, path):
    """The walk in the window, up to the saved file; true when it got there."""
    walk = Walk()
    # Each step waits for what the one before did: dogtail's own pauses
    # after each key and click only pace the events.
    config.typingDelay = 0.01
    config.actionDelay = 0.05
    config.defaultDelay = 0.05
    focus = FocusTracker()

    with launched(binary) as proc:
        app = find_app(binary)
        check(app is not None, 'the application is on the accessibility bus')
        if app is None:
            return False
        frame = wait_for(lambda: [f for f in app.children if f.roleName == 'frame' and f.showing][0], timeout=30)
        check(frame is not None, 'the main window shows')
        if frame is None:
            return False
        try:
            walk_steps(walk, app, frame, focus, path)
        except Stop:
            return False
        rawinput.keyCombo('<Control>q')
        proc.wait(timeout=20)
    return True


def walk_steps(walk, app, frame, focus, path):
    def need(condition, what, seen, timeout=10):
        """Waits for condition; a failure is checked, saying what was
        expected and what seen() gives then, and ends the walk."""
        value = wait_for(condition, timeout=timeout)
        if not value:
            try:
                saw = seen()
            except Exception as error:  # what was to be read went away
                saw = f'nothing could be read: {error}'
            check(False, f'{what}: expected, but {saw}')
            walk.shot('failed')
            raise Stop(what)
        return value

    def expect(condition, what, seen, timeout=10):
        """As need(), and a passed check too."""
        value = need(condition, what, seen, timeout)
        check(True, what)
        return value

    def says(n, text):
        """Whether @n is named @text, or described so: a field is named
        by its visible label, the longer words kept as its description."""
        return (n.name or '').startswith(text) or (n.description or '').startswith(text)

    def focus_now():
        """The focused node: in a dialog, searched there first (its entries
        do not all tell, and the window below keeps the focus it had);
        else the node last heard of."""
        return focus.current([w for w in app.children if w != frame])

    def focused(role, name=''):
        """Whether the focus is on a node of @role named (or described) @name."""
        node = focus_now()
        return node is not None and node.roleName == role and says(node, name)

    def on_drop_down(name):
        """Whether the focus is on the drop-down @name, its list closed:
        on the drop-down or on its button (GTK 4.8's unnamed
        GtkToggleButton inside it)."""
        node = focus_now()
        if node is None or node.roleName == 'list item':
            return False
        for _ in range(3):
            if node is None:
                return False
            if node.roleName == 'combo box' and says(node, name):
                return True
            node = node.parent
        return False

    def focus_seen():
        node = focus_now()
        if node is None:
            return 'nothing has the focus'
        try:
            return f'the focus is on {node.roleName} “{node.name}” ({node.description or "no description"})'
        except Exception:
            return 'the focus is on a node that went away'

    def need_focus(role, name, what, timeout=10):
        need(lambda: focused(role, name), f'{what}: the focus on {role} “{name}”', focus_seen, timeout)

    def big(n):
        """The subtrees no search needs to enter: the library's rows,
        the week's days (searched on their own), the overview's rows, the
        filters."""
        return (n.get_role_name(), n.get_name()) in (('list', 'Exercises'), ('panel', 'Days of the week'),
                                                     ('list', 'Weeks of the plan'), ('panel', 'Filters'))

    places = {}

    def place(role, name, within=None):
        """The node of @role named @name, found once below @within (the
        window) and kept while it still answers so: the window keeps these
        widgets for its life."""
        node = places.get((role, name))
        try:
            if node is not None and node.get_role_name() == role and node.get_name() == name:
                return node
        except Exception:
            pass
        found = search(within or frame, lambda n: n.get_role_name() == role and n.get_name() == name,
                       prune=lambda n: big(n) and (n.get_role_name(), n.get_name()) != (role, name), first=True)
        places[(role, name)] = found[0] if found else None
        return places[(role, name)]

    def week_labels():
        """The labels of the week view, less those of its days."""
        page = place('panel', 'Week')
        return [n.get_name() for n in search(page, lambda n: n.get_role_name() == 'label', prune=big)] if page else []

    def label(text):
        return text in week_labels()

    def labels_seen():
        return f'the week view shows {week_labels()}'

    def window(name):
        found = [w for w in app.children if w.name == name]
        return found[0] if found else None

    def windows_seen():
        return f'the windows are {[w.name for w in app.children]}'

    def node(root, name, role):
        found = search(root, lambda n: n.get_role_name() == role and says(n, name), first=True)
        return found[0] if found else None

    def over(dialog, what):
        """The pointer on @dialog's title, once the dialog is laid out (a
        button of it has a size), for its keys: with no window manager
        they go to the window under the pointer. Nodes in dialogs say they
        are neither showing nor active; entry rows (libadwaita 1.2) neither
        say they have the focus nor give their text over AT-SPI: what is
        typed into them is read back where the window shows it."""
        def laid_out(n):
            return n.get_role_name() == 'push button' and n.get_size().x > 0

        need(lambda: search(dialog, laid_out, first=True), f'{what}: the dialog is laid out',
             lambda: 'none of its buttons has a size')
        x, y = dialog.position
        rawinput.absoluteMotion(x + dialog.size[0] // 2, y + 12)

    def key_until(combo, condition, what, seen, tries=3, timeout=5):
        """A key pressed, again should it have gone to a popover that
        was closing, until condition holds."""
        for _ in range(tries):
            walk.keys(combo)
            if wait_for(condition, timeout=timeout):
                return
            walk.actions -= 1
        check(False, f'{what}: expected after {tries} × {combo}, but {seen()}')
        raise Stop(what)

    def type_until(text, condition, what, seen, tries=3, timeout=5):
        """Text typed into the focused field (over what it held, on a
        later try: keys typed while a dialog still moves its first focus
        are lost) until condition holds."""
        for attempt in range(tries):
            if attempt:
                rawinput.keyCombo('<Control>a')
            walk.type(text)
            if wait_for(condition, timeout=timeout):
                return
            walk.actions -= 1
        check(False, f'{what}: expected after {tries} tries, but {seen()}')
        raise Stop(what)

    def toasts():
        """The texts of the toasts shown over the window. A toast lives
        3 s: the search stays near the top of the window's tree, where the
        toast overlay puts them (six levels cover them; the views start
        deeper)."""
        return [n.get_name() for n in search(frame, lambda n: n.get_role_name() == 'label', prune=big, depth=6)]

    def day_column(day):
        days = place('panel', 'Days of the week', place('panel', 'Week'))
        found = [c for c in (days.children if days else []) if c.name == day]
        return found[0] if found else None

    def item_rows(day, exercise):
        column = day_column(day)
        return search(column, lambda n: n.get_role_name() == 'list item'
                      and n.get_name().startswith(exercise + ',')) if column else []

    def day_seen(day):
        column = day_column(day)
        if column is None:
            return lambda: f'no day column “{day}”'
        return lambda: 'the day holds ' + str([n.get_name() for n in search(
            column, lambda n: n.get_role_name() == 'list item')])

    def open_editor(day, exercise):
        row = need(lambda: item_rows(day, exercise)[0], f'{exercise} on {day}', day_seen(day))
        walk.click(centre(row))
        rawinput.absoluteMotion(*park)
        need_focus('spin button', 'Sets', f'{exercise}, {day}: a click opens its editor')

    def close_editor(exercise, day):
        walk.keys('Escape')
        need_focus('list item', exercise + ',', f'{exercise}, {day}: Escape closes its editor')

    def switch_on(day, name):
        column = day_column(day)
        found = search(column, lambda n: n.get_role_name() in ('switch', 'toggle button', 'check box')
                       and says(n, name), first=True) if column else []
        if not found:
            return None
        states = found[0].get_state_set()
        return states.contains(pyatspi.STATE_CHECKED) or states.contains(pyatspi.STATE_PRESSED)

    def edit_fields(fields, day, what):
        if 'sets' in fields:
            walk.replace(str(fields['sets']))        # Sets has the focus
        if fields.get('per_side'):
            # The mnemonic turns the switch on (a second one would turn
            # it off: no retry).
            walk.keys('<Alt>d')
            need(lambda: switch_on(day, 'Each side'), f'{what}: Alt+D turns “Each side” on',
                 lambda: f'the switch is {dict([(None, "not found"), (False, "off")]).get(switch_on(day, "Each side"))}')
        if 'rest' in fields:
            key_until('<Alt>e', lambda: focused('spin button', 'Rest'), f'{what}: Alt+E on “Rest”', focus_seen)
            walk.replace(str(fields['rest']))

    def row_text():
        row = focus_now()
        if row is None or row.roleName != 'list item':
            return None
        labels = search(row, lambda n: n.get_role_name() == 'label', first=True)
        return labels[0].get_name() if labels else None

    def set_rule(exercise, day, rule, cap, whole_week):
        # Alt+O unfolds Progression: its rule's drop-down is there then
        # (a second Alt+O would fold it again: one retry, late).
        def rule_box():
            column = day_column(day)
            return search(column, lambda n: n.get_role_name() == 'combo box' and says(n, 'Progression rule'),
                          first=True) if column else None

        key_until('<Alt>o', rule_box, f'{exercise}: Alt+O unfolds “Progression”',
                  lambda: 'no drop-down “Progression rule” is there; ' + focus_seen(), tries=2, timeout=10)
        key_until('<Alt>c', lambda: focused('list item', ''), f'{exercise}: Alt+C opens the rule’s list', focus_seen)
        # Down until the focused row reads the rule (its rows are named by
        # their label only), Return. What was chosen is read from the saved
        # file: the drop-down's own label is not told apart from its rows'
        # over AT-SPI.
        for _ in range(10):
            if wait_for(lambda: row_text() == rule, timeout=1):
                break
            walk.keys('Down')
        expect(lambda: row_text() == rule, f'{exercise}: the rule “{rule}” is the row in focus',
               lambda: f'the row in focus reads “{row_text()}”')
        walk.keys('Return')
        need(lambda: on_drop_down('Progression rule'), f'{exercise}: Enter chooses the rule, the list closes', focus_seen)
        key_until('<Alt>p', lambda: focused('spin button', 'Up to'), f'{exercise}: Alt+P on “Up to”', focus_seen)
        walk.replace(str(cap))
        # “For each of its N days this week” is on by default where the
        # week holds the exercise on other days: the toast says on how
        # many days the rule was applied (the box is not found over
        # AT-SPI); Alt+F turns it off for the way before it.
        if not whole_week:
            walk.keys('<Alt>f')
            walk.actions -= 1  # not a step of the way before the box

    times = []
    started = time.monotonic()
    lap = [started]

    def timed(what):
        now = time.monotonic()
        times.append(f'{what} {now - lap[0]:.0f} s')
        lap[0] = now

    need(focus_now, 'the window has the keyboard focus', focus_seen, timeout=30)
    height = frame.size[1]
    # Where keys go to the window and no popover lies: the library's
    # bottom left corner.
    park = (8, height - 8)

    # 1. A blank plan of twelve weeks, its settings.
    rawinput.absoluteMotion(*park)
    walk.keys('<Control>n')
    chooser = expect(lambda: window('New Plan from a Template'), 'Ctrl+N offers a blank plan or a template',
                     windows_seen)
    weeks = need(lambda: node(chooser, 'Number of weeks in the blank plan', 'spin button'),
                 'the blank plan’s number of weeks', lambda: 'no such spin button')
    walk.click(centre(weeks))
    need_focus('spin button', 'Number of weeks', 'a click on the number of weeks')
    walk.replace('12')
    walk.shot('new-plan')
    create = need(lambda: node(chooser, 'Create a Blank Plan', 'push button'), 'the button for a blank plan',
                  lambda: 'no such button')
    walk.click(centre(create))
    expect(lambda: label('Week 1 of 12'), 'a blank plan of twelve weeks', labels_seen, timeout=20)
    timed('blank plan')

    rawinput.absoluteMotion(*park)
    walk.keys('<Control>comma')
    settings = expect(lambda: window('Plan Settings'), 'Ctrl+, opens the plan settings', windows_seen)
    over(settings, 'the plan settings')
    # The title has the focus; the window's title follows it.
    title = 'Pistol Squat in Twelve Weeks'
    type_until(title, lambda: frame.name.lstrip('• ').startswith(title + ' – '), 'the title typed',
               lambda: f'the window is titled “{frame.name}”')
    walk.keys('Tab')
    walk.keys('Return')   # Enter on the start date's row goes to its field
    expect(lambda: focused('text', 'Starts on') or focused('text', 'A date such as'),
           'Enter on the start date goes to its field', focus_seen)
    walk.type('2026-12-07')
    walk.keys('Return')
    expect(lambda: [t for t in week_labels() if t.startswith('7 ') and ' – ' in t], 'a start date gives the weeks dates', labels_seen)
    level = need(lambda: node(settings, 'Training level', 'combo box'), 'the training level',
                 lambda: 'no such drop-down')
    walk.click(centre(level))
    over(settings, 'the training level')
    expect(lambda: focused('list item', ''), 'a click on the level opens its list', focus_seen)
    walk.keys('Down')
    walk.keys('Return')
    need(lambda: on_drop_down('Training level'), 'Enter chooses the level, the list closes', focus_seen)
    load = need(lambda: node(settings, 'Usual weekly load', 'spin button'), 'the usual weekly load',
                lambda: 'no such spin button')
    walk.click(centre(load))
    need_focus('spin button', 'Usual weekly load', 'a click on the usual weekly load')
    walk.replace('360')
    walk.keys('Tab')
    walk.shot('plan-settings')
    walk.keys('Escape')
    expect(lambda: window('Plan Settings') is None, 'Escape closes the settings', windows_seen)
    timed('settings')

    # 2. The stages.
    for n, (block, goal, search_text, exercise, days, fields, rule, cap, _weeks) in enumerate(STAGES):
        rawinput.absoluteMotion(*park)
        walk.keys('<Control><Shift>b')
        asked = expect(lambda: window('New Block'), f'Ctrl+Shift+B asks for block {n + 1}', windows_seen)
        over(asked, f'block {n + 1}')
        walk.type(block)   # the name has the focus
        walk.keys('Tab')
        walk.type(goal)
        walk.keys('Return')
        expect(lambda: {f'{block} · week 1 of 3', goal} <= set(week_labels()),
               f'{block}: a block of three weeks, its first week in view, its goal said', labels_seen)
        rawinput.absoluteMotion(*park)

        walk.keys('<Control>f')
        need_focus('entry', 'Search exercises', f'{block}: Ctrl+F')
        walk.replace(search_text)

        def card():
            library = place('list', 'Exercises')
            cards = [c for row in library.children for c in row.children
                     if c.roleName == 'filler' and c.name == exercise and c.size[0] > 0]
            return cards[0]

        def library_seen():
            library = place('list', 'Exercises')
            return 'the library shows ' + str([c.name for row in library.children for c in row.children
                                               if c.size[0] > 0])

        found = expect(card, f'the search finds {exercise}', library_seen)
        for day in days:
            walk.drag(centre(found), centre(need(lambda: day_column(day), day, lambda: 'no such column')))
            expect(lambda: item_rows(day, exercise), f'{exercise} dropped on {day}', day_seen(day))
        walk.shot(f'stage-{n + 1}-dropped')

        # The other days' prescriptions first: a rule progresses each
        # day from its own.
        for d, day in reversed(list(enumerate(days))):
            ruled = d == 0 or EACH_DAY
            if not fields and not ruled:
                continue
            open_editor(day, exercise)
            edit_fields(fields, day, f'{exercise}, {day}')
            if ruled:
                set_rule(exercise, day, rule, cap, not EACH_DAY)
                if n == 1 and d == 0:
                    walk.shot('item-editor-rule')
                walk.keys('<Alt>a')
                if EACH_DAY:
                    said = f'{exercise} progressed over the next 2 weeks'
                else:
                    said = f'{exercise} progressed on {len(days)} days over the next 2 weeks'
                expect(lambda: said in toasts(), f'{exercise}, {day}: “{said}”',
                       lambda: f'the toasts say {toasts()}')
            close_editor(exercise, day)
        timed(f'stage {n + 1}')

    # 3. Lighter weeks 12 and 6: the view is on week 10, the last
    # block's first; Alt+Right and Alt+Left go from week to week.
    rawinput.absoluteMotion(*park)
    shown = 10
    for week in (12, 6):
        while shown != week:
            step = 1 if week > shown else -1
            walk.keys('<Alt>Right' if step > 0 else '<Alt>Left')
            shown += step
            need(lambda: label(f'Week {shown} of 12'), f'Alt+arrow to week {shown}', labels_seen)
        check(True, f'Alt+arrows go to week {week}')
        walk.keys('<Control><Shift>l')
        asked = expect(lambda: window(f'Make Week {week} a Lighter Week?'),
                       f'Ctrl+Shift+L asks how much lighter week {week} is', windows_seen)
        over(asked, f'week {week}')
        walk.keys('Return')
        expect(lambda: label('Lighter week'), f'week {week} is a lighter week', labels_seen)
        rawinput.absoluteMotion(*park)
    walk.keys('<Control><Alt>2')
    timed('lighter weeks')

    # 4. The check: no warning, no error in any week; Save. The check
    # runs with each change, so once the rows show week 6 lighter they
    # show the plan as it is.
    def rows():
        overview = place('list', 'Weeks of the plan')
        return [r.name for r in overview.children if r.roleName == 'list item'] if overview else []

    expect(lambda: len(rows()) == 12 and 'lighter week' in rows()[5] and 'lighter week' in rows()[11],
           'the overview shows the twelve weeks, 6 and 12 lighter', lambda: f'its rows are {rows()}')
    walk.shot('overview')
    graver = [r for r in rows() if 'worst: warning' in r or 'worst: error' in r]
    check(not graver, f'no week has a warning or an error: {graver or rows()}')
    rawinput.absoluteMotion(*park)
    walk.keys('<Control>s')
    chooser = expect(lambda: window('Save Plan'), 'Ctrl+S asks where to save', windows_seen)
    over(chooser, 'the file chooser')
    need_focus('text', '', 'the file chooser')
    walk.replace(path)
    walk.keys('Return')
    expect(lambda: os.path.exists(path) and not frame.name.startswith('•'), 'the plan is saved',
           lambda: f'the file is {"there" if os.path.exists(path) else "not there"}, the window is “{frame.name}”',
           timeout=30)
    timed('check and save')
    elapsed = time.monotonic() - started
    print(f'# the walk took {elapsed:.0f} s and {walk.actions} actions'
          f'{" (each day its own rule)" if EACH_DAY else ""}: {", ".join(times)}', file=tap, flush=True)


def check_file(path):
    """The saved file: the settings, the blocks, the weeks the rules wrote
    (the arithmetic of tests/cli/test-pistol-path.sh), the lighter weeks."""
    with open(path) as f:
        plan = json.load(f)
    check(plan.get('title') == 'Pistol Squat in Twelve Weeks' and plan.get('athlete', {}).get('level') == 'intermediate'
          and plan['athlete'].get('baseline_weekly_load') == 360, f'the settings: {plan.get("athlete")}')
    check([(b['name'], b.get('goal'), b['weeks']) for b in plan.get('blocks', [])]
          == [(s[0], s[1], 3) for s in STAGES], f'four blocks of three weeks: {plan.get("blocks")}')
    rows = week_rows(plan)
    wrong = [f'week {w + 1}: expected “{e}”, saw “{r}”' for w, (e, r) in enumerate(zip(expected_rows(), rows)) if e != r]
    check(len(rows) == 12 and not wrong, 'the rules wrote the stages’ weeks, the lighter ones scaled: '
          + ('; '.join(wrong) if wrong else ' | '.join(rows)))
    check([i + 1 for i, w in enumerate(plan['weeks']) if w.get('lighter')] == [6, 12], 'weeks 6 and 12 are lighter')
    typed = [(i.get('per_side'), i.get('rest_seconds')) for w in plan['weeks'][3:6] for d in w['days']
             for s in d['sessions'] for i in s['items']]
    check(typed == [(True, 90)] * 6, f'the isometric pistol each side, 90 s rest, as typed: {typed}')
    sources = [i['progression'] for w in plan['weeks'] for d in w['days'] for s in d['sessions'] for i in s['items']
               if 'progression' in i]
    members = [p.get('member') for p in sources]
    check(members == ['reps'] * 2 + ['sets'] * 7, f'the rules chosen: repetitions, then sets: {members}')
    check(len(sources) == 9 and all(p['weeks'] == 3 and p['step'] == 1 for p in sources),
          f'nine rules, each of a step and three weeks: {sources}')


def main_with_traceback(binary):
    try:
        main(binary)
    except Exception:
        traceback.print_exc(file=sys.stderr)
        check(False, 'the walk ran to its end')


run(main_with_traceback)
