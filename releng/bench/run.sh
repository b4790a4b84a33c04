#!/usr/bin/env bash
# All of Tweetorial Studio's benchmarks, printing numbers (docs/PERFORMANCE.md records them):
#   1. whole `tweetorial` processes (start-up included) on the 20-post example, with hyperfine;
#   2. `tweetorial bench`: warm in-process timings of parse/count/lint, card rendering and export;
#   3. with --marp, the side-by-side comparison with Marp CLI (releng/bench/marp-compare.sh).
#
#   releng/bench/run.sh [--marp] [RUNS]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
marp=0
if [ "${1:-}" = "--marp" ]; then marp=1; shift; fi
runs="${1:-10}"
thread="$here/sepsis-20.md"
tw="$root/tweetorial"
work="$(mktemp -d "${TMPDIR:-/tmp}/tweetorial-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

command -v hyperfine >/dev/null || {
    echo "hyperfine is missing: apt-get install hyperfine" >&2
    exit 3
}
"$tw" --version >/dev/null # builds the product first if needed, outside the timings

echo "== machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(date -u +%F)"
hyperfine --warmup 2 --runs "$runs" \
    -n "tweetorial --help" "$tw --help" \
    -n "check (20 posts)" "$tw check $thread" \
    -n "cards (20 posts, 1200x675)" "$tw cards $thread --out $work/cards" \
    -n "export (20 posts, everything)" "$tw export $thread --out $work/export" \
    -n "export --only handout" "$tw export $thread --only handout --out $work/handout"

echo "== warm, in process"
"$tw" bench "$thread"

if [ "$marp" = 1 ]; then
    echo "== against Marp CLI"
    "$here/marp-compare.sh" 5
fi
