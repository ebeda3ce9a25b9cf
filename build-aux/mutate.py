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
#   mutate.py stale MUTATIONS TREE [BUILD]
#                                     prints each line whose file is missing
#                                     or whose search text is not found
#                                     exactly once in TREE, or (with BUILD)
#                                     that names a test BUILD does not have
#                                     (exit 1 if any)
#   mutate.py ci MUTATIONS TURN SHARES
#                                     prints the entries a CI run takes:
#                                     every one above the list's "# ==" line,
#                                     and of those below it the entries whose
#                                     number is TURN modulo SHARES
#   mutate.py work MUTATIONS LIST COPY WORKER WORKERS N...
#                                     the mutation lane's worker: runs the
#                                     mutations whose place among the Ns is
#                                     WORKER modulo WORKERS in the tree COPY
#                                     (built in COPY/_build), printing one
#                                     line each and writing COPY/survivors
#                                     and COPY/broken
#
# A TEST is a meson test name, or NAME:PATH to run only the GTest test
# cases under PATH of that test (as `-p PATH`): a widget test program takes
# seconds to run whole, while the case that catches a fault takes a fraction.
import json
import os
import random
import re
import signal
import subprocess
import sys
import time


EVERY_RUN_END = '# =='


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


def introspect(build, what):
    # The build folder keeps what `meson introspect` prints in meson-info/;
    # reading it directly spares a Meson start-up per mutation.
    with open(os.path.join(build, 'meson-info', f'intro-{what}.json'),
              encoding='utf-8') as f:
        return json.load(f)


def test_outputs(build, tests, targets, names):
    # A name can belong to tests of several suites (core's and cli's
    # "library"): meson runs them all, so all are rebuilt. Returns None
    # when a name is no test.
    wanted = set()
    for name in names:
        name, colon, path = name.partition(':')
        if colon and not path.startswith('/'):
            sys.exit(f'{name}:{path}: a test case path starts with /')
        wanted.add(name)
    found = set()
    depends = set()
    for test in tests:
        if test['name'] in wanted:
            found.add(test['name'])
            depends.update(test['depends'])
    if wanted - found:
        return None
    result = []
    for target in targets:
        if target['id'] in depends:
            for filename in target['filename']:
                result.append(os.path.relpath(filename, build))
    return result


def outputs(build, names):
    tests = introspect(build, 'tests')
    found = test_outputs(build, tests, introspect(build, 'targets'), names)
    if found is None:
        known = {test['name'] for test in tests}
        missing = {name.partition(':')[0] for name in names} - known
        sys.exit(f'no such test: {" ".join(sorted(missing))}')
    for filename in found:
        print(filename)
    return 0


def test_runs(tests):
    # Paths of one test are run together, in the order given; a test named
    # bare as well as with paths runs whole. Yields (NAME, PATHS or None).
    paths = {}
    for test in tests:
        name, _, path = test.partition(':')
        if name not in paths:
            paths[name] = []
        if not path:
            paths[name] = None
        elif paths[name] is not None:
            paths[name].append(path)
    return list(paths.items())


def runs(tests):
    for name, chosen in test_runs(tests):
        if chosen:
            print(name + '\t' + ' '.join(f'-p {path}' for path in chosen))
        else:
            print(name)
    return 0


TAP_RESULT = re.compile(r'(not )?ok\b(.*)')
TAP_PLAN = re.compile(r'1\.\.(\d+)')


def tap_failed(output):
    # What makes `meson test` fail a TAP test that exits 0: a result "not
    # ok" (but one marked as expected to fail by TAP's todo directive),
    # "Bail out!", or fewer or more results than the
    # plan says. A plan that is missing is left for meson to judge: a
    # mutation this says survived is run once more under `meson test`.
    plan = None
    results = 0
    for line in output.splitlines():
        if line.startswith('Bail out!'):
            return True
        match = TAP_PLAN.match(line)
        if match and plan is None:
            plan = int(match.group(1))
            continue
        match = TAP_RESULT.match(line)
        if match:
            results += 1
            if match.group(1) and '# todo' not in match.group(2).lower():
                return True
    return plan is not None and plan != results


def run_test(build, test, paths, log):
    # Runs one test as `meson test` would (its command, environment, folder,
    # time limit, a session of its own, a random MALLOC_PERTURB_), without
    # a Meson start-up per run. Returns True when it failed.
    env = dict(os.environ)
    env.update(test['env'])
    # Only whether a check fails matters here: the cli scripts stop at their
    # first failure (tests/cli/tap.sh).
    env['REGIMEN_TEST_FAIL_FAST'] = '1'
    if not env.get('MALLOC_PERTURB_'):
        env['MALLOC_PERTURB_'] = str(random.randint(1, 255))
    command = list(test['cmd']) + (paths or [])
    log.write(f'==> {" ".join(command)}\n')
    log.flush()
    process = subprocess.Popen(command, env=env, cwd=test['workdir'] or build,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               start_new_session=True)
    timeout = test['timeout'] if test['timeout'] and test['timeout'] > 0 else None
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        # As meson does: the whole session, politely first.
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(process.pid, sig)
            except ProcessLookupError:
                break
            try:
                output, _ = process.communicate(timeout=1)
                break
            except subprocess.TimeoutExpired:
                continue
        log.write(f'(timed out after {timeout} s)\n')
        return True
    text = output.decode('utf-8', 'replace')
    log.write(text)
    log.write(f'(exit status {process.returncode})\n')
    if test['protocol'] == 'tap':
        return process.returncode != 0 or tap_failed(text)
    # The exit code protocol: 77 says skipped, anything else but 0 failed.
    return process.returncode not in (0, 77)


def run_mutation(copy, build, tests, targets, names, log):
    # Builds and runs the tests of one applied mutation, one named test (or
    # its chosen cases) after the other, each rebuilt just before it runs:
    # once one fails the mutation is caught and the rest are neither built
    # nor run. Returns ('caught'|'survived'|'broken', build s, test s).
    build_seconds = test_seconds = 0.0
    for name, paths in test_runs(names):
        # Only what the test runs is rebuilt: ninja brings those files up to
        # date from the (mutated) sources, the rest waits for a later
        # mutation that needs it.
        start = time.monotonic()
        files = test_outputs(build, tests, targets, [name])
        built = subprocess.run(['ninja', '-C', build] + files, stdout=log,
                               stderr=subprocess.STDOUT)
        build_seconds += time.monotonic() - start
        if built.returncode != 0:
            return 'broken', build_seconds, test_seconds
        start = time.monotonic()
        arguments = [item for path in paths for item in ('-p', path)] if paths else []
        failed = False
        for test in tests:
            if test['name'] == name and run_test(build, test, arguments, log):
                failed = True
                break
        test_seconds += time.monotonic() - start
        if failed:
            return 'caught', build_seconds, test_seconds
    return 'survived', build_seconds, test_seconds


def confirmed_by_meson(build, names, log):
    # A mutation that survived the quick runs is run once more exactly as
    # the lane used to, through `meson test`, so that no survivor is ever
    # reported that meson itself would have failed.
    for name, paths in test_runs(names):
        command = ['meson', 'test', '-C', build, '--no-rebuild', name]
        if paths:
            command.append('--test-args=' + ' '.join(f'-p {path}' for path in paths))
        if subprocess.run(command, stdout=log, stderr=subprocess.STDOUT).returncode != 0:
            return False
    return True


def work(path, listing, copy, worker, workers, chosen):
    mutations = parse(path)
    entries = {}
    with open(listing, encoding='utf-8') as f:
        for line in f:
            n, where, tests, why = line.rstrip('\n').split('\t')
            entries[n] = (where, tests.split(), why)
    build = os.path.join(copy, '_build')
    tests = introspect(build, 'tests')
    targets = introspect(build, 'targets')
    survivors = open(os.path.join(copy, 'survivors'), 'w', encoding='utf-8')
    broken = open(os.path.join(copy, 'broken'), 'w', encoding='utf-8')

    def report(kind, n, where, text):
        print(f'{kind:8} {n:>2}  {where}{text}', flush=True)

    for i, n in enumerate(chosen):
        if i % workers != worker:
            continue
        where, names, why = entries[n]
        # WHERE is FILE:LINE, LINE being the mutation's line in the list.
        name = where.rpartition(':')[0]
        where = f'{name} (mutations.txt:{where.rpartition(":")[2]})'
        _, _, search, replacement, _, _ = mutations[int(n) - 1]
        target = os.path.join(copy, name)
        if not os.path.isfile(target):
            broken.write(f'{n} ({where}: no such file, update the list)\n')
            report('not run', n, where, '')
            continue
        # newline='': the file is written back byte for byte.
        with open(target, encoding='utf-8', newline='') as f:
            original = f.read()
        if original.count(search) != 1:
            broken.write(f'{n} ({where}: stale, update the list)\n')
            report('not run', n, where, '')
            continue
        if test_outputs(build, tests, targets, names) is None:
            broken.write(f'{n} ({where}: unknown test in [{" ".join(names)}])\n')
            report('not run', n, where, '')
            continue
        with open(os.path.join(copy, f'mutation-{n}.log'), 'w', encoding='utf-8') as log:
            with open(target, 'w', encoding='utf-8', newline='') as f:
                f.write(original.replace(search, replacement))
            try:
                result, build_seconds, test_seconds = run_mutation(copy, build, tests,
                                                                   targets, names, log)
                if result == 'survived' and not confirmed_by_meson(build, names, log):
                    result = 'caught'
            finally:
                # Written anew, with a fresh modification time, so the next
                # build compiles the original.
                with open(target, 'w', encoding='utf-8', newline='') as f:
                    f.write(original)
        tests_named = ' '.join(names)
        if result == 'survived':
            survivors.write(f'{n} ({where}: {why})\n')
            report('survived', n, where, f'  [{tests_named}]')
        elif result == 'caught':
            report('caught', n, where,
                   f'  [{tests_named}] (build {build_seconds:.1f} s, tests {test_seconds:.1f} s)')
        else:
            broken.write(f'{n} ({where}: does not build, see the line)\n')
            report('not run', n, where, '')
    survivors.close()
    broken.close()
    return 0


def stale(path, tree, build=None):
    # Every line is checked on every run, whether its fault is applied or
    # not: code moved under a line the run leaves out, or a test renamed,
    # would otherwise go unnoticed until the line's turn.
    bad = 0
    if build is not None:
        tests = introspect(build, 'tests')
        targets = introspect(build, 'targets')
    for number, name, search, _, names, _ in parse(path):
        if build is not None and test_outputs(build, tests, targets, names.split()) is None:
            print(f'{path}:{number}: a test of [{names}] is no test of the build, update the list')
            bad += 1
        target = os.path.join(tree, name)
        if not os.path.isfile(target):
            print(f'{path}:{number}: {name}: no such file, update the list')
            bad += 1
            continue
        with open(target, encoding='utf-8', newline='') as f:
            count = f.read().count(search)
        if count != 1:
            print(f'{path}:{number}: the search text occurs {count} times in {name}, update the list')
            bad += 1
    return 1 if bad else 0


def ci(path, turn, shares):
    # The lines above the "# ==" line guard the product's central promises
    # (the save gate, the save race, the check's thresholds) and run every
    # time; the others run by turns, a share each run.
    with open(path, encoding='utf-8') as f:
        end = next((number for number, line in enumerate(f, 1)
                    if line.startswith(EVERY_RUN_END)), None)
    if end is None:
        sys.exit(f'{path}: no "{EVERY_RUN_END}" line ends the lines every run takes')
    for i, (number, _, _, _, _, _) in enumerate(parse(path), 1):
        if number < end or i % shares == turn % shares:
            print(i)
    return 0


def main():
    command, path = sys.argv[1], sys.argv[2]
    if command == 'stale':
        return stale(path, sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else None)
    if command == 'ci':
        return ci(path, int(sys.argv[3]), int(sys.argv[4]))
    if command == 'work':
        listing, copy = sys.argv[3], sys.argv[4]
        worker, workers = int(sys.argv[5]), int(sys.argv[6])
        return work(path, listing, copy, worker, workers, sys.argv[7:])
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
