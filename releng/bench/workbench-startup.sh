#!/usr/bin/env bash
# Measures the workbench's start-up: JVM start to the first example open in an editable editor.
#
#   releng/bench/workbench-startup.sh [RUNS]
#
# Starts the materialized product (build it first: ./mvnw verify) RUNS times (default 3), each with a fresh
# workspace and a fresh copy of examples/, under xvfb-run unless DISPLAY is set. The workbench writes the time to
# the file named by -Dtweetorial.startupProbe as soon as the first tweetorial editor is editable (see
# org.tweetorial.ui.internal.StartupProbe); the script then stops that workbench and prints the numbers.
# PRODUCT overrides the product folder, JAVA_HOME the JDK (21 or newer), TIMEOUT the seconds to wait per run (120),
# JAVA_OPTS adds JVM options (to try start-up flags). The JVM gets the installed launcher's start-up options
# (releng/installer/workbench-jvm-options.sh): C1 only and a class-data archive, which the first run writes when it is stopped and the later
# runs map, so the first run is reported apart. START_OPTIONS=none starts without them (JVM defaults).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${1:-3}"
product="${PRODUCT:-$root/releng/org.tweetorial.repository/target/products/org.tweetorial.studio/linux/gtk/x86_64/tweetorial-studio}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
timeout="${TIMEOUT:-120}"

launcher="$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n1 || true)"
if [[ -z "$launcher" ]]; then
    echo "no product at $product; build it with ./mvnw verify" >&2
    exit 2
fi
if [[ -z "${DISPLAY:-}" && -z "${WORKBENCH_STARTUP_UNDER_XVFB:-}" ]]; then
    exec env WORKBENCH_STARTUP_UNDER_XVFB=1 xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/workbench-startup.XXXXXX")"
trap 'rm -rf "$work"' EXIT
start_options=()
if [ "${START_OPTIONS:-}" != none ]; then
    . "$root/releng/installer/workbench-jvm-options.sh"
    while IFS= read -r option; do start_options+=("$option"); done < <(workbench_jvm_options own "$work/workbench.jsa")
fi
results=()
for run in $(seq 1 "$runs"); do
    dir="$work/run$run"
    mkdir -p "$dir"
    cp -r "$root/examples" "$dir/examples"
    probe="$dir/startup-ms"
    "$java" -Xms128m -Xmx2g "${start_options[@]}" ${JAVA_OPTS:-} -Dtweetorial.openProject="$dir/examples" -Dtweetorial.startupProbe="$probe" \
        -jar "$launcher" -data "$dir/workspace" -configuration "$dir/configuration" \
        >"$dir/out.log" 2>&1 &
    pid=$!
    waited=0
    while [[ ! -s "$probe" ]] && kill -0 "$pid" 2>/dev/null && (( waited < timeout * 10 )); do
        sleep 0.1
        waited=$((waited + 1))
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if [[ -s "$probe" ]]; then
        ms="$(tr -d '[:space:]' <"$probe")"
        echo "run $run: JVM start to editable example: $ms ms"
        # With the archive, the first run is the one that writes it: a first start, reported apart.
        if (( run > 1 || runs == 1 || ${#start_options[@]} == 0 )); then results+=("$ms"); fi
    else
        echo "run $run: no editor became editable within ${timeout}s; log:" >&2
        tail -n 20 "$dir/out.log" >&2
    fi
done
if (( ${#results[@]} > 0 )); then
    sorted="$(printf '%s\n' "${results[@]}" | sort -n)"
    median="$(printf '%s\n' "$sorted" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')"
    (( ${#start_options[@]} == 0 || runs == 1 )) || echo "(run 1 wrote the class-data archive; the numbers below are the later runs)"
    echo "start-up to editable example over ${#results[@]} run(s): median $median ms, min $(head -n1 <<<"$sorted") ms, max $(tail -n1 <<<"$sorted") ms"
fi
