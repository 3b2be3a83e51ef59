#!/usr/bin/env python3
"""Runs the single-file `// run` programs of Go's own test suite under gosub.

Usage: gotest_run.py [--gosub PATH] [--goroot DIR] [--skip FILE] [--xfail FILE]...
                     [--expected FILE] [--cache FILE] [--regen] [--jobs N] [--timeout S]
                     [--json FILE] [-v] [FILTER...]

The suite is the `test` folder of a Go installation (`$(go env GOROOT)/test`, or --goroot)
and its subfolders typeparam/, fixedbugs/, ken/, chan/ and interface/. A file is a test here
when Go's own driver (test/run.go) would run it as a single-file `run`: its recipe, the
comment before the first blank line, is `// run` without flags (`-gcflags`...) or more files,
and its build constraints (`//go:build`, `// +build`) hold for linux/amd64 with the gc
compiler. Each test runs as `gosub run DIR/NAME.go ARGS` from the test folder (ARGS: the
recipe's other words, which the driver passes on too), stdout and stderr on one pipe (as Go's
driver reads them: print and println write to stderr). It passes when it exits with real Go's
exit status (0) and prints exactly what real Go prints: NAME.out when there is one, otherwise
nothing, as Go's driver requires. Tests run two at a time (--jobs); each may use 10 s of CPU
time (--timeout) and six times that by the clock.

What real Go does is recorded in tests/gotest-expected.json (--expected), one entry per test
keyed by its path, with a hash of NAME.go and NAME.out: its exit status, and its output when
that is not NAME.out (or empty). --regen rebuilds that file with the `go` command (run it after
a change of Go version). A test whose entry is missing or stale is run under Go once and the
result kept in --cache; without Go, Go's own rule above is the expectation. A test real Go
fails is not counted.

A test gosub refuses with `package P is not in std` is not a candidate: it is counted apart,
by package. --skip names tests that depend on what gosub does not claim (gc compiler or
runtime internals); --xfail names failures still to fix (it may repeat): their failures are
counted as xfail, and one that passes is named so it can leave the list. Both files hold one
test a line (its path relative to the test folder), then its reason; `#` starts a comment.

The output is a table of counts per folder, each failure with its reasons, and a last line
`N passed, N failed`. Exit status: 0 when nothing failed outside the xfail list, 1 otherwise,
77 (a skip, for meson) when Go's test folder cannot be found.
"""

import argparse
import concurrent.futures
import difflib
import hashlib
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import run_go_tests  # noqa: E402 (beside this file: the project's runner, whose helpers serve)

FOLDERS = ['.', 'typeparam', 'fixedbugs', 'ken', 'chan', 'interface']
GOOS, GOARCH = 'linux', 'amd64'
# Build tags test/run.go accepts for linux/amd64 (go1.19's default experiments, cgo enabled).
BUILD_TAGS = {GOOS, GOARCH, 'gc', 'cgo', 'test_run',
              'goexperiment.regabiwrappers', 'goexperiment.regabiargs'}
EXIT_SKIP = 77
DIFF_LINES = 30
WALL_FACTOR = 6  # wall-clock limit of a test, in units of its CPU-time limit
NOT_IN_STD_RE = re.compile(r'package (\S+) is not in std')
HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------------------------------------
# Which files are tests: test/run.go's reading of the recipe and of build constraints

class ConstraintError(Exception):
    pass


def tag_holds(name):
    if not name or not re.fullmatch(r'[\w.]+', name):
        return False
    return name in BUILD_TAGS


def eval_go_build(expr):
    """Evaluates a `//go:build` expression (||, &&, !, parentheses, tags)."""
    tokens = re.findall(r'\|\||&&|!|\(|\)|[^\s|&!()]+', expr)
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else None

    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def or_expr():
        v = and_expr()
        while peek() == '||':
            take()
            v = and_expr() or v
        return v

    def and_expr():
        v = not_expr()
        while peek() == '&&':
            take()
            v = not_expr() and v
        return v

    def not_expr():
        t = peek()
        if t is None:
            raise ConstraintError(expr)
        take()
        if t == '!':
            return not not_expr()
        if t == '(':
            v = or_expr()
            if peek() != ')':
                raise ConstraintError(expr)
            take()
            return v
        if t in ('||', '&&', ')'):
            raise ConstraintError(expr)
        return tag_holds(t)

    v = or_expr()
    if pos != len(tokens):
        raise ConstraintError(expr)
    return v


def eval_plus_build(options):
    """Evaluates a `// +build` line: space-separated options OR'd, comma-separated terms AND'd."""
    def term(t):
        return not tag_holds(t[1:]) if t.startswith('!') else tag_holds(t)
    return any(all(term(t) for t in opt.split(',')) for opt in options.split())


def constraint_excludes(header):
    """The first build-constraint line of the header that is false on linux/amd64, or None."""
    for line in header.split('\n'):
        if line.startswith('package '):
            break
        m = re.match(r'//go:build(\s.*)?$', line)
        try:
            if m and not eval_go_build(m.group(1) or ''):
                return line
        except ConstraintError:
            return line
        m = re.match(r'//\s*\+build(\s.*)?$', line)
        if m and not eval_plus_build(m.group(1) or ''):
            return line
    return None


def classify(src):
    """What test/run.go does with a file: ('run', ARGS) for a single-file run without flags
    (ARGS: the recipe's other words, which the driver hands to the program), else
    ('other', action), ('flags', recipe) or ('constraint', line)."""
    if src.startswith('\n'):
        return 'other', 'starts with a newline'
    action, sep, _ = src.partition('\n\n')
    if not sep:
        return 'other', 'no recipe'
    first, nl, rest = action.partition('\n')
    if nl and '+build' in first:
        action = rest
    if action.startswith('//'):
        action = action[2:]
    header, sep, _ = src.partition('\npackage')
    if not sep:
        header = action
    why = constraint_excludes(header)
    if why:
        return 'constraint', why
    try:
        fields = shlex.split(action)
    except ValueError:
        return 'other', 'unreadable recipe'
    if not fields or fields[0] != 'run':
        return 'other', fields[0] if fields else 'empty recipe'
    # Words after `run` are flags (`-gcflags`...), more files, or program arguments: the
    # recipe's second line onwards when no blank line ends it, and the few real ones.
    args = fields[1:]
    if any(a.startswith('-') or a.endswith('.go') for a in args):
        return 'flags', ' '.join(fields)
    return 'run', args


def find_tests(root):
    """Every single-file `// run` test under the test folder ({relative path: program
    arguments}), and counts of the other files by kind."""
    tests, others = {}, {}
    for folder in FOLDERS:
        d = os.path.join(root, folder)
        if not os.path.isdir(d):
            continue
        for name in sorted(os.listdir(d)):
            if not name.endswith('.go'):
                continue
            rel = os.path.normpath(os.path.join(folder, name))
            with open(os.path.join(root, rel), encoding='utf-8', errors='replace') as f:
                kind, detail = classify(f.read())
            if kind == 'run':
                tests[rel] = detail
            else:
                others[kind] = others.get(kind, 0) + 1
    return tests, others


def folder_of(rel):
    d = os.path.dirname(rel)
    return d if d else '.'


# ---------------------------------------------------------------------------------------------
# Expectations: what real Go does, recorded

def out_file(root, rel):
    return run_go_tests.read_bytes(os.path.join(root, rel[:-len('.go')] + '.out'))


def content_hash(root, rel):
    h = hashlib.sha256(run_go_tests.read_bytes(os.path.join(root, rel)))
    out = out_file(root, rel)
    if out is not None:
        h.update(b'\0.out\0' + out)
    return h.hexdigest()[:16]


def rule_output(root, rel):
    """What Go's driver requires a run test to print: NAME.out, or nothing."""
    out = out_file(root, rel)
    return (out or b'').decode('utf-8', 'replace')


class Expectations:
    """Go's results by test path: {'sha', 'exit', 'output' (only when not the rule's)}."""

    def __init__(self, path):
        self.path = path
        self.go_version = ''
        self.tests = {}
        data = None
        if path and os.path.exists(path):
            with open(path, encoding='utf-8') as f:
                data = json.load(f)
        if data:
            self.go_version = data.get('go', '')
            self.tests = data.get('tests', {})

    def lookup(self, root, rel, sha):
        e = self.tests.get(rel)
        if e is None or e.get('sha') != sha:
            return None
        return e.get('exit'), e.get('output', rule_output(root, rel))

    def record(self, root, rel, sha, status, output):
        e = {'sha': sha, 'exit': status}
        if output != rule_output(root, rel):
            e['output'] = output
        self.tests[rel] = e

    def save(self):
        # One test a line: small diffs when Go or the suite changes.
        lines = [f'{json.dumps(k)}: {json.dumps(self.tests[k], sort_keys=True)}'
                 for k in sorted(self.tests)]
        text = '{\n"go": ' + json.dumps(self.go_version) + ',\n"tests": {\n'
        text += ',\n'.join(lines) + '\n}}\n'
        tmp = self.path + '.tmp'
        with open(tmp, 'w', encoding='utf-8') as f:
            f.write(text)
        os.replace(tmp, self.path)


def go_version():
    try:
        return subprocess.run(['go', 'version'], capture_output=True, text=True,
                              timeout=60).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return ''


def test_env():
    # As test/run.go runs its tests: no user Go settings, GOOS and GOARCH set.
    env = dict(os.environ, GOENV='off', GOFLAGS='')
    env.setdefault('GOOS', GOOS)
    env.setdefault('GOARCH', GOARCH)
    return env


def go_build(root, rel, tmp):
    """Builds the test into tmp: as test/run.go does, else with `go build` (cgo), else with
    Go 1.20's front end (GOEXPERIMENT=unified), which builds the two programs test/run.go
    lists as go1.18-compiler failures. Returns (executable or None, compiler output)."""
    pkg, exe = os.path.join(tmp, 'pkg.a'), os.path.join(tmp, 'test.exe')
    env = test_env()
    recipes = [
        (env, [['go', 'tool', 'compile', '-p=main', '-o', pkg, rel],
               ['go', 'tool', 'link', '-s', '-w', '-o', exe, pkg]]),
        (dict(env, GO111MODULE='off'), [['go', 'build', '-o', exe, rel]]),
        (dict(env, GO111MODULE='off', GOEXPERIMENT='unified'), [['go', 'build', '-o', exe, rel]]),
    ]
    first_error = None
    for build_env, steps in recipes:
        for argv in steps:
            p = subprocess.run(argv, cwd=root, env=build_env, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=600)
            if p.returncode != 0:
                if first_error is None:
                    first_error = p.stdout.decode('utf-8', 'replace')
                break
        else:
            return exe, ''
    return None, first_error


def run_under_go(root, rel, args, timeout):
    """Real Go's (exit status or 'build', output) for the test, run from the test folder."""
    with tempfile.TemporaryDirectory(prefix='gosub-gotest-') as tmp:
        exe, errors = go_build(root, rel, tmp)
        if exe is None:
            return 'build', errors
        res = run_program([exe] + args, root, test_env(), timeout)
        return res.status, res.output


# ---------------------------------------------------------------------------------------------
# Running a program

class RunResult:
    def __init__(self, status, output, seconds):
        self.status = status    # exit status, -SIGNAL, or 'timeout'
        self.output = output    # stdout and stderr together, as text
        self.seconds = seconds


def cpu_seconds(pid):
    """CPU time (user and system, its threads and reaped children) a running process has
    used, or None where /proc cannot tell."""
    try:
        with open(f'/proc/{pid}/stat') as f:
            fields = f.read().rsplit(')', 1)[1].split()
        return sum(int(t) for t in fields[11:15]) / os.sysconf('SC_CLK_TCK')
    except (OSError, ValueError, IndexError):
        return None


def run_program(argv, cwd, env, timeout):
    """Runs argv in its own process group, stdout and stderr on one pipe. The group is killed
    when the process has used `timeout` seconds of CPU time, or has run WALL_FACTOR times that
    long (a hang that sleeps): CPU time does not grow with the machine's load, so a slow test
    does not fail on a busy machine. Where CPU time cannot be read, the limit is wall-clock."""
    start = time.monotonic()
    try:
        proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                start_new_session=True)
    except OSError as e:
        return RunResult(127, f'cannot run {argv[0]}: {e}\n', 0.0)
    chunks = []
    reader = threading.Thread(target=run_go_tests._drain, args=(proc.stdout, chunks),
                              daemon=True)
    reader.start()
    wall_limit = timeout * WALL_FACTOR if cpu_seconds(proc.pid) is not None else timeout
    while True:
        try:
            status = proc.wait(timeout=0.2)
            break
        except subprocess.TimeoutExpired:
            cpu = cpu_seconds(proc.pid)
            if time.monotonic() - start < wall_limit and (cpu is None or cpu < timeout):
                continue
        status = 'timeout'
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            proc.kill()
        proc.wait()
        break
    reader.join(timeout=5)
    output = b''.join(chunks).decode('utf-8', 'replace').replace('\r\n', '\n')
    return RunResult(status, output, time.monotonic() - start)


def describe_status(status):
    if status == 'build':
        return 'Go does not build it'
    return run_go_tests.describe_status(status)


def output_diff(want, got):
    want_lines, got_lines = want.splitlines(), got.splitlines()
    if want_lines == got_lines:  # only a final newline differs
        want_lines, got_lines = [repr(want[-20:])], [repr(got[-20:])]
    diff = list(difflib.unified_diff(want_lines, got_lines, 'want', 'got', lineterm='', n=2))
    if len(diff) > DIFF_LINES:
        diff = diff[:DIFF_LINES] + [f'... ({len(diff) - DIFF_LINES} more diff lines)']
    return 'output differs:\n' + '\n'.join('    ' + d for d in diff)


# ---------------------------------------------------------------------------------------------
# Lists: skip and xfail

def read_list(path):
    """{test path: reason} from a skip or xfail file."""
    entries = {}
    if not path:
        return entries
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.split('#', 1)[0].strip()
            if not line:
                continue
            fields = line.split(None, 1)
            if len(fields) < 2:
                sys.exit(f'{path}:{n}: a test path, then its reason')
            entries[os.path.normpath(fields[0])] = fields[1].strip()
    return entries


# ---------------------------------------------------------------------------------------------
# The run

class Outcome:
    def __init__(self, rel, kind, why=(), result=None, packages=()):
        self.rel = rel
        self.kind = kind        # pass, fail, xfail, skip, nostd, gofails
        self.why = list(why)
        self.result = result
        self.packages = list(packages)


def judge(expected, res):
    """The reasons gosub's run misses Go's result; empty when it passes."""
    want_status, want_output = expected
    if res.status == 'timeout':
        why = ['timed out']
        if res.output.strip():
            why.append('output so far:\n' + '\n'.join(
                '    ' + l for l in res.output.splitlines()[-10:]))
        return why
    why = []
    if res.status != want_status:
        why.append(f'{describe_status(res.status)}, want {describe_status(want_status)}')
    if res.output != want_output:
        why.append(output_diff(want_output, res.output))
    return why


def parse_args(argv):
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('filters', nargs='*', metavar='FILTER',
                    help='only tests whose path (e.g. fixedbugs/issue1234.go) contains one')
    ap.add_argument('--gosub', default=os.environ.get('GOSUB', 'build/gosub'),
                    help='the gosub command (default: $GOSUB or build/gosub)')
    ap.add_argument('--goroot', help="the Go installation whose test folder to run "
                    "(default: $GOROOT, `go env GOROOT`, /usr/local/go or /usr/lib/go)")
    ap.add_argument('--skip', default=os.path.join(HERE, 'gotest-skip.txt'), metavar='FILE',
                    help='tests not run, with their reasons (default: %(default)s)')
    ap.add_argument('--xfail', action='append', metavar='FILE',
                    help='known failures, with their reasons (may repeat; default: '
                         + os.path.join(HERE, 'gotest-xfail.txt') + ')')
    ap.add_argument('--expected', default=os.path.join(HERE, 'gotest-expected.json'),
                    metavar='FILE', help="Go's recorded results (default: %(default)s)")
    ap.add_argument('--cache', metavar='FILE',
                    default=os.path.join(tempfile.gettempdir(),
                                         f'gosub-gotest-cache-{os.getuid()}.json'),
                    help="Go's results for tests the expected file lacks (default: %(default)s)")
    ap.add_argument('--regen', action='store_true',
                    help='run the tests under Go, record their results in the expected file '
                         '(all of them: rewrite it), and stop')
    ap.add_argument('-j', '--jobs', type=int, default=2, metavar='N',
                    help='tests run at once (default: 2)')
    ap.add_argument('--timeout', type=float, default=10.0, metavar='S',
                    help='seconds of CPU time a test may use (default: 10); it may run for '
                         f'{WALL_FACTOR} times that long by the clock')
    ap.add_argument('--json', metavar='FILE', help='write every outcome to FILE (for triage)')
    ap.add_argument('-v', '--verbose', action='store_true',
                    help='list every test, and the reasons of expected failures too')
    opts = ap.parse_args(argv)
    if opts.jobs < 1:
        ap.error('--jobs must be at least 1')
    if not opts.xfail:
        opts.xfail = [os.path.join(HERE, 'gotest-xfail.txt')]
    return opts


def find_root(opts):
    """The test folder: under --goroot, $GOROOT, `go env GOROOT`, or the usual places."""
    goroots = [opts.goroot] if opts.goroot else [os.environ.get('GOROOT')]
    if not opts.goroot and shutil.which('go'):
        try:
            goroots.append(subprocess.run(['go', 'env', 'GOROOT'], capture_output=True,
                                          text=True, timeout=60).stdout.strip())
        except (OSError, subprocess.TimeoutExpired):
            pass
    if not opts.goroot:
        goroots += ['/usr/local/go', '/usr/lib/go']
    for goroot in goroots:
        if goroot and os.path.isfile(os.path.join(goroot, 'test', 'run.go')):
            return os.path.join(goroot, 'test')
    return None


def regenerate(opts, root, tests):
    """Records Go's results: for the filtered tests only, or for the whole suite afresh."""
    if not shutil.which('go'):
        sys.exit('--regen needs the go command')
    exp = Expectations(opts.expected)
    if not opts.filters:
        exp.tests = {}
    exp.go_version = go_version()
    with concurrent.futures.ThreadPoolExecutor(max_workers=opts.jobs) as pool:
        results = pool.map(lambda rel: (rel, run_under_go(root, rel, tests[rel], 60)), tests)
        for rel, (status, output) in results:
            exp.record(root, rel, content_hash(root, rel), status, output)
            if status != 0 or output != rule_output(root, rel):
                print(f'{rel}: under Go, {describe_status(status)}', flush=True)
    exp.save()
    print(f'{opts.expected}: {len(tests)} tests, {exp.go_version}')
    return 0


class Expecter:
    """Go's result for a test: recorded, cached, computed with Go, or Go's driver's rule."""

    def __init__(self, opts, root):
        self.root = root
        self.committed = Expectations(opts.expected)
        self.cache = Expectations(opts.cache)
        self.have_go = shutil.which('go') is not None
        self.lock = threading.Lock()
        self.cache_dirty = False
        self.by_rule = 0

    def get(self, rel, args):
        sha = content_hash(self.root, rel)
        for exp in (self.committed, self.cache):
            found = exp.lookup(self.root, rel, sha)
            if found:
                return found
        if not self.have_go:
            with self.lock:
                self.by_rule += 1
            return 0, rule_output(self.root, rel)
        status, output = run_under_go(self.root, rel, args, 60)
        with self.lock:
            self.cache.record(self.root, rel, sha, status, output)
            self.cache_dirty = True
        return status, output

    def save(self):
        if self.cache_dirty and self.cache.path:
            try:
                self.cache.save()
            except OSError as e:
                print(f'cannot write {self.cache.path}: {e}')


def run_one(rel, args, opts, root, command, expecter, skips, xfails):
    if rel in skips:
        return Outcome(rel, 'skip', [skips[rel]])
    expected = expecter.get(rel, args)
    if expected != (0, rule_output(root, rel)):
        return Outcome(rel, 'gofails', [describe_status(expected[0])])
    res = run_program(command + ['run', rel] + args, root, test_env(), opts.timeout)
    if res.status == 1:
        packages = NOT_IN_STD_RE.findall(res.output)
        if packages:
            return Outcome(rel, 'nostd', result=res, packages=packages)
    why = judge(expected, res)
    if not why:
        return Outcome(rel, 'pass', result=res)
    return Outcome(rel, 'xfail' if rel in xfails else 'fail', why, res)


COLUMNS = [('run', 'run'), ('nostd', 'no-std'), ('cand', 'candidates'), ('skip', 'skipped'),
           ('pass', 'passed'), ('fail', 'failed'), ('xfail', 'xfail')]


def print_table(outcomes):
    rows = {}
    for o in outcomes:
        row = rows.setdefault(folder_of(o.rel), dict.fromkeys(
            [c for c, _ in COLUMNS] + ['gofails'], 0))
        row['run'] += 1
        row[o.kind] += 1
        if o.kind not in ('nostd', 'gofails'):
            row['cand'] += 1
    total = dict.fromkeys([c for c, _ in COLUMNS] + ['gofails'], 0)
    for row in rows.values():
        for k in total:
            total[k] += row[k]
    cols = COLUMNS + ([('gofails', 'go-fails')] if total['gofails'] else [])
    name_w = 12
    print(f'{"folder":<{name_w}}' + ''.join(f'{title:>11}' for _, title in cols))
    for folder in FOLDERS:
        if folder in rows:
            label = 'test/' if folder == '.' else folder + '/'
            print(f'{label:<{name_w}}' + ''.join(f'{rows[folder][c]:>11}' for c, _ in cols))
    print(f'{"total":<{name_w}}' + ''.join(f'{total[c]:>11}' for c, _ in cols))


def print_tally(title, items):
    tally = {}
    for item in items:
        tally[item] = tally.get(item, 0) + 1
    if tally:
        parts = sorted(tally.items(), key=lambda kv: (-kv[1], kv[0]))
        print(f'{title}: ' + ', '.join(f'{k} {n}' for k, n in parts))


def write_json(path, outcomes):
    data = []
    for o in outcomes:
        item = {'test': o.rel, 'kind': o.kind, 'why': o.why, 'packages': o.packages}
        if o.result:
            out = o.result.output
            if len(out) > 8000:  # the start says what failed, the end holds sanitizer reports
                out = out[:4000] + '\n...\n' + out[-4000:]
            item.update(status=o.result.status, seconds=round(o.result.seconds, 2), output=out)
        data.append(item)
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(data, f, indent=1)


def main(argv):
    opts = parse_args(argv)
    root = find_root(opts)
    if root is None:
        print("SKIP: Go's test folder not found (install Go, or pass --goroot)")
        return EXIT_SKIP
    tests, others = find_tests(root)
    if opts.verbose:
        print(f'{root}: {len(tests)} single-file run tests; other files: ' +
              ', '.join(f'{k} {n}' for k, n in sorted(others.items())))
    if opts.filters:
        tests = {t: a for t, a in tests.items() if any(f in t for f in opts.filters)}
    if opts.regen:
        return regenerate(opts, root, tests)
    command = run_go_tests.make_runner(argparse.Namespace(go=False, gosub=opts.gosub)).command
    skips, xfails = read_list(opts.skip), {}
    for path in opts.xfail:
        xfails.update(read_list(path))
    for rel in set(skips) & set(xfails):
        sys.exit(f'{rel} is on both the skip list and the xfail list')
    expecter = Expecter(opts, root)

    start = time.monotonic()
    outcomes = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=opts.jobs) as pool:
        futures = [pool.submit(run_one, rel, args, opts, root, command, expecter, skips, xfails)
                   for rel, args in tests.items()]
        for fut in futures:
            o = fut.result()
            outcomes.append(o)
            if o.kind == 'fail' or (opts.verbose and o.kind == 'xfail'):
                print(f'{o.kind.upper()} {o.rel}\n  ' + '\n  '.join(o.why), flush=True)
            elif opts.verbose:
                secs = f' ({o.result.seconds:.2f} s)' if o.result else ''
                print(f'{o.kind} {o.rel}{secs}', flush=True)
    expecter.save()
    if opts.json:
        write_json(opts.json, outcomes)

    print_table(outcomes)
    print_tally('skipped by reason', [o.why[0].split()[0] for o in outcomes if o.kind == 'skip'])
    print_tally('imports gosub lacks', [p for o in outcomes for p in set(o.packages)])
    for o in outcomes:
        if o.kind == 'gofails':
            print(f'{o.rel}: fails under real Go too ({o.why[0]}), not counted')
    if expecter.by_rule:
        print(f"{expecter.by_rule} tests without a recorded Go result (no go command): "
              "expected exit status 0 and NAME.out, or no output, as Go's driver expects")
    ran = {o.rel for o in outcomes}
    if not opts.filters:
        for name, entries in (('skip', skips), ('xfail', xfails)):
            for rel in sorted(set(entries) - ran):
                print(f'{name} list names {rel}, which is not a test here')
    for o in outcomes:
        if o.kind == 'pass' and o.rel in xfails:
            print(f'now passes, take it off the xfail list: {o.rel}')
    passed = sum(o.kind == 'pass' for o in outcomes)
    failed = sum(o.kind == 'fail' for o in outcomes)
    print(f'{time.monotonic() - start:.0f} s')
    print(f'{passed} passed, {failed} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
