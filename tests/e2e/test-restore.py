#!/usr/bin/python3
# Nothing is lost when Regimen is killed: a change made with the real
# pointer survives a SIGKILL and is offered back at the next start.
import os
import signal
import subprocess
import sys
import time

import gi

# TAP goes to the real stdout; anything dogtail prints goes to stderr.
tap = sys.stdout
sys.stdout = sys.stderr
gi.require_version('Gtk', '3.0')
from dogtail.config import config  # noqa: E402
config.checkForA11y = False
config.logDebugToStdOut = False
config.logDebugToFile = False
config.searchCutoffCount = 20
config.defaultDelay = 0.2
from dogtail import rawinput, tree  # noqa: E402

tests = []


def check(ok, what):
    tests.append((bool(ok), what))
    print(('ok' if ok else 'not ok'), len(tests), '-', what, file=tap, flush=True)


def find_app(name, timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        for app in tree.root.applications():
            if app.name == name:
                return app
        time.sleep(0.3)
    return None


def find(node, predicate, timeout=8):
    deadline = time.time() + timeout
    while time.time() < deadline:
        nodes = node.findChildren(predicate)
        if nodes:
            return nodes[0]
        time.sleep(0.2)
    return None


def centre(node):
    x, y = node.position
    w, h = node.size
    return (x + w // 2, y + h // 2)


def main():
    binary = sys.argv[1]
    name = os.path.basename(binary)

    proc = subprocess.Popen([binary], env=os.environ)
    try:
        app = find_app(name)
        check(app is not None, 'the application starts')
        if app is None:
            return
        frame = app.child(roleName='frame', retry=True)
        squat = find(frame, lambda n: n.name == 'Narrow Stance Squat' and n.roleName == 'filler')
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
        app = find_app(name)
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
        print(f'1..{len(tests)}', file=tap, flush=True)


if __name__ == '__main__':
    main()
    sys.exit(0 if tests and all(ok for ok, _ in tests) else 1)
