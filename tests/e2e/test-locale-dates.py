#!/usr/bin/python3
# Issue 21, adversarial pass 31b: the real binary started with dates in a
# locale of their own and no other (LC_TIME=de_DE.UTF-8, no LANG, as over
# ssh without a locale). The character set was the C locale's ASCII, and
# GLib took the German “Mär” for an invalid byte sequence: the days of
# March showed no date at all. The days say their dates.
# Run through tests/e2e/run-e2e (own X server, session bus and a11y bus).

import json
import locale
import os
import tempfile

from regimen_e2e import check, find, find_app, find_day, launched, run


def main(binary):
    try:
        locale.setlocale(locale.LC_TIME, 'de_DE.UTF-8')
        locale.setlocale(locale.LC_TIME, 'C')
    except locale.Error:
        check(True, '# SKIP no de_DE.UTF-8 locale (build-aux/dev makes it)')
        return

    source = os.path.join(os.environ['REGIMEN_TEST_FIXTURES'], 'plans', 'one-week.json')
    with open(source, encoding='utf-8') as f:
        data = json.load(f)
    data['start_date'] = '2027-03-01'
    path = os.path.join(tempfile.mkdtemp(), 'march.regimen.json')
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(data, f)

    for name in ('LC_ALL', 'LANG', 'LC_CTYPE', 'LC_MESSAGES'):
        os.environ.pop(name, None)
    os.environ['LC_TIME'] = 'de_DE.UTF-8'

    with launched(binary, args=(path,)):
        app = find_app(binary)
        check(app is not None, 'the application is on the accessibility bus')
        if app is None:
            return
        frame = find(app, lambda n: n.roleName == 'frame' and n.showing, timeout=20)
        check(frame is not None, 'it shows a main window')
        if frame is None:
            return

        for day, date in (('Monday', '1 Mär'), ('Wednesday', '3 Mär'), ('Sunday', '7 Mär')):
            column = find_day(frame, day)
            check(column is not None, f'a day column is named {day}')
            if column is not None:
                check(column.description == date, f'{day} says its date, “{date}” (“{column.description}”)')


if __name__ == '__main__':
    run(main)
