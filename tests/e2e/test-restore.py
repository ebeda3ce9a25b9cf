#!/usr/bin/python3
# Nothing is lost when Regimen is killed: a change made with the real
# pointer survives a SIGKILL and is offered back at the next start.
import time

from regimen_e2e import centre, check, find, find_app, find_day, launched, rawinput, run, search_library


def main(binary):
    with launched(binary, kill=True):
        app = find_app(binary)
        check(app is not None, 'the application starts')
        if app is None:
            return
        frame = app.child(roleName='frame', retry=True)
        # The library is in A–Z order: the squat is found by searching for
        # it, and dragged once the search has put it first (on a loaded
        # machine the list can still be moving half a second after typing).
        library = find(frame, lambda n: n.roleName == 'list' and n.name == 'Exercises')
        searched = library is not None and search_library(library, 'Narrow Stance Squat')
        squat = find(frame, lambda n: n.name == 'Narrow Stance Squat' and n.roleName == 'filler'
                     and n.position[0] >= 0) if searched else None
        tuesday = find_day(frame, 'Tuesday')
        if squat is not None and tuesday is not None:
            rawinput.dragWithTrajectory(centre(squat), centre(tuesday))
        check(squat is not None and tuesday is not None
              and find(tuesday, lambda n: n.name.startswith('Strength, RPE'), timeout=10) is not None,
              'an exercise is dropped on Tuesday')
        # The working copy is written shortly after the change.
        time.sleep(3)

    with launched(binary):
        app = find_app(binary)
        check(app is not None, 'the application starts again after being killed')
        if app is None:
            return
        dialog = find(app, lambda n: n.name == 'Restore Unsaved Work?' or n.name.startswith('Restore Unsaved'))
        check(dialog is not None, 'it offers to restore the unsaved plan')
        # GTK 4.8 names mnemonic buttons “_Restore Restore”.
        button = find(app, lambda n: n.roleName == 'push button' and n.name.split(' ')[-1] == 'Restore')
        check(button is not None, 'with a Restore button')
        if button is None:
            return
        button.doActionNamed('click')
        frame = find(app, lambda n: n.roleName == 'frame' and n.name.startswith('•'))
        check(frame is not None, 'the restored plan is marked as not saved')
        if frame is None:
            return
        tuesday = find_day(frame, 'Tuesday')
        check(find(tuesday, lambda n: n.name.startswith('Narrow Stance Squat')) is not None,
              'Tuesday holds the exercise dropped before the kill')


if __name__ == '__main__':
    run(main)
