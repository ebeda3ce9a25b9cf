#!/usr/bin/python3
# Drags exercises from the library onto the week with the real pointer, as a
# person would, and reads the result back through AT-SPI.
import os
import shutil
import tempfile
import time

from regimen_e2e import centre, check, find, find_app, find_day, launched, rawinput, run, search_library, wait_for

NO_WEEKS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'fixtures', 'ui', 'no-weeks.regimen.json')


def main(binary):
    with launched(binary):
        app = find_app(binary)
        check(app is not None, 'the application is on the accessibility bus')
        if app is None:
            return
        frame = app.child(roleName='frame', retry=True)

        # The library is in A–Z order: the squat is found by searching for
        # it, and dragged once the search has put it first: half a second
        # after typing, the list could still be moving under AddressSanitizer
        # on a loaded machine, and the drag began where the squat had been
        # (session 35's sanitizer lane), as test-restore.py found before.
        library = find(frame, lambda n: n.roleName == 'list' and n.name == 'Exercises')
        searched = library is not None and search_library(library, 'Narrow Stance Squat')
        squat = find(frame, lambda n: n.name == 'Narrow Stance Squat' and n.roleName == 'filler'
                     and n.position[0] >= 0) if searched else None
        wednesday = find_day(frame, 'Wednesday')
        check(squat is not None, 'the library lists Narrow Stance Squat')
        check(wednesday is not None, 'the week has a Wednesday')
        if squat is None or wednesday is None:
            return

        rawinput.dragWithTrajectory(centre(squat), centre(wednesday))
        card = find(wednesday, lambda n: n.name.startswith('Strength, RPE'))
        check(card is not None, 'dropping it on Wednesday makes a strength session there')
        item = find(wednesday, lambda n: n.name.startswith('Narrow Stance Squat, 3 × 10'))
        check(item is not None, 'the session holds the squat with its default prescription')
        check(frame.name.startswith('•'), 'the plan is marked as changed')

        # Ctrl+F searches the library.
        rawinput.keyCombo('<Control>f')
        rawinput.typeText('pelvic')
        time.sleep(0.5)
        count = find(frame, lambda n: n.roleName == 'label' and n.name.startswith('1 of '))
        check(count is not None, 'typing “pelvic” narrows the library to one exercise')
        pelvic = find(frame, lambda n: n.name == 'Pelvic Tilt' and n.roleName == 'filler' and n.position[0] >= 0)
        check(pelvic is not None, 'the library finds Pelvic Tilt')
        if pelvic is not None and card is not None:
            rawinput.dragWithTrajectory(centre(pelvic), centre(card))
            added = find(wednesday, lambda n: n.name.startswith('Pelvic Tilt'))
            check(added is not None, 'dropping on the session adds the exercise to it')
            sessions = wednesday.findChildren(lambda n: n.name.startswith('Strength, RPE'))
            check(len(sessions) == 1, 'and makes no second session')

            # Dragged onto the top half of the squat, the tilt goes first.
            squat_row = find(wednesday, lambda n: n.name.startswith('Narrow Stance Squat, 3 × 10'))
            tilt_row = find(wednesday, lambda n: n.name.startswith('Pelvic Tilt'))
            if squat_row is not None and tilt_row is not None:
                x, y = squat_row.position
                rawinput.dragWithTrajectory(centre(tilt_row), (x + squat_row.size[0] // 2, y + 3))

                def order():
                    rows = sorted(wednesday.findChildren(
                        lambda n: n.name.startswith(('Narrow Stance Squat, 3', 'Pelvic Tilt'))
                        and n.roleName == 'list item'), key=lambda n: n.position[1])
                    return [r.name.split(',')[0] for r in rows] == ['Pelvic Tilt', 'Narrow Stance Squat']
                check(wait_for(order) is not None, 'dragging an exercise above another reorders the session')

        if card is not None:
            friday = find_day(frame, 'Friday')
            # Grabbed by its title: the middle of a card is an item.
            x, y = card.position
            rawinput.dragWithTrajectory((x + card.size[0] // 2, y + 10), centre(friday))
            moved = find(friday, lambda n: n.name.startswith('Strength, RPE'))
            check(moved is not None, 'a session dragged to Friday moves there')
            left = wednesday.findChildren(lambda n: n.name.startswith('Strength, RPE'))
            check(len(left) == 0, 'and leaves Wednesday')

    no_weeks(binary)


def no_weeks(binary):
    """A plan whose weeks were all removed shows an empty week 1: an
    exercise dropped on one of its days makes that week and the session,
    and one Ctrl+Z takes both back (adv-pass-5 W0)."""
    folder = tempfile.mkdtemp(prefix='regimen-no-weeks-')
    path = os.path.join(folder, 'no-weeks.regimen.json')
    shutil.copy(NO_WEEKS, path)
    # Working copies of its own: the run before may have left one to offer.
    os.environ['XDG_DATA_HOME'] = os.path.join(folder, 'data')
    try:
        with launched(binary, args=[path]):
            app = find_app(binary)
            if app is None:
                check(False, 'the application is on the accessibility bus with a plan of no weeks')
                return
            frame = wait_for(lambda: [f for f in app.children if f.roleName == 'frame'
                                      and 'Every week removed' in f.name][0], timeout=20)
            check(frame is not None, 'the plan of no weeks opens')
            if frame is None:
                return
            library = find(frame, lambda n: n.roleName == 'list' and n.name == 'Exercises')
            searched = library is not None and search_library(library, 'Narrow Stance Squat')
            squat = find(frame, lambda n: n.name == 'Narrow Stance Squat' and n.roleName == 'filler'
                         and n.position[0] >= 0) if searched else None
            thursday = find_day(frame, 'Thursday')
            if squat is None or thursday is None:
                check(False, 'the library lists Narrow Stance Squat and the empty week a Thursday')
                return
            rawinput.dragWithTrajectory(centre(squat), centre(thursday))
            card = find(thursday, lambda n: n.name.startswith('Strength, RPE'))
            check(card is not None and frame.name.startswith('•'),
                  'dropped on Thursday of the empty week, it makes a session there')
            rawinput.keyCombo('<Control>z')
            gone = wait_for(lambda: not thursday.findChildren(lambda n: n.name.startswith('Strength, RPE'))
                            and not frame.name.startswith('•'))
            check(gone is not None, 'one Ctrl+Z takes the session and the week back: the plan is as saved')
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == '__main__':
    run(main)
