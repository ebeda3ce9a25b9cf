#!/usr/bin/env python3
# Applies one line of build-aux/mutations.txt to a copy of the tree, or
# lists them: used by `build-aux/dev mutate`.
#   mutate.py list MUTATIONS          prints "N<TAB>FILE<TAB>TESTS<TAB>WHY" per line
#   mutate.py apply MUTATIONS N TREE  applies mutation N to TREE (exit 2 when
#                                     its search text is missing or ambiguous)
#   mutate.py outputs BUILD TEST...   prints the files the named tests run
#                                     (their targets' outputs, relative to
#                                     BUILD), so a mutation rebuilds only them
#   mutate.py runs TEST...            prints one line per test to run:
#                                     "NAME" or "NAME<TAB>-p PATH -p PATH…"
#
# A TEST is a meson test name, or NAME:PATH to run only the GTest test
# cases under PATH of that test (as `-p PATH`): a widget test program takes
# seconds to run whole, while the case that catches a fault takes a fraction.
import json
import os
import sys


def parse(path):
    mutations = []
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            fields = [field.strip() for field in line.split(' :: ')]
            if len(fields) != 5 or not all(fields[:2]) or not fields[3]:
                sys.exit(f'{path}:{number}: expected FILE :: SEARCH :: REPLACEMENT :: TESTS :: WHY')
            name, search, replacement, tests, why = fields
            mutations.append((number, name, search.replace('\\n', '\n'),
                              replacement.replace('\\n', '\n'), tests, why))
    return mutations


def outputs(build, names):
    # The build folder keeps what `meson introspect` prints in meson-info/;
    # reading it directly spares two Meson start-ups per mutation.
    def introspect(what):
        with open(os.path.join(build, 'meson-info', f'intro-{what}.json'),
                  encoding='utf-8') as f:
            return json.load(f)

    # A name can belong to tests of several suites (core's and cli's
    # "library"): meson runs them all, so all are rebuilt.
    wanted = set()
    for name in names:
        name, colon, path = name.partition(':')
        if colon and not path.startswith('/'):
            sys.exit(f'{name}:{path}: a test case path starts with /')
        wanted.add(name)
    found = set()
    depends = set()
    for test in introspect('tests'):
        if test['name'] in wanted:
            found.add(test['name'])
            depends.update(test['depends'])
    if wanted - found:
        sys.exit(f'no such test: {" ".join(sorted(wanted - found))}')
    for target in introspect('targets'):
        if target['id'] in depends:
            for filename in target['filename']:
                print(os.path.relpath(filename, build))
    return 0


def runs(tests):
    # Paths of one test are run together, in the order given; a test named
    # bare as well as with paths runs whole.
    paths = {}
    for test in tests:
        name, _, path = test.partition(':')
        if name not in paths:
            paths[name] = []
        if not path:
            paths[name] = None
        elif paths[name] is not None:
            paths[name].append(path)
    for name, chosen in paths.items():
        if chosen:
            print(name + '\t' + ' '.join(f'-p {path}' for path in chosen))
        else:
            print(name)
    return 0


def main():
    command, path = sys.argv[1], sys.argv[2]
    if command == 'runs':
        return runs(sys.argv[2:])
    if command == 'outputs':
        return outputs(path, sys.argv[3:])
    mutations = parse(path)
    if command == 'list':
        for i, (number, name, _, _, tests, why) in enumerate(mutations, 1):
            print(f'{i}\t{name}:{number}\t{tests}\t{why}')
        return 0
    index, tree = int(sys.argv[3]), sys.argv[4]
    number, name, search, replacement, _, _ = mutations[index - 1]
    target = f'{tree}/{name}'
    with open(target, encoding='utf-8') as f:
        text = f.read()
    count = text.count(search)
    if count != 1:
        print(f'{path}:{number}: the search text occurs {count} times in {name}', file=sys.stderr)
        return 2
    with open(target, 'w', encoding='utf-8') as f:
        f.write(text.replace(search, replacement))
    return 0


sys.exit(main())
