#!/usr/bin/env python3
"""A soak test of the REPL (issue 8): feeds N mixed entries — declarations, goroutine
launches, sends, receives, selects with timeouts, panics in entries and in goroutines —
spread over a given time, then checks the session is alive with 1,000 goroutines parked
(one per tenth entry) and reports its resident memory. Not part of the test suite (it takes
twenty minutes by default): run it by hand.

Usage: repl_soak.py --gosub PATH [--entries 10000] [--minutes 20]
"""

import argparse
import os
import re
import subprocess
import sys
import threading
import time

from checks import rss_mb


def entry(i):
    k = i % 10
    return [
        f'func sf{i}(x int) int {{ return x * 2 }}',
        'go func() { <-hold }()',
        f'c{i} := make(chan int, 1)',
        f'c{i - 1} <- {i}',
        f'<-c{i - 2}',
        f'select {{\ncase v := <-c{i - 3}:\n\tfmt.Println(v)\n'
        'case <-time.After(time.Millisecond):\n\tfmt.Println("timeout")\n}',
        f'go func() {{ panic("soak {i}") }}()',
        f'type S{i} struct {{ A int; B []string }}',
        f'x := sf{i - 8}({i}) + len(S{i - 1}{{}}.B)',
        f'panic("entry {i}")',
    ][k]


COMPILE_ERROR = r'^<repl>:\d+:\d+: '


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--gosub', required=True)
    ap.add_argument('--entries', type=int, default=10000)
    ap.add_argument('--minutes', type=float, default=20)
    opts = ap.parse_args(argv)
    p = subprocess.Popen([opts.gosub], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, bufsize=0)
    out, err = bytearray(), bytearray()

    def drain(stream, into):
        for chunk in iter(lambda: os.read(stream.fileno(), 65536), b''):
            into.extend(chunk)

    readers = [threading.Thread(target=drain, args=(p.stdout, out), daemon=True),
               threading.Thread(target=drain, args=(p.stderr, err), daemon=True)]
    for t in readers:
        t.start()
    start = time.monotonic()
    pause = opts.minutes * 60 / opts.entries
    p.stdin.write(b'hold := make(chan int)\n')
    peak = 0.0
    for i in range(opts.entries):
        p.stdin.write(entry(i).encode() + b'\n')
        if p.poll() is not None:
            print(f'gosub ended (status {p.returncode}) at entry {i}')
            return 1
        if i % 500 == 0:
            peak = max(peak, rss_mb(p.pid))
            print(f'{i} entries, {time.monotonic() - start:.0f} s, RSS {rss_mb(p.pid):.0f} MB',
                  flush=True)
        time.sleep(max(0.0, start + (i + 1) * pause - time.monotonic()))
    p.stdin.write(b'time.Sleep(time.Second)\n"goroutines"\nruntime.NumGoroutine()\n')
    end = time.monotonic() + 600
    while b'goroutines\n' not in out and time.monotonic() < end and p.poll() is None:
        time.sleep(0.5)
    time.sleep(1)
    rss = rss_mb(p.pid) if p.poll() is None else 0.0
    p.stdin.close()
    status = p.wait(120)
    for t in readers:
        t.join(10)
    text = out.decode('utf-8', 'replace')
    parked = (opts.entries + 8) // 10
    alive = text.split('goroutines\n')[-1].strip() if 'goroutines\n' in text else '?'
    errs = err.decode('utf-8', 'replace')
    print(f'{opts.entries} entries in {time.monotonic() - start:.0f} s; exit status {status}; '
          f'goroutines at the end {alive} ({parked} parked + the entry); RSS {rss:.0f} MB '
          f'(peak seen {max(peak, rss):.0f} MB); panics reported '
          f'{errs.count("panic: soak")} in goroutines, {errs.count("panic: entry")} in entries; '
          f'compile errors {len(re.findall(COMPILE_ERROR, errs, re.M))}')
    return 0 if status == 2 and alive == str(parked + 1) else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
