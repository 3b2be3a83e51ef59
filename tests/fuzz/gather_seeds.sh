#!/usr/bin/env bash
# gather_seeds.sh — the seed corpus of the fuzz targets: every .go program of the acceptance
# corpus (../shared/spec), of the project's tests and examples, and of ../shared/crashers,
# copied into DIR under a name made of its content's hash (so a program met twice is kept
# once). The three targets share the corpus: it is Go source for each of them.
#
# Usage: tests/fuzz/gather_seeds.sh DIR [SOURCE_DIR...]
#   (default sources: tests, examples, and spec/ and crashers/ of the shared folder beside
#   the repository: ../shared, or ../../shared from a worktree in a subfolder, or $SHARED;
#   a source that does not exist is skipped)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
[ $# -ge 1 ] || { echo "usage: $0 DIR [SOURCE_DIR...]" >&2; exit 2; }
out="$1"
shift
if [ $# -eq 0 ]; then
    shared="${SHARED:-}"
    for d in "$root/../shared" "$root/../../shared"; do
        [ -n "$shared" ] || [ ! -d "$d" ] || shared="$d"
    done
    set -- "$root/tests" "$root/examples" "${shared:-/nonexistent}/spec" \
        "${shared:-/nonexistent}/crashers"
fi
mkdir -p "$out"
n=0
for src in "$@"; do
    [ -d "$src" ] || { echo "skipped (not there): $src" >&2; continue; }
    while IFS= read -r -d '' f; do
        cp "$f" "$out/$(sha1sum < "$f" | cut -c1-40)"
        n=$((n + 1))
    done < <(find "$src" -name '*.go' -type f -print0)
done
echo "$n programs gathered, $(ls "$out" | wc -l) distinct, in $out"
