#!/usr/bin/env bash
# Runs one of the developers' benchmark classes from the test bundles on a plain class path (core, render and
# export are plain Java): the built product's jars plus the compiled test classes.
#
#   releng/bench/dev-bench.sh org.tweetorial.core.bench.CoreBenchmark
#   releng/bench/dev-bench.sh org.tweetorial.render.bench.CardBenchmark 40 x examples
#   releng/bench/dev-bench.sh org.tweetorial.export.bench.ExportBenchmark 5
#
# Needs a build with tests compiled (./tweetorial test, or ./mvnw verify). JAVA_OPTS adds JVM options
# (e.g. -Dtweetorial.memo=false to measure the core without its memos).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
product="$root/releng/org.tweetorial.repository/target/products/org.tweetorial.studio/linux/gtk/x86_64/tweetorial-studio"
[ -d "$product/plugins" ] || { echo "no built product under $product: run ./tweetorial test first" >&2; exit 3; }
classes=$(ls -d "$root"/bundles/*.tests/target/classes 2>/dev/null | tr '\n' ':')
[ -n "$classes" ] || { echo "no compiled test classes: run ./tweetorial test first" >&2; exit 3; }
java_home="${JAVA_HOME:-}"
if [ -z "$java_home" ] || [ ! -x "$java_home/bin/java" ]; then
    java_home=$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null | head -n 1 || true)
fi
cd "$root"
# shellcheck disable=SC2086
exec "$java_home/bin/java" -Djava.awt.headless=true ${JAVA_OPTS:-} -cp "$classes$product/plugins/*" "$@"
