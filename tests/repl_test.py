#!/usr/bin/env python3
"""Checks gosub's REPL: on a real pseudo-terminal, through piped standard input, and with
hostile input.

Usage: repl_test.py --gosub PATH [-v] [--filter S]

The terminal checks run `gosub` on a pseudo-terminal (python's pty module), type entries as a
user would (waiting for the prompt after each), and read what appears: the stream with its
escape sequences removed, or, to see what is on the screen after readline redrew the
prompt, a small emulation of the terminal. The piped checks feed a script to standard
input and compare standard output, standard error and the exit status. Expected values of
Go expressions were checked with `go run` on the same expressions (Go 1.19).

The last line is `N passed, N failed`; the exit status is 0 iff every check passed.
"""

import errno
import fcntl
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time

import checks
from checks import CheckFailed, Checks

TIMEOUT = 20.0  # seconds for anything to appear: the machine may be busy

ESCAPES = re.compile(rb'\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\x1b[=>]|\x07')


def show(text):
    return checks.show(text, 1500, tail=True)


def screen(raw):
    """The lines a terminal shows after raw, as far as readline's output needs: text,
    \\r, \\n, \\b, erase to the end of the line, cursor left, right and up."""
    lines, row, col = [[]], 0, 0
    i = 0
    data = raw.decode('utf-8', 'replace')
    while i < len(data):
        ch = data[i]
        if ch == '\x1b':
            m = re.match(r'\x1b\[([0-9;?]*)([A-Za-z])', data[i:])
            if not m:
                i += 1
                continue
            arg, op = m.group(1), m.group(2)
            n = int(arg) if arg.isdigit() else 1
            if op == 'K':
                del lines[row][col:]
            elif op == 'C':
                col += n
            elif op == 'D':
                col = max(0, col - n)
            elif op == 'A':
                row = max(0, row - n)
            elif op == 'J':
                del lines[row][col:]
                del lines[row + 1:]
            i += len(m.group(0))
            continue
        if ch == '\r':
            col = 0
        elif ch == '\n':
            row += 1
            while len(lines) <= row:
                lines.append([])
        elif ch == '\b':
            col = max(0, col - 1)
        elif ch >= ' ' or ch == '\t':
            line = lines[row]
            while len(line) < col:
                line.append(' ')
            if col < len(line):
                line[col] = ch
            else:
                line.append(ch)
            col += 1
        i += 1
    return [''.join(l).rstrip() for l in lines]


class Term:
    """gosub on a pseudo-terminal."""

    def __init__(self, gosub, cwd, env, args=()):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            try:
                os.chdir(cwd)
                os.execve(gosub[0], gosub + list(args), env)
            finally:
                os._exit(127)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack('HHHH', 50, 200, 0, 0))
        self.raw = b''
        self.mark = 0
        self.status = None

    def pump(self, seconds):
        end = time.monotonic() + seconds
        while True:
            left = end - time.monotonic()
            r, _, _ = select.select([self.fd], [], [], max(0, left))
            if not r:
                return
            try:
                data = os.read(self.fd, 65536)
            except OSError as e:
                if e.errno == errno.EIO:  # the other side closed
                    self.reap(5)
                    return
                raise
            if not data:
                return
            self.raw += data

    def text(self, since=0):
        t = ESCAPES.sub(b'', self.raw[since:]).decode('utf-8', 'replace')
        return t.replace('\r\n', '\n').replace('\r', '')

    def wait_for(self, pattern, timeout=TIMEOUT):
        """Waits until the output since the mark matches pattern (a regular expression)."""
        end = time.monotonic() + timeout
        while not re.search(pattern, self.text(self.mark), re.M):
            if time.monotonic() > end or self.status is not None:
                raise CheckFailed(f'no /{pattern}/ on the terminal; it shows:\n'
                                  f'{show(self.text(self.mark))}')
            self.pump(0.05)
        return self.text(self.mark)

    def wait_prompt(self, timeout=TIMEOUT):
        """Waits for a fresh prompt after the output since the mark."""
        return self.wait_for(r'\n> $', timeout)

    def send(self, keys):
        os.write(self.fd, keys.encode() if isinstance(keys, str) else keys)

    def keys(self, keys, want=None):
        """Types keys (no Enter added); waits for want (a regular expression) if given."""
        self.mark = len(self.raw)
        self.send(keys)
        if want is not None:
            self.wait_for(want)

    def lines(self, *lines, want=None):
        """Types an entry of several lines, each but the last answered by the '...' prompt;
        returns what appeared after the last line."""
        for line in lines[:-1]:
            self.keys(line + '\r', r'\.\.\. $')
        return self.entry(lines[-1], want)

    def bye(self):
        """Ctrl-D at the prompt: the session must end with status 0."""
        self.send('\x04')
        expect_status(self.finish(), 0)

    def entry(self, line, want=None):
        """Types line and Enter; waits for want (a regular expression) and the next prompt.
        Returns what appeared after the line."""
        self.mark = len(self.raw)
        self.send(line + '\r')
        if want is not None:
            self.wait_for(want)
        out = self.wait_prompt()
        return out

    def reap(self, timeout):
        end = time.monotonic() + timeout
        while self.status is None and time.monotonic() < end:
            pid, st = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(st)
                return self.status
            time.sleep(0.02)
        return self.status

    def finish(self, timeout=TIMEOUT):
        """Waits for gosub to exit; returns its exit status."""
        end = time.monotonic() + timeout
        while self.reap(0) is None and time.monotonic() < end:
            self.pump(0.05)
        if self.status is None:
            os.kill(self.pid, signal.SIGKILL)
            self.reap(5)
            raise CheckFailed(f'no exit; the terminal shows:\n{show(self.text())}')
        return self.status

    def close(self):
        if self.status is None:
            os.kill(self.pid, signal.SIGKILL)
            self.reap(5)
        os.close(self.fd)


class Context:
    def __init__(self, gosub, workdir):
        self.gosub = gosub
        self.dir = workdir
        self.env = dict(os.environ, TERM='xterm', GOSUB_HISTORY=os.path.join(workdir, 'hist'),
                        HOME=workdir)
        self.terms = []

    def term(self, *args, env=None):
        t = Term(self.gosub, self.dir, dict(self.env, **(env or {})), args)
        self.terms.append(t)
        t.wait_for(r'> $')
        return t

    def pipe(self, script, timeout=60, env=None):
        """Runs gosub with script on standard input: (status, stdout, stderr)."""
        proc = subprocess.Popen(self.gosub, cwd=self.dir, stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=dict(self.env, **(env or {})), start_new_session=True)
        try:
            out, err = proc.communicate(script.encode() if isinstance(script, str) else script,
                                        timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, err = proc.communicate()
            raise CheckFailed(f'no exit in {timeout} s; stdout:\n{show(out.decode())}\n'
                              f'    stderr:\n{show(err.decode())}')
        return proc.returncode, out.decode('utf-8', 'replace'), err.decode('utf-8', 'replace')

    def expect_pipe(self, script, status, stdout=None, **kw):
        """pipe, with the exit status and (unless None) standard output it must give;
        returns (stdout, stderr)."""
        got, out, err = self.pipe(script, **kw)
        expect_status(got, status, out, err)
        if stdout is not None:
            expect_eq('stdout', out, stdout)
        return out, err

    def close(self):
        for t in self.terms:
            t.close()


def expect_eq(what, got, want):
    if got != want:
        raise CheckFailed(f'{what}: got\n{show(got)}\n    want\n{show(want)}')


def expect_in(what, text, *needles):
    for n in needles:
        if n not in text:
            raise CheckFailed(f'{what} lacks {n!r}; it was:\n{show(text)}')


def expect_not_in(what, text, *needles):
    for n in needles:
        if n in text:
            raise CheckFailed(f'{what} has {n!r}; it was:\n{show(text)}')


def expect_status(got, want, out='', err=''):
    if got != want:
        raise CheckFailed(f'exit status {got}, want {want}\n    stdout:\n{show(out)}\n'
                          f'    stderr:\n{show(err)}')


check = Checks()


# ---------------------------------------------------------------------------------------------
# On a terminal (one check per bullet of the acceptance)

# (entry, what Go prints for fmt.Println of it) — checked with go run
ECHOES = [
    ('1 << 10', '1024'),
    ('"hi"', 'hi'),
    ('3.5 * 2', '7'),
    ('7 / 2', '3'),
    ("'a'", '97'),
    ('strings.Split("a,b,c", ",")', '[a b c]'),
    ('strconv.Quote("q")', '"q"'),
    ('map[string]int{"b": 2, "a": 1}', 'map[a:1 b:2]'),
    ('1e21', '1e+21'),
    ('errors.New("e")', 'e'),
]


@check
def term_echo(ctx):
    t = ctx.term()
    for src, want in ECHOES:
        out = t.entry(src)
        expect_eq(f'echo of {src}', out.split('\n')[1:-1], [want])
    t.entry('func two() (int, error) { return 1, nil }')
    expect_eq('echo of two results', t.entry('two()').split('\n')[1:-1], ['1 <nil>'])
    t.entry('func nothing() {}')
    expect_eq('a call without results', t.entry('nothing()').split('\n')[1:-1], [])
    t.entry('fmt.Println("printed")', r'^printed$')
    expect_not_in('fmt.Println at the prompt', t.text(t.mark), '<nil>')
    t.bye()


@check
def term_persistence_and_redeclaration(ctx):
    t = ctx.term()
    t.entry('x := 21')
    t.entry('func get() int { return x }')
    t.entry('x * 2', r'^42$')
    t.entry('x := "now a string"')
    t.entry('x', r'^now a string$')
    t.entry('get()', r'^21$')  # get still sees the x it was compiled with
    t.entry('type T struct{ A int }')
    t.entry('old := T{1}')
    t.entry('type T struct{ A, B string }')
    t.entry('T{"p", "q"}', r'^\{p q\}$')
    t.entry('old', r'^\{1\}$')
    t.entry('func get() string { return "new get" }')
    t.entry('get()', r'^new get$')
    t.entry('var n = 7')
    t.entry('n++')
    t.entry('n', r'^8$')
    out = t.entry('undefinedName + 1', r'<repl>:1:1: undefined: undefinedName')
    t.entry('n', r'^8$')
    t.bye()


@check
def term_multiline(ctx):
    t = ctx.term()
    t.lines('func add(a, b int) int {', 'return a + b', '}')
    t.entry('add(2, 3)', r'^5$')
    t.lines('1 +', '2', want=r'^3$')
    t.lines('s := `one', 'two`')
    t.entry('len(s)', r'^7$')
    # an empty line at ... abandons an entry that still does not parse
    t.lines('func broken() {', '', want=r'<repl>:2:1: syntax error')
    # Ctrl-C at ... abandons it too
    t.keys('for i := 0; i < 3; i++ {\r', r'\.\.\. $')
    t.send('\x03')
    t.wait_prompt()
    t.entry('add(1, 1)', r'^2$')
    t.bye()


@check
def term_background_output_keeps_prompt_line(ctx):
    t = ctx.term()
    t.entry('ch := make(chan int)')
    t.entry('go func() { for v := range ch { time.Sleep(200 * time.Millisecond); '
            'fmt.Println("got", v) } }()')
    t.entry('ch <- 1')
    t.mark = len(t.raw)
    t.send('x := 12')  # typed, not entered, while the goroutine prints
    t.wait_for(r'got 1')
    t.pump(0.3)
    lines = screen(t.raw)
    expect_eq('the last line on the screen', lines[-1], '> x := 12')
    for l in lines:
        if 'got' in l and 'x :=' in l:
            raise CheckFailed(f'output mixed into the typed line: {l!r}')
    t.send('3\r')
    t.wait_prompt()
    t.entry('x', r'^123$')
    t.entry('ch <- 2', r'got 2')
    t.bye()


@check
def term_ctrl_c_stops_entries(ctx):
    t = ctx.term()
    t.entry('n := 0')
    t.keys('for { n++ }\r')
    time.sleep(0.5)
    t.send('\x03')
    t.wait_for(r'interrupted')
    t.wait_prompt()
    t.entry('n > 0', r'^true$')
    # a receive that waits while a timer is pending (so it is no deadlock)
    t.entry('c := make(chan int)')
    t.entry('go func() { for { time.Sleep(50 * time.Millisecond) } }()')
    t.keys('v := <-c\r')
    time.sleep(0.5)
    t.send('\x03')
    t.wait_for(r'interrupted')
    t.wait_prompt()
    out = t.entry(':chan c', r'receivers')
    expect_in(':chan after the interrupted receive', out, 'receivers none')
    t.entry('1 + 1', r'^2$')
    t.bye()


@check
def term_deadlock_reported_channel_unchanged(ctx):
    t = ctx.term()
    t.entry('ch := make(chan int)')
    t.entry('ch <- 1',
            r'entry blocked forever: chan send on ch \(unbuffered; no goroutine receives\)')
    out = t.entry(':chan ch', r'receivers')
    expect_in(':chan after the deadlock', out, 'senders   none', 'receivers none')
    t.entry('go func() { fmt.Println("received", <-ch) }()')
    t.entry('ch <- 5', r'received 5')
    t.entry('b := make(chan int, 1)')
    t.entry('b <- 1')
    t.entry('b <- 2', r'entry blocked forever: chan send on b \(buffer full \(1 of 1\)')
    t.entry('<-b', r'^1$')
    t.entry('len(b)', r'^0$')
    t.bye()


@check
def term_panic_in_background(ctx):
    t = ctx.term()
    t.entry('x := 5')
    t.entry('go func() { panic("boom") }()')
    t.mark = 0
    t.wait_for(r'panic: boom')
    t.wait_for(r'goroutine \d+ \[running\]:\nmain\.main\.func1\(\)')
    t.entry('x', r'^5$')
    t.entry('var m map[string]int')
    t.entry('m["a"] = 1', r'panic: assignment to entry in nil map')
    t.entry('x + 1', r'^6$')
    t.bye()


@check
def term_goroutines(ctx):
    t = ctx.term()
    t.entry('ch2 := make(chan int)')
    t.entry('go func() {\n\tch2 <- 1\n}()'.replace('\n', '\r'))
    time.sleep(0.3)
    out = t.entry(':goroutines', r'goroutine')
    if not re.search(r'^goroutine \d+ \[chan send\] ch2 at <repl>:2, started at <repl>:1$', out,
                     re.M):
        raise CheckFailed(f':goroutines does not show the sender:\n{show(out)}')
    t.bye()


@check
def term_chan_buffered_with_senders(ctx):
    t = ctx.term()
    t.entry('b := make(chan string, 2)')
    t.entry('b <- "x"')
    t.entry('b <- "y"')
    t.entry('go func() { b <- "z" }()')
    time.sleep(0.3)
    out = t.entry(':chan b', r'receivers')
    expect_in(':chan b', out, 'b: chan string, cap 2, len 2, open', 'buffer    [x y]')
    if not re.search(r'senders   goroutine \d+ sending z', out):
        raise CheckFailed(f':chan does not show the waiting sender:\n{show(out)}')
    t.entry('<-b', r'^x$')
    out = t.entry(':chan b', r'receivers')
    expect_in(':chan b after a receive', out, 'buffer    [y z]', 'senders   none')
    t.bye()


@check
def term_save_then_run(ctx):
    t = ctx.term()
    t.entry('func square(x int) int { return x * x }')
    t.entry('ch := make(chan int, 1)')
    t.entry('ch <- square(4)')
    t.entry('<-ch', r'^16$')
    t.entry('x := 1')
    t.entry('x := "shadowed"')
    t.entry('strings.ToUpper(x)', r'^SHADOWED$')
    t.entry('n := 3')  # a prompt variable a function uses: a package variable in the file
    t.entry('func times(k int) int { return n * k }')
    t.entry('times(2)', r'^6$')
    t.entry(':save saved.go')
    t.bye()
    proc = subprocess.run(ctx.gosub + ['run', 'saved.go'], cwd=ctx.dir, capture_output=True,
                          timeout=60)
    saved = open(os.path.join(ctx.dir, 'saved.go')).read()
    expect_status(proc.returncode, 0, proc.stdout.decode(), proc.stderr.decode() + saved)
    expect_eq('gosub run saved.go', proc.stdout.decode(), '16\nSHADOWED\n6\n')


@check
def term_history_written(ctx):
    t = ctx.term()
    t.entry('a := 1')
    t.lines('func f() int {', 'return 2', '}')
    t.bye()
    hist = open(os.path.join(ctx.dir, 'hist')).read()
    items = [i for i in re.split(r'^#\d+\n', hist, flags=re.M) if i]
    expect_eq('history items', items, ['a := 1\n', 'func f() int {\nreturn 2\n}\n'])
    # the next session recalls the multi-line entry as one item
    t = ctx.term()
    t.keys('\x1b[A', r'return 2')
    t.send('\r')
    t.wait_prompt()
    t.entry('f()', r'^2$')
    t.bye()


@check
def term_completion(ctx):
    t = ctx.term()
    t.keys('strings.Sp\t\t', r'SplitAfter')
    out = t.text(t.mark)
    expect_in('completions of strings.Sp', out, 'Split', 'SplitAfter', 'SplitN')
    t.send('\x15')  # Ctrl-U: drop the line
    t.entry('counterOfMine := 3')
    t.keys('counterOf\t', r'counterOfMine')
    t.keys('\r', r'^3$')
    t.wait_prompt()
    t.keys(':gor\t', r':goroutines')
    t.send('\r')
    t.wait_prompt()
    t.bye()


@check
def term_exit_and_quit(ctx):
    t = ctx.term()
    t.keys('os.Exit(3)\r')
    expect_status(t.finish(), 3)
    t = ctx.term()
    t.keys(':quit\r')
    expect_status(t.finish(), 0)
    # a goroutine's os.Exit while the prompt waits
    t = ctx.term()
    t.entry('go func() { time.Sleep(100 * time.Millisecond); os.Exit(4) }()')
    expect_status(t.finish(), 4)


# ---------------------------------------------------------------------------------------------
# Through piped standard input

@check
def pipe_echo(ctx):
    script = ''.join(src + '\n' for src, _ in ECHOES)
    out, err = ctx.expect_pipe(script, 0, ''.join(want + '\n' for _, want in ECHOES))
    expect_eq('stderr', err, '')


@check
def pipe_shift(ctx):
    out, err = ctx.expect_pipe('1<<10\n', 0, '1024\n')


@check
def pipe_persistence_multiline(ctx):
    out, err = ctx.expect_pipe(
        'x := 21\nfunc get() int {\n\treturn x\n}\nx := "s"\nx\nget()\n'
        'type T struct{ A int }\nT{\n\tA: 1,\n}\nv := []int{\n\t1,\n\t2,\n}\nlen(v)\n', 0,
        's\n21\n{1}\n2\n')


@check
def pipe_goroutines_channels(ctx):
    out, err = ctx.expect_pipe(
        'ch := make(chan int)\n'
        'done := make(chan bool)\n'
        'go func() { for v := range ch { fmt.Println("got", v) }; done <- true }()\n'
        'ch <- 1\nch <- 2\nclose(ch)\n<-done\n'
        'results := make(chan int, 3)\n'
        'for i := 1; i <= 3; i++ { go func() { results <- i * i }() }\n'
        'sum := 0\nfor i := 0; i < 3; i++ { sum += <-results }\nsum\n'
        'select {\ncase v := <-results:\n\tfmt.Println(v)\n'
        'case <-time.After(10 * time.Millisecond):\n\tfmt.Println("timeout")\n}\n', 0,
        'got 1\ngot 2\ntrue\n14\ntimeout\n')


@check
def pipe_deadlock_and_chan(ctx):
    out, err = ctx.expect_pipe(
        'ch := make(chan int)\nch <- 1\n:chan ch\n'
        'go func() { fmt.Println("received", <-ch) }()\nch <- 5\n'
        'time.Sleep(50 * time.Millisecond)\n'
        'b := make(chan int, 2)\nb <- 1\nb <- 2\ngo func() { b <- 3 }()\n'
        'time.Sleep(50 * time.Millisecond)\n:chan b\n', 2)
    expect_in('stderr', err,
              'entry blocked forever: chan send on ch (unbuffered; no goroutine receives)')
    expect_in('stdout', out, 'ch: chan int, unbuffered, open\n  senders   none\n'
              '  receivers none\n', 'received 5\n', 'b: chan int, cap 2, len 2, open\n'
              '  buffer    [1 2]  (the next receive takes the first)\n')
    if not re.search(r'  senders   goroutine \d+ sending 3\n  receivers none\n', out):
        raise CheckFailed(f':chan b lacks the waiting sender:\n{show(out)}')


@check
def pipe_goroutines_command(ctx):
    out, err = ctx.expect_pipe('c := make(chan int)\ngo func() { <-c }()\n'
                                'time.Sleep(50 * time.Millisecond)\n:goroutines\n', 0)
    if not re.search(r'^goroutine \d+ \[chan receive\] c at <repl>:1, started at <repl>:1$',
                     out, re.M):
        raise CheckFailed(f':goroutines does not show the receiver:\n{show(out)}')


@check
def pipe_panics_status(ctx):
    out, err = ctx.expect_pipe('panic("boom")\n"after"\n', 2, 'after\n')
    expect_in('stderr', err, 'panic: boom\n\ngoroutine ', '[running]:\nmain.main()\n\t<repl>:1')
    expect_not_in('stderr', err, 'exit status')
    out, err = ctx.expect_pipe('panic("boom")\nx := )\n', 1)
    expect_in('stderr', err, '<repl>:1:6: syntax error: unexpected ), expected expression')
    out, err = ctx.expect_pipe('x := 1\nx\n', 0)


@check
def pipe_compile_errors(ctx):
    out, err = ctx.expect_pipe(
        'var s string = 1\n'
        'x := 1\n'          # unused: no error at the prompt
        'import "sort"\n'   # unused: no error either
        'defer fmt.Println("x")\n'
        'func f() {\n\treturn 1\n}\n'
        '"ok"\n', 1, 'ok\n')
    expect_in('stderr', err,
              '<repl>:1:16: cannot use 1 (untyped int constant) as string value in variable '
              'declaration\n',
              '<repl>:1:1: defer is not available at the prompt',
              '<repl>:2:9: too many return values\n')
    expect_not_in('stderr', err, 'declared and not used', 'imported and not used')


@check
def pipe_import_version(ctx):
    """An import of math/rand/v2 binds rand, the package clause's name, and :save keeps it."""
    ctx.expect_pipe('import "math/rand/v2"\nrand.IntN(1)\n:save v2.go\n', 0, '0\n')
    with open(os.path.join(ctx.dir, 'v2.go')) as f:
        saved = f.read()
    expect_in('v2.go', saved, '"math/rand/v2"\n', 'rand.IntN(1)')


@check
def pipe_exit(ctx):
    out, err = ctx.expect_pipe('fmt.Println("bye")\nos.Exit(7)\n"never"\n', 7, 'bye\n')


@check
def pipe_save_load_run(ctx):
    out, err = ctx.expect_pipe(
        'type Counter struct{ n int }\n'
        'func (c *Counter) Inc() { c.n++ }\n'
        'c := &Counter{}\nc.Inc()\nc.Inc()\nc.n\n:save prog.go\n', 0, '2\n')
    proc = subprocess.run(ctx.gosub + ['run', 'prog.go'], cwd=ctx.dir, capture_output=True,
                          timeout=60)
    expect_status(proc.returncode, 0, proc.stdout.decode(), proc.stderr.decode())
    expect_eq('gosub run prog.go', proc.stdout.decode(), '2\n')
    with open(os.path.join(ctx.dir, 'lib.go'), 'w') as f:
        f.write('package main\n\nimport "fmt"\n\nfunc greet(who string) string {\n'
                '\treturn fmt.Sprint("hello, ", who)\n}\n\n'
                'func main() {\n\tfmt.Println(greet("main"))\n}\n')
    out, err = ctx.expect_pipe(':load lib.go\ngreet("you")\n:run\n:load missing.go\n', 1,
                               'hello, you\nhello, main\n')
    expect_in('stderr', err, 'missing.go')


@check
def pipe_type_and_help(ctx):
    out, err = ctx.expect_pipe(':type 1 << 3\n:type strings.Split\nx := 2.5\n:type x\n'
                                ':help\n:nonsense\n', 1)
    expect_in('stdout', out, 'int\nfunc(string, string) []string\nfloat64\n', ':goroutines',
              ':chan EXPR')
    expect_in('stderr', err, 'unknown command :nonsense')


# ---------------------------------------------------------------------------------------------
# Bad input never ends the session: each script ends with an entry that must still work

BAD_INPUTS = [
    ('unterminated string', b'"abc\n'),
    ('unterminated raw string', b'`abc\n\n'),
    ('unterminated comment', b'/* abc\n\n'),
    ('stray brace', b'}\n'),
    ('stray parens', b')))\n'),
    ('10,000-character expression', b'x := ' + b'1+' * 5000 + b'1\n'),
    ('10,000-character name', b'a' * 10000 + b'\n'),
    ('10,000-character string', b'len("' + b'a' * 10000 + b'")\n'),
    ('binary garbage', bytes(range(1, 256)).replace(b'\n', b'') + b'\n'),
    ('invalid UTF-8', b'"\xff\xfe"\n\xc3\x28)\n'),
    ('NUL bytes', b'x := "a\x00b"\n\x00\x00\n'),
    ('deep nesting', b'(' * 5000 + b'1' + b')' * 5000 + b'\n'),
    ('unknown command', b':frobnicate\n'),
    ('a runaway entry', b'for i := 0; ; i++ { if i < 0 { break } ; _ = i }\n'),
]


@check
def pipe_bad_input(ctx):
    for name, data in BAD_INPUTS:
        if name == 'a runaway entry':
            continue  # no Ctrl-C in a pipe: see term_ctrl_c_stops_entries
        status, out, err = ctx.pipe(data + b'40 + 2\n', timeout=60)
        if status not in (0, 1):
            raise CheckFailed(f'{name}: exit status {status}\n    stderr:\n{show(err)}')
        if not out.endswith('42\n'):
            raise CheckFailed(f'{name}: the session did not go on; stdout:\n{show(out)}\n'
                              f'    stderr:\n{show(err)}')


@check
def pipe_out_of_memory(ctx):
    out, err = ctx.expect_pipe(
        'var s [][]int\nfor { s = append(s, make([]int, 1<<20)) }\n"alive"\n'
        's = nil\nlen(make([]int, 1000))\n', 2, 'alive\n1000\n',
        env={'GOSUB_MAXHEAP': '256M'}, timeout=120)
    expect_in('stderr', err, 'fatal error: runtime: out of memory (heap limit 256 MB)')


@check
def pipe_thousand_panics(ctx):
    out, err = ctx.expect_pipe(
        'for i := 0; i < 1000; i++ { go func() { panic(fmt.Sprint("p", i)) }() }\n'
        # the reports take a while on a slow (sanitizer) build: wait up to 10 s for them
        'for k := 0; k < 200 && runtime.NumGoroutine() > 1; k++ { time.Sleep(50 * time.Millisecond) }\n'
        'runtime.NumGoroutine()\n"alive"\n', 2,
        '1\nalive\n', timeout=120)
    n = len(re.findall(r'^panic: p\d+$', err, re.M))
    if n != 1000:
        raise CheckFailed(f'{n} panic reports, want 1000')


# The terminal's own keys are left out of the garbage typed: Ctrl-D at an empty line ends the
# session, Ctrl-Z suspends it, Ctrl-S stops the terminal's output (that is job and flow
# control, not the REPL). Ctrl-C and Ctrl-\\ stay in.
TERMINAL_KEYS = b'\x04\x11\x13\x1a'


@check
def term_bad_input(ctx):
    t = ctx.term()
    for name, data in BAD_INPUTS:
        if name == '10,000-character expression':
            continue  # the checker's time for 5,000 terms is pipe_bad_input's to bear once
        data = bytes(b for b in data if b not in TERMINAL_KEYS)
        t.mark = len(t.raw)
        t.send(data.replace(b'\n', b'\r'))
        if name == 'a runaway entry':
            time.sleep(0.3)
            t.send('\x03')
        time.sleep(0.2)
        t.send('\x03')  # whatever is left half-typed goes
        out = t.entry('40 + 2', r'^42$')
    t.bye()


# ---------------------------------------------------------------------------------------------

def main(argv):
    return checks.main(argv, __doc__, check, Context, 'gosub-repl-')


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
