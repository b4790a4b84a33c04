#!/usr/bin/env bash
# Course export benchmark (not part of the tests; docs/PERFORMANCE.md records its numbers): whole
# `tweetorial export LIBRARY --out DIR` processes, start-up included, on libraries of 10, 25 and 50 tweetorials of
# 20 posts, on one core (taskset -c 0, --jobs 1) and on two (taskset -c 0,1, --jobs 2). Each tweetorial is the
# 20-post benchmark thread with its own title and headings, so no card is shared between tweetorials. Prints the
# wall time, the time per tweetorial and the peak memory of each run.
#
#   releng/bench/course-bench.sh [SIZES...]      (default: 10 25 50)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
tw="$root/tweetorial"
thread="$here/sepsis-20.md"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10 25 50)
work="$(mktemp -d "${TMPDIR:-/tmp}/tweetorial-course-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

command -v taskset >/dev/null || { echo "taskset is missing (util-linux)" >&2; exit 3; }
"$tw" --version >/dev/null # builds the product first if needed, outside the timings

library() { # library N: N distinct 20-post tweetorials
    local n=$1 dir="$work/library-$1" i
    mkdir -p "$dir"
    for i in $(seq -w 1 "$n"); do
        sed -e "s/^title: .*/title: \"Sepsis, lecture $i\"/" -e "s/^\(#\{1,2\} .*\)$/\1 (lecture $i)/" \
            "$thread" >"$dir/sepsis-$i.md"
    done
    printf '%s' "$dir"
}

run() { # run CPUS JOBS N
    local cpus=$1 jobs=$2 n=$3 lib out start end secs rss=""
    lib=$(library "$n")
    out="$work/out-$cpus-$n"
    rm -rf "$out"
    start=$(date +%s.%N)
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f '%M' -o "$work/rss" taskset -c "$cpus" "$tw" export "$lib" --out "$out" --jobs "$jobs" \
            >/dev/null 2>"$work/err" || true
        rss=$(tail -n1 "$work/rss")
    else
        taskset -c "$cpus" "$tw" export "$lib" --out "$out" --jobs "$jobs" >/dev/null 2>"$work/err" || true
    fi
    end=$(date +%s.%N)
    grep -q "exported $n of $n tweetorials" "$work/err" || { cat "$work/err" >&2; echo "run failed" >&2; exit 1; }
    secs=$(echo "$end - $start" | bc -l)
    printf 'cores %-4s jobs %s  %3d tweetorials  %7.1f s  %5.2f s/tweetorial  peak RSS %s MB\n' "$cpus" "$jobs" \
        "$n" "$secs" "$(echo "$secs / $n" | bc -l)" "${rss:+$((rss / 1024))}"
}

echo "== machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(date -u +%F), load $(cut -d' ' -f1-3 /proc/loadavg)"
for n in "${sizes[@]}"; do
    run 0 1 "$n"
    run 0,1 2 "$n"
done
