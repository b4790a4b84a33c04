# The workbench's JVM start-up options, in one place for the installers (build-installer.sh), `./tweetorial studio`
# and releng/bench/workbench-startup.sh. Sourced by bash; docs/PERFORMANCE.md ("Installed workbench start") has the
# measurements behind them.
#
#   workbench_jvm_options [ARCHIVE]        the options, one per line: C1 only and, with ARCHIVE, a class-data archive
#                                          the JVM writes there when the first session ends and maps afterwards
#   workbench_shipped_archive_options ARCHIVE   the same with an archive made at packaging, only read
#   workbench_archive_training_options ARCHIVE  the options of the start that makes that archive when it ends
workbench_jvm_options() {
    # The C1 compiler only: on two cores the server compiler's start-up work took the core the UI thread needed.
    printf '%s\n' -XX:TieredStopAtLevel=1
    [ -n "${1:-}" ] || return 0
    # Writing the archive logs a line per class it skips (signed jars): -Xlog turns those off.
    printf '%s\n' -XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=$1" -Xlog:cds=off -Xlog:cds+dynamic=off
}
workbench_shipped_archive_options() {
    # A mismatched archive (another runtime, a changed launcher jar) is skipped silently: the start is just slower.
    printf '%s\n' -XX:TieredStopAtLevel=1 "-XX:SharedArchiveFile=$1" -Xlog:cds=off -Xlog:cds+dynamic=off
}
workbench_archive_training_options() {
    printf '%s\n' -XX:TieredStopAtLevel=1 "-XX:ArchiveClassesAtExit=$1" -Xlog:cds=off -Xlog:cds+dynamic=off
}
