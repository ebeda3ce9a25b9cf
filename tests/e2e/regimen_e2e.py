# Shared by the end-to-end scripts: TAP output, starting and ending the
# binary, finding the running app and its nodes through AT-SPI, waiting for
# what a key did, and where to put the pointer on a node.
import contextlib
import os
import signal
import subprocess
import sys
import time

import gi
gi.require_version('Gtk', '3.0')

# TAP goes to its own descriptor (see run-e2e) or the real stdout;
# anything dogtail prints goes to stderr.
tap = os.fdopen(int(os.environ['REGIMEN_TAP_FD']), 'w') if 'REGIMEN_TAP_FD' in os.environ else sys.stdout
sys.stdout = sys.stderr

from dogtail.config import config  # noqa: E402
config.checkForA11y = False
config.logDebugToStdOut = False
config.logDebugToFile = False
config.searchCutoffCount = 20
config.defaultDelay = 0.2
from dogtail import rawinput, tree  # noqa: E402, F401

tests = []


def check(ok, what):
    tests.append((bool(ok), what))
    print(('ok' if ok else 'not ok'), len(tests), '-', what, file=tap, flush=True)


def plan():
    print(f'1..{len(tests)}', file=tap, flush=True)


def passed():
    return bool(tests) and all(ok for ok, _ in tests)


def run(main):
    """Calls main with the binary named on the command line, prints the TAP
    plan however main ends, and exits with 0 when every check passed."""
    try:
        main(sys.argv[1])
    finally:
        plan()
    sys.exit(0 if passed() else 1)


@contextlib.contextmanager
def launched(binary, kill=False, args=()):
    """Starts binary (with args, such as a plan to open) and ends it with
    the block: asked to quit (killed when it has not after 10 s), or with
    kill=True killed at once, as a crash."""
    proc = subprocess.Popen([binary, *args], env=os.environ)
    try:
        yield proc
    finally:
        if kill:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        else:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


def find_app(binary, timeout=20):
    name = os.path.basename(binary)
    deadline = time.time() + timeout
    while time.time() < deadline:
        for app in tree.root.applications():
            if app.name == name:
                return app
        time.sleep(0.3)
    return None


def find(node, predicate, timeout=5):
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


def is_day(name):
    return lambda n: n.name == name and n.roleName in ('panel', 'grouping')


def find_day(node, name, timeout=5):
    """The day column named name (“Tuesday”) below node, or None."""
    return find(node, is_day(name), timeout)


def wait_for(condition, timeout=10):
    """Polls condition until it returns something true, or None after timeout seconds."""
    deadline = time.time() + timeout
    while True:
        try:
            value = condition()
        except Exception:  # a node may go away while it is read
            value = None
        if value or time.time() >= deadline:
            return value or None
        time.sleep(0.1)


def search_library(library, name):
    """Ctrl+F, and name typed over what the search held; waits until name is
    the first result of library (the list node named “Exercises”): the
    search applies after a short pause in typing. The result is true when
    it is."""
    rawinput.keyCombo('<Control>f')
    rawinput.keyCombo('<Control>a')
    rawinput.typeText(name)
    return wait_for(lambda: library.children[0].children[0].name == name)


def focused_node(node):
    """The node under node that has the keyboard focus, or None."""
    nodes = node.findChildren(lambda n: n.focused, showingOnly=False)
    return nodes[0] if nodes else None


def describe(node):
    """Role and name of a node for messages and for telling focus moves apart."""
    return (node.roleName, node.name, tuple(node.position)) if node is not None else None
