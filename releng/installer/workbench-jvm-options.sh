# The workbench's JVM start-up options, in one place for the installers (build-installer.sh), `./tweetorial studio`
# and releng/bench/workbench-startup.sh. Sourced by bash; docs/PERFORMANCE.md ("Installed workbench start") has the
# measurements behind them.
#
#   workbench_jvm_options [KIND ARCHIVE]   the options, one per line: C1 only and, with ARCHIVE, a class-data archive
#     KIND own:      the user's own, which the JVM writes when the first session ends and maps afterwards
#     KIND shipped:  made at packaging and only read (a mismatched one is skipped silently: the start is just slower)
#     KIND training: the start that makes the shipped one, written when that start ends
workbench_jvm_options() {
    # The C1 compiler only: on two cores the server compiler's start-up work took the core the UI thread needed.
    printf '%s\n' -XX:TieredStopAtLevel=1
    [ -n "${2:-}" ] || return 0
    case "$1" in
        own) printf '%s\n' -XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=$2" ;;
        shipped) printf '%s\n' "-XX:SharedArchiveFile=$2" ;;
        training) printf '%s\n' "-XX:ArchiveClassesAtExit=$2" ;;
        *) printf 'workbench_jvm_options: unknown kind %s\n' "$1" >&2; return 2 ;;
    esac
    # Writing an archive logs a line per class it skips (signed jars), reading a mismatched one an error: both off.
    printf '%s\n' -Xlog:cds=off -Xlog:cds+dynamic=off
}
