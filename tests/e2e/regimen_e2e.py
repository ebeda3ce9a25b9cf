# Shared by the end-to-end scripts: TAP output, finding the running app and
# its nodes through AT-SPI, and where to put the pointer on a node.
import os
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


def focused_node(node):
    """The node under node that has the keyboard focus, or None."""
    nodes = node.findChildren(lambda n: n.focused, showingOnly=False)
    return nodes[0] if nodes else None


def describe(node):
    """Role and name of a node for messages and for telling focus moves apart."""
    return (node.roleName, node.name, tuple(node.position)) if node is not None else None
