#!/usr/bin/env python3
"""Checks the tools that catch concurrency bugs: --sched/--seed, --explore and -race.

Usage: catch_test.py --gosub PATH [--only NAME] [--seeds N] [--runs N] [-v] [DIR...]

  determinism  every program of each DIR (default: tests/go/conc) run --runs times under each
               of --seeds seeds prints byte for byte the same (stdout, stderr, exit status)
               each time; the total wall time is printed (sleeps are virtual)
  interleave   catch/interleave.go: different seeds give different logs
  seed         a failing --sched=random run without --seed prints its seed and a command
               that replays it; bad flag values are refused
  explore      each catch/explore/*.go (a rare bug) is found by --explore=1000 --seed=1 as its
               '// explore: ' directive says (exit N, or output), and the printed command
               replays the failing schedule byte for byte (but for heap addresses in
               tracebacks); schedules needed and schedules per second are printed
  race         each catch/race/*.go is reported by -race once per '// race: L1 L2' directive,
               with the two source lines of the accesses (as go run -race reports them, in
               either order), then 'Found N data race(s)' and exit status 66
  norace       each catch/norace/*.go prints NAME.out under -race, exit 0, no report, and no
               schedule of --explore=100 -race fails
  outside      go/lib's exec_run.go and signal_notify.go (a child's exit, a signal) print
               their .out under --seed: waiting on the outside world is not a deadlock

The last line is `N passed, N failed`; the exit status is 0 iff every check passed.
"""

import argparse
import glob
import os
import re
import shlex
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CATCH = os.path.join(HERE, 'catch')


class Failed(Exception):
    pass


def run(gosub, args, cwd, timeout=60, stdin=b''):
    p = subprocess.run(gosub + args, cwd=cwd, input=stdin, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=timeout)
    return p.returncode, p.stdout, p.stderr


def directives(path, key):
    """The values of the `// key: VALUE` comment lines above `package`."""
    out = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('package '):
                break
            m = re.match(r'^//\s*' + key + r':\s?(.*)$', line.strip())
            if m:
                out.append(m.group(1).strip())
    return out


def programs(d):
    return sorted(glob.glob(os.path.join(d, '*.go')))


def run_program(gosub, flags, path, timeout=60):
    """Runs path as the spec runner does: its directory, its args, env and stdin."""
    d, name = os.path.split(path)
    args = []
    for a in directives(path, 'args'):
        args += shlex.split(a)
    env = dict(os.environ)
    for kv in directives(path, 'env'):
        k, _, v = kv.partition('=')
        env[k] = v
    stdin = b''
    if os.path.exists(path[:-3] + '.in'):
        with open(path[:-3] + '.in', 'rb') as f:
            stdin = f.read()
    p = subprocess.run(gosub + ['run'] + flags + [name] + args, cwd=d or '.', input=stdin,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout, env=env)
    return p.returncode, p.stdout, p.stderr


# ---- the checks ----

def check_determinism(ctx):
    start = time.monotonic()
    n = 0
    for d in ctx.dirs:
        for path in programs(d):
            for seed in range(1, ctx.seeds + 1):
                first = None
                for _ in range(ctx.runs):
                    got = run_program(ctx.gosub, ['--seed=%d' % seed], path)
                    n += 1
                    if first is None:
                        first = got
                    elif got != first:
                        raise Failed('%s --seed=%d: two runs differ' % (path, seed))
    ctx.note('determinism: %d runs (%d seeds x %d runs on each program) byte-identical in '
             '%.1f s' % (n, ctx.seeds, ctx.runs, time.monotonic() - start))


def check_interleave(ctx):
    path = os.path.join(CATCH, 'interleave.go')
    logs = set()
    for seed in range(1, 11):
        code, out, _ = run_program(ctx.gosub, ['--seed=%d' % seed], path)
        if code != 0:
            raise Failed('interleave.go --seed=%d: exit %d' % (seed, code))
        logs.add(out)
    if len(logs) < 3:
        raise Failed('10 seeds gave only %d different interleavings' % len(logs))
    if run_program(ctx.gosub, ['--seed=7'], path)[1] != run_program(ctx.gosub, ['--seed=7'],
                                                                    path)[1]:
        raise Failed('--seed=7 twice gave two interleavings')
    ctx.note('interleave: 10 seeds, %d different logs' % len(logs))


def no_addresses(text):
    return re.sub(r'0x[0-9a-f]{6,}', '0x?', text)


def replay_args(stderr):
    """The arguments of the replay command gosub printed (after 'gosub')."""
    m = re.search(r'replay it with:\n    gosub (.*)\n', stderr)
    if not m:
        raise Failed('no replay command in:\n' + stderr)
    return shlex.split(m.group(1))


def check_seed(ctx):
    d = ctx.tmp
    path = os.path.join(d, 'fails.go')
    with open(path, 'w') as f:
        f.write('package main\n\nimport "fmt"\n\nfunc main() {\n\tch := make(chan int)\n'
                '\tgo func() { ch <- 1 }()\n\tfmt.Println(<-ch)\n\tpanic("boom")\n}\n')
    code, out, err = run(ctx.gosub, ['run', '--sched=random', 'fails.go'], d)
    err = err.decode()
    if code != 2 or "this schedule's seed is" not in err:
        raise Failed('a failing random schedule did not print its seed:\n' + err)
    args = replay_args(err)
    code2, out2, err2 = run(ctx.gosub, args, d)
    if (code2, out2) != (code, out) or 'panic: boom' not in err2.decode():
        raise Failed('the replay command did not replay: ' + ' '.join(args))
    code, _, err = run(ctx.gosub, ['run', '--seed=12x', 'fails.go'], d)
    if code != 2 or b'bad value for --seed' not in err:
        raise Failed('--seed=12x was not refused')
    code, _, err = run(ctx.gosub, ['run', '--sched=fair', 'fails.go'], d)
    if code != 2 or b'--sched takes random or pct' not in err:
        raise Failed('--sched=fair was not refused')


def check_explore(ctx):
    for path in programs(os.path.join(CATCH, 'explore')):
        name = os.path.basename(path)
        want = directives(path, 'explore')[0]
        start = time.monotonic()
        code, out, err = run_program(ctx.gosub, ['--explore=1000', '--seed=1'], path, 300)
        dt = time.monotonic() - start
        err = err.decode()
        m = re.search(r'gosub: schedule (\d+) of 1000 failed: (.*)\n', err)
        if not m:
            raise Failed('%s: --explore=1000 found nothing:\n%s' % (name, err))
        kind = m.group(2)
        if want == 'output' and kind != 'different output' or \
           want.startswith('exit') and kind != 'exit status ' + want.split()[1]:
            raise Failed('%s: found "%s", wanted %s' % (name, kind, want))
        # the replay: the failing run's output, byte for byte but for heap addresses (the
        # explorer ran other schedules before this one in the same heap)
        args = replay_args(err)
        code2, out2, err2 = run(ctx.gosub, args, os.path.dirname(path))
        failing_err = err[:m.start()]
        if out2 != out or no_addresses(err2.decode()) != no_addresses(failing_err) or \
           (code != 1 and code2 != code):
            raise Failed('%s: the replay differs from the failing schedule:\n%s' %
                         (name, ' '.join(args)))
        ctx.note('explore: %s found at schedule %s (%s) in %.2f s; replayed by: gosub %s' %
                 (name, m.group(1), kind, dt, ' '.join(args)))
    # throughput on a small correct program
    path = os.path.join(CATCH, 'norace', 'channels.go')
    code, _, err = run_program(ctx.gosub, ['--explore=2000', '--seed=1'], path, 600)
    m = re.search(r'(\d+) schedules .* in ([\d.]+) s \((\d+)/s\)', err.decode())
    if code != 0 or not m:
        raise Failed('norace/channels.go failed a schedule:\n' + err.decode())
    ctx.note('explore: %s schedules of norace/channels.go in %s s (%s/s)' % m.groups())


def race_pairs(stderr):
    """The (line, line) of the two accesses of each report, in report order."""
    pairs = []
    for rep in stderr.split('WARNING: DATA RACE\n')[1:]:
        lines = re.findall(r'^(?:Read|Write|Previous read|Previous write) at .*:\n'
                           r'  .*\n\s+\S+:(\d+) ', rep, re.M)
        if len(lines) != 2:
            raise Failed('a report without its two accesses:\n' + rep)
        pairs.append(tuple(sorted(int(x) for x in lines)))
    return pairs


def check_race(ctx):
    for path in programs(os.path.join(CATCH, 'race')):
        name = os.path.basename(path)
        want = sorted(tuple(sorted(int(x) for x in d.split())) for d in directives(path, 'race'))
        code, _, err = run_program(ctx.gosub, ['-race'], path)
        err = err.decode()
        got = sorted(race_pairs(err))
        if got != want:
            raise Failed('%s: reported %s, want %s:\n%s' % (name, got, want, err))
        if code != 66 or 'Found %d data race(s)\n' % len(want) not in err:
            raise Failed('%s: exit %d, or no "Found %d data race(s)"' % (name, code, len(want)))
    ctx.note('race: %d racy programs reported at the right lines' %
             len(programs(os.path.join(CATCH, 'race'))))


def check_norace(ctx):
    for path in programs(os.path.join(CATCH, 'norace')):
        name = os.path.basename(path)
        with open(path[:-3] + '.out', 'rb') as f:
            want = f.read()
        code, out, err = run_program(ctx.gosub, ['-race'], path)
        if code != 0 or out != want or b'DATA RACE' in err:
            raise Failed('%s under -race: exit %d\n%s%s' % (name, code, out.decode(),
                                                            err.decode()))
        code, out, err = run_program(ctx.gosub, ['-race', '--explore=100', '--seed=2'], path)
        if code != 0 or out != want:
            raise Failed('%s: a schedule failed under -race:\n%s' % (name, err.decode()))


def check_outside(ctx):
    """Under --sched, a goroutine waiting on the world outside (a child's exit, a signal) is
    waited for, not taken for a deadlock."""
    for name in ('exec_run.go', 'signal_notify.go'):
        path = os.path.join(HERE, 'go', 'lib', name)
        with open(path[:-3] + '.out', 'rb') as f:
            want = f.read()
        code, out, err = run_program(ctx.gosub, ['--seed=3'], path)
        if code != 0 or out != want:
            raise Failed('%s --seed=3: exit %d\n%s' % (name, code, err.decode()))


CHECKS = {
    'determinism': check_determinism,
    'interleave': check_interleave,
    'seed': check_seed,
    'explore': check_explore,
    'race': check_race,
    'norace': check_norace,
    'outside': check_outside,
}


class Ctx:
    def __init__(self, args, tmp):
        self.gosub = [os.path.abspath(args.gosub)]
        self.dirs = args.dirs or [os.path.join(HERE, 'go', 'conc')]
        self.seeds, self.runs = args.seeds, args.runs
        self.tmp = tmp
        self.notes = []

    def note(self, s):
        self.notes.append(s)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--gosub', required=True)
    ap.add_argument('--only', choices=sorted(CHECKS))
    ap.add_argument('--seeds', type=int, default=2)
    ap.add_argument('--runs', type=int, default=2)
    ap.add_argument('-v', action='store_true')
    ap.add_argument('dirs', nargs='*')
    args = ap.parse_args()
    import tempfile
    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        ctx = Ctx(args, tmp)
        for name, check in CHECKS.items():
            if args.only and name != args.only:
                continue
            try:
                check(ctx)
                passed += 1
                print('ok', name)
            except (Failed, subprocess.TimeoutExpired) as e:
                failed += 1
                print('FAIL', name + ':', e)
        for n in ctx.notes:
            print('  ' + n)
    print('%d passed, %d failed' % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
