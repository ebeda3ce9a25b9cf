#!/usr/bin/python3
# Drives the real regimen binary through AT-SPI, as a screen reader sees it:
# the main window, its header bar buttons, and the seven days by name.
# Run through tests/e2e/run-e2e (own X server, session bus and a11y bus).

from regimen_e2e import check, find, find_app, launched, run

WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
            'Saturday', 'Sunday']


def main(binary):
    with launched(binary):
        app = find_app(binary)
        check(app is not None, 'the application is on the accessibility bus')
        if app is None:
            return

        # find() returns None when nothing matches in time, so this check
        # can fail (dogtail's own child() raises instead).
        frame = find(app, lambda n: n.roleName == 'frame' and n.showing, timeout=20)
        check(frame is not None, 'it shows a main window')
        if frame is None:
            return
        check(frame.name.endswith('– Regimen'), f'the main window is titled “… – Regimen” (“{frame.name}”)')

        days = {}
        for node in frame.findChildren(lambda n: n.name in WEEKDAYS and n.roleName in ('panel', 'grouping')):
            days.setdefault(node.name, node)
        for day in WEEKDAYS:
            check(day in days, f'a day column is named {day}')

        xs = [days[d].position[0] for d in WEEKDAYS if d in days]
        check(len(xs) == 7 and xs == sorted(xs), 'the days run Monday to Sunday, left to right')

        for label in ('Open', 'Save', 'Main Menu', 'Show Library'):
            node = frame.findChild(lambda n, label=label: n.name == label and n.roleName in ('push button', 'toggle button'),
                                   retry=False, requireResult=False)
            check(node is not None, f'the header bar has a button named “{label}”')


if __name__ == '__main__':
    run(main)
