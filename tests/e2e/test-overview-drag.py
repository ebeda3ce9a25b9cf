#!/usr/bin/python3
# The plan overview with the real pointer and keys, read back through
# AT-SPI: Ctrl+Alt+2 shows it; every week is a row named in words; a week
# dragged by its row below another moves there, and Ctrl+Z takes it back;
# a session chip dragged onto a day of another week moves to that day.
import os
import shutil
import tempfile

from regimen_e2e import check, find, find_app, launched, rawinput, run, wait_for

FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'fixtures', 'ui', 'blocks.regimen.json')


def rows_of(weeks):
    return sorted((n for n in weeks.children if n.roleName == 'list item'), key=lambda n: n.position[1])


def monday_titles(weeks):
    """The Monday session of each row, top to bottom: “Squat 2, …” → “Squat 2”."""
    titles = []
    for row in rows_of(weeks):
        chips = row.findChildren(lambda n: n.name.startswith('Squat ') and n.roleName == 'push button')
        titles.append(chips[0].name.split(',')[0] if chips else '-')
    return titles


def main(binary):
    folder = tempfile.mkdtemp(prefix='regimen-overview-')
    path = os.path.join(folder, 'blocks.regimen.json')
    shutil.copy(FIXTURE, path)

    try:
        with launched(binary, args=[path]):
            app = find_app(binary)
            check(app is not None, 'the application is on the accessibility bus')
            if app is None:
                return
            frame = wait_for(lambda: [f for f in app.children if f.roleName == 'frame' and f.showing][0], timeout=20)
            check(frame is not None, 'the main window shows')
            if frame is None:
                return

            rawinput.keyCombo('<Control><Alt>2')
            weeks = find(frame, lambda n: n.name == 'Weeks of the plan' and n.roleName == 'list',
                         timeout=10)
            check(weeks is not None, 'Ctrl+Alt+2 shows the plan overview')
            if weeks is None:
                return

            rows = rows_of(weeks)
            names = [r.name for r in rows]
            check(len(rows) == 6 and all(name.startswith(f'Week {i + 1}, ') and 'load ' in name
                                         for i, name in enumerate(names)),
                  f'each of the six weeks is a row named with its number, dates and load: {names}')
            check(wait_for(lambda: monday_titles(weeks) == [f'Squat {i}' for i in range(1, 7)]),
                  'the rows show their Monday sessions as chips')

            # Grabbed by its number, dropped on the lower half of week 3.
            first, third = rows[0], rows[2]
            x0, y0 = first.position
            x1, y1 = third.position
            rawinput.dragWithTrajectory((x0 + 30, y0 + first.size[1] // 2),
                                        (x1 + 30, y1 + third.size[1] * 3 // 4))
            moved = wait_for(lambda: monday_titles(weeks) == ['Squat 2', 'Squat 3', 'Squat 1',
                                                               'Squat 4', 'Squat 5', 'Squat 6'])
            check(moved, f'week 1 dragged below week 3 becomes week 3: {monday_titles(weeks)}')
            check(wait_for(lambda: frame.name.startswith('•')), 'the plan is marked as changed')

            rawinput.keyCombo('<Control>z')
            check(wait_for(lambda: monday_titles(weeks) == [f'Squat {i}' for i in range(1, 7)]),
                  'Ctrl+Z puts it back')

            # The easy run of week 4 (Friday) onto week 2's Tuesday.
            run_chip = find(weeks, lambda n: n.name.startswith('Easy run,') and n.roleName == 'push button')
            second = rows_of(weeks)[1]
            tuesday = find(second, lambda n: n.name == 'Tuesday of week 2')
            check(run_chip is not None and tuesday is not None, 'week 4 shows its easy run, week 2 its Tuesday')
            if run_chip is None or tuesday is None:
                return
            cx, cy = run_chip.position
            tx, ty = tuesday.position
            rawinput.dragWithTrajectory((cx + run_chip.size[0] // 2, cy + run_chip.size[1] // 2),
                                        (tx + tuesday.size[0] // 2, ty + max(tuesday.size[1] // 2, 4)))
            landed = wait_for(lambda: find(rows_of(weeks)[1], lambda n: n.name == 'Easy run, Cardio · RPE 4 · 30 min, Tuesday',
                                           timeout=1))
            check(landed is not None, 'a session chip dragged onto Tuesday of week 2 moves there')
            left = rows_of(weeks)[3].findChildren(lambda n: n.name.startswith('Easy run,'))
            check(not left, 'and leaves week 4')
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == '__main__':
    run(main)
