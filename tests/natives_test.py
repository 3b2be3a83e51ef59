#!/usr/bin/env python3
"""The std packages' homes agree: the package table, the C natives and the Go sources.

A std package is runtime/std/<path with / as _>.go plus, when it has natives, one table
`lib_<name>_funcs` in runtime/lib/<name>.c (runtime/lib/packages.c lists the packages: LIBS
with natives, GO_ONLY without). The Go source does not list its natives (the C table is their
one list, with their Go declarations); its package comment points at the table instead, with
the line

    // Natives: lib_<name>_funcs in runtime/lib/<name>.c.

This test fails when any of that drifts: a package without its Go source or a Go source
without its package, a table in another file or in no package, an empty table, a missing or
wrong pointer line (or one in a package without natives), or a .c file under src/ or runtime/
that the build does not compile.

usage: natives_test.py SOURCE_ROOT
"""
import os
import re
import sys


def read(root, rel):
    with open(os.path.join(root, rel), encoding='utf-8') as f:
        return f.read()


def package_table(root):
    """(LIBS as [(path, name)], GO_ONLY as [path]) from packages.c's X-macro lists."""
    src = read(root, 'runtime/lib/packages.c')

    def macro(name):
        m = re.search(r'#define %s\(X\)((?:[^\n]*\\\n)*[^\n]*)' % name, src)
        if not m:
            sys.exit('packages.c: no %s list' % name)
        return m.group(1)

    libs = re.findall(r'X\("([^"]+)",\s*(\w+)\)', macro('LIBS'))
    go_only = re.findall(r'X\("([^"]+)"\)', macro('GO_ONLY'))
    return libs, go_only


def package_comment(go_src):
    """The comment lines above the package clause."""
    head = go_src.split('\npackage ', 1)[0]
    return [l for l in head.split('\n') if l.startswith('//')]


def main():
    root = sys.argv[1]
    errors = []
    libs, go_only = package_table(root)
    names = {path: name for path, name in libs}
    paths = [p for p, _ in libs] + go_only
    meson = read(root, 'meson.build')

    # Every package has its Go source, embedded; every Go source is a package.
    std_files = {f for f in os.listdir(os.path.join(root, 'runtime/std')) if f.endswith('.go')}
    for path in paths:
        f = path.replace('/', '_') + '.go'
        if f not in std_files:
            errors.append('%s: no runtime/std/%s' % (path, f))
        elif "'runtime/std/%s'" % f not in meson:
            errors.append('runtime/std/%s: not embedded (meson.build std_go)' % f)
    for f in sorted(std_files - {p.replace('/', '_') + '.go' for p in paths}):
        errors.append('runtime/std/%s: no package of packages.c has it' % f)

    # Every table is lib_<name>_funcs in runtime/lib/<name>.c, of a package of LIBS, not empty.
    table_re = re.compile(r'^const NativeFunc lib_(\w+)_funcs\[\] = \{(.*?)^\};', re.M | re.S)
    lib_dir = os.path.join(root, 'runtime/lib')
    tables = {}
    for f in sorted(os.listdir(lib_dir)):
        if f.endswith('.c'):
            for m in table_re.finditer(read(root, 'runtime/lib/' + f)):
                tables.setdefault(m.group(1), []).append(f)
                if m.group(1) + '.c' != f:
                    errors.append('runtime/lib/%s: table lib_%s_funcs belongs in runtime/lib/%s.c'
                                  % (f, m.group(1), m.group(1)))
                if not re.sub(r'\{\s*NULL\s*,\s*NULL\s*\},?', '', m.group(2)).strip():
                    errors.append('runtime/lib/%s: lib_%s_funcs is empty: the package belongs '
                                  'in GO_ONLY' % (f, m.group(1)))
    for path, name in libs:
        if name not in tables:
            errors.append('%s: no table lib_%s_funcs in runtime/lib/%s.c' % (path, name, name))
    for name in sorted(set(tables) - set(names.values())):
        errors.append('lib_%s_funcs: no package of LIBS uses it' % name)

    # The Go source points at its table, and only a package with natives does.
    for path in paths:
        f = 'runtime/std/' + path.replace('/', '_') + '.go'
        if not os.path.exists(os.path.join(root, f)):
            continue
        lines = [l for l in package_comment(read(root, f)) if l.startswith('// Natives:')]
        if path in names:
            want = '// Natives: lib_%s_funcs in runtime/lib/%s.c.' % (names[path], names[path])
            if lines != [want]:
                errors.append('%s: its package comment should have the one line %r, has %r'
                              % (f, want, lines))
        elif lines:
            errors.append('%s: a package without natives (GO_ONLY), yet %r' % (f, lines))

    # Every C file of the interpreter is compiled.
    for top in ('src', 'runtime'):
        for d, _, fs in os.walk(os.path.join(root, top)):
            for f in fs:
                if f.endswith(('.c', '.cc')):
                    rel = os.path.relpath(os.path.join(d, f), root)
                    if "'%s'" % rel not in meson:
                        errors.append('%s: not in meson.build' % rel)

    for e in errors:
        print(e)
    print('%d packages (%d with natives): %s' % (len(paths), len(libs),
                                                 'ok' if not errors else '%d problems' % len(errors)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
