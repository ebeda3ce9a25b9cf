#!/usr/bin/env python3
# Checks that each translation in po/LINGUAS takes the arguments its msgid
# takes: the same number, of the same type, whatever their order ("%2$s"),
# in every plural form. A "%s" written for a "%u" reads a number as a
# pointer and crashes; one argument left out shifts the ones after it.
#
# The translations test's msgfmt --check sees the same only for entries
# that xgettext flags c-format in a fresh template, and it lets a plural
# form used for one number alone leave that number out. Here the .po is
# read as it is, every entry that is not marked no-c-format, and each
# plural form names the number, also the form German takes for 1 alone
# ("%u Woche"): a form without it reads its later arguments one early
# once a translation numbers them.
#
# Every entry with a printf conversion is checked, except those marked
# no-c-format (texts with a lone "%", "80 % of 1RM") and dates given to
# g_date_strftime() or g_date_time_format(), whose conversions are not
# printf's ("%-d %b"). A "%" followed by a space is not taken as a
# conversion: the translations write "80 % erholt".
#
# Usage: check-po-formats.py SOURCE_ROOT   (prints TAP)

import os
import re
import sys

CONVERSION = re.compile(r"%(?:(\d+)\$)?[-+#0']*(\*(?:\d+\$)?|\d+)?(?:\.(\*(?:\d+\$)?|\d*))?"
                        r"(hh|h|ll|l|L|j|z|t)?([diouxXeEfFgGaAcsp%])")
# Conversions only strftime() has: such a text is a date format.
DATE_CONVERSION = re.compile(r"%[-_0^#]?[bBYyHMSjV]")


def unquote(text):
    escapes = {'n': '\n', 't': '\t', '"': '"', '\\': '\\', 'r': '\r'}
    return re.sub(r'\\(.)', lambda m: escapes.get(m.group(1), m.group(0)), text)


def read_po(path):
    """The entries of @path: dicts of msgctxt, msgid, msgid_plural and
    msgstr[N] (msgstr as msgstr[0]), with 'flags', 'comments' and 'line'."""
    entries = []
    entry = None
    key = None
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#~'):
                if entry is not None and 'msgid' in entry:
                    entries.append(entry)
                    entry = None
                continue
            if entry is None:
                entry = {'flags': set(), 'comments': '', 'line': number}
            if line.startswith('#,'):
                entry['flags'].update(flag.strip() for flag in line[2:].split(','))
            elif line.startswith('#.'):
                entry['comments'] += line[2:] + '\n'
            elif line.startswith('#'):
                continue
            else:
                match = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+"(.*)"$', line)
                if match:
                    key = match.group(1)
                    if key == 'msgstr':
                        key = 'msgstr[0]'
                    entry[key] = unquote(match.group(2))
                else:
                    entry[key] += unquote(re.match(r'"(.*)"$', line).group(1))
    if entry is not None and 'msgid' in entry:
        entries.append(entry)
    return entries


def arguments(text):
    """The types of the arguments @text reads, by their number, or None
    where numbered and unnumbered conversions are mixed or a number is
    skipped, as printf() refuses."""
    kinds = {}
    following = 0
    numbered = False
    for match in CONVERSION.finditer(text):
        number, width, precision, length, conversion = match.groups()
        if conversion == '%':
            continue
        for star in (width, precision):
            if star is not None and star.startswith('*'):
                following += 1
                kinds[following] = 'int (a width)'
        length = length or ''
        if conversion in 'di':
            kind = 'int'
        elif conversion in 'ouxX':
            kind = 'unsigned'
        elif conversion in 'eEfFgGaA':
            kind = 'double'
        elif conversion == 'c':
            kind = 'int'
        else:
            kind = {'s': 'string', 'p': 'pointer'}[conversion]
        kind = (length + ' ' + kind).strip()
        if number is not None:
            numbered = True
            index = int(number)
        else:
            following += 1
            index = following
        if kinds.get(index, kind) != kind:
            return None
        kinds[index] = kind
    if numbered and following > 0:
        return None
    if sorted(kinds) != list(range(1, len(kinds) + 1)):
        return None
    return [kinds[index] for index in sorted(kinds)]


def is_date_format(entry):
    return ('strftime' in entry['comments'] or 'g_date_time_format' in entry['comments']
            or DATE_CONVERSION.search(entry['msgid']) is not None)


def problems(entry):
    if 'no-c-format' in entry['flags'] or is_date_format(entry):
        return []
    wanted = [arguments(entry['msgid'])]
    if 'msgid_plural' in entry:
        wanted.append(arguments(entry['msgid_plural']))
    found = []
    for key in sorted(k for k in entry if k.startswith('msgstr')):
        if entry[key] == '':
            continue
        given = arguments(entry[key])
        if given not in wanted or given is None:
            found.append('%s takes %s where the msgid takes %s: %r'
                         % (key, given if given is not None else 'arguments printf() refuses',
                            wanted[0], entry[key]))
    return found


def main(root):
    with open(os.path.join(root, 'po', 'LINGUAS'), encoding='utf-8') as f:
        languages = [line.strip() for line in f if line.strip() and not line.startswith('#')]
    failed = False
    for n, language in enumerate(languages, 1):
        path = os.path.join(root, 'po', language + '.po')
        details = []
        checked = 0
        for entry in read_po(path):
            if entry['msgid'] == '':
                continue
            if arguments(entry['msgid']):
                checked += 1
            for problem in problems(entry):
                details.append('%s:%d: %r: %s' % (path, entry['line'], entry['msgid'], problem))
        if details:
            failed = True
            print('not ok %d - %s: %d translations take other arguments than their msgid'
                  % (n, language, len(details)))
            for line in details:
                print('# ' + line)
        else:
            print('ok %d - %s: the %d formats take their msgid\'s arguments' % (n, language, checked))
    print('1..%d' % len(languages))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
