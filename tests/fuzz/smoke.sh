#!/usr/bin/env bash
# smoke.sh — a short fuzzing run of every target, for CI: fixed seed, 30 s a target (its
# seeds included; about 3 minutes in all), seeded with the project's tests, examples
# and the acceptance corpus (not the crashers: those are regression tests of their own). Fails
# on the first crash, hang (10 s on one input) or sanitizer report, and keeps the input in
# BUILD_DIR/fuzz-smoke/.
#
# Usage: tests/fuzz/smoke.sh BUILD_DIR   (a build made with -Dfuzz=true; see README.md)
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
[ $# -eq 1 ] || { echo "usage: $0 BUILD_DIR" >&2; exit 2; }
build="$(realpath "$1")"
work="$(mktemp -d "${TMPDIR:-/tmp}/gosub-fuzz-smoke.XXXXXX")"
trap 'rm -rf "$work"' EXIT
shared="${SHARED:-}"
for d in "$root/../shared" "$root/../../shared"; do
    [ -n "$shared" ] || [ ! -d "$d" ] || shared="$d"
done
"$here/gather_seeds.sh" "$work/seeds" "$root/tests/go" "$root/examples" "$here/regressions" \
    "${shared:-/nonexistent}/spec" > /dev/null
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
status=0
passed=0
failed=0
for t in lex parse check run repl; do
    mkdir -p "$work/$t"
    if "$build/tests/fuzz/fuzz_$t" -seed=1 -max_total_time=30 -max_len=16384 -timeout=10 \
        -rss_limit_mb=2048 -dict="$here/go.dict" -artifact_prefix="$work/$t/" \
        "$work/$t" "$work/seeds" > "$work/$t.log" 2>&1; then
        passed=$((passed + 1))
        echo "fuzz_$t: ok, $(grep -E '^#[0-9]+' "$work/$t.log" | tail -1)"
    else
        status=1
        failed=$((failed + 1))
        echo "fuzz_$t: FAILED"
        grep -E 'ERROR|SUMMARY|runtime error|deadly|Test unit written' "$work/$t.log" | head -20
        mkdir -p "$build/fuzz-smoke"
        for f in "$work/$t"/crash-* "$work/$t"/timeout-* "$work/$t"/oom-*; do
            [ -f "$f" ] || continue
            cp "$f" "$build/fuzz-smoke/" && echo "  input kept: $build/fuzz-smoke/$(basename "$f")"
        done
    fi
done
echo "fuzz smoke: $passed passed, $failed failed"
exit $status
