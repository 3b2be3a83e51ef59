#!/usr/bin/env python3
"""Checks gosub's command line: subcommands, messages, exit statuses, and hostile input.

Usage: cli_test.py --gosub PATH [-v] [--filter S]

Every check runs gosub in a fresh temporary directory holding the fixtures it needs (big ones
are generated here, never committed) and asserts the exit status and the text of the output.
A check fails on a wrong exit status, missing or unexpected text, a crash (death by a signal),
or no exit within its time limit. The last line is `N passed, N failed`; the exit status is 0
iff every check passed.
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import time

import checks
from checks import CheckFailed, Checks, show

HELLO = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello")\n}\n'


class Result:
    def __init__(self, status, stdout, stderr, seconds):
        self.status = status    # exit status, -SIGNAL, or 'timeout'
        self.stdout = stdout
        self.stderr = stderr
        self.seconds = seconds


class Context:
    """What a check gets: a scratch directory and a way to run gosub in it."""

    def __init__(self, gosub, workdir):
        self.gosub = gosub
        self.dir = workdir

    def write(self, name, text):
        path = os.path.join(self.dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
        return path

    def run(self, *args, timeout=10.0, stdin=b''):
        """Run gosub ARGS in the scratch directory (own process group, killed on timeout)."""
        start = time.monotonic()
        proc = subprocess.Popen(self.gosub + list(args), cwd=self.dir, stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True)
        try:
            out, err = proc.communicate(stdin, timeout=timeout)
            status = proc.returncode
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, err = proc.communicate()
            status = 'timeout'
        return Result(status, out.decode('utf-8', 'replace'), err.decode('utf-8', 'replace'),
                      time.monotonic() - start)


# ---------------------------------------------------------------------------------------------
# Assertions: each raises CheckFailed with a reason that shows what was seen.

def describe(res):
    if res.status == 'timeout':
        return 'no exit (timed out)'
    if res.status < 0:
        return f'killed by signal {-res.status} ({signal.Signals(-res.status).name})'
    return f'exit status {res.status}'


def expect_status(res, *wanted):
    if res.status not in wanted:
        want = ' or '.join(str(w) for w in wanted)
        raise CheckFailed(f'{describe(res)}, want exit status {want}\n'
                          f'    stdout:\n{show(res.stdout)}\n    stderr:\n{show(res.stderr)}')


def expect_in(stream_name, text, *needles):
    for n in needles:
        if n not in text:
            raise CheckFailed(f'{stream_name} lacks {n!r}; it was:\n{show(text)}')


def expect_match(stream_name, text, pattern):
    if not re.search(pattern, text, re.M):
        raise CheckFailed(f'{stream_name} does not match /{pattern}/; it was:\n{show(text)}')


def expect_one_line(stream_name, text):
    lines = [l for l in text.splitlines() if l.strip()]
    if len(lines) != 1:
        raise CheckFailed(f'{stream_name} should be one line, has {len(lines)}:\n{show(text)}')
    return lines[0]


def expect_empty(stream_name, text):
    if text:
        raise CheckFailed(f'{stream_name} should be empty; it was:\n{show(text)}')


def expect_short(stream_name, text, limit):
    if len(text) > limit:
        raise CheckFailed(f'{stream_name} is {len(text)} bytes, want at most {limit} '
                          f'(is the input echoed back?):\n{show(text)}')


def expect_within(res, seconds):
    if res.status != 'timeout' and res.seconds > seconds:
        raise CheckFailed(f'took {res.seconds:.1f} s, want under {seconds} s')


# ---------------------------------------------------------------------------------------------
# The checks

check = Checks()


@check
def version(ctx):
    res = ctx.run('version')
    expect_status(res, 0)
    expect_match('stdout', res.stdout, r'\Agosub version v?\d+(\.\d+)+')


@check
def help_lists_commands(ctx):
    res = ctx.run('help')
    expect_status(res, 0)
    expect_in('stdout', res.stdout, 'gosub run', 'gosub repl', 'gosub version', 'gosub help')


@check
def unknown_command(ctx):
    res = ctx.run('frob')
    expect_status(res, 2)
    expect_in('stderr', res.stderr, 'gosub frob: unknown command', 'gosub help')
    expect_empty('stdout', res.stdout)


@check
def run_without_file(ctx):
    res = ctx.run('run')
    expect_status(res, 2)
    expect_in('stderr', res.stderr, 'gosub run: no .go file given')


@check
def run_missing_file(ctx):
    res = ctx.run('run', 'nosuch.go')
    expect_status(res, 1)
    line = expect_one_line('stderr', res.stderr)
    expect_in('stderr', line, 'nosuch.go', 'no such file or directory')


@check
def run_directory(ctx):
    os.mkdir(os.path.join(ctx.dir, 'somedir'))
    res = ctx.run('run', 'somedir')
    expect_status(res, 1)
    line = expect_one_line('stderr', res.stderr)
    expect_in('stderr', line, 'somedir', 'is a directory')


@check
def run_directory_named_go(ctx):
    os.mkdir(os.path.join(ctx.dir, 'somedir.go'))
    res = ctx.run('run', 'somedir.go')
    expect_status(res, 1)
    line = expect_one_line('stderr', res.stderr)
    expect_in('stderr', line, 'somedir.go', 'is a directory')


@check
def run_binary_garbage(ctx):
    shutil.copy('/bin/true', os.path.join(ctx.dir, 'x.go'))
    res = ctx.run('run', 'x.go')
    expect_status(res, 1)
    expect_in('stderr', res.stderr, 'x.go')
    expect_short('stderr', res.stderr, 4096)
    expect_within(res, 10)


@check
def run_ten_megabyte_unterminated_string(ctx):
    ctx.write('x.go', 'package main\n\nvar s = "' + 'a' * 10_000_000)
    res = ctx.run('run', 'x.go')
    expect_status(res, 1)
    expect_within(res, 10)
    expect_short('stderr', res.stderr, 4096)
    # gc 1.19 says "string not terminated", go/types "string literal not terminated".
    errs = [l for l in res.stderr.splitlines()
            if 'not terminated' in l or 'newline in string' in l]
    if len(errs) != 1:
        raise CheckFailed('want one error saying "string literal not terminated" or "newline in '
                          f'string", got:\n{show(res.stderr)}')
    expect_match('stderr', errs[0], r'x\.go:3:\d+: ')


@check
def run_deeply_nested_parentheses(ctx):
    depth = 100_000
    ctx.write('deep.go', 'package main\nvar x = ' + '(' * depth + '1' + ')' * depth +
              '\nfunc main(){}\n')
    res = ctx.run('run', 'deep.go')
    # Valid Go: gosub may cap the nesting depth (exit 1, a positioned message) or run it.
    expect_status(res, 1, 0)
    expect_within(res, 10)
    expect_short('stderr', res.stderr, 4096)
    if res.status == 1:
        expect_match('stderr', res.stderr, r'deep\.go:2:\d+: \S')
    else:
        expect_empty('stdout', res.stdout)


@check
def run_hello(ctx):
    ctx.write('hello.go', HELLO)
    res = ctx.run('run', 'hello.go')
    expect_status(res, 0)
    if res.stdout != 'hello\n':
        raise CheckFailed(f'stdout should be "hello\\n", was:\n{show(res.stdout)}')
    expect_empty('stderr', res.stderr)


@check
def run_file_in_other_directory(ctx):
    ctx.write('sub/hello.go', HELLO)
    res = ctx.run('run', 'sub/hello.go')
    expect_status(res, 0)
    expect_in('stdout', res.stdout, 'hello')


@check
def compile_error_is_positioned(ctx):
    ctx.write('bad.go', 'package main\n\nfunc main() {\n\tx := 1\n\tundefinedName(x)\n}\n')
    res = ctx.run('run', 'bad.go')
    expect_status(res, 1)
    expect_match('stderr', res.stderr, r'(^|[\s/])bad\.go:5:2: undefined: undefinedName')
    expect_empty('stdout', res.stdout)


@check
def compile_error_runs_nothing(ctx):
    ctx.write('bad.go', 'package main\n\nimport "fmt"\n\nfunc main() {\n'
              '\tfmt.Println("must not print")\n\tvar s string = 1\n}\n')
    res = ctx.run('run', 'bad.go')
    expect_status(res, 1)
    expect_match('stderr', res.stderr, r'bad\.go:7:17: ')
    expect_empty('stdout', res.stdout)


@check
def syntax_error_is_positioned(ctx):
    ctx.write('syn.go', 'package main\n\nfunc main() {\n\tx := (1 + \n}\n')
    res = ctx.run('run', 'syn.go')
    expect_status(res, 1)
    expect_match('stderr', res.stderr, r'syn\.go:\d+:\d+: syntax error')


@check
def panic_exits_two_with_trace(ctx):
    ctx.write('p.go', 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("before")\n'
              '\tpanic("boom")\n}\n')
    res = ctx.run('run', 'p.go')
    expect_status(res, 2)
    if res.stdout != 'before\n':
        raise CheckFailed(f'stdout should be "before\\n", was:\n{show(res.stdout)}')
    expect_in('stderr', res.stderr, 'panic: boom', 'goroutine 1 [running]:', 'main.main()',
              'p.go:7')


@check
def runtime_error_exits_two(ctx):
    ctx.write('idx.go', 'package main\n\nfunc main() {\n\ts := []int{1, 2, 3}\n\ti := 5\n'
              '\t_ = s[i]\n}\n')
    res = ctx.run('run', 'idx.go')
    expect_status(res, 2)
    expect_in('stderr', res.stderr,
              'panic: runtime error: index out of range [5] with length 3',
              'goroutine 1 [running]:')


@check
def os_exit_status(ctx):
    ctx.write('ex.go', 'package main\n\nimport "os"\n\nfunc main() {\n\tdefer println("no")\n'
              '\tos.Exit(3)\n}\n')
    res = ctx.run('run', 'ex.go')
    expect_status(res, 3)
    expect_empty('stderr', res.stderr)


@check
def program_arguments(ctx):
    ctx.write('args.go', 'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n'
              '\tfmt.Println(os.Args[1:])\n\tfmt.Println(len(os.Args))\n}\n')
    res = ctx.run('run', 'args.go', 'a', 'b')
    expect_status(res, 0)
    if res.stdout != '[a b]\n3\n':
        raise CheckFailed(f'stdout should be "[a b]\\n3\\n", was:\n{show(res.stdout)}')


@check
def program_arguments_look_like_flags(ctx):
    ctx.write('args.go', 'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n'
              '\tfmt.Printf("%q\\n", os.Args[1:])\n}\n')
    res = ctx.run('run', 'args.go', '-v', '--disasm', '', 'x y')
    expect_status(res, 0)
    if res.stdout != '["-v" "--disasm" "" "x y"]\n':
        raise CheckFailed(f'arguments after the file belong to the program; stdout was:\n'
                          f'{show(res.stdout)}')


@check
def stdin_reaches_program(ctx):
    ctx.write('cat.go', 'package main\n\nimport (\n\t"bufio"\n\t"fmt"\n\t"os"\n)\n\n'
              'func main() {\n\tsc := bufio.NewScanner(os.Stdin)\n\tn := 0\n'
              '\tfor sc.Scan() {\n\t\tn++\n\t\tfmt.Println(n, sc.Text())\n\t}\n}\n')
    res = ctx.run('run', 'cat.go', stdin=b'one\ntwo\n')
    expect_status(res, 0)
    if res.stdout != '1 one\n2 two\n':
        raise CheckFailed(f'stdout should echo stdin numbered, was:\n{show(res.stdout)}')


@check
def disasm_lists_main(ctx):
    ctx.write('prog.go', HELLO)
    res = ctx.run('run', '--disasm', 'prog.go')
    expect_status(res, 0)
    expect_in('stdout', res.stdout, 'main.main')


# ---------------------------------------------------------------------------------------------

def main(argv):
    return checks.main(argv, __doc__, check, Context, 'gosub-cli-')


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
