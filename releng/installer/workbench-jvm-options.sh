# The workbench's JVM start-up options, in one place for the installers (build-installer.sh), `./tweetorial studio`
# and releng/bench/workbench-startup.sh. Sourced by bash; docs/PERFORMANCE.md ("Installed workbench start") has the
# measurements behind them.
#
#   workbench_jvm_options [ARCHIVE]    prints the options, one per line; without ARCHIVE, no class-data archive
workbench_jvm_options() {
    # The C1 compiler only: on two cores the server compiler's start-up work took the core the UI thread needed.
    printf '%s\n' -XX:TieredStopAtLevel=1
    [ -n "${1:-}" ] || return 0
    # A class-data archive of the workbench's classes, written when the first session ends and mapped on later
    # starts. Writing it logs a line per class it skips (signed jars): -Xlog turns those off.
    printf '%s\n' -XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=$1" -Xlog:cds=off -Xlog:cds+dynamic=off
}
