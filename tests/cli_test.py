#!/usr/bin/env python3
"""The command line: exit statuses and messages."""
import argparse, subprocess, sys

ap = argparse.ArgumentParser()
ap.add_argument('--gosub', required=True)
a = ap.parse_args()
ok = bad = 0
def check(name, argv, code, out_has='', err_has=''):
    global ok, bad
    p = subprocess.run([a.gosub] + argv, capture_output=True, text=True)
    if p.returncode == code and out_has in p.stdout and err_has in p.stderr:
        ok += 1
    else:
        bad += 1
        print(f'FAIL {name}: exit {p.returncode}, stdout {p.stdout!r}, stderr {p.stderr!r}')
check('version', ['version'], 0, out_has='gosub version ')
check('help', ['help'], 0, out_has='gosub run')
check('unknown', ['frob'], 2, err_has='gosub frob: unknown command')
print(f'{ok} passed, {bad} failed')
sys.exit(1 if bad else 0)
