#!/usr/bin/env bash
# All of Tweetorial Studio's benchmarks, printing numbers (docs/PERFORMANCE.md records them):
#   1. whole `tweetorial` processes (start-up included) on the 20-post example, with hyperfine;
#   2. `tweetorial bench`: warm in-process timings of parse/count/lint, card rendering and export;
#   3. with --marp, the side-by-side comparison with Marp CLI (releng/bench/marp-compare.sh);
#   4. with --workbench, the workbench's typing benchmark (TypingBenchmark in bundles/org.tweetorial.ui.tests, left
#      out of the tests: the Maven profile `bench` runs it, under Xvfb when there is no display).
#
#   releng/bench/run.sh [--marp] [--workbench] [RUNS]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
marp=0
workbench=0
while [ $# -gt 0 ]; do
    case "$1" in
        --marp) marp=1; shift ;;
        --workbench) workbench=1; shift ;;
        *) break ;;
    esac
done
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

if [ "$workbench" = 1 ]; then
    echo "== workbench typing (50-post thread; [bench] lines)"
    # The UI tests resolve against the product's features, so those are built too.
    mvn=(./mvnw -B verify -Pbench -pl bundles/org.tweetorial.ui.tests,features/org.tweetorial.platform.feature,features/org.tweetorial.feature -am)
    cd "$root"
    if [ -z "${DISPLAY:-}" ]; then
        xvfb-run -a -s "-screen 0 1600x1000x24" "${mvn[@]}" | grep '^\[bench\]'
    else
        "${mvn[@]}" | grep '^\[bench\]'
    fi
fi
