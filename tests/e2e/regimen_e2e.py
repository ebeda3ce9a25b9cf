# Shared by the end-to-end scripts: TAP output, starting and ending the
# binary, finding the running app and its nodes through AT-SPI, waiting for
# what a key did, and where to put the pointer on a node.
import contextlib
import os
import signal
import subprocess
import sys
import tempfile
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
import pyatspi  # noqa: E402
from gi.repository import GLib  # noqa: E402

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
    plan however main ends, and exits with 0 when every check passed.

    The folders a test makes with tempfile go in one of its own in the
    build folder, removed as it ends: a path typed into the file chooser
    is completed folder by folder, and under the sanitizers a /tmp of
    thousands of entries (other programs' leftovers) took the chooser
    longer than the test waits for a save."""
    with tempfile.TemporaryDirectory(prefix='regimen-e2e-', dir=os.environ.get('MESON_BUILD_ROOT')) as folder:
        tempfile.tempdir = folder
        try:
            main(sys.argv[1])
        finally:
            tempfile.tempdir = None
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


class FocusTracker:
    """The node with the keyboard focus, as the application tells it: a
    listener on "object:state-changed:focused", its events read as they
    come without blocking. Reading the focus this way costs a call or two,
    where focused_node() searches the whole tree (660 nodes with the
    library, 2–3 s on a loaded 2-core machine). Start it before the
    application, so that it hears the first focus.

    Not every widget tells, and a dialog's focus is not its parent
    window's loss: current() searches the roots it is given first, the
    open dialogs, whose trees are small."""

    def __init__(self):
        self.node = None
        pyatspi.Registry.registerEventListener(self._changed, 'object:state-changed:focused')

    def _changed(self, event):
        if event.detail1:
            self.node = event.source
        elif self.node == event.source:
            self.node = None

    def current(self, roots=()):
        """The focused node, or None: searched first in roots (the open
        dialogs: the window below keeps the focus it had), else the node
        last heard of."""
        context = GLib.MainContext.default()
        while context.pending():
            context.iteration(False)
        for root in roots:
            found = search(root, lambda n: n.get_state_set().contains(pyatspi.STATE_FOCUSED), first=True)
            if found:
                return found[0]
        try:
            if self.node is not None and self.node.get_state_set().contains(pyatspi.STATE_FOCUSED):
                return self.node
        except Exception:  # gone with its widget
            pass
        return None


def search(root, predicate, prune=None, first=False, depth=None):
    """The nodes below root that satisfy predicate, parents before their
    children; the subtrees of nodes that satisfy prune are left out (the
    library's 54 rows are two thirds of the window's tree). With first,
    the search ends at the first; with depth, it goes no deeper than
    that many levels below root. It reads the tree with libatspi's own
    calls (dogtail's children asks each node's parent for its role too),
    and a node that goes away while it is read is passed over."""
    found = []
    stack = [(root, 0)]
    while stack:
        node, level = stack.pop()
        if depth is not None and level >= depth:
            continue
        try:
            children = [node.get_child_at_index(i) for i in range(node.get_child_count())]
        except Exception:
            continue
        for child in reversed(children):
            try:
                if child is None:
                    continue
                if predicate(child):
                    found.append(child)
                    if first:
                        return found
                if prune is not None and prune(child):
                    continue
            except Exception:
                continue
            stack.append((child, level + 1))
    return found


def describe(node):
    """Role and name of a node for messages and for telling focus moves apart."""
    return (node.roleName, node.name, tuple(node.position)) if node is not None else None
