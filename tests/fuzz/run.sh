#!/usr/bin/env bash
# run.sh — one long fuzzing session of one target, on one core, that keeps going after a
# finding: libFuzzer's fork mode with one worker, crashes, timeouts and out-of-memory inputs
# saved under WORKDIR/findings and the run continued. The corpus grows in WORKDIR/corpus
# (seeded by gather_seeds.sh on the first run), so a later session resumes from it.
#
# Usage: tests/fuzz/run.sh FUZZER SECONDS WORKDIR [LIBFUZZER_FLAG...]
#   FUZZER   a target built with -Dfuzz=true, e.g. build-fuzz/tests/fuzz/fuzz_parse
#   SECONDS  how long (3600 for an hour)
# At the end: libFuzzer's last status line (executions, coverage) and the findings.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
[ $# -ge 3 ] || { echo "usage: $0 FUZZER SECONDS WORKDIR [FLAG...]" >&2; exit 2; }
fuzzer="$(realpath "$1")"
seconds="$2"
work="$3"
shift 3
mkdir -p "$work/corpus" "$work/findings"
[ -d "$work/seeds" ] || "$here/gather_seeds.sh" "$work/seeds"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
cd "$work"
"$fuzzer" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
    -dict="$here/go.dict" -artifact_prefix="$work/findings/" "$@" \
    corpus seeds > log.txt 2>&1
status=$?
grep -E '^#[0-9]+' log.txt | tail -1
echo "findings: $(find findings -type f | wc -l) (in $work/findings); log: $work/log.txt"
exit $status
