#!/usr/bin/env bash
# Compares `tweetorial cards` with Marp CLI (rendering through Debian's Chromium) on the same 20-post thread.
#
#   releng/bench/marp-compare.sh [RUNS]
#
# Marp CLI is installed with npm into a temporary folder when it is not on the PATH, and Debian's chromium with
# apt-get when /usr/bin/chromium is missing. TWEETORIAL overrides the tweetorial command (default ./tweetorial
# at the repository root). Timings use hyperfine when installed, else `date +%s%N` over RUNS runs (default 5).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${1:-5}"
thread="$here/sepsis-20.md"
tweetorial="${TWEETORIAL:-$root/tweetorial}"
work="$(mktemp -d "${TMPDIR:-/tmp}/marp-compare.XXXXXX")"
trap 'rm -rf "$work"' EXIT

if [[ ! -x /usr/bin/chromium ]]; then
    echo "installing Debian chromium (apt-get)..." >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

marp="$(command -v marp || true)"
if [[ -z "$marp" ]]; then
    echo "installing @marp-team/marp-cli into $work/npm (npm)..." >&2
    (cd "$work" && mkdir npm && cd npm && npm init -y >/dev/null 2>&1 \
        && PUPPETEER_SKIP_DOWNLOAD=1 npm install --silent --no-audit --no-fund @marp-team/marp-cli >/dev/null 2>&1)
    marp="$work/npm/node_modules/.bin/marp"
fi

# The same 20 posts as a Marp deck: front matter dropped, posts become slides, card directives removed.
deck="$work/deck.md"
{
    printf -- '---\nmarp: true\nsize: 16:9\npaginate: true\nfooter: "Dr Amara Okafor @amara_em"\n---\n\n'
    awk 'BEGIN { fm = 0 }
         NR == 1 && /^---$/ { fm = 1; next }
         fm == 1 { if ($0 == "---") fm = 2; next }
         /^<!-- card:/ { next }
         { print }' "$thread"
} > "$deck"
slides=$(grep -c '^---$' "$deck")
echo "deck: $((slides)) separators, $(wc -l < "$deck") lines" >&2

export CHROME_PATH=/usr/bin/chromium
marp_cmd="$marp --no-stdin --allow-local-files --browser-path /usr/bin/chromium --images png --image-scale 1 \
--output $work/marp/deck.png $deck"
tw_cmd="$tweetorial cards $thread --out $work/cards --size 1280x720"

# One untimed run each, so installs and caches do not count and failures show up early.
mkdir -p "$work/marp"
eval "$marp_cmd" >/dev/null 2>&1 || { echo "marp failed:" >&2; eval "$marp_cmd"; exit 1; }
eval "$tw_cmd" >/dev/null 2>&1 || { echo "tweetorial failed:" >&2; eval "$tw_cmd"; exit 1; }
echo "marp wrote $(ls "$work/marp" | wc -l) PNGs; tweetorial wrote $(ls "$work/cards"/*.png | wc -l) PNGs" >&2

if command -v hyperfine >/dev/null; then
    hyperfine ${HYPERFINE_OPTS:-} --warmup 1 --runs "$runs" --export-markdown "$work/result.md" \
        -n "tweetorial cards (20 posts, 1280x720)" "$tw_cmd" \
        -n "marp --images png (20 slides, 1280x720, chromium)" "$marp_cmd" >&2
    cat "$work/result.md"
else
    time_it() {
        local total=0 start end
        for ((i = 0; i < runs; i++)); do
            start=$(date +%s%N)
            eval "$1" >/dev/null 2>&1
            end=$(date +%s%N)
            total=$((total + end - start))
        done
        echo $((total / runs / 1000000))
    }
    echo "| command | mean ms |"
    echo "| --- | --- |"
    echo "| tweetorial cards (20 posts, 1280x720) | $(time_it "$tw_cmd") |"
    echo "| marp --images png (20 slides, 1280x720, chromium) | $(time_it "$marp_cmd") |"
fi
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%d)"
