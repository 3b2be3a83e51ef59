#!/usr/bin/env python3
"""Keeps grammar/gosub.ebnf true to the parser.

Usage: grammar_test.py --gosub PATH [--parse-c FILE] EBNF

Checks that
  1. the EBNF is well formed: every production is `Name = Expression .`, defined once, and
     every name it uses is a production or a lexical token listed in a `// lexical:` line;
     every production is reachable from the first one;
  2. every production has an example (`// example(KIND): TEXT` right above it) and the
     example parses: it is wrapped as KIND requires (see the EBNF's header), written to a
     temporary .go file, and `PATH parse FILE` must exit 0;
  3. every production is marked `/* Production: Name */` in src/parse/parse.c, and every such
     mark names a production.
Prints one line per failure and `N passed, N failed` last; exits 0 iff nothing failed.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

WRAP = {
    'file': '{}\n',
    'decl': 'package p\n{}\n',
    'stmt': 'package p\nfunc _() {{\n{}\n}}\n',
    'expr': 'package p\nvar _ = {}\n',
    'type': 'package p\nvar _ {}\n',
}

TOKEN = re.compile(r'\s*(?:(?P<name>[A-Za-z_][A-Za-z0-9_]*)|(?P<str>"(?:[^"\\]|\\.)*"|`[^`]*`)'
                   r'|(?P<op>[=|()\[\]{}.…]))')


class Production:
    def __init__(self, name, line, body, example):
        self.name, self.line, self.body, self.example = name, line, body, example


def read_ebnf(path):
    """Returns (productions, lexical names, errors)."""
    prods, lexical, errors = [], set(), []
    pending_example = None
    cur = None  # [name, line, text, example]
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    for i, raw in enumerate(lines, 1):
        line = raw.strip()
        if line.startswith('//'):
            m = re.match(r'//\s*lexical:\s*(.*)$', line)
            if m:
                lexical.update(m.group(1).split())
            m = re.match(r'//\s*example\((\w+)\):\s?(.*)$', line)
            if m and cur is None:
                pending_example = (m.group(1), m.group(2), i)
            continue
        if not line:
            if cur is None:
                pending_example = None
            continue
        if cur is None:
            m = re.match(r'([A-Za-z_]\w*)\s*=(.*)$', line)
            if not m:
                errors.append(f'{path}:{i}: expected a production, found: {line}')
                continue
            cur = [m.group(1), i, m.group(2), pending_example]
            pending_example = None
        else:
            cur[2] += ' ' + line
        if cur[2].rstrip().endswith('.'):
            prods.append(Production(cur[0], cur[1], cur[2].rstrip()[:-1], cur[3]))
            cur = None
    if cur is not None:
        errors.append(f'{path}:{cur[1]}: production {cur[0]} does not end with "."')
    return prods, lexical, errors


def tokenize(body):
    pos, out = 0, []
    while pos < len(body):
        if body[pos:].strip() == '':
            break
        m = TOKEN.match(body, pos)
        if not m:
            raise ValueError(f'bad character at: {body[pos:pos + 20]!r}')
        pos = m.end()
        out.append(('name', m.group('name')) if m.group('name') else
                   ('str', m.group('str')) if m.group('str') else ('op', m.group('op')))
    return out


def check_expression(toks):
    """Recursive descent over Expression = Alternative { "|" Alternative } ."""
    pos = 0

    def expression():
        nonlocal pos
        alternative()
        while pos < len(toks) and toks[pos] == ('op', '|'):
            pos += 1
            alternative()

    def alternative():
        nonlocal pos
        n = 0
        while pos < len(toks) and toks[pos] not in (('op', '|'), ('op', ')'), ('op', ']'),
                                                    ('op', '}')):
            term()
            n += 1
        if n == 0:
            raise ValueError('empty alternative')

    def term():
        nonlocal pos
        kind, text = toks[pos]
        if kind in ('name', 'str'):
            pos += 1
            if pos < len(toks) and toks[pos] == ('op', '…'):
                pos += 1
                if pos >= len(toks) or toks[pos][0] != 'str':
                    raise ValueError('… must be between two strings')
                pos += 1
            return
        closer = {'(': ')', '[': ']', '{': '}'}.get(text) if kind == 'op' else None
        if not closer:
            raise ValueError(f'unexpected {text!r}')
        pos += 1
        expression()
        if pos >= len(toks) or toks[pos] != ('op', closer):
            raise ValueError(f'missing {closer!r}')
        pos += 1

    expression()
    if pos != len(toks):
        raise ValueError(f'unexpected {toks[pos][1]!r}')


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--gosub', required=True, help='the gosub binary (its hidden parse command)')
    ap.add_argument('--parse-c', help='the parser source (default: ../src/parse/parse.c '
                                      'from the EBNF)')
    ap.add_argument('ebnf')
    a = ap.parse_args()
    parse_c = a.parse_c or os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(a.ebnf))),
                                        'src', 'parse', 'parse.c')
    passed = failed = 0

    def result(ok, msg):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print('FAIL ' + msg)

    prods, lexical, errors = read_ebnf(a.ebnf)
    for e in errors:
        result(False, e)
    result(len(prods) > 0, f'{a.ebnf}: no productions')

    # 1. well-formedness
    defined = {}
    for p in prods:
        result(p.name not in defined, f'{a.ebnf}:{p.line}: {p.name} defined twice')
        defined.setdefault(p.name, p)
    uses = {}
    for p in prods:
        try:
            toks = tokenize(p.body)
            check_expression(toks)
            uses[p.name] = {t for k, t in toks if k == 'name'}
            undefined = sorted(n for n in uses[p.name] if n not in defined and n not in lexical)
            result(not undefined, f'{a.ebnf}:{p.line}: {p.name} uses undefined '
                                  f'{", ".join(undefined)}')
        except ValueError as e:
            result(False, f'{a.ebnf}:{p.line}: {p.name} is malformed: {e}')
    if prods:
        seen, todo = set(), [prods[0].name]
        while todo:
            n = todo.pop()
            if n in seen or n not in defined:
                continue
            seen.add(n)
            todo.extend(uses.get(n, ()))
        unreachable = [p.name for p in prods if p.name not in seen]
        result(not unreachable, f'{a.ebnf}: not reachable from {prods[0].name}: '
                                f'{", ".join(unreachable)}')

    # 2. examples
    with tempfile.TemporaryDirectory() as tmp:
        for p in prods:
            if not p.example:
                result(False, f'{a.ebnf}:{p.line}: {p.name} has no example')
                continue
            kind, text, line = p.example
            if kind not in WRAP:
                result(False, f'{a.ebnf}:{line}: unknown example kind {kind!r}')
                continue
            path = os.path.join(tmp, f'{p.name}.go')
            with open(path, 'w', encoding='utf-8') as f:
                f.write(WRAP[kind].format(text))
            try:
                r = subprocess.run([a.gosub, 'parse', path], capture_output=True, text=True,
                                   errors='replace', timeout=20)
                ok, why = r.returncode == 0, (r.stderr.strip() or f'exit status {r.returncode}')
            except (OSError, subprocess.TimeoutExpired) as e:
                ok, why = False, str(e)
            result(ok, f'{a.ebnf}:{line}: example of {p.name} does not parse: {text}\n    {why}')

    # 3. the parser's marks
    try:
        with open(parse_c, encoding='utf-8') as f:
            marks = re.findall(r'/\* Production: (\w+) \*/', f.read())
    except OSError as e:
        marks = []
        result(False, f'{parse_c}: {e}')
    for name in sorted(set(marks)):
        result(marks.count(name) == 1,
               f'{parse_c}: Production: {name} marked {marks.count(name)} times')
        result(name in defined, f'{parse_c}: Production: {name} is not in {a.ebnf}')
    for p in prods:
        result(p.name in marks, f'{a.ebnf}:{p.line}: {p.name} has no /* Production: {p.name} */ '
                                f'in {parse_c}')

    print(f'{passed} passed, {failed} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
