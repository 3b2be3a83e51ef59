#!/usr/bin/env python3
"""Measures the REPL's latency: the time from entering `1+1` to its echo, in a fresh session
and after N earlier entries (declarations, variables and goroutines), and the session's
resident memory. Issue 8 asks for a median of at most 2 ms fresh and 5 ms after 1,000
entries. Not part of the test suite (timings on a busy machine are noise): run it by hand.

Usage: repl_latency.py --gosub PATH [--entries 1000] [--samples 200]
"""

import argparse
import os
import select
import statistics
import subprocess
import sys
import time

from checks import rss_mb


class Session:
    def __init__(self, gosub):
        self.p = subprocess.Popen([gosub], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, bufsize=0)
        self.out = b''

    def run(self, entry, want):
        """Sends entry; returns the seconds until want appears on standard output."""
        self.out = b''
        start = time.perf_counter()
        self.p.stdin.write(entry.encode() + b'\n')
        while want not in self.out:
            r, _, _ = select.select([self.p.stdout], [], [], 30)
            if not r:
                raise SystemExit(f'no {want!r} after {entry!r}')
            self.out += os.read(self.p.stdout.fileno(), 65536)
        return time.perf_counter() - start

    def latency(self, samples):
        times = [self.run('1+1', b'2\n') for _ in range(samples)]
        return statistics.median(times) * 1000, max(times) * 1000

    def close(self):
        self.p.stdin.close()
        self.p.wait(30)


def earlier_entry(i):
    """The i-th of the earlier entries: a mix of what a session holds."""
    k = i % 5
    if k == 0:
        return f'func f{i}(x int) int {{ return x + {i} }}', None
    if k == 1:
        return f'type T{i} struct{{ A, B int; S string }}', None
    if k == 2:
        return f'v{i} := f{i - 2}({i})', None
    if k == 3:
        return f'ch{i} := make(chan int, 1)', None
    return f'go func() {{ ch{i - 1} <- <-ch{i - 1} }}()', None


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--gosub', required=True)
    ap.add_argument('--entries', type=int, default=1000)
    ap.add_argument('--samples', type=int, default=200)
    opts = ap.parse_args(argv)
    s = Session(opts.gosub)
    s.run('"ready"', b'ready\n')
    med, worst = s.latency(opts.samples)
    print(f'fresh session: median {med:.2f} ms, max {worst:.2f} ms, RSS {rss_mb(s.p.pid):.0f} MB')
    for i in range(opts.entries):
        src, _ = earlier_entry(i)
        s.run(src + f'\n"e{i}"', f'e{i}\n'.encode())
    med, worst = s.latency(opts.samples)
    alive = s.run('runtime.NumGoroutine()', b'\n')
    print(f'after {opts.entries} entries: median {med:.2f} ms, max {worst:.2f} ms, '
          f'RSS {rss_mb(s.p.pid):.0f} MB, goroutines {s.out.decode().strip()}')
    s.close()
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
