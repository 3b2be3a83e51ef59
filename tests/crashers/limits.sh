#!/usr/bin/env bash
# limits.sh — runs a command (gosub) under the limits every crasher test runs with, so that a
# program that eats memory or threads fails its test instead of taking the machine down:
#   - address space: CRASHER_VLIMIT_KB KiB, by default 8,000,000 (`ulimit -v 8000000`, as
#     issue 12 asks; a test may ask for less with `// env: CRASHER_VLIMIT_KB=N` when Go's
#     answer is the same under it). An ASan build cannot start under an address-space limit
#     (its shadow memory is reserved up front), so there libgc's heap gets the limit instead
#     (GC_MAXIMUM_HEAP_SIZE) and ASan's RSS limit stops anything else;
#   - processes and threads of the user: 5,000 (`ulimit -u 5000`);
#   - core files: none.
# CRASHER_ASAN=1 in the environment says the command is an ASan build.
# Usage: limits.sh COMMAND [ARGS...]
kib="${CRASHER_VLIMIT_KB:-8000000}"
ulimit -c 0
ulimit -u 5000 2>/dev/null
if [ "${CRASHER_ASAN:-0}" = 1 ]; then
    export GC_MAXIMUM_HEAP_SIZE=$((kib * 1024))
    export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}hard_rss_limit_mb=$((kib / 1024 + 1024))"
else
    ulimit -v "$kib"
fi
exec "$@"
