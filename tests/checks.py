"""What the check scripts (cli_test.py, repl_test.py, and the REPL's measurements) share: a
check's failure, how a text is shown in one, the list of checks, the command line that runs
them, and a process's resident memory.

A check is a function taking a context (made afresh for each check, in a new temporary
directory) that raises CheckFailed with a reason showing what was seen. The runner prints
FAIL and the reason for each failure (with -v, ok for each pass) and ends with the line
`N passed, N failed`; its exit status is 0 iff every check passed.
"""

import argparse
import os
import shutil
import sys
import tempfile
import time


class CheckFailed(Exception):
    pass


def show(text, limit=600, tail=False):
    """text indented for a failure report, cut to limit characters (its end, with tail)."""
    text = text if isinstance(text, str) else repr(text)
    if len(text) > limit:
        text = '...' + text[-limit:] if tail else text[:limit] + f'... ({len(text)} chars)'
    return '\n'.join('      ' + l for l in text.splitlines()) or '      (empty)'


def rss_mb(pid):
    """The resident memory of process pid, in MB (Linux)."""
    with open(f'/proc/{pid}/status') as f:
        for line in f:
            if line.startswith('VmRSS:'):
                return int(line.split()[1]) / 1024
    return 0.0


class Checks:
    """The list of checks; used as the decorator that adds one."""

    def __init__(self):
        self.list = []

    def __call__(self, fn):
        self.list.append(fn)
        return fn


def main(argv, doc, checks, make_context, prefix):
    """Runs checks with the command line argv; make_context(gosub, directory) gives a check
    its context (closed afterwards if it has a close method)."""
    ap = argparse.ArgumentParser(description=doc,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--gosub', required=True, help='the gosub command')
    ap.add_argument('--filter', default='', metavar='S', help='only checks whose name has S')
    ap.add_argument('-v', '--verbose', action='store_true', help='also list passing checks')
    opts = ap.parse_args(argv)
    gosub = [os.path.abspath(opts.gosub)] if os.sep in opts.gosub else [opts.gosub]
    if not (os.access(gosub[0], os.X_OK) or shutil.which(gosub[0])):
        print(f'gosub not found: {opts.gosub}', file=sys.stderr)
        return 2
    passed = failed = 0
    for fn in checks.list:
        if opts.filter not in fn.__name__:
            continue
        start = time.monotonic()
        with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
            ctx = make_context(gosub, tmp)
            try:
                fn(ctx)
            except CheckFailed as e:
                failed += 1
                print(f'FAIL {fn.__name__}\n  {e}', flush=True)
                continue
            except OSError as e:
                failed += 1
                print(f'FAIL {fn.__name__}\n  cannot run: {e}', flush=True)
                continue
            finally:
                if hasattr(ctx, 'close'):
                    ctx.close()
        passed += 1
        if opts.verbose:
            print(f'ok   {fn.__name__} ({time.monotonic() - start:.1f} s)', flush=True)
    print(f'{passed} passed, {failed} failed')
    return 1 if failed else 0
