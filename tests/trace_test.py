#!/usr/bin/env python3
"""Checks what `gosub run --trace`, `--trace-limit`, `--trace-from/--trace-to` and `--leaks`
produce.

Usage:
  trace_test.py --gosub PATH                  the JSON trace, the limit, the window, the leak
                                              reports, and a sample of tests/go/conc traced
  trace_test.py --gosub PATH --html --out DIR the HTML page rendered by headless Chromium: its
                                              lifelines and arrows in the DOM; the screenshot is
                                              kept in DIR (fails without chromium)
  trace_test.py --gosub PATH --conc DIR...    every program of the directories (../shared/spec/
                                              conc) with --trace=x.json and --trace=x.html at
                                              GOMAXPROCS=1, 2 and 8: same output as expected,
                                              and a valid trace; and each under --leaks:
                                              same output and exit status, and the list
                                              of those that leave goroutines behind
  trace_test.py --validate FILE               prints what is wrong with a trace file

The JSON must be what Perfetto and chrome://tracing read: phases X (with dur), s/f flows (each
id once each way, an f with bp "e", both on an X slice of the same tid, ts and category: how
viewers bind them), M metadata naming every track, ts never decreasing within a track, and the
X slices of a track nested, never overlapping partly. The programs of tests/trace have known
counts of sends, receives, spawns and closes, which the trace must show exactly.
The last line is `N passed, N failed`; the exit status is 0 iff every check passed.
"""

import argparse
import collections
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
PROGS = os.path.join(HERE, 'trace')


def ns(us):
    """A JSON time (µs with three decimals) in whole nanoseconds."""
    return round(us * 1000)


def validate_json(path):
    """Returns (problems, events) for the trace file at path."""
    problems = []
    try:
        with open(path, encoding='utf-8') as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        return [f'not JSON: {e}'], []
    events = doc.get('traceEvents') if isinstance(doc, dict) else None
    if not isinstance(events, list):
        return ['no traceEvents list'], []
    named = set()
    last_ts = {}
    slices = collections.defaultdict(list)
    flows = collections.defaultdict(list)
    for i, e in enumerate(events):
        ph = e.get('ph')
        if ph not in ('X', 's', 'f', 'M', 'i'):
            problems.append(f'event {i}: phase {ph!r}')
            continue
        if e.get('pid') != 1:
            problems.append(f'event {i}: pid {e.get("pid")!r}')
        if ph == 'M':
            if e.get('name') == 'thread_name':
                named.add(e.get('tid'))
            continue
        tid, ts = e.get('tid'), e.get('ts')
        if not isinstance(tid, int) or not isinstance(ts, (int, float)) or ts < 0:
            problems.append(f'event {i}: tid {tid!r} ts {ts!r}')
            continue
        if ts < last_ts.get(tid, 0):
            problems.append(f'event {i}: ts {ts} before {last_ts[tid]} on track {tid}')
        last_ts[tid] = ts
        if not isinstance(e.get('name'), str):
            problems.append(f'event {i}: no name')
        if ph == 'X':
            dur = e.get('dur')
            if not isinstance(dur, (int, float)) or dur < 0:
                problems.append(f'event {i}: dur {dur!r}')
                continue
            slices[tid].append((ns(ts), ns(ts) + ns(dur), e.get('cat')))
        elif ph in ('s', 'f'):
            flows[e.get('id')].append(e)
            if ph == 'f' and e.get('bp') != 'e':
                problems.append(f'event {i}: flow end without "bp":"e"')
    for tid in last_ts:
        if tid not in named:
            problems.append(f'track {tid} has no thread_name')
    for tid, sl in slices.items():
        stack = []
        for start, end, _ in sl:
            while stack and stack[-1] <= start:
                stack.pop()
            if stack and end > stack[-1]:
                problems.append(f'track {tid}: slice at {start} ns overlaps its parent partly')
                break
            stack.append(end)
    starts = {(tid, s, c) for tid, sl in slices.items() for s, _, c in sl}
    for fid, fl in flows.items():
        if sorted(e['ph'] for e in fl) != ['f', 's']:
            problems.append(f'flow {fid}: phases {[e["ph"] for e in fl]}')
        for e in fl:
            if (e['tid'], ns(e['ts']), e.get('cat')) not in starts:
                problems.append(f'flow {fid}: no slice to bind to on track {e["tid"]}')
    return problems, events


def counts(events):
    """What a trace says the program did."""
    c = collections.Counter()
    for e in events:
        if e.get('ph') != 'X':
            continue
        name, cat = e.get('name', ''), e.get('cat')
        if cat == 'chan':
            if ' <- ' in name:
                c['send'] += 1
            elif name.endswith('(closed)'):
                c['closed-recv'] += 1
            elif name.startswith('<-'):
                c['recv'] += 1
            elif name.startswith('close('):
                c['close'] += 1
        elif cat == 'spawn' and name.startswith('go '):
            c['spawn'] += 1
        elif cat == 'timer' and name.startswith('timer wakes'):
            c['wake'] += 1
        elif cat == 'blocked':
            c['blocked'] += 1
    c['message-flow'] = sum(1 for e in events if e.get('ph') == 's' and e.get('cat') == 'chan'
                            and not e.get('name', '').startswith('close('))
    return c


def validate_html(path):
    """Problems with an HTML trace, checked without a browser: the page is complete and its
    diagram is well-formed SVG with a lifeline per goroutine."""
    try:
        with open(path, encoding='utf-8') as f:
            page = f.read()
    except (OSError, ValueError) as e:
        return [f'cannot read: {e}']
    problems = []
    if not page.rstrip().endswith('</html>'):
        problems.append('the page is not complete')
    m = re.search(r'<svg class="msc".*?</svg>', page, re.S)
    if not m:
        return problems + ['no diagram']
    try:
        svg = ET.fromstring(m.group(0))
    except ET.ParseError as e:
        return problems + [f'the diagram is not well-formed: {e}']
    ns_ = '{http://www.w3.org/2000/svg}'
    lifelines = [g for g in svg.iter(ns_ + 'g') if g.get('class') == 'lifeline']
    if not lifelines:
        problems.append('no lifeline')
    if 'http://' in page.replace('http://www.w3.org/2000/svg', ''):
        problems.append('the page refers to the network')
    return problems


class Checks:
    def __init__(self, gosub, verbose):
        self.gosub = gosub
        self.verbose = verbose
        self.passed = self.failed = 0
        self.tmp = tempfile.mkdtemp(prefix='gosub-trace-')

    def check(self, name, problems):
        if problems:
            self.failed += 1
            print(f'FAIL {name}')
            for p in problems[:12]:
                print(f'    {p}')
        else:
            self.passed += 1
            if self.verbose:
                print(f'ok   {name}')

    def run(self, args, env=None, timeout=60):
        e = dict(os.environ)
        e.update(env or {})
        return subprocess.run([self.gosub, 'run'] + args, cwd=self.tmp, env=e, timeout=timeout,
                              stdin=subprocess.DEVNULL, capture_output=True, text=True)


EXPECTED = {
    # sends and receives: 9 jobs, 9 results, 3 done; each worker's range ends on the close
    'counts.go': {'send': 21, 'recv': 21, 'message-flow': 21, 'closed-recv': 3, 'close': 1,
                  'spawn': 4},
    # 5 on a, 3 on b, 1 on quit, and time.After's tick; time.Sleep's wake-up
    'select_counts.go': {'send': 10, 'recv': 10, 'message-flow': 10, 'spawn': 2, 'wake': 1},
    # 2,000 round trips; the player's range ends on close(ping), main's last receive on
    # close(pong)
    'long_pingpong.go': {'send': 4000, 'recv': 4000, 'message-flow': 4000, 'closed-recv': 2,
                         'close': 2, 'spawn': 1},
}


def check_counts(c):
    for prog, want in EXPECTED.items():
        src = os.path.join(PROGS, prog)
        expected_out = open(src[:-3] + '.out').read()
        for procs in ('1', '2', '8'):
            out = os.path.join(c.tmp, 'c.json')
            r = c.run([f'--trace={out}', src], {'GOMAXPROCS': procs})
            problems = [] if r.returncode == 0 else [f'exit {r.returncode}: {r.stderr[-500:]}']
            if r.stdout != expected_out:
                problems.append(f'stdout {r.stdout!r}')
            bad, events = validate_json(out)
            problems += bad
            got = counts(events)
            for k, v in want.items():
                if got[k] != v:
                    problems.append(f'{k}: {got[k]} in the trace, {v} done')
            c.check(f'counts {prog} GOMAXPROCS={procs}', problems)


def check_names(c):
    """Tracks are named after goroutines, blocked periods say why and where, values show."""
    out = os.path.join(c.tmp, 'n.json')
    r = c.run([f'--trace={out}', os.path.join(PROGS, 'counts.go')], {'GOMAXPROCS': '1'})
    _, events = validate_json(out)
    names = {e['args']['name'] for e in events if e.get('name') == 'thread_name'}
    problems = [] if r.returncode == 0 else [r.stderr]
    for want in ('G1 main', 'G2 worker', 'G3 worker', 'G4 worker'):
        if want not in names:
            problems.append(f'no track {want!r} in {sorted(names)}')
    labels = {e['name'] for e in events if e.get('cat') == 'blocked'}
    if not any(re.fullmatch(r'chan receive on results  counts\.go:\d+', n) for n in labels):
        problems.append(f'no "chan receive on results  counts.go:N" in {sorted(labels)[:8]}')
    sends = {e['name'] for e in events if e.get('cat') == 'chan' and ' <- ' in e['name']}
    for want in ('jobs <- 1', 'results <- 2', 'done <- true'):
        if want not in sends:
            problems.append(f'no send {want!r}')
    running = [e for e in events if e.get('cat') == 'running']
    if not running or any(e['args'].get('P') != 0 for e in running):
        problems.append('running spans without their processor')
    c.check('track names, blocked labels, values', problems)


def check_limit_and_window(c):
    src = os.path.join(PROGS, 'counts.go')
    out = os.path.join(c.tmp, 'l.json')
    r = c.run([f'--trace={out}', '--trace-limit=40', src])
    problems, events = validate_json(out)
    doc = json.load(open(out)) if not problems else {}
    if 'trace limit reached' not in doc.get('otherData', {}).get('note', ''):
        problems.append('no note about the limit')
    if not any(e.get('ph') == 'i' and 'limit' in e.get('name', '') for e in events):
        problems.append('no instant event about the limit')
    if r.stdout != '90\n':
        problems.append(f'stdout {r.stdout!r}')
    c.check('--trace-limit', problems)
    # window.go sends every 10 ms: none in its first 5 ms, some after 15 ms
    problems = []
    for lo, hi, sends in ((0, 5, False), (15, 100000, True)):
        out = os.path.join(c.tmp, 'w.json')
        r = c.run([f'--trace={out}', f'--trace-from={lo}', f'--trace-to={hi}',
                   os.path.join(PROGS, 'window.go')])
        bad, events = validate_json(out)
        problems += bad
        xs = [e for e in events if e.get('ph') == 'X']
        if not xs or any(e['ts'] < lo * 1000 or e['ts'] + e['dur'] > hi * 1000 + 0.001
                         for e in xs):
            problems.append(f'events outside the window {lo}..{hi} ms')
        if sends != any(e.get('name', '').startswith('ticks <- ') for e in xs):
            problems.append(f'sends in the window {lo}..{hi} ms: {not sends}')
    c.check('--trace-from/--trace-to', problems)


def check_marks(c):
    """A panic is marked in both formats; a long trace's page keeps its ends and says what it
    left out of the middle."""
    src = os.path.join(PROGS, 'panic_worker.go')
    problems = []
    for kind in ('json', 'html'):
        out = os.path.join(c.tmp, f'p.{kind}')
        r = c.run([f'--trace={out}', src], {'GOMAXPROCS': '2'})
        if r.returncode != 2 or not r.stderr.startswith('panic: job 3 failed\n'):
            problems.append(f'{kind}: exit {r.returncode}, stderr {r.stderr[:80]!r}')
        if kind == 'json':
            bad, events = validate_json(out)
            problems += bad
            if not any(e.get('name') == 'panic' and e.get('tid') == 2 and
                       re.fullmatch(r'panic_worker\.go:10', e.get('args', {}).get('at', ''))
                       for e in events):
                problems.append('no panic event on G2 at panic_worker.go:10')
        else:
            problems += validate_html(out)
            page = open(out, encoding='utf-8').read()
            if not re.search(r'class="mark panic"><title>G2 worker: panic at panic_worker\.go:10,',
                             page):
                problems.append('no panic mark on G2 worker')
    c.check('a panic is marked (JSON and HTML)', problems)
    out = os.path.join(c.tmp, 'long.html')
    r = c.run([f'--trace={out}', os.path.join(PROGS, 'long_pingpong.go')])
    problems = validate_html(out)
    page = open(out, encoding='utf-8').read() if not problems else ''
    arrows = page.count('class="arrow msg"')
    if not 0 < arrows < 1000:
        problems.append(f'{arrows} message arrows drawn of 4000')
    if not re.search(r'id="left-out".*?… \d+ events between [\d.]+ ms and [\d.]+ ms left out …',
                     page, re.S):
        problems.append('no band saying what was left out')
    c.check('a long trace\'s page keeps its ends and names what it left out', problems)


LEAKS = {
    # program: the lines --leaks must print (regular expressions), in goroutine order
    'leak_early_return.go': [r'goroutine \d+ \[chan send on results, < 1 s\]: created at '
                             r'leak_early_return\.go:15 by main\.first, waiting at '
                             r'leak_early_return\.go:16'] * 2,
    'leak_forgotten_receiver.go': [r'goroutine 2 \[chan receive on replies, < 1 s\]: created at '
                                   r'leak_forgotten_receiver\.go:12 by main\.main, waiting at '
                                   r'leak_forgotten_receiver\.go:13'],
    'leak_ticker.go': [r'goroutine 2 \[chan receive on time\.NewTicker, < 1 s\]: created at '
                       r'leak_ticker\.go:13 by main\.main, waiting at leak_ticker\.go:14'],
}


def check_leaks(c):
    for prog, want in LEAKS.items():
        src = os.path.join(PROGS, prog)
        expected_out = open(src[:-3] + '.out').read()
        for flag, status in (('--leaks', 0), ('--leaks=fail', 3)):
            r = c.run([flag, src])
            problems = [] if r.returncode == status else [f'exit {r.returncode}, not {status}']
            if r.stdout != expected_out:
                problems.append(f'stdout {r.stdout!r}')
            lines = r.stderr.splitlines()
            head = f'gosub: {len(want)} goroutine{"s" if len(want) > 1 else ""} still alive ' \
                   f'when main returned:'
            if not lines or lines[0] != head:
                problems.append(f'first line {lines[:1]}, not {head!r}')
            body = lines[1:]
            if len(body) != len(want) or not all(re.fullmatch(w, l) for w, l in zip(want, body)):
                problems.append('report:\n      ' + '\n      '.join(body) + '\n    expected:\n'
                                '      ' + '\n      '.join(want))
            c.check(f'{flag} {prog}', problems)
    # programs that end cleanly: nothing to report
    clean = [os.path.join(PROGS, p) for p in ('counts.go', 'select_counts.go')]
    conc = os.path.join(HERE, 'go', 'conc')
    clean += [os.path.join(conc, p) for p in sorted(os.listdir(conc)) if p.startswith(
        ('chan_len', 'context_', 'memory_model', 'worker', 'mutex', 'select_', 'wg'))
        and p.endswith('.go')]
    for src in clean:
        r = c.run(['--leaks=fail', src], timeout=60)
        c.check(f'--leaks on {os.path.basename(src)} (ends cleanly)',
                [] if r.returncode != 3 and 'still alive' not in r.stderr else [r.stderr])


def check_deadlock(c):
    r = c.run([os.path.join(PROGS, 'leak_forgotten_receiver.go'), 'deadlock'])
    lines = r.stderr.splitlines()
    problems = []
    if lines[:3] != ['fatal error: all goroutines are asleep - deadlock!', '',
                     'goroutine 1 [chan receive]:']:
        problems.append(f'first lines {lines[:3]}')
    if not any(re.fullmatch(r'goroutine 2 \[chan receive on replies\]: created at '
                            r'.*leak_forgotten_receiver\.go:12 by main\.main, waiting at '
                            r'.*leak_forgotten_receiver\.go:13', l) for l in lines):
        problems.append('no summary line for goroutine 2:\n' + r.stderr)
    if r.returncode != 2:
        problems.append(f'exit {r.returncode}')
    c.check('deadlock report: Go\'s lines, then who waits for what', problems)


REPL_SESSION = """stuck := make(chan int)
go func() {{ stuck <- 1 }}()
:trace on
results := make(chan string)
go func() {{ results <- "hi" }}()
fmt.Println(<-results)
:trace save {dir}/repl.json
:trace save {dir}/repl.html
:trace off
:leaks
:trace sideways
"""


def check_repl(c):
    """:trace on, :trace save FILE.json / FILE.html, :trace off and :leaks at the prompt."""
    r = subprocess.run([c.gosub, 'repl'], input=REPL_SESSION.format(dir=c.tmp), cwd=c.tmp,
                       capture_output=True, text=True, timeout=60)
    problems = []
    out = r.stdout.splitlines()
    if 'hi' not in out:
        problems.append(f'stdout {r.stdout!r}')
    if not any(re.fullmatch(r'goroutine \d+ \[chan send on stuck(, < 1 s)?\]: .*waiting at '
                            r'<repl>:\d+', l) for l in out):
        problems.append(f':leaks did not name the goroutine stuck sending: {out}')
    if 'usage: :trace on | :trace off | :trace save FILE.html|FILE.json' not in r.stderr:
        problems.append(f'no usage for a bad :trace: {r.stderr!r}')
    bad, events = validate_json(os.path.join(c.tmp, 'repl.json'))
    problems += bad
    if counts(events)['message-flow'] != 1:
        problems.append(f'{counts(events)["message-flow"]} messages traced, not 1')
    problems += validate_html(os.path.join(c.tmp, 'repl.html'))
    c.check('REPL: :trace on, :trace save, :trace off, :leaks', problems)


def make_wrapper(c, gosub, kind):
    """A stand-in for gosub that runs with --trace=FILE.kind, the file kept in a directory of
    its own (named after the program) for validate_traces: validating a big trace inside the
    run would count against the program's time limit."""
    traces = tempfile.mkdtemp(prefix=f'traces-{kind}-', dir=c.tmp)
    path = os.path.join(traces, 'gosub')
    with open(path, 'w') as f:
        f.write(f'''#!/bin/sh
# gosub run FILE ARGS..., traced into {traces}
shift
exec {shlex_quote(gosub)} run --trace="$(mktemp -p {shlex_quote(traces)} \\
    "$(basename "$1" .go)-XXXXXX.{kind}")" "$@"
''')
    os.chmod(path, 0o755)
    return path


def validate_traces(wrapper):
    """What is wrong with the traces a wrapper's runs left (and deletes them)."""
    problems = []
    traces = os.path.dirname(wrapper)
    if len(os.listdir(traces)) < 2:
        problems.append('no trace was written')
    for name in sorted(os.listdir(traces)):
        path = os.path.join(traces, name)
        if name == 'gosub':
            continue
        if name.endswith('.html'):
            bad = validate_html(path)
        else:
            bad, _ = validate_json(path)
        problems += [f'{name}: {p}' for p in bad[:5]]
        os.remove(path)
    return problems


def shlex_quote(s):
    return "'" + s.replace("'", "'\\''") + "'"


def check_conc(c, dirs, runner):
    for kind in ('json', 'html'):
        wrapper = make_wrapper(c, os.path.abspath(c.gosub), kind)
        for procs in ('1', '2', '8'):
            # (two at a time: on a busy machine, more make the biggest programs time out)
            cmd = [sys.executable, runner, '--jobs', '2', '--gosub', wrapper] + dirs
            env = dict(os.environ, GOMAXPROCS=procs)
            r = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=3600)
            last = r.stdout.strip().splitlines()[-1:] or ['?']
            bad = validate_traces(wrapper)
            print(f'{kind} GOMAXPROCS={procs}: {last[0]}; {len(bad)} problems in the traces')
            c.check(f'--trace=x.{kind} GOMAXPROCS={procs} over {" ".join(dirs)}',
                    ([] if r.returncode == 0 else [r.stdout[-3000:]]) + bad)


LEAK_HEAD = re.compile(r'^gosub: \d+ goroutines? still alive when main returned:$', re.M)


def check_conc_leaks(c, dirs):
    """Every program of the directories under --leaks: its output and exit status as
    expected (the report set aside), and the list of those it reports goroutines of."""
    sys.path.insert(0, HERE)
    import run_go_tests as rgt

    def one(path):
        t = rgt.GoTest(path)
        env = dict(os.environ, **t.env)
        r = rgt.run_program([c.gosub, 'run', '--leaks', t.file] + t.args, t.dir, env, t.stdin,
                            t.timeout * 3)
        m = LEAK_HEAD.search(r.stderr)
        left = []
        if m:
            left = r.stderr[m.end():].strip().splitlines()
            r.stderr = r.stderr[:m.start()]
        return t, rgt.check(t, r), left

    problems, leaking = [], []
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        for t, why, left in pool.map(one, rgt.find_tests(dirs, '')):
            problems += [f'{t.path}: {w}' for w in why[:2]]
            if left:
                leaking.append(f'{os.path.relpath(t.path, os.path.commonpath(dirs))}: '
                               f'{len(left)} left')
    print(f'--leaks: {len(leaking)} programs leave goroutines behind when main returns:')
    for l in leaking:
        print(f'    {l}')
    c.check(f'--leaks over {" ".join(dirs)}: same output and exit status', problems)


def check_html(c, out_dir):
    chromium = shutil.which('chromium') or shutil.which('chromium-browser')
    if not chromium:
        # a failure, not a skip: without Chromium the diagram is not checked, which must
        # not pass for checked (.ci/setup installs it)
        c.check('Chromium renders the diagram', ['no chromium: apt-get install chromium '
                                                 '(or run .ci/setup)'])
        return
    page = os.path.join(c.tmp, 'counts.html')
    r = c.run([f'--trace={page}', os.path.join(PROGS, 'counts.go')], {'GOMAXPROCS': '2'})
    problems = validate_html(page) if r.returncode == 0 else [r.stderr]
    c.check('the HTML page is complete and well-formed', problems)
    profile = tempfile.mkdtemp(prefix='gosub-chromium-')
    base = [chromium, '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync',
            f'--user-data-dir={profile}', '--hide-scrollbars']
    try:
        dom = subprocess.run(base + ['--dump-dom', 'file://' + page], capture_output=True,
                             text=True, timeout=120).stdout
        shot = os.path.join(out_dir, 'trace-counts.png')
        subprocess.run(base + ['--window-size=1100,900', f'--screenshot={shot}',
                               'file://' + page], capture_output=True, timeout=120)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    problems = []
    found = collections.Counter(re.findall(r'class="(lifeline|arrow msg|arrow spawn|arrow close|'
                                           r'mark close|mark end|blocked|run)"', dom))
    want = {'lifeline': 5, 'arrow msg': 21, 'arrow spawn': 4, 'arrow close': 3, 'mark close': 1}
    for k, v in want.items():
        if found[k] != v:
            problems.append(f'{found[k]} of class "{k}" in the rendered DOM, not {v}')
    # main ends; a worker may still be on its way out when main's return ends the program
    if not 1 <= found['mark end'] <= 5:
        problems.append(f'{found["mark end"]} ends drawn')
    if found['blocked'] == 0 or found['run'] == 0:
        problems.append('no running or blocked periods drawn')
    heads = re.findall(r'<g class="head"><title>[^<]*</title><rect[^>]*>(?:</rect>)?'
                       r'<text[^>]*>([^<]*)</text>', dom)
    if heads != ['G1 main', 'G2 worker', 'G3 worker', 'G4 worker', 'G5 feed']:
        problems.append(f'headers {heads}')
    c.check('Chromium renders the diagram (lifelines, arrows, marks)', problems)
    ok = os.path.exists(shot) and os.path.getsize(shot) > 10000
    c.check(f'Chromium takes a screenshot ({shot})', [] if ok else ['no screenshot'])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--gosub')
    ap.add_argument('--html', action='store_true')
    ap.add_argument('--out', default='.')
    ap.add_argument('--conc', nargs='*')
    ap.add_argument('--validate')
    ap.add_argument('-v', action='store_true')
    a = ap.parse_args()
    if a.validate:
        if a.validate.endswith('.html'):
            problems = validate_html(a.validate)
        else:
            problems, _ = validate_json(a.validate)
        for p in problems[:20]:
            print(f'trace {a.validate}: {p}')
        sys.exit(1 if problems else 0)
    c = Checks(os.path.abspath(a.gosub), a.v)
    try:
        if a.html:
            check_html(c, os.path.abspath(a.out))
        elif a.conc:
            check_conc(c, a.conc, os.path.join(os.path.dirname(HERE), 'tests', 'run_go_tests.py'))
            check_conc_leaks(c, a.conc)
        else:
            check_counts(c)
            check_names(c)
            check_limit_and_window(c)
            check_marks(c)
            example = os.path.join(os.path.dirname(HERE), 'examples', '03_pipeline.trace.html')
            c.check('the committed diagram of examples/03_pipeline.go', validate_html(example))
            check_leaks(c)
            check_deadlock(c)
            check_repl(c)
            sample = os.path.join(HERE, 'go', 'conc')
            wrapper = make_wrapper(c, c.gosub, 'json')
            r = subprocess.run([sys.executable, os.path.join(HERE, 'run_go_tests.py'), '--gosub',
                                wrapper, '--filter', 'deadlock', sample],
                               capture_output=True, text=True, timeout=600)
            c.check('tests/go/conc deadlock programs traced: same output, valid trace',
                    ([] if r.returncode == 0 else [r.stdout[-3000:]]) +
                    validate_traces(wrapper))
    finally:
        shutil.rmtree(c.tmp, ignore_errors=True)
    print(f'{c.passed} passed, {c.failed} failed')
    sys.exit(1 if c.failed else 0)


if __name__ == '__main__':
    main()
