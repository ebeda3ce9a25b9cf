#!/usr/bin/python3
# Blocks and lighter weeks with key events only, on a 1366×768 screen (see
# meson.build): no pointer event reaches the window and no accessibility
# action stands in for a key. The accessibility tree is only read, to wait
# for what each key did.
#
#  1. A four-week plan opens; its first three weeks are the block
#     “Accumulation”, and the header says so with the block's goal.
#  2. Ctrl+Shift+L asks how much lighter, with the default shares; Enter
#     makes the week lighter, which the header says in words; Ctrl+Z
#     takes it back.
#  3. Ctrl+Shift+B asks for a new block: a name typed and Enter add it
#     after Accumulation, and the view shows its first week.
#  4. Ctrl+Alt+Page Up moves it before Accumulation, the view following.
#  5. Ctrl+Shift+E opens the block's dialog; Escape closes it.
#
# With REGIMEN_E2E_SHOTS=FOLDER the screen is saved there after each of
# these steps, as NN-what.png.
import json
import os
import subprocess
import tempfile

from regimen_e2e import check, config, find_app, launched, rawinput, run, wait_for


def shot(what):
    folder = os.environ.get('REGIMEN_E2E_SHOTS')
    if folder:
        shot.count = getattr(shot, 'count', 0) + 1
        subprocess.run(['import', '-window', 'root', os.path.join(folder, f'{shot.count:02d}-{what}.png')], check=False)


def write_plan(path):
    empty = {'sessions': []}

    def week(title):
        return {'days': [
            {'sessions': [{'title': title, 'kind': 'strength', 'rpe': 8, 'minutes': 40,
                           'items': [{'exercise': 'barbell-back-squat', 'sets': 5, 'reps': 5,
                                      'load_percent_1rm': 75}]}]},
            empty, empty, empty, empty, empty, empty]}

    plan = {
        'format': 'regimen-plan', 'version': 1, 'title': 'Blocks', 'start_date': '2026-11-23',
        'athlete': {'level': 'intermediate', 'baseline_weekly_load': 600},
        'blocks': [{'name': 'Accumulation', 'goal': 'Build volume', 'weeks': 3}],
        'weeks': [week(f'Squat {n}') for n in range(1, 5)]}
    with open(path, 'w') as f:
        json.dump(plan, f)


def main(binary):
    folder = tempfile.mkdtemp(prefix='regimen-keyboard-blocks-')
    path = os.path.join(folder, 'blocks.regimen.json')
    write_plan(path)

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

        def label(text):
            """Whether a label reading text shows in the window."""
            return bool(frame.findChildren(lambda n: n.roleName == 'label' and n.name == text))

        def dialog(heading):
            """The dialog whose heading is heading, or None."""
            # A dialog is named by its heading (and says it is not
            # showing, whether it is or not).
            dialogs = [w for w in app.children if w.roleName == 'dialog' and w.name == heading]
            return dialogs[0] if dialogs else None

        # 1.
        check(wait_for(lambda: label('Accumulation · week 1 of 3'), timeout=20),
              'the header names the block and the week’s place in it')
        check(label('Build volume'), 'and the block’s goal')
        check(wait_for(lambda: app.findChildren(lambda n: n.focused, showingOnly=False), timeout=20),
              'the main window has the keyboard focus')
        shot('block')

        # 2.
        rawinput.keyCombo('<Control><Shift>l')
        asked = wait_for(lambda: dialog('Make Week 1 a Lighter Week?'))
        check(asked is not None, 'Ctrl+Shift+L asks how much lighter')
        if asked is None:
            return
        spins = asked.findChildren(lambda n: n.roleName == 'spin button', showingOnly=False)
        check([(s.name, s.description) for s in spins]
              == [('Volume (%)', 'Sets, interval rounds and given minutes'),
                  ('Intensity (%)', 'Load in percent of 1RM, and session RPE')],
              f'with the shares named and described: {[(s.name, s.description) for s in spins]}')
        check([s.value for s in spins] == [60, 90], f'and the defaults: {[s.value for s in spins]}')
        shot('lighter-dialog')
        rawinput.pressKey('Return')
        check(wait_for(lambda: label('Lighter week')), 'Enter makes the week lighter, said in words')
        shot('lighter')
        rawinput.keyCombo('<Control>z')
        check(wait_for(lambda: not label('Lighter week')), 'Ctrl+Z takes it back')

        # 3.
        rawinput.keyCombo('<Control><Shift>b')
        asked = wait_for(lambda: dialog('New Block'))
        check(asked is not None, 'Ctrl+Shift+B asks for a new block')
        if asked is None:
            return
        rawinput.typeText('Intensification')
        shot('new-block-dialog')
        rawinput.pressKey('Return')
        check(wait_for(lambda: label('Intensification · week 1 of 3')),
              'Enter adds it after Accumulation and shows its first week')
        check(label('Week 4 of 6'), 'from week 4, the plan now six weeks long')

        # 4.
        rawinput.keyCombo('<Control><Alt>Page_Up')
        check(wait_for(lambda: label('Week 1 of 6')), 'Ctrl+Alt+Page Up moves the block to the front')
        check(label('Intensification · week 1 of 3'), 'the view following it')
        shot('moved')

        # 5.
        rawinput.keyCombo('<Control><Shift>e')
        asked = wait_for(lambda: dialog('Edit Block'))
        check(asked is not None, 'Ctrl+Shift+E opens the block’s dialog')
        if asked is not None:
            fields = asked.findChildren(lambda n: n.roleName == 'text', showingOnly=False)
            check([n.name for n in fields] == ['Name', 'Goal (optional)'],
                  f'with its name and goal, each named: {[n.name for n in fields]}')
            shot('edit-dialog')
            rawinput.pressKey('Escape')
            check(wait_for(lambda: dialog('Edit Block') is None), 'Escape closes it')


run(main)
