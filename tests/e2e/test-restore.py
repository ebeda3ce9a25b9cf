#!/usr/bin/python3
# Nothing is lost when Regimen is killed: a change made with the real
# pointer survives a SIGKILL and is offered back at the next start.
import os
import signal
import subprocess
import sys
import time

from regimen_e2e import centre, check, find, find_app, plan, passed, rawinput  # noqa: F401


def main():
    binary = sys.argv[1]

    proc = subprocess.Popen([binary], env=os.environ)
    try:
        app = find_app(binary)
        check(app is not None, 'the application starts')
        if app is None:
            return
        frame = app.child(roleName='frame', retry=True)
        # The library is in A–Z order: the squat is found by searching for it.
        rawinput.keyCombo('<Control>f')
        rawinput.typeText('narrow')
        time.sleep(0.5)
        squat = find(frame, lambda n: n.name == 'Narrow Stance Squat' and n.roleName == 'filler'
                     and n.position[0] >= 0)
        tuesday = find(frame, lambda n: n.name == 'Tuesday' and n.roleName in ('panel', 'grouping'))
        rawinput.dragWithTrajectory(centre(squat), centre(tuesday))
        check(find(tuesday, lambda n: n.name.startswith('Strength, RPE')) is not None,
              'an exercise is dropped on Tuesday')
        # The working copy is written shortly after the change.
        time.sleep(3)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()

    proc = subprocess.Popen([binary], env=os.environ)
    try:
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
        tuesday = find(frame, lambda n: n.name == 'Tuesday' and n.roleName in ('panel', 'grouping'))
        check(find(tuesday, lambda n: n.name.startswith('Narrow Stance Squat')) is not None,
              'Tuesday holds the exercise dropped before the kill')
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        plan()


if __name__ == '__main__':
    main()
    sys.exit(0 if passed() else 1)
