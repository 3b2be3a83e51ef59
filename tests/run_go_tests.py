#!/usr/bin/env python3
"""Run Go test programs under gosub (or real Go) and check them against their expectations.

Usage: run_go_tests.py --gosub PATH [--go] [--filter S] [-v] [--jobs N] [--reps N]
                       [--env K=V] DIR_OR_FILE...

A test is NAME.go. Beside it, NAME.out holds the exact expected stdout and NAME.in, if present,
is fed as stdin (otherwise stdin is empty). Directive comments at the top of NAME.go, before the
`package` clause, say what else is expected:

  // exit: N            exit status (default 0, or 1 when there is an `error:` directive)
  // stderr: TEXT       stderr contains TEXT (may repeat)
  // error: L:C: TEXT   a compile error: some stderr line holds "NAME.go:L:C: " and TEXT
  // error: L: TEXT     the same, any column
  // args: A B C        program arguments (shell-style quoting)
  // env: K=V           environment variable for this test (may repeat)
  // output: sorted     compare stdout as a sorted list of lines
  // timeout: S         seconds before the test counts as hung (default 10)
  // go: skip           real Go (1.19 here) cannot check it: its expectation was derived by hand

Each test runs in its own directory as `GOSUB run NAME.go ARGS...`.

With --go the tests run under real Go instead (tests marked `go: skip` are skipped), to check
the expectations themselves: NAME.go is copied into a temporary directory and built there with
`go build` (GO111MODULE=off), then the binary runs in the test's directory like gosub would.
(`go run` itself cannot be used: it turns every non-zero exit status into 1.) With --update,
NAME.out is rewritten from Go's stdout.

Each failure is printed with its reasons; the last line is `N passed, N failed` (preceded by
`N skipped (go: skip)` when --go skipped some), and the exit status is 0 iff no test failed.
"""

import argparse
import concurrent.futures
import difflib
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

DIRECTIVE_RE = re.compile(r'^//\s*(exit|stderr|error|args|env|output|timeout|go):(.*)$')
ERROR_RE = re.compile(r'^(\d+)(?::(\d+))?:\s*(.*)$')
OUTPUT_CAP = 8 << 20  # bytes of stdout/stderr kept per run; the rest is drained and dropped
DIFF_LINES = 40


class TestSpecError(Exception):
    """A test file whose directives cannot be understood."""


class GoTest:
    """One NAME.go test and its expectations."""

    def __init__(self, path):
        self.path = path
        self.dir = os.path.dirname(path) or '.'
        self.file = os.path.basename(path)
        self.name = self.file[:-len('.go')]
        self.exit = None
        self.stderr = []        # texts stderr must contain
        self.errors = []        # (line, column or None, text)
        self.args = []
        self.env = {}
        self.sorted_output = False
        self.timeout = 10.0
        self.go_skip = False
        self._read_directives()
        if self.exit is None:
            self.exit = 1 if self.errors else 0
        self.expected_raw = read_bytes(self.sibling('.out'))
        self.expected = None
        if self.expected_raw is not None:
            self.expected = self.expected_raw.decode('utf-8', 'replace')
        stdin = self.sibling('.in')
        self.stdin = stdin if os.path.exists(stdin) else None

    def sibling(self, ext):
        return os.path.join(self.dir, self.name + ext)

    def _read_directives(self):
        with open(self.path, encoding='utf-8', errors='replace') as f:
            for line in f:
                line = line.strip().lstrip('\ufeff')
                if line.startswith('package ') or line == 'package':
                    break
                m = DIRECTIVE_RE.match(line)
                if m:
                    self._directive(m.group(1), m.group(2).strip())

    def _directive(self, key, value):
        try:
            if key == 'exit':
                self.exit = int(value)
            elif key == 'stderr':
                self.stderr.append(value)
            elif key == 'error':
                m = ERROR_RE.match(value)
                if not m:
                    raise ValueError(value)
                col = int(m.group(2)) if m.group(2) else None
                self.errors.append((int(m.group(1)), col, m.group(3)))
            elif key == 'args':
                self.args = shlex.split(value)
            elif key == 'env':
                k, eq, v = value.partition('=')
                if not eq:
                    raise ValueError(value)
                self.env[k] = v
            elif key == 'output':
                self.sorted_output = value == 'sorted'
            elif key == 'timeout':
                self.timeout = float(value)
            elif key == 'go':
                self.go_skip = value.split()[:1] == ['skip']
        except ValueError:
            raise TestSpecError(f'{self.path}: bad directive: // {key}: {value}')


def read_bytes(path):
    try:
        with open(path, 'rb') as f:
            return f.read()
    except FileNotFoundError:
        return None


def find_tests(paths, substring):
    """Every NAME.go under the given files and directories, sorted, filtered by substring."""
    found = []
    for p in paths:
        if os.path.isfile(p):
            found.append(p)
            continue
        if not os.path.isdir(p):
            raise FileNotFoundError(p)
        for root, dirs, files in os.walk(p):
            dirs[:] = sorted(d for d in dirs if not d.startswith(('.', '_')))
            found.extend(os.path.join(root, f) for f in sorted(files) if f.endswith('.go'))
    return [t for t in found if substring in t]


# ---------------------------------------------------------------------------------------------
# Running a program

class RunResult:
    def __init__(self, status, stdout, stderr, seconds):
        self.status = status    # exit status, -SIGNAL, or 'timeout'
        self.raw_stdout = stdout  # bytes: stdout is compared byte for byte
        self.stdout = stdout.decode('utf-8', 'replace')
        self.stderr = stderr.decode('utf-8', 'replace')
        self.seconds = seconds


def _drain(stream, chunks):
    """Read a pipe to its end, keeping at most OUTPUT_CAP bytes."""
    kept = 0
    while True:
        data = stream.read(65536)
        if not data:
            break
        if kept < OUTPUT_CAP:
            data = data[:OUTPUT_CAP - kept]
            chunks.append(data)
            kept += len(data)
    stream.close()


def run_program(argv, cwd, env, stdin_path, timeout):
    """Run argv in its own process group; kill the whole group if it outlives timeout."""
    stdin = open(stdin_path, 'rb') if stdin_path else subprocess.DEVNULL
    start = time.monotonic()
    try:
        proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=stdin, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, start_new_session=True)
    except OSError as e:
        if stdin_path:
            stdin.close()
        return RunResult(127, b'', f'cannot run {argv[0]}: {e}\n'.encode(), 0.0)
    out, err = [], []
    readers = [threading.Thread(target=_drain, args=(proc.stdout, out), daemon=True),
               threading.Thread(target=_drain, args=(proc.stderr, err), daemon=True)]
    for r in readers:
        r.start()
    try:
        status = proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        status = 'timeout'
        # The program is still running (not reaped), so its process group is still ours:
        # kill the whole group, children included.
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            proc.kill()
        proc.wait()
    for r in readers:
        r.join(timeout=5)  # a child left running may hold the pipes open: don't wait forever
    if stdin_path:
        stdin.close()
    elapsed = time.monotonic() - start
    return RunResult(status, b''.join(out), b''.join(err), elapsed)


# ---------------------------------------------------------------------------------------------
# Checking a result against the expectation

def describe_status(status):
    if status == 'timeout':
        return 'timed out'
    if status < 0:
        try:
            return f'killed by signal {-status} ({signal.Signals(-status).name})'
        except ValueError:
            return f'killed by signal {-status}'
    return f'exit status {status}'


def stdout_diff(want, got, sort_lines):
    if sort_lines:
        want_lines, got_lines = sorted(want.splitlines()), sorted(got.splitlines())
    else:
        want_lines, got_lines = want.splitlines(), got.splitlines()
        if want_lines == got_lines:  # only the final newline differs
            want_lines = [repr(want[-20:])]
            got_lines = [repr(got[-20:])]
    diff = list(difflib.unified_diff(want_lines, got_lines, 'want', 'got', lineterm='', n=2))
    if len(diff) > DIFF_LINES:
        diff = diff[:DIFF_LINES] + [f'... ({len(diff) - DIFF_LINES} more diff lines)']
    return 'stdout differs:\n' + '\n'.join('    ' + d for d in diff)


def error_position_re(test, line, col):
    pos = f'{re.escape(test.file)}:{line}:' + (f'{col}: ' if col else r'(\d+: |\s)')
    return re.compile(r'(^|[\s/])' + pos)


def check(test, res):
    """The reasons the run misses its expectation; empty when it passes."""
    if res.status == 'timeout':
        why = [f'no exit within {test.timeout:g} s']
        if res.stderr.strip():
            why.append('stderr so far:\n' + '\n'.join('    ' + l for l in res.stderr.splitlines()[-10:]))
        return why
    why = []
    if res.status != test.exit:
        why.append(f'{describe_status(res.status)}, want exit status {test.exit}')
    if test.expected is not None:
        if test.sorted_output:
            same = sorted(res.stdout.splitlines()) == sorted(test.expected.splitlines())
        else:
            same = res.raw_stdout == test.expected_raw
        if not same:
            why.append(stdout_diff(test.expected, res.stdout, test.sorted_output))
    elif not test.errors:
        why.append(f'{test.name}.out is missing')
    for text in test.stderr:
        if text not in res.stderr:
            why.append(f'stderr lacks: {text}')
    err_lines = res.stderr.splitlines()
    for line, col, text in test.errors:
        pos = error_position_re(test, line, col)
        if not any(pos.search(l) and text in l for l in err_lines):
            where = f'{test.file}:{line}:' + (f'{col}:' if col else '')
            why.append(f'missing compile error: {where} {text}')
    if why and res.stderr.strip():
        shown = err_lines[:15]
        more = f'\n    ... ({len(err_lines) - 15} more lines)' if len(err_lines) > 15 else ''
        why.append('stderr was:\n' + '\n'.join('    ' + l for l in shown) + more)
    return why


# ---------------------------------------------------------------------------------------------
# Runners: gosub, and real Go for checking the expectations

class GosubRunner:
    def __init__(self, command):
        self.command = command

    def prepare(self, test, env):
        return self.command + ['run', test.file] + test.args, None

    def cleanup(self):
        pass


class GoRunner:
    """Builds each test with real Go in a temporary copy; runs the binary in the test's dir."""

    def __init__(self):
        self.tmp = tempfile.mkdtemp(prefix='gosub-gotests-')
        self.counter = 0
        self.lock = threading.Lock()

    def prepare(self, test, env):
        with self.lock:
            self.counter += 1
            work = os.path.join(self.tmp, str(self.counter))
        os.mkdir(work)
        shutil.copy(test.path, os.path.join(work, test.file))
        exe = os.path.join(work, 'prog')
        build_env = dict(env, GO111MODULE='off')
        try:
            p = subprocess.run(['go', 'build', '-o', exe, test.file], cwd=work, env=build_env,
                               stdin=subprocess.DEVNULL, capture_output=True, timeout=300)
        except (OSError, subprocess.TimeoutExpired) as e:
            return None, RunResult(127, b'', f'go build: {e}\n'.encode(), 0.0)
        if p.returncode != 0:
            return None, RunResult(1, b'', p.stdout + p.stderr, 0.0)
        return [exe] + test.args, None

    def cleanup(self):
        shutil.rmtree(self.tmp, ignore_errors=True)


def run_test(test, runner, opts):
    """Returns (status, reasons, seconds); status is 'pass', 'fail' or 'skip'."""
    if opts.go and test.go_skip:
        return 'skip', [], 0.0
    env = dict(os.environ)
    env.update(opts.extra_env)
    env.update(test.env)
    argv, build_failure = runner.prepare(test, env)
    times = []
    for rep in range(opts.reps):
        if argv is None:
            res = build_failure
        else:
            res = run_program(argv, test.dir, env, test.stdin, test.timeout)
        times.append(res.seconds)
        if opts.update and not test.errors and res.status != 'timeout':
            with open(test.sibling('.out'), 'wb') as f:
                f.write(res.raw_stdout)
            test.expected_raw, test.expected = res.raw_stdout, res.stdout
        why = check(test, res)
        if why:
            if opts.reps > 1:
                why.insert(0, f'failed on run {rep + 1} of {opts.reps}')
            return 'fail', why, res.seconds
    times.sort()
    return 'pass', [], times[len(times) // 2]


def parse_args(argv):
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('paths', nargs='+', metavar='DIR', help='test directories or .go files')
    ap.add_argument('--gosub', default=os.environ.get('GOSUB', 'build/gosub'),
                    help='the gosub command (default: $GOSUB or build/gosub)')
    ap.add_argument('--go', action='store_true', help='run the tests under real Go instead')
    ap.add_argument('--update', action='store_true',
                    help="with --go: write each NAME.out from Go's stdout")
    ap.add_argument('--filter', default='', metavar='S', help='only tests whose path contains S')
    ap.add_argument('-v', '--verbose', action='store_true', help='also list passing tests')
    ap.add_argument('-j', '--jobs', type=int, default=os.cpu_count() or 2, metavar='N',
                    help='tests run at once (default: number of CPUs)')
    ap.add_argument('--reps', type=int, default=1, metavar='N',
                    help='run each test N times; one failure fails it')
    ap.add_argument('--env', action='append', default=[], metavar='K=V',
                    help='extra environment for every test (may repeat)')
    ap.add_argument('--xfail', metavar='FILE', action='append', default=[],
                    help='tests known to fail (one path a line, relative to the test root): '
                         'their failures count as skipped; one that passes is named (may '
                         'repeat)')
    opts = ap.parse_args(argv)
    if opts.update and not opts.go:
        ap.error('--update needs --go: expectations come from real Go')
    if opts.reps < 1 or opts.jobs < 1:
        ap.error('--reps and --jobs must be at least 1')
    opts.extra_env = {}
    for kv in opts.env:
        k, eq, v = kv.partition('=')
        if not eq:
            ap.error(f'--env wants K=V, got {kv}')
        opts.extra_env[k] = v
    return opts


def make_runner(opts):
    if opts.go:
        if not shutil.which('go'):
            sys.exit('go not found in PATH')
        return GoRunner()
    command = shlex.split(opts.gosub)
    if not command:
        sys.exit('--gosub is empty')
    if os.sep in command[0]:
        command[0] = os.path.abspath(command[0])
        if not os.access(command[0], os.X_OK):
            sys.exit(f'gosub not found: {command[0]} (build it, or pass --gosub)')
    elif not shutil.which(command[0]):
        sys.exit(f'gosub not found: {command[0]} (build it, or pass --gosub)')
    return GosubRunner(command)


def main(argv):
    opts = parse_args(argv)
    try:
        paths = find_tests(opts.paths, opts.filter)
    except FileNotFoundError as e:
        sys.exit(f'no such test file or directory: {e}')
    runner = make_runner(opts)

    def one(path):
        try:
            test = GoTest(path)
        except (OSError, TestSpecError) as e:
            return path, 'fail', [str(e)], 0.0
        status, why, seconds = run_test(test, runner, opts)
        return path, status, why, seconds

    known = []
    for name in opts.xfail:
        with open(name) as f:
            known += [l.strip() for l in f if l.strip() and not l.lstrip().startswith('#')]

    def is_known(path):
        p = os.path.normpath(path)
        return any(p == k or p.endswith(os.sep + os.path.normpath(k)) for k in known)

    counts = {'pass': 0, 'fail': 0, 'skip': 0, 'xfail': 0}
    now_pass = []
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=opts.jobs) as pool:
            for path, status, why, seconds in pool.map(one, paths):
                if known and is_known(path):
                    if status == 'fail':
                        status = 'xfail'
                    elif status == 'pass':
                        now_pass.append(path)
                counts[status] += 1
                if status == 'fail':
                    print(f'FAIL {path}\n  ' + '\n  '.join(why), flush=True)
                elif opts.verbose:
                    print(f'{status} {path} ({seconds:.2f} s)', flush=True)
    finally:
        runner.cleanup()
    if counts['skip']:
        print(f'{counts["skip"]} skipped (go: skip)')
    if opts.xfail:
        lists = ' and '.join(opts.xfail)
        print(f'{counts["xfail"]} known failures listed in {lists} still fail')
        for p in now_pass:
            print(f'now passes, take it off {lists}: {p}')
    print(f'{counts["pass"]} passed, {counts["fail"]} failed')
    return 1 if counts['fail'] else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
