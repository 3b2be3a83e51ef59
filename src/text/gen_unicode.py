#!/usr/bin/env python3
"""gen_unicode.py — writes src/text/unicode_data.c, gosub's Unicode tables, from the Unicode
Character Database files.

Regenerate (Debian: `apt-get install unicode-data` puts the files in /usr/share/unicode):

    python3 src/text/gen_unicode.py /usr/share/unicode src/text/unicode_data.c

`gen_unicode.py --check /usr/share/unicode src/text/unicode_data.c` (a meson test) says whether
the committed file is what the data gives; it skips (exit status 77) when the data is missing.

The data must be Unicode 15.0.0, the version of Go 1.21 to 1.23: the script refuses other
versions (change UNICODE_VERSION, and runtime/std/unicode.go's Version, together). It reads
UnicodeData.txt (categories, simple case mappings), PropList.txt (White_Space), Scripts.txt
and CaseFolding.txt (statuses C and S), and the category and script lists from
src/text/unicode.h, so that the enum there and the tables here cannot disagree. Before writing
it checks the tables against the data (see src/text/unicode_data.h for what they hold); the
build never runs it, the generated file is committed.
"""
import os
import re
import sys

UNICODE_VERSION = "15.0.0"
MAX_RUNE = 0x10FFFF
HERE = os.path.dirname(os.path.abspath(__file__))


def header_lists():
    """The category names (enum order) and script names of unicode.h."""
    with open(os.path.join(HERE, "unicode.h")) as f:
        text = f.read()
    enum = re.search(r"typedef enum UniCategory \{(.*?)\} UniCategory;", text, re.S).group(1)
    cats = re.findall(r"\bUNI_(\w\w)\b", enum)
    scripts_macro = re.search(r"#define UNI_SCRIPTS\(X\)(.*?)\n\n", text, re.S).group(1)
    scripts = re.findall(r"X\((\w+)\)", scripts_macro)
    return cats, scripts


def data_lines(path):
    """The data lines of a UCD file, comments stripped, split at ';'."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                yield [field.strip() for field in line.split(";")]


def check_version(path):
    with open(path, encoding="utf-8") as f:
        first = f.readline()
    if "-" + UNICODE_VERSION + ".txt" not in first:
        sys.exit("%s: not Unicode %s data (%s)" % (path, UNICODE_VERSION, first.strip()))


def code_range(field):
    lo, _, hi = field.partition("..")
    return int(lo, 16), int(hi or lo, 16)


def read_unicode_data(path, cats):
    """Category index and (upper, lower, title) simple mappings of every code point."""
    cat = [cats.index("Cn")] * (MAX_RUNE + 1)
    case = {}
    first = None
    for f in data_lines(path):
        cp, name, gc = int(f[0], 16), f[1], cats.index(f[2])
        if name.endswith(", First>"):
            first = cp
            continue
        lo = first if name.endswith(", Last>") else cp
        first = None
        for c in range(lo, cp + 1):
            cat[c] = gc
        upper = int(f[12], 16) if f[12] else cp
        lower = int(f[13], 16) if f[13] else cp
        # An empty title case field means "the same as the upper case mapping".
        title = int(f[14], 16) if f[14] else upper
        if (upper, lower, title) != (cp, cp, cp):
            case[cp] = (upper, lower, title)
    return cat, case


def read_ranges(path, wanted):
    """{property or script: sorted merged ranges} for the names in wanted."""
    found = {name: [] for name in wanted}
    for f in data_lines(path):
        if f[1] in found:
            found[f[1]].append(code_range(f[0]))
    return {name: merge(sorted(r)) for name, r in found.items()}


def merge(ranges):
    out = []
    for lo, hi in ranges:
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def category_runs(cat):
    runs = []
    for c in range(MAX_RUNE + 1):
        if not runs or cat[c] != runs[-1][1]:
            runs.append((c, cat[c]))
    return runs


def deltas(case, c):
    u, l, t = case.get(c, (c, c, c))
    return (u - c, l - c, t - c)


UPPER_OF_PAIR = (0, 1, 0)
LOWER_OF_PAIR = (-1, 0, -1)


def case_ranges(case):
    """Ranges of equal deltas, or of alternating upper/lower pairs (Go's UpperLower)."""
    out = []
    points = sorted(case)
    i = 0
    while i < len(points):
        c = points[i]
        d = deltas(case, c)
        hi = c
        if d == UPPER_OF_PAIR and deltas(case, c + 1) == LOWER_OF_PAIR:
            while deltas(case, hi + 2) == UPPER_OF_PAIR and deltas(case, hi + 3) == LOWER_OF_PAIR:
                hi += 2
            hi += 1
            out.append((c, hi, (0, 0, 0), True))
        else:
            while hi + 1 in case and deltas(case, hi + 1) == d:
                hi += 1
            out.append((c, hi, d, False))
        while i < len(points) and points[i] <= hi:
            i += 1
    return out


def apply_case(ranges, which, c):
    for lo, hi, d, alternating in ranges:  # the checks run this on every code point, once
        if lo <= c <= hi:
            if alternating:
                return lo + (((c - lo) & ~1) | (which & 1))
            return c + d[which]
    return c


def fold_exceptions(path, case):
    """(rune, SimpleFold(rune)) wherever the lower-else-upper rule does not give it."""
    target = {}
    for f in data_lines(path):
        if f[1] in ("C", "S"):
            target[int(f[0], 16)] = int(f[2], 16)
    orbits = {}
    for c, t in target.items():
        orbits.setdefault(t, {t}).add(c)
    fold = {}
    for members in orbits.values():
        ordered = sorted(members)
        for k, c in enumerate(ordered):
            fold[c] = ordered[(k + 1) % len(ordered)]
    out = []
    for c in range(MAX_RUNE + 1):
        u, l, _ = case.get(c, (c, c, c))
        rule = l if l != c else u
        want = fold.get(c, c)
        if want != rule:
            out.append((c, want))
    return out


def check(cat, case, runs, cranges, latin1):
    index = {}
    for lo, hi, d, alt in cranges:
        for c in range(lo, hi + 1):
            index[c] = (lo, hi, d, alt)
    for c in range(MAX_RUNE + 1):
        want = case.get(c, (c, c, c))
        got = tuple(apply_case([index[c]] if c in index else [], w, c) for w in range(3))
        if got != want:
            sys.exit("case ranges wrong at U+%04X: %s, want %s" % (c, got, want))
    k = 0
    for c in range(MAX_RUNE + 1):
        while k + 1 < len(runs) and runs[k + 1][0] <= c:
            k += 1
        if runs[k][1] != cat[c]:
            sys.exit("category runs wrong at U+%04X" % c)
    assert latin1 == cat[:256]


def rows(items, indent="    ", width=100):
    """The items, space-separated, in lines of at most width columns."""
    lines, line = [], indent
    for item in items:
        if len(line) + len(item) + 1 > width and line.strip():
            lines.append(line.rstrip())
            line = indent
        line += item + " "
    lines.append(line.rstrip())
    return "\n".join(lines)


def range_array(name, ranges):
    items = ["{0x%X, 0x%X}," % r for r in ranges]
    return "static const uint32_t %s[][2] = {\n%s\n};\n" % (name, rows(items))


def render(cats, scripts, runs, latin1, white, script_ranges, cranges, folds):
    o = []
    o.append("/* unicode_data.c — GENERATED by src/text/gen_unicode.py from the Unicode %s data\n"
             " * files; do not edit. Regenerate with\n"
             " *     python3 src/text/gen_unicode.py /usr/share/unicode src/text/unicode_data.c\n"
             " * What the tables hold: src/text/unicode_data.h.\n"
             " */\n" % UNICODE_VERSION)
    o.append('#include "unicode_data.h"\n')
    o.append("/* clang-format off */\n")
    checks = ["UNI_%s == %d" % (c, i) for i, c in enumerate(cats)]
    o.append("_Static_assert(%s,\n               \"the categories of unicode.h, in this order\");\n"
             % " &&\n               ".join(" && ".join(checks[i:i + 5])
                                          for i in range(0, len(checks), 5)))
    o.append("const uint32_t ucd_category_runs[] = {\n%s\n};\n" %
             rows(["0x%X," % (start << 5 | c) for start, c in runs]))
    o.append("const size_t ucd_ncategory_runs = %d;\n" % len(runs))
    o.append("const uint8_t ucd_latin1_category[256] = {\n%s\n};\n" %
             rows(["%d," % c for c in latin1]))
    o.append(range_array("white_space", white))
    o.append("const UcdRanges ucd_white_space = {white_space, %d};\n" % len(white))
    for s in scripts:
        o.append(range_array("script_" + s, script_ranges[s]))
    o.append("const UcdRanges ucd_scripts[UNI_SCRIPT_COUNT] = {\n%s\n};\n" % "\n".join(
        "    [UNI_SCRIPT_%s] = {script_%s, %d}," % (s, s, len(script_ranges[s]))
        for s in scripts))
    items = []
    for lo, hi, d, alt in cranges:
        items.append("    {0x%X, 0x%X, {%d, %d, %d}, %s}," %
                     (lo, hi, d[0], d[1], d[2], "true" if alt else "false"))
    o.append("const UcdCaseRange ucd_case_ranges[] = {\n%s\n};\n" % "\n".join(items))
    o.append("const size_t ucd_ncase_ranges = %d;\n" % len(cranges))
    o.append("const uint32_t ucd_fold_exceptions[][2] = {\n%s\n};\n" %
             rows(["{0x%X, 0x%X}," % f for f in folds]))
    o.append("const size_t ucd_nfold_exceptions = %d;\n" % len(folds))
    o.append("/* clang-format on */\n")
    return "\n".join(o)


def main():
    args = sys.argv[1:]
    checking = args[:1] == ["--check"]
    if checking:
        args = args[1:]
    if len(args) != 2:
        sys.exit("usage: gen_unicode.py [--check] UCD_DIR FILE.c")
    ucd, out_path = args
    path = lambda name: os.path.join(ucd, name)
    if checking and not os.path.exists(path("UnicodeData.txt")):
        print("no Unicode data in %s: skipped" % ucd)
        sys.exit(77)
    for name in ("PropList.txt", "Scripts.txt", "CaseFolding.txt", "DerivedAge.txt"):
        check_version(path(name))
    cats, scripts = header_lists()
    cat, case = read_unicode_data(path("UnicodeData.txt"), cats)
    runs = category_runs(cat)
    cranges = case_ranges(case)
    latin1 = cat[:256]
    check(cat, case, runs, cranges, latin1)
    white = read_ranges(path("PropList.txt"), ["White_Space"])["White_Space"]
    script_ranges = read_ranges(path("Scripts.txt"), scripts)
    for s in scripts:
        if not script_ranges[s]:
            sys.exit("no script %s in Scripts.txt" % s)
    folds = fold_exceptions(path("CaseFolding.txt"), case)
    text = render(cats, scripts, runs, latin1, white, script_ranges, cranges, folds)
    if checking:
        with open(out_path) as f:
            if f.read() != text:
                sys.exit("%s is not what gen_unicode.py makes of %s: regenerate it" % (out_path, ucd))
        print("%s is up to date" % out_path)
        return
    with open(out_path, "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
